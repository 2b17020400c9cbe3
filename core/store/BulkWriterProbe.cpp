#include "core/store/BulkWriterProbe.h"

#include "core/db/RawStatement.h"
#include "core/search/TextFolding.h"

namespace baza::store {

DuplicateProbe::DuplicateProbe(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status DuplicateProbe::begin(const std::function<bool()>& stopped)
{
    if (Status s = m_checks.prepare(db::rawHandle(m_db)); !s)
        return s;
    if (Status s = loadCompanyKeys(m_db, m_companies, stopped); !s)
        return s;
    return loadContactKeys(m_db, m_contacts, stopped);
}

Result<BulkWriter::CompanyRef> DuplicateProbe::findCompany(const PreparedCompany& company)
{
    if (company.company.name.isEmpty() || !company.key)
        return BulkWriter::CompanyRef{};
    BulkWriter::CompanyRef none{QString(), -1};
    const qint64 rowid = m_companies.find(company.key);
    if (!rowid)
        return none;
    auto id = m_checks.company(rowid, search::fold(company.company.name));
    if (!id)
        return id.error();
    return id->isEmpty() ? none : BulkWriter::CompanyRef{*id, rowid};
}

Result<DuplicateProbe::Found> DuplicateProbe::contact(const PreparedContact& c,
                                                      const PreparedCompany& company)
{
    auto found = findCompany(company);
    if (!found)
        return found.error();
    // The name key at a company the database does not have yet: that company's fingerprint
    // stands in for its rowid (negative, so it never meets a real one).
    const qint64 companySalt =
        found->rowid >= 0 ? found->rowid : -qint64(company.key & 0x3fffffffffffffffULL) - 1;
    const quint64 nameKey = c.nameKey ? nameAtCompany(c.nameKey, companySalt) : 0;

    Found result = Found::None;
    for (const auto& [kind, values, keys] : {std::tuple{"email", &c.emails, &c.emailKeys},
                                             std::tuple{"phone", &c.phones, &c.phoneKeys}}) {
        for (int i = 0; i < values->size() && result == Found::None; ++i) {
            if (const qint64 rowid = m_contacts.find(keys->at(i))) {
                auto id = m_checks.channel(rowid, kind, values->at(i));
                if (!id)
                    return id.error();
                if (!id->isEmpty())
                    result = Found::InDatabase;
            }
        }
    }
    if (result == Found::None && nameKey && found->rowid >= 0) {
        if (const qint64 rowid = m_contacts.find(nameKey)) {
            auto id = m_checks.name(rowid, c.contact.firstName, c.contact.lastName, found->id);
            if (!id)
                return id.error();
            if (!id->isEmpty())
                result = Found::InDatabase;
        }
    }
    const QList<quint64> keys =
        c.emailKeys + c.phoneKeys + (nameKey ? QList<quint64>{nameKey} : QList<quint64>{});
    for (const quint64 key : keys) {
        if (result == Found::None && m_file.find(key))
            result = Found::EarlierRow;
        m_file.insert(key, 1);
    }
    return result;
}

Result<DuplicateProbe::Found> DuplicateProbe::company(const PreparedCompany& company)
{
    auto found = findCompany(company);
    if (!found)
        return found.error();
    if (found->rowid > 0)
        return Found::InDatabase;
    if (!company.key)
        return Found::None;
    const bool earlier = m_file.find(company.key) != 0;
    m_file.insert(company.key, 1);
    return earlier ? Found::EarlierRow : Found::None;
}

} // namespace baza::store
