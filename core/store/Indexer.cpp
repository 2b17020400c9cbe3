#include "core/store/Indexer.h"

#include "core/search/SearchIndex.h"
#include "core/store/Command.h"
#include "core/store/Mapping.h"

#include <QSqlQuery>

namespace baza::store {

Indexer::Indexer(Command& command)
    : m_command(command)
    , m_search(std::make_unique<search::SearchIndex>(command.db()))
{}

Indexer::~Indexer() = default;

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
    const QString insertChannel =
        QStringLiteral("INSERT INTO contact_channels(contact_id, kind, value) VALUES (?, ?, ?)");
    QStringList other;
    for (const domain::EmailAddress& e : c.emails) {
        if (auto r = m_command.run(insertChannel,
                                   {id, QStringLiteral("email"), normalizedEmail(e.address)});
            !r)
            return r.error();
        other << e.address;
    }
    QStringList phones;
    for (const domain::PhoneNumber& p : c.phones) {
        const QString n = normalizedPhone(p.number);
        if (n.isEmpty())
            continue;
        if (auto r = m_command.run(insertChannel, {id, QStringLiteral("phone"), n}); !r)
            return r.error();
        phones << p.number;
    }
    for (const QString& tag : c.tags) {
        if (auto r = m_command.run(QStringLiteral("INSERT OR IGNORE INTO contact_tags(contact_id, "
                                                  "tag) VALUES (?, ?)"),
                                   {id, tag});
            !r)
            return r.error();
        other << tag;
    }
    if (!c.companyId.isEmpty()) {
        auto company = m_command.read(QStringLiteral("company"), c.companyId);
        if (company)
            other << company->value(QStringLiteral("name")).toString();
    }
    other << c.title << c.address.city;
    other.removeAll(QString());
    search::SearchDocument doc{QStringLiteral("contact"), id, c.displayName(),
                               other.join(QLatin1Char(' ')), phones};
    return m_search->upsert(doc);
}

Status Indexer::refreshCompany(const QString& id, bool removed)
{
    if (removed)
        return m_search->remove(id);
    auto row = m_command.read(QStringLiteral("company"), id);
    if (!row)
        return row.error();
    const domain::Company c = companyFrom(id, *row);
    QStringList other{c.domain, c.website, c.industry, c.address.city};
    other.removeAll(QString());
    QStringList phones;
    if (!c.phone.isEmpty())
        phones << c.phone;
    if (Status s = m_search->upsert(
            {QStringLiteral("company"), id, c.name, other.join(QLatin1Char(' ')), phones});
        !s)
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
    QStringList other;
    if (!d.contactId.isEmpty()) {
        if (auto c = m_command.read(QStringLiteral("contact"), d.contactId))
            other << contactFrom(d.contactId, *c).displayName();
    }
    if (!d.companyId.isEmpty()) {
        if (auto c = m_command.read(QStringLiteral("company"), d.companyId))
            other << c->value(QStringLiteral("name")).toString();
    }
    return m_search->upsert(
        {QStringLiteral("deal"), id, d.title, other.join(QLatin1Char(' ')), {}});
}

} // namespace baza::store
