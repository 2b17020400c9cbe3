// The team sync screens that need no server: the overwritten values list with Restore mine and
// Dismiss on a real encrypted database, the sync log's rows, and the sync worker's life with
// the session (it stops, and lets go of the database, when the session locks).

#include "QtTestEnvironment.h"
#include "TestSupport.h"

#include "core/store/Store.h"
#include "core/sync/SyncClient.h"
#include "ui/shell/AppController.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Resources.h"
#include "ui/shell/UnlockWindow.h"
#include "ui/sync/OverwrittenDialog.h"
#include "ui/sync/SyncLogDialog.h"
#include "ui/sync/SyncModels.h"
#include "ui/sync/SyncService.h"
#include "ui/sync/SyncStatusBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace baza;

namespace {

const auto* const qtEnvironment = ::testing::AddGlobalTestEnvironment(new test::QtTestEnvironment);

const QString OtherDevice = QStringLiteral("01a20000-0000-7000-8000-00000000beef");

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

class SyncScreens : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ui::initResources();
        path = dir.path(QStringLiteral("screens.baza"));
        database = test::createDatabase(path);
        ASSERT_TRUE(database);
        store = std::make_unique<store::Store>(*database);
        ASSERT_TRUE(store->initialize().ok());
    }

    // A colleague's newer change to `field` of a record whose value here was not sent yet.
    void pullNewer(const QString& entity, const QString& id, const QString& field,
                   const QVariant& value, const QString& userId)
    {
        sync::Change c;
        c.version = ++version;
        c.device = OtherDevice;
        c.commandId = QStringLiteral("cmd-%1").arg(c.version);
        c.entity = entity;
        c.entityId = id;
        c.op = sync::Op::Update;
        c.field = field;
        c.value = value;
        c.userId = userId;
        c.label = QStringLiteral("Edit contact");
        c.hlc =
            changes::Hlc{QDateTime::currentMSecsSinceEpoch() + 60'000, 0, OtherDevice}.toString();
        sync::PullResponse page;
        page.changes << c;
        page.cursor = version;
        sync::SyncClient client(*store);
        ASSERT_TRUE(client.handlePullResponse(page).ok());
        ASSERT_EQ(client.counts().conflicts, 1);
    }

    test::TempDir dir;
    QString path;
    std::unique_ptr<db::Database> database;
    std::unique_ptr<store::Store> store;
    qint64 version = 0;
};

} // namespace

TEST_F(SyncScreens, OverwrittenValuesAreReadableAndRestoreMineMakesANewChange)
{
    auto marek = store->addUser(QStringLiteral("Marek Wójcik"));
    ASSERT_TRUE(marek.ok());
    domain::Contact anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Nowak");
    auto created = store->createContact(anna);
    ASSERT_TRUE(created.ok());
    const QString id = created->id;
    auto c = store->contact(id);
    c->title = QStringLiteral("CEO");
    c->lifecycle = domain::Lifecycle::Customer;
    ASSERT_TRUE(store->updateContact(*c).ok());
    pullNewer(QStringLiteral("contact"), id, QStringLiteral("title"), QStringLiteral("CFO"),
              marek->id);
    pullNewer(QStringLiteral("contact"), id, QStringLiteral("lifecycle"), QStringLiteral("lead"),
              marek->id);

    QWidget parent;
    ui::OverwrittenDialog dialog(*store, &parent);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* table = child<QTableView>(&dialog, "overwrittenValues");
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModel* model = table->model();
    ASSERT_EQ(model->rowCount(), 2);
    auto text = [&](int row, int column) {
        return model->index(row, column).data().toString();
    };
    int titleRow = text(0, ui::OverwrittenModel::Field) == QLatin1String("Job title") ? 0 : 1;
    const int stageRow = 1 - titleRow;
    EXPECT_EQ(text(titleRow, ui::OverwrittenModel::Record), QStringLiteral("Contact · Anna Nowak"));
    EXPECT_EQ(text(titleRow, ui::OverwrittenModel::Field), QStringLiteral("Job title"));
    EXPECT_EQ(text(titleRow, ui::OverwrittenModel::Yours), QStringLiteral("CEO"));
    EXPECT_EQ(text(titleRow, ui::OverwrittenModel::Winning), QStringLiteral("CFO"));
    EXPECT_EQ(text(titleRow, ui::OverwrittenModel::By), QStringLiteral("Marek Wójcik"));
    EXPECT_TRUE(text(titleRow, ui::OverwrittenModel::When).startsWith(QLatin1String("Today")))
        << text(titleRow, ui::OverwrittenModel::When).toStdString();
    // Stages read as their names, not their keys.
    EXPECT_EQ(text(stageRow, ui::OverwrittenModel::Field), QStringLiteral("Stage"));
    EXPECT_EQ(text(stageRow, ui::OverwrittenModel::Yours),
              domain::lifecycleDisplayName(domain::Lifecycle::Customer));
    EXPECT_EQ(text(stageRow, ui::OverwrittenModel::Winning),
              domain::lifecycleDisplayName(domain::Lifecycle::Lead));

    // Restore mine: one click on the row's button, a new change of this device.
    auto pendingBefore = store->pendingChangeCount();
    ASSERT_TRUE(pendingBefore.ok());
    table->selectRow(titleRow);
    auto* restore = child<QPushButton>(&dialog, "restoreMine");
    ASSERT_TRUE(restore->isEnabled());
    QSignalSpy listChanged(&dialog, &ui::OverwrittenDialog::listChanged);
    QTest::mouseClick(restore, Qt::LeftButton);
    EXPECT_EQ(listChanged.count(), 1);
    EXPECT_EQ(store->contact(id)->title, QStringLiteral("CEO"));
    EXPECT_GT(*store->pendingChangeCount(), *pendingBefore);
    auto outbox = store->outbox(100);
    ASSERT_TRUE(outbox.ok());
    ASSERT_GE(outbox->size(), 2);
    const sync::Change& restored = outbox->at(outbox->size() - 2); // then its updated_at
    EXPECT_EQ(restored.field, QStringLiteral("title"));
    EXPECT_EQ(restored.value.toString(), QStringLiteral("CEO"));
    EXPECT_EQ(restored.label, QStringLiteral("Restore overwritten value"));
    // The row stays, marked; it cannot be restored twice.
    titleRow = text(0, ui::OverwrittenModel::Field) == QLatin1String("Job title") ? 0 : 1;
    EXPECT_TRUE(text(titleRow, ui::OverwrittenModel::Yours).contains(QLatin1String("restored")));
    table->selectRow(titleRow);
    EXPECT_FALSE(restore->isEnabled());
    EXPECT_TRUE(
        child<QLabel>(&dialog, "overwrittenMessage")->text().contains(QLatin1String("restored;")))
        << child<QLabel>(&dialog, "overwrittenMessage")->text().toStdString();

    // Dismiss takes the stage row off the list and keeps the winning value.
    table->selectRow(1 - titleRow);
    QTest::mouseClick(child<QPushButton>(&dialog, "dismissOverwritten"), Qt::LeftButton);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(text(0, ui::OverwrittenModel::Field), QStringLiteral("Job title"));
    EXPECT_EQ(store->contact(id)->lifecycle, domain::Lifecycle::Lead);
    EXPECT_EQ(store->overwrittenValues()->size(), 1);

    // Open record asks the window to show the card.
    table->selectRow(0);
    QSignalSpy open(&dialog, &ui::OverwrittenDialog::recordRequested);
    QTest::mouseClick(child<QPushButton>(&dialog, "openOverwrittenRecord"), Qt::LeftButton);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().at(0).toString(), QStringLiteral("contact"));
    EXPECT_EQ(open.first().at(1).toString(), id);
}

TEST_F(SyncScreens, TheStatusBarCountsOverwrittenValuesAndOpensTheList)
{
    domain::Contact anna;
    anna.firstName = QStringLiteral("Anna");
    auto created = store->createContact(anna);
    ASSERT_TRUE(created.ok());
    auto c = *created;
    c.address.city = QStringLiteral("Gdańsk");
    ASSERT_TRUE(store->updateContact(c).ok());
    pullNewer(QStringLiteral("contact"), c.id, QStringLiteral("city"), QStringLiteral("Gdynia"),
              {});

    ui::SyncService sync(*database);
    ui::MainWindow window(*store, path);
    window.setSyncService(&sync);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* count = child<QToolButton>(&window, "syncOverwritten");
    ASSERT_TRUE(count);
    EXPECT_TRUE(count->isVisible());
    EXPECT_EQ(count->text(), QStringLiteral("1 overwritten"));
    // Not connected: no sync state, but the list stays reachable.
    EXPECT_FALSE(child<QToolButton>(&window, "syncState")->isVisible());
    QTest::mouseClick(count, Qt::LeftButton);
    auto* dialog = child<ui::OverwrittenDialog>(&window, "overwrittenDialog");
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    auto* table = child<QTableView>(dialog, "overwrittenValues");
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(dialog, "dismissOverwritten"), Qt::LeftButton);
    EXPECT_FALSE(count->isVisible());
    dialog->close();

    // Tools → Overwritten values… opens it too.
    auto* action = child<QAction>(&window, "overwrittenAction");
    ASSERT_TRUE(action);
    action->trigger();
    QTRY_VERIFY(child<ui::OverwrittenDialog>(&window, "overwrittenDialog"));
    EXPECT_TRUE(child<QLabel>(child<ui::OverwrittenDialog>(&window, "overwrittenDialog"),
                              "overwrittenMessage")
                    ->text()
                    .contains(QLatin1String("Nothing")));
    sync.stop();
}

TEST_F(SyncScreens, TheLogFoldsQuietSyncsAndMarksFailures)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::SyncRun sent;
    sent.startedAt = now.addSecs(-600);
    sent.finishedAt = now.addSecs(-599);
    sent.pushed = 4;
    sent.pulled = 12;
    sent.conflicts = 1;
    ASSERT_TRUE(store->recordSyncRun(sent).ok());
    store::SyncRun quiet;
    quiet.startedAt = now.addSecs(-300);
    quiet.finishedAt = now.addSecs(-299);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(store->recordSyncRun(quiet).ok());
    store::SyncRun failed = quiet;
    failed.error = QStringLiteral("Cannot reach crm.example.com: Connection refused");
    ASSERT_TRUE(store->recordSyncRun(failed).ok());

    ui::SyncService sync(*database);
    QWidget parent;
    ui::SyncLogDialog dialog(sync, *store, &parent);
    dialog.show();
    auto* table = child<QTableView>(&dialog, "syncRuns");
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModel* model = table->model();
    ASSERT_EQ(model->rowCount(), 3);
    auto text = [&](int row, int column) {
        return model->index(row, column).data().toString();
    };
    EXPECT_EQ(text(0, ui::SyncLogModel::Result), QStringLiteral("Failed"));
    EXPECT_TRUE(model->index(0, ui::SyncLogModel::Result).data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(text(0, ui::SyncLogModel::Details).contains(failed.error));
    EXPECT_EQ(text(1, ui::SyncLogModel::Result), QStringLiteral("Synced"));
    EXPECT_TRUE(text(1, ui::SyncLogModel::Details).startsWith(QLatin1String("3 checks")))
        << text(1, ui::SyncLogModel::Details).toStdString();
    EXPECT_EQ(text(1, ui::SyncLogModel::Sent), QString());
    EXPECT_EQ(text(2, ui::SyncLogModel::Sent), QStringLiteral("4"));
    EXPECT_EQ(text(2, ui::SyncLogModel::Received), QStringLiteral("12"));
    EXPECT_EQ(text(2, ui::SyncLogModel::Overwritten), QStringLiteral("1"));
    // Not connected: nothing to sync now.
    EXPECT_FALSE(child<QPushButton>(&dialog, "syncNowButton")->isEnabled());
    EXPECT_TRUE(
        child<QLabel>(&dialog, "syncSummary")->text().contains(QLatin1String("Not connected")));
    sync.stop();
}

TEST_F(SyncScreens, TheSyncWorkerStopsWithTheSessionAndLetsGoOfTheDatabase)
{
    store.reset();
    database.reset();
    ui::AppController app;
    app.start(path);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(app.unlockWindow()));
    auto* passphrase = child<QLineEdit>(app.unlockWindow(), "passphrase");
    ASSERT_TRUE(passphrase);
    passphrase->setText(test::testPassphrase());
    QTest::mouseClick(child<QPushButton>(app.unlockWindow(), "unlockButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return app.mainWindow() != nullptr; }, 30000));
    ui::SyncService* sync = app.syncService();
    ASSERT_TRUE(sync);
    EXPECT_TRUE(sync->isRunning());
    EXPECT_EQ(sync->status().state, sync::SyncState::NotConnected);
    QPointer<QThread> thread = sync->findChild<QThread*>(QStringLiteral("sync"));
    ASSERT_TRUE(thread);
    EXPECT_TRUE(thread->isRunning());
    ASSERT_TRUE(app.mainWindow()->syncStatus());

    app.lock();
    EXPECT_FALSE(app.isUnlocked());
    EXPECT_EQ(app.syncService(), nullptr);
    EXPECT_TRUE(thread.isNull()) << "the sync thread ended with the session";
    // The file is closed everywhere: it opens again, unchanged in schema.
    auto reopened = db::Database::open(path, test::testPassphrase());
    ASSERT_TRUE(reopened.ok()) << reopened.message().toStdString();
}
