// Push and pull: idempotency, per-field last-writer-wins, tombstones, clock safety, the
// gap-free cursor, paging and gzip — against the real server and PostgreSQL.
#include "ServerTestEnv.h"

#include <QSet>

#include <atomic>
#include <thread>

using namespace baza::test;

namespace {

const auto* const g_env = ::testing::AddGlobalTestEnvironment(new SharedServerTeardown);

struct Client
{
    std::unique_ptr<ApiClient> api;
    QString device;
    QString userId;
};

Client login(const QString& org, const QString& user)
{
    Client c;
    c.api = sharedServer().loggedIn(org, user, &c.device, &c.userId);
    return c;
}

QString orgWith(std::initializer_list<std::pair<const char*, const char*>> users)
{
    const QString org = uniqueOrg();
    for (const auto& [login, role] : users)
        EXPECT_FALSE(
            sharedServer().addUser(org, QLatin1String(login), QLatin1String(role)).isEmpty());
    return org;
}

// The current value of entity_id.field as a fresh client would see it after a full pull.
QJsonValue pulledValue(ApiClient& c, const QString& id, const QString& field)
{
    QJsonValue v = QJsonValue::Undefined;
    for (const QJsonValue& ch : pullAll(c)) {
        const QJsonObject o = ch.toObject();
        if (o.value(QLatin1String("entity_id")).toString() != id)
            continue;
        if (o.value(QLatin1String("op")).toString() == QLatin1String("insert"))
            v = o.value(QLatin1String("fields")).toObject().value(field);
        else if (o.value(QLatin1String("field")).toString() == field)
            v = o.value(QLatin1String("value"));
    }
    return v;
}

TEST(Sync, PushIsIdempotent)
{
    const QString org = orgWith({{"ann", "sales"}});
    Client a = login(org, QStringLiteral("ann"));
    const QString id = newId();
    const qint64 t = nowMs();
    const QJsonArray changes{
        insertChange(1, QStringLiteral("contact"), id,
                     {{QStringLiteral("first_name"), QStringLiteral("Jan")},
                      {QStringLiteral("last_name"), QStringLiteral("Kowalski")}},
                     hlcText(t, 0, a.device)),
        fieldChange(2, QStringLiteral("contact"), id, QStringLiteral("update"),
                    QStringLiteral("title"), QStringLiteral("CEO"), hlcText(t, 1, a.device)),
        fieldChange(3, QStringLiteral("contact"), id, QStringLiteral("update"),
                    QStringLiteral("no_such_field"), 1, hlcText(t, 2, a.device))};
    HttpReply first = push(*a.api, a.device, changes);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    EXPECT_EQ(first.json.value(QLatin1String("acked_device_seq")).toInteger(), 3);
    EXPECT_EQ(statusAt(first, 0), QStringLiteral("applied"));
    EXPECT_EQ(statusAt(first, 1), QStringLiteral("applied"));
    EXPECT_EQ(statusAt(first, 2), QStringLiteral("rejected"));
    const QString reason = resultAt(first, 2).value(QLatin1String("reason")).toString();
    EXPECT_TRUE(reason.startsWith(QLatin1String("malformed:")) &&
                reason.contains(QLatin1String("no_such_field")))
        << reason.toStdString();
    qint64 cursor = 0;
    const QJsonArray before = pullAll(*a.api, &cursor);

    // The same request again (a lost response, a retry): nothing changes, same answer.
    HttpReply replay = push(*a.api, a.device, changes);
    ASSERT_EQ(replay.status, 200);
    for (const char* key : {"acked_device_seq", "results"})
        EXPECT_EQ(replay.json.value(QLatin1String(key)), first.json.value(QLatin1String(key)));
    qint64 cursorAfter = 0;
    EXPECT_EQ(pullAll(*a.api, &cursorAfter), before);
    EXPECT_EQ(cursorAfter, cursor);
    EXPECT_EQ(
        sharedServer()
            .sql(
                QStringLiteral("SELECT count(*) FROM change_log WHERE device = '%1'").arg(a.device))
            .value(0),
        QStringLiteral("3"));
}

TEST(Sync, LastWriterWinsPerFieldAndReportsStale)
{
    const QString org = orgWith({{"bea", "sales"}, {"ben", "sales"}});
    Client a = login(org, QStringLiteral("bea"));
    Client b = login(org, QStringLiteral("ben"));
    const QString id = newId();
    const qint64 t = nowMs() - 60000;
    ASSERT_EQ(push(*a.api, a.device,
                   {insertChange(1, QStringLiteral("contact"), id,
                                 {{QStringLiteral("first_name"), QStringLiteral("Ola")}},
                                 hlcText(t, 0, a.device))})
                  .status,
              200);
    // A edits first_name later than B, but B's push arrives last: B's change is stale.
    ASSERT_EQ(statusAt(push(*a.api, a.device,
                            {fieldChange(2, QStringLiteral("contact"), id, QStringLiteral("update"),
                                         QStringLiteral("first_name"), QStringLiteral("Aleksandra"),
                                         hlcText(t + 2000, 0, a.device))}),
                       0),
              QStringLiteral("applied"));
    HttpReply fromB = push(*b.api, b.device,
                           {fieldChange(1, QStringLiteral("contact"), id, QStringLiteral("update"),
                                        QStringLiteral("first_name"), QStringLiteral("Ala"),
                                        hlcText(t + 1000, 0, b.device)),
                            fieldChange(2, QStringLiteral("contact"), id, QStringLiteral("update"),
                                        QStringLiteral("last_name"), QStringLiteral("Wiśniewska"),
                                        hlcText(t + 1000, 1, b.device))});
    ASSERT_EQ(fromB.status, 200);
    EXPECT_EQ(statusAt(fromB, 0), QStringLiteral("stale"));
    EXPECT_EQ(statusAt(fromB, 1), QStringLiteral("applied")); // another field: no conflict
    EXPECT_EQ(pulledValue(*b.api, id, QStringLiteral("first_name")).toString(),
              QStringLiteral("Aleksandra"));
    EXPECT_EQ(pulledValue(*b.api, id, QStringLiteral("last_name")).toString(),
              QStringLiteral("Wiśniewska"));
    // The stale change is kept in the server's history with its outcome.
    EXPECT_EQ(sharedServer()
                  .sql(QStringLiteral("SELECT status FROM change_log WHERE device = '%1' AND "
                                      "device_seq = 1")
                           .arg(b.device))
                  .value(0),
              QStringLiteral("stale"));
}

TEST(Sync, EqualHlcIsDecidedByDevice)
{
    const QString org = orgWith({{"cas", "manager"}});
    // Two devices of one user, with ids that sort in a known order.
    const QString low = QStringLiteral("00000000-0000-7000-8000-00000000000a");
    const QString high = QStringLiteral("ffffffff-0000-7000-8000-00000000000b");
    auto lowApi = sharedServer().client();
    auto highApi = sharedServer().client();
    ASSERT_EQ(lowApi->login(org, QStringLiteral("cas"), sharedServer().password(), low).status,
              200);
    ASSERT_EQ(highApi->login(org, QStringLiteral("cas"), sharedServer().password(), high).status,
              200);
    const qint64 t = nowMs() - 1000;
    for (bool highFirst : {true, false}) {
        const QString id = newId();
        ASSERT_EQ(push(*lowApi, low,
                       {insertChange(highFirst ? 1 : 3, QStringLiteral("company"), id,
                                     {{QStringLiteral("name"), QStringLiteral("Start")}},
                                     hlcText(t - 10, 0, low))})
                      .status,
                  200);
        const qint64 seq = highFirst ? 2 : 4;
        auto change = [&](const QString& dev, const char* value) {
            return fieldChange(seq, QStringLiteral("company"), id, QStringLiteral("update"),
                               QStringLiteral("name"), QLatin1String(value), hlcText(t, 7, dev));
        };
        HttpReply first = highFirst ? push(*highApi, high, {change(high, "High")})
                                    : push(*lowApi, low, {change(low, "Low")});
        HttpReply second = highFirst ? push(*lowApi, low, {change(low, "Low")})
                                     : push(*highApi, high, {change(high, "High")});
        EXPECT_EQ(statusAt(first, 0), QStringLiteral("applied"));
        EXPECT_EQ(statusAt(second, 0),
                  highFirst ? QStringLiteral("stale") : QStringLiteral("applied"));
        EXPECT_EQ(pulledValue(*lowApi, id, QStringLiteral("name")).toString(),
                  QStringLiteral("High"))
            << "highFirst=" << highFirst;
    }
}

TEST(Sync, DeletesAreTombstones)
{
    const QString org = orgWith({{"dan", "sales"}});
    Client a = login(org, QStringLiteral("dan"));
    const QString id = newId();
    const qint64 t = nowMs() - 5000;
    push(*a.api, a.device,
         {insertChange(1, QStringLiteral("deal"), id,
                       {{QStringLiteral("title"), QStringLiteral("Big one")}},
                       hlcText(t, 0, a.device))});
    HttpReply del = push(*a.api, a.device,
                         {fieldChange(2, QStringLiteral("deal"), id, QStringLiteral("delete"), {},
                                      {}, hlcText(t + 10, 0, a.device)),
                          // A later edit of a deleted record does not bring it back.
                          fieldChange(3, QStringLiteral("deal"), id, QStringLiteral("update"),
                                      QStringLiteral("title"), QStringLiteral("Zombie"),
                                      hlcText(t + 20, 0, a.device)),
                          fieldChange(4, QStringLiteral("deal"), id, QStringLiteral("delete"), {},
                                      {}, hlcText(t + 30, 0, a.device))});
    ASSERT_EQ(del.status, 200);
    EXPECT_EQ(statusAt(del, 0), QStringLiteral("applied"));
    EXPECT_EQ(statusAt(del, 1), QStringLiteral("stale"));
    EXPECT_EQ(resultAt(del, 1).value(QLatin1String("reason")).toString(),
              QStringLiteral("deleted"));
    EXPECT_EQ(statusAt(del, 2), QStringLiteral("stale"));
    const QJsonArray all = pullAll(*a.api);
    ASSERT_EQ(all.size(), 1); // the field rows of a deleted record are not sent
    const QJsonObject tomb = all.at(0).toObject();
    EXPECT_EQ(tomb.value(QLatin1String("op")).toString(), QStringLiteral("delete"));
    EXPECT_EQ(tomb.value(QLatin1String("hlc")).toString(), hlcText(t + 10, 0, a.device));
    EXPECT_EQ(tomb.value(QLatin1String("device_seq")).toInteger(), 2);
    EXPECT_EQ(tomb.value(QLatin1String("device")).toString(), a.device);
    EXPECT_EQ(tomb.value(QLatin1String("command_id")).toString(), QStringLiteral("cmd-2"));

    // Undo of the delete re-inserts the same id: an insert newer than the tombstone revives the
    // record, an older one does not.
    HttpReply undo = push(*a.api, a.device,
                          {insertChange(5, QStringLiteral("deal"), id,
                                        {{QStringLiteral("title"), QStringLiteral("Too old")}},
                                        hlcText(t + 5, 0, a.device)),
                           insertChange(6, QStringLiteral("deal"), id,
                                        {{QStringLiteral("title"), QStringLiteral("Big one")},
                                         {QStringLiteral("currency"), QStringLiteral("PLN")}},
                                        hlcText(t + 40, 0, a.device))});
    EXPECT_EQ(statusAt(undo, 0), QStringLiteral("stale"));
    EXPECT_EQ(statusAt(undo, 1), QStringLiteral("applied"));
    const QJsonArray back = pullAll(*a.api);
    ASSERT_EQ(back.size(), 1);
    EXPECT_EQ(back.at(0).toObject().value(QLatin1String("op")).toString(),
              QStringLiteral("insert"));
    EXPECT_EQ(back.at(0)
                  .toObject()
                  .value(QLatin1String("fields"))
                  .toObject()
                  .value(QLatin1String("currency")),
              QJsonValue(QStringLiteral("PLN")));
    // A delete older than the record's latest insert loses.
    EXPECT_EQ(statusAt(push(*a.api, a.device,
                            {fieldChange(7, QStringLiteral("deal"), id, QStringLiteral("delete"),
                                         {}, {}, hlcText(t + 35, 0, a.device))}),
                       0),
              QStringLiteral("stale"));
}

// A field written after its record is "ahead" (a pull sends it alone) until the record takes a
// newer version: then the record's row covers it, and it leaves the pulls' index.
TEST(Sync, FieldRowsLeaveThePullIndexWhenTheirRecordMovesOn)
{
    ServerFixture& f = sharedServer();
    const QString org = orgWith({{"eve", "sales"}});
    Client a = login(org, QStringLiteral("eve"));
    const QString id = newId();
    const qint64 t = nowMs() - 5000;
    auto ahead = [&] {
        return f
            .sql(QStringLiteral("SELECT count(*) FILTER (WHERE ahead) FROM field_states "
                                "WHERE entity_id = '%1'")
                     .arg(id))
            .value(0);
    };
    push(*a.api, a.device,
         {insertChange(1, QStringLiteral("contact"), id,
                       {{QStringLiteral("first_name"), QStringLiteral("Ewa")}},
                       hlcText(t, 0, a.device))});
    EXPECT_EQ(ahead(), QStringLiteral("0")); // written with its record
    push(*a.api, a.device,
         {fieldChange(2, QStringLiteral("contact"), id, QStringLiteral("update"),
                      QStringLiteral("title"), QStringLiteral("CFO"),
                      hlcText(t + 10, 0, a.device))});
    EXPECT_EQ(ahead(), QStringLiteral("1"));
    EXPECT_EQ(pulledValue(*a.api, id, QStringLiteral("title")), QJsonValue(QStringLiteral("CFO")));
    push(*a.api, a.device,
         {fieldChange(3, QStringLiteral("contact"), id, QStringLiteral("delete"), {}, {},
                      hlcText(t + 20, 0, a.device))});
    EXPECT_EQ(ahead(), QStringLiteral("0"));
}

// A clock too far ahead is not rejected (the change would be lost to the team) but held back:
// the push stops there and the client sends it again when the server's time has caught up.
TEST(Sync, FutureClocksWaitForRealTime)
{
    const QString org = orgWith({{"eva", "sales"}});
    Client a = login(org, QStringLiteral("eva"));
    const QString id = newId();
    const QJsonObject future = fieldChange(
        2, QStringLiteral("contact"), id, QStringLiteral("update"), QStringLiteral("first_name"),
        QStringLiteral("Future"), hlcText(nowMs() + 10 * 60 * 1000, 0, a.device)); // 10 minutes
    HttpReply r =
        push(*a.api, a.device,
             {insertChange(1, QStringLiteral("contact"), id,
                           {{QStringLiteral("first_name"), QStringLiteral("Now")}},
                           hlcText(nowMs() + 60 * 1000, 0, a.device)), // 1 minute ahead: fine
              future,
              fieldChange(3, QStringLiteral("contact"), id, QStringLiteral("update"),
                          QStringLiteral("title"), QStringLiteral("CEO"),
                          hlcText(nowMs(), 1, a.device))});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json.value(QLatin1String("acked_device_seq")).toInteger(), 1);
    EXPECT_NEAR(double(r.json.value(QLatin1String("server_time")).toInteger()), double(nowMs()),
                60000.0);
    EXPECT_EQ(statusAt(r, 0), QStringLiteral("applied"));
    EXPECT_EQ(statusAt(r, 1), QStringLiteral("retry"));
    EXPECT_EQ(resultAt(r, 1).value(QLatin1String("reason")).toString(),
              QStringLiteral("clock_skew"));
    EXPECT_EQ(statusAt(r, 2), QStringLiteral("retry")); // behind it in the device's order
    EXPECT_EQ(pulledValue(*a.api, id, QStringLiteral("first_name")).toString(),
              QStringLiteral("Now"));
    EXPECT_EQ(pulledValue(*a.api, id, QStringLiteral("title")), QJsonValue(QJsonValue::Undefined));
    EXPECT_EQ(
        sharedServer()
            .sql(QStringLiteral("SELECT acked_seq FROM devices WHERE device = '%1'").arg(a.device))
            .value(0),
        QStringLiteral("1"));

    // Another device's clock is not this device's to use.
    HttpReply forged = push(*a.api, a.device,
                            {fieldChange(2, QStringLiteral("contact"), id, QStringLiteral("update"),
                                         QStringLiteral("first_name"), QStringLiteral("Forged"),
                                         hlcText(nowMs(), 0, QStringLiteral("another-device")))});
    ASSERT_EQ(forged.status, 200);
    EXPECT_EQ(statusAt(forged, 0), QStringLiteral("rejected"));
    EXPECT_EQ(resultAt(forged, 0).value(QLatin1String("reason")).toString(),
              QStringLiteral("bad_hlc"));
}

TEST(Sync, ValuesAreCheckedAndLimitsEnforced)
{
    const QString org = orgWith({{"fil", "sales"}});
    Client a = login(org, QStringLiteral("fil"));
    const QString id = newId();
    const qint64 t = nowMs();
    HttpReply r = push(
        *a.api, a.device,
        {insertChange(1, QStringLiteral("spaceship"), id, {}, hlcText(t, 0, a.device)),
         insertChange(2, QStringLiteral("contact"), QStringLiteral("not-a-uuid"), {},
                      hlcText(t, 1, a.device)),
         insertChange(3, QStringLiteral("contact"), id, {{QStringLiteral("first_name"), true}},
                      hlcText(t, 2, a.device)),
         insertChange(4, QStringLiteral("contact"), id,
                      {{QStringLiteral("owner_id"), QStringLiteral("bob")}},
                      hlcText(t, 3, a.device)),
         insertChange(5, QStringLiteral("contact"), id,
                      {{QStringLiteral("notes_x"), QStringLiteral("x")}}, hlcText(t, 4, a.device)),
         insertChange(6, QStringLiteral("contact"), id,
                      {{QStringLiteral("first_name"), QString(70000, QLatin1Char('x'))}},
                      hlcText(t, 5, a.device)),
         insertChange(7, QStringLiteral("user"), id,
                      {{QStringLiteral("name"), QStringLiteral("x")}}, hlcText(t, 6, a.device)),
         insertChange(8, QStringLiteral("contact"), id,
                      {{QStringLiteral("first_name"), QStringLiteral("Valid")},
                       {QStringLiteral("private"), 0},
                       {QStringLiteral("custom"), QStringLiteral("{\"a\":1}")},
                       {QStringLiteral("last_contacted_at"), QJsonValue()},
                       {QStringLiteral("created_at"), QJsonObject{{QStringLiteral("real"), 1.5}}}},
                      hlcText(t, 7, a.device))});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(statusAt(r, i), QStringLiteral("rejected")) << i;
    EXPECT_EQ(statusAt(r, 7), QStringLiteral("applied"));

    QJsonArray tooMany;
    for (int i = 0; i < 1001; ++i)
        tooMany.append(fieldChange(100 + i, QStringLiteral("contact"), id, QStringLiteral("update"),
                                   QStringLiteral("title"), QStringLiteral("t"),
                                   hlcText(t, 100 + i, a.device)));
    HttpReply many = push(*a.api, a.device, tooMany);
    EXPECT_EQ(many.status, 413);
    EXPECT_EQ(many.json.value(QLatin1String("error")).toString(), QStringLiteral("too_large"));

    // A body over max_request_bytes (2 MiB in the test configuration) is refused unparsed.
    QByteArray huge = "{\"device\":\"" + a.device.toUtf8() + "\",\"changes\":[],\"pad\":\"" +
                      QByteArray(3 * 1024 * 1024, 'x') + "\"}";
    HttpReply big = a.api->postRaw(QStringLiteral("/api/v1/push"), huge);
    EXPECT_EQ(big.status, 413);
    // Malformed JSON.
    auto fresh = login(org, QStringLiteral("fil"));
    HttpReply broken = fresh.api->postRaw(QStringLiteral("/api/v1/push"), "{not json");
    EXPECT_EQ(broken.status, 400);
    EXPECT_EQ(broken.json.value(QLatin1String("error")).toString(), QStringLiteral("bad_request"));
}

TEST(Sync, GzipBothWays)
{
    const QString org = orgWith({{"gus", "sales"}});
    Client a = login(org, QStringLiteral("gus"));
    a.api->setGzipRequests(true);
    QJsonArray changes;
    for (int i = 0; i < 200; ++i)
        changes.append(insertChange(i + 1, QStringLiteral("company"), newId(),
                                    {{QStringLiteral("name"), QStringLiteral("Firma %1").arg(i)},
                                     {QStringLiteral("city"), QStringLiteral("Kraków")}},
                                    hlcText(nowMs(), i, a.device)));
    HttpReply r = push(*a.api, a.device, changes);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json.value(QLatin1String("acked_device_seq")).toInteger(), 200);
    HttpReply p = pull(*a.api, 0);
    ASSERT_EQ(p.status, 200);
    EXPECT_EQ(p.header("Content-Encoding"), QStringLiteral("gzip"));
    EXPECT_EQ(p.json.value(QLatin1String("changes")).toArray().size(), 200);
}

TEST(Sync, PagedPullAndBootstrap)
{
    const QString org = orgWith({{"hal", "sales"}, {"hil", "sales"}});
    Client a = login(org, QStringLiteral("hal"));
    QJsonArray changes;
    QSet<QString> ids;
    const qint64 t = nowMs() - 10000;
    for (int i = 0; i < 250; ++i) {
        const QString id = newId();
        ids.insert(id);
        changes.append(insertChange(i + 1, QStringLiteral("contact"), id,
                                    {{QStringLiteral("first_name"), QStringLiteral("N%1").arg(i)},
                                     {QStringLiteral("last_name"), QStringLiteral("Nowak")}},
                                    hlcText(t, i, a.device)));
    }
    ASSERT_EQ(push(*a.api, a.device, changes).status, 200);
    // An edit after creation: a bootstrap still gets one compact insert with the new value.
    const QString edited = changes.at(7).toObject().value(QLatin1String("entity_id")).toString();
    ASSERT_EQ(statusAt(push(*a.api, a.device,
                            {fieldChange(251, QStringLiteral("contact"), edited,
                                         QStringLiteral("update"), QStringLiteral("last_name"),
                                         QStringLiteral("Edited"), hlcText(t + 1, 0, a.device))}),
                       0),
              QStringLiteral("applied"));

    Client b = login(org, QStringLiteral("hil"));
    qint64 cursor = 0;
    int pages = 0;
    QSet<QString> seen;
    while (true) {
        HttpReply p = pull(*b.api, cursor, 40);
        ASSERT_EQ(p.status, 200);
        ++pages;
        for (const QJsonValue& v : p.json.value(QLatin1String("changes")).toArray()) {
            const QJsonObject o = v.toObject();
            EXPECT_GT(o.value(QLatin1String("version")).toInteger(), cursor);
            const QString id = o.value(QLatin1String("entity_id")).toString();
            if (o.value(QLatin1String("op")).toString() == QLatin1String("insert")) {
                EXPECT_FALSE(seen.contains(id));
                seen.insert(id);
                const QJsonObject fields = o.value(QLatin1String("fields")).toObject();
                EXPECT_EQ(fields.size(), 2);
                if (id == edited) {
                    EXPECT_EQ(fields.value(QLatin1String("last_name")).toString(),
                              QStringLiteral("Edited"));
                }
            }
        }
        const qint64 next = p.json.value(QLatin1String("cursor")).toInteger();
        EXPECT_GE(next, cursor);
        cursor = next;
        if (!p.json.value(QLatin1String("more")).toBool())
            break;
    }
    EXPECT_EQ(seen, ids);
    EXPECT_GE(pages, 7);
    // Nothing new: an empty page with the same cursor.
    HttpReply again = pull(*b.api, cursor, 40);
    EXPECT_EQ(again.json.value(QLatin1String("changes")).toArray().size(), 0);
    EXPECT_EQ(again.json.value(QLatin1String("cursor")).toInteger(), cursor);
    EXPECT_EQ(pull(*b.api, -1).status, 400);
    EXPECT_EQ(pull(*b.api, 0, 100000).status, 400);
}

// Writers commit in an order different from the order they started in; a reader that follows
// the cursor while they run must still end up with every record (no version is skipped).
TEST(Sync, CursorHasNoGapsUnderConcurrentPushes)
{
    const QString org = orgWith({{"ida", "sales"}, {"ivo", "sales"}, {"ira", "sales"}});
    Client reader = login(org, QStringLiteral("ida"));
    constexpr int Writers = 4;
    constexpr int Pushes = 25;
    std::vector<Client> writers;
    for (int w = 0; w < Writers; ++w)
        writers.push_back(login(org, w % 2 ? QStringLiteral("ivo") : QStringLiteral("ira")));
    std::atomic<int> running{Writers};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int w = 0; w < Writers; ++w) {
        threads.emplace_back([&, w] {
            Client& c = writers[size_t(w)];
            for (int p = 0; p < Pushes; ++p) {
                QJsonArray changes;
                const int n = 1 + (p * 7 + w) % 12; // uneven sizes: uneven transaction times
                for (int i = 0; i < n; ++i)
                    changes.append(
                        insertChange(qint64(p) * 100 + i + 1, QStringLiteral("task"), newId(),
                                     {{QStringLiteral("title"),
                                       QStringLiteral("w%1 p%2 i%3").arg(w).arg(p).arg(i)}},
                                     hlcText(nowMs(), i, c.device)));
                if (push(*c.api, c.device, changes).status != 200)
                    ++failures;
            }
            --running;
        });
    }
    QSet<QString> incremental;
    qint64 cursor = 0;
    int polls = 0;
    auto poll = [&] {
        HttpReply r = pull(*reader.api, cursor, 50);
        ASSERT_EQ(r.status, 200);
        for (const QJsonValue& v : r.json.value(QLatin1String("changes")).toArray())
            incremental.insert(v.toObject().value(QLatin1String("entity_id")).toString());
        cursor = r.json.value(QLatin1String("cursor")).toInteger();
        ++polls;
    };
    while (running > 0)
        poll();
    for (auto& t : threads)
        t.join();
    for (int i = 0; i < 100; ++i) {
        HttpReply r = pull(*reader.api, cursor, 50);
        if (r.json.value(QLatin1String("changes")).toArray().isEmpty())
            break;
        poll();
    }
    EXPECT_EQ(failures.load(), 0);
    QSet<QString> full;
    for (const QJsonValue& v : pullAll(*login(org, QStringLiteral("ida")).api))
        full.insert(v.toObject().value(QLatin1String("entity_id")).toString());
    EXPECT_EQ(incremental.size(), full.size()) << "polls: " << polls;
    EXPECT_EQ(incremental, full);
    EXPECT_GT(polls, 3);
}

} // namespace
