#include "core/store/RemoteApply.h"

#include "core/store/Entities.h"
#include "core/store/Mapping.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <limits>

namespace baza::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::store", text);
}

// Links between records; `required` ones are NOT NULL columns.
struct Link
{
    const char* entity;
    const char* field;
    const char* target;
    bool required;
};

// Entities this build does not know (a newer peer's) are skipped where the table is used.
constexpr Link Links[] = {
    {"contact", "company_id", "company", false},
    {"consent", "contact_id", "contact", true},
    {"stage", "pipeline_id", "pipeline", true},
    {"deal", "pipeline_id", "pipeline", true},
    {"deal", "stage_id", "stage", true},
    {"deal", "contact_id", "contact", false},
    {"deal", "company_id", "company", false},
    {"activity", "contact_id", "contact", false},
    {"activity", "company_id", "company", false},
    {"activity", "deal_id", "deal", false},
    {"task", "contact_id", "contact", false},
    {"task", "company_id", "company", false},
    {"task", "deal_id", "deal", false},
    {"deal_contact", "deal_id", "deal", true},
    {"deal_contact", "contact_id", "contact", true},
    {"deal_item", "deal_id", "deal", true},
    {"deal_item", "product_id", "product", false},
};

bool known(const Link& l)
{
    return entityDef(QLatin1String(l.entity)) && entityDef(QLatin1String(l.target));
}

} // namespace

bool isBookkeepingField(const QString& field)
{
    return field == QLatin1String("updated_at") || field == QLatin1String("created_at");
}

QList<sync::Change> compactInserts(const QList<sync::Change>& changes)
{
    QList<sync::Change> out;
    out.reserve(changes.size());
    for (const sync::Change& c : changes) {
        if (c.op == sync::Op::Insert && !c.field.isEmpty()) {
            if (!out.isEmpty()) {
                sync::Change& prev = out.last();
                if (prev.op == sync::Op::Insert && prev.field.isEmpty() &&
                    prev.entityId == c.entityId && prev.commandId == c.commandId &&
                    prev.hlc == c.hlc) {
                    prev.fields.insert(c.field, c.value);
                    prev.version = c.version;
                    prev.deviceSeq = c.deviceSeq;
                    continue;
                }
            }
            sync::Change compact = c;
            compact.field.clear();
            compact.value = QVariant();
            if (!c.value.isNull())
                compact.fields.insert(c.field, c.value);
            out.append(compact);
            continue;
        }
        out.append(c);
    }
    return out;
}

RemoteApplier::RemoteApplier(Command& cmd, QString localDevice, Mode mode)
    : m_cmd(cmd)
    , m_device(std::move(localDevice))
    , m_mode(mode)
{
    auto r = m_cmd.run(QStringLiteral("SELECT value FROM meta WHERE key = 'sync_acked_seq'"));
    if (r && (*r)->next())
        m_ackedSeq = (*r)->value(0).toLongLong();
    if (r)
        (*r)->finish();
    for (auto [table, flag] : {std::pair{"sync_deferred", &m_deferredRows},
                               std::pair{"sync_dangling", &m_danglingRows}}) {
        auto e =
            m_cmd.run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(table)));
        if (e && (*e)->next())
            *flag = (*e)->value(0).toBool();
        if (e)
            (*e)->finish();
    }
}

Status RemoteApplier::prefetchHistory(const QList<sync::Change>& changes)
{
    QHash<QString, QStringList> inserted; // entity → ids
    for (const sync::Change& c : changes) {
        if (c.op == sync::Op::Insert && !m_clocks.contains(qMakePair(c.entity, c.entityId)))
            inserted[c.entity] << c.entityId;
    }
    constexpr int Chunk = 400; // below SQLite's 999 bound variables
    for (auto it = inserted.constBegin(); it != inserted.constEnd(); ++it) {
        const QStringList& ids = it.value();
        for (qsizetype from = 0; from < ids.size(); from += Chunk) {
            const QStringList part = ids.mid(from, Chunk);
            QVariantList values{it.key()};
            for (const QString& id : part)
                values << id;
            // The statement text repeats for full chunks, so run() compiles it once a page.
            auto r = m_cmd.run(QStringLiteral("SELECT DISTINCT entity_id FROM changes WHERE "
                                              "entity = ? AND entity_id IN (%1)")
                                   .arg(QStringLiteral("?, ").repeated(part.size()).chopped(2)),
                               values);
            if (!r)
                return r.error();
            QSet<QString> seen;
            while ((*r)->next())
                seen.insert((*r)->value(0).toString());
            (*r)->finish();
            for (const QString& id : part) {
                if (!seen.contains(id))
                    m_noHistory.insert(qMakePair(it.key(), id));
            }
        }
    }
    return {};
}

void RemoteApplier::forgetClock(const QString& entity, const QString& id)
{
    const auto key = qMakePair(entity, id);
    m_clocks.remove(key);
    m_noHistory.remove(key);
}

Result<RemoteApplier::RecordClock*> RemoteApplier::clockOf(const QString& entity, const QString& id)
{
    const auto key = qMakePair(entity, id);
    auto it = m_clocks.find(key);
    if (it != m_clocks.end())
        return &*it;
    RecordClock clock;
    if (m_noHistory.contains(key))
        return &*m_clocks.insert(key, clock);
    auto r = m_cmd.run(QStringLiteral("SELECT op, field, hlc, device_id, seq FROM changes "
                                      "WHERE entity = ? AND entity_id = ? ORDER BY seq"),
                       {entity, id});
    if (!r)
        return r.error();
    QSqlQuery* q = *r;
    QString newestExistence;
    while (q->next()) {
        const QString op = q->value(0).toString();
        const QString field = q->value(1).toString();
        const QString hlc = q->value(2).toString();
        const bool pending =
            q->value(3).toString() == m_device && q->value(4).toLongLong() > m_ackedSeq;
        const RecordClock::Writer writer{q->value(4).toLongLong(), q->value(3).toString(), hlc};
        if (op == QLatin1String("insert") && field.isEmpty())
            clock.lastCompactInsert = writer;
        else if (op == QLatin1String("insert") || op == QLatin1String("update"))
            clock.lastWrite.insert(field, writer);
        if (op == QLatin1String("erase")) {
            clock.erased = true;
            continue;
        }
        if ((op == QLatin1String("insert") || op == QLatin1String("delete")) &&
            hlc >= newestExistence) {
            newestExistence = hlc;
            clock.lastExistenceOp = op;
        }
        if (!pending)
            continue;
        if (op == QLatin1String("insert"))
            clock.pendingInsert = std::max(clock.pendingInsert, hlc);
        else if (op == QLatin1String("delete"))
            clock.pendingDelete = std::max(clock.pendingDelete, hlc);
        else if (op == QLatin1String("update") && hlc > clock.pendingFields.value(field))
            clock.pendingFields.insert(field, hlc);
    }
    q->finish();
    return &*m_clocks.insert(key, clock);
}

// A failure of this computer, not of the change (disk full, I/O error, out of memory, a lock):
// skipping the change would lose it for good (the cursor moves past it), so the page fails whole
// and is pulled again by a later sync.
namespace {
bool failureOfThisComputer(const Error& e)
{
    if (e.code == ErrorCode::Sql && e.sqliteCode == 0)
        return true; // the driver failed without SQLite saying why (the database not open…)
    switch (e.sqliteCode & 0xff) {
    case 4:  // SQLITE_ABORT
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
    case 7:  // SQLITE_NOMEM
    case 8:  // SQLITE_READONLY
    case 9:  // SQLITE_INTERRUPT
    case 10: // SQLITE_IOERR
    case 11: // SQLITE_CORRUPT
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 15: // SQLITE_PROTOCOL
    case 26: // SQLITE_NOTADB
        return true;
    default:
        return false;
    }
}
} // namespace

Status RemoteApplier::apply(const QList<sync::Change>& changes, ApplyReport* report)
{
    const QList<sync::Change> compact = compactInserts(changes);
    if (Status s = prefetchHistory(compact); !s)
        return s;
    for (const sync::Change& c : compact)
        m_queue.push_back(c);
    while (!m_queue.empty()) {
        const sync::Change c = m_queue.front();
        m_queue.pop_front();
        if (m_mode == Mode::Whole) {
            if (Status s = applyOne(c, report); !s) {
                m_changeFailed = !failureOfThisComputer(s.error());
                return s;
            }
            continue;
        }
        // A change that cannot be applied (bad data from a newer peer, a constraint) is skipped
        // and reported; it must not block every later change.
        if (auto r = m_cmd.run(QStringLiteral("SAVEPOINT remote_change")); !r)
            return r.error();
        Status s = applyOne(c, report);
        if (!s && failureOfThisComputer(s.error()))
            return s;
        if (!s) {
            if (auto r = m_cmd.run(QStringLiteral("ROLLBACK TO remote_change")); !r)
                return r.error();
            forgetClock(c.entity, c.entityId);
            report->problems << tr("%1 %2 (%3 by %4): %5")
                                    .arg(c.entity, c.entityId, sync::opName(c.op), c.device,
                                         s.message());
        }
        if (auto r = m_cmd.run(QStringLiteral("RELEASE remote_change")); !r)
            return r.error();
    }
    return {};
}

Status RemoteApplier::applyOne(const sync::Change& c, ApplyReport* report)
{
    if (!entityDef(c.entity))
        return Error::make(ErrorCode::Protocol, tr("Unknown kind of record: %1").arg(c.entity));
    auto clock = clockOf(c.entity, c.entityId);
    if (!clock)
        return clock.error();
    RecordClock& rc = **clock;
    if (rc.erased) {
        ++report->stale; // erasure is final
        return {};
    }
    if (c.op == sync::Op::Hide) {
        if (Status s = applyHide(c); !s)
            return s;
        ++report->applied;
        return {};
    }
    if (Status s = m_cmd.setOrigin({c.commandId, c.label, c.batchId, c.hlc, c.device, c.userId});
        !s)
        return s;
    // Our own change coming back is in our log already; logging it again would push it again.
    m_cmd.setLogging(c.device != m_device);
    Status result = applyChange(c, rc, report);
    m_cmd.setLogging(true);
    return result;
}

Status RemoteApplier::applyChange(const sync::Change& c, RecordClock& rc, ApplyReport* report)
{
    switch (c.op) {
    case sync::Op::Erase:
        if (Status s = applyErase(c, rc); !s)
            return s;
        ++report->applied;
        return {};
    case sync::Op::Delete:
        return applyDelete(c, rc, report);
    case sync::Op::Insert:
        return applyInsert(c, rc, report);
    case sync::Op::Update:
        return applyUpdate(c, rc, report);
    case sync::Op::Hide:
        break;
    }
    return {};
}

Status RemoteApplier::applyHide(const sync::Change& c)
{
    // The record is no longer visible to this user: it leaves this database without a trace
    // in the log (it was not deleted, and nothing about it may be pushed back). So does what
    // cannot exist without it (the server hides those too, and usually first).
    if (m_cmd.exists(c.entity, c.entityId)) {
        if (Status s = hideDependents(c.entity, c.entityId, 0); !s)
            return s;
        if (Status s = detachIncoming(c.entity, c.entityId); !s)
            return s;
        if (Status s = m_cmd.removeUnlogged(c.entity, c.entityId); !s)
            return s;
    }
    for (const char* sql : {"DELETE FROM sync_deferred WHERE target_id = ?",
                            "DELETE FROM sync_dangling WHERE entity_id = ?"}) {
        if (auto r = m_cmd.run(QLatin1String(sql), {c.entityId}); !r)
            return r.error();
    }
    forgetClock(c.entity, c.entityId);
    return {};
}

Status RemoteApplier::hideDependents(const QString& entity, const QString& id, int depth)
{
    if (depth > 3)
        return {};
    for (const Link& l : Links) {
        if (!l.required || !known(l) || entity != QLatin1String(l.target))
            continue;
        const EntityDef* def = entityDef(QLatin1String(l.entity));
        auto r = m_cmd.run(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                               .arg(def->table, QLatin1String(l.field)),
                           {id});
        if (!r)
            return r.error();
        QStringList rows;
        while ((*r)->next())
            rows << (*r)->value(0).toString();
        (*r)->finish();
        for (const QString& row : std::as_const(rows)) {
            const QString dependent = QLatin1String(l.entity);
            if (Status s = hideDependents(dependent, row, depth + 1); !s)
                return s;
            if (Status s = detachIncoming(dependent, row); !s)
                return s;
            if (Status s = m_cmd.removeUnlogged(dependent, row); !s)
                return s;
            forgetClock(dependent, row);
        }
    }
    return {};
}

Status RemoteApplier::detachIncoming(const QString& entity, const QString& id)
{
    // Records linked here by someone who did not know of the deletion: the link goes NULL (as
    // on the deleting device) and comes back if the record does (undo of the delete).
    for (const Link& l : Links) {
        if (l.required || !known(l) || entity != QLatin1String(l.target))
            continue;
        const EntityDef* def = entityDef(QLatin1String(l.entity));
        auto r = m_cmd.run(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                               .arg(def->table, QLatin1String(l.field)),
                           {id});
        if (!r)
            return r.error();
        QStringList rows;
        while ((*r)->next())
            rows << (*r)->value(0).toString();
        (*r)->finish();
        for (const QString& row : std::as_const(rows)) {
            auto u = m_cmd.run(QStringLiteral("UPDATE %1 SET %2 = NULL WHERE id = ?")
                                   .arg(def->table, QLatin1String(l.field)),
                               {row});
            if (!u)
                return u.error();
            m_danglingRows = true;
            u = m_cmd.run(QStringLiteral("INSERT OR REPLACE INTO sync_dangling(entity, "
                                         "entity_id, field, target_entity, target_id) VALUES "
                                         "(?, ?, ?, ?, ?)"),
                          {QLatin1String(l.entity), row, QLatin1String(l.field), entity, id});
            if (!u)
                return u.error();
            if (Status s = m_cmd.reindex(QLatin1String(l.entity), row); !s)
                return s;
        }
    }
    return {};
}

Status RemoteApplier::applyErase(const sync::Change& c, RecordClock& clock)
{
    if (Status s = detachIncoming(c.entity, c.entityId); !s)
        return s;
    if (Status s = m_cmd.erase(c.entity, c.entityId); !s)
        return s;
    clock.erased = true;
    for (const char* sql : {"DELETE FROM sync_deferred WHERE target_id = ?",
                            "DELETE FROM sync_dangling WHERE entity_id = ?"}) {
        if (auto r = m_cmd.run(QLatin1String(sql), {c.entityId}); !r)
            return r.error();
    }
    return {};
}

Status RemoteApplier::applyDelete(const sync::Change& c, RecordClock& clock, ApplyReport* report)
{
    // Our own newer re-insert (undo of a delete) has not reached the server yet.
    if (clock.pendingInsert > c.hlc) {
        ++report->stale;
        return {};
    }
    if (m_cmd.exists(c.entity, c.entityId)) {
        const bool pending = !clock.pendingFields.isEmpty() || !clock.pendingInsert.isEmpty();
        if (pending) {
            QString mine = clock.pendingInsert;
            for (const QString& h : std::as_const(clock.pendingFields))
                mine = std::max(mine, h);
            if (Status s = recordOverwritten(c, QString(), QVariant(), mine, true); !s)
                return s;
            ++report->conflicts;
        }
        if (Status s = detachIncoming(c.entity, c.entityId); !s)
            return s;
        if (Status s = m_cmd.remove(c.entity, c.entityId); !s)
            return s;
    } else if (clock.lastExistenceOp != QLatin1String("delete")) {
        if (Status s = m_cmd.logRow(c.entity, c.entityId, "delete", {}, {}, {}); !s)
            return s;
    }
    clock.lastExistenceOp = QStringLiteral("delete");
    clock.pendingFields.clear();
    clock.pendingInsert.clear();
    if (auto r = m_cmd.run(QStringLiteral("DELETE FROM sync_dangling WHERE entity_id = ?"),
                           {c.entityId});
        !r)
        return r.error();
    ++report->applied;
    return {};
}

Status RemoteApplier::applyInsert(const sync::Change& c, RecordClock& clock, ApplyReport* report)
{
    const bool exists = m_cmd.exists(c.entity, c.entityId);
    if (!exists) {
        if (clock.pendingDelete > c.hlc) { // our newer delete goes to the server next
            ++report->stale;
            return {};
        }
        const QString missing = missingRequiredTarget(c.entity, c.fields);
        if (!missing.isEmpty())
            return defer(c, missing, report);
        QVariantMap fields = c.fields;
        QVariantMap intended;
        if (Status s = detachMissingLinks(c.entity, c.entityId, &fields, &intended); !s)
            return s;
        if (Status s = m_cmd.insertNew(c.entity, c.entityId, fields); !s)
            return s;
        for (auto it = intended.constBegin(); it != intended.constEnd(); ++it) {
            if (Status s = m_cmd.logRow(c.entity, c.entityId, "insert", it.key(), {}, it.value());
                !s)
                return s;
        }
        clock.lastExistenceOp = QStringLiteral("insert");
        clock.pendingDelete.clear();
        clock.lastCompactInsert = {std::numeric_limits<qint64>::max(), c.device, c.hlc};
        ++report->applied;
        return recordArrived(c.entity, c.entityId);
    }
    // Already here (our own insert echoed back, a record visible again, a re-insert): the
    // server's values win, except fields we changed after them and have not pushed yet.
    QVariantMap winners;
    auto row = m_cmd.read(c.entity, c.entityId);
    if (!row)
        return row.error();
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        const QString mine = clock.pendingOf(it.key());
        if (mine > c.hlc)
            continue;
        const QVariant current = row->value(it.key());
        if (!mine.isEmpty() && !sameValue(current, it.value()) && !isBookkeepingField(it.key())) {
            sync::Change single = c;
            single.value = it.value();
            if (Status s = recordOverwritten(single, it.key(), current, mine, false); !s)
                return s;
            ++report->conflicts;
        }
        winners.insert(it.key(), it.value());
    }
    if (winners.isEmpty()) {
        ++report->stale;
        return {};
    }
    if (Status s = writeFields(c, winners); !s)
        return s;
    for (auto it = winners.constBegin(); it != winners.constEnd(); ++it) {
        clock.pendingFields.remove(it.key());
        clock.lastWrite.insert(it.key(), {std::numeric_limits<qint64>::max(), c.device, c.hlc});
    }
    clock.lastExistenceOp = QStringLiteral("insert");
    ++report->applied;
    return {};
}

Status RemoteApplier::applyUpdate(const sync::Change& c, RecordClock& clock, ApplyReport* report)
{
    if (!m_cmd.exists(c.entity, c.entityId)) {
        if (clock.lastExistenceOp == QLatin1String("delete")) {
            ++report->stale; // deleted here; the delete reaches the server and wins there
            return {};
        }
        return defer(c, c.entityId, report); // its insert has not arrived yet
    }
    const QString mine = clock.pendingOf(c.field);
    if (mine > c.hlc) {
        ++report->stale; // ours is newer and on its way
        return {};
    }
    const RecordClock::Writer writer = clock.writerOf(c.field);
    // Our value was already on the server and this edit's writer replaced another one (`old`):
    // it never saw ours, so ours was overwritten by a concurrent change, not edited further.
    const bool oursUnseen =
        mine.isEmpty() && c.hasOld && c.device != m_device && writer.device == m_device;
    if ((!mine.isEmpty() || oursUnseen) && !isBookkeepingField(c.field)) {
        auto row = m_cmd.read(c.entity, c.entityId);
        if (!row)
            return row.error();
        const QVariant current = row->value(c.field);
        if (!sameValue(current, c.value) && (!mine.isEmpty() || !sameValue(current, c.oldValue))) {
            if (Status s = recordOverwritten(c, c.field, current,
                                             mine.isEmpty() ? writer.hlc : mine, false);
                !s)
                return s;
            ++report->conflicts;
        }
    }
    const QString link = QStringLiteral("%1.%2").arg(c.entity, c.field);
    for (const Link& l : Links) {
        if (l.required &&
            link == QLatin1String(l.entity) + QLatin1Char('.') + QLatin1String(l.field)) {
            if (!c.value.isNull() && !m_cmd.exists(QLatin1String(l.target), c.value.toString()))
                return defer(c, c.value.toString(), report);
        }
    }
    if (Status s = writeFields(c, {{c.field, c.value}}); !s)
        return s;
    clock.pendingFields.remove(c.field);
    clock.lastWrite.insert(c.field, {std::numeric_limits<qint64>::max(), c.device, c.hlc});
    ++report->applied;
    return {};
}

Status RemoteApplier::writeFields(const sync::Change& c, QVariantMap fields)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (auto r = m_cmd.run(QStringLiteral("DELETE FROM sync_dangling WHERE entity = ? AND "
                                              "entity_id = ? AND field = ?"),
                               {c.entity, c.entityId, it.key()});
            !r)
            return r.error();
    }
    QVariantMap intended;
    if (Status s = detachMissingLinks(c.entity, c.entityId, &fields, &intended); !s)
        return s;
    if (Status s = m_cmd.update(c.entity, c.entityId, fields); !s)
        return s;
    for (auto it = intended.constBegin(); it != intended.constEnd(); ++it) {
        if (Status s = m_cmd.logRow(c.entity, c.entityId, "update", it.key(), {}, it.value()); !s)
            return s;
    }
    return {};
}

QString RemoteApplier::missingRequiredTarget(const QString& entity, const QVariantMap& fields)
{
    for (const Link& l : Links) {
        if (!l.required || !known(l) || entity != QLatin1String(l.entity))
            continue;
        const QString target = fields.value(QLatin1String(l.field)).toString();
        if (!target.isEmpty() && !m_cmd.exists(QLatin1String(l.target), target))
            return target;
    }
    return {};
}

Status RemoteApplier::detachMissingLinks(const QString& entity, const QString& id,
                                         QVariantMap* fields, QVariantMap* intended)
{
    for (const Link& l : Links) {
        const QString field = QLatin1String(l.field);
        if (l.required || !known(l) || entity != QLatin1String(l.entity) ||
            !fields->contains(field))
            continue;
        const QString target = fields->value(field).toString();
        if (target.isEmpty() || m_cmd.exists(QLatin1String(l.target), target))
            continue;
        fields->insert(field, QVariant());
        intended->insert(field, target);
        m_danglingRows = true;
        auto r =
            m_cmd.run(QStringLiteral("INSERT OR REPLACE INTO sync_dangling(entity, entity_id, "
                                     "field, target_entity, target_id) VALUES (?, ?, ?, ?, ?)"),
                      {entity, id, field, QLatin1String(l.target), target});
        if (!r)
            return r.error();
    }
    return {};
}

Status RemoteApplier::defer(const sync::Change& c, const QString& targetId, ApplyReport* report)
{
    m_deferredRows = true;
    auto r = m_cmd.run(
        QStringLiteral("INSERT INTO sync_deferred(target_id, change) VALUES (?, ?)"),
        {targetId, QString::fromUtf8(
                       QJsonDocument(sync::changeToJson(c, true)).toJson(QJsonDocument::Compact))});
    if (!r)
        return r.error();
    ++report->deferred;
    return {};
}

Status RemoteApplier::recordArrived(const QString& entity, const QString& id)
{
    if (!m_deferredRows && !m_danglingRows)
        return {}; // nothing waits for any record

    auto waiting =
        m_cmd.run(QStringLiteral("SELECT id, change FROM sync_deferred WHERE target_id = ? "
                                 "ORDER BY id"),
                  {id});
    if (!waiting)
        return waiting.error();
    QList<qint64> rows;
    QList<sync::Change> released;
    while ((*waiting)->next()) {
        rows << (*waiting)->value(0).toLongLong();
        const QJsonDocument doc = QJsonDocument::fromJson((*waiting)->value(1).toByteArray());
        auto c = sync::changeFromJson(doc.object(), QStringLiteral("sync_deferred"), true);
        if (c)
            released << *c;
    }
    (*waiting)->finish();
    if (!rows.isEmpty()) {
        if (auto r =
                m_cmd.run(QStringLiteral("DELETE FROM sync_deferred WHERE target_id = ?"), {id});
            !r)
            return r.error();
        for (auto it = released.crbegin(); it != released.crend(); ++it)
            m_queue.push_front(*it);
    }
    // Links that were kept NULL until this record arrived.
    auto dangling = m_cmd.run(QStringLiteral("SELECT entity, entity_id, field FROM sync_dangling "
                                             "WHERE target_id = ? AND target_entity = ?"),
                              {id, entity});
    if (!dangling)
        return dangling.error();
    QList<QStringList> fixes;
    while ((*dangling)->next())
        fixes << QStringList{(*dangling)->value(0).toString(), (*dangling)->value(1).toString(),
                             (*dangling)->value(2).toString()};
    (*dangling)->finish();
    for (const QStringList& f : std::as_const(fixes)) {
        const EntityDef* def = entityDef(f.at(0));
        if (!def)
            continue;
        auto r = m_cmd.run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NULL")
                               .arg(def->table, f.at(2)),
                           {id, f.at(1)});
        if (!r)
            return r.error();
        if (Status s = m_cmd.reindex(f.at(0), f.at(1)); !s)
            return s;
    }
    if (!fixes.isEmpty()) {
        auto r = m_cmd.run(QStringLiteral("DELETE FROM sync_dangling WHERE target_id = ? AND "
                                          "target_entity = ?"),
                           {id, entity});
        if (!r)
            return r.error();
    }
    return {};
}

Status RemoteApplier::recordOverwritten(const sync::Change& winner, const QString& field,
                                        const QVariant& localValue, const QString& localHlc,
                                        bool deleted)
{
    auto r = m_cmd.run(
        QStringLiteral("INSERT OR IGNORE INTO sync_overwritten(entity, entity_id, field, "
                       "local_value, local_hlc, winning_value, winning_hlc, winning_user_id, "
                       "winning_device, deleted, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {winner.entity, winner.entityId, field.isEmpty() ? QVariant() : QVariant(field), localValue,
         localHlc, deleted ? QVariant() : winner.value, winner.hlc,
         winner.userId.isEmpty() ? QVariant() : QVariant(winner.userId), winner.device,
         qint64(deleted ? 1 : 0), nowText()});
    return r ? Status() : Status(r.error());
}

} // namespace baza::store
