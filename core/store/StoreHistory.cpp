// History, undo and erasure: the parts of Store that read the change log back.
#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

#include "core/db/Database.h"
#include "core/search/SearchIndex.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

namespace {

Error queryError(const QSqlQuery& q)
{
    return Error{
        ErrorCode::Sql, q.lastError().databaseText(), q.lastError().nativeErrorCode().toInt(), {}};
}

struct LoggedChange
{
    QString entity;
    QString id;
    QString op;
    QString field;
    QVariant oldValue;
    QVariant newValue;

    bool compact() const { return field.isEmpty() && !(oldValue.isNull() && newValue.isNull()); }
};

} // namespace

Result<QList<HistoryEntry>> Store::history(const QString& entity, const QString& id) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.command_id, m.label, c.op, c.field, c.old_value, c.new_value, c.hlc, "
        "m.created_at, u.name, c.device_id FROM changes c JOIN commands m ON m.id = c.command_id "
        "LEFT JOIN users u ON u.id = c.user_id WHERE c.entity = ? AND c.entity_id = ? "
        "ORDER BY c.seq"));
    q.addBindValue(entity);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    QList<HistoryEntry> out;
    auto add = [&](const QString& field, const QVariant& oldValue, const QVariant& newValue) {
        if (field == QLatin1String("created_at") || field == QLatin1String("updated_at"))
            return; // bookkeeping, not something a person changed
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), field,
                    oldValue, newValue, q.value(6).toString(), timeFrom(q.value(7)),
                    q.value(8).toString(), q.value(9).toString(), readableValue(field, oldValue),
                    readableValue(field, newValue)});
    };
    while (q.next()) {
        const QString field = q.value(3).toString();
        const QString op = q.value(2).toString();
        // The compact form (bulk inserts, and the deletes that undo them): one row holding all
        // fields as a JSON object. History shows it like the field-level form.
        const QVariant compact = op == QLatin1String("insert")   ? q.value(5)
                                 : op == QLatin1String("delete") ? q.value(4)
                                                                 : QVariant();
        if (field.isEmpty() && !compact.isNull()) {
            const QVariantMap fields = fieldsFromCompact(compact);
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (op == QLatin1String("insert"))
                    add(it.key(), QVariant(), it.value());
                else
                    add(it.key(), it.value(), QVariant());
            }
            continue;
        }
        add(field, q.value(4), q.value(5));
    }
    return out;
}

QString Store::readableValue(const QString& field, const QVariant& value) const
{
    if (value.isNull())
        return {};
    const QString v = value.toString();
    if (field == QLatin1String("lifecycle")) {
        domain::Lifecycle stage;
        return domain::lifecycleFromKey(v, &stage) ? domain::lifecycleDisplayName(stage) : v;
    }
    // Lists are stored as JSON; people read them as the values, comma-separated.
    if (field == QLatin1String("emails")) {
        QStringList out;
        for (const domain::EmailAddress& e : emailsFromJson(v))
            out << e.address;
        return out.join(QLatin1String(", "));
    }
    if (field == QLatin1String("phones")) {
        QStringList out;
        for (const domain::PhoneNumber& p : phonesFromJson(v))
            out << p.number;
        return out.join(QLatin1String(", "));
    }
    if (field == QLatin1String("tags"))
        return tagsFromJson(v).join(QLatin1String(", "));
    if (field == QLatin1String("custom")) {
        const QVariantMap custom = customFromJson(v);
        QStringList out;
        for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
            out << it.key() + QLatin1String(": ") + it.value().toString();
        return out.join(QLatin1String("; "));
    }
    // Links show the linked record's name while it exists; the id otherwise.
    static const QHash<QString, QPair<QString, QString>> links{
        {QStringLiteral("stage_id"), {QStringLiteral("stage"), QStringLiteral("name")}},
        {QStringLiteral("pipeline_id"), {QStringLiteral("pipeline"), QStringLiteral("name")}},
        {QStringLiteral("company_id"), {QStringLiteral("company"), QStringLiteral("name")}},
        {QStringLiteral("deal_id"), {QStringLiteral("deal"), QStringLiteral("title")}},
    };
    if (field == QLatin1String("contact_id")) {
        auto c = contact(v);
        return c ? c->displayName() : v;
    }
    const auto it = links.constFind(field);
    if (it == links.constEnd())
        return v;
    auto row = readEntity(connection(), it->first, v);
    return row ? row->value(it->second).toString() : v;
}

Result<QString> Store::undoLast()
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral(
        "SELECT id, label FROM commands WHERE device_id = ? AND undo_of IS NULL "
        "AND undone_by IS NULL AND label NOT IN ('Create user profile', 'Rebuild search index') "
        "ORDER BY hlc DESC LIMIT 1"));
    q.addBindValue(deviceId());
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, tr("There is nothing to undo."));
    const QString id = q.value(0).toString();
    const QString label = q.value(1).toString();
    q.finish();
    if (Status s = undoCommands({id}, QStringLiteral("Undo")); !s)
        return s.error();
    return label;
}

Status Store::undoBatch(const QString& batchId)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT id FROM commands WHERE batch_id = ? AND undo_of IS NULL AND "
                             "undone_by IS NULL ORDER BY hlc DESC"));
    q.addBindValue(batchId);
    if (!q.exec())
        return queryError(q);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    if (ids.isEmpty())
        return Error::make(ErrorCode::NotFound,
                           tr("Batch %1 has nothing left to undo.").arg(batchId));
    return undoCommands(ids, QStringLiteral("Undo batch"));
}

// Reverts commands newest first: an insert is removed, a delete restored, an update set back to
// its old values. The revert is itself a command, so it is logged, synced and visible in history.
Status Store::undoCommands(const QStringList& commandIds, const QString& label,
                           const QSet<QPair<QString, QString>>& keep,
                           const std::function<Status(Command&)>& extra)
{
    return execute(
        label,
        [&](Command& cmd) -> Status {
            for (const QString& commandId : commandIds) {
                auto r = cmd.run(QStringLiteral("SELECT entity, entity_id, op, field, old_value, "
                                                "new_value FROM changes WHERE command_id = ? "
                                                "ORDER BY seq DESC"),
                                 {commandId});
                if (!r)
                    return r.error();
                // Group per record, keeping the reverse order in which records were first met.
                QList<QPair<QString, QString>> order;
                QHash<QPair<QString, QString>, QList<LoggedChange>> byRecord;
                while ((*r)->next()) {
                    LoggedChange c{(*r)->value(0).toString(),
                                   (*r)->value(1).toString(),
                                   (*r)->value(2).toString(),
                                   (*r)->value(3).toString(),
                                   (*r)->value(4),
                                   (*r)->value(5)};
                    const auto key = qMakePair(c.entity, c.id);
                    if (!byRecord.contains(key))
                        order.append(key);
                    byRecord[key].append(c);
                }
                (*r)->finish();
                for (const auto& key : std::as_const(order)) {
                    if (keep.contains(key))
                        continue;
                    const QList<LoggedChange>& changes = byRecord.value(key);
                    for (const LoggedChange& c : changes) {
                        if (c.op == QLatin1String("erase"))
                            return Error::make(ErrorCode::Conflict,
                                               tr("An erasure cannot be undone."));
                    }
                    // The record's first change in the command says what it was before: an
                    // import may insert a contact and fill it from a later row of the same file.
                    const LoggedChange& first = changes.last();
                    QVariantMap old;
                    for (const LoggedChange& c : changes) { // newest first: the oldest value wins
                        if (!c.field.isEmpty())
                            old.insert(c.field, c.oldValue);
                        else if (c.op == QLatin1String("delete") && c.compact())
                            old.insert(fieldsFromCompact(c.oldValue));
                    }
                    Status s;
                    if (first.op == QLatin1String("insert")) {
                        if (cmd.exists(key.first, key.second))
                            s = first.compact() ? cmd.removeCompact(key.first, key.second)
                                                : cmd.remove(key.first, key.second);
                    } else if (first.op == QLatin1String("delete")) {
                        if (!cmd.exists(key.first, key.second))
                            s = cmd.insert(key.first, key.second, old);
                    } else if (cmd.exists(key.first, key.second)) {
                        s = cmd.update(key.first, key.second, old);
                    }
                    if (!s)
                        return s;
                }
                auto mark =
                    cmd.run(QStringLiteral("UPDATE commands SET undone_by = ? WHERE id = ?"),
                            {cmd.id(), commandId});
                if (!mark)
                    return mark.error();
            }
            return extra ? extra(cmd) : Status();
        },
        commandIds.size() == 1 ? commandIds.first() : QString());
}

Status Store::eraseContact(const QString& id)
{
    Status s = execute(QStringLiteral("Erase contact"), [&](Command& cmd) -> Status {
        if (!cmd.exists(QStringLiteral("contact"), id))
            return Error::make(ErrorCode::NotFound, tr("No contact with id %1.").arg(id));
        // Deals stay (they are the business's records) but no longer point at the person.
        Status st = cmd.forEachWhere(
            QStringLiteral("deal"), QStringLiteral("contact_id"), id, [&](const QString& dealId) {
                return cmd.update(QStringLiteral("deal"), dealId,
                                  {{QStringLiteral("contact_id"), QVariant()},
                                   {QStringLiteral("updated_at"), nowText()}});
            });
        if (!st)
            return st;
        // What was said with or about the person goes with them.
        for (const QString& entity : {QStringLiteral("consent"), QStringLiteral("activity"),
                                      QStringLiteral("task"), QStringLiteral("deal_contact")}) {
            st = cmd.forEachWhere(
                entity, QStringLiteral("contact_id"), id,
                [&](const QString& childId) { return cmd.erase(entity, childId); });
            if (!st)
                return st;
        }
        st = cmd.erase(QStringLiteral("contact"), id);
        if (!st)
            return st;
        // Merged segments leave no trace of the person's terms in the full-text index.
        return search::SearchIndex(cmd.db()).optimize();
    });
    if (!s)
        return s;
    // Rewrite the file without free pages, then empty the write-ahead log, which still holds
    // old page images.
    QSqlDatabase db = connection();
    for (const char* sql : {"VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        QSqlQuery q(db);
        if (!q.exec(QLatin1String(sql)))
            return Error::make(ErrorCode::Sql,
                               tr("The contact was erased, but compacting the file failed: %1")
                                   .arg(q.lastError().databaseText()));
    }
    return {};
}

} // namespace baza::store
