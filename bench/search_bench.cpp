// Search latency over a large encrypted index, as a user types.
//
//   BAZA_BENCH_CONTACTS=1000000 build/<dir>/bench/bench_search
//
// Builds BAZA_BENCH_CONTACTS (default 1,000,000) generated contacts into a fresh encrypted
// database through SearchIndex::upsert (10,000 per transaction), then times 1,000 typed
// prefixes of 1–8 characters and prints p50/p95/p99/max, the build rate and peak RSS.
// BAZA_BENCH_DB=<file> keeps the database there and reuses it on the next run;
// BAZA_BENCH_OPTIMIZE=1 merges the index into one segment before the queries;
// BAZA_BENCH_CACHE_MIB=<n> sets the connection's page cache (SQLite's default is 2 MiB).

#include "DataGenerator.h"

#include "core/db/Database.h"
#include "core/search/SearchIndex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace baza;

namespace {

constexpr int BatchSize = 10000;
constexpr int QueryCount = 1000;

search::SearchIndex* g_index = nullptr;
QStringList g_queries;

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Experiments: BAZA_BENCH_PREFIX_NAME / _TEXT / _PHONE replace the prefix= option of the name,
// text and phone tables before the build (e.g. "1,2,3,4,5"). The read side keeps planning with
// the prefix lengths of core/search/SearchQuery.h, so a table given other lengths measures how
// those queries fare without the index they expect.
bool recreateTables(QSqlDatabase& c)
{
    const QString name = qEnvironmentVariable("BAZA_BENCH_PREFIX_NAME");
    const QString text = qEnvironmentVariable("BAZA_BENCH_PREFIX_TEXT");
    const QString phone = qEnvironmentVariable("BAZA_BENCH_PREFIX_PHONE");
    QSqlQuery q(c);
    const struct
    {
        const char* table;
        const char* column;
        QString prefix;
    } tables[] = {{"search_name_fts", "name", name},
                  {"search_fts", "text", text},
                  {"search_phone_fts", "phones", phone}};
    for (const auto& t : tables) {
        if (t.prefix.isEmpty())
            continue;
        const QString table = QLatin1String(t.table);
        if (!q.exec(QLatin1String("DROP TABLE ") + table) ||
            !q.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts4(%2, prefix=\"%3\", "
                                   "order=desc, matchinfo=fts3, tokenize=simple)")
                        .arg(table, QLatin1String(t.column), t.prefix)))
            return false;
        std::printf("%s: prefix=\"%s\"\n", t.table, qPrintable(t.prefix));
    }
    return true;
}

bool build(db::Database& database, search::SearchIndex& index, qint64 contacts)
{
    QSqlDatabase c = database.connection();
    if (!recreateTables(c))
        return false;
    bench::DataGenerator gen(20240501);
    QElapsedTimer timer;
    timer.start();
    for (qint64 done = 0; done < contacts;) {
        if (!c.transaction())
            return false;
        for (int i = 0; i < BatchSize && done < contacts; ++i, ++done) {
            const bench::GeneratedContact g = gen.next();
            Status s = index.upsert(
                {QStringLiteral("contact"), g.id, g.displayName(), g.otherText(), {g.phone}});
            if (!s) {
                std::fprintf(stderr, "upsert: %s\n", qPrintable(s.message()));
                return false;
            }
        }
        if (!c.commit())
            return false;
        if (done % 100000 == 0)
            std::printf("  %lld contacts, %.0f s\n", done, double(timer.elapsed()) / 1000.0);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("index build: %lld docs in %.1f s = %.0f docs/s\n", contacts, seconds,
                double(contacts) / seconds);
    if (qEnvironmentVariableIntValue("BAZA_BENCH_OPTIMIZE") == 1) {
        timer.restart();
        if (Status s = index.optimize(); !s)
            return false;
        std::printf("optimize: %.1f s\n", double(timer.elapsed()) / 1000.0);
    }
    return true;
}

double percentile(const std::vector<double>& sorted, double p)
{
    const size_t i = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[i];
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void printPercentiles(const char* what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("  %-10s p50 %6.3f ms  p95 %6.3f ms  p99 %6.3f ms  max %6.3f ms\n", what,
                percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99), ms.back());
}

// Wall time is what the user sees; thread CPU time shows the work when other processes compete
// for the cores. The first pass meets a cold SQLite page cache, the second a warmer one.
void reportTypedPrefixes(const search::SearchIndex& index, const QStringList& queries, int pass)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    std::vector<std::pair<double, QString>> slowest;
    qint64 hits = 0;
    for (const QString& q : queries) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        auto r = index.search(q, 20);
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        cpu.push_back(threadCpuMs() - cpu0);
        if (!r) {
            std::fprintf(stderr, "search '%s': %s\n", qPrintable(q), qPrintable(r.message()));
            continue;
        }
        hits += r->size();
        wall.push_back(elapsed);
        slowest.emplace_back(elapsed, q);
    }
    std::sort(slowest.begin(), slowest.end(), [](auto& a, auto& b) { return a.first > b.first; });
    std::printf("pass %d: %zu typed prefixes of 1-8 characters, limit 20, %.1f hits on average\n",
                pass, wall.size(), double(hits) / double(wall.size()));
    printPercentiles("wall", wall);
    printPercentiles("thread CPU", cpu);
    std::printf("  slowest:");
    for (size_t i = 0; i < 6 && i < slowest.size(); ++i)
        std::printf(" '%s' %.2f ms;", qPrintable(slowest[i].second), slowest[i].first);
    std::printf("\n");
}

void BM_SearchTypedPrefix(benchmark::State& state)
{
    qsizetype i = 0;
    for (auto _ : state) {
        auto r = g_index->search(g_queries.at(i++ % g_queries.size()), 20);
        benchmark::DoNotOptimize(r);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    const qint64 contacts = qEnvironmentVariableIsSet("BAZA_BENCH_CONTACTS")
                                ? qEnvironmentVariable("BAZA_BENCH_CONTACTS").toLongLong()
                                : 1000000;
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("BAZA_BENCH_DB");
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.baza"));
    const QString passphrase = QStringLiteral("bench passphrase");
    const bool reuse = QFileInfo::exists(path);
    auto opened =
        reuse ? db::Database::open(path, passphrase) : db::Database::create(path, passphrase);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    db::Database& database = **opened;
    if (const int cacheMiB = qEnvironmentVariableIntValue("BAZA_BENCH_CACHE_MIB"); cacheMiB > 0) {
        QSqlQuery q(database.connection());
        if (!q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheMiB * 1024)))
            return 1;
        std::printf("page cache: %d MiB\n", cacheMiB);
    }
    {
        search::SearchIndex index(database.connection());
        if (!reuse && !build(database, index, contacts))
            return 1;
        std::printf("database: %.0f MiB, peak RSS after build: %ld MiB\n",
                    double(QFileInfo(path).size()) / 1048576.0, peakRssMiB());

        bench::DataGenerator queryGen(7);
        g_queries = queryGen.typedPrefixes(QueryCount);
        g_index = &index;
        reportTypedPrefixes(index, g_queries, 1);
        reportTypedPrefixes(index, g_queries, 2);
        benchmark::RegisterBenchmark("BM_SearchTypedPrefix", BM_SearchTypedPrefix);
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
        std::printf("peak RSS: %ld MiB\n", peakRssMiB());
    }
    return 0;
}
