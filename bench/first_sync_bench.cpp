// bench_first_sync: the first sync of a large dataset. A real baza-server (TLS, loopback, real
// PostgreSQL) is filled with N contacts through ordinary pushes; then a fresh desktop database
// bootstraps from cursor 0 with the real client (`baza-cli sync`: SyncEngine, the Store's apply
// path, SQLCipher, the search index). Prints the seeding rate, the first sync's wall time and
// the client's peak RSS (of the baza-cli process alone).
//
// Environment: BAZA_BENCH_CONTACTS (100000).
#include "DataGenerator.h"
#include "ServerFixture.h"

#include "core/changes/Hlc.h"
#include "core/common/Uuid.h"
#include "core/store/Mapping.h"
#include "core/sync/Protocol.h"
#include "core/sync/SyncRequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using namespace baza;
using namespace baza::test;

namespace {

struct Run
{
    int exitCode = -1;
    double seconds = 0;
    long peakRssKb = 0;
    double cpuSeconds = 0; // user + system
};

// Runs a program and waits for it, with its own resource usage (wait4), not the bench's.
Run run(const QString& program, const QStringList& args, const QStringList& extraEnv)
{
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString& a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (char** e = environ; *e; ++e)
        envStorage.emplace_back(*e);
    for (const QString& e : extraEnv)
        envStorage.push_back(e.toLocal8Bit());
    std::vector<char*> env;
    for (QByteArray& b : envStorage)
        env.push_back(b.data());
    env.push_back(nullptr);

    Run r;
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), env.data()) != 0)
        return r;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.peakRssKb = usage.ru_maxrss;
    r.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return r;
}

QJsonObject contactInsert(qint64 seq, bench::DataGenerator& gen, const QString& device, int counter,
                          const QString& now)
{
    const bench::GeneratedContact g = gen.next();
    domain::Contact c;
    c.firstName = g.first;
    c.middleName = g.middle;
    c.lastName = g.last;
    c.title = g.company;
    c.address.city = g.city;
    c.emails.append({QStringLiteral("work"), g.email});
    c.phones.append({QStringLiteral("mobile"), g.phone});
    c.tags = g.tags;
    QVariantMap fields = store::toFields(c);
    fields.insert(QStringLiteral("created_at"), now);
    fields.insert(QStringLiteral("updated_at"), now);
    sync::Change ch;
    ch.deviceSeq = seq;
    ch.commandId = QStringLiteral("seed-%1").arg(seq);
    ch.entity = QStringLiteral("contact");
    ch.entityId = newUuidV7();
    ch.op = sync::Op::Insert;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        if (!it.value().isNull() &&
            !(it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty()))
            ch.fields.insert(it.key(), it.value());
    ch.hlc = changes::Hlc{QDateTime::currentMSecsSinceEpoch(), quint32(counter % 90000), device}
                 .toString();
    ch.label = QStringLiteral("Import contacts");
    return sync::changeToJson(ch, false);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    int contacts = qEnvironmentVariableIntValue("BAZA_BENCH_CONTACTS", &ok);
    if (!ok || contacts <= 0)
        contacts = 100000;
    const QString cli =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cli/baza-cli");

    ServerFixture f;
    if (QString err = f.start(); !err.isEmpty()) {
        std::fprintf(stderr, "bench_first_sync: %s\n", qPrintable(err));
        return 1;
    }
    const QString org = QStringLiteral("bench");
    if (f.addUser(org, QStringLiteral("seed"), QStringLiteral("manager")).isEmpty() ||
        f.addUser(org, QStringLiteral("reader"), QStringLiteral("sales")).isEmpty()) {
        std::fprintf(stderr, "bench_first_sync: add-user failed\n");
        return 1;
    }

    // Seeding: ordinary pushes of 1000 compact inserts, as an import on another desktop would.
    QString device;
    auto seeder = f.loggedIn(org, QStringLiteral("seed"), &device);
    seeder->setGzipRequests(true);
    bench::DataGenerator gen(20261123);
    const QString now = store::nowText();
    QElapsedTimer seedTime;
    seedTime.start();
    qint64 seq = 0;
    for (int done = 0; done < contacts;) {
        QJsonArray changes;
        const int n = std::min(sync::MaxPushChanges, contacts - done);
        for (int i = 0; i < n; ++i, ++seq)
            changes.append(contactInsert(seq + 1, gen, device, int(seq), now));
        const HttpReply r =
            seeder->post(QStringLiteral("/api/v1/push"), {{QStringLiteral("device"), device},
                                                          {QStringLiteral("changes"), changes}});
        if (r.status != 200 || r.json.value(QLatin1String("acked_device_seq")).toInteger() != seq) {
            std::fprintf(stderr, "bench_first_sync: push failed: %d %s\n", r.status,
                         r.body.left(300).constData());
            return 1;
        }
        done += n;
    }
    const double seedSeconds = double(seedTime.nsecsElapsed()) / 1e9;
    std::printf("bench_first_sync: %d contacts pushed in %.1f s (%.0f changes/s, 1000 per push, "
                "TLS + gzip on loopback)\n",
                contacts, seedSeconds, contacts / seedSeconds);

    // The desktop: a new database, connected with the server's certificate pinned. Each of
    // BAZA_BENCH_RUNS runs (default 1) is a new desktop syncing the same server from scratch.
    int runs = qEnvironmentVariableIntValue("BAZA_BENCH_RUNS", &ok);
    if (!ok || runs <= 0)
        runs = 1;
    const QStringList env{QStringLiteral("BAZA_PASSPHRASE=bench passphrase 1"),
                          QStringLiteral("BAZA_SERVER_PASSWORD=") + f.password(),
                          QStringLiteral("QT_QPA_PLATFORM=offscreen")};
    const QString fingerprint =
        sync::certificateFingerprint(QSslCertificate::fromPath(f.ca().serverCert).value(0));
    QList<double> walls;
    qsizetype serverLinesSeen = 0;
    for (int r = 1; r <= runs; ++r) {
        const QString db = f.tempPath(QStringLiteral("desktop-%1.baza").arg(r));
        if (run(cli, {QStringLiteral("--db"), db, QStringLiteral("init")}, env).exitCode != 0 ||
            run(cli,
                {QStringLiteral("--db"), db, QStringLiteral("connect"),
                 QStringLiteral("https://127.0.0.1:%1").arg(f.port()), QStringLiteral("--user"),
                 QStringLiteral("reader"), QStringLiteral("--organization"), org,
                 QStringLiteral("--trust-fingerprint"), fingerprint},
                env)
                    .exitCode != 0) {
            std::fprintf(stderr, "bench_first_sync: baza-cli init/connect failed\n");
            return 1;
        }
        // Opening the database (key derivation) is part of every baza-cli run: measured alone.
        const Run open =
            run(cli, {QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("status")},
                env);
        const Run first = run(cli, {QStringLiteral("--db"), db, QStringLiteral("sync")}, env);
        if (first.exitCode != 0) {
            std::fprintf(stderr, "bench_first_sync: baza-cli sync failed (%d)\n", first.exitCode);
            return 1;
        }
        // The server's side of it: its own request log (pull pages and their handling time).
        int pages = 0;
        double serverMs = 0, slowestMs = 0;
        const QStringList lines = f.serverOutput().split(QLatin1Char('\n'));
        for (qsizetype i = serverLinesSeen; i < lines.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8()).object();
            if (o.value(QLatin1String("path")).toString() != QLatin1String("/api/v1/pull"))
                continue;
            ++pages;
            const double ms = o.value(QLatin1String("ms")).toDouble();
            serverMs += ms;
            slowestMs = std::max(slowestMs, ms);
        }
        const Run again = run(cli, {QStringLiteral("--db"), db, QStringLiteral("sync")}, env);
        serverLinesSeen = f.serverOutput().split(QLatin1Char('\n')).size();
        walls.append(first.seconds);
        std::printf("first sync of %d contacts (sales user, cursor 0 → current): %.2f s wall for "
                    "`baza-cli sync` (of which %.2f s opening the database), %.2f s CPU, peak RSS "
                    "%.0f MiB\n",
                    contacts, first.seconds, open.seconds, first.cpuSeconds,
                    double(first.peakRssKb) / 1024.0);
        std::printf("server: %d pull pages, %.2f s handling them in all (slowest %.0f ms)\n", pages,
                    serverMs / 1000.0, slowestMs);
        std::printf("next sync with nothing new: %.2f s\n", again.seconds);
        std::fflush(stdout);
    }
    if (runs > 1) {
        std::sort(walls.begin(), walls.end());
        std::printf("first sync over %d runs: median %.2f s, fastest %.2f s, slowest %.2f s\n",
                    runs, walls.at(runs / 2), walls.front(), walls.back());
    }
    return 0;
}
