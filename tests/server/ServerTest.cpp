// Accounts, sessions, and the HTTP surface of baza-server, against a real PostgreSQL.
#include "ServerTestEnv.h"

#include "server/Pg.h"
#include "server/Schema.h"

using namespace baza::test;

namespace {

const auto* const g_env = ::testing::AddGlobalTestEnvironment(new SharedServerTeardown);

TEST(ServerHttp, HealthReportsSchemaWithoutProtocolHeader)
{
    auto c = sharedServer().client();
    c->setProtocolHeader({});
    HttpReply r = c->get(QStringLiteral("/health"));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(r.json.value(QLatin1String("schema")).toInt(), baza::server::ServerSchemaVersion);
}

TEST(ServerHttp, WrongOrMissingProtocolVersionGets426)
{
    auto c = sharedServer().client();
    for (const QString& v : {QString(), QStringLiteral("2"), QStringLiteral("0")}) {
        c->setProtocolHeader(v);
        HttpReply r =
            c->login(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"), newId());
        EXPECT_EQ(r.status, 426) << v.toStdString();
        EXPECT_EQ(r.json.value(QLatin1String("error")).toString(),
                  QStringLiteral("update_required"));
        EXPECT_TRUE(
            r.json.value(QLatin1String("message")).toString().contains(QLatin1String("update")));
    }
}

TEST(ServerAuth, LoginReturnsTokenRoleAndUsers)
{
    ServerFixture& f = sharedServer();
    const QString org = uniqueOrg();
    const QString alice = f.addUser(org, QStringLiteral("alice"), QStringLiteral("manager"),
                                    QStringLiteral("Alice Nowak"));
    ASSERT_FALSE(alice.isEmpty());
    ASSERT_FALSE(f.addUser(org, QStringLiteral("bob"), QStringLiteral("sales")).isEmpty());
    auto c = f.client();
    HttpReply r = c->login(org, QStringLiteral("alice"), f.password(), newId());
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QString token = r.json.value(QLatin1String("token")).toString();
    EXPECT_EQ(token.size(), 43); // 32 random bytes, base64url without padding
    EXPECT_EQ(r.json.value(QLatin1String("user_id")).toString(), alice);
    EXPECT_EQ(r.json.value(QLatin1String("role")).toString(), QStringLiteral("manager"));
    EXPECT_FALSE(r.json.value(QLatin1String("organization_id")).toString().isEmpty());
    EXPECT_TRUE(QDateTime::fromString(r.json.value(QLatin1String("expires_at")).toString(),
                                      Qt::ISODate) > QDateTime::currentDateTimeUtc());
    const QJsonArray users = r.json.value(QLatin1String("users")).toArray();
    ASSERT_EQ(users.size(), 2);
    EXPECT_EQ(users.at(0).toObject().value(QLatin1String("name")).toString(),
              QStringLiteral("Alice Nowak"));
    EXPECT_EQ(users.at(0).toObject().value(QLatin1String("email")).toString(),
              QStringLiteral("alice@example.com"));
    // Only a hash of the token is stored; the token itself appears nowhere in the database.
    const QStringList stored = f.sql(QStringLiteral("SELECT encode(token_hash, 'hex') FROM "
                                                    "sessions WHERE user_id = '%1'")
                                         .arg(alice));
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).size(), 64);
    EXPECT_TRUE(f.sql(QStringLiteral("SELECT count(*) FROM sessions WHERE encode(token_hash, "
                                     "'escape') LIKE '%%1%'")
                          .arg(token.left(20)))
                    .value(0) == QStringLiteral("0"));
    // Passwords are Argon2id hashes.
    EXPECT_TRUE(f.sql(QStringLiteral("SELECT password_hash FROM users WHERE id = '%1'").arg(alice))
                    .value(0)
                    .startsWith(QLatin1String("$argon2id$")));
}

TEST(ServerAuth, WrongPasswordUnknownUserAndLockout)
{
    ServerFixture& f = sharedServer();
    const QString org = uniqueOrg();
    ASSERT_FALSE(f.addUser(org, QStringLiteral("carol"), QStringLiteral("sales")).isEmpty());
    auto c = f.client();
    HttpReply unknown = c->login(org, QStringLiteral("nobody"), f.password(), newId());
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(unknown.json.value(QLatin1String("error")).toString(), QStringLiteral("bad_login"));
    // Three wrong passwords in a row: the next attempt is locked out, even the right password.
    for (int i = 0; i < 3; ++i) {
        HttpReply r =
            c->login(org, QStringLiteral("carol"), QStringLiteral("wrong password!"), newId());
        EXPECT_EQ(r.status, 401) << i;
    }
    HttpReply locked = c->login(org, QStringLiteral("carol"), f.password(), newId());
    EXPECT_EQ(locked.status, 429);
    EXPECT_EQ(locked.json.value(QLatin1String("error")).toString(), QStringLiteral("rate_limited"));
    EXPECT_GE(locked.header("Retry-After").toInt(), 1);
    // The lock is stored in PostgreSQL (any server instance enforces it).
    EXPECT_EQ(f.sql(QStringLiteral("SELECT failures FROM login_failures WHERE organization = "
                                   "'%1' AND login = 'carol'")
                        .arg(org))
                  .value(0),
              QStringLiteral("3"));
    // After the lock expires the right password works and clears the record.
    f.sql(QStringLiteral("UPDATE login_failures SET locked_until = now() - interval '1 second' "
                         "WHERE organization = '%1'")
              .arg(org));
    EXPECT_EQ(c->login(org, QStringLiteral("carol"), f.password(), newId()).status, 200);
    EXPECT_EQ(f.sql(QStringLiteral("SELECT count(*) FROM login_failures WHERE organization = '%1' "
                                   "AND login = 'carol'")
                        .arg(org))
                  .value(0),
              QStringLiteral("0"));
}

TEST(ServerAuth, EndpointsNeedAValidBearerToken)
{
    ServerFixture& f = sharedServer();
    const QString org = uniqueOrg();
    const QString dave = f.addUser(org, QStringLiteral("dave"), QStringLiteral("sales"));
    ASSERT_FALSE(dave.isEmpty());
    auto anon = f.client();
    EXPECT_EQ(pull(*anon, 0).status, 401);
    EXPECT_EQ(push(*anon, newId(), {}).status, 401);
    anon->setToken(QStringLiteral("A").repeated(43));
    EXPECT_EQ(pull(*anon, 0).status, 401);

    QString device;
    auto c = f.loggedIn(org, QStringLiteral("dave"), &device);
    EXPECT_EQ(pull(*c, 0).status, 200);
    // Expired.
    f.sql(QStringLiteral("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE "
                         "user_id = '%1'")
              .arg(dave));
    HttpReply expired = pull(*c, 0);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(expired.json.value(QLatin1String("error")).toString(),
              QStringLiteral("unauthorized"));
    // Logout revokes.
    auto c2 = f.loggedIn(org, QStringLiteral("dave"));
    EXPECT_EQ(pull(*c2, 0).status, 200);
    EXPECT_EQ(c2->post(QStringLiteral("/api/v1/logout"), {}).status, 200);
    EXPECT_EQ(pull(*c2, 0).status, 401);
    // disable-user revokes every session and blocks new logins.
    auto c3 = f.loggedIn(org, QStringLiteral("dave"));
    EXPECT_EQ(pull(*c3, 0).status, 200);
    EXPECT_EQ(f.runServerTool({QStringLiteral("disable-user"), QStringLiteral("--config"),
                               f.configPath(), QStringLiteral("--org"), org,
                               QStringLiteral("--login"), QStringLiteral("dave")}),
              0);
    EXPECT_EQ(pull(*c3, 0).status, 401);
    EXPECT_EQ(f.client()->login(org, QStringLiteral("dave"), f.password(), newId()).status, 401);
}

TEST(ServerAuth, OrganizationsAreSeparate)
{
    ServerFixture& f = sharedServer();
    const QString orgA = uniqueOrg();
    const QString orgB = uniqueOrg();
    ASSERT_FALSE(f.addUser(orgA, QStringLiteral("erin"), QStringLiteral("admin")).isEmpty());
    ASSERT_FALSE(f.addUser(orgB, QStringLiteral("frank"), QStringLiteral("admin")).isEmpty());
    // A user of A cannot log in under B's name.
    EXPECT_EQ(f.client()->login(orgB, QStringLiteral("erin"), f.password(), newId()).status, 401);
    QString devA;
    auto a = f.loggedIn(orgA, QStringLiteral("erin"), &devA);
    auto b = f.loggedIn(orgB, QStringLiteral("frank"));
    const QString id = newId();
    ASSERT_EQ(push(*a, devA,
                   {insertChange(1, QStringLiteral("contact"), id,
                                 {{QStringLiteral("first_name"), QStringLiteral("Secret")}},
                                 hlcText(nowMs(), 0, devA))})
                  .status,
              200);
    EXPECT_EQ(pullAll(*a).size(), 1);
    EXPECT_EQ(pullAll(*b).size(), 0);
    // B's token cannot push as A's device.
    EXPECT_EQ(push(*b, devA,
                   {fieldChange(2, QStringLiteral("contact"), id, QStringLiteral("update"),
                                QStringLiteral("first_name"), QStringLiteral("Stolen"),
                                hlcText(nowMs(), 0, devA))})
                  .status,
              403);
}

TEST(ServerAdmin, CommandsValidateAndNeverTakePasswordsOnArgv)
{
    ServerFixture& f = sharedServer();
    QString out;
    EXPECT_NE(f.runServerTool({QStringLiteral("add-user"), QStringLiteral("--config"),
                               f.configPath(), QStringLiteral("--org"), QStringLiteral("o"),
                               QStringLiteral("--login"), QStringLiteral("l"),
                               QStringLiteral("--password"), QStringLiteral("hunter22hunter")},
                              {}, &out),
              0);
    EXPECT_TRUE(out.contains(QLatin1String("never passed on the command line")))
        << out.toStdString();
    // init twice is harmless.
    EXPECT_EQ(f.runServerTool({QStringLiteral("init"), QStringLiteral("--config"), f.configPath()},
                              {}, &out),
              0)
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("version %1").arg(baza::server::ServerSchemaVersion)));
    // Bad role, duplicate user, short password.
    const QString org = uniqueOrg();
    EXPECT_TRUE(f.addUser(org, QStringLiteral("gina"), QStringLiteral("boss")).isEmpty());
    EXPECT_FALSE(f.addUser(org, QStringLiteral("gina"), QStringLiteral("sales")).isEmpty());
    EXPECT_TRUE(f.addUser(org, QStringLiteral("gina"), QStringLiteral("sales")).isEmpty());
    EXPECT_NE(
        f.runServerTool({QStringLiteral("add-user"), QStringLiteral("--config"), f.configPath(),
                         QStringLiteral("--org"), org, QStringLiteral("--login"),
                         QStringLiteral("hal"), QStringLiteral("--name"), QStringLiteral("Hal"),
                         QStringLiteral("--role"), QStringLiteral("sales")},
                        {QStringLiteral("BAZA_USER_PASSWORD=short")}, &out),
        0);
    // set-role takes effect at the next login.
    EXPECT_EQ(f.runServerTool({QStringLiteral("set-role"), QStringLiteral("--config"),
                               f.configPath(), QStringLiteral("--org"), org,
                               QStringLiteral("--login"), QStringLiteral("gina"),
                               QStringLiteral("--role"), QStringLiteral("manager")}),
              0);
    EXPECT_EQ(f.client()
                  ->login(org, QStringLiteral("gina"), f.password(), newId())
                  .json.value(QLatin1String("role"))
                  .toString(),
              QStringLiteral("manager"));
    EXPECT_NE(f.runServerTool({QStringLiteral("set-role"), QStringLiteral("--config"),
                               f.configPath(), QStringLiteral("--org"), org,
                               QStringLiteral("--login"), QStringLiteral("nobody"),
                               QStringLiteral("--role"), QStringLiteral("manager")}),
              0);
}

// A database written by the previous schema upgrades in place: who may see what is computed
// for existing records (a private contact's activity, a private deal's task) by the upgrade.
TEST(ServerAdmin, SchemaUpgradeFromVersion2FillsVisibility)
{
    ServerFixture& f = sharedServer();
    const QString db = QStringLiteral("upgrade_%1").arg(QDateTime::currentMSecsSinceEpoch());
    ASSERT_TRUE(f.sql(QStringLiteral("CREATE DATABASE %1").arg(db)).isEmpty());
    auto conn = baza::server::PgConnection::connect({f.cluster().conninfo(db), {}});
    ASSERT_TRUE(conn.ok()) << conn.message().toStdString();
    ASSERT_EQ(baza::server::initSchema(**conn, 2).value(), 2);
    const QString org = newId(), owner = newId(), contact = newId(), activity = newId(),
                  deal = newId(), task = newId();
    const QString sql =
        QStringLiteral(
            "INSERT INTO organizations (id, name) VALUES ('%1', 'up');"
            "INSERT INTO records (organization_id, entity, entity_id, owner_id, private, "
            "contact_id, created_by, created_hlc, created_version, version) VALUES "
            "('%1', 'contact', '%3', '%2', true, NULL, '%2', 'h', 1, 1),"
            "('%1', 'activity', '%4', '%2', false, '%3', '%2', 'h', 2, 2),"
            "('%1', 'deal', '%5', '%2', true, NULL, '%2', 'h', 3, 3),"
            "('%1', 'task', '%6', '%2', false, NULL, '%2', 'h', 4, 4);"
            "INSERT INTO users (id, organization_id, login, name, role, password_hash) VALUES "
            "('%2', '%1', 'o', 'O', 'sales', 'x');"
            "INSERT INTO field_states (organization_id, entity, entity_id, field, value, hlc, "
            "device, user_id, version, device_seq) VALUES ('%1', 'task', '%6', 'deal_id', "
            "'\"%5\"', 'h', 'd', '%2', 4, 1), ('%1', 'task', '%6', 'title', '\"Call\"', 'h', "
            "'d', '%2', 9, 2)")
            .arg(org, owner, contact, activity, deal, task);
    ASSERT_TRUE((*conn)->runScript(sql.toUtf8().constData()).ok());
    ASSERT_EQ(baza::server::initSchema(**conn).value(), baza::server::ServerSchemaVersion);
    baza::server::PgResult r = (*conn)->exec(
        "SELECT entity, restricted, coalesce(restricted_to::text, ''), coalesce(deal_id::text, "
        "'') FROM records ORDER BY version");
    ASSERT_EQ(r.rows(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_TRUE(r.boolean(i, 1)) << r.text(i, 0).toStdString();
        EXPECT_EQ(r.text(i, 2), owner) << r.text(i, 0).toStdString();
    }
    EXPECT_EQ(r.text(3, 3), deal);
    // Version 4: only the field written after its record is "ahead" (pulls send it alone).
    baza::server::PgResult ahead =
        (*conn)->exec("SELECT field, ahead FROM field_states ORDER BY version");
    ASSERT_EQ(ahead.rows(), 2);
    EXPECT_FALSE(ahead.boolean(0, 1)) << ahead.text(0, 0).toStdString();
    EXPECT_TRUE(ahead.boolean(1, 1)) << ahead.text(1, 0).toStdString();
    conn->reset();
    f.sql(QStringLiteral("DROP DATABASE %1").arg(db));
}

TEST(ServerHttp, LogsAreJsonLinesWithoutSecrets)
{
    ServerFixture& f = sharedServer();
    const QString org = uniqueOrg();
    ASSERT_FALSE(f.addUser(org, QStringLiteral("ivan"), QStringLiteral("sales")).isEmpty());
    auto c = f.client();
    HttpReply r = c->login(org, QStringLiteral("ivan"), f.password(), newId());
    ASSERT_EQ(r.status, 200);
    c->login(org, QStringLiteral("ivan"), QStringLiteral("a wrong guess"), newId());
    const QString token = r.json.value(QLatin1String("token")).toString();
    const QString log = f.serverOutput();
    EXPECT_FALSE(log.contains(f.password()));
    EXPECT_FALSE(log.contains(QLatin1String("a wrong guess")));
    EXPECT_FALSE(log.contains(token));
    int requests = 0;
    for (const QString& line : log.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &e).object();
        EXPECT_EQ(e.error, QJsonParseError::NoError) << line.toStdString();
        if (o.value(QLatin1String("event")).toString() == QLatin1String("request"))
            ++requests;
    }
    EXPECT_GT(requests, 0);
}

} // namespace
