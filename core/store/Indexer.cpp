#include "core/store/Indexer.h"

#include "core/domain/Company.h"
#include "core/domain/Deal.h"
#include "core/search/SearchIndex.h"
#include "core/store/Command.h"
#include "core/store/Mapping.h"

#include <QHash>
#include <QSqlQuery>

namespace baza::store {

Indexer::Indexer(Command& command)
    : m_command(command)
    , m_search(std::make_unique<search::SearchIndex>(command.db()))
{}

Indexer::~Indexer() = default;

bool Indexer::dependsOn(const QString& entity, const QStringList& fields)
{
    // The fields indexContact, refreshCompany and refreshDeal read. Keep in step with them.
    static const QHash<QString, QStringList> read{
        {QStringLiteral("contact"),
         {QStringLiteral("first_name"), QStringLiteral("middle_name"), QStringLiteral("last_name"),
          QStringLiteral("title"), QStringLiteral("company_id"), QStringLiteral("emails"),
          QStringLiteral("phones"), QStringLiteral("tags"), QStringLiteral("city")}},
        {QStringLiteral("company"),
         {QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("website"),
          QStringLiteral("industry"), QStringLiteral("city"), QStringLiteral("phone")}},
        {QStringLiteral("deal"),
         {QStringLiteral("title"), QStringLiteral("contact_id"), QStringLiteral("company_id")}},
    };
    const auto it = read.constFind(entity);
    if (it == read.constEnd())
        return false;
    for (const QString& f : fields) {
        if (it->contains(f))
            return true;
    }
    return false;
}

Status Indexer::refresh(const QString& entity, const QString& id, bool removed)
{
    if (entity == QLatin1String("contact"))
        return refreshContact(id, removed);
    if (entity == QLatin1String("company"))
        return refreshCompany(id, removed);
    if (entity == QLatin1String("deal"))
        return refreshDeal(id, removed);
    return {};
}

Status Indexer::refreshContact(const QString& id, bool removed)
{
    for (const char* sql : {"DELETE FROM contact_channels WHERE contact_id = ?",
                            "DELETE FROM contact_tags WHERE contact_id = ?"}) {
        if (auto r = m_command.run(QLatin1String(sql), {id}); !r)
            return r.error();
    }
    if (removed)
        return m_search->remove(id);
    return indexContact(id);
}

Status Indexer::indexContact(const QString& id)
{
    auto row = m_command.read(QStringLiteral("contact"), id);
    if (!row)
        return row.error();
    const domain::Contact c = contactFrom(id, *row);
    QString companyName;
    if (!c.companyId.isEmpty()) {
        auto company = m_command.read(QStringLiteral("company"), c.companyId);
        if (company)
            companyName = company->value(QStringLiteral("name")).toString();
    }
    return writeContact(c, companyName, false);
}

Status Indexer::indexInserted(const QString& entity, const QString& id, const QVariantMap& row)
{
    if (entity != QLatin1String("contact"))
        return refresh(entity, id, false);
    const domain::Contact c = contactFrom(id, row);
    QString companyName;
    if (!c.companyId.isEmpty()) {
        auto company = m_command.read(QStringLiteral("company"), c.companyId);
        if (company)
            companyName = company->value(QStringLiteral("name")).toString();
    }
    return writeContact(c, companyName, true);
}

Status Indexer::indexNewContact(const domain::Contact& contact, const QString& companyName)
{
    return writeContact(contact, companyName, true);
}

Status Indexer::writeDocument(const search::SearchDocument& doc, bool fresh)
{
    return fresh ? m_search->insertNew(doc) : m_search->upsert(doc);
}

search::SearchDocument Indexer::contactDocument(const domain::Contact& c,
                                                const QString& companyName)
{
    QStringList other;
    for (const domain::EmailAddress& e : c.emails)
        other << e.address;
    QStringList phones;
    for (const domain::PhoneNumber& p : c.phones) {
        if (!normalizedPhone(p.number).isEmpty())
            phones << p.number;
    }
    other << c.tags << companyName << c.title << c.address.city;
    other.removeAll(QString());
    return {QStringLiteral("contact"), c.id, c.displayName(), other.join(QLatin1Char(' ')), phones};
}

search::SearchDocument Indexer::companyDocument(const domain::Company& c)
{
    QStringList other{c.domain, c.website, c.industry, c.address.city};
    other.removeAll(QString());
    QStringList phones;
    if (!c.phone.isEmpty())
        phones << c.phone;
    return {QStringLiteral("company"), c.id, c.name, other.join(QLatin1Char(' ')), phones};
}

Status Indexer::writeContact(const domain::Contact& c, const QString& companyName, bool fresh)
{
    const QString& id = c.id;
    const QString insertChannel =
        QStringLiteral("INSERT INTO contact_channels(contact_id, kind, value) VALUES (?, ?, ?)");
    for (const domain::EmailAddress& e : c.emails) {
        // A blank entry (another device's, or an old file's) is no channel to find anyone by.
        const QString n = normalizedEmail(e.address);
        if (n.isEmpty())
            continue;
        if (auto r = m_command.run(insertChannel, {id, QStringLiteral("email"), n}); !r)
            return r.error();
    }
    for (const domain::PhoneNumber& p : c.phones) {
        const QString n = normalizedPhone(p.number);
        if (n.isEmpty())
            continue;
        if (auto r = m_command.run(insertChannel, {id, QStringLiteral("phone"), n}); !r)
            return r.error();
    }
    for (const QString& tag : c.tags) {
        if (auto r = m_command.run(QStringLiteral("INSERT OR IGNORE INTO contact_tags(contact_id, "
                                                  "tag) VALUES (?, ?)"),
                                   {id, tag});
            !r)
            return r.error();
    }
    return writeDocument(contactDocument(c, companyName), fresh);
}

Status Indexer::indexNewCompany(const domain::Company& company)
{
    return writeCompany(company, true);
}

Status Indexer::writeCompany(const domain::Company& c, bool fresh)
{
    return writeDocument(companyDocument(c), fresh);
}

Status Indexer::refreshCompany(const QString& id, bool removed)
{
    if (removed)
        return m_search->remove(id);
    auto row = m_command.read(QStringLiteral("company"), id);
    if (!row)
        return row.error();
    if (Status s = writeCompany(companyFrom(id, *row), false); !s)
        return s;
    // Contacts are found by their company's name too.
    auto r = m_command.run(QStringLiteral("SELECT id FROM contacts WHERE company_id = ?"), {id});
    if (!r)
        return r.error();
    QStringList contactIds;
    while ((*r)->next())
        contactIds << (*r)->value(0).toString();
    (*r)->finish();
    for (const QString& contactId : std::as_const(contactIds)) {
        if (Status s = indexContact(contactId); !s)
            return s;
    }
    return {};
}

Status Indexer::refreshDeal(const QString& id, bool removed)
{
    if (removed)
        return m_search->remove(id);
    auto row = m_command.read(QStringLiteral("deal"), id);
    if (!row)
        return row.error();
    const domain::Deal d = dealFrom(id, *row);
    QString contactName;
    QString companyName;
    if (!d.contactId.isEmpty()) {
        if (auto c = m_command.read(QStringLiteral("contact"), d.contactId))
            contactName = contactFrom(d.contactId, *c).displayName();
    }
    if (!d.companyId.isEmpty()) {
        if (auto c = m_command.read(QStringLiteral("company"), d.companyId))
            companyName = c->value(QStringLiteral("name")).toString();
    }
    return writeDeal(d, contactName, companyName, false);
}

Status Indexer::indexNewDeal(const domain::Deal& deal, const QString& contactName,
                             const QString& companyName)
{
    return writeDeal(deal, contactName, companyName, true);
}

Status Indexer::writeDeal(const domain::Deal& d, const QString& contactName,
                          const QString& companyName, bool fresh)
{
    QStringList other{contactName, companyName};
    other.removeAll(QString());
    return writeDocument({QStringLiteral("deal"), d.id, d.title, other.join(QLatin1Char(' ')), {}},
                         fresh);
}

} // namespace baza::store
