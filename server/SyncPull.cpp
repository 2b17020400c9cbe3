#include "server/Log.h"
#include "server/SyncService.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace baza::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::server", text);
}

// Whether the requesting user may see record r: $4 is true for admins and managers, $5 is the
// user's id. The restriction is stored with each record (its own flag and its contact's and
// deal's, kept up to date by push), so this is a comparison, not a lookup.
#define BAZA_VISIBLE "($4 OR NOT r.restricted OR r.restricted_to = $5::uuid)"

// Record rows (creation, deletion, visibility changes) and field rows (current values), merged
// in version order. A field row only goes out when it is newer than its record's row: otherwise
// that row, later in the same range, sends the record whole with the field's current value
// (fields written together with their record share its version, and stay behind it). Field rows
// of hidden or deleted records are left out too. Record rows come with their visibility, so a
// record that became hidden turns into a "hide".
const char* const PageSql =
    "SELECT * FROM ("
    " (SELECT r.version, true AS is_record, r.entity, r.entity_id::text AS entity_id, "
    "   NULL::text AS field, NULL::text AS value, false AS has_old, NULL::text AS old, "
    "   r.deleted, r.erased, " BAZA_VISIBLE " AS visible, "
    "   (r.version > r.created_version OR r.created_by = $5::uuid) AS maybe_seen, "
    "   CASE WHEN r.deleted THEN r.deleted_hlc ELSE r.created_hlc END AS hlc, "
    "   r.rec_device AS device, r.rec_user_id::text AS user_id, r.rec_device_seq AS device_seq, "
    "   r.rec_command_id AS command_id, NULL::text AS batch_id, NULL::text AS label "
    "  FROM records r"
    "  WHERE r.organization_id = $1 AND r.version > $2 AND r.version <= $6 "
    "  ORDER BY r.version LIMIT $3)"
    " UNION ALL"
    " (SELECT f.version, false, f.entity, f.entity_id::text, f.field, f.value::text, f.has_old, "
    "   f.old::text, false, false, true, true, f.hlc, f.device, f.user_id::text, f.device_seq, "
    "   f.command_id, f.batch_id, f.label"
    "  FROM field_states f JOIN records r ON r.organization_id = f.organization_id AND "
    "   r.entity = f.entity AND r.entity_id = f.entity_id"
    "  WHERE f.organization_id = $1 AND f.ahead AND f.version > $2 AND f.version <= $6 "
    "   AND f.version > r.version AND NOT r.deleted AND " BAZA_VISIBLE
    "  ORDER BY f.version LIMIT $3)"
    ") u ORDER BY version LIMIT $3";

enum Col {
    Version,
    IsRecord,
    Entity,
    EntityId,
    Field,
    Value,
    HasOld,
    Old,
    Deleted,
    Erased,
    Visible,
    MaybeSeen,
    Hlc,
    Device,
    UserId,
    DeviceSeq,
    CommandId,
    BatchId,
    Label
};

QByteArrayView view(const PgResult& r, int row, int col)
{
    return r.isNull(row, col) ? QByteArrayView() : r.view(row, col);
}

// A record sent whole: every current field, and the change that set the newest of them.
struct WholeRecord
{
    QByteArray fields = "{";
    QByteArray hlc, device, userId, commandId;
    qint64 deviceSeq = 0;
};

void appendJsonKey(QByteArray& out, QByteArrayView key)
{
    // Field names are identifiers of the entity registry: nothing to escape.
    if (out.size() > 1)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
}

Result<QHash<QByteArray, WholeRecord>> wholeRecords(PgConnection& c, const QString& org,
                                                    const QStringList& ids)
{
    QHash<QByteArray, WholeRecord> out;
    if (ids.isEmpty())
        return out;
    PgResult f = c.exec("SELECT entity_id::text, field, value::text, hlc, device, user_id::text, "
                        "device_seq, coalesce(command_id, '') FROM field_states WHERE "
                        "organization_id = $1 AND entity_id = ANY($2::uuid[])",
                        {org, uuidArray(ids)});
    if (!f.ok())
        return f.error();
    out.reserve(ids.size());
    for (int i = 0; i < f.rows(); ++i) {
        WholeRecord& w = out[f.view(i, 0).toByteArray()];
        appendJsonKey(w.fields, f.view(i, 1));
        w.fields += f.isNull(i, 2) ? QByteArrayView("null") : f.view(i, 2);
        if (f.view(i, 3) > w.hlc) {
            w.hlc = f.view(i, 3).toByteArray();
            w.device = f.view(i, 4).toByteArray();
            w.userId = f.view(i, 5).toByteArray();
            w.deviceSeq = f.int64(i, 6);
            w.commandId = f.view(i, 7).toByteArray();
        }
    }
    for (WholeRecord& w : out)
        w.fields += '}';
    return out;
}

} // namespace

ApiReply SyncService::pull(const Session& session, qint64 cursor, int limit)
{
    if (cursor < 0 || limit < 1 || limit > sync::MaxPullLimit)
        return ApiReply::error(
            400, sync::errors::BadRequest,
            tr("cursor must be ≥ 0 and limit between 1 and %1.").arg(sync::MaxPullLimit));
    auto lease = m_pool.acquire();
    if (!lease)
        return ApiReply::error(503, sync::errors::Unavailable, tr("The database is unavailable."));
    const QString org = session.organizationId;
    const bool seesAll = session.role != Role::Sales;
    auto page = inTransaction<QByteArray>(
        **lease, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        [&](PgConnection& c) -> Result<QByteArray> {
            // One snapshot for the whole page: `top` and the rows agree, and every version up
            // to `top` is committed (versions are handed out in commit order).
            PgResult t = c.exec("SELECT last_version FROM organizations WHERE id = $1", {org});
            if (!t.ok())
                return t.error();
            const qint64 top = t.rows() ? t.int64(0, 0) : 0;
            PgResult r = c.exec(PageSql, {org, cursor, limit + 1, seesAll, session.userId, top});
            if (!r.ok())
                return r.error();
            const bool more = r.rows() > limit;
            const int n = std::min(r.rows(), limit);

            QStringList whole;
            for (int i = 0; i < n; ++i)
                if (r.boolean(i, IsRecord) && r.boolean(i, Visible) && !r.boolean(i, Deleted))
                    whole << r.text(i, EntityId);
            auto fields = wholeRecords(c, org, whole);
            if (!fields)
                return fields.error();

            sync::PullPageWriter writer;
            QSet<QByteArray> sentWhole;
            for (int i = 0; i < n; ++i) {
                sync::EncodedChange ch;
                ch.version = r.int64(i, Version);
                ch.entity = r.view(i, Entity);
                ch.entityId = r.view(i, EntityId);
                ch.hlc = view(r, i, Hlc);
                ch.device = view(r, i, Device);
                ch.userId = view(r, i, UserId);
                ch.deviceSeq = r.int64(i, DeviceSeq);
                ch.commandId = view(r, i, CommandId);
                ch.batchId = view(r, i, BatchId);
                ch.label = view(r, i, Label);
                if (!r.boolean(i, IsRecord)) {
                    if (sentWhole.contains(ch.entityId.toByteArray()))
                        continue; // already in the insert above, with its current value
                    ch.op = sync::Op::Update;
                    ch.field = r.view(i, Field);
                    ch.valueJson = view(r, i, Value);
                    ch.hasOld = r.boolean(i, HasOld);
                    ch.oldJson = view(r, i, Old);
                    writer.add(ch);
                    continue;
                }
                if (!r.boolean(i, Visible)) {
                    if (!r.boolean(i, MaybeSeen))
                        continue;           // never visible to this user: nothing to take back
                    ch.op = sync::Op::Hide; // only that the record left this user's view
                } else if (r.boolean(i, Deleted)) {
                    ch.op = r.boolean(i, Erased) ? sync::Op::Erase : sync::Op::Delete;
                } else {
                    // The insert carries the newest clock of the record (its fields' or its
                    // re-insert's): a local edit older than that yields to the server's record.
                    ch.op = sync::Op::Insert;
                    auto w = fields->constFind(ch.entityId.toByteArray());
                    if (w != fields->constEnd()) {
                        ch.fieldsJson = w->fields;
                        if (w->hlc > ch.hlc) {
                            ch.hlc = w->hlc;
                            ch.device = w->device;
                            ch.userId = w->userId;
                            ch.deviceSeq = w->deviceSeq;
                            ch.commandId = w->commandId;
                        }
                    }
                    sentWhole.insert(ch.entityId.toByteArray());
                }
                writer.add(ch);
            }
            const qint64 next = more ? r.int64(n - 1, Version) : std::max(top, cursor);
            return writer.finish(next, more);
        });
    if (!page) {
        logEvent("error", QStringLiteral("pull_failed"),
                 {{QStringLiteral("org"), org}, {QStringLiteral("why"), page.message()}});
        return ApiReply::error(500, sync::errors::Internal,
                               tr("The server could not read changes; try again."));
    }
    return ApiReply::ok(std::move(*page));
}

} // namespace baza::server
