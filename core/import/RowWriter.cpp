#include "core/import/RowWriter.h"

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

PreparedRow RowWriter::prepare(BuiltRow row)
{
    PreparedRow p;
    if (!row.rejected) {
        switch (row.entity) {
        case ImportEntity::Contact:
            p.contact = store::BulkWriter::prepareContact(row.contact, row.companyName);
            if (!row.companyName.isEmpty()) {
                Company c;
                c.name = row.companyName;
                p.company = store::BulkWriter::prepareCompany(c);
            }
            break;
        case ImportEntity::Company:
            p.company = store::BulkWriter::prepareCompany(row.company);
            break;
        case ImportEntity::Deal:
            break;
        }
    }
    p.built = std::move(row);
    return p;
}

Status RowWriter::write(const BuiltRow& row)
{
    PreparedRow p = prepare(row);
    return write(p);
}

Status RowWriter::write(PreparedRow& prepared)
{
    const BuiltRow& row = prepared.built;
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
        return writeCompany(prepared);
    case ImportEntity::Contact:
        break;
    }
    return writeContact(prepared);
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

Status RowWriter::refused(const BuiltRow& row, const Error& error)
{
    issue({row.row, row.line, error.field, QString(), error.message, true});
    ++m_summary.errors;
    ++m_summary.skipped;
    return error.code == ErrorCode::Validation ? Status() : Status(error);
}

Result<store::BulkWriter::CompanyRef> RowWriter::companyFor(store::PreparedCompany& company)
{
    if (company.company.name.isEmpty())
        return store::BulkWriter::CompanyRef{};
    auto found = m_writer.findCompany(company);
    if (!found || !found->id.isEmpty())
        return found;
    auto created = m_writer.insertCompany(company);
    if (created)
        ++m_summary.companiesCreated;
    return created;
}

Status RowWriter::writeContact(PreparedRow& prepared)
{
    const BuiltRow& row = prepared.built;
    // The company is created only for a row that is written: a skipped duplicate leaves none.
    store::BulkWriter::CompanyRef company;
    if (!row.companyName.isEmpty()) {
        auto found = m_writer.findCompany(prepared.company);
        if (!found)
            return found.error();
        company = found->id.isEmpty() ? store::BulkWriter::CompanyRef{QString(), -1} : *found;
    }
    auto match = m_writer.findContact(prepared.contact, company);
    if (!match)
        return match.error();
    if (!match->id.isEmpty() && m_policy != DuplicatePolicy::Create) {
        const QString where =
            match->here ? tr("an earlier row of this file") : tr("an existing contact");
        const QString reason = match->kind == QLatin1String("email")
                                   ? tr("same email %1 as %2").arg(match->value, where)
                               : match->kind == QLatin1String("phone")
                                   ? tr("same phone %1 as %2").arg(match->value, where)
                                   : tr("likely duplicate: same name and company as %1").arg(where);
        duplicate(row, {match->id, reason});
        if (m_policy == DuplicatePolicy::Skip)
            return {};
        auto existing = m_writer.contact(match->id);
        if (!existing)
            return existing.error();
        if (company.rowid < 0) {
            auto created = companyFor(prepared.company);
            if (!created)
                return created.error();
            company = *created;
        }
        Contact c = prepared.contact.contact;
        c.companyId = company.id;
        const Contact merged = mergedContact(*existing, c, m_policy == DuplicatePolicy::Overwrite);
        if (merged == *existing)
            return {};
        if (Status s = m_writer.updateContact(merged); !s)
            return s;
        ++m_summary.updated;
        return {};
    }
    if (!match->id.isEmpty())
        ++m_summary.duplicates; // policy "create": counted, written anyway
    if (prepared.contact.record.invalid.code != ErrorCode::Ok)
        return refused(row, prepared.contact.record.invalid);
    if (company.rowid < 0) {
        auto created = companyFor(prepared.company);
        if (!created)
            return created.error();
        company = *created;
    }
    auto id = m_writer.insertContact(prepared.contact, company);
    if (!id)
        return refused(row, id.error());
    ++m_summary.created;
    return {};
}

Status RowWriter::writeCompany(PreparedRow& prepared)
{
    const BuiltRow& row = prepared.built;
    auto found = m_writer.findCompany(prepared.company);
    if (!found)
        return found.error();
    if (!found->id.isEmpty() && m_policy != DuplicatePolicy::Create) {
        duplicate(row, {found->id, tr("a company named %1 exists").arg(row.company.name)});
        if (m_policy == DuplicatePolicy::Skip)
            return {};
        auto existing = m_writer.company(found->id);
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
    auto id = m_writer.insertCompany(prepared.company);
    if (!id)
        return refused(row, id.error());
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
    store::PreparedCompany named;
    if (!row.companyName.isEmpty()) {
        Company c;
        c.name = row.companyName;
        named = store::BulkWriter::prepareCompany(c);
    }
    auto dealCompany = companyFor(named);
    if (!dealCompany)
        return dealCompany.error();
    d.companyId = dealCompany->id;
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
    if (!id)
        return refused(row, id.error());
    ++m_summary.created;
    return {};
}

} // namespace baza::import
