// A server killed in the middle of a push, and the shipped nginx configuration in front of a
// real baza-server.
#include "ServerTestEnv.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>

#include <thread>
#include <unistd.h>

#ifndef BAZA_SOURCE_DIR
#error "BAZA_SOURCE_DIR must name the source tree"
#endif

using namespace baza::test;

namespace {

const auto* const g_env = ::testing::AddGlobalTestEnvironment(new SharedServerTeardown);

// kill -9 while a large push is being applied, restart, resend: every change is stored once.
TEST(Robustness, ServerKilledMidPushLosesAndDuplicatesNothing)
{
    ServerFixture& f = sharedServer();
    const QString org = uniqueOrg();
    ASSERT_FALSE(f.addUser(org, QStringLiteral("kim"), QStringLiteral("sales")).isEmpty());
    constexpr int Changes = 1000;
    int killedDuring = 0;
    for (int round = 0; round < 3; ++round) {
        QString device;
        auto c = f.loggedIn(org, QStringLiteral("kim"), &device);
        QJsonArray changes;
        for (int i = 0; i < Changes; ++i)
            changes.append(insertChange(
                i + 1, QStringLiteral("contact"), newId(),
                {{QStringLiteral("first_name"), QStringLiteral("R%1-%2").arg(round).arg(i)},
                 {QStringLiteral("last_name"), QStringLiteral("Nowak")},
                 {QStringLiteral("title"), QString(400, QLatin1Char('n'))},
                 {QStringLiteral("city"), QStringLiteral("Gdańsk")}},
                hlcText(nowMs(), i, device)));
        HttpReply first;
        std::thread pusher([&] { first = push(*c, device, changes); });
        // Kill at different moments: while receiving, while applying, around the commit.
        std::this_thread::sleep_for(std::chrono::milliseconds(60 + 90 * round));
        f.killServer();
        pusher.join();
        if (first.status == 0)
            ++killedDuring;
        ASSERT_TRUE(f.restartServer().isEmpty());
        // The client resends the same push (it never saw an answer, or it did: same result).
        auto again = f.client();
        ASSERT_EQ(again->login(org, QStringLiteral("kim"), f.password(), device).status, 200);
        HttpReply second = push(*again, device, changes);
        ASSERT_EQ(second.status, 200) << second.body.toStdString();
        EXPECT_EQ(second.json.value(QLatin1String("acked_device_seq")).toInteger(), Changes);
        for (int i = 0; i < Changes; ++i)
            ASSERT_EQ(statusAt(second, i), QStringLiteral("applied"))
                << i << " " << QJsonDocument(resultAt(second, i)).toJson().toStdString();
        EXPECT_EQ(
            f.sql(QStringLiteral("SELECT count(*) FROM change_log WHERE device = '%1'").arg(device))
                .value(0),
            QString::number(Changes));
        EXPECT_EQ(f.sql(QStringLiteral("SELECT count(DISTINCT value #>> '{}') FROM field_states "
                                       "WHERE field = 'first_name' AND value #>> '{}' LIKE "
                                       "'R%1-%%' AND device = '%2'")
                            .arg(round)
                            .arg(device))
                      .value(0),
                  QString::number(Changes));
    }
    // Versions stayed unique within the organization through the crashes (each new record's
    // fields share its version: a pull sends it whole).
    EXPECT_EQ(f.sql(QStringLiteral("SELECT count(*) - count(DISTINCT r.version) FROM records r "
                                   "JOIN organizations o ON o.id = r.organization_id WHERE "
                                   "o.name = '%1'")
                        .arg(org))
                  .value(0),
              QStringLiteral("0"));
    EXPECT_EQ(f.sql(QStringLiteral("SELECT count(*) FROM field_states f JOIN records r USING "
                                   "(organization_id, entity, entity_id) JOIN organizations o ON "
                                   "o.id = r.organization_id WHERE o.name = '%1' AND f.version <> "
                                   "r.version")
                        .arg(org))
                  .value(0),
              QStringLiteral("0"));
    EXPECT_GE(killedDuring, 1) << "no kill hit a push in flight";
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// packaging/server/nginx.conf, as shipped, with only ports and certificate paths replaced.
TEST(Robustness, ShippedNginxConfigProxiesToTheServer)
{
    ServerFixture& f = sharedServer();
    const QString nginx = QStringLiteral("/usr/sbin/nginx");
    ASSERT_TRUE(QFile::exists(nginx)) << "nginx is not installed (./baza.sh test installs it)";

    // A second baza-server instance on the same database, plain HTTP on loopback.
    const QString dir = f.tempPath(QStringLiteral("nginx"));
    QDir().mkpath(dir + QStringLiteral("/logs"));
    const QString backendConf = dir + QStringLiteral("/backend.conf");
    QFile conf(f.configPath());
    ASSERT_TRUE(conf.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(conf.readAll());
    text.replace(QStringLiteral("tls = on"), QStringLiteral("tls = off"));
    QFile out(backendConf);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();
    ServerProcess backend;
    ASSERT_EQ(backend.start(backendConf), QString());

    QFile shipped(QStringLiteral(BAZA_SOURCE_DIR "/packaging/server/nginx.conf"));
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    QString site = QString::fromUtf8(shipped.readAll());
    const int port = freePort();
    for (auto [from, to] : std::initializer_list<std::pair<QString, QString>>{
             {QStringLiteral("listen 443 ssl;"),
              QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(port)},
             {QStringLiteral("listen [::]:443 ssl;"), QString()},
             {QStringLiteral("/etc/baza/tls/fullchain.pem"), f.ca().serverCert},
             {QStringLiteral("/etc/baza/tls/privkey.pem"), f.ca().serverKey},
             {QStringLiteral("127.0.0.1:8080"),
              QStringLiteral("127.0.0.1:%1").arg(backend.port())}}) {
        ASSERT_TRUE(site.contains(from)) << from.toStdString();
        site.replace(from, to);
    }
    QFile siteFile(dir + QStringLiteral("/baza-site.conf"));
    ASSERT_TRUE(siteFile.open(QIODevice::WriteOnly));
    siteFile.write(site.toUtf8());
    siteFile.close();
    // The minimal main configuration a distribution's nginx.conf provides around a site.
    QFile main(dir + QStringLiteral("/nginx.conf"));
    ASSERT_TRUE(main.open(QIODevice::WriteOnly));
    main.write(QStringLiteral("%1daemon off;\nmaster_process on;\nworker_processes 1;\n"
                              "pid %2/nginx.pid;\nerror_log %2/logs/error.log warn;\n"
                              "events { worker_connections 64; }\n"
                              "http {\n access_log off;\n client_body_temp_path %2/body;\n"
                              " proxy_temp_path %2/proxy;\n fastcgi_temp_path %2/fcgi;\n"
                              " uwsgi_temp_path %2/uwsgi;\n scgi_temp_path %2/scgi;\n"
                              " include %2/baza-site.conf;\n}\n")
                   .arg(geteuid() == 0 ? QStringLiteral("user root;\n") : QString(), dir)
                   .toUtf8());
    main.close();
    QProcess proxy;
    proxy.setProcessChannelMode(QProcess::MergedChannels);
    proxy.start(nginx, {QStringLiteral("-p"), dir, QStringLiteral("-c"),
                        dir + QStringLiteral("/nginx.conf")});
    ASSERT_TRUE(proxy.waitForStarted(5000));

    ApiClient c(QStringLiteral("127.0.0.1"), port, f.caCert());
    HttpReply health;
    for (int i = 0; i < 100 && health.status != 200; ++i) {
        health = c.get(QStringLiteral("/health"));
        if (health.status != 200)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    EXPECT_EQ(health.status, 200) << proxy.readAll().toStdString();
    const QString org = uniqueOrg();
    ASSERT_FALSE(f.addUser(org, QStringLiteral("ngo"), QStringLiteral("sales")).isEmpty());
    const QString device = newId();
    ASSERT_EQ(c.login(org, QStringLiteral("ngo"), f.password(), device).status, 200);
    const QString id = newId();
    HttpReply p = push(c, device,
                       {insertChange(1, QStringLiteral("company"), id,
                                     {{QStringLiteral("name"), QStringLiteral("Przez nginx")}},
                                     hlcText(nowMs(), 0, device))});
    EXPECT_EQ(p.status, 200);
    EXPECT_EQ(statusAt(p, 0), QStringLiteral("applied"));
    EXPECT_EQ(pullAll(c).size(), 1);
    // The proxy forwards the client's address; the backend logged it for the request.
    EXPECT_TRUE(backend.output().contains(QLatin1String("\"ip\":\"127.0.0.1\"")));
    // nginx enforces the body limit before the backend sees anything.
    EXPECT_EQ(c.postRaw(QStringLiteral("/api/v1/push"), QByteArray(9 * 1024 * 1024, ' ')).status,
              413);

    proxy.terminate();
    proxy.waitForFinished(5000);
    backend.stop();
}

} // namespace
