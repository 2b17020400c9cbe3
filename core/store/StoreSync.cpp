// Team sync: the outbox (this device's part of the change log), the remote apply path, the
// server identity and the list of overwritten values.
#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

#include "core/db/Database.h"
#include "core/db/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

namespace {

Error queryError(const QSqlQuery& q)
{
    return Error{
        ErrorCode::Sql, q.lastError().databaseText(), q.lastError().nativeErrorCode().toInt(), {}};
}

QString metaText(QSqlDatabase db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

void Store::useWallClock(changes::HybridClock::WallClock wall)
{
    const changes::Hlc last = m_clock ? m_clock->last() : changes::Hlc();
    m_clock = std::make_shared<changes::HybridClock>(deviceId(), std::move(wall));
    m_clock->restore(last);
}

QString Store::syncValue(const QString& key) const
{
    return metaText(connection(), QStringLiteral("sync_") + key);
}

Status Store::setSyncValues(const QVariantMap& values)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return Error::make(ErrorCode::Sql, db.lastError().text());
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        QSqlQuery q(db);
        if (it.value().isNull())
            q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        else
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
        q.addBindValue(QString(QStringLiteral("sync_") + it.key()));
        if (!it.value().isNull())
            q.addBindValue(it.value().toString());
        if (!q.exec()) {
            const Error e = queryError(q);
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return Error::make(ErrorCode::Sql, db.lastError().text());
    return {};
}

Result<ApplyReport> Store::applyRemote(const QList<sync::Change>& changes, qint64 cursor)
{
    if (!m_clock)
        return Error::make(ErrorCode::Usage, tr("The store is not initialized."));
    // The clock moves past every timestamp seen, so the next local edit is newer.
    changes::Hlc newest;
    for (const sync::Change& c : changes) {
        changes::Hlc h;
        if (changes::Hlc::parse(c.hlc, &h) && h > newest)
            newest = h;
    }
    if (!newest.isNull())
        m_clock->observe(newest);
    // The page is applied whole first; if one of its changes cannot be applied, everything is
    // rolled back and the page goes again with each change isolated, so that the bad one is
    // skipped and reported (RemoteApplier::Mode).
    ApplyReport report;
    QList<QPair<QString, QStringList>> touched;
    for (const auto mode : {RemoteApplier::Mode::Whole, RemoteApplier::Mode::Isolated}) {
        report = ApplyReport();
        Command cmd(context(), QStringLiteral("Sync"));
        if (Status s = cmd.beginRemote(); !s)
            return s.error();
        RemoteApplier applier(cmd, deviceId(), mode);
        if (Status s = applier.apply(changes, &report); !s) {
            if (applier.changeFailed())
                continue; // the destructor rolls the page back
            return s.error();
        }
        // The position moves in the same transaction: a crash re-pulls the page, never skips it.
        if (cursor >= 0) {
            auto r = cmd.run(
                QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('sync_cursor', ?)"),
                {QString::number(cursor)});
            if (!r)
                return r.error();
        }
        if (Status s = cmd.commit(); !s)
            return s.error();
        touched = cmd.touched();
        break;
    }
    for (const auto& [entity, ids] : std::as_const(touched))
        emit changed(entity, ids);
    return report;
}

Result<bool> Store::beginBulkPull(qsizetype incoming)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM "
                               "companies) + (SELECT count(*) FROM deals)")) ||
        !q.next())
        return queryError(q);
    if (q.value(0).toLongLong() >= incoming)
        return false;
    q.finish();
    if (Status s = db::deferReadIndexes(db); !s)
        return s.error();
    return true;
}

Status Store::endBulkPull()
{
    QSqlDatabase db = connection();
    return db::restoreDeferredIndexes(db);
}

Result<QList<sync::Change>> Store::outbox(int limit)
{
    QSqlDatabase db = connection();
    const qint64 acked = metaText(db, QStringLiteral("sync_acked_seq")).toLongLong();
    // Rows of other devices are skipped; a record's insert rows are grouped, so fetch a margin.
    const int rowLimit = limit * 32;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.seq, c.command_id, c.entity, c.entity_id, c.op, c.field, c.old_value, "
        "c.new_value, c.hlc, c.user_id, m.batch_id, m.label FROM changes c "
        "JOIN commands m ON m.id = c.command_id WHERE c.seq > ? AND c.device_id = ? "
        "AND c.entity <> 'user' ORDER BY c.seq LIMIT ?"));
    q.addBindValue(acked);
    q.addBindValue(deviceId());
    q.addBindValue(rowLimit);
    if (!q.exec())
        return queryError(q);
    QList<sync::Change> out;
    int rows = 0;
    while (q.next()) {
        ++rows;
        sync::Change c;
        c.deviceSeq = q.value(0).toLongLong();
        c.commandId = q.value(1).toString();
        c.entity = q.value(2).toString();
        c.entityId = q.value(3).toString();
        const QString op = q.value(4).toString();
        c.field = q.value(5).toString();
        c.hlc = q.value(8).toString();
        c.userId = q.value(9).toString();
        c.batchId = q.value(10).toString();
        c.label = q.value(11).toString();
        c.device = deviceId();
        if (!sync::parseOp(op, &c.op) || c.op == sync::Op::Hide)
            continue; // not a sync operation (older test rows)
        if (c.op == sync::Op::Insert) {
            if (!out.isEmpty()) {
                sync::Change& prev = out.last();
                if (prev.op == sync::Op::Insert && prev.entityId == c.entityId &&
                    prev.commandId == c.commandId) {
                    if (!c.field.isEmpty() && !q.value(7).isNull())
                        prev.fields.insert(c.field, q.value(7));
                    prev.deviceSeq = c.deviceSeq;
                    continue;
                }
            }
            if (!c.field.isEmpty()) {
                if (!q.value(7).isNull())
                    c.fields.insert(c.field, q.value(7));
            } else if (!q.value(7).isNull()) {
                c.fields = fieldsFromCompact(q.value(7));
            }
            c.field.clear();
        } else if (c.op == sync::Op::Update) {
            c.value = q.value(7);
            c.hasOld = true;
            c.oldValue = q.value(6);
        } else {
            c.field.clear();
        }
        out.append(c);
        if (out.size() > limit)
            break;
    }
    const bool truncated = rows == rowLimit || out.size() > limit;
    q.finish();
    // The last record may continue past the page; it goes whole in the next one.
    if (truncated && out.size() > 1)
        out.removeLast();
    if (out.isEmpty()) {
        // Nothing of ours is pending: later scans start after the rows of other devices.
        QSqlQuery top(db);
        if (top.exec(QStringLiteral("SELECT max(seq) FROM changes")) && top.next() &&
            top.value(0).toLongLong() > acked) {
            const qint64 maxSeq = top.value(0).toLongLong();
            top.finish();
            if (Status s = acknowledge(maxSeq); !s)
                return s.error();
        }
    }
    return out;
}

Result<qint64> Store::pendingChangeCount() const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    // One per record per command, as a person counts edits: a new contact is one change, not
    // a row per field.
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT command_id, entity_id FROM "
                             "changes WHERE seq > ? AND device_id = ? AND entity <> 'user')"));
    q.addBindValue(metaText(db, QStringLiteral("sync_acked_seq")).toLongLong());
    q.addBindValue(deviceId());
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Result<qint64> Store::newestLocalSeq() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT max(seq) FROM changes WHERE device_id = ?"));
    q.addBindValue(deviceId());
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Status Store::acknowledge(qint64 deviceSeq)
{
    QSqlDatabase db = connection();
    if (deviceSeq <= metaText(db, QStringLiteral("sync_acked_seq")).toLongLong())
        return {};
    return setSyncValues({{QStringLiteral("acked_seq"), deviceSeq}});
}

Status Store::adoptServerIdentity(const QString& userId, const QList<sync::ServerUser>& users)
{
    if (userId.isEmpty())
        return Error::make(ErrorCode::Usage, tr("The server did not name your user."));
    QSqlDatabase db = connection();
    const QString oldId = m_profile.id;
    if (!db.transaction())
        return Error::make(ErrorCode::Sql, db.lastError().text());
    auto exec = [&](const QString& sql, const QVariantList& values) -> Status {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return queryError(q);
        return {};
    };
    Status s;
    const QString now = nowText();
    // The server's users are reference data owned by the server: written, not logged.
    for (const sync::ServerUser& u : users) {
        if (!s)
            break;
        QSqlQuery check(db);
        check.prepare(QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
        check.addBindValue(u.id);
        const bool known = check.exec() && check.next();
        check.finish();
        s = known ? exec(QStringLiteral("UPDATE users SET name = ?, email = ?, updated_at = ? "
                                        "WHERE id = ?"),
                         {u.name, text(u.email), now, u.id})
                  : exec(QStringLiteral("INSERT INTO users(id, name, email, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?)"),
                         {u.id, u.name, text(u.email), now, now});
    }
    if (s && oldId != userId) {
        // Everything this profile owns, wrote or is assigned becomes the server user's: the
        // rows, and the log that is about to be pushed (its values and its authors).
        const QList<QPair<QString, QString>> refs{
            {QStringLiteral("companies"), QStringLiteral("owner_id")},
            {QStringLiteral("contacts"), QStringLiteral("owner_id")},
            {QStringLiteral("deals"), QStringLiteral("owner_id")},
            {QStringLiteral("activities"), QStringLiteral("owner_id")},
            {QStringLiteral("tasks"), QStringLiteral("assignee_id")}};
        for (const auto& [table, column] : refs) {
            if (!s)
                break;
            s = exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(table, column),
                     {userId, oldId});
        }
        for (const char* sql :
             {"UPDATE changes SET new_value = ? WHERE new_value = ? AND field IN ('owner_id', "
              "'assignee_id')",
              "UPDATE changes SET old_value = ? WHERE old_value = ? AND field IN ('owner_id', "
              "'assignee_id')",
              "UPDATE changes SET user_id = ? WHERE user_id = ?",
              "UPDATE commands SET user_id = ? WHERE user_id = ?",
              "UPDATE meta SET value = ? WHERE key = 'user_id' AND value = ?"}) {
            if (!s)
                break;
            s = exec(QLatin1String(sql), {userId, oldId});
        }
        if (s)
            s = exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {oldId});
        if (s)
            s = exec(QStringLiteral("DELETE FROM changes WHERE entity = 'user' AND entity_id = ?"),
                     {oldId});
    }
    if (s)
        s = exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('user_id', ?)"),
                 {userId});
    // A new server starts from the beginning: push everything of this device, pull everything.
    for (const char* key : {"sync_acked_seq", "sync_cursor"}) {
        if (s)
            s = exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QLatin1String(key)});
    }
    if (!s || !db.commit()) {
        db.rollback();
        return s ? Error::make(ErrorCode::Sql, db.lastError().text()) : s;
    }
    m_profile.id = userId;
    for (const sync::ServerUser& u : users) {
        if (u.id == userId) {
            m_profile.name = u.name;
            m_profile.email = u.email;
        }
    }
    emit changed(QStringLiteral("user"), {userId});
    return {};
}

Status Store::recordLostPush(const sync::Change& mine, const QString& reason)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO sync_overwritten(entity, entity_id, field, local_value, local_hlc, "
        "winning_value, winning_hlc, deleted, detected_at) VALUES (?, ?, ?, ?, ?, NULL, '', ?, "
        "?)"));
    for (const QVariant& v :
         {QVariant(mine.entity), QVariant(mine.entityId), QVariant(mine.field), mine.value,
          QVariant(mine.hlc), QVariant(qint64(reason == QLatin1String("deleted") ? 1 : 0)),
          QVariant(nowText())})
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q);
    return {};
}

Result<QList<OverwrittenValue>> Store::overwrittenValues() const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT o.id, o.entity, o.entity_id, o.field, o.local_value, o.winning_value, "
            "o.winning_hlc, u.name, o.deleted, o.restored_at FROM sync_overwritten o "
            "LEFT JOIN users u ON u.id = o.winning_user_id WHERE o.dismissed = 0 "
            "ORDER BY o.id DESC")))
        return queryError(q);
    QList<OverwrittenValue> out;
    while (q.next()) {
        OverwrittenValue v;
        v.id = q.value(0).toLongLong();
        v.entity = q.value(1).toString();
        v.entityId = q.value(2).toString();
        v.field = q.value(3).toString();
        v.localValue = q.value(4);
        v.winningValue = q.value(5);
        changes::Hlc h;
        if (changes::Hlc::parse(q.value(6).toString(), &h))
            v.winningAt = QDateTime::fromMSecsSinceEpoch(h.wallMs, Qt::UTC);
        v.winningUserName = q.value(7).toString();
        v.deleted = q.value(8).toLongLong() != 0;
        v.restored = !q.value(9).isNull();
        out.append(v);
    }
    q.finish();
    for (OverwrittenValue& v : out) {
        auto row = readEntity(connection(), v.entity, v.entityId);
        if (row && !v.winningAt.isValid() &&
            !v.field.isEmpty()) // lost at the server: its value now
            v.winningValue = row->value(v.field);
        v.localText = readableValue(v.field, v.localValue);
        v.winningText = readableValue(v.field, v.winningValue);
        if (!row)
            continue;
        if (v.entity == QLatin1String("contact"))
            v.recordName = contactFrom(v.entityId, *row).displayName();
        else
            v.recordName =
                row->value(row->contains(QStringLiteral("name")) ? QStringLiteral("name")
                                                                 : QStringLiteral("title"))
                    .toString();
    }
    return out;
}

Status Store::restoreOverwritten(qint64 id)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT entity, entity_id, field, local_value, deleted FROM "
                             "sync_overwritten WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, tr("No overwritten value %1.").arg(id));
    const QString entity = q.value(0).toString();
    const QString entityId = q.value(1).toString();
    const QString field = q.value(2).toString();
    const QVariant value = q.value(3);
    const bool deleted = q.value(4).toLongLong() != 0;
    q.finish();
    if (deleted || field.isEmpty())
        return Error::make(ErrorCode::Conflict,
                           tr("The record was deleted on another device; it cannot be restored "
                              "from here."));
    return execute(QStringLiteral("Restore overwritten value"), [&](Command& cmd) -> Status {
        if (!cmd.exists(entity, entityId))
            return Error::make(
                ErrorCode::NotFound,
                tr("The %1 no longer exists; its value cannot be restored.").arg(entity));
        QVariantMap fields{{field, value}};
        if (entityDef(entity)->columns.contains(QStringLiteral("updated_at")) &&
            field != QLatin1String("updated_at"))
            fields.insert(QStringLiteral("updated_at"), nowText());
        if (Status s = cmd.update(entity, entityId, fields); !s)
            return s;
        auto r = cmd.run(QStringLiteral("UPDATE sync_overwritten SET restored_at = ? WHERE id = ?"),
                         {nowText(), id});
        return r ? Status() : Status(r.error());
    });
}

Status Store::dismissOverwritten(qint64 id)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("UPDATE sync_overwritten SET dismissed = 1 WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    return {};
}

Status Store::recordSyncRun(const SyncRun& run)
{
    QSqlDatabase db = connection();
    const QString finished = run.finishedAt.toUTC().toString(Qt::ISODateWithMs);
    // The newest row takes this run when neither exchanged anything, or both failed alike: an
    // hour offline is one line, not sixty.
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT id, pushed + pulled + conflicts + stale + rejected, "
                                  "coalesce(problems, ''), coalesce(error, '') FROM sync_runs "
                                  "ORDER BY id DESC LIMIT 1")))
        return queryError(last);
    if (last.next() && run.exchangedNothing() && last.value(1).toLongLong() == 0 &&
        last.value(2).toString().isEmpty() && last.value(3).toString() == run.error) {
        const qint64 id = last.value(0).toLongLong();
        last.finish();
        QSqlQuery fold(db);
        fold.prepare(QStringLiteral(
            "UPDATE sync_runs SET finished_at = ?, repeats = repeats + ? WHERE id = ?"));
        fold.addBindValue(finished);
        fold.addBindValue(std::max(1, run.repeats));
        fold.addBindValue(id);
        if (!fold.exec())
            return queryError(fold);
        return {};
    }
    last.finish();
    if (!db.transaction())
        return Error::make(ErrorCode::Sql, db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sync_runs(started_at, finished_at, pushed, pulled, conflicts, stale, "
        "rejected, error, problems, repeats) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(run.startedAt.toUTC().toString(Qt::ISODateWithMs)), QVariant(finished),
          QVariant(run.pushed), QVariant(run.pulled), QVariant(run.conflicts), QVariant(run.stale),
          QVariant(run.rejected), run.error.isEmpty() ? QVariant() : QVariant(run.error),
          run.problems.isEmpty() ? QVariant() : QVariant(run.problems.join(QLatin1Char('\n'))),
          QVariant(std::max(1, run.repeats))})
        q.addBindValue(v);
    QSqlQuery trim(db);
    if (!q.exec() ||
        !trim.exec(QStringLiteral(
            "DELETE FROM sync_runs WHERE id <= (SELECT max(id) - 200 FROM sync_runs)"))) {
        const Error e = queryError(q.lastError().isValid() ? q : trim);
        db.rollback();
        return e;
    }
    if (!db.commit())
        return Error::make(ErrorCode::Sql, db.lastError().text());
    return {};
}

Result<QList<SyncRun>> Store::syncRuns(int limit) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, started_at, finished_at, pushed, pulled, conflicts, stale, rejected, error, "
        "problems, repeats FROM sync_runs ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(q);
    QList<SyncRun> out;
    while (q.next()) {
        SyncRun r;
        r.id = q.value(0).toLongLong();
        r.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.finishedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        r.pushed = q.value(3).toInt();
        r.pulled = q.value(4).toInt();
        r.conflicts = q.value(5).toInt();
        r.stale = q.value(6).toInt();
        r.rejected = q.value(7).toInt();
        r.error = q.value(8).toString();
        const QString problems = q.value(9).toString();
        if (!problems.isEmpty())
            r.problems = problems.split(QLatin1Char('\n'));
        r.repeats = q.value(10).toInt();
        out.append(r);
    }
    return out;
}

} // namespace baza::store
