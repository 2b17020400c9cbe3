// Store throughput and open latency.
//
//   build/dev/bench/bench_store                       (100,000 contacts)
//   BAZA_BENCH_CONTACTS=20000 build/dev/bench/bench_store
//
// Prints contacts/s for inserts through the store (every row with its change-log entries,
// lookup rows and search document), for applying a first sync's pulled pages in process (the
// client's side of bench_first_sync without the server, network and decoding, so its figure
// holds still between runs), open-to-first-query times after key derivation (p50/p95/p99), and
// peak RSS.
#include "core/changes/Hlc.h"
#include "core/common/Uuid.h"
#include "core/db/Database.h"
#include "core/demo/DemoData.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"
#include "core/sync/SyncClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

using namespace baza;

namespace {

int contactCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("BAZA_BENCH_CONTACTS", &ok);
    return ok && n > 0 ? n : 100000;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

QTemporaryDir& benchDir()
{
    static QTemporaryDir dir;
    return dir;
}

QString benchPath()
{
    return benchDir().filePath(QStringLiteral("bench.baza"));
}

const QString Passphrase = QStringLiteral("bench passphrase");

struct FreshStore
{
    std::unique_ptr<db::Database> db;
    std::unique_ptr<store::Store> store; // null when the bench was skipped
};

// A new file at `path` with an initialized store; on failure the bench is skipped with why.
FreshStore freshStore(const QString& path, benchmark::State& state)
{
    FreshStore out;
    QFile::remove(path);
    auto db = db::Database::create(path, Passphrase);
    if (!db) {
        state.SkipWithError(db.message().toUtf8().constData());
        return out;
    }
    out.db = std::move(*db);
    auto store = std::make_unique<store::Store>(*out.db);
    if (!store->initialize()) {
        state.SkipWithError("initialize failed");
        return out;
    }
    out.store = std::move(store);
    return out;
}

void BM_InsertContactsThroughStore(benchmark::State& state)
{
    const int n = contactCount();
    for (auto _ : state) {
        auto fresh = freshStore(benchPath(), state);
        if (!fresh.store)
            return;
        store::Store& store = *fresh.store;
        demo::DemoData data(42);
        QList<domain::Contact> contacts;
        contacts.reserve(n);
        for (int i = 0; i < n; ++i)
            contacts.append(data.contact());
        QElapsedTimer timer;
        timer.start();
        for (int done = 0; done < n; done += 1000) {
            auto ids = store.createContacts(contacts.mid(done, 1000));
            if (!ids) {
                state.SkipWithError(ids.message().toUtf8().constData());
                return;
            }
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        state.counters["contacts"] = n;
        state.counters["contacts_per_s"] = double(n) / seconds;
        std::printf("insert: %d contacts through the store in %.2f s = %.0f contacts/s "
                    "(batches of 1000, one transaction each)\n",
                    n, seconds, double(n) / seconds);
    }
}
BENCHMARK(BM_InsertContactsThroughStore)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Pulled pages as the server hands them out for a first sync: one compact insert per contact,
// each its own command of another device, in pages of DefaultPullLimit.
QList<sync::PullResponse> pulledPages(int n)
{
    demo::DemoData data(7);
    const QString device = QStringLiteral("bench-peer-device");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<sync::PullResponse> pages;
    for (int i = 0; i < n; ++i) {
        if (i % sync::DefaultPullLimit == 0)
            pages.append(sync::PullResponse());
        const QVariantMap fields = store::toFields(data.contact());
        sync::Change c;
        c.version = i + 1;
        c.deviceSeq = i + 1;
        c.device = device;
        c.commandId = newUuidV7();
        c.entity = QStringLiteral("contact");
        c.entityId = newUuidV7();
        c.op = sync::Op::Insert;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (!it.value().isNull() &&
                !(it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty()))
                c.fields.insert(it.key(), it.value());
        }
        c.fields.insert(QStringLiteral("created_at"), now);
        c.fields.insert(QStringLiteral("updated_at"), now);
        c.hlc = changes::Hlc{QDateTime::currentMSecsSinceEpoch(), quint32(i % 90000), device}
                    .toString();
        c.label = QStringLiteral("Import contacts");
        pages.last().changes.append(c);
        pages.last().cursor = i + 1;
    }
    for (qsizetype p = 0; p < pages.size(); ++p)
        pages[p].more = p + 1 < pages.size();
    return pages;
}

void BM_ApplyFirstSyncPages(benchmark::State& state)
{
    const int n = contactCount();
    const QList<sync::PullResponse> pages = pulledPages(n);
    const QString path = benchDir().filePath(QStringLiteral("apply.baza"));
    for (auto _ : state) {
        auto fresh = freshStore(path, state);
        if (!fresh.store)
            return;
        store::Store& store = *fresh.store;
        sync::SyncClient client(store);
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuSeconds();
        for (const sync::PullResponse& page : pages) {
            if (Status s = client.handlePullResponse(page); !s) {
                state.SkipWithError(s.message().toUtf8().constData());
                return;
            }
        }
        const double applied = double(timer.nsecsElapsed()) / 1e9;
        if (Status s = client.finishPull(); !s) {
            state.SkipWithError(s.message().toUtf8().constData());
            return;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = threadCpuSeconds() - cpu0;
        state.SetIterationTime(seconds);
        state.counters["contacts_per_s"] = double(n) / seconds;
        std::printf("apply a first sync in process: %d contacts in %lld pages, %.2f s wall "
                    "(%.2f s applying pages, %.2f s finishing), %.2f s CPU = %.1f us per "
                    "contact\n",
                    n, qlonglong(pages.size()), seconds, applied, seconds - applied, cpu,
                    cpu * 1e6 / double(n));
    }
}
BENCHMARK(BM_ApplyFirstSyncPages)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

void BM_OpenToFirstQuery(benchmark::State& state)
{
    auto key = db::Database::deriveKeyFor(benchPath(), Passphrase);
    if (!key) {
        state.SkipWithError(key.message().toUtf8().constData());
        return;
    }
    std::vector<double> ms;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto db = db::Database::openWithKey(benchPath(), key->clone());
        if (!db) {
            state.SkipWithError(db.message().toUtf8().constData());
            return;
        }
        store::Store store(**db);
        if (!store.initialize()) {
            state.SkipWithError("initialize failed");
            return;
        }
        auto hits = store.search(QStringLiteral("kowal"), 20);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!hits || hits->isEmpty()) {
            state.SkipWithError("first query found nothing");
            return;
        }
        ms.push_back(elapsed);
        state.SetIterationTime(elapsed / 1000.0);
    }
    std::printf("open-to-first-query (key already derived, open + verify + store init + one "
                "search): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms over %zu opens\n",
                percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99), ms.size());
}
BENCHMARK(BM_OpenToFirstQuery)->Iterations(50)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_KeyDerivation(benchmark::State& state)
{
    for (auto _ : state) {
        auto key = db::Database::deriveKeyFor(benchPath(), Passphrase);
        benchmark::DoNotOptimize(key.ok());
    }
}
BENCHMARK(BM_KeyDerivation)->Iterations(5)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::printf("peak RSS: %.1f MiB\n", peakRssMiB());
    return 0;
}
