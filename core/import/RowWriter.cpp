#include "core/import/RowWriter.h"

#include "core/search/TextFolding.h"
#include "core/store/Mapping.h"

#include <QCoreApplication>

namespace baza::import {

using namespace baza::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::import", text);
}

// Takes `incoming` where `existing` is empty (fill) or where `incoming` has a value (overwrite).
void take(QString& existing, const QString& incoming, bool overwrite)
{
    if (!incoming.isEmpty() && (overwrite || existing.isEmpty()))
        existing = incoming;
}

Contact mergedContact(Contact existing, const Contact& in, bool overwrite)
{
    take(existing.firstName, in.firstName, overwrite);
    take(existing.middleName, in.middleName, overwrite);
    take(existing.lastName, in.lastName, overwrite);
    take(existing.title, in.title, overwrite);
    take(existing.companyId, in.companyId, overwrite);
    take(existing.address.street, in.address.street, overwrite);
    take(existing.address.city, in.address.city, overwrite);
    take(existing.address.postalCode, in.address.postalCode, overwrite);
    take(existing.address.region, in.address.region, overwrite);
    take(existing.address.country, in.address.country, overwrite);
    take(existing.source, in.source, overwrite);
    // Channels and tags are never dropped: new ones are added.
    for (const EmailAddress& e : in.emails) {
        const bool known = std::any_of(
            existing.emails.cbegin(), existing.emails.cend(), [&](const EmailAddress& x) {
                return store::normalizedEmail(x.address) == store::normalizedEmail(e.address);
            });
        if (!known)
            existing.emails.append(e);
    }
    for (const PhoneNumber& p : in.phones) {
        const bool known = std::any_of(
            existing.phones.cbegin(), existing.phones.cend(), [&](const PhoneNumber& x) {
                return store::normalizedPhone(x.number) == store::normalizedPhone(p.number);
            });
        if (!known)
            existing.phones.append(p);
    }
    for (const QString& t : in.tags) {
        if (!existing.tags.contains(t, Qt::CaseInsensitive))
            existing.tags << t;
    }
    for (auto it = in.custom.constBegin(); it != in.custom.constEnd(); ++it) {
        if (overwrite || !existing.custom.contains(it.key()))
            existing.custom.insert(it.key(), it.value());
    }
    return existing;
}

Company mergedCompany(Company existing, const Company& in, bool overwrite)
{
    take(existing.domain, in.domain, overwrite);
    take(existing.industry, in.industry, overwrite);
    take(existing.phone, in.phone, overwrite);
    take(existing.website, in.website, overwrite);
    take(existing.address.street, in.address.street, overwrite);
    take(existing.address.city, in.address.city, overwrite);
    take(existing.address.postalCode, in.address.postalCode, overwrite);
    take(existing.address.region, in.address.region, overwrite);
    take(existing.address.country, in.address.country, overwrite);
    take(existing.notes, in.notes, overwrite);
    for (auto it = in.custom.constBegin(); it != in.custom.constEnd(); ++it) {
        if (overwrite || !existing.custom.contains(it.key()))
            existing.custom.insert(it.key(), it.value());
    }
    return existing;
}

} // namespace

RowWriter::RowWriter(store::BulkWriter& writer, DuplicatePolicy policy, ImportSummary& summary,
                     int maxIssues)
    : m_writer(writer)
    , m_policy(policy)
    , m_summary(summary)
    , m_maxIssues(maxIssues)
{}

void RowWriter::issue(const RowIssue& i)
{
    if (m_summary.issues.size() < m_maxIssues)
        m_summary.issues.append(i);
}

Status RowWriter::write(const BuiltRow& row)
{
    for (const RowIssue& i : row.issues) {
        issue(i);
        if (!i.rejected)
            ++m_summary.warnings;
    }
    if (row.rejected) {
        ++m_summary.errors;
        ++m_summary.skipped;
        return {};
    }
    switch (row.entity) {
    case ImportEntity::Deal:
        return writeDeal(row);
    case ImportEntity::Company:
        return writeCompany(row);
    case ImportEntity::Contact:
        break;
    }
    return writeContact(row);
}

void RowWriter::duplicate(const BuiltRow& row, const Match& match)
{
    ++m_summary.duplicates;
    if (m_policy != DuplicatePolicy::Skip)
        return;
    ++m_summary.skipped;
    RowIssue i;
    i.row = row.row;
    i.line = row.line;
    i.reason = tr("Skipped: %1.").arg(match.reason);
    i.duplicate = true;
    issue(i);
}

Status RowWriter::loadCompanies()
{
    if (m_companiesLoaded)
        return {};
    // Folded like the search index: "MŁYN SP. Z O.O." is "Młyn Sp. z o.o." (SQLite's NOCASE
    // folds ASCII only).
    auto all = m_writer.companyNames();
    if (!all)
        return all.error();
    for (auto it = all->constBegin(); it != all->constEnd(); ++it)
        m_companies.insert(search::fold(it.value()), it.key());
    m_companiesLoaded = true;
    return {};
}

Result<QString> RowWriter::companyFor(const QString& name)
{
    if (name.isEmpty())
        return QString();
    if (Status st = loadCompanies(); !st)
        return st.error();
    const QString key = search::fold(name);
    if (auto it = m_companies.constFind(key); it != m_companies.constEnd())
        return *it;
    QString id;
    {
        Company c;
        c.name = name;
        auto created = m_writer.insertCompany(c);
        if (!created)
            return created.error();
        id = *created;
        ++m_summary.companiesCreated;
    }
    m_companies.insert(key, id);
    return id;
}

Result<RowWriter::Match> RowWriter::findContact(const Contact& c, const QString& companyId)
{
    auto where = [](bool here) {
        return here ? tr("an earlier row of this file") : tr("an existing contact");
    };
    for (const EmailAddress& e : c.emails) {
        auto m = m_writer.contactsWithChannel(QStringLiteral("email"),
                                              store::normalizedEmail(e.address));
        if (!m)
            return m.error();
        if (!m->isEmpty())
            return Match{m->first().id,
                         tr("same email %1 as %2").arg(e.address, where(m->first().here))};
    }
    for (const PhoneNumber& p : c.phones) {
        auto m =
            m_writer.contactsWithChannel(QStringLiteral("phone"), store::normalizedPhone(p.number));
        if (!m)
            return m.error();
        if (!m->isEmpty())
            return Match{m->first().id,
                         tr("same phone %1 as %2").arg(p.number, where(m->first().here))};
    }
    if (!c.firstName.isEmpty() && !c.lastName.isEmpty()) {
        auto m = m_writer.contactsNamed(c.firstName, c.lastName, companyId);
        if (!m)
            return m.error();
        if (!m->isEmpty())
            return Match{
                m->first().id,
                tr("likely duplicate: same name and company as %1").arg(where(m->first().here))};
    }
    return Match{};
}

Status RowWriter::writeContact(const BuiltRow& row)
{
    Contact c = row.contact;
    auto companyId = companyFor(row.companyName);
    if (!companyId)
        return companyId.error();
    c.companyId = *companyId;
    if (m_policy != DuplicatePolicy::Create) {
        auto match = findContact(c, c.companyId);
        if (!match)
            return match.error();
        if (!match->id.isEmpty()) {
            duplicate(row, *match);
            if (m_policy == DuplicatePolicy::Skip)
                return {};
            auto existing = m_writer.contact(match->id);
            if (!existing)
                return existing.error();
            const Contact merged =
                mergedContact(*existing, c, m_policy == DuplicatePolicy::Overwrite);
            if (merged == *existing)
                return {};
            if (Status s = m_writer.updateContact(merged); !s)
                return s;
            ++m_summary.updated;
            return {};
        }
    } else if (auto match = findContact(c, c.companyId); match && !match->id.isEmpty()) {
        ++m_summary.duplicates;
    }
    auto id = m_writer.insertContact(c, row.companyName);
    if (!id) {
        // The row passed the import's checks but not the domain's: report it, go on.
        issue({row.row, row.line, id.error().field, QString(), id.error().message, true});
        ++m_summary.errors;
        ++m_summary.skipped;
        return id.error().code == ErrorCode::Validation ? Status() : Status(id.error());
    }
    ++m_summary.created;
    return {};
}

Status RowWriter::writeCompany(const BuiltRow& row)
{
    if (Status st = loadCompanies(); !st)
        return st;
    const QString found = m_companies.value(search::fold(row.company.name));
    if (!found.isEmpty() && m_policy != DuplicatePolicy::Create) {
        duplicate(row, {found, tr("a company named %1 exists").arg(row.company.name)});
        if (m_policy == DuplicatePolicy::Skip)
            return {};
        auto existing = m_writer.company(found);
        if (!existing)
            return existing.error();
        const Company merged =
            mergedCompany(*existing, row.company, m_policy == DuplicatePolicy::Overwrite);
        if (merged == *existing)
            return {};
        if (Status s = m_writer.updateCompany(merged); !s)
            return s;
        ++m_summary.updated;
        return {};
    }
    auto id = m_writer.insertCompany(row.company);
    if (!id) {
        issue({row.row, row.line, id.error().field, QString(), id.error().message, true});
        ++m_summary.errors;
        ++m_summary.skipped;
        return id.error().code == ErrorCode::Validation ? Status() : Status(id.error());
    }
    m_companies.insert(search::fold(row.company.name), *id);
    ++m_summary.created;
    return {};
}

Status RowWriter::writeDeal(const BuiltRow& row)
{
    Deal d = row.deal;
    auto stage = m_writer.pipelineStage(row.pipelineName, row.stageName, true);
    if (!stage) {
        issue({row.row, row.line, stage.error().field, row.stageName, stage.error().message, true});
        ++m_summary.errors;
        ++m_summary.skipped;
        return stage.error().code == ErrorCode::NotFound ? Status() : Status(stage.error());
    }
    d.pipelineId = stage->first;
    d.stageId = stage->second;
    auto companyId = companyFor(row.companyName);
    if (!companyId)
        return companyId.error();
    d.companyId = *companyId;
    if (!row.contactRef.isEmpty()) {
        QList<store::BulkWriter::Match> found;
        if (row.contactRef.contains(QLatin1Char('@'))) {
            auto m = m_writer.contactsWithChannel(QStringLiteral("email"),
                                                  store::normalizedEmail(row.contactRef));
            if (!m)
                return m.error();
            found = *m;
        } else {
            const PersonName n = splitFullName(row.contactRef);
            // At the deal's company first, then anywhere.
            for (const std::optional<QString>& company :
                 {std::optional<QString>(d.companyId), std::optional<QString>()}) {
                auto m = m_writer.contactsNamed(fixNameCase(n.first), fixNameCase(n.last), company);
                if (!m)
                    return m.error();
                if (!m->isEmpty()) {
                    found = *m;
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            issue({row.row, row.line, tr("contact"), row.contactRef,
                   tr("No contact with this email or name; the deal is imported without one."),
                   false});
            ++m_summary.warnings;
        } else {
            d.contactId = found.first().id;
        }
    }
    auto id = m_writer.insertDeal(d);
    if (!id) {
        issue({row.row, row.line, id.error().field, QString(), id.error().message, true});
        ++m_summary.errors;
        ++m_summary.skipped;
        return id.error().code == ErrorCode::Validation ? Status() : Status(id.error());
    }
    ++m_summary.created;
    return {};
}

} // namespace baza::import
