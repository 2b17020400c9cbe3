#include "core/store/Mapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baza::store {

using namespace baza::domain;

QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant timeValue(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timeFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

namespace {

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QString str(const QVariantMap& row, const char* key)
{
    return row.value(QLatin1String(key)).toString();
}

template <typename T, typename ToObj> QString listToJson(const QList<T>& items, ToObj toObj)
{
    if (items.isEmpty())
        return {};
    QJsonArray a;
    for (const T& i : items)
        a.append(toObj(i));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFrom(const QString& json)
{
    return json.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(json.toUtf8()).array();
}

} // namespace

QString emailsToJson(const QList<EmailAddress>& emails)
{
    return listToJson(emails, [](const EmailAddress& e) {
        return QJsonObject{{QStringLiteral("label"), e.label},
                           {QStringLiteral("value"), e.address}};
    });
}

QList<EmailAddress> emailsFromJson(const QString& json)
{
    QList<EmailAddress> out;
    for (const QJsonValue& v : arrayFrom(json)) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1String("label")).toString(),
                    o.value(QLatin1String("value")).toString()});
    }
    return out;
}

QString phonesToJson(const QList<PhoneNumber>& phones)
{
    return listToJson(phones, [](const PhoneNumber& p) {
        return QJsonObject{{QStringLiteral("label"), p.label}, {QStringLiteral("value"), p.number}};
    });
}

QList<PhoneNumber> phonesFromJson(const QString& json)
{
    QList<PhoneNumber> out;
    for (const QJsonValue& v : arrayFrom(json)) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QLatin1String("label")).toString(),
                    o.value(QLatin1String("value")).toString()});
    }
    return out;
}

QString tagsToJson(const QStringList& tags)
{
    if (tags.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString& json)
{
    QStringList out;
    for (const QJsonValue& v : arrayFrom(json))
        out << v.toString();
    return out;
}

QString customToJson(const QVariantMap& custom)
{
    if (custom.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(custom)).toJson(QJsonDocument::Compact));
}

QVariantMap customFromJson(const QString& json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

QString normalizedEmail(const QString& email)
{
    return email.trimmed().toLower();
}

QString normalizedPhone(const QString& phone)
{
    QString out;
    for (const QChar c : phone) {
        if (c.isDigit())
            out += c;
        else if (c == QLatin1Char('+') && out.isEmpty())
            out += c;
    }
    return out;
}

QVariantMap toFields(const Contact& c)
{
    QStringList tags = c.tags;
    tags.removeDuplicates();
    return {
        {QStringLiteral("first_name"), text(c.firstName.trimmed())},
        {QStringLiteral("middle_name"), text(c.middleName.trimmed())},
        {QStringLiteral("last_name"), text(c.lastName.trimmed())},
        {QStringLiteral("title"), text(c.title)},
        {QStringLiteral("company_id"), text(c.companyId)},
        {QStringLiteral("emails"), text(emailsToJson(c.emails))},
        {QStringLiteral("phones"), text(phonesToJson(c.phones))},
        {QStringLiteral("street"), text(c.address.street)},
        {QStringLiteral("city"), text(c.address.city)},
        {QStringLiteral("postal_code"), text(c.address.postalCode)},
        {QStringLiteral("region"), text(c.address.region)},
        {QStringLiteral("country"), text(c.address.country)},
        {QStringLiteral("lifecycle"), lifecycleKey(c.lifecycle)},
        {QStringLiteral("owner_id"), text(c.ownerId)},
        {QStringLiteral("source"), text(c.source)},
        {QStringLiteral("tags"), text(tagsToJson(tags))},
        {QStringLiteral("custom"), text(customToJson(c.custom))},
        {QStringLiteral("last_contacted_at"), timeValue(c.lastContactedAt)},
    };
}

Contact contactFrom(const QString& id, const QVariantMap& row)
{
    Contact c;
    c.id = id;
    c.firstName = str(row, "first_name");
    c.middleName = str(row, "middle_name");
    c.lastName = str(row, "last_name");
    c.title = str(row, "title");
    c.companyId = str(row, "company_id");
    c.emails = emailsFromJson(str(row, "emails"));
    c.phones = phonesFromJson(str(row, "phones"));
    c.address = {str(row, "street"), str(row, "city"), str(row, "postal_code"), str(row, "region"),
                 str(row, "country")};
    lifecycleFromKey(str(row, "lifecycle"), &c.lifecycle);
    c.ownerId = str(row, "owner_id");
    c.source = str(row, "source");
    c.tags = tagsFromJson(str(row, "tags"));
    c.custom = customFromJson(str(row, "custom"));
    c.lastContactedAt = timeFrom(row.value(QStringLiteral("last_contacted_at")));
    c.createdAt = timeFrom(row.value(QStringLiteral("created_at")));
    c.updatedAt = timeFrom(row.value(QStringLiteral("updated_at")));
    return c;
}

QVariantMap toFields(const Company& c)
{
    return {
        {QStringLiteral("name"), text(c.name.trimmed())},
        {QStringLiteral("domain"), text(c.domain)},
        {QStringLiteral("industry"), text(c.industry)},
        {QStringLiteral("phone"), text(c.phone)},
        {QStringLiteral("website"), text(c.website)},
        {QStringLiteral("street"), text(c.address.street)},
        {QStringLiteral("city"), text(c.address.city)},
        {QStringLiteral("postal_code"), text(c.address.postalCode)},
        {QStringLiteral("region"), text(c.address.region)},
        {QStringLiteral("country"), text(c.address.country)},
        {QStringLiteral("owner_id"), text(c.ownerId)},
        {QStringLiteral("notes"), text(c.notes)},
        {QStringLiteral("custom"), text(customToJson(c.custom))},
    };
}

Company companyFrom(const QString& id, const QVariantMap& row)
{
    Company c;
    c.id = id;
    c.name = str(row, "name");
    c.domain = str(row, "domain");
    c.industry = str(row, "industry");
    c.phone = str(row, "phone");
    c.website = str(row, "website");
    c.address = {str(row, "street"), str(row, "city"), str(row, "postal_code"), str(row, "region"),
                 str(row, "country")};
    c.ownerId = str(row, "owner_id");
    c.notes = str(row, "notes");
    c.custom = customFromJson(str(row, "custom"));
    c.createdAt = timeFrom(row.value(QStringLiteral("created_at")));
    c.updatedAt = timeFrom(row.value(QStringLiteral("updated_at")));
    return c;
}

QVariantMap toFields(const Consent& c)
{
    return {
        {QStringLiteral("contact_id"), c.contactId},
        {QStringLiteral("channel"), c.channel},
        {QStringLiteral("purpose"), text(c.purpose)},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("decided_at"), timeValue(c.decidedAt)},
        {QStringLiteral("source"), text(c.source)},
    };
}

Consent consentFrom(const QString& id, const QVariantMap& row)
{
    Consent c;
    c.id = id;
    c.contactId = str(row, "contact_id");
    c.channel = str(row, "channel");
    c.purpose = str(row, "purpose");
    c.status = str(row, "status");
    c.decidedAt = timeFrom(row.value(QStringLiteral("decided_at")));
    c.source = str(row, "source");
    return c;
}

QVariantMap toFields(const Stage& s)
{
    return {
        {QStringLiteral("pipeline_id"), s.pipelineId},
        {QStringLiteral("name"), s.name.trimmed()},
        {QStringLiteral("position"), qlonglong(s.position)},
        {QStringLiteral("probability"), qlonglong(s.probability)},
        {QStringLiteral("rotting_days"),
         s.rottingDays > 0 ? QVariant(qlonglong(s.rottingDays)) : QVariant()},
    };
}

QVariantMap toFields(const Deal& d)
{
    return {
        {QStringLiteral("title"), d.title.trimmed()},
        {QStringLiteral("pipeline_id"), d.pipelineId},
        {QStringLiteral("stage_id"), d.stageId},
        {QStringLiteral("contact_id"), text(d.contactId)},
        {QStringLiteral("company_id"), text(d.companyId)},
        {QStringLiteral("value_minor"), qlonglong(d.valueMinor)},
        {QStringLiteral("currency"), d.currency},
        {QStringLiteral("probability"),
         d.probability >= 0 ? QVariant(qlonglong(d.probability)) : QVariant()},
        {QStringLiteral("expected_close"), dateValue(d.expectedClose)},
        {QStringLiteral("owner_id"), text(d.ownerId)},
        {QStringLiteral("status"), dealStatusKey(d.status)},
        {QStringLiteral("lost_reason"), text(d.lostReason)},
        {QStringLiteral("stage_entered_at"), timeValue(d.stageEnteredAt)},
        {QStringLiteral("closed_at"), timeValue(d.closedAt)},
        {QStringLiteral("position"), qlonglong(d.position)},
    };
}

Deal dealFrom(const QString& id, const QVariantMap& row)
{
    Deal d;
    d.id = id;
    d.title = str(row, "title");
    d.pipelineId = str(row, "pipeline_id");
    d.stageId = str(row, "stage_id");
    d.contactId = str(row, "contact_id");
    d.companyId = str(row, "company_id");
    d.valueMinor = row.value(QStringLiteral("value_minor")).toLongLong();
    d.currency = str(row, "currency");
    const QVariant p = row.value(QStringLiteral("probability"));
    d.probability = p.isNull() ? -1 : p.toInt();
    d.expectedClose = QDate::fromString(str(row, "expected_close"), Qt::ISODate);
    d.ownerId = str(row, "owner_id");
    dealStatusFromKey(str(row, "status"), &d.status);
    d.lostReason = str(row, "lost_reason");
    d.stageEnteredAt = timeFrom(row.value(QStringLiteral("stage_entered_at")));
    d.closedAt = timeFrom(row.value(QStringLiteral("closed_at")));
    d.position = row.value(QStringLiteral("position")).toLongLong();
    d.createdAt = timeFrom(row.value(QStringLiteral("created_at")));
    d.updatedAt = timeFrom(row.value(QStringLiteral("updated_at")));
    return d;
}

QVariantMap toFields(const Activity& a)
{
    return {
        {QStringLiteral("kind"), activityKindKey(a.kind)},
        {QStringLiteral("direction"), text(a.direction)},
        {QStringLiteral("occurred_at"), timeValue(a.occurredAt)},
        {QStringLiteral("duration_s"),
         a.durationSeconds > 0 ? QVariant(qlonglong(a.durationSeconds)) : QVariant()},
        {QStringLiteral("outcome"), text(a.outcome)},
        {QStringLiteral("subject"), text(a.subject)},
        {QStringLiteral("body"), text(a.body)},
        {QStringLiteral("contact_id"), text(a.contactId)},
        {QStringLiteral("company_id"), text(a.companyId)},
        {QStringLiteral("deal_id"), text(a.dealId)},
        {QStringLiteral("owner_id"), text(a.ownerId)},
    };
}

Activity activityFrom(const QString& id, const QVariantMap& row)
{
    Activity a;
    a.id = id;
    activityKindFromKey(str(row, "kind"), &a.kind);
    a.direction = str(row, "direction");
    a.occurredAt = timeFrom(row.value(QStringLiteral("occurred_at")));
    a.durationSeconds = row.value(QStringLiteral("duration_s")).toInt();
    a.outcome = str(row, "outcome");
    a.subject = str(row, "subject");
    a.body = str(row, "body");
    a.contactId = str(row, "contact_id");
    a.companyId = str(row, "company_id");
    a.dealId = str(row, "deal_id");
    a.ownerId = str(row, "owner_id");
    a.createdAt = timeFrom(row.value(QStringLiteral("created_at")));
    a.updatedAt = timeFrom(row.value(QStringLiteral("updated_at")));
    return a;
}

QVariantMap toFields(const Task& t)
{
    return {
        {QStringLiteral("title"), t.title.trimmed()},
        {QStringLiteral("notes"), text(t.notes)},
        {QStringLiteral("due_at"), timeValue(t.dueAt)},
        {QStringLiteral("remind_at"), timeValue(t.remindAt)},
        {QStringLiteral("done"), qlonglong(t.done ? 1 : 0)},
        {QStringLiteral("done_at"), timeValue(t.doneAt)},
        {QStringLiteral("assignee_id"), text(t.assigneeId)},
        {QStringLiteral("contact_id"), text(t.contactId)},
        {QStringLiteral("company_id"), text(t.companyId)},
        {QStringLiteral("deal_id"), text(t.dealId)},
    };
}

Task taskFrom(const QString& id, const QVariantMap& row)
{
    Task t;
    t.id = id;
    t.title = str(row, "title");
    t.notes = str(row, "notes");
    t.dueAt = timeFrom(row.value(QStringLiteral("due_at")));
    t.remindAt = timeFrom(row.value(QStringLiteral("remind_at")));
    t.done = row.value(QStringLiteral("done")).toInt() != 0;
    t.doneAt = timeFrom(row.value(QStringLiteral("done_at")));
    t.assigneeId = str(row, "assignee_id");
    t.contactId = str(row, "contact_id");
    t.companyId = str(row, "company_id");
    t.dealId = str(row, "deal_id");
    t.createdAt = timeFrom(row.value(QStringLiteral("created_at")));
    t.updatedAt = timeFrom(row.value(QStringLiteral("updated_at")));
    return t;
}

} // namespace baza::store
