// The team sync screens against a real baza-server over TLS and a real PostgreSQL (the fixture of
// tests/server), driven like a user would: connecting through the preferences, trusting a
// certificate this computer cannot verify by its fingerprint, background sync in both
// directions with the lists refreshing, network loss, a changed certificate, the sync log.

#include "../server/ServerTestEnv.h"
#include "QtTestEnvironment.h"
#include "TestSupport.h"

#include "core/store/Store.h"
#include "core/sync/SyncRequest.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NotificationBar.h"
#include "ui/shell/Resources.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/sync/ServerSettingsPage.h"
#include "ui/sync/SyncLogDialog.h"
#include "ui/sync/SyncModels.h"
#include "ui/sync/SyncService.h"
#include "ui/sync/SyncStatusBar.h"
#include "ui/sync/TrustCertificateDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace baza;

namespace {

// The QApplication comes from SyncScreensTest.cpp's environment (one per program).
const auto* const serverTeardown =
    ::testing::AddGlobalTestEnvironment(new test::SharedServerTeardown);

constexpr int NetworkMs = 20000;

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

QString serverFingerprint()
{
    const auto certs = QSslCertificate::fromPath(test::sharedServer().ca().serverCert);
    return certs.isEmpty() ? QString() : sync::certificateFingerprint(certs.first());
}

// Everything the user's files outside the encrypted database contain, for secrets that must
// not be there.
QByteArray settingsFiles()
{
    QByteArray all;
    QDirIterator it(QSettings().fileName().section(QLatin1Char('/'), 0, -3), QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        all += test::fileBytes(it.next());
    return all;
}

class SyncUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ui::initResources();
        server = &test::sharedServer();
        org = test::uniqueOrg();
        ASSERT_FALSE(server
                         ->addUser(org, QStringLiteral("anna"), QStringLiteral("manager"),
                                   QStringLiteral("Anna Nowak"))
                         .isEmpty());
        path = dir.path(QStringLiteral("sync.baza"));
        database = test::createDatabase(path);
        ASSERT_TRUE(database);
        store = std::make_unique<store::Store>(*database);
        ASSERT_TRUE(store->initialize().ok());
    }

    void TearDown() override
    {
        if (sync)
            sync->stop();
        window.reset();
        sync.reset();
        store.reset();
        database.reset();
    }

    // The sync thread and the main window; `trustTestCa` makes the fixture's certificate
    // verifiable like one from a public authority.
    void open(bool trustTestCa)
    {
        ui::SyncService::Options options;
        options.debounceMs = 50;
        options.timeoutMs = 5000;
        if (trustTestCa)
            options.extraCaCertificates = QSslCertificate::fromPath(server->caCert());
        sync = std::make_unique<ui::SyncService>(*database, options);
        window = std::make_unique<ui::MainWindow>(*store, path);
        window->setSyncService(sync.get());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    ui::ServerSettingsPage* openServerPage()
    {
        window->showPreferences(QStringLiteral("serverSettings"));
        auto* dialog = child<ui::SettingsDialog>(window.get(), "settingsDialog");
        return dialog ? child<ui::ServerSettingsPage>(dialog, "serverSettings") : nullptr;
    }

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(server->port()); }

    void fillAndConnect(ui::ServerSettingsPage* page)
    {
        child<QLineEdit>(page, "serverUrl")->setText(url());
        child<QLineEdit>(page, "serverOrganization")->setText(org);
        child<QLineEdit>(page, "serverUser")->setText(QStringLiteral("anna"));
        child<QLineEdit>(page, "serverPassword")->setText(test::ServerFixture::password());
        QTest::mouseClick(child<QPushButton>(page, "serverConnect"), Qt::LeftButton);
    }

    // Connects through the preferences with the fixture's CA trusted.
    void connectTrusted()
    {
        open(true);
        ui::ServerSettingsPage* page = openServerPage();
        ASSERT_TRUE(page);
        fillAndConnect(page);
        ASSERT_TRUE(QTest::qWaitFor(
            [&]() { return sync->status().state == sync::SyncState::Synced && !page->isBusy(); },
            NetworkMs))
            << child<QLabel>(page, "serverMessage")->text().toStdString();
        child<ui::SettingsDialog>(window.get(), "settingsDialog")->close();
    }

    // Nothing left to send (read from the database, not from a status that may not have heard
    // of the newest edit yet) and the last sync succeeded.
    bool waitSynced()
    {
        return QTest::qWaitFor(
            [&]() {
                auto pending = store->pendingChangeCount();
                return pending && *pending == 0 &&
                       sync->status().state == sync::SyncState::Synced &&
                       sync->status().pending == 0 && sync->status().lastSync.isValid();
            },
            NetworkMs);
    }

    test::TempDir dir;
    test::ServerFixture* server = nullptr;
    QString org;
    QString path;
    std::unique_ptr<db::Database> database;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<ui::SyncService> sync;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST_F(SyncUiTest, ConnectsToAServerItCannotVerifyOnlyAfterTheFingerprintIsConfirmed)
{
    open(false);
    ui::ServerSettingsPage* page = openServerPage();
    ASSERT_TRUE(page);
    // Not connected: the form, nothing in the status bar.
    EXPECT_TRUE(child<QLineEdit>(page, "serverUrl")->isVisible());
    EXPECT_FALSE(child<QToolButton>(window.get(), "syncState")->isVisible());

    fillAndConnect(page);
    // Busy while the sync thread signs in.
    EXPECT_TRUE(page->isBusy());
    EXPECT_FALSE(child<QPushButton>(page, "serverConnect")->isEnabled());
    EXPECT_TRUE(child<QProgressBar>(page, "serverBusy")->isVisible());

    ui::TrustCertificateDialog* trust = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            return (trust = child<ui::TrustCertificateDialog>(page, "trustCertificateDialog"));
        },
        NetworkMs))
        << child<QLabel>(page, "serverMessage")->text().toStdString();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(trust));
    const QString fingerprint = serverFingerprint();
    ASSERT_FALSE(fingerprint.isEmpty());
    EXPECT_EQ(child<QLabel>(trust, "presentedFingerprint")->text().replace(u'\n', u':'),
              fingerprint)
        << "the fingerprint shown is the server certificate's SHA-256";
    // Nothing is trusted without the explicit confirmation.
    auto* trustButton = child<QPushButton>(trust, "trustAndConnect");
    EXPECT_FALSE(trustButton->isEnabled());
    EXPECT_FALSE(trustButton->isDefault());
    EXPECT_EQ(sync->status().state, sync::SyncState::NotConnected);
    EXPECT_TRUE(store->syncValue(QStringLiteral("token")).isEmpty());
    child<QCheckBox>(trust, "trustConfirm")->click();
    ASSERT_TRUE(trustButton->isEnabled());
    QTest::mouseClick(trustButton, Qt::LeftButton);

    ASSERT_TRUE(waitSynced()) << child<QLabel>(page, "serverMessage")->text().toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "connectedServer")->isVisible(), NetworkMs);
    EXPECT_EQ(child<QLabel>(page, "connectedServer")->text(), url());
    EXPECT_EQ(child<QLabel>(page, "connectedOrganization")->text(), org);
    EXPECT_EQ(child<QLabel>(page, "connectedUser")->text(), QStringLiteral("anna (manager)"));
    EXPECT_TRUE(child<QLabel>(page, "connectedCertificate")->text().contains(fingerprint.left(47)))
        << child<QLabel>(page, "connectedCertificate")->text().toStdString();
    EXPECT_EQ(store->syncValue(QStringLiteral("fingerprint")), fingerprint);
    // The password is gone from the form; the token is only inside the encrypted database.
    EXPECT_TRUE(child<QLineEdit>(page, "serverPassword")->text().isEmpty());
    const QByteArray token = store->syncValue(QStringLiteral("token")).toUtf8();
    ASSERT_FALSE(token.isEmpty());
    EXPECT_FALSE(test::fileBytes(path).contains(token));
    EXPECT_FALSE(test::fileBytes(path + QStringLiteral("-wal")).contains(token));
    EXPECT_FALSE(settingsFiles().contains(token));
    EXPECT_FALSE(settingsFiles().contains(test::ServerFixture::password().toUtf8()));

    // The status bar says so, with the details in the tooltip.
    auto* state = child<QToolButton>(window.get(), "syncState");
    EXPECT_TRUE(state->isVisible());
    EXPECT_TRUE(state->text().startsWith(QLatin1String("Synced"))) << state->text().toStdString();
    EXPECT_TRUE(state->toolTip().contains(url()));
    EXPECT_TRUE(state->toolTip().contains(QLatin1String("anna")));
}

TEST_F(SyncUiTest, ChangesGoOutByThemselvesAndPulledOnesRefreshTheScreen)
{
    connectTrusted();
    ASSERT_TRUE(waitSynced());
    QString bobDevice;
    ASSERT_FALSE(server->addUser(org, QStringLiteral("bob"), QStringLiteral("sales")).isEmpty());
    auto bob = server->loggedIn(org, QStringLiteral("bob"), &bobDevice);
    ASSERT_TRUE(bob);

    // A local edit is sent without anyone asking (debounced), and the server has it.
    domain::Contact ewa;
    ewa.firstName = QStringLiteral("Ewa");
    ewa.lastName = QStringLiteral("Zielińska");
    auto created = store->createContact(ewa);
    ASSERT_TRUE(created.ok());
    auto onServer = [&](const QString& id) {
        for (const QJsonValue& v : test::pullAll(*bob))
            if (v.toObject().value(QLatin1String("entity_id")).toString() == id)
                return true;
        return false;
    };
    ASSERT_TRUE(QTest::qWaitFor([&]() { return onServer(created->id); }, NetworkMs));
    ASSERT_TRUE(waitSynced());

    // Someone else's contact arrives with the next sync and the contacts list shows it.
    auto* list = child<QAbstractItemView>(window.get(), "contactList");
    ASSERT_TRUE(list);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, NetworkMs);
    QSignalSpy changed(store.get(), &store::Store::changed);
    const QString bobsId = test::newId();
    const QString hlc = test::hlcText(test::nowMs(), 0, bobDevice);
    auto pushed = test::push(
        *bob, bobDevice,
        QJsonArray{test::insertChange(
            1, QStringLiteral("contact"), bobsId,
            QJsonObject{{QStringLiteral("first_name"), QStringLiteral("Bogdan")},
                        {QStringLiteral("last_name"), QStringLiteral("Bąk")},
                        {QStringLiteral("created_at"), QStringLiteral("2024-05-01T10:00:00.000Z")},
                        {QStringLiteral("updated_at"), QStringLiteral("2024-05-01T10:00:00.000Z")}},
            hlc)});
    ASSERT_EQ(pushed.status, 200) << pushed.body.toStdString();
    QTest::mouseClick(child<QToolButton>(window.get(), "syncState"), Qt::LeftButton);
    auto* log = child<ui::SyncLogDialog>(window.get(), "syncLogDialog");
    ASSERT_TRUE(log);
    QTest::mouseClick(child<QPushButton>(log, "syncNowButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(store->contact(bobsId).ok(), NetworkMs);
    // The sync worker's commit reached this thread's Store, so the list read it again.
    QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant>& args) {
        return args.at(0).toString() == QLatin1String("contact") &&
               (args.at(1).toStringList().contains(bobsId) || args.at(1).toStringList().isEmpty());
    }));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 2, NetworkMs);

    // An open card follows a colleague's edit too.
    window->openRecord(QStringLiteral("contact"), bobsId);
    auto* title = child<QLabel>(window->currentCard(), "recordTitle");
    ASSERT_TRUE(title);
    EXPECT_TRUE(title->text().contains(QStringLiteral("Bąk"))) << title->text().toStdString();
    pushed = test::push(
        *bob, bobDevice,
        QJsonArray{test::fieldChange(2, QStringLiteral("contact"), bobsId, QStringLiteral("update"),
                                     QStringLiteral("last_name"), QStringLiteral("Bąkowski"),
                                     test::hlcText(test::nowMs(), 0, bobDevice))});
    ASSERT_EQ(pushed.status, 200) << pushed.body.toStdString();
    QTest::mouseClick(child<QPushButton>(log, "syncNowButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(QStringLiteral("Bąkowski")), NetworkMs);

    // The log lists the syncs: one received the contact.
    auto* runs = child<QTableView>(log, "syncRuns");
    QAbstractItemModelTester tester(runs->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QTRY_VERIFY_WITH_TIMEOUT(runs->model()->rowCount() >= 2, NetworkMs);
    bool received = false;
    for (int row = 0; row < runs->model()->rowCount(); ++row)
        received |= runs->model()->index(row, ui::SyncLogModel::Received).data().toString() ==
                    QLatin1String("1");
    EXPECT_TRUE(received);
    EXPECT_TRUE(child<QLabel>(log, "syncSummary")->text().contains(url()));
}

TEST_F(SyncUiTest, OfflineChangesWaitAndGoOutWhenTheServerIsBack)
{
    connectTrusted();
    ASSERT_TRUE(waitSynced());
    // The network is gone: nothing listens at the server's address any more.
    ASSERT_TRUE(
        store->setSyncValues({{QStringLiteral("url"), QStringLiteral("https://127.0.0.1:1")}})
            .ok());
    domain::Contact piotr;
    piotr.firstName = QStringLiteral("Piotr");
    piotr.lastName = QStringLiteral("Lis");
    auto created = store->createContact(piotr);
    ASSERT_TRUE(created.ok());
    ASSERT_TRUE(QTest::qWaitFor([&]() { return sync->status().state == sync::SyncState::Offline; },
                                NetworkMs));
    auto* state = child<QToolButton>(window.get(), "syncState");
    EXPECT_EQ(sync->status().pending, 1);
    EXPECT_TRUE(state->text().startsWith(QLatin1String("Offline"))) << state->text().toStdString();
    EXPECT_TRUE(state->text().contains(QLatin1String("1"))) << state->text().toStdString();
    EXPECT_FALSE(child<ui::NotificationBar>(window.get(), "notificationBar")->isVisible())
        << "being offline is normal, not an alarm";

    // Back online: the waiting change goes out.
    ASSERT_TRUE(store->setSyncValues({{QStringLiteral("url"), url()}}).ok());
    sync->syncNow();
    ASSERT_TRUE(waitSynced());
    auto runs = store->syncRuns();
    ASSERT_TRUE(runs.ok());
    ASSERT_GE(runs->size(), 2);
    EXPECT_TRUE(runs->first().ok());
    EXPECT_EQ(runs->first().pushed, 1);
    EXPECT_FALSE(runs->at(1).ok());
}

TEST_F(SyncUiTest, AChangedCertificateStopsSyncLoudly)
{
    connectTrusted();
    ASSERT_TRUE(waitSynced());
    // As if the user had trusted another certificate than the one the server presents now.
    const QString trusted =
        QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                       "AB:CD:EF:01:23:45:67:89");
    ASSERT_TRUE(store->setSyncValues({{QStringLiteral("fingerprint"), trusted}}).ok());
    sync->syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return sync->status().state == sync::SyncState::Error; },
                                NetworkMs));
    auto* state = child<QToolButton>(window.get(), "syncState");
    EXPECT_EQ(state->text(), QStringLiteral("Certificate changed!"));
    auto* bar = child<ui::NotificationBar>(window.get(), "notificationBar");
    ASSERT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->text().contains(QLatin1String("CHANGED"))) << bar->text().toStdString();
    EXPECT_TRUE(bar->text().contains(trusted));
    EXPECT_TRUE(bar->text().contains(serverFingerprint()));
    // No retry loop: it stays stopped until the user acts.
    QTest::qWait(1500);
    EXPECT_EQ(sync->status().state, sync::SyncState::Error);

    ui::ServerSettingsPage* page = openServerPage();
    ASSERT_TRUE(page);
    auto* alarm = child<QLabel>(page, "connectedAlarm");
    EXPECT_TRUE(alarm->isVisible());
    EXPECT_TRUE(alarm->text().contains(QLatin1String("disconnect and connect again")))
        << alarm->text().toStdString();

    // Disconnecting (after the confirmation) returns to the form, address kept.
    QTest::mouseClick(child<QPushButton>(page, "serverDisconnect"), Qt::LeftButton);
    auto* confirm = child<QPushButton>(page, "disconnectConfirmButton");
    ASSERT_TRUE(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return sync->status().state == sync::SyncState::NotConnected; }, NetworkMs));
    QTRY_VERIFY(child<QLineEdit>(page, "serverUrl")->isVisible());
    EXPECT_EQ(child<QLineEdit>(page, "serverUrl")->text(), url());
    EXPECT_TRUE(store->syncValue(QStringLiteral("token")).isEmpty());
    EXPECT_TRUE(store->syncValue(QStringLiteral("fingerprint")).isEmpty());
    EXPECT_FALSE(state->isVisible());
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(SyncUiTest, AWrongPasswordIsSaidPlainlyAndNothingIsStored)
{
    open(true);
    ui::ServerSettingsPage* page = openServerPage();
    ASSERT_TRUE(page);
    child<QLineEdit>(page, "serverUrl")
        ->setText(QStringLiteral("127.0.0.1:%1").arg(server->port()));
    child<QLineEdit>(page, "serverOrganization")->setText(org);
    child<QLineEdit>(page, "serverUser")->setText(QStringLiteral("anna"));
    child<QLineEdit>(page, "serverPassword")->setText(QStringLiteral("not the password"));
    QTest::mouseClick(child<QPushButton>(page, "serverConnect"), Qt::LeftButton);
    // The scheme is added: an address without one means https.
    EXPECT_EQ(child<QLineEdit>(page, "serverUrl")->text(), url());
    auto* message = child<QLabel>(page, "serverMessage");
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), NetworkMs);
    EXPECT_TRUE(message->text().contains(QLatin1String("password is wrong")))
        << message->text().toStdString();
    EXPECT_EQ(sync->status().state, sync::SyncState::NotConnected);
    EXPECT_TRUE(store->syncValue(QStringLiteral("token")).isEmpty());
    EXPECT_TRUE(child<QPushButton>(page, "serverConnect")->isEnabled());

    // http:// is refused before anything is sent.
    child<QLineEdit>(page, "serverUrl")
        ->setText(QStringLiteral("http://127.0.0.1:%1").arg(server->port()));
    QTest::mouseClick(child<QPushButton>(page, "serverConnect"), Qt::LeftButton);
    EXPECT_FALSE(page->isBusy());
    EXPECT_TRUE(message->text().contains(QLatin1String("https://")));
}

TEST_F(SyncUiTest, AnEndedSessionIsSignedInAgainWithoutStartingOver)
{
    connectTrusted();
    ASSERT_TRUE(waitSynced());
    domain::Contact ola;
    ola.firstName = QStringLiteral("Ola");
    ASSERT_TRUE(store->createContact(ola).ok());
    ASSERT_TRUE(waitSynced());
    const QString cursor = store->syncValue(QStringLiteral("cursor"));
    const QString acked = store->syncValue(QStringLiteral("acked_seq"));
    ASSERT_FALSE(cursor.isEmpty());
    ASSERT_FALSE(acked.isEmpty());

    // The server no longer knows the session (expired, or revoked by the administrator).
    ASSERT_TRUE(store->setSyncValues({{QStringLiteral("token"), QStringLiteral("expired")}}).ok());
    sync->syncNow();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return sync->status().state == sync::SyncState::Error; },
                                NetworkMs));
    auto* bar = child<ui::NotificationBar>(window.get(), "notificationBar");
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->text().contains(QLatin1String("sign in again"))) << bar->text().toStdString();

    ui::ServerSettingsPage* page = openServerPage();
    ASSERT_TRUE(page);
    auto* signIn = child<QPushButton>(page, "serverSignInAgain");
    ASSERT_TRUE(signIn->isVisible());
    QTest::mouseClick(signIn, Qt::LeftButton);
    ASSERT_TRUE(child<QLineEdit>(page, "serverPassword")->isVisible());
    EXPECT_EQ(child<QLineEdit>(page, "serverUser")->text(), QStringLiteral("anna"));
    child<QLineEdit>(page, "serverPassword")->setText(test::ServerFixture::password());
    QTest::mouseClick(child<QPushButton>(page, "serverConnect"), Qt::LeftButton);
    ASSERT_TRUE(waitSynced());
    QTRY_VERIFY(child<QLabel>(page, "connectedServer")->isVisible());
    EXPECT_FALSE(bar->isVisible());
    // Same account: the position is kept, nothing is sent or fetched twice.
    EXPECT_GE(store->syncValue(QStringLiteral("cursor")).toLongLong(), cursor.toLongLong());
    EXPECT_EQ(store->syncValue(QStringLiteral("acked_seq")), acked);
    EXPECT_NE(store->syncValue(QStringLiteral("token")), QStringLiteral("expired"));
    auto runs = store->syncRuns();
    ASSERT_TRUE(runs.ok());
    EXPECT_EQ(runs->first().pulled, 0);
    EXPECT_EQ(runs->first().pushed, 0);
}
