// What the desktop's sync needs from the store besides the protocol: changes committed by a
// worker's Store reach the UI thread's Store, the sync log, and overwritten values as a person
// reads them. Real SQLCipher databases, a real event loop.

#include "../store/StoreFixture.h"

#include "core/import/ImportJob.h"
#include "core/sync/SyncClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace baza;

namespace {

class CoreAppEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override
    {
        static int argc = 1;
        static char name[] = "test_sync_client";
        static char* argv[] = {name, nullptr};
        m_app = std::make_unique<QCoreApplication>(argc, argv);
    }
    void TearDown() override { m_app.reset(); }

private:
    std::unique_ptr<QCoreApplication> m_app;
};

const auto* const env = ::testing::AddGlobalTestEnvironment(new CoreAppEnvironment);

// What one Store heard: entity, ids, and whether it came from another Store.
struct Heard
{
    QString entity;
    QStringList ids;
    bool external = false;
};

void listen(store::Store& store, QObject* context, QList<Heard>* out)
{
    QObject::connect(&store, &store::Store::changed, context,
                     [&store, out](const QString& entity, const QStringList& ids) {
                         out->append({entity, ids, store.isExternalChange()});
                     });
}

} // namespace

class StoreRelay : public StoreFixture
{};

TEST_F(StoreRelay, ACommitOnAWorkerStoreReachesTheUiStoreOnItsThread)
{
    QList<Heard> heard;
    QObject context;
    listen(*store, &context, &heard);
    QThread* listenerThread = nullptr;
    QObject::connect(store.get(), &store::Store::changed, &context,
                     [&listenerThread]() { listenerThread = QThread::currentThread(); });

    auto created = QtConcurrent::run([this]() {
        QString id;
        {
            store::Store worker(*db);
            if (worker.initialize()) {
                domain::Contact c;
                c.firstName = QStringLiteral("Zdzisław");
                c.lastName = QStringLiteral("Wójcik");
                if (auto r = worker.createContact(c))
                    id = r->id;
            }
        }
        db->releaseThreadConnection();
        return id;
    });
    created.waitForFinished();
    const QString id = created.result();
    ASSERT_FALSE(id.isEmpty());
    // Nothing is delivered before this thread's event loop runs.
    EXPECT_TRUE(heard.isEmpty());
    QTRY_VERIFY(!heard.isEmpty());
    const auto contact = std::find_if(heard.cbegin(), heard.cend(), [](const Heard& h) {
        return h.entity == QLatin1String("contact");
    });
    ASSERT_NE(contact, heard.cend());
    EXPECT_EQ(contact->ids, QStringList{id});
    EXPECT_TRUE(contact->external);
    EXPECT_EQ(listenerThread, QThread::currentThread());
    // The UI store reads it like any other record.
    EXPECT_EQ(store->contact(id)->lastName, QStringLiteral("Wójcik"));
}

TEST_F(StoreRelay, ACommitHereReachesTheOtherStoreButIsNotEchoedBack)
{
    store::Store other(*db);
    ASSERT_TRUE(other.initialize().ok());
    QList<Heard> mine;
    QList<Heard> theirs;
    QObject context;
    listen(*store, &context, &mine);
    listen(other, &context, &theirs);
    const QString id = addContact(QStringLiteral("Ola"), QStringLiteral("Kot"));
    ASSERT_EQ(mine.size(), 1);
    EXPECT_FALSE(mine.first().external);
    QTRY_COMPARE(theirs.size(), 1);
    EXPECT_TRUE(theirs.first().external);
    EXPECT_EQ(theirs.first().ids, QStringList{id});
    // The relayed signal is not relayed again: nothing more arrives on either side.
    QTest::qWait(50);
    EXPECT_EQ(mine.size(), 1);
    EXPECT_EQ(theirs.size(), 1);
}

TEST_F(StoreRelay, AnImportOnAWorkerRefreshesTheUiStore)
{
    const QString csv = dir.path(QStringLiteral("people.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("first_name,last_name,email\nJan,Kowalski,jan@example.pl\n"
                "Ewa,Nowak,ewa@example.pl\n");
    }
    QList<Heard> heard;
    QObject context;
    listen(*store, &context, &heard);
    import::ImportOptions options;
    options.path = csv;
    auto job = std::make_shared<import::ImportJob>(*db, options);
    auto run = QtConcurrent::run([job]() { return job->run().ok(); });
    run.waitForFinished();
    ASSERT_TRUE(run.result());
    QTRY_VERIFY(std::any_of(heard.cbegin(), heard.cend(), [](const Heard& h) {
        return h.entity == QLatin1String("contact") && h.external;
    }));
}

TEST_F(StoreRelay, AStoreDestroyedWithPostsPendingDropsThem)
{
    auto other = std::make_unique<store::Store>(*db);
    ASSERT_TRUE(other->initialize().ok());
    int heard = 0;
    QObject context;
    QObject::connect(other.get(), &store::Store::changed, &context, [&heard]() { ++heard; });
    addContact(QStringLiteral("Piotr"), QStringLiteral("Lis"));
    other.reset(); // a locked session: the posted notification must not reach a dead Store
    QCoreApplication::processEvents();
    EXPECT_EQ(heard, 0);
}

TEST_F(StoreRelay, TheProfileFollowsAServerIdentityAdoptedThroughAnotherStore)
{
    store::Store worker(*db);
    ASSERT_TRUE(worker.initialize().ok());
    const QString serverUser = QStringLiteral("01a20000-0000-7000-8000-0000000a11ce");
    ASSERT_TRUE(worker
                    .adoptServerIdentity(serverUser, {{serverUser, QStringLiteral("Anna Nowak"),
                                                       QStringLiteral("anna@example.pl")}})
                    .ok());
    QTRY_COMPARE(store->profile().id, serverUser);
    EXPECT_EQ(store->profile().name, QStringLiteral("Anna Nowak"));
    // Edits made here from now on are the server user's.
    const QString id = addContact(QStringLiteral("Jan"), QStringLiteral("Lis"));
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT DISTINCT user_id FROM changes WHERE entity_id = ?"));
    q.addBindValue(id);
    ASSERT_TRUE(q.exec());
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), serverUser);
    EXPECT_FALSE(q.next());
}

class SyncLog : public StoreFixture
{
protected:
    store::SyncRun run(int pushed, int pulled, const QString& error = {})
    {
        store::SyncRun r;
        r.startedAt = QDateTime::currentDateTimeUtc().addSecs(-2);
        r.finishedAt = QDateTime::currentDateTimeUtc();
        r.pushed = pushed;
        r.pulled = pulled;
        r.error = error;
        return r;
    }
};

TEST_F(SyncLog, RunsAreListedNewestFirstAndQuietOrRepeatedFailuresFold)
{
    ASSERT_TRUE(store->recordSyncRun(run(3, 5)).ok());
    ASSERT_TRUE(store->recordSyncRun(run(0, 0)).ok());
    ASSERT_TRUE(store->recordSyncRun(run(0, 0)).ok());
    ASSERT_TRUE(store->recordSyncRun(run(0, 0)).ok()); // three quiet checks: one row
    const QString offline = QStringLiteral("Cannot reach crm.example.com: Connection refused");
    ASSERT_TRUE(store->recordSyncRun(run(0, 0, offline)).ok());
    ASSERT_TRUE(store->recordSyncRun(run(0, 0, offline)).ok());
    store::SyncRun withProblem = run(1, 0);
    withProblem.rejected = 1;
    withProblem.problems << QStringLiteral("The server refused a change to contact c-1 (x): no");
    ASSERT_TRUE(store->recordSyncRun(withProblem).ok());

    auto runs = store->syncRuns();
    ASSERT_TRUE(runs.ok()) << runs.message().toStdString();
    ASSERT_EQ(runs->size(), 4);
    EXPECT_EQ(runs->at(0).rejected, 1);
    EXPECT_EQ(runs->at(0).problems, withProblem.problems);
    EXPECT_TRUE(runs->at(0).ok());
    EXPECT_EQ(runs->at(1).error, offline);
    EXPECT_EQ(runs->at(1).repeats, 2);
    EXPECT_FALSE(runs->at(1).ok());
    EXPECT_TRUE(runs->at(2).exchangedNothing());
    EXPECT_EQ(runs->at(2).repeats, 3);
    EXPECT_GE(runs->at(2).finishedAt, runs->at(2).startedAt);
    EXPECT_EQ(runs->at(3).pushed, 3);
    EXPECT_EQ(runs->at(3).pulled, 5);
    EXPECT_EQ(runs->at(3).repeats, 1);
    EXPECT_EQ(runs->at(3).finishedAt.timeSpec(), Qt::UTC);
}

TEST_F(SyncLog, KeepsTheNewest200)
{
    for (int i = 1; i <= 230; ++i)
        ASSERT_TRUE(store->recordSyncRun(run(i, 0)).ok());
    auto runs = store->syncRuns(1000);
    ASSERT_TRUE(runs.ok());
    ASSERT_EQ(runs->size(), 200);
    EXPECT_EQ(runs->first().pushed, 230);
    EXPECT_EQ(runs->last().pushed, 31);
}

TEST_F(SyncLog, OverwrittenValuesCarryReadableTexts)
{
    // A linked company and a lifecycle stage read as names, not ids and keys.
    domain::Company acme;
    acme.name = QStringLiteral("Acme sp. z o.o.");
    auto company = store->createCompany(acme);
    ASSERT_TRUE(company.ok());
    const QString id = addContact(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    auto c = store->contact(id);
    c->companyId = company->id;
    c->lifecycle = domain::Lifecycle::Customer;
    ASSERT_TRUE(store->updateContact(*c).ok());

    sync::SyncClient client(*store);
    sync::PullResponse page;
    for (const auto& [field, value] :
         {std::pair{QStringLiteral("company_id"), QVariant()},
          std::pair{QStringLiteral("lifecycle"), QVariant(QStringLiteral("lead"))}}) {
        sync::Change ch;
        ch.version = page.changes.size() + 1;
        ch.device = QStringLiteral("01a20000-0000-7000-8000-00000000beef");
        ch.commandId = QStringLiteral("cmd-%1").arg(ch.version);
        ch.entity = QStringLiteral("contact");
        ch.entityId = id;
        ch.op = sync::Op::Update;
        ch.label = QStringLiteral("Edit contact");
        ch.field = field;
        ch.value = value;
        ch.hlc =
            changes::Hlc{QDateTime::currentMSecsSinceEpoch() + 60'000, 0, ch.device}.toString();
        page.changes << ch;
    }
    page.cursor = 2;
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_EQ(client.counts().conflicts, 2) << client.counts().problems.join(u'|').toStdString();
    auto lost = store->overwrittenValues();
    ASSERT_TRUE(lost.ok()) << lost.message().toStdString();
    ASSERT_EQ(lost->size(), 2);
    for (const store::OverwrittenValue& v : *lost) {
        if (v.field == QLatin1String("company_id")) {
            EXPECT_EQ(v.localText, QStringLiteral("Acme sp. z o.o."));
            EXPECT_EQ(v.winningText, QString());
        } else {
            EXPECT_EQ(v.field, QStringLiteral("lifecycle"));
            EXPECT_EQ(v.localText, domain::lifecycleDisplayName(domain::Lifecycle::Customer));
            EXPECT_EQ(v.winningText, domain::lifecycleDisplayName(domain::Lifecycle::Lead));
        }
    }
}
