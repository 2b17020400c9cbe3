// Drives the real windows: the unlock screen, unlocking a real encrypted file, the main window,
// locking with Ctrl+L and after idle time, the keychain option, Ctrl+K search, preferences,
// window geometry, creating a new database.

#include "../db/DbTestUtil.h"
#include "QtTestEnvironment.h"
#include "TestSupport.h"

#include "core/db/Migrations.h"
#include "core/db/SecretKey.h"

#include "core/store/Store.h"
#include "ui/shell/AppController.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/Keychain.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PassphraseStrengthMeter.h"
#include "ui/shell/UnlockWindow.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace baza;

namespace {

// No keychain in these tests, whatever the machine offers: QtKeychain reaches the Secret Service
// or KWallet over the D-Bus session bus, and this address leads nowhere. Set before the
// QApplication (and its bus connection) exists.
const bool noSessionBus =
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/baza-test-session-bus");

const auto* const qtEnvironment = ::testing::AddGlobalTestEnvironment(new test::QtTestEnvironment);

// Key derivation takes a moment; give slow CI machines room.
constexpr int UnlockTimeoutMs = 30000;

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

// A database with a couple of contacts, closed again so only the app holds it.
QString makeDatabase(const test::TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("shell.baza"));
    auto database = test::createDatabase(path);
    EXPECT_TRUE(database);
    if (!database)
        return path;
    store::Store store(*database);
    EXPECT_TRUE(store.initialize().ok());
    domain::Contact contact;
    contact.firstName = QStringLiteral("Łucja");
    contact.lastName = QStringLiteral("Wiśniewska");
    contact.address.city = QStringLiteral("Łódź");
    const auto created = store.createContact(contact);
    EXPECT_TRUE(created.ok()) << created.message().toStdString();
    return path;
}

// QTest::keyClicks only knows ASCII; passphrases are not. Sends each character as a key press
// carrying its text, as an input method would.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

void typeAndUnlock(ui::AppController& app, const QString& passphrase)
{
    ui::UnlockWindow* window = app.unlockWindow();
    auto* field = child<QLineEdit>(window, "passphrase");
    ASSERT_TRUE(field);
    field->clear();
    typeText(field, passphrase);
    auto* unlock = child<QPushButton>(window, "unlockButton");
    ASSERT_TRUE(unlock);
    ASSERT_TRUE(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
}

} // namespace

TEST(UnlockWindow, ShowsPassphraseFieldAndUnlockButton)
{
    ui::AppController app;
    app.start();
    ui::UnlockWindow* window = app.unlockWindow();
    ASSERT_TRUE(window);
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window));
    EXPECT_TRUE(window->isVisible());

    auto* field = child<QLineEdit>(window, "passphrase");
    ASSERT_TRUE(field);
    EXPECT_TRUE(field->isVisible());
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(field->accessibleName().isEmpty());

    auto* unlock = child<QPushButton>(window, "unlockButton");
    ASSERT_TRUE(unlock);
    EXPECT_TRUE(unlock->isVisible());
    EXPECT_FALSE(unlock->isEnabled()) << "nothing to unlock without a file and a passphrase";
    EXPECT_FALSE(app.isUnlocked());
}

TEST(UnlockWindow, WrongPassphraseShowsErrorAndStaysLocked)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir);
    const QByteArray before = test::fileSha256(path);

    ui::AppController app;
    app.start(path);
    typeAndUnlock(app, QStringLiteral("not the passphrase"));
    auto* error = child<QLabel>(app.unlockWindow(), "errorLabel");
    ASSERT_TRUE(error);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return !error->text().isEmpty(); }, UnlockTimeoutMs));
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(app.isUnlocked());
    EXPECT_EQ(test::fileSha256(path), before) << "a failed unlock must not touch the file";
}

TEST(UnlockWindow, UnlocksRealDatabaseThenLocksWithCtrlL)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir);

    ui::AppController app;
    app.start(path);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(app.unlockWindow()));
    typeAndUnlock(app, test::testPassphrase());
    ASSERT_TRUE(QTest::qWaitFor([&]() { return app.mainWindow() && app.mainWindow()->isVisible(); },
                                UnlockTimeoutMs));
    EXPECT_FALSE(app.unlockWindow()->isVisible());
    EXPECT_TRUE(ui::AppSettings::recentDatabases().contains(QFileInfo(path).canonicalFilePath()));

    ui::MainWindow* main = app.mainWindow();
    EXPECT_EQ(main->currentSection(), ui::MainWindow::Contacts);
    auto* count = child<QLabel>(main, "contactCount");
    ASSERT_TRUE(count);
    // The list counts on its worker thread.
    EXPECT_TRUE(QTest::qWaitFor([&]() { return count->text().contains(QLatin1Char('1')); }, 5000))
        << count->text().toStdString();
    auto* state = child<QLabel>(main, "lockState");
    ASSERT_TRUE(state);
    EXPECT_EQ(state->text(), QStringLiteral("Unlocked"));

    // Search as you type, accent-insensitive.
    auto* search = child<QLineEdit>(main, "contactSearch");
    auto* results = child<QAbstractItemView>(main, "contactList");
    ASSERT_TRUE(search && results);
    QTest::keyClicks(search, QStringLiteral("lodz"));
    EXPECT_TRUE(QTest::qWaitFor([&]() { return results->model()->rowCount() == 1; }, 5000));

    ASSERT_TRUE(QTest::qWaitForWindowActive(main));
    QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !app.isUnlocked(); }, 5000));
    EXPECT_EQ(app.mainWindow(), nullptr);
    EXPECT_TRUE(app.unlockWindow()->isVisible());
    EXPECT_TRUE(child<QLineEdit>(app.unlockWindow(), "passphrase")->text().isEmpty());
}

TEST(NewDatabase, CreatesAnEncryptedFileAndOpensIt)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("new.baza"));
    ui::AppController app;
    app.start();
    auto* button = child<QPushButton>(app.unlockWindow(), "newDatabaseButton");
    ASSERT_TRUE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QWidget* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            dialog = child<QWidget>(app.unlockWindow(), "newDatabaseDialog");
            return dialog && dialog->isVisible();
        },
        5000));

    auto* file = child<QLineEdit>(dialog, "newDatabasePath");
    auto* first = child<QLineEdit>(dialog, "newPassphrase");
    auto* second = child<QLineEdit>(dialog, "repeatPassphrase");
    auto* create = child<QPushButton>(dialog, "createButton");
    ASSERT_TRUE(file && first && second && create);
    EXPECT_TRUE(child<QLabel>(dialog, "lostPassphraseWarning"));
    file->setText(path);
    typeText(first, QStringLiteral("granat-żurek-пельмени-42"));
    typeText(second, QStringLiteral("granat-żurek-пельмени-41"));
    EXPECT_FALSE(create->isEnabled()) << "the two passphrases differ";
    second->clear();
    typeText(second, QStringLiteral("granat-żurek-пельмени-42"));
    ASSERT_TRUE(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&]() { return app.isUnlocked(); }, UnlockTimeoutMs));
    EXPECT_TRUE(QFileInfo::exists(path));
    EXPECT_FALSE(test::fileBytes(path).startsWith("SQLite format 3"));
}

TEST(PassphraseStrength, RatesObviousCases)
{
    using Meter = ui::PassphraseStrengthMeter;
    EXPECT_EQ(Meter::rate(QString()), Meter::VeryWeak);
    EXPECT_EQ(Meter::rate(QStringLiteral("1234")), Meter::VeryWeak);
    EXPECT_EQ(Meter::rate(QStringLiteral("aaaaaaaaaaaaaaaa")), Meter::Weak);
    EXPECT_LE(Meter::rate(QStringLiteral("password")), Meter::Weak);
    EXPECT_EQ(Meter::rate(QStringLiteral("korek-Zupa-Świerk-7-lampa-Gród")), Meter::Strong);
}

namespace {

ui::MainWindow* unlockAndWait(ui::AppController& app)
{
    typeAndUnlock(app, test::testPassphrase());
    if (!QTest::qWaitFor([&]() { return app.mainWindow() && app.mainWindow()->isVisible(); },
                         UnlockTimeoutMs))
        return nullptr;
    return app.mainWindow();
}

// The id of the one contact matching `query`, read through a connection of the test's own.
QString contactIdFor(const QString& path, const QString& query)
{
    auto database = db::Database::open(path, test::testPassphrase());
    if (!database)
        return {};
    store::Store reader(**database);
    auto found = reader.search(query, 2);
    return found && found->size() == 1 ? found->first().id : QString();
}

// Settings the tests below change, back to their defaults.
struct SettingsRestorer
{
    ~SettingsRestorer()
    {
        ui::AppSettings::setAutoLockSeconds(ui::AppSettings::DefaultAutoLockSeconds);
        QSettings().remove(QStringLiteral("views"));
    }
};

} // namespace

TEST(Session, LockClearsTheDataAndUnlockReturnsToTheSameSectionAndFile)
{
    ASSERT_TRUE(noSessionBus);
    test::TempDir dir;
    const QString path = makeDatabase(dir);
    ui::AppController app;
    app.start(path);
    ui::MainWindow* main = unlockAndWait(app);
    ASSERT_TRUE(main);
    main->showSection(ui::MainWindow::Tasks);

    QPointer<ui::MainWindow> gone(main);
    main->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !app.isUnlocked(); }, 5000));
    EXPECT_TRUE(gone.isNull()) << "the window and everything it showed are destroyed";
    EXPECT_EQ(app.unlockWindow()->databasePath(), QFileInfo(path).canonicalFilePath())
        << "the same file stays selected";

    main = unlockAndWait(app);
    ASSERT_TRUE(main);
    EXPECT_EQ(main->currentSection(), ui::MainWindow::Tasks);
}

TEST(Session, LockReopensTheCardThatWasOpen)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir);
    ui::AppController app;
    app.start(path);
    ui::MainWindow* main = unlockAndWait(app);
    ASSERT_TRUE(main);
    const QString id = contactIdFor(path, QStringLiteral("lucja"));
    ASSERT_FALSE(id.isEmpty());
    main->openRecord(QStringLiteral("contact"), id);
    ASSERT_TRUE(main->currentCard());
    const ui::MainWindow::Place before = main->place();
    app.lock();
    ASSERT_FALSE(app.isUnlocked());
    main = unlockAndWait(app);
    ASSERT_TRUE(main);
    EXPECT_TRUE(main->currentCard());
    EXPECT_EQ(main->place().entity, before.entity);
    EXPECT_EQ(main->place().id, before.id);
}

TEST(Session, LocksItselfAfterTheIdleTime)
{
    SettingsRestorer restore;
    test::TempDir dir;
    const QString path = makeDatabase(dir);
    ui::AppSettings::setAutoLockSeconds(1);
    ui::AppController app;
    app.start(path);
    ASSERT_TRUE(unlockAndWait(app));
    EXPECT_TRUE(app.idleWatcher()->isActive());
    EXPECT_LE(app.idleWatcher()->remainingMs(), 1000);

    // Input restarts the quiet time.
    QTest::qWait(600);
    QTest::mouseMove(app.mainWindow(), QPoint(40, 40));
    QTest::keyClick(app.mainWindow(), Qt::Key_Shift);
    EXPECT_GT(app.idleWatcher()->remainingMs(), 700);
    EXPECT_TRUE(app.isUnlocked());

    ASSERT_TRUE(QTest::qWaitFor([&]() { return !app.isUnlocked(); }, 5000));
    EXPECT_TRUE(app.unlockWindow()->isVisible());
    EXPECT_FALSE(app.idleWatcher()->isActive()) << "nothing to lock while locked";
}

TEST(Session, RememberCheckboxIsDisabledWithAReasonWhenNoKeychainAnswers)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir);
    ui::AppController app;
    app.start(path);
    ui::UnlockWindow* window = app.unlockWindow();
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return window->keychain()->availability() != ui::Keychain::Availability::Unknown; },
        10000));
    EXPECT_EQ(window->keychain()->availability(), ui::Keychain::Availability::Unavailable);
    auto* remember = child<QCheckBox>(window, "rememberKey");
    ASSERT_TRUE(remember);
    EXPECT_FALSE(remember->isEnabled());
    EXPECT_FALSE(remember->isChecked());
    EXPECT_FALSE(remember->toolTip().isEmpty());
    EXPECT_EQ(remember->toolTip(), window->keychain()->unavailableReason());

    // Unlocking still works, and nothing about a key lands in the settings.
    ASSERT_TRUE(unlockAndWait(app));
    EXPECT_FALSE(ui::AppSettings::isKeyRemembered(path));
}

TEST(Session, RecentDatabasesShowWhenOpenedAndCanBeRemoved)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir);
    {
        ui::AppController app;
        app.start(path);
        ASSERT_TRUE(unlockAndWait(app));
    }
    const QString canonical = QFileInfo(path).canonicalFilePath();
    ASSERT_TRUE(ui::AppSettings::recentDatabases().contains(canonical));
    EXPECT_LE(ui::AppSettings::lastOpened(path).secsTo(QDateTime::currentDateTimeUtc()), 60);

    ui::AppController app;
    app.start();
    ui::UnlockWindow* window = app.unlockWindow();
    EXPECT_EQ(window->databasePath(), canonical) << "the most recent file comes preselected";
    auto* list = child<QListView>(window, "recentDatabases");
    auto* remove = child<QPushButton>(window, "removeRecentButton");
    ASSERT_TRUE(list && remove);
    ASSERT_TRUE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_FALSE(ui::AppSettings::recentDatabases().contains(canonical));
    EXPECT_TRUE(QFileInfo::exists(path)) << "removing from the list keeps the file";
}

TEST(Session, CtrlKFindsAContactAndEnterOpensItsCard)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir);
    ui::AppController app;
    app.start(path);
    ui::MainWindow* main = unlockAndWait(app);
    ASSERT_TRUE(main);
    ASSERT_TRUE(QTest::qWaitForWindowActive(main));
    QTest::keyClick(main, Qt::Key_K, Qt::ControlModifier);
    auto* popup = child<QWidget>(main, "quickSearch");
    auto* input = child<QLineEdit>(main, "quickSearchInput");
    auto* results = child<QListView>(main, "quickSearchResults");
    ASSERT_TRUE(popup && input && results);
    ASSERT_TRUE(popup->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&]() { return input->hasFocus(); }, 2000));

    QTest::keyClicks(input, QStringLiteral("wisniew"));
    ASSERT_TRUE(QTest::qWaitFor([&]() { return results->model()->rowCount() == 1; }, 5000));
    EXPECT_EQ(results->currentIndex().data().toString(), QStringLiteral("Łucja Wiśniewska"));
    QTest::keyClick(input, Qt::Key_Return);
    EXPECT_FALSE(popup->isVisible());
    ASSERT_TRUE(main->currentCard());
    EXPECT_EQ(main->place().entity, QStringLiteral("contact"));

    // Escape closes without opening anything.
    main->showSection(ui::MainWindow::Dashboard);
    QTest::keyClick(main, Qt::Key_K, Qt::ControlModifier);
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(input, Qt::Key_Escape);
    EXPECT_FALSE(popup->isVisible());
    EXPECT_EQ(main->currentCard(), nullptr);
}

TEST(Session, PreferencesPersistAndApplyAtOnce)
{
    SettingsRestorer restore;
    test::TempDir dir;
    const QString path = makeDatabase(dir);
    {
        ui::AppController app;
        app.start(path);
        ui::MainWindow* main = unlockAndWait(app);
        ASSERT_TRUE(main);
        main->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
        auto* dialog = child<QDialog>(main, "settingsDialog");
        ASSERT_TRUE(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        auto* minutes = child<QSpinBox>(dialog, "autoLockMinutes");
        auto* region = child<QComboBox>(dialog, "phoneRegion");
        auto* language = child<QComboBox>(dialog, "languageChoice");
        ASSERT_TRUE(minutes && region && language);
        EXPECT_EQ(minutes->value(), 15) << "the default";
        minutes->setValue(7);
        region->setCurrentIndex(region->findData(QStringLiteral("DE")));
        language->setCurrentIndex(language->findData(QStringLiteral("pl")));
        QTest::mouseClick(child<QPushButton>(dialog, "settingsOk"), Qt::LeftButton);
        EXPECT_EQ(app.idleWatcher()->timeoutMs(), 7 * 60 * 1000) << "applies without a restart";
    }
    QSettings().sync();
    EXPECT_EQ(ui::AppSettings::autoLockSeconds(), 7 * 60);
    EXPECT_EQ(ui::AppSettings::language(), QStringLiteral("pl"));
    ui::AppSettings::setLanguage(QString());
    // The phone region is in the database file itself.
    auto database = db::Database::open(path, test::testPassphrase());
    ASSERT_TRUE(database);
    store::Store store(**database);
    EXPECT_EQ(store.phoneRegion(), QStringLiteral("DE"));
}

TEST(Session, WindowGeometryAndSplitterAreRestored)
{
    SettingsRestorer restore;
    test::TempDir dir;
    const QString path = makeDatabase(dir);
    ui::AppController app;
    app.start(path);
    ui::MainWindow* main = unlockAndWait(app);
    ASSERT_TRUE(main);
    main->resize(1111, 677);
    auto* splitter = child<QSplitter>(main, "mainSplitter");
    ASSERT_TRUE(splitter);
    splitter->setSizes({240, 800});
    QTest::qWait(50);
    const QList<int> sizes = splitter->sizes();
    app.lock();
    main = unlockAndWait(app);
    ASSERT_TRUE(main);
    EXPECT_EQ(main->size(), QSize(1111, 677));
    EXPECT_EQ(child<QSplitter>(main, "mainSplitter")->sizes().value(0), sizes.value(0));
}

TEST(Session, StatusBarShowsTheFileTheLockStateAndNoSyncStateWhileNotConnected)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir);
    ui::AppController app;
    app.start(path);
    ui::MainWindow* main = unlockAndWait(app);
    ASSERT_TRUE(main);
    EXPECT_EQ(child<QLabel>(main, "databaseFileLabel")->text(), QStringLiteral("shell.baza"));
    auto* sync = child<QToolButton>(main, "syncState");
    ASSERT_TRUE(sync);
    EXPECT_FALSE(sync->isVisible());
    auto* lock = child<QLabel>(main, "lockState");
    QHelpEvent tip(QEvent::ToolTip, QPoint(2, 2), lock->mapToGlobal(QPoint(2, 2)));
    QApplication::sendEvent(lock, &tip);
    EXPECT_TRUE(lock->toolTip().contains(QLatin1String("15"))) << lock->toolTip().toStdString();
}

// A file an older Baza wrote (schema 8, before the search tables were rebuilt), left by a first
// sync that died with its indexes deferred: the worker that opens it builds the indexes and
// upgrades it, and the window opens on it.
TEST(UnlockWindow, OpensAFileAnOlderBazaWroteAndUpgradesIt)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.baza"));
    const int older = 8;
    ASSERT_LT(older, db::latestSchemaVersion());
    {
        auto key =
            db::SecretKey::derive(test::testPassphrase().toUtf8(), db::SecretKey::randomSalt());
        ASSERT_TRUE(key.ok());
        db::SecretKey::Literal literal(*key, true);
        test::RawConnection raw(path, QByteArray(literal.data(), literal.size()), true);
        ASSERT_TRUE(raw.isOpen());
        QSqlDatabase c = raw.db();
        ASSERT_TRUE(db::migrate(c, older).ok());
        ASSERT_TRUE(db::deferReadIndexes(c).ok());
        QSqlQuery q(c);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO contacts(id, first_name, last_name, city, created_at, updated_at) VALUES "
            "('c1', 'Семён', 'Ёлкин', 'Łódź', '2024-01-01T00:00:00.000Z', "
            "'2024-01-01T00:00:00.000Z')")));
    }

    ui::AppController app;
    app.start(path);
    ui::MainWindow* main = unlockAndWait(app);
    ASSERT_TRUE(main);
    auto* count = child<QLabel>(main, "contactCount");
    ASSERT_TRUE(count);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return count->text().contains(QLatin1Char('1')); }, 5000))
        << count->text().toStdString();
    app.lock();
    ASSERT_FALSE(app.isUnlocked());

    auto reopened = db::Database::open(path, test::testPassphrase());
    ASSERT_TRUE(reopened.ok()) << reopened.message().toStdString();
    QSqlDatabase c = (*reopened)->connection();
    EXPECT_EQ((*reopened)->schemaVersion(), db::latestSchemaVersion());
    EXPECT_FALSE(db::indexesDeferred(c));
    QSqlQuery q(c);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                      "('contacts_name', 'contacts_city')")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
}
