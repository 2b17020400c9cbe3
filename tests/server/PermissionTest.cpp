// Roles and private records: what a sales user may see and write, and what they receive when a
// record becomes hidden from them.
#include "ServerTestEnv.h"

using namespace baza::test;

namespace {

const auto* const g_env = ::testing::AddGlobalTestEnvironment(new SharedServerTeardown);

struct User
{
    std::unique_ptr<ApiClient> api;
    QString device;
    QString id;
    qint64 seq = 0;

    HttpReply send(const QJsonArray& changes) { return push(*api, device, changes); }
    QString hlc() { return hlcText(nowMs(), int(seq % 90000), device); }
};

User as(const QString& org, const char* login)
{
    User u;
    u.api = sharedServer().loggedIn(org, QLatin1String(login), &u.device, &u.id);
    return u;
}

QSet<QString> visibleIds(ApiClient& c)
{
    QSet<QString> ids;
    for (const QJsonValue& v : pullAll(c)) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("op")).toString() != QLatin1String("hide"))
            ids.insert(o.value(QLatin1String("entity_id")).toString());
    }
    return ids;
}

class Permissions : public ::testing::Test
{
protected:
    void SetUp() override
    {
        org = uniqueOrg();
        ServerFixture& f = sharedServer();
        ASSERT_FALSE(f.addUser(org, QStringLiteral("sam"), QStringLiteral("sales")).isEmpty());
        ASSERT_FALSE(f.addUser(org, QStringLiteral("sue"), QStringLiteral("sales")).isEmpty());
        ASSERT_FALSE(f.addUser(org, QStringLiteral("max"), QStringLiteral("manager")).isEmpty());
        sam = as(org, "sam");
        sue = as(org, "sue");
        max = as(org, "max");
    }

    // Sam's private contact with an activity, a task and a deal linked to it.
    void samCreatesPrivateContact()
    {
        contact = newId();
        activity = newId();
        deal = newId();
        HttpReply r =
            sam.send({insertChange(++sam.seq, QStringLiteral("contact"), contact,
                                   {{QStringLiteral("first_name"), QStringLiteral("Tajny")},
                                    {QStringLiteral("private"), 1},
                                    {QStringLiteral("owner_id"), sam.id}},
                                   sam.hlc()),
                      insertChange(++sam.seq, QStringLiteral("activity"), activity,
                                   {{QStringLiteral("subject"), QStringLiteral("Lunch")},
                                    {QStringLiteral("contact_id"), contact}},
                                   sam.hlc()),
                      insertChange(++sam.seq, QStringLiteral("deal"), deal,
                                   {{QStringLiteral("title"), QStringLiteral("Secret deal")},
                                    {QStringLiteral("contact_id"), contact}},
                                   sam.hlc())});
        ASSERT_EQ(r.status, 200);
        for (int i = 0; i < 3; ++i)
            ASSERT_EQ(statusAt(r, i), QStringLiteral("applied")) << r.body.toStdString();
    }

    QString org, contact, activity, deal;
    User sam, sue, max;
};

TEST_F(Permissions, SalesNeverReceiveAnotherUsersPrivateContactOrItsRecords)
{
    samCreatesPrivateContact();
    const QString shared = newId();
    ASSERT_EQ(statusAt(sue.send({insertChange(
                           ++sue.seq, QStringLiteral("contact"), shared,
                           {{QStringLiteral("first_name"), QStringLiteral("Jawny")}}, sue.hlc())}),
                       0),
              QStringLiteral("applied"));
    EXPECT_EQ(visibleIds(*sam.api), (QSet<QString>{contact, activity, deal, shared}));
    EXPECT_EQ(visibleIds(*max.api), (QSet<QString>{contact, activity, deal, shared}));
    EXPECT_EQ(visibleIds(*sue.api), QSet<QString>{shared});
    // Not even a trace: Sue's pulls never mention the private records.
    for (const QJsonValue& v : pullAll(*sue.api)) {
        const QString id = v.toObject().value(QLatin1String("entity_id")).toString();
        EXPECT_TRUE(id != contact && id != activity && id != deal);
    }
}

TEST_F(Permissions, WritesToRecordsYouMayNotEditAreRejected)
{
    samCreatesPrivateContact();
    HttpReply r = sue.send(
        {fieldChange(++sue.seq, QStringLiteral("contact"), contact, QStringLiteral("update"),
                     QStringLiteral("first_name"), QStringLiteral("Hacked"), sue.hlc()),
         fieldChange(++sue.seq, QStringLiteral("activity"), activity, QStringLiteral("update"),
                     QStringLiteral("subject"), QStringLiteral("Hacked"), sue.hlc()),
         fieldChange(++sue.seq, QStringLiteral("contact"), contact, QStringLiteral("delete"), {},
                     {}, sue.hlc()),
         // Linking her own task to Sam's hidden contact is not allowed either.
         insertChange(++sue.seq, QStringLiteral("task"), newId(),
                      {{QStringLiteral("title"), QStringLiteral("Spy")},
                       {QStringLiteral("contact_id"), contact}},
                      sue.hlc()),
         // Nor creating a private record that belongs to someone else.
         insertChange(++sue.seq, QStringLiteral("contact"), newId(),
                      {{QStringLiteral("first_name"), QStringLiteral("Planted")},
                       {QStringLiteral("private"), 1},
                       {QStringLiteral("owner_id"), sam.id}},
                      sue.hlc()),
         // Pipelines are the managers' business.
         insertChange(++sue.seq, QStringLiteral("pipeline"), newId(),
                      {{QStringLiteral("name"), QStringLiteral("Mine")}}, sue.hlc())});
    ASSERT_EQ(r.status, 200);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(statusAt(r, i), QStringLiteral("rejected")) << i;
        EXPECT_TRUE(resultAt(r, i)
                        .value(QLatin1String("reason"))
                        .toString()
                        .startsWith(QLatin1String("forbidden")))
            << i;
    }
    // Sam's data is untouched; a manager may edit it.
    EXPECT_EQ(statusAt(max.send({fieldChange(++max.seq, QStringLiteral("contact"), contact,
                                             QStringLiteral("update"), QStringLiteral("title"),
                                             QStringLiteral("VIP"), max.hlc())}),
                       0),
              QStringLiteral("applied"));
    EXPECT_EQ(sharedServer()
                  .sql(QStringLiteral("SELECT value #>> '{}' FROM field_states WHERE entity_id = "
                                      "'%1' AND field = 'first_name'")
                           .arg(contact))
                  .value(0),
              QStringLiteral("Tajny"));
}

TEST_F(Permissions, OnlyTheOwnerMakesASharedRecordPrivate)
{
    const QString c = newId();
    ASSERT_EQ(
        statusAt(sam.send({insertChange(++sam.seq, QStringLiteral("contact"), c,
                                        {{QStringLiteral("first_name"), QStringLiteral("Wspólny")}},
                                        sam.hlc())}),
                 0),
        QStringLiteral("applied"));
    // Sue may edit Sam's shared contact, but not hide it from him or take it over.
    HttpReply r =
        sue.send({fieldChange(++sue.seq, QStringLiteral("contact"), c, QStringLiteral("update"),
                              QStringLiteral("title"), QStringLiteral("Dyrektor"), sue.hlc()),
                  fieldChange(++sue.seq, QStringLiteral("contact"), c, QStringLiteral("update"),
                              QStringLiteral("private"), 1, sue.hlc()),
                  fieldChange(++sue.seq, QStringLiteral("contact"), c, QStringLiteral("update"),
                              QStringLiteral("owner_id"), sue.id, sue.hlc())});
    EXPECT_EQ(statusAt(r, 0), QStringLiteral("applied"));
    EXPECT_EQ(statusAt(r, 1), QStringLiteral("rejected"));
    EXPECT_EQ(statusAt(r, 2), QStringLiteral("rejected"));
}

TEST_F(Permissions, RecordsThatBecomeHiddenArriveAsHideAndComeBackWhole)
{
    const QString c = newId();
    const QString act = newId();
    ASSERT_EQ(sam.send({insertChange(++sam.seq, QStringLiteral("contact"), c,
                                     {{QStringLiteral("first_name"), QStringLiteral("Ewa")},
                                      {QStringLiteral("owner_id"), sam.id}},
                                     sam.hlc()),
                        insertChange(++sam.seq, QStringLiteral("activity"), act,
                                     {{QStringLiteral("subject"), QStringLiteral("Call")},
                                      {QStringLiteral("contact_id"), c}},
                                     sam.hlc())})
                  .status,
              200);
    qint64 cursor = 0;
    pullAll(*sue.api, &cursor);
    EXPECT_EQ(visibleIds(*sue.api), (QSet<QString>{c, act}));

    // Sam makes the contact private: Sue's next pull hides it and its activity, no content.
    ASSERT_EQ(statusAt(sam.send({fieldChange(++sam.seq, QStringLiteral("contact"), c,
                                             QStringLiteral("update"), QStringLiteral("private"), 1,
                                             sam.hlc())}),
                       0),
              QStringLiteral("applied"));
    HttpReply p = pull(*sue.api, cursor);
    ASSERT_EQ(p.status, 200);
    QSet<QString> hidden;
    for (const QJsonValue& v : p.json.value(QLatin1String("changes")).toArray()) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.value(QLatin1String("op")).toString(), QStringLiteral("hide"))
            << QJsonDocument(o).toJson().toStdString();
        EXPECT_FALSE(o.contains(QLatin1String("fields")));
        EXPECT_FALSE(o.contains(QLatin1String("value")));
        hidden.insert(o.value(QLatin1String("entity_id")).toString());
    }
    EXPECT_EQ(hidden, (QSet<QString>{c, act}));
    cursor = p.json.value(QLatin1String("cursor")).toInteger();
    // Sam edits it while hidden: Sue hears nothing.
    sam.send({fieldChange(++sam.seq, QStringLiteral("contact"), c, QStringLiteral("update"),
                          QStringLiteral("title"), QStringLiteral("Prezes"), sam.hlc())});
    EXPECT_TRUE(pull(*sue.api, cursor).json.value(QLatin1String("changes")).toArray().isEmpty());

    // Shared again: both come back whole, with the edit made meanwhile.
    sam.send({fieldChange(++sam.seq, QStringLiteral("contact"), c, QStringLiteral("update"),
                          QStringLiteral("private"), 0, sam.hlc())});
    HttpReply back = pull(*sue.api, cursor);
    QSet<QString> inserted;
    for (const QJsonValue& v : back.json.value(QLatin1String("changes")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("op")).toString() != QLatin1String("insert"))
            continue;
        inserted.insert(o.value(QLatin1String("entity_id")).toString());
        if (o.value(QLatin1String("entity_id")).toString() == c) {
            EXPECT_EQ(o.value(QLatin1String("fields")).toObject().value(QLatin1String("title")),
                      QJsonValue(QStringLiteral("Prezes")));
        }
    }
    EXPECT_EQ(inserted, (QSet<QString>{c, act}));
}

// A deal passes its privacy on to what belongs to it (activities, tasks, deal items), and a
// contact to its deals and theirs: hides arrive for the records that belong to others first.
TEST_F(Permissions, RecordsOfAPrivateDealFollowItDownTheChain)
{
    const QString c = newId(), d = newId(), act = newId(), task = newId();
    HttpReply r = sam.send(
        {insertChange(++sam.seq, QStringLiteral("contact"), c,
                      {{QStringLiteral("first_name"), QStringLiteral("Jawna")}}, sam.hlc()),
         insertChange(++sam.seq, QStringLiteral("deal"), d,
                      {{QStringLiteral("title"), QStringLiteral("Big one")},
                       {QStringLiteral("contact_id"), c},
                       {QStringLiteral("private"), 1}},
                      sam.hlc()),
         insertChange(
             ++sam.seq, QStringLiteral("activity"), act,
             {{QStringLiteral("subject"), QStringLiteral("Offer")}, {QStringLiteral("deal_id"), d}},
             sam.hlc()),
         insertChange(++sam.seq, QStringLiteral("task"), task,
                      {{QStringLiteral("title"), QStringLiteral("Follow up")},
                       {QStringLiteral("deal_id"), d},
                       {QStringLiteral("contact_id"), c}},
                      sam.hlc())});
    ASSERT_EQ(r.status, 200);
    for (int i = 0; i < 4; ++i)
        ASSERT_EQ(statusAt(r, i), QStringLiteral("applied")) << r.body.toStdString();
    qint64 cursor = 0;
    pullAll(*sue.api, &cursor);
    EXPECT_EQ(visibleIds(*sue.api), QSet<QString>{c});
    EXPECT_EQ(visibleIds(*max.api), (QSet<QString>{c, d, act, task}));
    // Sue cannot tie her own records to the deal she may not see.
    EXPECT_EQ(statusAt(sue.send({insertChange(++sue.seq, QStringLiteral("activity"), newId(),
                                              {{QStringLiteral("subject"), QStringLiteral("Spy")},
                                               {QStringLiteral("deal_id"), d}},
                                              sue.hlc())}),
                       0),
              QStringLiteral("rejected"));

    // Shared: the deal and everything of it arrive.
    ASSERT_EQ(statusAt(sam.send({fieldChange(++sam.seq, QStringLiteral("deal"), d,
                                             QStringLiteral("update"), QStringLiteral("private"), 0,
                                             sam.hlc())}),
                       0),
              QStringLiteral("applied"));
    EXPECT_EQ(visibleIds(*sue.api), (QSet<QString>{c, d, act, task}));
    pullAll(*sue.api, &cursor);

    // The contact goes private: its deal follows, and the deal's records follow the deal.
    ASSERT_EQ(statusAt(sam.send({fieldChange(++sam.seq, QStringLiteral("contact"), c,
                                             QStringLiteral("update"), QStringLiteral("private"), 1,
                                             sam.hlc())}),
                       0),
              QStringLiteral("applied"));
    HttpReply p = pull(*sue.api, cursor);
    ASSERT_EQ(p.status, 200);
    QHash<QString, qint64> hiddenAt;
    for (const QJsonValue& v : p.json.value(QLatin1String("changes")).toArray()) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.value(QLatin1String("op")).toString(), QStringLiteral("hide"));
        hiddenAt.insert(o.value(QLatin1String("entity_id")).toString(),
                        o.value(QLatin1String("version")).toInteger());
    }
    ASSERT_EQ(hiddenAt.size(), 4) << p.body.toStdString();
    EXPECT_LT(hiddenAt.value(act), hiddenAt.value(d));
    EXPECT_LT(hiddenAt.value(task), hiddenAt.value(d));
    EXPECT_LT(hiddenAt.value(d), hiddenAt.value(c));
    EXPECT_EQ(visibleIds(*sue.api), QSet<QString>{});
    EXPECT_EQ(visibleIds(*max.api), (QSet<QString>{c, d, act, task}));
}

} // namespace
