// Store throughput and open latency.
//
//   build/dev/bench/bench_store                       (100,000 contacts)
//   BAZA_BENCH_CONTACTS=20000 build/dev/bench/bench_store
//
// Prints contacts/s for inserts through the store (every row with its change-log entries,
// lookup rows and search document), open-to-first-query times after key derivation
// (p50/p95/p99), and peak RSS.
#include "core/db/Database.h"
#include "core/demo/DemoData.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

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

void BM_InsertContactsThroughStore(benchmark::State& state)
{
    const int n = contactCount();
    for (auto _ : state) {
        QFile::remove(benchPath());
        auto db = db::Database::create(benchPath(), Passphrase);
        if (!db) {
            state.SkipWithError(db.message().toUtf8().constData());
            return;
        }
        store::Store store(**db);
        if (!store.initialize()) {
            state.SkipWithError("initialize failed");
            return;
        }
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
