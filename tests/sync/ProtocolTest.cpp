// Sync protocol v1 codecs: every message survives a round trip, and malformed input is refused
// with an error that names the place and the reason.

#include "core/sync/Protocol.h"
#include "core/sync/Gzip.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <limits>

using namespace baza;
using namespace baza::sync;

namespace {

const QString Hlc1 = QStringLiteral("0001732357200000-00003-dev-a");

Change sampleUpdate()
{
    Change c;
    c.deviceSeq = 42;
    c.commandId = QStringLiteral("cmd-1");
    c.entity = QStringLiteral("contact");
    c.entityId = QStringLiteral("c-1");
    c.op = Op::Update;
    c.field = QStringLiteral("last_name");
    c.value = QStringLiteral("Żółkiewska");
    c.hasOld = true;
    c.oldValue = QStringLiteral("Kowalska");
    c.hlc = Hlc1;
    c.userId = QStringLiteral("u-1");
    c.batchId = QStringLiteral("b-1");
    c.label = QStringLiteral("Edit contact");
    return c;
}

QByteArray pushWith(const QJsonObject& change)
{
    QJsonObject body{{QStringLiteral("device"), QStringLiteral("dev-a")},
                     {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The message of decoding a push whose only change is `sampleUpdate` with `edit` applied.
std::string pushError(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject o = changeToJson(sampleUpdate(), false);
    edit(o);
    auto r = decodePushRequest(pushWith(o));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.code(), ErrorCode::Protocol);
    return r.message().toStdString();
}

} // namespace

TEST(SyncProtocol, ValuesRoundTripExactly)
{
    const QVariantList values{QVariant(),
                              QVariant(std::numeric_limits<qint64>::max()),
                              QVariant(std::numeric_limits<qint64>::min()),
                              QVariant(qint64(0)),
                              QVariant(QStringLiteral("Ёлкин — zażółć 😀")),
                              QVariant(QStringLiteral("[{\"kind\":\"work\",\"address\":\"a@b\"}]")),
                              QVariant(1.0),
                              QVariant(-2.5e-300),
                              QVariant(QByteArray("\x00\x01\xff", 3))};
    for (const QVariant& v : values) {
        SCOPED_TRACE(v.toString().toStdString());
        // Through text, as on the wire.
        const QByteArray text =
            QJsonDocument(QJsonObject{{QStringLiteral("v"), encodeValue(v)}}).toJson();
        const QJsonValue back = QJsonDocument::fromJson(text).object().value(QLatin1String("v"));
        auto decoded = decodeValue(back, QStringLiteral("v"));
        ASSERT_TRUE(decoded.ok()) << decoded.message().toStdString();
        EXPECT_EQ(decoded->isNull(), v.isNull());
        if (!v.isNull()) {
            EXPECT_EQ(decoded->typeId(), v.typeId());
            EXPECT_EQ(*decoded, v);
        }
    }
    // JSON text fields stay text, not nested JSON.
    EXPECT_TRUE(encodeValue(QStringLiteral("[\"vip\"]")).isString());
    // Flags are integers.
    EXPECT_EQ(encodeValue(true).toInteger(), 1);
}

TEST(SyncProtocol, MalformedValuesAreRefusedWithTheReason)
{
    auto fraction = decodeValue(QJsonValue(1.5), QStringLiteral("changes[0].value"));
    ASSERT_FALSE(fraction.ok());
    EXPECT_TRUE(fraction.message().contains(QLatin1String("changes[0].value")));
    EXPECT_TRUE(fraction.message().contains(QLatin1String("real")));
    EXPECT_FALSE(decodeValue(QJsonValue(true), QStringLiteral("v")).ok());
    EXPECT_FALSE(decodeValue(QJsonArray{1}, QStringLiteral("v")).ok());
    EXPECT_FALSE(decodeValue(QJsonObject{{QStringLiteral("x"), 1}}, QStringLiteral("v")).ok());
    auto badBlob = decodeValue(QJsonObject{{QStringLiteral("blob"), QStringLiteral("%%%")}},
                               QStringLiteral("v"));
    ASSERT_FALSE(badBlob.ok());
    EXPECT_TRUE(badBlob.message().contains(QLatin1String("base64")));
}

TEST(SyncProtocol, PushRequestRoundTrip)
{
    PushRequest req;
    req.device = QStringLiteral("dev-a");
    req.changes << sampleUpdate();
    Change insert;
    insert.deviceSeq = 43;
    insert.commandId = QStringLiteral("cmd-2");
    insert.entity = QStringLiteral("company");
    insert.entityId = QStringLiteral("co-1");
    insert.op = Op::Insert;
    insert.fields = {{QStringLiteral("name"), QStringLiteral("Młyny")},
                     {QStringLiteral("private"), qint64(1)},
                     {QStringLiteral("created_at"), QStringLiteral("2024-11-23T10:00:00.000Z")}};
    insert.hlc = Hlc1;
    req.changes << insert;
    Change del;
    del.deviceSeq = 50;
    del.commandId = QStringLiteral("cmd-3");
    del.entity = QStringLiteral("deal");
    del.entityId = QStringLiteral("d-1");
    del.op = Op::Delete;
    del.hlc = Hlc1;
    req.changes << del;

    auto back = decodePushRequest(encode(req));
    ASSERT_TRUE(back.ok()) << back.message().toStdString();
    EXPECT_EQ(back->device, req.device);
    ASSERT_EQ(back->changes.size(), 3);
    const Change& u = back->changes.at(0);
    EXPECT_EQ(u.deviceSeq, 42);
    EXPECT_EQ(u.op, Op::Update);
    EXPECT_EQ(u.field, QStringLiteral("last_name"));
    EXPECT_EQ(u.value, QVariant(QStringLiteral("Żółkiewska")));
    EXPECT_TRUE(u.hasOld);
    EXPECT_EQ(u.oldValue, QVariant(QStringLiteral("Kowalska")));
    EXPECT_EQ(u.hlc, Hlc1);
    EXPECT_EQ(u.userId, QStringLiteral("u-1"));
    EXPECT_EQ(u.batchId, QStringLiteral("b-1"));
    EXPECT_EQ(u.label, QStringLiteral("Edit contact"));
    EXPECT_EQ(u.device, QStringLiteral("dev-a")); // filled in from the request
    const Change& i = back->changes.at(1);
    EXPECT_TRUE(i.isCompactInsert());
    EXPECT_EQ(i.fields, insert.fields);
    EXPECT_EQ(i.fields.value(QStringLiteral("private")).typeId(), QMetaType::LongLong);
    EXPECT_EQ(back->changes.at(2).op, Op::Delete);
    EXPECT_TRUE(back->changes.at(2).field.isEmpty());
    EXPECT_FALSE(back->changes.at(2).hasOld);
}

TEST(SyncProtocol, PullAndPushResponsesRoundTrip)
{
    PullResponse pull;
    Change c = sampleUpdate();
    c.version = 7;
    c.device = QStringLiteral("dev-b");
    pull.changes << c;
    c.version = 9;
    c.value = QVariant();
    pull.changes << c;
    pull.cursor = 9;
    pull.more = true;
    auto p = decodePullResponse(encode(pull));
    ASSERT_TRUE(p.ok()) << p.message().toStdString();
    EXPECT_EQ(p->cursor, 9);
    EXPECT_TRUE(p->more);
    ASSERT_EQ(p->changes.size(), 2);
    EXPECT_EQ(p->changes.at(0).version, 7);
    EXPECT_EQ(p->changes.at(0).device, QStringLiteral("dev-b"));
    EXPECT_TRUE(p->changes.at(1).value.isNull());

    PushResponse push;
    push.ackedDeviceSeq = 50;
    push.results << PushResult{42, PushStatus::Applied, {}}
                 << PushResult{43, PushStatus::Stale, QStringLiteral("older")}
                 << PushResult{50, PushStatus::Rejected, QStringLiteral("forbidden")};
    auto r = decodePushResponse(encode(push));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->ackedDeviceSeq, 50);
    ASSERT_EQ(r->results.size(), 3);
    EXPECT_EQ(r->results.at(1).status, PushStatus::Stale);
    EXPECT_EQ(r->results.at(2).reason, QStringLiteral("forbidden"));
    EXPECT_EQ(r->serverTimeMs, 0);

    // Held back for the clock: status "retry", and the server's time to say by how much.
    push.results << PushResult{51, PushStatus::Retry, QStringLiteral("clock_skew")};
    push.serverTimeMs = 1732357200123;
    r = decodePushResponse(encode(push));
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->results.at(3).status, PushStatus::Retry);
    EXPECT_EQ(r->serverTimeMs, 1732357200123);
}

// The server writes pull pages without a JSON tree; they must decode exactly like the codec's.
TEST(SyncProtocol, PullPageWriterMatchesTheCodec)
{
    PullResponse expected;
    Change insert;
    insert.version = 3;
    insert.deviceSeq = 17;
    insert.device = QStringLiteral("dev-b");
    insert.commandId = QStringLiteral("cmd-\"quoted\"");
    insert.entity = QStringLiteral("contact");
    insert.entityId = QStringLiteral("c-1");
    insert.op = Op::Insert;
    insert.fields = {{QStringLiteral("first_name"), QStringLiteral("Łucja \\ \n\t\x01 Семён")},
                     {QStringLiteral("private"), qint64(1)},
                     {QStringLiteral("custom"), QVariant()},
                     {QStringLiteral("title"), QVariant(2.5)}};
    insert.hlc = Hlc1;
    insert.userId = QStringLiteral("u-1");
    insert.label = QStringLiteral("Add \"contact\"");
    Change update = sampleUpdate();
    update.version = 4;
    update.device = QStringLiteral("dev-a");
    update.batchId.clear();
    Change erase = update;
    erase.version = 6;
    erase.op = Op::Erase;
    erase.field.clear();
    erase.hasOld = false;
    erase.userId.clear();
    Change hide;
    hide.version = 8;
    hide.op = Op::Hide;
    hide.entity = QStringLiteral("deal");
    hide.entityId = QStringLiteral("d-1");
    expected.changes << insert << update << erase << hide;
    expected.cursor = 11;
    expected.more = true;

    QList<QByteArray> texts; // the writer takes views: the texts must outlive it
    auto t = [&texts](const QString& s) -> QByteArrayView {
        texts << s.toUtf8();
        return texts.last();
    };
    auto json = [&texts](const QJsonValue& v) -> QByteArrayView {
        const QByteArray array = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        texts << array.mid(1, array.size() - 2);
        return texts.last();
    };
    texts.reserve(100);
    PullPageWriter writer;
    for (const Change& c : std::as_const(expected.changes)) {
        EncodedChange e;
        e.version = c.version;
        e.deviceSeq = c.deviceSeq;
        e.op = c.op;
        e.entity = t(c.entity);
        e.entityId = t(c.entityId);
        e.field = t(c.field);
        e.hlc = t(c.hlc);
        e.device = t(c.device);
        e.userId = t(c.userId);
        e.commandId = t(c.commandId);
        e.batchId = t(c.batchId);
        e.label = t(c.label);
        e.valueJson = json(encodeValue(c.value));
        e.hasOld = c.hasOld;
        e.oldJson = json(encodeValue(c.oldValue));
        if (c.op == Op::Insert) {
            QJsonObject fields;
            for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it)
                fields.insert(it.key(), encodeValue(it.value()));
            texts << QJsonDocument(fields).toJson(QJsonDocument::Compact);
            e.fieldsJson = texts.last();
        }
        writer.add(e);
    }
    EXPECT_EQ(writer.count(), 4);
    const QByteArray written = writer.finish(expected.cursor, expected.more);
    auto mine = decodePullResponse(written);
    ASSERT_TRUE(mine.ok()) << mine.message().toStdString() << "\n" << written.toStdString();
    auto theirs = decodePullResponse(encode(expected));
    ASSERT_TRUE(theirs.ok()) << theirs.message().toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(written).object(),
              QJsonDocument::fromJson(encode(expected)).object());
    ASSERT_EQ(mine->changes.size(), 4);
    EXPECT_EQ(mine->changes.at(0).fields, insert.fields);
    EXPECT_EQ(mine->changes.at(0).commandId, insert.commandId);
    EXPECT_TRUE(mine->changes.at(1).hasOld);
    EXPECT_EQ(mine->changes.at(1).oldValue, update.oldValue);
    EXPECT_EQ(mine->changes.at(3).op, Op::Hide);
    EXPECT_EQ(mine->cursor, 11);
    EXPECT_TRUE(mine->more);
}

TEST(SyncProtocol, LoginRoundTrip)
{
    LoginRequest req{QStringLiteral("acme"), QStringLiteral("ola"), QStringLiteral("s3cret"),
                     QStringLiteral("dev-a")};
    auto r = decodeLoginRequest(encode(req));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->password, req.password);
    EXPECT_EQ(r->organization, req.organization);

    LoginResponse resp;
    resp.token = QStringLiteral("tok");
    resp.expiresAt = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    resp.userId = QStringLiteral("u-1");
    resp.role = QStringLiteral("sales");
    resp.organizationId = QStringLiteral("o-1");
    resp.users << ServerUser{QStringLiteral("u-1"), QStringLiteral("Ola"), {}}
               << ServerUser{QStringLiteral("u-2"), QStringLiteral("Семён"),
                             QStringLiteral("s@x.pl")};
    auto back = decodeLoginResponse(encode(resp));
    ASSERT_TRUE(back.ok()) << back.message().toStdString();
    EXPECT_EQ(back->expiresAt, resp.expiresAt);
    ASSERT_EQ(back->users.size(), 2);
    EXPECT_EQ(back->users.at(1).name, QStringLiteral("Семён"));
    EXPECT_EQ(back->users.at(1).email, QStringLiteral("s@x.pl"));

    auto missing = decodeLoginResponse(R"({"token":"t","user_id":"u","role":"r",
        "organization_id":"o","expires_at":"yesterday","users":[]})");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.message().contains(QLatin1String("expires_at")));
}

TEST(SyncProtocol, MalformedChangesNameThePlaceAndTheReason)
{
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o.remove(QStringLiteral("hlc"));
              }).find("changes[0].hlc: missing"),
              std::string::npos);
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o[QStringLiteral("hlc")] = QStringLiteral("12-3");
              }).find("changes[0].hlc"),
              std::string::npos);
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o[QStringLiteral("entity")] = QStringLiteral("planet");
              }).find("unknown kind of record \"planet\""),
              std::string::npos);
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o[QStringLiteral("field")] = QStringLiteral("id");
              }).find("contact has no field \"id\""),
              std::string::npos);
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o[QStringLiteral("op")] = QStringLiteral("merge");
              }).find("unknown operation \"merge\""),
              std::string::npos);
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o[QStringLiteral("field")] = QJsonValue();
              }).find("an update names its field"),
              std::string::npos);
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o[QStringLiteral("op")] = QStringLiteral("delete");
              }).find("a deletion has no field"),
              std::string::npos);
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o[QStringLiteral("op")] = QStringLiteral("insert");
                  o[QStringLiteral("field")] = QJsonValue();
              }).find("\"fields\" object"),
              std::string::npos);
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o[QStringLiteral("value")] = true;
              }).find("changes[0].value"),
              std::string::npos);
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o[QStringLiteral("device_seq")] = 1.5;
              }).find("expected an integer"),
              std::string::npos);
    EXPECT_NE(pushError([](QJsonObject& o) {
                  o[QStringLiteral("device_seq")] = 0;
              }).find("must be positive"),
              std::string::npos);
}

TEST(SyncProtocol, MalformedMessagesAreRefused)
{
    auto notJson = decodePushRequest("{\"device\": ");
    ASSERT_FALSE(notJson.ok());
    EXPECT_EQ(notJson.code(), ErrorCode::Protocol);
    EXPECT_TRUE(notJson.message().contains(QLatin1String("not valid JSON")));
    EXPECT_FALSE(decodePushRequest("[]").ok());
    EXPECT_FALSE(decodePullResponse(R"({"changes":[],"more":false})").ok()); // no cursor
    EXPECT_FALSE(decodePushResponse(R"({"acked_device_seq":1,"results":[{"device_seq":1,
        "status":"maybe"}]})")
                     .ok());

    // Out of order.
    PushRequest req;
    req.device = QStringLiteral("dev-a");
    Change a = sampleUpdate();
    req.changes << a;
    a.deviceSeq = 41;
    req.changes << a;
    auto order = decodePushRequest(encode(req));
    ASSERT_FALSE(order.ok());
    EXPECT_TRUE(order.message().contains(QLatin1String("changes[1].device_seq")));

    // Too many.
    req.changes.clear();
    for (int i = 1; i <= MaxPushChanges + 1; ++i) {
        Change c = sampleUpdate();
        c.deviceSeq = i;
        req.changes << c;
    }
    auto big = decodePushRequest(encode(req));
    ASSERT_FALSE(big.ok());
    EXPECT_TRUE(big.message().contains(QString::number(MaxPushChanges)));

    auto err = decodeErrorBody(R"({"error":"update_required","message":"Update Baza"})");
    ASSERT_TRUE(err.ok());
    EXPECT_EQ(err->error, QLatin1String(errors::UpdateRequired));
}

TEST(SyncProtocol, GzipRoundTripAndRefusals)
{
    QByteArray body;
    for (int i = 0; i < 5000; ++i)
        body += "{\"entity\":\"contact\",\"field\":\"first_name\"},";
    const QByteArray packed = gzipCompress(body);
    ASSERT_FALSE(packed.isEmpty());
    EXPECT_LT(packed.size(), body.size() / 10);
    EXPECT_EQ(quint8(packed.at(0)), 0x1f); // gzip magic
    EXPECT_EQ(quint8(packed.at(1)), 0x8b);
    auto back = gzipDecompress(packed);
    ASSERT_TRUE(back.ok()) << back.message().toStdString();
    EXPECT_EQ(*back, body);

    auto truncated = gzipDecompress(packed.left(packed.size() / 2));
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.code(), ErrorCode::Protocol);
    EXPECT_FALSE(gzipDecompress("not gzip at all").ok());
    auto bomb = gzipDecompress(packed, 1000);
    ASSERT_FALSE(bomb.ok());
    EXPECT_TRUE(bomb.message().contains(QLatin1String("1000")));
    EXPECT_EQ(*gzipDecompress(gzipCompress({})), QByteArray());
}
