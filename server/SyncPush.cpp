#include "server/Log.h"
#include "server/SyncService.h"
#include "server/WireChange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace baza::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::server", text);
}

// A record as push sees it while applying one request: loaded from `records`/`field_states`,
// then changed in memory by each change, then written back in one go.
struct RecordState
{
    QString entity;
    QString entityId;
    bool exists = false;
    bool existedBefore = false;
    QString ownerId; // effective: the owner_id field, or the creator
    QString createdBy;
    bool isPrivate = false;
    QString contactId;
    bool deleted = false;
    bool erased = false;
    QString createdHlc; // the existence clock while alive: HLC of the latest insert
    QString deletedHlc; // ... and while deleted: HLC of the delete
    // Who made the latest existence change (for pulls of tombstones and re-sent records).
    QString recDevice;
    qint64 recDeviceSeq = 0;
    QString recCommandId;
    QString recUserId;
    bool dirty = false;             // the records row changes (new version)
    bool visibilityChanged = false; // private/owner/contact changed
    QHash<QString, changes::Hlc> fieldHlc;
};

struct FieldWrite
{
    QString entity;
    QString entityId;
    QString field;
    QJsonValue value;
    QString hlc;
    qint64 deviceSeq = 0;
    QString commandId;
    QString batchId;
    QString label;
};

struct Outcome
{
    QString status; // applied, stale, rejected
    QString reason;
};

QString recordKey(const QString& entity, const QString& id)
{
    return entity + QLatin1Char('/') + id;
}

QString contactKey(const QString& id)
{
    return recordKey(QStringLiteral("contact"), id);
}

QString stringOrEmpty(const QJsonValue& v)
{
    return v.isString() ? v.toString() : QString();
}

// Everything one push does, in the order the request lists its changes.
class PushBatch
{
public:
    PushBatch(const Session& s, QHash<QString, RecordState>& records)
        : m_session(s)
        , m_records(records)
    {}

    Outcome apply(const WireChange& c);

    QList<FieldWrite> fieldWrites() const { return m_fieldWrites; }
    QSet<QString> erasedKeys() const { return m_erased; }

private:
    bool seesAll() const { return m_session.role != Role::Sales; }
    bool contactVisible(const QString& contactId) const;
    bool visible(const RecordState& r) const;
    bool owns(const RecordState& r) const { return r.ownerId == m_session.userId; }
    Outcome applyFields(RecordState& r, const WireChange& c, const QJsonObject& values);
    void setField(RecordState& r, const WireChange& c, const QString& field,
                  const QJsonValue& value);
    void stampExistence(RecordState& r, const WireChange& c) const
    {
        r.recDevice = m_session.device;
        r.recDeviceSeq = c.deviceSeq;
        r.recCommandId = c.commandId;
        r.recUserId = m_session.userId;
        r.dirty = true;
    }

    const Session& m_session;
    QHash<QString, RecordState>& m_records;
    QList<FieldWrite> m_fieldWrites;
    QHash<QString, qsizetype> m_fieldIndex;
    QSet<QString> m_erased;
};

bool PushBatch::contactVisible(const QString& contactId) const
{
    if (seesAll() || contactId.isEmpty())
        return true;
    auto it = m_records.constFind(contactKey(contactId));
    if (it == m_records.constEnd() || !it->exists)
        return true; // an unknown contact hides nothing
    return !it->isPrivate || it->ownerId == m_session.userId;
}

// A sales user sees shared records and their own private ones; a record linked to a contact
// (activity, task, deal, consent) is also hidden whenever that contact is hidden.
bool PushBatch::visible(const RecordState& r) const
{
    if (seesAll())
        return true;
    if (r.isPrivate && r.ownerId != m_session.userId)
        return false;
    return !dependsOnContact(r.entity) || contactVisible(r.contactId);
}

void PushBatch::setField(RecordState& r, const WireChange& c, const QString& field,
                         const QJsonValue& value)
{
    r.fieldHlc.insert(field, c.hlc);
    const QString key = recordKey(r.entity, r.entityId) + QLatin1Char('/') + field;
    FieldWrite w{r.entity,    r.entityId,  field,     value,  c.hlcText,
                 c.deviceSeq, c.commandId, c.batchId, c.label};
    if (auto it = m_fieldIndex.constFind(key); it != m_fieldIndex.constEnd())
        m_fieldWrites[*it] = w;
    else {
        m_fieldIndex.insert(key, m_fieldWrites.size());
        m_fieldWrites.append(w);
    }
    if (field == QLatin1String("private")) {
        r.isPrivate = value.toInteger(0) == 1;
        r.visibilityChanged = r.dirty = true;
    } else if (field == QLatin1String("owner_id")) {
        const QString owner = stringOrEmpty(value);
        r.ownerId = owner.isEmpty() ? r.createdBy : owner;
        r.visibilityChanged = r.dirty = true;
    } else if (field == QLatin1String("contact_id") && dependsOnContact(r.entity)) {
        r.contactId = stringOrEmpty(value);
        r.visibilityChanged = r.dirty = true;
    }
}

Outcome PushBatch::applyFields(RecordState& r, const WireChange& c, const QJsonObject& values)
{
    if (!visible(r))
        return {QStringLiteral("rejected"), QStringLiteral("forbidden: record not visible")};
    if (!seesAll()) {
        if ((values.contains(QLatin1String("private")) ||
             values.contains(QLatin1String("owner_id"))) &&
            !owns(r))
            return {QStringLiteral("rejected"),
                    QStringLiteral("forbidden: only the owner or a manager may change "
                                   "private/owner_id")};
        const QJsonValue contact = values.value(QLatin1String("contact_id"));
        if (dependsOnContact(r.entity) && !contactVisible(stringOrEmpty(contact)))
            return {QStringLiteral("rejected"), QStringLiteral("forbidden: contact not visible")};
    }
    int applied = 0;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        auto stored = r.fieldHlc.constFind(it.key());
        // Last writer wins per field; the HLC's device part breaks ties between devices.
        if (stored != r.fieldHlc.constEnd() && !(*stored < c.hlc))
            continue;
        setField(r, c, it.key(), it.value());
        ++applied;
    }
    if (applied == 0)
        return {QStringLiteral("stale"), QStringLiteral("older than the stored value")};
    return {QStringLiteral("applied"), {}};
}

Outcome PushBatch::apply(const WireChange& c)
{
    if (!seesAll() && (c.entity == QLatin1String("pipeline") || c.entity == QLatin1String("stage")))
        return {QStringLiteral("rejected"),
                QStringLiteral("forbidden: pipelines are set up by managers")};
    RecordState& r = m_records[recordKey(c.entity, c.entityId)];
    r.entity = c.entity;
    r.entityId = c.entityId;
    const bool isInsert = c.op == QLatin1String("insert");
    const bool isUpdate = c.op == QLatin1String("update");
    QJsonObject values = c.compact ? c.fields : QJsonObject{{c.field, c.value}};

    if (isInsert || isUpdate) {
        if (r.exists && r.erased)
            return {QStringLiteral("stale"), QStringLiteral("erased")};
        if (r.exists && r.deleted) {
            // An insert newer than the delete brings the record back (undo of a delete
            // re-inserts the same id); an update never does.
            changes::Hlc deletedAt;
            if (!isInsert || !changes::Hlc::parse(r.deletedHlc, &deletedAt) || !(deletedAt < c.hlc))
                return {QStringLiteral("stale"), QStringLiteral("deleted")};
            if (!visible(r))
                return {QStringLiteral("rejected"),
                        QStringLiteral("forbidden: record not visible")};
            r.deleted = false;
            r.createdHlc = c.hlcText;
            stampExistence(r, c);
            Outcome o = applyFields(r, c, values);
            return o.status == QLatin1String("rejected") ? o
                                                         : Outcome{QStringLiteral("applied"), {}};
        }
        if (r.exists) {
            changes::Hlc existsSince;
            Outcome o = applyFields(r, c, values);
            if (isInsert && o.status != QLatin1String("rejected") &&
                changes::Hlc::parse(r.createdHlc, &existsSince) && existsSince < c.hlc) {
                r.createdHlc = c.hlcText;
                stampExistence(r, c);
            }
            return o;
        }
        if (isUpdate)
            return {QStringLiteral("rejected"), QStringLiteral("not_found")};
        // A new record: its owner is the owner_id field, or its creator.
        RecordState n = r;
        n.exists = true;
        n.createdBy = m_session.userId;
        n.createdHlc = c.hlcText;
        const QString ownerField = stringOrEmpty(values.value(QLatin1String("owner_id")));
        n.ownerId = ownerField.isEmpty() ? m_session.userId : ownerField;
        n.isPrivate = values.value(QLatin1String("private")).toInteger(0) == 1;
        n.contactId = dependsOnContact(c.entity)
                          ? stringOrEmpty(values.value(QLatin1String("contact_id")))
                          : QString();
        if (!seesAll()) {
            if (n.isPrivate && n.ownerId != m_session.userId)
                return {QStringLiteral("rejected"),
                        QStringLiteral("forbidden: a private record must be your own")};
            if (dependsOnContact(c.entity) && !contactVisible(n.contactId))
                return {QStringLiteral("rejected"),
                        QStringLiteral("forbidden: contact not visible")};
        }
        n.dirty = true;
        r = n;
        stampExistence(r, c);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            setField(r, c, it.key(), it.value());
        r.visibilityChanged = false; // nobody had it before
        return {QStringLiteral("applied"), {}};
    }

    // delete: a tombstone, when newer than the record's latest insert; erase: always, final.
    if (!r.exists)
        return {QStringLiteral("rejected"), QStringLiteral("not_found")};
    if (!visible(r))
        return {QStringLiteral("rejected"), QStringLiteral("forbidden: record not visible")};
    if (r.erased)
        return {QStringLiteral("stale"), QStringLiteral("erased")};
    if (c.op == QLatin1String("erase")) {
        if (!seesAll() && !owns(r))
            return {QStringLiteral("rejected"),
                    QStringLiteral("forbidden: only the owner or a manager may erase")};
        r.erased = true;
        m_erased.insert(recordKey(r.entity, r.entityId));
    } else {
        changes::Hlc existsSince;
        if (r.deleted)
            return {QStringLiteral("stale"), QStringLiteral("deleted")};
        if (changes::Hlc::parse(r.createdHlc, &existsSince) && !(existsSince < c.hlc))
            return {QStringLiteral("stale"), QStringLiteral("older than the record's insert")};
    }
    r.deleted = true;
    r.deletedHlc = c.hlcText;
    r.dirty = true;
    stampExistence(r, c);
    return {QStringLiteral("applied"), {}};
}

Status lockKeys(PgConnection& c, QList<qint64> keys)
{
    if (keys.isEmpty())
        return {};
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QStringList parts;
    for (qint64 k : keys)
        parts << QString::number(k);
    // Sorted: every push takes its record locks in the same order, so pushes never deadlock.
    return c.run("SELECT pg_advisory_xact_lock(k) FROM "
                 "(SELECT unnest($1::bigint[]) AS k ORDER BY 1) s",
                 {QStringLiteral("{%1}").arg(parts.join(QLatin1Char(',')))});
}

Status loadRecords(PgConnection& c, const QString& org, const QStringList& ids,
                   QHash<QString, RecordState>& records)
{
    if (ids.isEmpty())
        return {};
    PgResult r =
        c.exec("SELECT entity, entity_id, owner_id, private, coalesce(contact_id::text, "
               "''), deleted, erased, created_by, created_hlc, coalesce(deleted_hlc, ''), "
               "rec_device, rec_device_seq, rec_command_id, coalesce(rec_user_id::text, '') "
               "FROM records WHERE organization_id = $1 AND entity_id = ANY($2::uuid[])",
               {org, uuidArray(ids)});
    if (!r.ok())
        return r.error();
    for (int i = 0; i < r.rows(); ++i) {
        const QString key = recordKey(r.text(i, 0), r.text(i, 1));
        if (records.contains(key) && records[key].exists)
            continue;
        RecordState& s = records[key];
        s.entity = r.text(i, 0);
        s.entityId = r.text(i, 1);
        s.exists = s.existedBefore = true;
        s.ownerId = r.text(i, 2);
        s.isPrivate = r.boolean(i, 3);
        s.contactId = r.text(i, 4);
        s.deleted = r.boolean(i, 5);
        s.erased = r.boolean(i, 6);
        s.createdBy = r.text(i, 7);
        s.createdHlc = r.text(i, 8);
        s.deletedHlc = r.text(i, 9);
        s.recDevice = r.text(i, 10);
        s.recDeviceSeq = r.int64(i, 11);
        s.recCommandId = r.text(i, 12);
        s.recUserId = r.text(i, 13);
    }
    PgResult f = c.exec("SELECT entity, entity_id, field, hlc FROM field_states "
                        "WHERE organization_id = $1 AND entity_id = ANY($2::uuid[])",
                        {org, uuidArray(ids)});
    if (!f.ok())
        return f.error();
    for (int i = 0; i < f.rows(); ++i) {
        auto it = records.find(recordKey(f.text(i, 0), f.text(i, 1)));
        changes::Hlc h;
        if (it != records.end() && it->existedBefore && changes::Hlc::parse(f.text(i, 3), &h))
            it->fieldHlc.insert(f.text(i, 2), h);
    }
    return {};
}

QJsonObject resultJson(qint64 seq, const Outcome& o)
{
    QJsonObject j{{QStringLiteral("device_seq"), seq}, {QStringLiteral("status"), o.status}};
    j.insert(QStringLiteral("reason"), o.reason.isEmpty() ? QJsonValue() : QJsonValue(o.reason));
    return j;
}

} // namespace

ApiReply SyncService::push(const Session& session, const QJsonObject& body)
{
    const QString device = body.value(QLatin1String("device")).toString();
    if (!isValidDeviceId(device))
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"device\" must be the device id used at login."));
    if (device != session.device)
        return ApiReply::error(403, QStringLiteral("forbidden"),
                               tr("This session belongs to another device; log in again."));
    const QJsonValue changesValue = body.value(QLatin1String("changes"));
    if (!changesValue.isArray())
        return ApiReply::error(400, QStringLiteral("bad_request"),
                               tr("\"changes\" must be an array."));
    const QJsonArray changesJson = changesValue.toArray();
    if (changesJson.size() > MaxPushChanges)
        return ApiReply::error(413, QStringLiteral("too_large"),
                               tr("At most %1 changes per push.").arg(MaxPushChanges));

    // Parse and check every change before touching the database.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<WireChange> parsed(changesJson.size());
    QList<Outcome> outcomes(changesJson.size());
    QList<bool> valid(changesJson.size(), false);
    QStringList seqs;
    for (qsizetype i = 0; i < changesJson.size(); ++i) {
        if (!changesJson.at(i).isObject())
            return ApiReply::error(400, QStringLiteral("bad_request"),
                                   tr("Change %1 is not an object.").arg(i));
        QString reason;
        valid[i] = parseWireChange(changesJson.at(i).toObject(), device, now, m_maxSkewMs,
                                   &parsed[i], &reason);
        if (parsed[i].deviceSeq <= 0)
            return ApiReply::error(400, QStringLiteral("bad_request"),
                                   tr("Change %1 has no positive device_seq.").arg(i));
        if (!valid[i])
            outcomes[i] = {QStringLiteral("rejected"), reason};
        seqs << QString::number(parsed[i].deviceSeq);
    }

    auto lease = m_pool.acquire();
    if (!lease)
        return ApiReply::error(503, QStringLiteral("internal"), tr("The database is unavailable."));
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
        for (int i = 0; i < seen.rows(); ++i)
            done.insert(seen.int64(i, 0), {seen.text(i, 1), seen.text(i, 2)});

        QList<qint64> keys;
        QStringList ids;
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            if (valid[i] && !done.contains(parsed[i].deviceSeq)) {
                keys << lockKey(org, parsed[i].entity, parsed[i].entityId);
                ids << parsed[i].entityId;
            }
        }
        if (Status s = lockKeys(c, keys); !s)
            return s.error();
        QHash<QString, RecordState> records;
        if (Status s = loadRecords(c, org, ids, records); !s)
            return s.error();
        // The contacts dependent records point at (stored or about to be), for visibility.
        QStringList contacts;
        for (const RecordState& r : std::as_const(records))
            if (!r.contactId.isEmpty())
                contacts << r.contactId;
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            const QJsonValue v =
                parsed[i].compact
                    ? parsed[i].fields.value(QLatin1String("contact_id"))
                    : (parsed[i].field == QLatin1String("contact_id") ? parsed[i].value
                                                                      : QJsonValue());
            if (valid[i] && !stringOrEmpty(v).isEmpty())
                contacts << v.toString();
        }
        if (Status s = loadRecords(c, org, contacts, records); !s)
            return s.error();

        PushBatch batch(session, records);
        QJsonArray log;
        qint64 maxSeq = acked;
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            const WireChange& ch = parsed[i];
            maxSeq = std::max(maxSeq, ch.deviceSeq);
            if (auto d = done.constFind(ch.deviceSeq); d != done.constEnd()) {
                outcomes[i] = *d;
                continue;
            }
            if (valid[i])
                outcomes[i] = batch.apply(ch);
            done.insert(ch.deviceSeq, outcomes[i]);
            const bool keepValue = outcomes[i].status != QLatin1String("rejected");
            log.append(QJsonObject{
                {QStringLiteral("device_seq"), ch.deviceSeq},
                {QStringLiteral("command_id"), ch.commandId},
                {QStringLiteral("entity"), ch.entity.left(40)},
                {QStringLiteral("entity_id"), ch.entityId.left(40)},
                {QStringLiteral("op"), ch.op.left(20)},
                {QStringLiteral("field"), ch.field.left(64)},
                {QStringLiteral("value"), keepValue && !ch.compact ? ch.value : QJsonValue()},
                {QStringLiteral("fields"),
                 keepValue && ch.compact ? QJsonValue(ch.fields) : QJsonValue()},
                {QStringLiteral("hlc"), ch.hlcText.left(100)},
                {QStringLiteral("batch_id"), ch.batchId},
                {QStringLiteral("label"), ch.label},
                {QStringLiteral("status"), outcomes[i].status},
                {QStringLiteral("reason"), outcomes[i].reason},
            });
        }

        // Records linked to a contact whose visibility changed get a new version too, so that
        // pulls re-send or hide them along with the contact.
        QStringList changedContacts;
        for (const RecordState& r : std::as_const(records))
            if (r.entity == QLatin1String("contact") && r.existedBefore && r.visibilityChanged)
                changedContacts << r.entityId;
        QList<QPair<QString, QString>> dependents;
        if (!changedContacts.isEmpty()) {
            PgResult d = c.exec("SELECT entity, entity_id FROM records WHERE organization_id = "
                                "$1 AND contact_id = ANY($2::uuid[]) AND NOT erased",
                                {org, uuidArray(changedContacts)});
            if (!d.ok())
                return d.error();
            for (int i = 0; i < d.rows(); ++i) {
                const QString key = recordKey(d.text(i, 0), d.text(i, 1));
                if (!records.value(key).dirty)
                    dependents.append({d.text(i, 0), d.text(i, 1)});
            }
        }

        const QSet<QString> erased = batch.erasedKeys();
        QList<FieldWrite> writes;
        for (const FieldWrite& w : batch.fieldWrites())
            if (!erased.contains(recordKey(w.entity, w.entityId)))
                writes.append(w);
        QList<const RecordState*> dirty;
        for (const RecordState& r : std::as_const(records))
            if (r.dirty)
                dirty.append(&r);
        const qint64 needed = writes.size() + dirty.size() + dependents.size();

        if (needed > 0) {
            // Last step before the writes: the organization's counter row. Its lock is held
            // until COMMIT, so versions are handed out in commit order (no gaps for pulls).
            PgResult v = c.exec("UPDATE organizations SET last_version = last_version + $2 "
                                "WHERE id = $1 RETURNING last_version - $2",
                                {org, needed});
            if (!v.ok())
                return v.error();
            qint64 next = v.int64(0, 0);
            QJsonArray recs, fields, deps;
            for (const RecordState* r : dirty) {
                recs.append(QJsonObject{
                    {QStringLiteral("entity"), r->entity},
                    {QStringLiteral("entity_id"), r->entityId},
                    {QStringLiteral("owner_id"), r->ownerId},
                    {QStringLiteral("private"), r->isPrivate},
                    {QStringLiteral("contact_id"),
                     r->contactId.isEmpty() ? QJsonValue() : QJsonValue(r->contactId)},
                    {QStringLiteral("deleted"), r->deleted},
                    {QStringLiteral("erased"), r->erased},
                    {QStringLiteral("created_by"), r->createdBy},
                    {QStringLiteral("created_hlc"), r->createdHlc},
                    {QStringLiteral("deleted_hlc"),
                     r->deletedHlc.isEmpty() ? QJsonValue() : QJsonValue(r->deletedHlc)},
                    {QStringLiteral("rec_device"), r->recDevice},
                    {QStringLiteral("rec_device_seq"), r->recDeviceSeq},
                    {QStringLiteral("rec_command_id"), r->recCommandId},
                    {QStringLiteral("rec_user_id"),
                     r->recUserId.isEmpty() ? QJsonValue() : QJsonValue(r->recUserId)},
                    {QStringLiteral("version"), ++next},
                });
            }
            for (const FieldWrite& w : writes) {
                fields.append(QJsonObject{
                    {QStringLiteral("entity"), w.entity},
                    {QStringLiteral("entity_id"), w.entityId},
                    {QStringLiteral("field"), w.field},
                    {QStringLiteral("value"), w.value},
                    {QStringLiteral("hlc"), w.hlc},
                    {QStringLiteral("version"), ++next},
                    {QStringLiteral("device_seq"), w.deviceSeq},
                    {QStringLiteral("command_id"), w.commandId},
                    {QStringLiteral("batch_id"), w.batchId},
                    {QStringLiteral("label"), w.label},
                });
            }
            for (const auto& d : std::as_const(dependents))
                deps.append(QJsonObject{{QStringLiteral("entity"), d.first},
                                        {QStringLiteral("entity_id"), d.second},
                                        {QStringLiteral("version"), ++next}});
            if (!recs.isEmpty()) {
                if (Status s = c.run(
                        "INSERT INTO records (organization_id, entity, entity_id, owner_id, "
                        "private, contact_id, deleted, erased, created_by, created_hlc, "
                        "deleted_hlc, rec_device, rec_device_seq, rec_command_id, rec_user_id, "
                        "created_version, version) SELECT $1, x.entity, x.entity_id, x.owner_id, "
                        "x.private, x.contact_id, x.deleted, x.erased, x.created_by, "
                        "x.created_hlc, x.deleted_hlc, x.rec_device, x.rec_device_seq, "
                        "x.rec_command_id, x.rec_user_id, x.version, x.version FROM "
                        "jsonb_to_recordset($2::jsonb) AS x(entity text, entity_id uuid, "
                        "owner_id uuid, private boolean, contact_id uuid, deleted boolean, "
                        "erased boolean, created_by uuid, created_hlc text, deleted_hlc text, "
                        "rec_device text, rec_device_seq bigint, rec_command_id text, "
                        "rec_user_id uuid, version bigint) ON CONFLICT (organization_id, entity, "
                        "entity_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, private = "
                        "EXCLUDED.private, contact_id = EXCLUDED.contact_id, deleted = "
                        "EXCLUDED.deleted, erased = EXCLUDED.erased, created_hlc = "
                        "EXCLUDED.created_hlc, deleted_hlc = EXCLUDED.deleted_hlc, rec_device = "
                        "EXCLUDED.rec_device, rec_device_seq = EXCLUDED.rec_device_seq, "
                        "rec_command_id = EXCLUDED.rec_command_id, rec_user_id = "
                        "EXCLUDED.rec_user_id, version = EXCLUDED.version",
                        {org, jsonText(recs)});
                    !s)
                    return s.error();
            }
            if (!fields.isEmpty()) {
                if (Status s = c.run(
                        "INSERT INTO field_states (organization_id, entity, entity_id, field, "
                        "value, hlc, device, user_id, version, device_seq, command_id, batch_id, "
                        "label) SELECT $1, x.entity, x.entity_id, x.field, x.value, x.hlc, $3, "
                        "$4, x.version, x.device_seq, x.command_id, x.batch_id, x.label FROM "
                        "jsonb_to_recordset($2::jsonb) AS x(entity text, entity_id uuid, field "
                        "text, value jsonb, hlc text, version bigint, device_seq bigint, "
                        "command_id text, batch_id text, label text) ON CONFLICT "
                        "(organization_id, entity, entity_id, field) DO UPDATE SET value = "
                        "EXCLUDED.value, hlc = EXCLUDED.hlc, device = EXCLUDED.device, user_id = "
                        "EXCLUDED.user_id, version = EXCLUDED.version, device_seq = "
                        "EXCLUDED.device_seq, command_id = EXCLUDED.command_id, batch_id = "
                        "EXCLUDED.batch_id, label = EXCLUDED.label",
                        {org, jsonText(fields), device, session.userId});
                    !s)
                    return s.error();
            }
            if (!deps.isEmpty()) {
                if (Status s = c.run(
                        "UPDATE records r SET version = x.version FROM "
                        "jsonb_to_recordset($2::jsonb) AS x(entity text, entity_id uuid, "
                        "version bigint) WHERE r.organization_id = $1 AND r.entity = x.entity "
                        "AND r.entity_id = x.entity_id",
                        {org, jsonText(deps)});
                    !s)
                    return s.error();
            }
        }
        if (!log.isEmpty()) {
            if (Status s = c.run(
                    "INSERT INTO change_log (organization_id, device, device_seq, command_id, "
                    "entity, entity_id, op, field, value, fields, hlc, user_id, batch_id, label, "
                    "status, reason) SELECT $1, $2, x.device_seq, x.command_id, x.entity, "
                    "x.entity_id, x.op, nullif(x.field, ''), x.value, x.fields, x.hlc, $3, "
                    "nullif(x.batch_id, ''), x.label, x.status, nullif(x.reason, '') FROM "
                    "jsonb_to_recordset($4::jsonb) AS x(device_seq bigint, command_id text, "
                    "entity text, entity_id text, op text, field text, value jsonb, fields "
                    "jsonb, hlc text, batch_id text, label text, status text, reason text)",
                    {org, device, session.userId, jsonText(log)});
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
        if (Status s = c.run("INSERT INTO devices AS d (organization_id, device, user_id, "
                             "acked_seq) VALUES ($1, $2, $3, $4) ON CONFLICT (organization_id, "
                             "device) DO UPDATE SET acked_seq = greatest(d.acked_seq, $4)",
                             {org, device, session.userId, maxSeq});
            !s)
            return s.error();
        return maxSeq;
    });
    if (!result) {
        if (result.code() == ErrorCode::Conflict)
            return ApiReply::error(403, QStringLiteral("forbidden"),
                                   tr("This device is registered to another user."));
        logEvent("error", QStringLiteral("push_failed"),
                 {{QStringLiteral("org"), org}, {QStringLiteral("why"), result.message()}});
        return ApiReply::error(500, QStringLiteral("internal"),
                               tr("The server could not store the changes; try again."));
    }
    QJsonArray results;
    for (qsizetype i = 0; i < parsed.size(); ++i)
        results.append(resultJson(parsed[i].deviceSeq, outcomes[i]));
    return ApiReply::ok(QJsonObject{{QStringLiteral("acked_device_seq"), *result},
                                    {QStringLiteral("results"), results}});
}

} // namespace baza::server
