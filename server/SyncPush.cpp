#include "server/Log.h"
#include "server/PushBatch.h"
#include "server/SyncService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace baza::server {

namespace {

using sync::PushStatus;

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::server", text);
}

const char* const RecordColumns =
    "SELECT entity, entity_id, owner_id, private, coalesce(contact_id::text, ''), "
    "coalesce(deal_id::text, ''), restricted, coalesce(restricted_to::text, ''), deleted, erased, "
    "created_by, created_hlc, coalesce(deleted_hlc, ''), rec_device, rec_device_seq, "
    "rec_command_id, coalesce(rec_user_id::text, '') FROM records ";

void readRecords(const PgResult& r, QHash<QString, RecordState>& records)
{
    for (int i = 0; i < r.rows(); ++i) {
        const QString key = recordKey(r.text(i, 0), r.text(i, 1));
        if (records.contains(key))
            continue;
        RecordState& s = records[key];
        s.entity = r.text(i, 0);
        s.entityId = r.text(i, 1);
        s.exists = s.existedBefore = true;
        s.ownerId = r.text(i, 2);
        s.isPrivate = r.boolean(i, 3);
        s.contactId = r.text(i, 4);
        s.dealId = r.text(i, 5);
        s.stored = Restriction{r.boolean(i, 6), r.text(i, 7)};
        s.restriction = s.stored;
        s.deleted = r.boolean(i, 8);
        s.erased = r.boolean(i, 9);
        s.createdBy = r.text(i, 10);
        s.createdHlc = r.text(i, 11);
        s.deletedHlc = r.text(i, 12);
        s.recDevice = r.text(i, 13);
        s.recDeviceSeq = r.int64(i, 14);
        s.recCommandId = r.text(i, 15);
        s.recUserId = r.text(i, 16);
    }
}

// The records with these ids, and with `withFields` the clocks of their fields.
Status loadRecords(PgConnection& c, const QString& org, const QStringList& ids,
                   QHash<QString, RecordState>& records, bool withFields)
{
    if (ids.isEmpty())
        return {};
    const QByteArray sql =
        QByteArray(RecordColumns) + "WHERE organization_id = $1 AND entity_id = ANY($2::uuid[])";
    PgResult r = c.exec(sql.constData(), {org, uuidArray(ids)});
    if (!r.ok())
        return r.error();
    readRecords(r, records);
    if (!withFields)
        return {};
    PgResult f = c.exec("SELECT entity, entity_id, field, hlc FROM field_states "
                        "WHERE organization_id = $1 AND entity_id = ANY($2::uuid[])",
                        {org, uuidArray(ids)});
    if (!f.ok())
        return f.error();
    for (int i = 0; i < f.rows(); ++i) {
        auto it = records.find(recordKey(f.text(i, 0), f.text(i, 1)));
        changes::Hlc h;
        if (it != records.end() && changes::Hlc::parse(f.text(i, 3), &h))
            it->fieldHlc.insert(f.text(i, 2), h);
    }
    return {};
}

// Contacts and deals that records in memory belong to (and theirs, up the chain), not loaded yet.
QStringList missingParents(const QHash<QString, RecordState>& records, QSet<QString>* asked)
{
    QStringList out;
    auto want = [&](const char* entity, const QString& id) {
        if (id.isEmpty() || asked->contains(id) ||
            records.contains(recordKey(QLatin1String(entity), id)))
            return;
        asked->insert(id);
        out << id;
    };
    for (const RecordState& r : records) {
        want("contact", r.contactId);
        want("deal", r.dealId);
    }
    return out;
}

// Every contact and deal `records` depend on is loaded (a deal item's deal, that deal's contact).
Status loadParents(PgConnection& c, const QString& org, QHash<QString, RecordState>& records,
                   QSet<QString>* asked)
{
    for (int round = 0; round < 4; ++round) {
        const QStringList ids = missingParents(records, asked);
        if (ids.isEmpty())
            break;
        if (Status s = loadRecords(c, org, ids, records, false); !s)
            return s;
    }
    return {};
}

// Per-record advisory locks, sorted so that concurrent pushes take them in the same order.
Status lockKeys(PgConnection& c, QList<qint64> keys)
{
    if (keys.isEmpty())
        return {};
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QStringList parts;
    for (qint64 k : keys)
        parts << QString::number(k);
    return c.run("SELECT pg_advisory_xact_lock(k) FROM "
                 "(SELECT unnest($1::bigint[]) AS k ORDER BY 1) s",
                 {QStringLiteral("{%1}").arg(parts.join(QLatin1Char(',')))});
}

// Locks of records found only after the first locks (contacts and deals the pushed records
// belong to): tried without waiting, so lock order cannot deadlock; on failure the push starts
// over taking all of them in order.
Result<bool> tryLockKeys(PgConnection& c, const QList<qint64>& keys)
{
    QStringList parts;
    for (qint64 k : keys)
        parts << QString::number(k);
    PgResult r = c.exec("SELECT bool_and(pg_try_advisory_xact_lock(k)) FROM unnest($1::bigint[]) k",
                        {QStringLiteral("{%1}").arg(parts.join(QLatin1Char(',')))});
    if (!r.ok())
        return r.error();
    return r.rows() == 0 || r.isNull(0, 0) || r.boolean(0, 0);
}

int depth(const QHash<QString, RecordState>& records, const RecordState& r, int guard = 0)
{
    int d = 0;
    if (guard > 3)
        return d;
    for (const auto& [entity, id] : {std::pair{"contact", &r.contactId}, {"deal", &r.dealId}}) {
        auto it = records.constFind(recordKey(QLatin1String(entity), *id));
        if (!id->isEmpty() && it != records.constEnd())
            d = std::max(d, 1 + depth(records, *it, guard + 1));
    }
    return d;
}

QJsonValue nullable(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject encodeFields(const QVariantMap& fields)
{
    QJsonObject o;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        o.insert(it.key(), sync::encodeValue(it.value()));
    return o;
}

// The organization's counter row and the writes that take its versions, in one statement. The
// row's lock is held until COMMIT (versions are handed out in commit order: no gaps for pulls),
// so everything else is written before it: every push of the organization waits for this
// statement and the COMMIT only, not for a round trip per table. Versions in $2 and $3 are
// relative (1…$6); the counter's old value is added here.
const char* const WriteVersioned =
    "WITH v AS (UPDATE organizations SET last_version = last_version + $6 WHERE id = $1 "
    " RETURNING last_version - $6 AS base), "
    "r AS (INSERT INTO records (organization_id, entity, entity_id, owner_id, private, "
    " contact_id, deal_id, restricted, restricted_to, deleted, erased, created_by, created_hlc, "
    " deleted_hlc, rec_device, rec_device_seq, rec_command_id, rec_user_id, created_version, "
    " version) "
    " SELECT $1, x.entity, x.entity_id, x.owner_id, x.private, x.contact_id, x.deal_id, "
    " x.restricted, x.restricted_to, x.deleted, x.erased, x.created_by, x.created_hlc, "
    " x.deleted_hlc, x.rec_device, x.rec_device_seq, x.rec_command_id, x.rec_user_id, "
    " v.base + x.version, v.base + x.version FROM v, jsonb_to_recordset($2::jsonb) AS "
    " x(entity text, entity_id uuid, owner_id uuid, private boolean, contact_id uuid, deal_id "
    " uuid, restricted boolean, restricted_to uuid, deleted boolean, erased boolean, created_by "
    " uuid, created_hlc text, deleted_hlc text, rec_device text, rec_device_seq bigint, "
    " rec_command_id text, rec_user_id uuid, version bigint) "
    " ON CONFLICT (organization_id, entity, entity_id) DO UPDATE SET owner_id = "
    " EXCLUDED.owner_id, private = EXCLUDED.private, contact_id = EXCLUDED.contact_id, deal_id = "
    " EXCLUDED.deal_id, restricted = EXCLUDED.restricted, restricted_to = "
    " EXCLUDED.restricted_to, deleted = EXCLUDED.deleted, erased = EXCLUDED.erased, "
    " created_hlc = EXCLUDED.created_hlc, deleted_hlc = EXCLUDED.deleted_hlc, rec_device = "
    " EXCLUDED.rec_device, rec_device_seq = EXCLUDED.rec_device_seq, rec_command_id = "
    " EXCLUDED.rec_command_id, rec_user_id = EXCLUDED.rec_user_id, version = EXCLUDED.version), "
    "f AS (INSERT INTO field_states (organization_id, entity, entity_id, field, value, has_old, "
    " old, hlc, device, user_id, version, device_seq, command_id, batch_id, label, ahead) "
    " SELECT $1, x.entity, x.entity_id, x.field, x.value, x.has_old, x.old, x.hlc, $4, $5, "
    " v.base + x.version, x.device_seq, x.command_id, x.batch_id, x.label, x.ahead "
    " FROM v, jsonb_to_recordset($3::jsonb) AS x(entity text, entity_id uuid, field text, "
    " value jsonb, has_old boolean, old jsonb, hlc text, version bigint, device_seq bigint, "
    " command_id text, batch_id text, label text, ahead boolean) "
    " ON CONFLICT (organization_id, entity, entity_id, field) DO UPDATE SET value = "
    " EXCLUDED.value, has_old = EXCLUDED.has_old, old = EXCLUDED.old, hlc = EXCLUDED.hlc, "
    " device = EXCLUDED.device, user_id = EXCLUDED.user_id, version = EXCLUDED.version, "
    " device_seq = EXCLUDED.device_seq, command_id = EXCLUDED.command_id, batch_id = "
    " EXCLUDED.batch_id, label = EXCLUDED.label, ahead = EXCLUDED.ahead) "
    "SELECT base FROM v";

// The push's log and the device's acknowledgement, in one round trip.
const char* const LogAndAck =
    "WITH l AS (INSERT INTO change_log (organization_id, device, device_seq, command_id, entity, "
    " entity_id, op, field, value, fields, hlc, user_id, batch_id, label, status, reason) "
    " SELECT $1, $2, x.device_seq, x.command_id, x.entity, x.entity_id, x.op, "
    " nullif(x.field, ''), x.value, x.fields, x.hlc, $3, nullif(x.batch_id, ''), x.label, "
    " x.status, nullif(x.reason, '') FROM jsonb_to_recordset($4::jsonb) AS x(device_seq bigint, "
    " command_id text, entity text, entity_id text, op text, field text, value jsonb, fields "
    " jsonb, hlc text, batch_id text, label text, status text, reason text)) "
    "INSERT INTO devices AS d (organization_id, device, user_id, acked_seq) VALUES ($1, $2, $3, "
    " $5) ON CONFLICT (organization_id, device) DO UPDATE SET acked_seq = "
    " greatest(d.acked_seq, $5)";

// One push: what the request says, and what the transaction decides.
struct PushWork
{
    QList<CheckedChange> checked;
    QList<Verdict> verdicts;
    QList<QString> reasons;
    QList<Outcome> outcomes;
    qsizetype stopAt = 0;     // the first change not settled (clock_skew); everything from it waits
    QList<qint64> extraLocks; // from an earlier attempt that could not take them without waiting
};

} // namespace

ApiReply SyncService::push(const Session& session, const QJsonObject& body)
{
    const QString device = body.value(QLatin1String("device")).toString();
    if (!isValidDeviceId(device))
        return ApiReply::error(400, sync::errors::BadRequest,
                               tr("\"device\" must be the device id used at login."));
    if (device != session.device)
        return ApiReply::error(403, sync::errors::Forbidden,
                               tr("This session belongs to another device; log in again."));
    const QJsonValue changesValue = body.value(QLatin1String("changes"));
    if (!changesValue.isArray())
        return ApiReply::error(400, sync::errors::BadRequest, tr("\"changes\" must be a list."));
    const QJsonArray changesJson = changesValue.toArray();
    if (changesJson.size() > sync::MaxPushChanges)
        return ApiReply::error(413, sync::errors::TooLarge,
                               tr("At most %1 changes per push.").arg(sync::MaxPushChanges));

    // Decode and check every change before touching the database. A change the server cannot
    // accept is answered "rejected" and the others still apply; only a request whose changes
    // cannot even be told apart (no increasing device_seq) is refused whole.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    PushWork w;
    const qsizetype n = changesJson.size();
    w.checked.resize(n);
    w.verdicts.resize(n);
    w.reasons.resize(n);
    QStringList seqs;
    qint64 previous = 0;
    w.stopAt = n;
    for (qsizetype i = 0; i < n; ++i) {
        const QJsonObject o = changesJson.at(i).toObject();
        const QVariant seq = o.value(QLatin1String("device_seq")).toVariant();
        if (!changesJson.at(i).isObject() || seq.typeId() != QMetaType::LongLong ||
            seq.toLongLong() <= previous)
            return ApiReply::error(
                400, sync::errors::BadRequest,
                tr("Change %1 has no device_seq above the previous one's.").arg(i));
        previous = seq.toLongLong();
        w.verdicts[i] =
            checkPushedChange(o, device, now, m_maxSkewMs, &w.checked[i], &w.reasons[i]);
        w.checked[i].change.deviceSeq = previous;
        seqs << QString::number(previous);
    }

    auto lease = m_pool.acquire();
    if (!lease)
        return ApiReply::error(503, sync::errors::Unavailable, tr("The database is unavailable."));
    const QString org = session.organizationId;
    auto result = inTransaction<qint64>(**lease, "BEGIN", [&](PgConnection& c) -> Result<qint64> {
        // One push per device at a time: replays and retries cannot interleave.
        if (Status s = c.run("SELECT pg_advisory_xact_lock($1)",
                             {lockKey(QStringLiteral("device"), org, device)});
            !s)
            return s.error();
        PgResult dev = c.exec("SELECT user_id, acked_seq FROM devices "
                              "WHERE organization_id = $1 AND device = $2",
                              {org, device});
        if (!dev.ok())
            return dev.error();
        qint64 acked = 0;
        if (dev.rows() > 0) {
            if (dev.text(0, 0) != session.userId)
                return Error::make(ErrorCode::Conflict, tr("device of another user"));
            acked = dev.int64(0, 1);
        }
        // Changes already stored (a replay): their first outcome is the answer.
        QHash<qint64, Outcome> done;
        PgResult seen =
            c.exec("SELECT device_seq, status, coalesce(reason, '') FROM change_log "
                   "WHERE organization_id = $1 AND device = $2 AND device_seq = "
                   "ANY($3::bigint[])",
                   {org, device, QStringLiteral("{%1}").arg(seqs.join(QLatin1Char(',')))});
        if (!seen.ok())
            return seen.error();
        for (int i = 0; i < seen.rows(); ++i) {
            PushStatus st = PushStatus::Applied;
            for (PushStatus s : {PushStatus::Applied, PushStatus::Stale, PushStatus::Rejected})
                if (sync::pushStatusName(s) == seen.text(i, 1))
                    st = s;
            done.insert(seen.int64(i, 0), {st, seen.text(i, 2)});
        }
        w.stopAt = n;
        for (qsizetype i = 0; i < n; ++i) {
            if (w.verdicts[i] == Verdict::Retry && !done.contains(w.checked[i].change.deviceSeq)) {
                w.stopAt = i;
                break;
            }
        }

        QList<qint64> keys = w.extraLocks;
        QStringList ids;
        for (qsizetype i = 0; i < w.stopAt; ++i) {
            const sync::Change& ch = w.checked[i].change;
            if (w.verdicts[i] == Verdict::Ok && !done.contains(ch.deviceSeq)) {
                keys << lockKey(org, ch.entity, ch.entityId);
                ids << ch.entityId;
            }
        }
        if (Status s = lockKeys(c, keys); !s)
            return s.error();
        QHash<QString, RecordState> records;
        if (Status s = loadRecords(c, org, ids, records, true); !s)
            return s.error();
        // Contacts and deals the pushed records belong to, stored or about to be.
        QSet<QString> asked(ids.begin(), ids.end());
        QStringList linked;
        for (qsizetype i = 0; i < w.stopAt; ++i) {
            const sync::Change& ch = w.checked[i].change;
            if (w.verdicts[i] != Verdict::Ok)
                continue;
            const QVariantMap values =
                ch.isCompactInsert() ? ch.fields : QVariantMap{{ch.field, ch.value}};
            for (const char* link : {"contact_id", "deal_id"}) {
                const QString id = values.value(QLatin1String(link)).toString();
                if (!id.isEmpty() && !asked.contains(id)) {
                    asked.insert(id);
                    linked << id;
                }
            }
        }
        if (Status s = loadRecords(c, org, linked, records, false); !s)
            return s.error();
        if (Status s = loadParents(c, org, records, &asked); !s)
            return s.error();
        QList<qint64> parentLocks;
        for (const RecordState& r : std::as_const(records)) {
            const qint64 k = lockKey(org, r.entity, r.entityId);
            if (!keys.contains(k))
                parentLocks << k;
        }
        if (!parentLocks.isEmpty()) {
            auto got = tryLockKeys(c, parentLocks);
            if (!got)
                return got.error();
            if (!*got) {
                w.extraLocks << parentLocks;
                Error retry = Error::make(ErrorCode::Sql, QStringLiteral("lock order"));
                retry.sqliteCode = 40001; // inTransaction starts over
                return retry;
            }
        }

        PushBatch batch(session, records);
        QJsonArray log;
        qint64 maxSeq = acked;
        w.outcomes = QList<Outcome>(n);
        for (qsizetype i = 0; i < w.stopAt; ++i) {
            const sync::Change& ch = w.checked[i].change;
            maxSeq = std::max(maxSeq, ch.deviceSeq);
            if (auto d = done.constFind(ch.deviceSeq); d != done.constEnd()) {
                w.outcomes[i] = *d;
                continue;
            }
            w.outcomes[i] = w.verdicts[i] == Verdict::Ok
                                ? batch.apply(w.checked[i])
                                : Outcome{PushStatus::Rejected, w.reasons[i]};
            done.insert(ch.deviceSeq, w.outcomes[i]);
            const bool keepValue = w.outcomes[i].status != PushStatus::Rejected;
            log.append(QJsonObject{
                {QStringLiteral("device_seq"), ch.deviceSeq},
                {QStringLiteral("command_id"), ch.commandId.left(64)},
                {QStringLiteral("entity"), ch.entity.left(40)},
                {QStringLiteral("entity_id"), ch.entityId.left(40)},
                {QStringLiteral("op"), w.checked[i].rawOp},
                {QStringLiteral("field"), ch.field.left(64)},
                {QStringLiteral("value"),
                 keepValue && !ch.isCompactInsert() ? sync::encodeValue(ch.value) : QJsonValue()},
                {QStringLiteral("fields"), keepValue && ch.isCompactInsert()
                                               ? QJsonValue(encodeFields(ch.fields))
                                               : QJsonValue()},
                {QStringLiteral("hlc"), ch.hlc.left(100)},
                {QStringLiteral("batch_id"), ch.batchId},
                {QStringLiteral("label"), ch.label},
                {QStringLiteral("status"), sync::pushStatusName(w.outcomes[i].status)},
                {QStringLiteral("reason"), w.outcomes[i].reason},
            });
        }

        // Who may see what after this push. Records in the database that belong to a contact
        // or deal whose visibility changed follow it (and theirs, down the chain).
        QSet<QString> followed;
        for (int round = 0; round < 4; ++round) {
            QSet<QString> parents = batch.settleRestrictions() - followed;
            if (parents.isEmpty())
                break;
            followed.unite(parents);
            const QString array = uuidArray(QStringList(parents.begin(), parents.end()));
            const QByteArray sql =
                QByteArray(RecordColumns) +
                "WHERE organization_id = $1 AND NOT erased AND (contact_id = ANY($2::uuid[]) OR "
                "deal_id = ANY($2::uuid[]))";
            PgResult d = c.exec(sql.constData(), {org, array});
            if (!d.ok())
                return d.error();
            readRecords(d, records);
            if (Status s = loadParents(c, org, records, &asked); !s)
                return s.error();
        }

        const QSet<QString>& erased = batch.erasedKeys();
        // Versions in an order clients can apply: records that changed visibility first, those
        // that belong to others before what they belong to (a deal's items are hidden before
        // the deal); then the pushed records in the push's order; then single fields. A
        // record's row stands for all its fields written in the same push (a pull sends it
        // whole), so those fields share its version.
        QList<RecordState*> dirty;
        for (RecordState& r : records)
            if (r.dirty)
                dirty.append(&r);
        QHash<const RecordState*, int> depths;
        for (RecordState* r : std::as_const(dirty))
            depths.insert(
                r, r->existedBefore && r->restriction != r->stored ? 100 + depth(records, *r) : 0);
        std::sort(dirty.begin(), dirty.end(), [&](const RecordState* a, const RecordState* b) {
            const int da = depths.value(a), db = depths.value(b);
            if (da != db)
                return da > db;
            return a->order < b->order;
        });
        qsizetype singleFields = 0;
        for (const FieldWrite& f : batch.fieldWrites()) {
            const RecordState& r = records[recordKey(f.entity, f.entityId)];
            if (!r.dirty && !erased.contains(recordKey(f.entity, f.entityId)))
                ++singleFields;
        }
        const qint64 needed = dirty.size() + singleFields;

        // Everything that needs no version first (see WriteVersioned).
        if (Status s = c.run(LogAndAck, {org, device, session.userId, jsonText(log), maxSeq}); !s)
            return s.error();
        // A record that existed and takes a new version now (deleted, its visibility changed,
        // fields written with it) covers every field row it has: they are no longer "ahead"
        // (SchemaV4). Left flagged, rows that can never go out again would stay in the pulls'
        // index, and a first sync after a bulk edit and delete would scan them on every page.
        QStringList existing;
        for (const RecordState* r : std::as_const(dirty))
            if (r->existedBefore)
                existing << r->entityId;
        if (!existing.isEmpty()) {
            if (Status s = c.run("UPDATE field_states SET ahead = false WHERE organization_id = $1 "
                                 "AND ahead AND entity_id = ANY($2::uuid[])",
                                 {org, uuidArray(existing)});
                !s)
                return s.error();
        }
        for (const QString& key : erased) {
            // Erasure (GDPR): no value of the record survives, neither current nor historic.
            const QStringList parts = key.split(QLatin1Char('/'));
            if (Status s = c.run("DELETE FROM field_states WHERE organization_id = $1 AND "
                                 "entity = $2 AND entity_id = $3",
                                 {org, parts.at(0), parts.at(1)});
                !s)
                return s.error();
            if (Status s = c.run("UPDATE change_log SET value = NULL, fields = NULL, label = NULL "
                                 "WHERE organization_id = $1 AND entity = $2 AND entity_id = $3",
                                 {org, parts.at(0), parts.at(1)});
                !s)
                return s.error();
        }
        if (needed > 0) {
            qint64 next = 0; // relative to the counter's value, added in WriteVersioned
            QHash<QString, qint64> recordVersion;
            QJsonArray recs, fields;
            for (const RecordState* r : std::as_const(dirty)) {
                recordVersion.insert(recordKey(r->entity, r->entityId), ++next);
                recs.append(QJsonObject{
                    {QStringLiteral("entity"), r->entity},
                    {QStringLiteral("entity_id"), r->entityId},
                    {QStringLiteral("owner_id"), r->ownerId},
                    {QStringLiteral("private"), r->isPrivate},
                    {QStringLiteral("contact_id"), nullable(r->contactId)},
                    {QStringLiteral("deal_id"), nullable(r->dealId)},
                    {QStringLiteral("restricted"), r->restriction.restricted},
                    {QStringLiteral("restricted_to"), nullable(r->restriction.to)},
                    {QStringLiteral("deleted"), r->deleted},
                    {QStringLiteral("erased"), r->erased},
                    {QStringLiteral("created_by"), r->createdBy},
                    {QStringLiteral("created_hlc"), r->createdHlc},
                    {QStringLiteral("deleted_hlc"), nullable(r->deletedHlc)},
                    {QStringLiteral("rec_device"), r->recDevice},
                    {QStringLiteral("rec_device_seq"), r->recDeviceSeq},
                    {QStringLiteral("rec_command_id"), r->recCommandId},
                    {QStringLiteral("rec_user_id"), nullable(r->recUserId)},
                    {QStringLiteral("version"), next},
                });
            }
            for (const FieldWrite& f : batch.fieldWrites()) {
                const QString key = recordKey(f.entity, f.entityId);
                if (erased.contains(key))
                    continue;
                const qint64 version = recordVersion.value(key, 0);
                fields.append(QJsonObject{
                    {QStringLiteral("entity"), f.entity},
                    {QStringLiteral("entity_id"), f.entityId},
                    {QStringLiteral("field"), f.field},
                    {QStringLiteral("value"), sync::encodeValue(f.value)},
                    {QStringLiteral("has_old"), f.hasOld},
                    {QStringLiteral("old"),
                     f.hasOld ? sync::encodeValue(f.oldValue) : QJsonValue()},
                    {QStringLiteral("hlc"), f.hlc},
                    {QStringLiteral("version"), version > 0 ? version : ++next},
                    {QStringLiteral("device_seq"), f.deviceSeq},
                    {QStringLiteral("command_id"), f.commandId},
                    {QStringLiteral("batch_id"), f.batchId},
                    {QStringLiteral("label"), f.label},
                    {QStringLiteral("ahead"), version == 0}, // see SchemaV4
                });
            }
            if (Status s = c.run(WriteVersioned, {org, jsonText(recs), jsonText(fields), device,
                                                  session.userId, needed});
                !s)
                return s.error();
        }
        return maxSeq;
    });
    if (!result) {
        if (result.code() == ErrorCode::Conflict)
            return ApiReply::error(403, sync::errors::Forbidden,
                                   tr("This device is registered to another user."));
        logEvent("error", QStringLiteral("push_failed"),
                 {{QStringLiteral("org"), org}, {QStringLiteral("why"), result.message()}});
        return ApiReply::error(500, sync::errors::Internal,
                               tr("The server could not store the changes; try again."));
    }
    sync::PushResponse response;
    response.ackedDeviceSeq = *result;
    response.serverTimeMs = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < n; ++i) {
        Outcome o = i < w.stopAt
                        ? w.outcomes[i]
                        : Outcome{PushStatus::Retry, i == w.stopAt ? QStringLiteral("clock_skew")
                                                                   : QStringLiteral("blocked")};
        response.results << sync::PushResult{w.checked[i].change.deviceSeq, o.status, o.reason};
    }
    return ApiReply::ok(sync::encode(response));
}

} // namespace baza::server
