// BulkWriter's duplicate lookups: fingerprints in memory first, every candidate checked against
// the stored record, the database's indexes when the fingerprints do not cover it.
#include "core/store/BulkWriter.h"

#include "core/search/TextFolding.h"
#include "core/store/BulkWriterStage.h"
#include "core/store/Command.h"

#include <QSqlQuery>

namespace baza::store {

using namespace baza::domain;

Status BulkWriter::loadKeys()
{
    // Companies always: a company's name is matched folded (Ł/ł, Cyrillic, punctuation), which
    // SQLite's NOCASE cannot do, so the database cannot be asked instead.
    if (Status s = loadCompanyKeys(m_cmd->db(), m_companyKeys); !s)
        return s;
    auto r = m_cmd->run(QStringLiteral("SELECT count(*) FROM contacts"));
    if (!r)
        return r.error();
    const qint64 existing = (*r)->next() ? (*r)->value(0).toLongLong() : 0;
    (*r)->finish();
    m_contactKeys.reserve(existing * 3); // an email, a phone and a name each, about
    // Beyond the limit (and twice the rows expected) a fingerprint miss asks the database.
    if (existing > std::max(m_preloadLimit, 2 * m_expectedRows))
        return {};
    if (Status s = loadContactKeys(m_cmd->db(), m_contactKeys); !s)
        return s;
    m_contactsLoaded = true;
    return {};
}

Result<BulkWriter::CompanyRef> BulkWriter::findCompany(const PreparedCompany& company)
{
    if (!company.key)
        return CompanyRef{};
    const qint64 rowid = m_companyKeys.find(company.key);
    if (!rowid)
        return CompanyRef{};
    const QString folded = search::fold(company.company.name);
    const QList<Staging::Company>& staged = m_stage->companies;
    if (!staged.isEmpty() && rowid >= staged.first().rowid) {
        const domain::Company& c = staged.at(rowid - staged.first().rowid).prepared.company;
        if (search::fold(c.name) == folded)
            return CompanyRef{c.id, rowid};
        // Another name with the same fingerprint: the tables below must have them all.
        if (Status s = flush(); !s)
            return s.error();
    }
    auto id = m_sql->checks.company(rowid, folded);
    if (!id)
        return id.error();
    if (!id->isEmpty())
        return CompanyRef{*id, rowid};
    CompanyRef found;
    // Two names with the same fingerprint (never seen, but possible): compare them all.
    auto all = m_cmd->run(QStringLiteral("SELECT id, rowid, name FROM companies ORDER BY rowid"));
    if (!all)
        return all.error();
    while ((*all)->next()) {
        if (search::fold((*all)->value(2).toString()) == folded) {
            found = {(*all)->value(0).toString(), (*all)->value(1).toLongLong()};
            break;
        }
    }
    (*all)->finish();
    return found;
}

Result<BulkWriter::Match> BulkWriter::checkChannel(qint64 rowid, const char* kind,
                                                   const QByteArray& value)
{
    const QList<Staging::Contact>& staged = m_stage->contacts;
    if (!staged.isEmpty() && rowid >= staged.first().rowid) {
        const PreparedContact& c = staged.at(rowid - staged.first().rowid).prepared;
        const QList<QByteArray>& values = qstrcmp(kind, "email") == 0 ? c.emails : c.phones;
        if (values.contains(value))
            return Match{c.contact.id, true, QLatin1String(kind), QString::fromUtf8(value)};
        return Match{};
    }
    auto id = m_sql->checks.channel(rowid, kind, value);
    if (!id)
        return id.error();
    if (id->isEmpty())
        return Match{};
    return Match{*id, rowid > m_contactRowidBase, QLatin1String(kind), QString::fromUtf8(value)};
}

Result<BulkWriter::Match> BulkWriter::checkName(qint64 rowid, const Contact& c,
                                                const QString& companyId)
{
    const QList<Staging::Contact>& staged = m_stage->contacts;
    if (!staged.isEmpty() && rowid >= staged.first().rowid) {
        const Staging::Contact& s = staged.at(rowid - staged.first().rowid);
        const Contact& other = s.prepared.contact;
        if (nameKeyText(other.firstName, other.lastName) == nameKeyText(c.firstName, c.lastName) &&
            QString::fromUtf8(s.companyId) == companyId)
            return Match{other.id, true, QStringLiteral("name"), QString()};
        return Match{};
    }
    auto id = m_sql->checks.name(rowid, c.firstName, c.lastName, companyId);
    if (!id)
        return id.error();
    if (id->isEmpty())
        return Match{};
    return Match{*id, rowid > m_contactRowidBase, QStringLiteral("name"), QString()};
}

Result<BulkWriter::Match> BulkWriter::findContact(const PreparedContact& p,
                                                  const CompanyRef& company)
{
    // Channels: the fingerprint's contact if it really has the value, else (a fingerprint
    // collision, a value changed by a fill in this run, or keys not loaded) the index.
    auto channel = [&](const char* kind, const QList<QByteArray>& values,
                       const QList<quint64>& keys) -> Result<Match> {
        for (int i = 0; i < values.size(); ++i) {
            if (const qint64 rowid = m_contactKeys.find(keys.at(i))) {
                auto m = checkChannel(rowid, kind, values.at(i));
                if (!m || !m->id.isEmpty())
                    return m;
                // Another record has the fingerprint: only the tables can tell.
                if (Status s = flush(); !s)
                    return s.error();
            } else if (m_contactsLoaded) {
                continue;
            }
            auto found = channelMatches(QLatin1String(kind), QString::fromUtf8(values.at(i)));
            if (!found)
                return found.error();
            if (!found->isEmpty()) {
                Match m = found->first();
                m.kind = QLatin1String(kind);
                m.value = QString::fromUtf8(values.at(i));
                return m;
            }
        }
        return Match{};
    };
    for (auto [kind, values, keys] : {std::tuple{"email", &p.emails, &p.emailKeys},
                                      std::tuple{"phone", &p.phones, &p.phoneKeys}}) {
        auto m = channel(kind, *values, *keys);
        if (!m || !m->id.isEmpty())
            return m;
    }
    // The same first and last name at the same company; a company not created yet (rowid -1)
    // has no contacts.
    if (!p.nameKey || company.rowid < 0)
        return Match{};
    if (const qint64 rowid = m_contactKeys.find(nameAtCompany(p.nameKey, company.rowid))) {
        auto m = checkName(rowid, p.contact, company.id);
        if (!m || !m->id.isEmpty())
            return m;
        if (Status s = flush(); !s)
            return s.error();
    } else if (m_contactsLoaded) {
        return Match{};
    }
    auto found = nameMatches(p.contact.firstName, p.contact.lastName, company.id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Match{};
    Match m = found->first();
    m.kind = QStringLiteral("name");
    return m;
}

} // namespace baza::store
