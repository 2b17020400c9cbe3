#include "core/store/Entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

namespace {

QStringList cols(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out << QLatin1String(n);
    return out;
}

const QHash<QString, EntityDef>& registry()
{
    static const QHash<QString, EntityDef> defs = [] {
        QHash<QString, EntityDef> d;
        auto add = [&d](const char* entity, const char* table, QStringList columns) {
            d.insert(QLatin1String(entity),
                     EntityDef{QLatin1String(entity), QLatin1String(table), std::move(columns)});
        };
        add("user", "users", cols({"name", "email", "created_at", "updated_at"}));
        add("company", "companies",
            cols({"name", "domain", "industry", "phone", "website", "street", "city", "postal_code",
                  "region", "country", "owner_id", "notes", "custom", "created_at", "updated_at",
                  "private"}));
        add("contact", "contacts", cols({"first_name",  "middle_name", "last_name",
                                         "title",       "company_id",  "emails",
                                         "phones",      "street",      "city",
                                         "postal_code", "region",      "country",
                                         "lifecycle",   "owner_id",    "source",
                                         "tags",        "custom",      "last_contacted_at",
                                         "created_at",  "updated_at",  "private"}));
        add("tag", "tags", cols({"name", "color", "created_at", "updated_at"}));
        add("consent", "consents",
            cols({"contact_id", "channel", "purpose", "status", "decided_at", "source",
                  "created_at", "updated_at"}));
        add("pipeline", "pipelines", cols({"name", "position", "created_at", "updated_at"}));
        add("stage", "stages",
            cols({"pipeline_id", "name", "position", "probability", "rotting_days", "created_at",
                  "updated_at"}));
        add("deal", "deals",
            cols({"title", "pipeline_id", "stage_id", "contact_id", "company_id", "value_minor",
                  "currency", "probability", "expected_close", "owner_id", "status", "lost_reason",
                  "stage_entered_at", "closed_at", "position", "created_at", "updated_at",
                  "private"}));
        add("lost_reason", "lost_reasons", cols({"name", "position", "created_at", "updated_at"}));
        add("exchange_rate", "exchange_rates",
            cols({"currency", "quote", "valid_on", "rate_e8", "created_at", "updated_at"}));
        add("deal_contact", "deal_contacts",
            cols({"deal_id", "contact_id", "role", "created_at", "updated_at"}));
        add("product", "products",
            cols({"name", "sku", "unit_price_minor", "currency", "created_at", "updated_at"}));
        add("deal_item", "deal_items",
            cols({"deal_id", "product_id", "name", "quantity", "unit_price_minor", "position",
                  "created_at", "updated_at"}));
        add("activity", "activities",
            cols({"kind", "direction", "occurred_at", "duration_s", "outcome", "subject", "body",
                  "contact_id", "company_id", "deal_id", "owner_id", "created_at", "updated_at"}));
        add("task", "tasks",
            cols({"title", "notes", "due_at", "remind_at", "done", "done_at", "assignee_id",
                  "contact_id", "company_id", "deal_id", "created_at", "updated_at"}));
        add("segment", "segments",
            cols({"entity", "name", "query", "position", "created_at", "updated_at"}));
        return d;
    }();
    return defs;
}

} // namespace

const EntityDef* entityDef(const QString& entity)
{
    auto it = registry().constFind(entity);
    return it == registry().constEnd() ? nullptr : &*it;
}

QStringList entityNames()
{
    return registry().keys();
}

Result<QVariantMap> readEntity(QSqlDatabase db, const QString& entity, const QString& id)
{
    const EntityDef* def = entityDef(entity);
    if (!def)
        return Error::make(
            ErrorCode::Usage,
            QCoreApplication::translate("baza::store", "Unknown kind of record: %1").arg(entity));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                  .arg(def->columns.join(QLatin1String(", ")), def->table));
    q.addBindValue(id);
    if (!q.exec())
        return Error{ErrorCode::Sql,
                     q.lastError().databaseText(),
                     q.lastError().nativeErrorCode().toInt(),
                     {}};
    if (!q.next())
        return Error::make(
            ErrorCode::NotFound,
            QCoreApplication::translate("baza::store", "No %1 with id %2.").arg(entity, id));
    QVariantMap row;
    for (int i = 0; i < def->columns.size(); ++i)
        row.insert(def->columns.at(i), q.value(i));
    return row;
}

} // namespace baza::store
