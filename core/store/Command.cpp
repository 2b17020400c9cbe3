#include "core/store/Command.h"

#include "core/common/Uuid.h"
#include "core/store/Entities.h"
#include "core/store/Indexer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>

#include <algorithm>
#include <cmath>

namespace baza::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::store", text);
}

Error sqlFailure(const QSqlError& e)
{
    Error err{ErrorCode::Sql,
              e.databaseText().isEmpty() ? e.driverText() : e.databaseText(),
              e.nativeErrorCode().toInt(),
              {}};
    const int primary = err.sqliteCode & 0xff;
    if (primary == 19) // SQLITE_CONSTRAINT
        err.code = ErrorCode::Conflict;
    return err;
}

} // namespace

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    const bool aNum = a.typeId() == QMetaType::LongLong || a.typeId() == QMetaType::Int ||
                      a.typeId() == QMetaType::Bool;
    const bool bNum = b.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::Int ||
                      b.typeId() == QMetaType::Bool;
    if (aNum && bNum)
        return a.toLongLong() == b.toLongLong();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return a.toDouble() == b.toDouble();
    return a.toString() == b.toString();
}

void appendJsonString(QByteArray& out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// Written directly rather than through QJsonObject: a first sync logs every pulled record this
// way, and building a JSON object per record cost more than writing its row.
QString compactFields(const QVariantMap& fields)
{
    QByteArray out;
    out.reserve(256);
    out += '{';
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QVariant& v = it.value();
        if (v.isNull())
            continue;
        if (out.size() > 1)
            out += ',';
        appendJsonString(out, it.key());
        out += ':';
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::Bool:
            out += QByteArray::number(v.toLongLong());
            break;
        case QMetaType::Double: {
            const double d = v.toDouble();
            // JSON has no NaN or infinity; QJsonValue wrote them as null.
            out += std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                    : QByteArray("null");
            break;
        }
        default:
            appendJsonString(out, v.toString());
        }
    }
    out += '}';
    return QString::fromUtf8(out);
}

QVariantMap fieldsFromCompact(const QVariant& json)
{
    QVariantMap out;
    if (json.isNull())
        return out;
    const QJsonObject o = QJsonDocument::fromJson(json.toString().toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isDouble()) {
            const double d = v.toDouble();
            out.insert(it.key(), d == double(qint64(d)) ? QVariant(qlonglong(d)) : QVariant(d));
        } else {
            out.insert(it.key(), v.toString());
        }
    }
    return out;
}

Command::Command(CommandContext context, QString label, QString undoOf)
    : m_ctx(std::move(context))
    , m_label(std::move(label))
    , m_undoOf(std::move(undoOf))
{}

Command::~Command()
{
    if (m_open) {
        m_statements.clear();
        m_ctx.db.rollback();
    }
    delete m_indexer;
}

Result<QSqlQuery*> Command::run(const QString& sql, const QVariantList& values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_ctx.db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return sqlFailure(q.lastError());
        it = m_statements.insert(sql, q);
    }
    QSqlQuery* q = &*it;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec())
        return sqlFailure(q->lastError());
    return q;
}

Status Command::begin()
{
    if (!m_ctx.db.isOpen())
        return Error::make(ErrorCode::Sql, tr("The database is not open."));
    if (!m_ctx.db.transaction())
        return sqlFailure(m_ctx.db.lastError());
    m_open = true;
    m_device = m_ctx.deviceId;
    m_user = m_ctx.userId;
    m_id = newUuidV7();
    m_hlc = m_ctx.clock->now();
    m_hlcText = m_hlc.toString();
    m_indexer = new Indexer(*this);
    auto r = run(
        QStringLiteral("INSERT INTO commands(id, label, batch_id, hlc, device_id, user_id, "
                       "created_at, undo_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_id, m_label, m_ctx.batchId.isEmpty() ? QVariant() : QVariant(m_ctx.batchId), m_hlcText,
         m_ctx.deviceId, m_ctx.userId,
         (m_ctx.recordedAt.isValid() ? m_ctx.recordedAt.toUTC() : QDateTime::currentDateTimeUtc())
             .toString(Qt::ISODateWithMs),
         m_undoOf.isEmpty() ? QVariant() : QVariant(m_undoOf)});
    if (!r)
        return r.error();
    return {};
}

Status Command::beginRemote()
{
    if (!m_ctx.db.isOpen())
        return Error::make(ErrorCode::Sql, tr("The database is not open."));
    if (!m_ctx.db.transaction())
        return sqlFailure(m_ctx.db.lastError());
    m_open = true;
    m_remote = true;
    // When the page arrived: the time every command first seen in it is recorded with.
    m_receivedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_indexer = new Indexer(*this);
    return {};
}

Status Command::setOrigin(const Origin& origin)
{
    if (!m_remote)
        return Error::make(ErrorCode::Usage, tr("Only remote changes have an origin."));
    if (m_id != origin.commandId) {
        auto r = run(QStringLiteral("INSERT OR IGNORE INTO commands(id, label, batch_id, hlc, "
                                    "device_id, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {origin.commandId, origin.label,
                      origin.batchId.isEmpty() ? QVariant() : QVariant(origin.batchId), origin.hlc,
                      origin.device, origin.userId.isEmpty() ? QVariant() : QVariant(origin.userId),
                      m_receivedAt});
        if (!r)
            return r.error();
    }
    m_id = origin.commandId;
    m_hlcText = origin.hlc;
    m_device = origin.device;
    m_user = origin.userId;
    return {};
}

Status Command::commit()
{
    if (!m_open)
        return Error::make(ErrorCode::Usage, tr("The command was not started."));
    // A remote page moved the clock past what it saw (HybridClock::observe).
    const QString last = m_remote ? m_ctx.clock->last().toString() : m_hlcText;
    auto r = run(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('hlc_last', ?)"),
                 {last});
    if (!r)
        return r.error();
    m_statements.clear();
    if (!m_ctx.db.commit()) {
        const QSqlError e = m_ctx.db.lastError();
        m_ctx.db.rollback();
        m_open = false;
        return sqlFailure(e);
    }
    m_open = false;
    return {};
}

void Command::touch(const QString& entity, const QString& id)
{
    // A set beside the ordered list: a bulk undo touches a million rows.
    QSet<QString>& seen = m_seen[entity];
    if (seen.contains(id))
        return;
    seen.insert(id);
    for (auto& [e, ids] : m_touched) {
        if (e == entity) {
            ids << id;
            return;
        }
    }
    m_touched.append({entity, {id}});
}

Status Command::removeUnlogged(const QString& entity, const QString& id)
{
    const bool was = m_logging;
    m_logging = false;
    Status s = remove(entity, id);
    m_logging = was;
    return s;
}

Status Command::log(const QString& entity, const QString& id, const char* op, const QString& field,
                    const QVariant& oldValue, const QVariant& newValue)
{
    if (!m_logging)
        return {};
    auto r =
        run(QStringLiteral("INSERT INTO changes(command_id, entity, entity_id, op, field, "
                           "old_value, new_value, hlc, device_id, user_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_id, entity, id, QLatin1String(op), field.isEmpty() ? QVariant() : field, oldValue,
             newValue, m_hlcText, m_device, m_user.isEmpty() ? QVariant() : QVariant(m_user)});
    return r ? Status() : Status(r.error());
}

Result<QVariantMap> Command::read(const QString& entity, const QString& id)
{
    const EntityDef* def = entityDef(entity);
    if (!def)
        return Error::make(ErrorCode::Usage, tr("Unknown kind of record: %1").arg(entity));
    auto r = run(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                     .arg(def->columns.join(QLatin1String(", ")), def->table),
                 {id});
    if (!r)
        return r.error();
    QSqlQuery* q = *r;
    if (!q->next())
        return Error::make(ErrorCode::NotFound, tr("No %1 with id %2.").arg(entity, id));
    QVariantMap row;
    for (int i = 0; i < def->columns.size(); ++i)
        row.insert(def->columns.at(i), q->value(i));
    q->finish();
    return row;
}

bool Command::exists(const QString& entity, const QString& id)
{
    const EntityDef* def = entityDef(entity);
    if (!def)
        return false;
    auto r = run(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(def->table), {id});
    const bool found = r && (*r)->next();
    if (r)
        (*r)->finish();
    return found;
}

Result<QStringList> Command::idsWhere(const QString& entity, const QString& column,
                                      const QString& value)
{
    const EntityDef* def = entityDef(entity);
    if (!def || !def->columns.contains(column))
        return Error::make(ErrorCode::Usage, tr("%1 has no field %2.").arg(entity, column));
    auto r = run(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(def->table, column), {value});
    if (!r)
        return r.error();
    QStringList ids;
    while ((*r)->next())
        ids << (*r)->value(0).toString();
    (*r)->finish();
    return ids;
}

Status Command::forEachWhere(const QString& entity, const QString& column, const QString& value,
                             const std::function<Status(const QString& id)>& action)
{
    auto ids = idsWhere(entity, column, value);
    if (!ids)
        return ids.error();
    for (const QString& id : std::as_const(*ids)) {
        if (Status s = action(id); !s)
            return s;
    }
    return {};
}

Status Command::unlinkAll(const QStringList& entities, const QString& column, const QString& value)
{
    for (const QString& entity : entities) {
        Status s = forEachWhere(entity, column, value, [&](const QString& id) {
            return update(entity, id, {{column, QVariant()}});
        });
        if (!s)
            return s;
    }
    return {};
}

Status Command::insert(const QString& entity, const QString& id, const QVariantMap& fields)
{
    const EntityDef* def = entityDef(entity);
    if (!def)
        return Error::make(ErrorCode::Usage, tr("Unknown kind of record: %1").arg(entity));
    QStringList names{QStringLiteral("id")};
    QVariantList values{id};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!def->columns.contains(it.key()))
            return Error::make(ErrorCode::Usage, tr("%1 has no field %2.").arg(entity, it.key()));
        names << it.key();
        values << it.value();
    }
    const QString placeholders = QStringLiteral("?, ").repeated(names.size()).chopped(2);
    auto r = run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(def->table, names.join(QLatin1String(", ")), placeholders),
                 values);
    if (!r)
        return r.error();
    bool any = false;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.value().isNull())
            continue;
        any = true;
        if (Status s = log(entity, id, "insert", it.key(), QVariant(), it.value()); !s)
            return s;
    }
    if (!any) {
        if (Status s = log(entity, id, "insert", QString(), QVariant(), QVariant()); !s)
            return s;
    }
    touch(entity, id);
    return refreshDerived(entity, id, false);
}

Status Command::insertCompact(const QString& entity, const QString& id, const QVariantMap& fields)
{
    const EntityDef* def = entityDef(entity);
    if (!def)
        return Error::make(ErrorCode::Usage, tr("Unknown kind of record: %1").arg(entity));
    // Built once per column set: imports pass the same keys for every row, so the statement
    // text (the cache key in run()) repeats and SQLite compiles it once.
    QString sql = QStringLiteral("INSERT INTO ") + def->table + QStringLiteral(" (id");
    QVariantList values{id};
    values.reserve(fields.size() + 1);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!def->columns.contains(it.key()))
            return Error::make(ErrorCode::Usage, tr("%1 has no field %2.").arg(entity, it.key()));
        sql += QStringLiteral(", ") + it.key();
        values << it.value();
    }
    sql += QStringLiteral(") VALUES (") + QStringLiteral("?, ").repeated(values.size()).chopped(2) +
           QLatin1Char(')');
    auto r = run(sql, values);
    if (!r)
        return r.error();
    return log(entity, id, "insert", QString(), QVariant(), compactFields(fields));
}

Status Command::insertNew(const QString& entity, const QString& id, const QVariantMap& fields)
{
    if (Status s = insertCompact(entity, id, fields); !s)
        return s;
    touch(entity, id);
    return m_indexer->indexInserted(entity, id, fields);
}

Status Command::removeCompact(const QString& entity, const QString& id)
{
    const EntityDef* def = entityDef(entity);
    auto old = read(entity, id);
    if (!old)
        return old.error();
    if (Status s = refreshDerived(entity, id, true); !s)
        return s;
    auto r = run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(def->table), {id});
    if (!r)
        return r.error();
    touch(entity, id);
    return log(entity, id, "delete", QString(), compactFields(*old), QVariant());
}

Status Command::update(const QString& entity, const QString& id, const QVariantMap& fields)
{
    const EntityDef* def = entityDef(entity);
    auto old = read(entity, id);
    if (!old)
        return old.error();
    QStringList sets;
    QVariantList values;
    QList<QPair<QString, QPair<QVariant, QVariant>>> diffs;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!def->columns.contains(it.key()))
            return Error::make(ErrorCode::Usage, tr("%1 has no field %2.").arg(entity, it.key()));
        const QVariant before = old->value(it.key());
        if (sameValue(before, it.value())) {
            if (m_remote)
                diffs.append({it.key(), {before, it.value()}}); // logged for its clock
            continue;
        }
        sets << it.key() + QStringLiteral(" = ?");
        values << it.value();
        diffs.append({it.key(), {before, it.value()}});
    }
    // A save that only moves the timestamp changed nothing the user can see: it writes and logs
    // nothing, so re-saving an untouched card never grows the change log or the sync queue.
    const bool onlyTimestamp = std::all_of(diffs.cbegin(), diffs.cend(), [](const auto& d) {
        return d.first == QLatin1String("updated_at");
    });
    if (onlyTimestamp && !m_remote)
        return {};
    if (sets.isEmpty()) {
        for (const auto& [field, change] : diffs) {
            if (Status s = log(entity, id, "update", field, change.first, change.second); !s)
                return s;
        }
        return {};
    }
    values << id;
    auto r = run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                     .arg(def->table, sets.join(QLatin1String(", "))),
                 values);
    if (!r)
        return r.error();
    QStringList changedFields;
    for (const auto& [field, change] : diffs) {
        if (Status s = log(entity, id, "update", field, change.first, change.second); !s)
            return s;
        changedFields << field;
    }
    touch(entity, id);
    // Bulk changes of owner or stage touch thousands of rows; nothing derived depends on them.
    if (!Indexer::dependsOn(entity, changedFields))
        return {};
    return refreshDerived(entity, id, false);
}

Status Command::remove(const QString& entity, const QString& id)
{
    const EntityDef* def = entityDef(entity);
    auto old = read(entity, id);
    if (!old)
        return old.error();
    if (Status s = refreshDerived(entity, id, true); !s)
        return s;
    auto r = run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(def->table), {id});
    if (!r)
        return r.error();
    bool any = false;
    for (auto it = old->constBegin(); it != old->constEnd(); ++it) {
        if (it.value().isNull())
            continue;
        any = true;
        if (Status s = log(entity, id, "delete", it.key(), it.value(), QVariant()); !s)
            return s;
    }
    if (!any) {
        if (Status s = log(entity, id, "delete", QString(), QVariant(), QVariant()); !s)
            return s;
    }
    touch(entity, id);
    return {};
}

Status Command::erase(const QString& entity, const QString& id)
{
    const EntityDef* def = entityDef(entity);
    if (!def)
        return Error::make(ErrorCode::Usage, tr("Unknown kind of record: %1").arg(entity));
    if (Status s = refreshDerived(entity, id, true); !s)
        return s;
    auto r = run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(def->table), {id});
    if (!r)
        return r.error();
    r = run(QStringLiteral("UPDATE changes SET old_value = NULL, new_value = NULL "
                           "WHERE entity = ? AND entity_id = ?"),
            {entity, id});
    if (!r)
        return r.error();
    if (Status s = log(entity, id, "erase", QString(), QVariant(), QVariant()); !s)
        return s;
    touch(entity, id);
    return {};
}

Status Command::refreshDerived(const QString& entity, const QString& id, bool removed)
{
    return m_indexer->refresh(entity, id, removed);
}

} // namespace baza::store
