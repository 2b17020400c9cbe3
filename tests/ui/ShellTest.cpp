// Drives the real windows: the unlock screen, unlocking a real encrypted file, the main window,
// locking with Ctrl+L, creating a new database.

#include "QtTestEnvironment.h"
#include "TestSupport.h"

#include "core/store/Store.h"
#include "ui/shell/AppController.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PassphraseStrengthMeter.h"
#include "ui/shell/UnlockWindow.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace baza;

namespace {

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
