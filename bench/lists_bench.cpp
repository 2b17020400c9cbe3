// List views over a million contacts: what the Contacts page costs.
//
//   BAZA_BENCH_DB=/tmp/lists-1m.baza build/dev/bench/bench_lists
//
// Builds BAZA_BENCH_CONTACTS (default 1,000,000) generated contacts and 20,000 companies into an
// encrypted database (rows, tag and channel lookup rows and the search index, written directly
// in batches of 10,000; no change-log entries for them), or reuses BAZA_BENCH_DB. Then prints:
// time to the first page and to the full id list through the real list model and worker, the
// jump to the last row, every sort and a set of filters (first page, id list, count), block
// fetches while scrolling (p50/p95/p99), bulk actions on 10,000 contacts with their undo, and
// peak RSS. Run it a second time on the same BAZA_BENCH_DB for an RSS figure without the build.

#include "DataGenerator.h"

#include "core/db/Database.h"
#include "core/search/SearchIndex.h"
#include "core/store/ListReader.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"
#include "ui/lists/ListWorker.h"
#include "ui/lists/RecordListModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace baza;

namespace {

constexpr int BatchSize = 10000;
constexpr int CompanyCount = 20000;
const char* const Lifecycles[] = {"subscriber",  "lead",     "lead",       "qualified",
                                  "opportunity", "customer", "evangelist", "other"};

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

bool exec(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (q.exec())
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
    return false;
}

QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool build(db::Database& database, const QStringList& owners, qint64 contacts)
{
    QSqlDatabase c = database.connection();
    search::SearchIndex index(c);
    bench::DataGenerator gen(20240501);
    QElapsedTimer timer;
    timer.start();
    const qint64 start = QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList companyIds;
    {
        QSqlQuery insert(c);
        insert.prepare(QStringLiteral(
            "INSERT INTO companies(id, name, industry, city, country, owner_id, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const char* industries[] = {"Retail", "Logistics", "Software", "Food", "Construction"};
        c.transaction();
        for (int i = 0; i < CompanyCount; ++i) {
            const bench::GeneratedContact g = gen.next();
            const QString id = QStringLiteral("c") + g.id;
            const QString created = isoTime(start + qint64(i) * 7000000);
            if (!exec(insert,
                      {id, g.company, QLatin1String(industries[i % 5]), g.city,
                       QStringLiteral("PL"), owners.at(i % owners.size()), created, created}) ||
                !index.upsert({QStringLiteral("company"), id, g.company, g.city, {}}))
                return false;
            companyIds << id;
        }
        c.commit();
    }
    QSqlQuery contact(c);
    contact.prepare(QStringLiteral(
        "INSERT INTO contacts(id, first_name, middle_name, last_name, company_id, emails, "
        "phones, city, country, lifecycle, owner_id, tags, last_contacted_at, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery tag(c);
    tag.prepare(
        QStringLiteral("INSERT OR IGNORE INTO contact_tags(contact_id, tag) VALUES (?, ?)"));
    QSqlQuery channel(c);
    channel.prepare(
        QStringLiteral("INSERT INTO contact_channels(contact_id, kind, value) VALUES (?, ?, ?)"));
    QSet<QString> tagNames;
    for (qint64 done = 0; done < contacts;) {
        c.transaction();
        for (int i = 0; i < BatchSize && done < contacts; ++i, ++done) {
            const bench::GeneratedContact g = gen.next();
            const QString companyId = companyIds.at(int(gen.uniform(CompanyCount)));
            const QString created = isoTime(start + done * 150000);
            const QVariant last = gen.uniform(10) < 3
                                      ? QVariant()
                                      : QVariant(isoTime(now - qint64(gen.uniform(400)) * 86400000 -
                                                         gen.uniform(86400000)));
            const QVariant owner =
                gen.uniform(5) == 0 ? QVariant() : QVariant(owners.at(gen.uniform(owners.size())));
            if (!exec(contact,
                      {g.id, g.first, g.middle.isEmpty() ? QVariant() : QVariant(g.middle), g.last,
                       companyId, store::emailsToJson({{QStringLiteral("work"), g.email}}),
                       store::phonesToJson({{QStringLiteral("mobile"), g.phone}}), g.city,
                       QStringLiteral("PL"),
                       QLatin1String(Lifecycles[gen.uniform(int(std::size(Lifecycles)))]), owner,
                       g.tags.isEmpty() ? QVariant() : QVariant(store::tagsToJson(g.tags)), last,
                       created, created}))
                return false;
            for (const QString& t : g.tags) {
                tagNames.insert(t);
                if (!exec(tag, {g.id, t}))
                    return false;
            }
            if (!exec(channel, {g.id, QStringLiteral("email"), store::normalizedEmail(g.email)}) ||
                !exec(channel, {g.id, QStringLiteral("phone"), store::normalizedPhone(g.phone)}))
                return false;
            if (Status s = index.upsert(
                    {QStringLiteral("contact"), g.id, g.displayName(), g.otherText(), {g.phone}});
                !s) {
                std::fprintf(stderr, "index: %s\n", qPrintable(s.message()));
                return false;
            }
        }
        c.commit();
        if (done % 100000 == 0)
            std::printf("  %lld contacts, %.0f s\n", done, double(timer.elapsed()) / 1000.0);
    }
    QSqlQuery t(c);
    t.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO tags(id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    int n = 0;
    for (const QString& name : std::as_const(tagNames))
        exec(t, {QStringLiteral("t%1").arg(++n), name, isoTime(start), isoTime(start)});
    std::printf("build: %lld contacts + %d companies in %.0f s\n", contacts, CompanyCount,
                double(timer.elapsed()) / 1000.0);
    return true;
}

struct Timed
{
    double firstPage = 0;
    double ids = 0;
    double count = 0;
    size_t rows = 0;
};

Timed measure(store::ListReader& reader, const store::ListQuery& q)
{
    Timed t;
    QElapsedTimer timer;
    timer.start();
    auto page = reader.firstPage(q, ui::RecordListModel::FirstPageSize);
    t.firstPage = ms(timer);
    timer.restart();
    auto ids = reader.rowids(q);
    t.ids = ms(timer);
    timer.restart();
    auto n = reader.count(q);
    t.count = ms(timer);
    if (!page || !ids || !n)
        std::fprintf(stderr, "query failed: %s\n",
                     qPrintable(page ? (ids ? n.message() : ids.message()) : page.message()));
    t.rows = ids ? ids->size() : 0;
    return t;
}

void printTimed(const char* what, const Timed& t)
{
    std::printf("  %-34s first page %8.1f ms   id list %8.1f ms   count %8.1f ms   %8zu rows\n",
                what, t.firstPage, t.ids, t.count, t.rows);
}

bool waitFor(const std::function<bool()>& done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 contacts = qEnvironmentVariableIsSet("BAZA_BENCH_CONTACTS")
                                ? qEnvironmentVariable("BAZA_BENCH_CONTACTS").toLongLong()
                                : 1000000;
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("BAZA_BENCH_DB");
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("lists.baza"));
    const QString passphrase = QStringLiteral("bench passphrase");
    if (!QFileInfo::exists(path)) {
        auto created = db::Database::create(path, passphrase);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.message()));
            return 1;
        }
        store::Store store(**created);
        if (!store.initialize())
            return 1;
        QStringList owners{store.profile().id};
        QSqlQuery q((*created)->connection());
        for (const char* name : {"Anna Nowak", "Piotr Zieliński", "Ольга Смирнова", "Tom Baker"}) {
            const QString id = QStringLiteral("u-%1").arg(owners.size());
            q.prepare(QStringLiteral(
                "INSERT INTO users(id, name, created_at, updated_at) VALUES (?, ?, '', '')"));
            if (!exec(q, {id, QString::fromUtf8(name)}))
                return 1;
            owners << id;
        }
        if (!build(**created, owners, contacts))
            return 1;
        std::printf("peak RSS after the build: %ld MiB (run again for the list figures alone)\n",
                    peakRssMiB());
    }

    // Unlock: key derivation happens once; what follows is what the user waits for.
    QElapsedTimer timer;
    timer.start();
    auto opened = db::Database::open(path, passphrase);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    std::printf("database %.0f MiB; open with key derivation: %.0f ms\n",
                double(QFileInfo(path).size()) / 1048576.0, ms(timer));
    db::Database& database = **opened;
    store::Store store(database);
    if (!store.initialize())
        return 1;

    {
        // The real path: model + worker thread, as the Contacts page does after unlock.
        ui::ListWorker worker(database);
        ui::ContactListModel model(store, worker);
        timer.restart();
        model.setQuery(store::ListQuery{});
        if (!waitFor([&]() { return model.rowCount() > 0; }))
            return 1;
        const double firstPage = ms(timer);
        if (!waitFor([&]() { return model.isComplete(); }))
            return 1;
        std::printf("list model, sorted by name: first page after unlock %.1f ms, full id list "
                    "(%d rows, exact count) %.1f ms\n",
                    firstPage, model.rowCount(), ms(timer));
        timer.restart();
        const QString lastName = model.index(model.rowCount() - 1, 0).data().toString();
        std::printf("jump to the last row (one block of %d by rowid): %.2f ms (%s)\n",
                    ui::RecordListModel::BlockSize, ms(timer), qPrintable(lastName));

        // Scrolling: 40 rows on screen, moving 13 rows at a time (a wheel notch is 3 rows; a
        // fling moves faster), through 150,000 rows. Every time a block is fetched it is timed.
        std::vector<double> screens;
        std::vector<double> fetches;
        const int visible = 40;
        for (int top = 0; top + visible < std::min(model.rowCount(), 150000); top += 13) {
            QElapsedTimer s;
            s.start();
            for (int r = top; r < top + visible; ++r) {
                for (int c = 0; c < 9; ++c)
                    (void)model.index(r, c).data();
            }
            const double elapsed = ms(s);
            screens.push_back(elapsed);
            if (elapsed > 0.3)
                fetches.push_back(elapsed);
        }
        std::printf("scrolling 150,000 rows, 40 rows x 9 columns per screen: %zu screens, "
                    "p50 %.3f ms p99 %.3f ms; the %zu screens that fetched a block: p50 %.2f ms "
                    "p95 %.2f ms p99 %.2f ms max %.2f ms\n",
                    screens.size(), percentile(screens, 0.5), percentile(screens, 0.99),
                    fetches.size(), percentile(fetches, 0.5), percentile(fetches, 0.95),
                    percentile(fetches, 0.99), percentile(fetches, 1.0));

        // Random jumps (dragging the scroll bar): one uncached block each.
        std::mt19937 rng(7);
        std::vector<double> jumps;
        for (int i = 0; i < 300; ++i) {
            const int row = int(rng() % uint32_t(model.rowCount()));
            QElapsedTimer s;
            s.start();
            (void)model.index(row, 0).data();
            jumps.push_back(ms(s));
        }
        std::printf("random jumps (block fetch by rowid, cold parts of the file): p50 %.2f ms "
                    "p95 %.2f ms p99 %.2f ms max %.2f ms\n",
                    percentile(jumps, 0.5), percentile(jumps, 0.95), percentile(jumps, 0.99),
                    percentile(jumps, 1.0));

        // A sort change through the model, timed like the first load.
        timer.restart();
        model.sort(ui::ContactListModel::Created, Qt::DescendingOrder);
        if (!waitFor([&]() { return model.rowCount() > 0; }))
            return 1;
        const double sortFirst = ms(timer);
        if (!waitFor([&]() { return model.isComplete(); }))
            return 1;
        std::printf("model sort change to Created (descending): first page %.1f ms, id list "
                    "%.1f ms\n",
                    sortFirst, ms(timer));
        timer.restart();
        store::ListFilter vip;
        vip.tags = {QStringLiteral("vip")};
        model.setFilter(vip);
        if (!waitFor([&]() { return model.isComplete(); }))
            return 1;
        std::printf("model filter change to tag 'vip': complete (%d rows) in %.1f ms\n",
                    model.rowCount(), ms(timer));
        std::printf("peak RSS with the list model loaded: %ld MiB\n", peakRssMiB());
    }

    store::ListReader reader(database.connection());
    std::printf("sorts (first page of %d / ordered id list / count), no filter:\n",
                ui::RecordListModel::FirstPageSize);
    for (int c = 0; c < int(store::ContactColumn::Count); ++c) {
        for (bool descending : {false, true}) {
            store::ListQuery q;
            q.sortColumn = c;
            q.descending = descending;
            const QString what = store::columnKey(store::ListEntity::Contacts, c) +
                                 (descending ? QStringLiteral(" desc") : QStringLiteral(" asc")) +
                                 (store::columnSortIsIndexed(store::ListEntity::Contacts, c)
                                      ? QStringLiteral(" (index)")
                                      : QStringLiteral(" (sorts)"));
            printTimed(qPrintable(what), measure(reader, q));
            if (!descending && !store::columnSortIsIndexed(store::ListEntity::Contacts, c))
                break; // the other direction costs the same
        }
    }
    std::printf("filters, sorted by name:\n");
    const auto filtered = [&](const char* what, const std::function<void(store::ListFilter&)>& f) {
        store::ListQuery q;
        f(q.filter);
        printTimed(what, measure(reader, q));
    };
    filtered("tag vip", [](auto& f) { f.tags = {QStringLiteral("vip")}; });
    filtered("city Kraków", [](auto& f) { f.city = QStringLiteral("Kraków"); });
    filtered("lifecycle customer", [](auto& f) { f.lifecycle = {QStringLiteral("customer")}; });
    filtered("owner u-1", [](auto& f) { f.ownerIds = {QStringLiteral("u-1")}; });
    filtered("no owner", [](auto& f) { f.ownerIds = {QString()}; });
    filtered("never contacted", [](auto& f) { f.lastContact = store::LastContact::Never; });
    filtered("not contacted in 30 days", [](auto& f) {
        f.lastContact = store::LastContact::NotWithinDays;
        f.lastContactDays = 30;
    });
    filtered("created in 2021", [](auto& f) {
        f.createdFrom = QDate(2021, 1, 1);
        f.createdTo = QDate(2021, 12, 31);
    });
    filtered("search 'kowal'", [](auto& f) { f.search = QStringLiteral("kowal"); });
    filtered("search 'anna kow'", [](auto& f) { f.search = QStringLiteral("anna kow"); });
    filtered("search 'a' (half the list)", [](auto& f) { f.search = QStringLiteral("a"); });
    filtered("search '+48 60'", [](auto& f) { f.search = QStringLiteral("+48 60"); });
    filtered("tag vip + city Kraków + customer", [](auto& f) {
        f.tags = {QStringLiteral("vip")};
        f.city = QStringLiteral("Kraków");
        f.lifecycle = {QStringLiteral("customer")};
    });
    {
        store::ListQuery q;
        q.entity = store::ListEntity::Companies;
        printTimed("companies by name", measure(reader, q));
        q.sortColumn = int(store::CompanyColumn::Contacts);
        q.descending = true;
        printTimed("companies by contact count", measure(reader, q));
    }

    // Bulk actions on 10,000 selected contacts, each one command with its change log.
    {
        store::ListQuery q;
        auto ids = reader.rowids(q);
        if (!ids)
            return 1;
        std::vector<qint64> first(ids->begin(),
                                  ids->begin() + std::min<qint64>(10000, qint64(ids->size())));
        timer.restart();
        auto selected = reader.ids(store::ListEntity::Contacts, first);
        if (!selected)
            return 1;
        std::printf("bulk, %lld contacts: rowids to ids %.1f ms\n", qint64(selected->size()),
                    ms(timer));
        const auto bulk = [&](const char* what, const std::function<Status()>& action) {
            QElapsedTimer t;
            t.start();
            const Status s = action();
            const double done = ms(t);
            t.restart();
            auto undone = store.undoLast();
            std::printf("  %-22s %8.0f ms   undo %8.0f ms%s\n", what, done, ms(t),
                        s && undone ? "" : "  FAILED");
        };
        bulk("add tag", [&]() { return store.tagContacts(*selected, QStringLiteral("Bench")); });
        bulk("change owner",
             [&]() { return store.setContactsOwner(*selected, QStringLiteral("u-2")); });
        bulk("change stage",
             [&]() { return store.setContactsLifecycle(*selected, domain::Lifecycle::Customer); });
        bulk("delete", [&]() { return store.deleteContacts(*selected); });
    }
    std::printf("peak RSS: %ld MiB\n", peakRssMiB());
    return 0;
}
