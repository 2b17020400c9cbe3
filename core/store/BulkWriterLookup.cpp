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
    auto r = m_cmd->run(QStringLiteral("SELECT rowid, name FROM companies ORDER BY rowid"));
    if (!r)
        return r.error();
    while ((*r)->next())
        m_companyKeys.insert(fingerprint(KeyKind::Company, search::fold((*r)->value(1).toString())),
                             (*r)->value(0).toLongLong());
    (*r)->finish();

    r = m_cmd->run(QStringLiteral("SELECT count(*) FROM contacts"));
    if (!r)
        return r.error();
    const qint64 existing = (*r)->next() ? (*r)->value(0).toLongLong() : 0;
    (*r)->finish();
    m_contactKeys.reserve(existing * 3); // an email, a phone and a name each, about
    // Beyond the limit (and twice the rows expected) a fingerprint miss asks the database.
    if (existing > std::max(m_preloadLimit, 2 * m_expectedRows))
        return {};
    // In rowid order, so that the first contact with a key (the oldest) stays its match.
    r = m_cmd->run(QStringLiteral("SELECT c.rowid, ch.kind, ch.value FROM contacts c "
                                  "JOIN contact_channels ch ON ch.contact_id = c.id "
                                  "ORDER BY c.rowid"));
    if (!r)
        return r.error();
    while ((*r)->next()) {
        const QString kind = (*r)->value(1).toString();
        const KeyKind k = kind == QLatin1String("email") ? KeyKind::Email : KeyKind::Phone;
        m_contactKeys.insert(fingerprint(k, (*r)->value(2).toString()),
                             (*r)->value(0).toLongLong());
    }
    (*r)->finish();
    r = m_cmd->run(QStringLiteral("SELECT c.rowid, c.first_name, c.last_name, "
                                  "coalesce(co.rowid, 0) FROM contacts c LEFT JOIN companies co "
                                  "ON co.id = c.company_id WHERE c.first_name IS NOT NULL AND "
                                  "c.last_name IS NOT NULL ORDER BY c.rowid"));
    if (!r)
        return r.error();
    while ((*r)->next()) {
        const quint64 name = fingerprint(
            KeyKind::Name, nameKeyText((*r)->value(1).toString(), (*r)->value(2).toString()));
        m_contactKeys.insert(nameAtCompany(name, (*r)->value(3).toLongLong()),
                             (*r)->value(0).toLongLong());
    }
    (*r)->finish();
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
    const QList<Staging::Company>& staged = m_stage->companies;
    if (!staged.isEmpty() && rowid >= staged.first().rowid) {
        const domain::Company& c = staged.at(rowid - staged.first().rowid).prepared.company;
        if (search::fold(c.name) == search::fold(company.company.name))
            return CompanyRef{c.id, rowid};
        // Another name with the same fingerprint: the tables below must have them all.
        if (Status s = flush(); !s)
            return s.error();
    }
    db::RawStatement& q = m_sql->companyByRowid;
    q.bindInt64(1, rowid);
    auto row = q.step();
    if (!row)
        return row.error();
    CompanyRef found;
    if (*row && search::fold(q.columnString(1)) == search::fold(company.company.name))
        found = {q.columnString(0), rowid};
    q.reset();
    if (!found.id.isEmpty() || !*row)
        return found;
    // Two names with the same fingerprint (never seen, but possible): compare them all.
    auto all = m_cmd->run(QStringLiteral("SELECT id, rowid, name FROM companies ORDER BY rowid"));
    if (!all)
        return all.error();
    const QString key = search::fold(company.company.name);
    while ((*all)->next()) {
        if (search::fold((*all)->value(2).toString()) == key) {
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
    db::RawStatement& q = m_sql->contactChannelByRowid;
    q.bindInt64(1, rowid);
    q.bindText(2, QByteArray::fromRawData(kind, int(qstrlen(kind))));
    q.bindText(3, value);
    auto row = q.step();
    if (!row)
        return row.error();
    Match m;
    if (*row)
        m = {q.columnString(0), rowid > m_contactRowidBase, QLatin1String(kind),
             QString::fromUtf8(value)};
    q.reset();
    return m;
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
    db::RawStatement& q = m_sql->contactNameByRowid;
    q.bindInt64(1, rowid);
    auto row = q.step();
    if (!row)
        return row.error();
    Match m;
    if (*row &&
        nameKeyText(q.columnString(1), q.columnString(2)) == nameKeyText(c.firstName, c.lastName) &&
        q.columnString(3) == companyId)
        m = {q.columnString(0), rowid > m_contactRowidBase, QStringLiteral("name"), QString()};
    q.reset();
    return m;
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
