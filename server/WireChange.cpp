#include "server/WireChange.h"

#include "core/common/Uuid.h"
#include "core/store/Entities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace baza::server {

namespace {

// Users are managed by the server (add-user), not synced as records.
bool serverManaged(const QString& entity)
{
    return entity == QLatin1String("user");
}

qsizetype encodedSize(const QJsonValue& v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).size();
}

// A value as the protocol allows it: null, an int64, a string, {"real": n} or {"blob": b64}.
bool checkValue(const QString& field, const QJsonValue& v, QString* reason)
{
    auto bad = [&](const char* why) {
        *reason = QStringLiteral("bad_value: %1 (%2)").arg(field, QLatin1String(why));
        return false;
    };
    switch (v.type()) {
    case QJsonValue::Null:
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
            return bad("integers only; reals travel as {\"real\": n}");
        break;
    }
    case QJsonValue::String:
        if (v.toString().contains(QChar(0)))
            return bad("NUL character");
        break;
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.size() != 1)
            return bad("object values are {\"real\": n} or {\"blob\": base64}");
        if (o.contains(QLatin1String("real")) && o.value(QLatin1String("real")).isDouble())
            break;
        if (o.contains(QLatin1String("blob")) && o.value(QLatin1String("blob")).isString())
            break;
        return bad("object values are {\"real\": n} or {\"blob\": base64}");
    }
    default:
        return bad("booleans and arrays are not values");
    }
    if (encodedSize(v) > MaxValueBytes)
        return bad("larger than 64 KiB");
    // Fields visibility depends on are checked strictly.
    if (field == QLatin1String("private") && !v.isNull() && v.toInteger(-1) != 0 &&
        v.toInteger(-1) != 1)
        return bad("0 or 1");
    if (field.endsWith(QLatin1String("_id")) && !v.isNull() &&
        !(v.isString() && (v.toString().isEmpty() || isUuid(v.toString()))))
        return bad("a UUID or null");
    return true;
}

} // namespace

bool isKnownEntity(const QString& entity)
{
    return !serverManaged(entity) && store::entityDef(entity) != nullptr;
}

bool isKnownField(const QString& entity, const QString& field)
{
    const store::EntityDef* def = store::entityDef(entity);
    if (!def || serverManaged(entity))
        return false;
    // `private` exists on contacts, companies and deals (schema v5 on the desktop); records
    // linked to a contact follow the contact instead.
    const bool canBePrivate = entity == QLatin1String("contact") ||
                              entity == QLatin1String("company") || entity == QLatin1String("deal");
    return def->columns.contains(field) || (canBePrivate && field == QLatin1String("private"));
}

bool dependsOnContact(const QString& entity)
{
    return entity == QLatin1String("activity") || entity == QLatin1String("task") ||
           entity == QLatin1String("deal") || entity == QLatin1String("consent") ||
           entity == QLatin1String("deal_contact");
}

bool isValidDeviceId(const QString& device)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(device).hasMatch();
}

bool parseWireChange(const QJsonObject& o, const QString& device, qint64 nowMs, qint64 maxSkewMs,
                     WireChange* out, QString* reason)
{
    WireChange c;
    c.raw = o;
    c.deviceSeq = o.value(QLatin1String("device_seq")).toInteger(0);
    c.commandId = o.value(QLatin1String("command_id")).toString();
    c.entity = o.value(QLatin1String("entity")).toString();
    c.entityId = o.value(QLatin1String("entity_id")).toString();
    c.op = o.value(QLatin1String("op")).toString();
    c.field = o.value(QLatin1String("field")).toString();
    c.value = o.value(QLatin1String("value"));
    if (c.value.isUndefined())
        c.value = QJsonValue::Null;
    c.hlcText = o.value(QLatin1String("hlc")).toString();
    c.batchId = o.value(QLatin1String("batch_id")).toString();
    c.label = o.value(QLatin1String("label")).toString().left(200);
    *out = c;

    if (c.deviceSeq <= 0) {
        *reason = QStringLiteral("bad_device_seq");
        return false;
    }
    if (!isKnownEntity(c.entity)) {
        *reason = QStringLiteral("unknown_entity: %1").arg(c.entity.left(40));
        return false;
    }
    if (!isUuid(c.entityId)) {
        *reason = QStringLiteral("bad_entity_id");
        return false;
    }
    if (c.commandId.size() > 64 || c.batchId.size() > 64) {
        *reason = QStringLiteral("bad_command_id");
        return false;
    }
    if (!changes::Hlc::parse(c.hlcText, &c.hlc) || c.hlc.device != device) {
        *reason = QStringLiteral("bad_hlc");
        return false;
    }
    // Rejected rather than clamped: rewriting the HLC would make the server's order disagree
    // with the writer's own log; the client tells its user to fix the clock.
    if (c.hlc.wallMs > nowMs + maxSkewMs) {
        *reason = QStringLiteral("clock_skew");
        return false;
    }
    if (c.op == QLatin1String("insert") && c.field.isEmpty()) {
        c.compact = true;
        const QJsonValue f = o.value(QLatin1String("fields"));
        if (!f.isObject()) {
            *reason = QStringLiteral("bad_fields");
            return false;
        }
        c.fields = f.toObject();
        if (QJsonDocument(c.fields).toJson(QJsonDocument::Compact).size() > MaxFieldsBytes) {
            *reason = QStringLiteral("bad_value: fields (larger than 512 KiB)");
            return false;
        }
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            if (!isKnownField(c.entity, it.key())) {
                *reason = QStringLiteral("unknown_field: %1").arg(it.key().left(40));
                return false;
            }
            if (!checkValue(it.key(), it.value(), reason))
                return false;
        }
    } else if (c.op == QLatin1String("insert") || c.op == QLatin1String("update")) {
        if (!isKnownField(c.entity, c.field)) {
            *reason = QStringLiteral("unknown_field: %1").arg(c.field.left(40));
            return false;
        }
        if (!checkValue(c.field, c.value, reason))
            return false;
    } else if (c.op == QLatin1String("delete") || c.op == QLatin1String("erase")) {
        if (!c.field.isEmpty()) {
            *reason = QStringLiteral("bad_op: %1 takes no field").arg(c.op);
            return false;
        }
    } else {
        *reason = QStringLiteral("bad_op: %1").arg(c.op.left(20));
        return false;
    }
    *out = c;
    return true;
}

} // namespace baza::server
