// End to end on loopback, the refusals: no or an expired token, another user's device, a sales
// user and another's private contact, an old client, and certificates (an untrusted self-signed
// server, its pinned fingerprint, and a changed one).
#include "Desktop.h"
#include "ServerTestEnv.h"

#include "core/sync/SyncRequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTcpServer>

using namespace baza;
using namespace baza::test;

namespace {

const auto* const g_env = ::testing::AddGlobalTestEnvironment(new SharedServerTeardown);

QString orgWith(std::initializer_list<std::pair<const char*, const char*>> users)
{
    const QString org = uniqueOrg();
    for (const auto& [login, role] : users)
        EXPECT_FALSE(
            sharedServer().addUser(org, QLatin1String(login), QLatin1String(role)).isEmpty());
    return org;
}

// One request through the desktop's own request class; waits for its answer.
struct Answer
{
    Error error;
    int status = 0;
};

Answer request(sync::Endpoint endpoint, const QByteArray& verb, const QString& path,
               const QByteArray& body = {})
{
    QNetworkAccessManager network;
    network.setAutoDeleteReplies(false);
    endpoint.extraCaCertificates = QSslCertificate::fromPath(sharedServer().caCert());
    sync::SyncRequest r(&network, endpoint, verb, path, body);
    bool done = false;
    QObject::connect(&r, &sync::SyncRequest::finished, &r, [&done] { done = true; });
    r.start();
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return {r.error(), r.httpStatus()};
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace

TEST(EndToEnd, RequestsWithoutAValidTokenOrForAnotherUserAreRefused)
{
    ServerFixture& f = sharedServer();
    const QString org = orgWith({{"ada", "sales"}, {"bob", "sales"}});
    Desktop a(QStringLiteral("ada"), f.caCert());
    ASSERT_EQ(a.connectTo(f, org, QStringLiteral("ada")), QString());
    ASSERT_EQ(a.sync(), QString());
    const QString url = serverUrl(f.port());

    // No token at all.
    Answer anonymous =
        request({QUrl(url), {}, {}, {}, 20000}, "GET", QStringLiteral("/api/v1/pull?cursor=0"));
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_EQ(anonymous.error.code, ErrorCode::Unauthorized);

    // Bob's valid session speaking for Ada's device.
    Desktop b(QStringLiteral("bob"), f.caCert());
    ASSERT_EQ(b.connectTo(f, org, QStringLiteral("bob")), QString());
    const QString bobToken = b.store().syncValue(QStringLiteral("token"));
    Answer foreign =
        request({QUrl(url), bobToken, {}, {}, 20000}, "POST", QStringLiteral("/api/v1/push"),
                QStringLiteral("{\"device\":\"%1\",\"changes\":[]}").arg(a.device()).toUtf8());
    EXPECT_EQ(foreign.status, 403);
    // Bob signing in from Ada's database: refused at login, naming whose it is.
    const QString refused = a.connectTo(url, org, QStringLiteral("bob"));
    EXPECT_TRUE(refused.contains(QLatin1String("ada"))) << refused.toStdString();
    EXPECT_EQ(a.store().syncValue(QStringLiteral("user")), QStringLiteral("ada"));

    // Ada's session expires while she works: her change waits, sync asks her to sign in again.
    f.sql(QStringLiteral("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE "
                         "device = '%1'")
              .arg(a.device()));
    domain::Contact c;
    c.firstName = QStringLiteral("Offline");
    ASSERT_TRUE(a.store().createContact(c).ok());
    const QString expired = a.sync();
    EXPECT_TRUE(expired.contains(QLatin1String("sign in again"))) << expired.toStdString();
    EXPECT_EQ(a.engine().status().state, sync::SyncState::Error);
    EXPECT_GT(a.pending(), 0);
    ASSERT_EQ(a.connectTo(url, org, QStringLiteral("ada")), QString());
    ASSERT_EQ(a.sync(), QString());
    EXPECT_EQ(a.pending(), 0);
    ASSERT_EQ(b.sync(), QString());
    EXPECT_EQ(b.ids(QStringLiteral("contact")), a.ids(QStringLiteral("contact")));

    // Disconnecting revokes the session on the server.
    const QString token = a.store().syncValue(QStringLiteral("token"));
    a.engine().disconnectFromServer();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 3000 &&
           f.sql(QStringLiteral("SELECT count(*) FROM sessions WHERE device = '%1' AND "
                                "revoked_at IS NOT NULL")
                     .arg(a.device()))
                   .value(0) == QLatin1String("0"))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(
        request({QUrl(url), token, {}, {}, 20000}, "GET", QStringLiteral("/api/v1/pull?cursor=0"))
            .status,
        401);
}

TEST(EndToEnd, ASalesUserNeverReceivesAnotherUsersPrivateContact)
{
    ServerFixture& f = sharedServer();
    const QString org = orgWith({{"ola", "sales"}, {"piotr", "sales"}, {"max", "manager"}});
    Desktop ola(QStringLiteral("ola"), f.caCert());
    Desktop piotr(QStringLiteral("piotr"), f.caCert());
    Desktop max(QStringLiteral("max"), f.caCert());
    for (auto [d, login] : {std::pair{&ola, "ola"}, {&piotr, "piotr"}, {&max, "max"}})
        ASSERT_EQ(d->connectTo(f, org, QLatin1String(login)), QString());

    domain::Contact secret;
    secret.firstName = QStringLiteral("Tajemnicza");
    secret.lastName = QStringLiteral("Klientka");
    auto s = ola.store().createContact(secret);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(ola.store().setPrivate(QStringLiteral("contact"), s->id, true).ok());
    domain::Activity lunch;
    lunch.subject = QStringLiteral("Lunch");
    lunch.contactId = s->id;
    lunch.occurredAt = QDateTime::currentDateTimeUtc();
    auto act = ola.store().logActivity(lunch);
    ASSERT_TRUE(act.ok()) << act.message().toStdString();
    domain::Contact open;
    open.firstName = QStringLiteral("Jawny");
    auto o = ola.store().createContact(open);
    ASSERT_TRUE(o.ok());
    ASSERT_EQ(ola.sync(), QString());
    ASSERT_EQ(piotr.sync(), QString());
    ASSERT_EQ(max.sync(), QString());
    EXPECT_EQ(piotr.ids(QStringLiteral("contact")), QStringList{o->id});
    EXPECT_TRUE(piotr.ids(QStringLiteral("activity")).isEmpty());
    EXPECT_EQ(max.ids(QStringLiteral("contact")).size(), 2);
    EXPECT_EQ(max.ids(QStringLiteral("activity")), QStringList{act->id});
    // Not a trace of it in Piotr's database: neither rows nor history.
    QSqlQuery q(piotr.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM changes WHERE entity_id IN ('%1', "
                                      "'%2')")
                           .arg(s->id, act->id)));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    q.finish();

    // Shared: it arrives with its activity; private again: it leaves, unlogged.
    ASSERT_TRUE(ola.store().setPrivate(QStringLiteral("contact"), s->id, false).ok());
    ASSERT_EQ(ola.sync(), QString());
    ASSERT_EQ(piotr.sync(), QString());
    EXPECT_EQ(piotr.ids(QStringLiteral("contact")).size(), 2);
    EXPECT_EQ(piotr.ids(QStringLiteral("activity")), QStringList{act->id});
    ASSERT_TRUE(ola.store().setPrivate(QStringLiteral("contact"), s->id, true).ok());
    ASSERT_EQ(ola.sync(), QString());
    ASSERT_EQ(piotr.sync(), QString());
    EXPECT_EQ(piotr.ids(QStringLiteral("contact")), QStringList{o->id});
    EXPECT_TRUE(piotr.ids(QStringLiteral("activity")).isEmpty());
    EXPECT_EQ(piotr.pending(), 0);
}

TEST(EndToEnd, AnOldClientIsToldToUpdate)
{
    ServerFixture& f = sharedServer();
    sync::Endpoint old{QUrl(serverUrl(f.port())), {}, {}, {}, 20000};
    old.protocolVersion = 0;
    Answer a =
        request(old, "POST", QStringLiteral("/api/v1/login"),
                "{\"organization\":\"x\",\"user\":\"y\",\"password\":\"z\",\"device\":\"d\"}");
    EXPECT_EQ(a.status, 426);
    EXPECT_EQ(a.error.code, ErrorCode::Protocol);
    EXPECT_TRUE(a.error.message.contains(QLatin1String("newer version of Baza")))
        << a.error.message.toStdString();
    EXPECT_TRUE(a.error.message.contains(QLatin1String("please update")))
        << a.error.message.toStdString();
}

// A server with a self-signed certificate: refused until its fingerprint is pinned, then trusted;
// when it later presents another certificate, sync stops and names both.
TEST(EndToEnd, ASelfSignedServerNeedsItsFingerprintAndAChangedOneIsRefused)
{
    ServerFixture& f = sharedServer();
    const QString org = orgWith({{"ewa", "sales"}});
    const QString dir = f.tempPath(QStringLiteral("selfsigned"));
    QDir().mkpath(dir);
    QString cert1, key1, cert2, key2;
    ASSERT_EQ(createSelfSigned(dir, QStringLiteral("one"), &cert1, &key1), QString());
    ASSERT_EQ(createSelfSigned(dir, QStringLiteral("two"), &cert2, &key2), QString());
    const int port = freePort();
    auto configWith = [&](const QString& cert, const QString& key) {
        QFile in(f.configPath());
        EXPECT_TRUE(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        text +=
            QStringLiteral("\ntls_cert = %1\ntls_key = %2\nport = %3\n").arg(cert, key).arg(port);
        const QString path =
            dir + QStringLiteral("/server-") + QFileInfo(cert).baseName() + QStringLiteral(".conf");
        QFile out(path);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        return path;
    };
    const QString fp1 = sync::certificateFingerprint(QSslCertificate::fromPath(cert1).value(0));
    const QString fp2 = sync::certificateFingerprint(QSslCertificate::fromPath(cert2).value(0));
    ASSERT_NE(fp1, fp2);
    ServerProcess selfSigned;
    ASSERT_EQ(selfSigned.start(configWith(cert1, key1)), QString());

    Desktop d(QStringLiteral("ewa"), QString()); // the system store only
    const QString url = serverUrl(port);
    QString presented;
    const QString untrusted = d.connectTo(url, org, QStringLiteral("ewa"), {}, &presented);
    EXPECT_TRUE(untrusted.contains(QLatin1String("not trusted"))) << untrusted.toStdString();
    EXPECT_EQ(presented, fp1);
    EXPECT_FALSE(d.engine().isConnected());

    // The user confirmed the fingerprint with the administrator.
    ASSERT_EQ(d.connectTo(url, org, QStringLiteral("ewa"), presented), QString());
    domain::Contact c;
    c.firstName = QStringLiteral("Przez TLS");
    ASSERT_TRUE(d.store().createContact(c).ok());
    ASSERT_EQ(d.sync(), QString());
    EXPECT_EQ(d.pending(), 0);

    // Same address, another certificate: refused loudly, nothing sent.
    selfSigned.kill(); // quicker than waiting for idle keep-alive connections
    ASSERT_EQ(selfSigned.start(configWith(cert2, key2)), QString());
    c.firstName = QStringLiteral("Nie wysłany");
    ASSERT_TRUE(d.store().createContact(c).ok());
    const QString changed = d.sync();
    EXPECT_TRUE(changed.contains(QLatin1String("CHANGED"))) << changed.toStdString();
    EXPECT_TRUE(changed.contains(fp1) && changed.contains(fp2)) << changed.toStdString();
    EXPECT_EQ(d.engine().status().state, sync::SyncState::Error);
    EXPECT_GT(d.pending(), 0);
    selfSigned.kill(); // quicker than waiting for idle keep-alive connections
}
