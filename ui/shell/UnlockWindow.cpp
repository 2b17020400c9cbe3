#include "ui/shell/UnlockWindow.h"

#include "ui/shell/AppSettings.h"
#include "ui/shell/Formatting.h"
#include "ui/shell/Keychain.h"
#include "ui/shell/NewDatabaseDialog.h"
#include "ui/shell/RecentDatabasesView.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace baza::ui {

UnlockWindow::UnlockWindow(QWidget* parent)
    : QWidget(parent)
    , m_keychain(new Keychain(this))
    , m_keyWatcher(new QFutureWatcher<KeyOutcome>(this))
{
    setObjectName(QStringLiteral("unlockWindow"));
    setWindowTitle(tr("Baza — Unlock"));
    buildUi();
    connect(m_keyWatcher, &QFutureWatcher<KeyOutcome>::finished, this, &UnlockWindow::keyDerived);
    connect(m_keychain, &Keychain::availabilityChanged, this, &UnlockWindow::updateControls);
    m_keychain->probe();
    const QStringList recent = AppSettings::recentDatabases();
    if (!recent.isEmpty())
        setDatabasePath(recent.first());
}

UnlockWindow::~UnlockWindow() = default;

void UnlockWindow::buildUi()
{
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/baza/icons/baza.svg")).pixmap(64, 64));
    auto* title = new QLabel(tr("Baza"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* tagline = new QLabel(tr("Your customer base, encrypted on this computer."), this);
    auto* heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(tagline);
    auto* header = new QHBoxLayout;
    header->addWidget(logo);
    header->addSpacing(12);
    header->addLayout(heading, 1);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("databasePath"));
    m_file->setAccessibleName(tr("Database file"));
    m_file->setPlaceholderText(tr("Choose a recent database, open a file or create a new one"));
    m_browse = new QPushButton(tr("&Open a file…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Open a database file"));
    auto* fileLabel = new QLabel(tr("&Database file"), this);
    fileLabel->setBuddy(m_file);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    auto* passLabel = new QLabel(tr("&Passphrase"), this);
    passLabel->setBuddy(m_passphrase);

    m_remember = new QCheckBox(tr("&Remember on this computer"), this);
    m_remember->setObjectName(QStringLiteral("rememberKey"));
    m_remember->setAccessibleName(tr("Remember the key on this computer"));
    m_forget = new QPushButton(tr("&Forget"), this);
    m_forget->setObjectName(QStringLiteral("forgetKeyButton"));
    m_forget->setAccessibleName(tr("Forget the key remembered on this computer"));
    m_forget->setToolTip(tr("Remove this database's key from the system keychain"));
    auto* rememberRow = new QHBoxLayout;
    rememberRow->addWidget(m_remember);
    rememberRow->addWidget(m_forget);
    rememberRow->addStretch(1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    theme::markAsError(m_error);
    m_error->hide();

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setAccessibleName(tr("Working"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busyLabel = new QLabel(this);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_busyLabel);
    m_busy->hide();
    m_busyLabel->hide();

    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* state = new QLabel(tr("Locked"), this);
    state->setObjectName(QStringLiteral("lockState"));
    state->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 16);
    layout->addLayout(header);
    layout->addSpacing(16);
    layout->addLayout(buildRecentSection(), 1);
    layout->addSpacing(8);
    layout->addWidget(fileLabel);
    layout->addLayout(fileRow);
    layout->addSpacing(8);
    layout->addWidget(passLabel);
    layout->addWidget(m_passphrase);
    layout->addLayout(rememberRow);
    layout->addWidget(m_error);
    layout->addLayout(busyRow);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(state);

    connect(m_browse, &QPushButton::clicked, this, &UnlockWindow::browse);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockWindow::unlock);
    connect(m_forget, &QPushButton::clicked, this, &UnlockWindow::forgetKey);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockWindow::unlock);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockWindow::updateControls);
    connect(m_file, &QLineEdit::textEdited, this, [this]() {
        m_recent->selectPath(databasePath());
        m_remember->setChecked(AppSettings::isKeyRemembered(databasePath()));
        updateControls();
    });
    setTabOrder(m_recent, m_removeRecent);
    setTabOrder(m_removeRecent, m_newDatabase);
    setTabOrder(m_newDatabase, m_file);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_passphrase);
    setTabOrder(m_passphrase, m_remember);
    setTabOrder(m_remember, m_forget);
    setTabOrder(m_forget, m_unlock);
    updateControls();
}

QLayout* UnlockWindow::buildRecentSection()
{
    auto* label = new QLabel(tr("R&ecent databases"), this);
    m_recent = new RecentDatabasesView(this);
    label->setBuddy(m_recent);
    m_removeRecent = new QPushButton(tr("Re&move from list"), this);
    m_removeRecent->setObjectName(QStringLiteral("removeRecentButton"));
    m_removeRecent->setAccessibleName(tr("Remove the selected database from the list"));
    m_removeRecent->setToolTip(tr("The file itself stays where it is"));
    m_newDatabase = new QPushButton(tr("&New database…"), this);
    m_newDatabase->setObjectName(QStringLiteral("newDatabaseButton"));
    m_newDatabase->setAccessibleName(tr("Create a new database"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_removeRecent);
    row->addStretch(1);
    row->addWidget(m_newDatabase);
    auto* section = new QVBoxLayout;
    section->addWidget(label);
    section->addWidget(m_recent, 1);
    section->addLayout(row);

    connect(m_recent, &RecentDatabasesView::pathSelected, this,
            [this](const QString& path) { setDatabasePath(path); });
    connect(m_recent, &RecentDatabasesView::pathActivated, this, [this](const QString& path) {
        setDatabasePath(path);
        if (m_unlock->isEnabled())
            unlock();
    });
    connect(m_removeRecent, &QPushButton::clicked, this, [this]() {
        m_recent->removeSelected();
        updateControls();
    });
    connect(m_newDatabase, &QPushButton::clicked, this, &UnlockWindow::createNew);
    return section;
}

void UnlockWindow::setDatabasePath(const QString& path)
{
    if (databasePath() != QDir::fromNativeSeparators(path))
        m_file->setText(QDir::toNativeSeparators(path));
    m_recent->selectPath(path);
    m_remember->setChecked(AppSettings::isKeyRemembered(databasePath()));
    updateControls();
    // With the file chosen, the next thing to type is the passphrase.
    if (!path.isEmpty())
        m_passphrase->setFocus();
}

QString UnlockWindow::databasePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void UnlockWindow::reset()
{
    setBusy(false);
    m_passphrase->clear();
    m_error->clear();
    m_error->hide();
    m_recent->reload();
    m_recent->selectPath(databasePath());
    updateControls();
    m_passphrase->setFocus();
}

void UnlockWindow::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool UnlockWindow::isBusy() const
{
    return m_isBusy;
}

std::unique_ptr<db::Database> UnlockWindow::takeDatabase()
{
    return std::move(m_database);
}

void UnlockWindow::browse()
{
    const QString start = QFileInfo(databasePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Baza database"), start,
                                                      tr("Baza databases (*.baza);;All files (*)"));
    if (!path.isEmpty())
        setDatabasePath(path);
}

void UnlockWindow::createNew()
{
    auto* dialog = new NewDatabaseDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewDatabaseDialog::created, this, [this, dialog]() {
        const QString path = dialog->databasePath();
        setDatabasePath(path);
        finishOpen(dialog->takeDatabase());
    });
    dialog->open();
}

bool UnlockWindow::hasUsableRememberedKey() const
{
    return m_keychain->availability() == Keychain::Availability::Available &&
           AppSettings::isKeyRemembered(databasePath());
}

void UnlockWindow::unlock()
{
    if (isBusy() || !m_unlock->isEnabled())
        return;
    const QString path = databasePath();
    const Status check = db::Database::checkFile(path);
    if (!check) {
        showError(check.message());
        return;
    }
    showError(QString());
    if (m_passphrase->text().isEmpty() && hasUsableRememberedKey()) {
        unlockWithRememberedKey(path);
        return;
    }
    m_pendingPath = path;
    setBusy(true, tr("Unlocking…"));
    m_keyWatcher->setFuture(deriveKeyAsync(path, m_passphrase->text()));
}

void UnlockWindow::unlockWithRememberedKey(const QString& path)
{
    setBusy(true, tr("Asking the system keychain…"));
    m_keychain->readKey(path, [this, path](Result<db::SecretKey> key) {
        setBusy(false);
        if (!key) {
            showError(tr("The key remembered on this computer could not be read (%1). Type the "
                         "passphrase.")
                          .arg(key.message()));
            return;
        }
        openWithKey(path, std::move(*key), true);
    });
}

void UnlockWindow::keyDerived()
{
    KeyOutcome outcome = m_keyWatcher->future().takeResult();
    setBusy(false);
    if (!outcome.key.isValid()) {
        showError(outcome.error.message);
        m_passphrase->selectAll();
        m_passphrase->setFocus();
        return;
    }
    openWithKey(m_pendingPath, std::move(outcome.key), m_remember->isChecked());
}

void UnlockWindow::openWithKey(const QString& path, db::SecretKey key, bool remember)
{
    const bool fromKeychain = m_passphrase->text().isEmpty();
    auto copy =
        std::make_shared<db::SecretKey>(remember && !fromKeychain ? key.clone() : db::SecretKey());
    // On a worker: opening takes milliseconds, but a file from an older Baza is upgraded first.
    setBusy(true, tr("Unlocking…"));
    auto* watcher = new QFutureWatcher<CreateOutcome>(this);
    connect(watcher, &QFutureWatcher<CreateOutcome>::finished, this,
            [this, watcher, path, fromKeychain, remember, copy]() {
                watcher->deleteLater();
                CreateOutcome outcome = watcher->future().takeResult();
                setBusy(false);
                if (!outcome.database) {
                    if (fromKeychain) {
                        // The passphrase was changed elsewhere: the remembered key is of no use
                        // any more.
                        m_keychain->forgetKey(path);
                        showError(tr("The key remembered on this computer no longer opens this "
                                     "file (was the passphrase changed?). Type the passphrase."));
                        updateControls();
                    } else {
                        showError(outcome.error.message);
                    }
                    return;
                }
                if (copy->isValid()) {
                    m_keychain->storeKey(path, *copy, [](Status) {});
                } else if (!remember && AppSettings::isKeyRemembered(path)) {
                    m_keychain->forgetKey(path);
                }
                finishOpen(std::move(outcome.database));
            });
    watcher->setFuture(openDatabaseAsync(path, std::move(key)));
}

void UnlockWindow::finishOpen(std::unique_ptr<db::Database> database)
{
    if (!database)
        return;
    AppSettings::addRecentDatabase(database->path());
    m_passphrase->clear();
    m_database = std::move(database);
    emit unlocked();
}

void UnlockWindow::forgetKey()
{
    m_keychain->forgetKey(databasePath(), [this](Status forgotten) {
        if (!forgotten)
            showError(forgotten.message());
    });
    m_remember->setChecked(false);
    updateControls();
}

void UnlockWindow::setBusy(bool busy, const QString& message)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(message);
    for (QWidget* w : std::initializer_list<QWidget*>{m_recent, m_removeRecent, m_file, m_browse,
                                                      m_passphrase, m_newDatabase})
        w->setEnabled(!busy);
    updateControls();
}

void UnlockWindow::updateControls()
{
    const QString path = databasePath();
    const Keychain::Availability keychain = m_keychain->availability();
    const bool remembered = hasUsableRememberedKey();

    m_remember->setEnabled(!m_isBusy && keychain == Keychain::Availability::Available);
    if (keychain == Keychain::Availability::Unavailable) {
        m_remember->setChecked(false);
        m_remember->setToolTip(m_keychain->unavailableReason());
    } else if (keychain == Keychain::Availability::Unknown) {
        m_remember->setToolTip(tr("Checking for a system keychain…"));
    } else {
        m_remember->setToolTip(tr("Keep this database's key in the system keychain, so it opens "
                                  "without the passphrase for your user account on this "
                                  "computer."));
    }
    m_forget->setVisible(remembered);
    m_passphrase->setPlaceholderText(remembered ? tr("Remembered on this computer: press Unlock")
                                                : tr("Passphrase of this database"));
    m_removeRecent->setEnabled(!m_isBusy && !m_recent->selectedPath().isEmpty());
    m_unlock->setEnabled(!m_isBusy && !path.isEmpty() &&
                         (!m_passphrase->text().isEmpty() || remembered));
}

} // namespace baza::ui
