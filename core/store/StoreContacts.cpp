// Companies, contacts and consents.
#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

#include "core/common/Uuid.h"
#include "core/db/Database.h"
#include "core/domain/Validation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

using namespace baza::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::store", text);
}

Status requireExists(Command& cmd, const QString& entity, const QString& id, const char* field)
{
    if (id.isEmpty() || cmd.exists(entity, id))
        return {};
    Error e = Error::make(ErrorCode::Validation, tr("The linked %1 does not exist.").arg(entity));
    e.field = QLatin1String(field);
    return e;
}

} // namespace

Result<Company> Store::createCompany(Company company)
{
    if (Status s = validate(company); !s)
        return s.error();
    if (company.id.isEmpty())
        company.id = newUuidV7();
    Status s = execute(QStringLiteral("Create company"), [&](Command& cmd) {
        QVariantMap fields = toFields(company);
        const QString now = nowText();
        fields.insert(QStringLiteral("created_at"), now);
        fields.insert(QStringLiteral("updated_at"), now);
        return cmd.insert(QStringLiteral("company"), company.id, fields);
    });
    if (!s)
        return s.error();
    return this->company(company.id);
}

Status Store::updateCompany(const Company& company)
{
    if (Status s = validate(company); !s)
        return s;
    return execute(QStringLiteral("Edit company"), [&](Command& cmd) {
        QVariantMap fields = toFields(company);
        fields.insert(QStringLiteral("updated_at"), nowText());
        return cmd.update(QStringLiteral("company"), company.id, fields);
    });
}

Status Store::deleteCompany(const QString& id)
{
    return execute(QStringLiteral("Delete company"), [&](Command& cmd) -> Status {
        if (!cmd.exists(QStringLiteral("company"), id))
            return Error::make(ErrorCode::NotFound, tr("No company with id %1.").arg(id));
        return removeCompany(cmd, id);
    });
}

Status Store::removeCompany(Command& cmd, const QString& id)
{
    // Contacts, deals, activities and tasks stay; they lose the link (restored by undo).
    if (Status s = cmd.unlinkAll({QStringLiteral("contact"), QStringLiteral("deal"),
                                  QStringLiteral("activity"), QStringLiteral("task")},
                                 QStringLiteral("company_id"), id);
        !s)
        return s;
    return cmd.remove(QStringLiteral("company"), id);
}

Result<Company> Store::company(const QString& id) const
{
    auto row = readEntity(connection(), QStringLiteral("company"), id);
    if (!row)
        return row.error();
    return companyFrom(id, *row);
}

Result<Contact> Store::createContact(Contact contact)
{
    auto ids = createContacts({std::move(contact)}, QStringLiteral("Create contact"));
    if (!ids)
        return ids.error();
    return this->contact(ids->first());
}

Result<QStringList> Store::createContacts(QList<Contact> contacts, const QString& label)
{
    for (int i = 0; i < contacts.size(); ++i) {
        if (Status s = validate(contacts.at(i)); !s) {
            Error e = s.error();
            if (contacts.size() > 1)
                e.message = tr("Contact %1: %2").arg(i + 1).arg(e.message);
            return e;
        }
    }
    QStringList ids;
    Status s = execute(
        label.isEmpty() ? QStringLiteral("Create contacts") : label, [&](Command& cmd) -> Status {
            QStringList allTags;
            for (const Contact& c : std::as_const(contacts))
                allTags << c.tags;
            allTags.removeDuplicates();
            if (Status st = ensureTags(cmd, allTags); !st)
                return st;
            const QString now = nowText();
            for (Contact& c : contacts) {
                if (c.id.isEmpty())
                    c.id = newUuidV7();
                if (Status st =
                        requireExists(cmd, QStringLiteral("company"), c.companyId, "company_id");
                    !st)
                    return st;
                QVariantMap fields = toFields(c);
                fields.insert(QStringLiteral("created_at"), now);
                fields.insert(QStringLiteral("updated_at"), now);
                if (Status st = cmd.insert(QStringLiteral("contact"), c.id, fields); !st)
                    return st;
                ids << c.id;
            }
            return {};
        });
    if (!s)
        return s.error();
    return ids;
}

Status Store::updateContact(const Contact& contact)
{
    if (Status s = validate(contact); !s)
        return s;
    return execute(QStringLiteral("Edit contact"), [&](Command& cmd) -> Status {
        if (Status st =
                requireExists(cmd, QStringLiteral("company"), contact.companyId, "company_id");
            !st)
            return st;
        if (Status st = ensureTags(cmd, contact.tags); !st)
            return st;
        QVariantMap fields = toFields(contact);
        fields.insert(QStringLiteral("updated_at"), nowText());
        return cmd.update(QStringLiteral("contact"), contact.id, fields);
    });
}

Status Store::deleteContact(const QString& id)
{
    return execute(QStringLiteral("Delete contact"), [&](Command& cmd) -> Status {
        if (!cmd.exists(QStringLiteral("contact"), id))
            return Error::make(ErrorCode::NotFound, tr("No contact with id %1.").arg(id));
        return removeContact(cmd, id);
    });
}

Status Store::removeContact(Command& cmd, const QString& id)
{
    // Consents belong to the person and go with them; everything else loses the link.
    Status s = cmd.forEachWhere(
        QStringLiteral("consent"), QStringLiteral("contact_id"), id,
        [&](const QString& consentId) { return cmd.remove(QStringLiteral("consent"), consentId); });
    if (!s)
        return s;
    // Their part in other deals ends with them.
    s = cmd.forEachWhere(
        QStringLiteral("deal_contact"), QStringLiteral("contact_id"), id,
        [&](const QString& linkId) { return cmd.remove(QStringLiteral("deal_contact"), linkId); });
    if (!s)
        return s;
    s = cmd.unlinkAll({QStringLiteral("deal"), QStringLiteral("activity"), QStringLiteral("task")},
                      QStringLiteral("contact_id"), id);
    if (!s)
        return s;
    return cmd.remove(QStringLiteral("contact"), id);
}

Result<Contact> Store::contact(const QString& id) const
{
    auto row = readEntity(connection(), QStringLiteral("contact"), id);
    if (!row)
        return row.error();
    return contactFrom(id, *row);
}

Result<QStringList> Store::contactsWithChannel(const QString& kind, const QString& value,
                                               const QString& exceptId) const
{
    const QString normalized =
        kind == QLatin1String("email") ? normalizedEmail(value) : normalizedPhone(value);
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT DISTINCT contact_id FROM contact_channels "
                             "WHERE kind = ? AND value = ? AND contact_id != ?"));
    q.addBindValue(kind);
    q.addBindValue(normalized);
    q.addBindValue(exceptId.isNull() ? QStringLiteral("") : exceptId); // NULL would match nothing
    if (!q.exec())
        return Error::make(ErrorCode::Sql, q.lastError().databaseText());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<Consent> Store::addConsent(Consent consent)
{
    if (Status s = validate(consent); !s)
        return s.error();
    if (consent.id.isEmpty())
        consent.id = newUuidV7();
    Status s = execute(QStringLiteral("Record consent"), [&](Command& cmd) -> Status {
        if (Status st =
                requireExists(cmd, QStringLiteral("contact"), consent.contactId, "contact_id");
            !st)
            return st;
        QVariantMap fields = toFields(consent);
        const QString now = nowText();
        fields.insert(QStringLiteral("created_at"), now);
        fields.insert(QStringLiteral("updated_at"), now);
        return cmd.insert(QStringLiteral("consent"), consent.id, fields);
    });
    if (!s)
        return s.error();
    return consent;
}

Status Store::updateConsent(const Consent& consent)
{
    if (Status s = validate(consent); !s)
        return s;
    return execute(QStringLiteral("Edit consent"), [&](Command& cmd) {
        QVariantMap fields = toFields(consent);
        fields.insert(QStringLiteral("updated_at"), nowText());
        return cmd.update(QStringLiteral("consent"), consent.id, fields);
    });
}

Result<QList<Consent>> Store::consents(const QString& contactId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT id, contact_id, channel, purpose, status, decided_at, source "
                             "FROM consents WHERE contact_id = ? ORDER BY decided_at DESC"));
    q.addBindValue(contactId);
    if (!q.exec())
        return Error::make(ErrorCode::Sql, q.lastError().databaseText());
    QList<Consent> out;
    while (q.next()) {
        out.append(consentFrom(q.value(0).toString(), {{QStringLiteral("contact_id"), q.value(1)},
                                                       {QStringLiteral("channel"), q.value(2)},
                                                       {QStringLiteral("purpose"), q.value(3)},
                                                       {QStringLiteral("status"), q.value(4)},
                                                       {QStringLiteral("decided_at"), q.value(5)},
                                                       {QStringLiteral("source"), q.value(6)}}));
    }
    return out;
}

} // namespace baza::store
