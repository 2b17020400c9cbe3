#include "core/sync/Protocol.h"

#include "core/changes/Hlc.h"
#include "core/store/Entities.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace baza::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::sync", text);
}

Error malformed(const QString& where, const QString& why)
{
    Error e =
        Error::make(ErrorCode::Protocol, tr("Malformed sync message at %1: %2").arg(where, why));
    e.field = where;
    return e;
}

QString at(const QString& where, const char* key)
{
    if (where.isEmpty())
        return QLatin1String(key);
    return where + QLatin1Char('.') + QLatin1String(key);
}

QByteArray toBytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> parseObject(const QByteArray& body, const char* message)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::make(ErrorCode::Protocol, tr("The %1 is not valid JSON (at byte %2: %3).")
                                                    .arg(QLatin1String(message))
                                                    .arg(err.offset)
                                                    .arg(err.errorString()));
    if (!doc.isObject())
        return Error::make(ErrorCode::Protocol,
                           tr("The %1 is not a JSON object.").arg(QLatin1String(message)));
    return doc.object();
}

// Reads a required (or optional) string member.
Result<QString> str(const QJsonObject& o, const QString& where, const char* key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return malformed(at(where, key), tr("missing"));
        return QString();
    }
    if (!v.isString())
        return malformed(at(where, key), tr("expected a string"));
    if (required && v.toString().isEmpty())
        return malformed(at(where, key), tr("must not be empty"));
    return v.toString();
}

// An integer member; JSON numbers with a fraction are refused.
Result<qint64> integer(const QJsonObject& o, const QString& where, const char* key, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return malformed(at(where, key), tr("missing"));
        return qint64(0);
    }
    const QVariant var = v.toVariant();
    if (var.typeId() != QMetaType::LongLong)
        return malformed(at(where, key), tr("expected an integer"));
    return var.toLongLong();
}

Result<bool> boolean(const QJsonObject& o, const QString& where, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        return malformed(at(where, key), tr("expected true or false"));
    return v.toBool();
}

Result<QJsonArray> array(const QJsonObject& o, const QString& where, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        return malformed(at(where, key), v.isUndefined() ? tr("missing") : tr("expected a list"));
    return v.toArray();
}

QString item(const char* key, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
}

} // namespace

QString opName(Op op)
{
    switch (op) {
    case Op::Insert:
        return QStringLiteral("insert");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Delete:
        return QStringLiteral("delete");
    case Op::Erase:
        return QStringLiteral("erase");
    case Op::Hide:
        return QStringLiteral("hide");
    }
    return {};
}

bool parseOp(const QString& text, Op* out)
{
    for (Op op : {Op::Insert, Op::Update, Op::Delete, Op::Erase, Op::Hide}) {
        if (text == opName(op)) {
            *out = op;
            return true;
        }
    }
    return false;
}

QString pushStatusName(PushStatus s)
{
    switch (s) {
    case PushStatus::Applied:
        return QStringLiteral("applied");
    case PushStatus::Stale:
        return QStringLiteral("stale");
    case PushStatus::Rejected:
        return QStringLiteral("rejected");
    case PushStatus::Retry:
        return QStringLiteral("retry");
    }
    return {};
}

QJsonValue encodeValue(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::Short:
        return QJsonValue(value.toLongLong());
    case QMetaType::Bool:
        return QJsonValue(qint64(value.toBool() ? 1 : 0));
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonObject{{QStringLiteral("real"), value.toDouble()}};
    case QMetaType::QByteArray:
        return QJsonObject{
            {QStringLiteral("blob"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonValue(value.toString());
    }
}

Result<QVariant> decodeValue(const QJsonValue& json, const QString& where)
{
    switch (json.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::String:
        return QVariant(json.toString());
    case QJsonValue::Double: {
        const QVariant v = json.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return QVariant(v.toLongLong());
        return malformed(where, tr("a number with a fraction or outside the 64-bit range; "
                                   "real numbers travel as {\"real\": …}"));
    }
    case QJsonValue::Object: {
        const QJsonObject o = json.toObject();
        if (o.size() == 1 && o.value(QLatin1String("real")).isDouble())
            return QVariant(o.value(QLatin1String("real")).toDouble());
        if (o.size() == 1 && o.value(QLatin1String("blob")).isString()) {
            const auto decoded =
                QByteArray::fromBase64Encoding(o.value(QLatin1String("blob")).toString().toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return malformed(where, tr("the blob is not valid base64"));
            return QVariant(*decoded);
        }
        return malformed(where, tr("an object that is neither {\"real\": n} nor {\"blob\": s}"));
    }
    case QJsonValue::Bool:
        return malformed(where, tr("true/false is not a value; flags are 0 or 1"));
    case QJsonValue::Array:
        return malformed(where, tr("a list is not a value; lists travel as JSON text"));
    case QJsonValue::Undefined:
        break;
    }
    return malformed(where, tr("missing"));
}

QJsonObject changeToJson(const Change& c, bool forPull)
{
    if (c.op == Op::Hide) // reveals only the record's kind and id
        return {{QStringLiteral("version"), c.version},
                {QStringLiteral("entity"), c.entity},
                {QStringLiteral("entity_id"), c.entityId},
                {QStringLiteral("op"), opName(c.op)}};
    QJsonObject o{
        {QStringLiteral("device_seq"), c.deviceSeq}, {QStringLiteral("command_id"), c.commandId},
        {QStringLiteral("entity"), c.entity},        {QStringLiteral("entity_id"), c.entityId},
        {QStringLiteral("op"), opName(c.op)},        {QStringLiteral("hlc"), c.hlc}};
    o.insert(QStringLiteral("field"), c.field.isEmpty() ? QJsonValue() : QJsonValue(c.field));
    if (c.isCompactInsert()) {
        QJsonObject fields;
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it)
            fields.insert(it.key(), encodeValue(it.value()));
        o.insert(QStringLiteral("fields"), fields);
    } else if (!c.field.isEmpty()) {
        o.insert(QStringLiteral("value"), encodeValue(c.value));
    }
    if (c.hasOld)
        o.insert(QStringLiteral("old"), encodeValue(c.oldValue));
    o.insert(QStringLiteral("user_id"), c.userId.isEmpty() ? QJsonValue() : QJsonValue(c.userId));
    o.insert(QStringLiteral("batch_id"),
             c.batchId.isEmpty() ? QJsonValue() : QJsonValue(c.batchId));
    o.insert(QStringLiteral("label"), c.label);
    if (forPull) {
        o.insert(QStringLiteral("version"), c.version);
        o.insert(QStringLiteral("device"), c.device);
    }
    return o;
}

Result<Change> changeFromJson(const QJsonObject& o, const QString& where, bool forPull)
{
    Change c;
    if (forPull && o.value(QLatin1String("op")).toString() == opName(Op::Hide)) {
        // A hidden record reveals only its kind and id.
        c.op = Op::Hide;
        for (auto [key, target] :
             {std::pair{"entity", &c.entity}, std::pair{"entity_id", &c.entityId}}) {
            auto v = str(o, where, key, true);
            if (!v)
                return v.error();
            *target = *v;
        }
        if (!store::entityDef(c.entity))
            return malformed(at(where, "entity"),
                             tr("unknown kind of record \"%1\"").arg(c.entity));
        auto version = integer(o, where, "version", true);
        if (!version)
            return version.error();
        c.version = *version;
        return c;
    }
    auto seq = integer(o, where, "device_seq", !forPull);
    if (!seq)
        return seq.error();
    c.deviceSeq = *seq;
    if (c.deviceSeq <= 0 && !forPull)
        return malformed(at(where, "device_seq"), tr("must be positive"));
    for (auto [key, target] :
         {std::pair{"command_id", &c.commandId}, std::pair{"entity", &c.entity},
          std::pair{"entity_id", &c.entityId}, std::pair{"hlc", &c.hlc}}) {
        auto v = str(o, where, key, true);
        if (!v)
            return v.error();
        *target = *v;
    }
    for (auto [key, target] : {std::pair{"user_id", &c.userId}, std::pair{"batch_id", &c.batchId},
                               std::pair{"label", &c.label}}) {
        auto v = str(o, where, key, false);
        if (!v)
            return v.error();
        *target = *v;
    }
    const store::EntityDef* def = store::entityDef(c.entity);
    if (!def)
        return malformed(at(where, "entity"), tr("unknown kind of record \"%1\"").arg(c.entity));
    changes::Hlc hlc;
    if (!changes::Hlc::parse(c.hlc, &hlc) || hlc.device.isEmpty())
        return malformed(at(where, "hlc"),
                         tr("\"%1\" is not <16-digit ms>-<5-digit counter>-<device>").arg(c.hlc));
    auto op = str(o, where, "op", true);
    if (!op)
        return op.error();
    if (!parseOp(*op, &c.op) || c.op == Op::Hide)
        return malformed(at(where, "op"), tr("unknown operation \"%1\"").arg(*op));
    auto field = str(o, where, "field", false);
    if (!field)
        return field.error();
    c.field = *field;
    if (!c.field.isEmpty() && !def->columns.contains(c.field))
        return malformed(at(where, "field"), tr("%1 has no field \"%2\"").arg(c.entity, c.field));

    const bool needsField = c.op == Op::Update;
    const bool forbidsField = c.op == Op::Delete || c.op == Op::Erase;
    if (needsField && c.field.isEmpty())
        return malformed(at(where, "field"), tr("an update names its field"));
    if (forbidsField && !c.field.isEmpty())
        return malformed(at(where, "field"), tr("a deletion has no field"));

    if (c.isCompactInsert()) {
        const QJsonValue fields = o.value(QLatin1String("fields"));
        if (!fields.isObject())
            return malformed(at(where, "fields"),
                             tr("an insert without a field carries a \"fields\" object"));
        const QJsonObject fo = fields.toObject();
        for (auto it = fo.constBegin(); it != fo.constEnd(); ++it) {
            const QString place = at(where, "fields") + QLatin1Char('.') + it.key();
            if (!def->columns.contains(it.key()))
                return malformed(place, tr("%1 has no field \"%2\"").arg(c.entity, it.key()));
            auto v = decodeValue(it.value(), place);
            if (!v)
                return v.error();
            c.fields.insert(it.key(), *v);
        }
    } else if (!c.field.isEmpty()) {
        auto v = decodeValue(o.value(QLatin1String("value")), at(where, "value"));
        if (!v)
            return v.error();
        c.value = *v;
    }
    if (o.contains(QLatin1String("old"))) {
        auto v = decodeValue(o.value(QLatin1String("old")), at(where, "old"));
        if (!v)
            return v.error();
        c.hasOld = true;
        c.oldValue = *v;
    }
    if (forPull) {
        auto version = integer(o, where, "version", true);
        if (!version)
            return version.error();
        c.version = *version;
        auto device = str(o, where, "device", true);
        if (!device)
            return device.error();
        c.device = *device;
    }
    return c;
}

QByteArray encode(const LoginRequest& m)
{
    return toBytes({{QStringLiteral("organization"), m.organization},
                    {QStringLiteral("user"), m.user},
                    {QStringLiteral("password"), m.password},
                    {QStringLiteral("device"), m.device}});
}

QByteArray encode(const LoginResponse& m)
{
    QJsonArray users;
    for (const ServerUser& u : m.users)
        users.append(QJsonObject{{QStringLiteral("id"), u.id},
                                 {QStringLiteral("name"), u.name},
                                 {QStringLiteral("email"), u.email}});
    return toBytes({{QStringLiteral("token"), m.token},
                    {QStringLiteral("expires_at"), m.expiresAt.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("user_id"), m.userId},
                    {QStringLiteral("role"), m.role},
                    {QStringLiteral("organization_id"), m.organizationId},
                    {QStringLiteral("users"), users}});
}

QByteArray encode(const PushRequest& m)
{
    QJsonArray changes;
    for (const Change& c : m.changes)
        changes.append(changeToJson(c, false));
    return toBytes({{QStringLiteral("device"), m.device}, {QStringLiteral("changes"), changes}});
}

QByteArray encode(const PushResponse& m)
{
    QJsonArray results;
    for (const PushResult& r : m.results) {
        QJsonObject o{{QStringLiteral("device_seq"), r.deviceSeq},
                      {QStringLiteral("status"), pushStatusName(r.status)}};
        if (!r.reason.isEmpty())
            o.insert(QStringLiteral("reason"), r.reason);
        results.append(o);
    }
    QJsonObject o{{QStringLiteral("acked_device_seq"), m.ackedDeviceSeq},
                  {QStringLiteral("results"), results}};
    if (m.serverTimeMs > 0)
        o.insert(QStringLiteral("server_time"), m.serverTimeMs);
    return toBytes(o);
}

QByteArray encode(const PullResponse& m)
{
    QJsonArray changes;
    for (const Change& c : m.changes)
        changes.append(changeToJson(c, true));
    return toBytes({{QStringLiteral("changes"), changes},
                    {QStringLiteral("cursor"), m.cursor},
                    {QStringLiteral("more"), m.more}});
}

QByteArray encode(const ErrorBody& m)
{
    return toBytes({{QStringLiteral("error"), m.error}, {QStringLiteral("message"), m.message}});
}

Result<LoginRequest> decodeLoginRequest(const QByteArray& body)
{
    auto o = parseObject(body, "login request");
    if (!o)
        return o.error();
    LoginRequest m;
    for (auto [key, target] :
         {std::pair{"organization", &m.organization}, std::pair{"user", &m.user},
          std::pair{"password", &m.password}, std::pair{"device", &m.device}}) {
        auto v = str(*o, {}, key, true);
        if (!v)
            return v.error();
        *target = *v;
    }
    return m;
}

Result<LoginResponse> decodeLoginResponse(const QByteArray& body)
{
    auto o = parseObject(body, "login response");
    if (!o)
        return o.error();
    LoginResponse m;
    for (auto [key, target] :
         {std::pair{"token", &m.token}, std::pair{"user_id", &m.userId}, std::pair{"role", &m.role},
          std::pair{"organization_id", &m.organizationId}}) {
        auto v = str(*o, {}, key, true);
        if (!v)
            return v.error();
        *target = *v;
    }
    auto expires = str(*o, {}, "expires_at", true);
    if (!expires)
        return expires.error();
    m.expiresAt = QDateTime::fromString(*expires, Qt::ISODateWithMs);
    if (!m.expiresAt.isValid())
        return malformed(QStringLiteral("expires_at"), tr("not an ISO-8601 time"));
    m.expiresAt = m.expiresAt.toUTC();
    auto users = array(*o, {}, "users");
    if (!users)
        return users.error();
    for (qsizetype i = 0; i < users->size(); ++i) {
        const QString where = item("users", i);
        if (!users->at(i).isObject())
            return malformed(where, tr("expected an object"));
        const QJsonObject u = users->at(i).toObject();
        ServerUser su;
        auto id = str(u, where, "id", true);
        auto name = str(u, where, "name", true);
        auto email = str(u, where, "email", false);
        for (const auto* r : {&id, &name, &email}) {
            if (!*r)
                return r->error();
        }
        su.id = *id;
        su.name = *name;
        su.email = *email;
        m.users.append(su);
    }
    return m;
}

Result<PushRequest> decodePushRequest(const QByteArray& body)
{
    auto o = parseObject(body, "push request");
    if (!o)
        return o.error();
    PushRequest m;
    auto device = str(*o, {}, "device", true);
    if (!device)
        return device.error();
    m.device = *device;
    auto changes = array(*o, {}, "changes");
    if (!changes)
        return changes.error();
    if (changes->size() > MaxPushChanges)
        return malformed(
            QStringLiteral("changes"),
            tr("%1 changes in one push; at most %2").arg(changes->size()).arg(MaxPushChanges));
    qint64 previous = 0;
    for (qsizetype i = 0; i < changes->size(); ++i) {
        const QString where = item("changes", i);
        if (!changes->at(i).isObject())
            return malformed(where, tr("expected an object"));
        auto c = changeFromJson(changes->at(i).toObject(), where, false);
        if (!c)
            return c.error();
        if (c->deviceSeq <= previous)
            return malformed(at(where, "device_seq"),
                             tr("%1 does not follow %2; a push is in increasing order")
                                 .arg(c->deviceSeq)
                                 .arg(previous));
        previous = c->deviceSeq;
        c->device = m.device;
        m.changes.append(*c);
    }
    return m;
}

Result<PushResponse> decodePushResponse(const QByteArray& body)
{
    auto o = parseObject(body, "push response");
    if (!o)
        return o.error();
    PushResponse m;
    auto acked = integer(*o, {}, "acked_device_seq", true);
    if (!acked)
        return acked.error();
    m.ackedDeviceSeq = *acked;
    auto serverTime = integer(*o, {}, "server_time", false);
    if (!serverTime)
        return serverTime.error();
    m.serverTimeMs = *serverTime;
    auto results = array(*o, {}, "results");
    if (!results)
        return results.error();
    for (qsizetype i = 0; i < results->size(); ++i) {
        const QString where = item("results", i);
        if (!results->at(i).isObject())
            return malformed(where, tr("expected an object"));
        const QJsonObject r = results->at(i).toObject();
        PushResult pr;
        auto seq = integer(r, where, "device_seq", true);
        if (!seq)
            return seq.error();
        pr.deviceSeq = *seq;
        auto status = str(r, where, "status", true);
        if (!status)
            return status.error();
        bool known = false;
        for (PushStatus s :
             {PushStatus::Applied, PushStatus::Stale, PushStatus::Rejected, PushStatus::Retry}) {
            if (*status == pushStatusName(s)) {
                pr.status = s;
                known = true;
            }
        }
        if (!known)
            return malformed(at(where, "status"), tr("unknown status \"%1\"").arg(*status));
        auto reason = str(r, where, "reason", false);
        if (!reason)
            return reason.error();
        pr.reason = *reason;
        m.results.append(pr);
    }
    return m;
}

Result<PullResponse> decodePullResponse(const QByteArray& body)
{
    auto o = parseObject(body, "pull response");
    if (!o)
        return o.error();
    PullResponse m;
    auto cursor = integer(*o, {}, "cursor", true);
    if (!cursor)
        return cursor.error();
    m.cursor = *cursor;
    auto more = boolean(*o, {}, "more");
    if (!more)
        return more.error();
    m.more = *more;
    auto changes = array(*o, {}, "changes");
    if (!changes)
        return changes.error();
    qint64 previous = 0;
    for (qsizetype i = 0; i < changes->size(); ++i) {
        const QString where = item("changes", i);
        if (!changes->at(i).isObject())
            return malformed(where, tr("expected an object"));
        auto c = changeFromJson(changes->at(i).toObject(), where, true);
        if (!c)
            return c.error();
        if (c->version <= previous)
            return malformed(at(where, "version"),
                             tr("%1 does not follow %2; a pull is in increasing order")
                                 .arg(c->version)
                                 .arg(previous));
        previous = c->version;
        m.changes.append(*c);
    }
    if (!m.changes.isEmpty() && m.cursor < previous)
        return malformed(
            QStringLiteral("cursor"),
            tr("%1 is behind the last change's version %2").arg(m.cursor).arg(previous));
    return m;
}

namespace {

// A JSON string literal of UTF-8 text: quotes, backslashes and control characters escaped.
void appendString(QByteArray& out, QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype clean = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto ch = static_cast<unsigned char>(text[i]);
        if (ch >= 0x20 && ch != '"' && ch != '\\')
            continue;
        out.append(text.data() + clean, i - clean);
        clean = i + 1;
        out += '\\';
        switch (ch) {
        case '"':
        case '\\':
            out += char(ch);
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += hex[ch >> 4];
            out += hex[ch & 15];
        }
    }
    out.append(text.data() + clean, text.size() - clean);
    out += '"';
}

void appendKey(QByteArray& out, const char* key)
{
    out += ",\"";
    out += key;
    out += "\":";
}

void appendNullableString(QByteArray& out, const char* key, QByteArrayView text)
{
    appendKey(out, key);
    if (text.isEmpty())
        out += "null";
    else
        appendString(out, text);
}

} // namespace

PullPageWriter::PullPageWriter()
{
    m_out.reserve(64 * 1024);
    m_out += "{\"changes\":[";
}

void PullPageWriter::add(const EncodedChange& c)
{
    m_out += m_count++ ? ",{" : "{";
    m_out += "\"version\":";
    m_out += QByteArray::number(c.version);
    appendKey(m_out, "entity");
    appendString(m_out, c.entity);
    appendKey(m_out, "entity_id");
    appendString(m_out, c.entityId);
    appendKey(m_out, "op");
    m_out += '"';
    m_out += opName(c.op).toLatin1();
    m_out += '"';
    if (c.op == Op::Hide) {
        m_out += '}';
        return;
    }
    appendKey(m_out, "device_seq");
    m_out += QByteArray::number(c.deviceSeq);
    appendKey(m_out, "command_id");
    appendString(m_out, c.commandId);
    appendKey(m_out, "hlc");
    appendString(m_out, c.hlc);
    appendKey(m_out, "device");
    appendString(m_out, c.device);
    const bool hasField = c.op == Op::Update || (c.op == Op::Insert && !c.field.isEmpty());
    appendNullableString(m_out, "field", hasField ? c.field : QByteArrayView());
    if (hasField) {
        appendKey(m_out, "value");
        m_out += c.valueJson.isEmpty() ? QByteArrayView("null") : c.valueJson;
        if (c.hasOld) {
            appendKey(m_out, "old");
            m_out += c.oldJson.isEmpty() ? QByteArrayView("null") : c.oldJson;
        }
    } else if (c.op == Op::Insert) {
        appendKey(m_out, "fields");
        m_out += c.fieldsJson.isEmpty() ? QByteArrayView("{}") : c.fieldsJson;
    }
    appendNullableString(m_out, "user_id", c.userId);
    appendNullableString(m_out, "batch_id", c.batchId);
    appendKey(m_out, "label");
    appendString(m_out, c.label);
    m_out += '}';
}

QByteArray PullPageWriter::finish(qint64 cursor, bool more)
{
    m_out += "],\"cursor\":";
    m_out += QByteArray::number(cursor);
    m_out += more ? ",\"more\":true}" : ",\"more\":false}";
    return std::move(m_out);
}

Result<ErrorBody> decodeErrorBody(const QByteArray& body)
{
    auto o = parseObject(body, "error response");
    if (!o)
        return o.error();
    ErrorBody m;
    auto error = str(*o, {}, "error", true);
    if (!error)
        return error.error();
    auto message = str(*o, {}, "message", false);
    if (!message)
        return message.error();
    m.error = *error;
    m.message = *message;
    return m;
}

} // namespace baza::sync
