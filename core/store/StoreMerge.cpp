// Duplicate finder and contact merge.
#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

#include "core/db/Database.h"
#include "core/domain/Validation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace baza::store {

using namespace baza::domain;

namespace {

Error queryError(const QSqlQuery& q)
{
    return Error{
        ErrorCode::Sql, q.lastError().databaseText(), q.lastError().nativeErrorCode().toInt(), {}};
}

// The survivor's value unless it is empty or the user picked the other's.
QString pick(const QString& survivor, const QString& other, const char* column,
             const MergeChoice& choice)
{
    if (choice.fieldsFromOther.contains(QLatin1String(column)) && !other.isEmpty())
        return other;
    return survivor.isEmpty() ? other : survivor;
}

Contact merged(const Contact& s, const Contact& o, const MergeChoice& c)
{
    Contact m = s;
    m.firstName = pick(s.firstName, o.firstName, "first_name", c);
    m.middleName = pick(s.middleName, o.middleName, "middle_name", c);
    m.lastName = pick(s.lastName, o.lastName, "last_name", c);
    m.title = pick(s.title, o.title, "title", c);
    m.companyId = pick(s.companyId, o.companyId, "company_id", c);
    m.address.street = pick(s.address.street, o.address.street, "street", c);
    m.address.city = pick(s.address.city, o.address.city, "city", c);
    m.address.postalCode = pick(s.address.postalCode, o.address.postalCode, "postal_code", c);
    m.address.region = pick(s.address.region, o.address.region, "region", c);
    m.address.country = pick(s.address.country, o.address.country, "country", c);
    m.ownerId = pick(s.ownerId, o.ownerId, "owner_id", c);
    m.source = pick(s.source, o.source, "source", c);
    if (c.fieldsFromOther.contains(QStringLiteral("lifecycle")))
        m.lifecycle = o.lifecycle;
    else
        m.lifecycle = std::max(s.lifecycle, o.lifecycle); // the further stage of the journey
    if (!m.lastContactedAt.isValid() ||
        (o.lastContactedAt.isValid() && o.lastContactedAt > m.lastContactedAt))
        m.lastContactedAt = o.lastContactedAt;
    QSet<QString> emails;
    for (const EmailAddress& e : std::as_const(m.emails))
        emails.insert(normalizedEmail(e.address));
    for (const EmailAddress& e : o.emails) {
        if (!emails.contains(normalizedEmail(e.address))) {
            m.emails.append(e);
            emails.insert(normalizedEmail(e.address));
        }
    }
    QSet<QString> phones;
    for (const PhoneNumber& p : std::as_const(m.phones))
        phones.insert(normalizedPhone(p.number));
    for (const PhoneNumber& p : o.phones) {
        if (!phones.contains(normalizedPhone(p.number))) {
            m.phones.append(p);
            phones.insert(normalizedPhone(p.number));
        }
    }
    for (const QString& t : o.tags) {
        if (!m.tags.contains(t, Qt::CaseInsensitive))
            m.tags << t;
    }
    for (auto it = o.custom.constBegin(); it != o.custom.constEnd(); ++it) {
        if (!m.custom.contains(it.key()) || c.fieldsFromOther.contains(it.key()))
            m.custom.insert(it.key(), it.value());
    }
    return m;
}

} // namespace

Result<QList<DuplicateGroup>> Store::findDuplicates() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    QList<DuplicateGroup> out;
    QSet<QStringList> seen;
    auto addGroup = [&](const QString& reason, const QString& key, QStringList ids) {
        ids.removeDuplicates();
        std::sort(ids.begin(), ids.end()); // UUIDv7: creation order
        if (ids.size() < 2 || seen.contains(ids))
            return;
        seen.insert(ids);
        out.append({reason, key, ids});
    };
    if (!q.exec(QStringLiteral("SELECT kind, value, group_concat(DISTINCT contact_id) FROM "
                               "contact_channels GROUP BY kind, value "
                               "HAVING count(DISTINCT contact_id) > 1 ORDER BY kind, value")))
        return queryError(q);
    while (q.next())
        addGroup(q.value(0).toString(), q.value(1).toString(),
                 q.value(2).toString().split(QLatin1Char(',')));
    q.finish();
    if (!q.exec(QStringLiteral(
            "SELECT c.first_name, c.last_name, coalesce(co.name, ''), group_concat(c.id) FROM "
            "contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.first_name IS NOT "
            "NULL AND c.last_name IS NOT NULL GROUP BY c.first_name COLLATE NOCASE, "
            "c.last_name COLLATE NOCASE, coalesce(c.company_id, '') HAVING count(*) > 1 "
            "ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE")))
        return queryError(q);
    while (q.next()) {
        const QString company = q.value(2).toString();
        QString key = q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        if (!company.isEmpty())
            key += QStringLiteral(" @ ") + company;
        addGroup(QStringLiteral("name+company"), key,
                 q.value(3).toString().split(QLatin1Char(',')));
    }
    return out;
}

Status Store::mergeContacts(const QString& survivorId, const QString& otherId,
                            const MergeChoice& choice)
{
    if (survivorId == otherId)
        return Error::make(ErrorCode::Usage, tr("A contact cannot be merged with itself."));
    return execute(QStringLiteral("Merge contacts"), [&](Command& cmd) -> Status {
        auto survivorRow = cmd.read(QStringLiteral("contact"), survivorId);
        if (!survivorRow)
            return survivorRow.error();
        auto otherRow = cmd.read(QStringLiteral("contact"), otherId);
        if (!otherRow)
            return otherRow.error();
        const Contact result =
            merged(contactFrom(survivorId, *survivorRow), contactFrom(otherId, *otherRow), choice);
        if (Status s = validate(result); !s)
            return s;
        if (Status s = ensureTags(cmd, result.tags); !s)
            return s;
        // Everything of the other person moves to the survivor; undo moves it back.
        for (const QString& entity : {QStringLiteral("activity"), QStringLiteral("deal"),
                                      QStringLiteral("task"), QStringLiteral("consent")}) {
            Status s = cmd.forEachWhere(
                entity, QStringLiteral("contact_id"), otherId, [&](const QString& id) {
                    return cmd.update(entity, id,
                                      {{QStringLiteral("contact_id"), survivorId},
                                       {QStringLiteral("updated_at"), nowText()}});
                });
            if (!s)
                return s;
        }
        if (Status s = cmd.remove(QStringLiteral("contact"), otherId); !s)
            return s;
        QVariantMap fields = toFields(result);
        fields.insert(QStringLiteral("updated_at"), nowText());
        return cmd.update(QStringLiteral("contact"), survivorId, fields);
    });
}

Status Store::undoCommand(const QString& commandId)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT undone_by, undo_of FROM commands WHERE id = ?"));
    q.addBindValue(commandId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, tr("No command with id %1.").arg(commandId));
    if (!q.value(0).isNull())
        return Error::make(ErrorCode::Conflict,
                           tr("Command %1 was undone already.").arg(commandId));
    q.finish();
    return undoCommands({commandId}, QStringLiteral("Undo"));
}

} // namespace baza::store
