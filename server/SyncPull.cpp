#include "server/Log.h"
#include "server/SyncService.h"

#include <QCoreApplication>
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

// Whether the requesting user may see record r (with c its linked contact, if any). Mirrors
// PushBatch::visible: $4 is true for admins and managers, $5 is the user's id.
// The linked contact is read by a correlated subquery: a primary-key lookup per row whatever
// the statistics say (a LEFT JOIN was planned as a scan of every contact per row while the
// tables were young and not yet analyzed).
#define BAZA_VISIBLE                                                                               \
    "($4 OR ((NOT r.private OR r.owner_id = $5::uuid) AND (r.contact_id IS NULL OR "               \
    "coalesce((SELECT NOT c.private OR c.owner_id = $5::uuid FROM records c WHERE "                \
    "c.organization_id = r.organization_id AND c.entity = 'contact' AND c.entity_id = "            \
    "r.contact_id), true))))"

// Record rows (creation, deletion, visibility changes) and field rows (current values), merged
// in version order. Field rows of hidden or deleted records are left out here; record rows come
// with their visibility so that a record that became hidden turns into a "hide".
const char* const PageSql =
    "SELECT * FROM ("
    " (SELECT r.version, 'r' AS kind, r.entity, r.entity_id::text AS entity_id, NULL::text AS "
    "   field, NULL::text AS value, r.deleted_hlc AS hlc, r.rec_device AS device, "
    "   r.rec_user_id::text AS user_id, r.rec_device_seq AS device_seq, r.rec_command_id AS "
    "   command_id, NULL::text AS batch_id, NULL::text AS label, r.deleted, r.erased, " BAZA_VISIBLE
    " AS visible, "
    "   (r.version > r.created_version OR r.created_by = $5::uuid) AS maybe_seen "
    "  FROM records r"
    "  WHERE r.organization_id = $1 AND r.version > $2 AND r.version <= $6 "
    "  ORDER BY r.version LIMIT $3)"
    " UNION ALL"
    " (SELECT f.version, 'f', f.entity, f.entity_id::text, f.field, f.value::text, f.hlc, "
    "   f.device, f.user_id::text, f.device_seq, f.command_id, f.batch_id, f.label, false, "
    "   false, true, true"
    "  FROM field_states f JOIN records r ON r.organization_id = f.organization_id AND "
    "   r.entity = f.entity AND r.entity_id = f.entity_id"
    "  WHERE f.organization_id = $1 AND f.version > $2 AND f.version <= $6 AND NOT r.deleted "
    "   AND " BAZA_VISIBLE "  ORDER BY f.version LIMIT $3)"
    ") u ORDER BY version LIMIT $3";

enum Col {
    Version,
    Kind,
    Entity,
    EntityId,
    Field,
    Value,
    Hlc,
    Device,
    UserId,
    DeviceSeq,
    CommandId,
    BatchId,
    Label,
    Deleted,
    Erased,
    Visible,
    MaybeSeen
};

QJsonValue nullable(const PgResult& r, int row, int col)
{
    return r.isNull(row, col) ? QJsonValue() : QJsonValue(r.text(row, col));
}

} // namespace

ApiReply SyncService::pull(const Session& session, qint64 cursor, int limit)
{
    if (cursor < 0 || limit < 1 || limit > MaxPullLimit)
        return ApiReply::error(
            400, QStringLiteral("bad_request"),
            tr("cursor must be ≥ 0 and limit between 1 and %1.").arg(MaxPullLimit));
    auto lease = m_pool.acquire();
    if (!lease)
        return ApiReply::error(503, QStringLiteral("internal"), tr("The database is unavailable."));
    const QString org = session.organizationId;
    const bool seesAll = session.role != Role::Sales;
    auto page = inTransaction<QJsonObject>(
        **lease, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        [&](PgConnection& c) -> Result<QJsonObject> {
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

            // Records (re)sent whole in this page: their current fields, in one query.
            QStringList whole;
            for (int i = 0; i < n; ++i)
                if (r.text(i, Kind) == QLatin1String("r") && r.boolean(i, Visible) &&
                    !r.boolean(i, Deleted))
                    whole << r.text(i, EntityId);
            QHash<QString, QJsonObject> wholeFields;
            QHash<QString, QString> wholeHlc, wholeDevice, wholeUser, wholeCommand;
            QHash<QString, qint64> wholeSeq;
            if (!whole.isEmpty()) {
                PgResult f = c.exec("SELECT entity, entity_id::text, field, value::text, hlc, "
                                    "device, user_id::text, device_seq, coalesce(command_id, '') "
                                    "FROM field_states WHERE "
                                    "organization_id = $1 AND entity_id = ANY($2::uuid[])",
                                    {org, uuidArray(whole)});
                if (!f.ok())
                    return f.error();
                for (int i = 0; i < f.rows(); ++i) {
                    const QString key = f.text(i, 0) + QLatin1Char('/') + f.text(i, 1);
                    wholeFields[key].insert(
                        f.text(i, 2), f.isNull(i, 3) ? QJsonValue() : jsonFromText(f.bytes(i, 3)));
                    // The insert carries the newest HLC among its fields: a local edit older
                    // than any of them yields to the server's record.
                    if (f.text(i, 4) > wholeHlc.value(key)) {
                        wholeHlc[key] = f.text(i, 4);
                        wholeDevice[key] = f.text(i, 5);
                        wholeUser[key] = f.text(i, 6);
                        wholeSeq[key] = f.int64(i, 7);
                        wholeCommand[key] = f.text(i, 8);
                    }
                }
            }

            QJsonArray out;
            QSet<QString> sentWhole;
            for (int i = 0; i < n; ++i) {
                const QString key = r.text(i, Entity) + QLatin1Char('/') + r.text(i, EntityId);
                QJsonObject ch{{QStringLiteral("version"), r.int64(i, Version)},
                               {QStringLiteral("entity"), r.text(i, Entity)},
                               {QStringLiteral("entity_id"), r.text(i, EntityId)}};
                if (r.text(i, Kind) == QLatin1String("r")) {
                    if (!r.boolean(i, Visible)) {
                        if (!r.boolean(i, MaybeSeen))
                            continue; // never visible to this user: nothing to take back
                        // No content and no author: only that the record left this user's view.
                        ch.insert(QStringLiteral("op"), QStringLiteral("hide"));
                        ch.insert(QStringLiteral("device_seq"), 0);
                        ch.insert(QStringLiteral("command_id"), QString());
                        ch.insert(QStringLiteral("device"), QString());
                        ch.insert(QStringLiteral("hlc"), QString());
                        ch.insert(QStringLiteral("label"), QString());
                        out.append(ch);
                        continue;
                    }
                    if (r.boolean(i, Deleted)) {
                        ch.insert(QStringLiteral("op"), r.boolean(i, Erased)
                                                            ? QStringLiteral("erase")
                                                            : QStringLiteral("delete"));
                        ch.insert(QStringLiteral("hlc"), r.text(i, Hlc));
                        ch.insert(QStringLiteral("device"), r.text(i, Device));
                        ch.insert(QStringLiteral("user_id"), nullable(r, i, UserId));
                        ch.insert(QStringLiteral("device_seq"), r.int64(i, DeviceSeq));
                        ch.insert(QStringLiteral("command_id"), r.text(i, CommandId));
                    } else {
                        sentWhole.insert(key);
                        ch.insert(QStringLiteral("op"), QStringLiteral("insert"));
                        ch.insert(QStringLiteral("field"), QJsonValue());
                        ch.insert(QStringLiteral("fields"), wholeFields.value(key));
                        ch.insert(QStringLiteral("hlc"), wholeHlc.value(key));
                        ch.insert(QStringLiteral("device"), wholeDevice.value(key));
                        ch.insert(QStringLiteral("user_id"), wholeUser.value(key));
                        ch.insert(QStringLiteral("device_seq"), wholeSeq.value(key));
                        ch.insert(QStringLiteral("command_id"), wholeCommand.value(key));
                    }
                    ch.insert(QStringLiteral("batch_id"), QJsonValue());
                    ch.insert(QStringLiteral("label"), QString());
                } else {
                    if (sentWhole.contains(key))
                        continue; // already in the insert above, with its current value
                    ch.insert(QStringLiteral("op"), QStringLiteral("update"));
                    ch.insert(QStringLiteral("field"), r.text(i, Field));
                    ch.insert(QStringLiteral("value"),
                              r.isNull(i, Value) ? QJsonValue() : jsonFromText(r.bytes(i, Value)));
                    ch.insert(QStringLiteral("hlc"), r.text(i, Hlc));
                    ch.insert(QStringLiteral("device"), r.text(i, Device));
                    ch.insert(QStringLiteral("user_id"), r.text(i, UserId));
                    ch.insert(QStringLiteral("device_seq"), r.int64(i, DeviceSeq));
                    ch.insert(QStringLiteral("command_id"), r.text(i, CommandId));
                    ch.insert(QStringLiteral("batch_id"), nullable(r, i, BatchId));
                    ch.insert(QStringLiteral("label"), r.text(i, Label));
                }
                out.append(ch);
            }
            const qint64 next = more ? r.int64(n - 1, Version) : std::max(top, cursor);
            return QJsonObject{{QStringLiteral("changes"), out},
                               {QStringLiteral("cursor"), next},
                               {QStringLiteral("more"), more}};
        });
    if (!page) {
        logEvent("error", QStringLiteral("pull_failed"),
                 {{QStringLiteral("org"), org}, {QStringLiteral("why"), page.message()}});
        return ApiReply::error(500, QStringLiteral("internal"),
                               tr("The server could not read changes; try again."));
    }
    return ApiReply::ok(*page);
}

} // namespace baza::server
