#include "server/ChangeRules.h"

#include "core/common/Uuid.h"
#include "core/store/Entities.h"

#include <QRegularExpression>

#include <cmath>

namespace baza::server {

namespace {

bool hasColumn(const QString& entity, const char* column)
{
    const store::EntityDef* def = store::entityDef(entity);
    return def && def->columns.contains(QLatin1String(column));
}

// Roughly the value's size on the wire; exact enough for a 64 KiB limit.
qsizetype wireSize(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().size() * 3;
    case QMetaType::QByteArray:
        return (v.toByteArray().size() + 2) / 3 * 4;
    default:
        return 32;
    }
}

bool hasNul(const QString& text)
{
    return text.contains(QChar(0));
}

// A value the server can store and visibility can rely on.
bool checkValue(const QString& field, const QVariant& v, QString* reason)
{
    auto bad = [&](const char* why) {
        *reason = QStringLiteral("bad_value: %1 (%2)").arg(field.left(64), QLatin1String(why));
        return false;
    };
    if (v.isNull())
        return true;
    if (wireSize(v) > MaxValueBytes)
        return bad("larger than 64 KiB");
    if (v.typeId() == QMetaType::QString && hasNul(v.toString()))
        return bad("NUL character");
    if (v.typeId() == QMetaType::Double && !std::isfinite(v.toDouble()))
        return bad("not a finite number");
    // Fields visibility depends on are checked strictly.
    if (field == QLatin1String("private") &&
        !(v.typeId() == QMetaType::LongLong && (v.toLongLong() == 0 || v.toLongLong() == 1)))
        return bad("0 or 1");
    if (field.endsWith(QLatin1String("_id")) &&
        !(v.typeId() == QMetaType::QString && (v.toString().isEmpty() || isUuid(v.toString()))))
        return bad("a UUID or null");
    return true;
}

} // namespace

bool isSyncedEntity(const QString& entity)
{
    return entity != QLatin1String("user") && store::entityDef(entity) != nullptr;
}

bool canBePrivate(const QString& entity)
{
    return hasColumn(entity, "private");
}

bool belongsToContact(const QString& entity)
{
    return hasColumn(entity, "contact_id");
}

bool belongsToDeal(const QString& entity)
{
    return hasColumn(entity, "deal_id");
}

bool isValidDeviceId(const QString& device)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(device).hasMatch();
}

Verdict checkPushedChange(const QJsonObject& o, const QString& device, qint64 nowMs,
                          qint64 maxSkewMs, CheckedChange* out, QString* reason)
{
    auto reject = [reason](QString why) {
        *reason = std::move(why);
        return Verdict::Rejected;
    };
    // What the server's log keeps of a change it refuses.
    auto raw = [&o](const char* key, int max) {
        return o.value(QLatin1String(key)).toString().left(max).remove(QChar(0));
    };
    sync::Change& logged = out->change;
    logged.entity = raw("entity", 40);
    logged.entityId = raw("entity_id", 40);
    logged.field = raw("field", 64);
    logged.commandId = raw("command_id", 64);
    logged.hlc = raw("hlc", 100);
    logged.label = raw("label", 200);
    out->rawOp = raw("op", 20);
    const QString entity = logged.entity;
    if (!isSyncedEntity(entity))
        return reject(QStringLiteral("unknown_entity: %1").arg(entity.left(40)));
    auto decoded = sync::changeFromJson(o, QString(), false);
    if (!decoded)
        return reject(QStringLiteral("malformed: ") + decoded.message());
    sync::Change& c = *decoded;
    if (!isUuid(c.entityId))
        return reject(QStringLiteral("bad_entity_id"));
    if (c.commandId.size() > 64 || c.batchId.size() > 64 || hasNul(c.commandId) ||
        hasNul(c.batchId))
        return reject(QStringLiteral("bad_command_id"));
    c.label = c.label.left(200);
    if (hasNul(c.label) || hasNul(c.userId))
        return reject(QStringLiteral("bad_label"));
    changes::Hlc hlc;
    if (!changes::Hlc::parse(c.hlc, &hlc) || hlc.device != device)
        return reject(QStringLiteral("bad_hlc"));
    if (c.isCompactInsert()) {
        qsizetype total = 0;
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            if (!checkValue(it.key(), it.value(), reason))
                return Verdict::Rejected;
            total += wireSize(it.value()) + it.key().size() + 4;
        }
        if (total > MaxFieldsBytes)
            return reject(QStringLiteral("bad_value: fields (larger than 512 KiB)"));
    } else if (!c.field.isEmpty() && !checkValue(c.field, c.value, reason)) {
        return Verdict::Rejected;
    }
    c.device = device;
    out->change = std::move(c);
    out->rawOp = sync::opName(out->change.op);
    out->hlc = hlc;
    // Not accepted yet rather than rejected (the change would be lost to the team) or clamped
    // (the server's order would disagree with the writer's log): see sync::MaxClockSkewMs.
    if (hlc.wallMs > nowMs + maxSkewMs) {
        *reason = QStringLiteral("clock_skew");
        return Verdict::Retry;
    }
    return Verdict::Ok;
}

} // namespace baza::server
