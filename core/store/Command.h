#pragma once

#include "core/changes/Hlc.h"
#include "core/common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace baza::store {

class Indexer;

struct CommandContext
{
    QSqlDatabase db;
    changes::HybridClock* clock = nullptr;
    QString deviceId;
    QString userId;
    QString batchId;
    // When the command says it was made (commands.created_at); invalid: now.
    QDateTime recordedAt;
};

// One store command: a write transaction that changes rows and records every changed field in
// the change log with one HLC timestamp. Rolls back unless commit() succeeds.
class Command
{
public:
    Command(CommandContext context, QString label, QString undoOf = QString());
    ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    Status begin();
    Status commit();

    // Applying remote changes: one transaction for a page of them, without a command row of its
    // own. Each change is attributed to its author's command (setOrigin) and logged with the
    // author's HLC, device and user; every applied field is logged, even an unchanged value, so
    // the log keeps each field's newest clock.
    Status beginRemote();
    struct Origin
    {
        QString commandId;
        QString label;
        QString batchId;
        QString hlc;
        QString device;
        QString userId;
    };
    Status setOrigin(const Origin& origin);
    bool isRemote() const { return m_remote; }
    // Off: writes leave no change-log rows (echoes of this device's own changes coming back
    // from the server, records hidden from this user).
    void setLogging(bool on) { m_logging = on; }
    // Removes a row and its derived data without logging (a record hidden by the server).
    Status removeUnlogged(const QString& entity, const QString& id);
    // Records a change-log row as is (remote tombstones of records this device never had).
    Status logRow(const QString& entity, const QString& id, const char* op, const QString& field,
                  const QVariant& oldValue, const QVariant& newValue)
    {
        return log(entity, id, op, field, oldValue, newValue);
    }

    Status insert(const QString& entity, const QString& id, const QVariantMap& fields);
    // The bulk form of insert (imports): the row is logged as ONE change row with op "insert",
    // field NULL and new_value a JSON object of its non-null fields (see compactFields), and
    // derived data is left to the caller (Indexer::indexNewContact and friends), which knows
    // the row is new and skips the lookups an update needs.
    Status insertCompact(const QString& entity, const QString& id, const QVariantMap& fields);
    // A record that is not in the database yet (a first sync's bulk): one compact log row, and
    // its derived data written from the values in hand (nothing to delete or read back).
    Status insertNew(const QString& entity, const QString& id, const QVariantMap& fields);
    // Deletes a row, refreshing derived data, and logs ONE change row with op "delete", field
    // NULL and old_value a JSON object of the row (undo of a bulk insert).
    Status removeCompact(const QString& entity, const QString& id);
    // Writes and logs only the fields whose value differs from the stored one.
    Status update(const QString& entity, const QString& id, const QVariantMap& fields);
    Status remove(const QString& entity, const QString& id);
    // Deletes the row and scrubs every value of it from the change log; logs only that an
    // erasure happened (so peers erase too).
    Status erase(const QString& entity, const QString& id);

    // Rebuilds the derived data (lookup tables, search document) of a row without changing it.
    Status reindex(const QString& entity, const QString& id)
    {
        return refreshDerived(entity, id, false);
    }

    // Ids of the `entity` rows whose `column` equals `value`.
    Result<QStringList> idsWhere(const QString& entity, const QString& column,
                                 const QString& value);
    // Sets `column` to NULL on every such row, logged like any update (undo restores the links).
    Status unlinkAll(const QStringList& entities, const QString& column, const QString& value);
    // Applies `action` to every such row.
    Status forEachWhere(const QString& entity, const QString& column, const QString& value,
                        const std::function<Status(const QString& id)>& action);

    Result<QVariantMap> read(const QString& entity, const QString& id);
    bool exists(const QString& entity, const QString& id);

    QString id() const { return m_id; }
    const changes::Hlc& hlc() const { return m_hlc; }
    // Entity → ids written by this command, in first-touch order.
    const QList<QPair<QString, QStringList>>& touched() const { return m_touched; }
    QSqlDatabase db() const { return m_ctx.db; }
    Indexer& indexer() { return *m_indexer; }
    // Runs prepared SQL (cached per command) with positional values.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});

private:
    Status log(const QString& entity, const QString& id, const char* op, const QString& field,
               const QVariant& oldValue, const QVariant& newValue);
    void touch(const QString& entity, const QString& id);
    Status refreshDerived(const QString& entity, const QString& id, bool removed);

    CommandContext m_ctx;
    QString m_label;
    QString m_undoOf;
    QString m_id;
    changes::Hlc m_hlc;
    QString m_hlcText;
    bool m_open = false;
    bool m_remote = false;
    QString m_receivedAt;
    bool m_logging = true;
    QString m_device;
    QString m_user;
    QHash<QString, QSqlQuery> m_statements;
    QList<QPair<QString, QStringList>> m_touched;
    QHash<QString, QSet<QString>> m_seen;
    Indexer* m_indexer = nullptr;
};

// The compact change-log form: the non-null fields of a row as a JSON object text, and back.
// Integers stay integers, everything else is text (the columns' own types).
QString compactFields(const QVariantMap& fields);
// Appends `text` as a JSON string (quoted and escaped; UTF-8).
void appendJsonString(QByteArray& out, QStringView text);
QVariantMap fieldsFromCompact(const QVariant& json);

// Values equal for the change log's purpose: both null, or equal after numeric widening.
bool sameValue(const QVariant& a, const QVariant& b);

} // namespace baza::store
