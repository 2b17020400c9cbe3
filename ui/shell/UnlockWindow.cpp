#include "ui/shell/UnlockWindow.h"

#include "ui/shell/AppSettings.h"
#include "ui/shell/NewDatabaseDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace baza::ui {

UnlockWindow::UnlockWindow(QWidget* parent)
    : QWidget(parent)
    , m_keyWatcher(new QFutureWatcher<KeyOutcome>(this))
{
    setObjectName(QStringLiteral("unlockWindow"));
    setWindowTitle(tr("Baza — Unlock"));
    buildUi();
    reloadRecent();
    connect(m_keyWatcher, &QFutureWatcher<KeyOutcome>::finished, this, &UnlockWindow::keyDerived);
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

    m_file = new QComboBox(this);
    m_file->setObjectName(QStringLiteral("databasePath"));
    m_file->setEditable(true);
    m_file->setInsertPolicy(QComboBox::NoInsert);
    m_file->setMinimumContentsLength(36);
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_file->setAccessibleName(tr("Database file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Choose a database file"));
    auto* fileLabel = new QLabel(tr("&Database file"), this);
    fileLabel->setBuddy(m_file);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setPlaceholderText(tr("Passphrase of this database"));
    auto* passLabel = new QLabel(tr("&Passphrase"), this);
    passLabel->setBuddy(m_passphrase);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
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

    m_newDatabase = new QPushButton(tr("&New database…"), this);
    m_newDatabase->setObjectName(QStringLiteral("newDatabaseButton"));
    m_newDatabase->setAccessibleName(tr("Create a new database"));
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_unlock->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newDatabase);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* state = new QLabel(tr("Locked"), this);
    state->setObjectName(QStringLiteral("lockState"));
    state->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 16);
    layout->addLayout(header);
    layout->addSpacing(20);
    layout->addWidget(fileLabel);
    layout->addLayout(fileRow);
    layout->addSpacing(8);
    layout->addWidget(passLabel);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_error);
    layout->addLayout(busyRow);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(1);
    layout->addWidget(state);

    connect(m_browse, &QPushButton::clicked, this, &UnlockWindow::browse);
    connect(m_newDatabase, &QPushButton::clicked, this, &UnlockWindow::createNew);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockWindow::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockWindow::unlock);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockWindow::updateUnlockEnabled);
    connect(m_file, &QComboBox::currentTextChanged, this, &UnlockWindow::updateUnlockEnabled);
    updateUnlockEnabled();
}

void UnlockWindow::reloadRecent()
{
    const QString current = databasePath();
    m_file->clear();
    for (const QString& path : AppSettings::recentDatabases())
        m_file->addItem(QDir::toNativeSeparators(path));
    if (!current.isEmpty())
        setDatabasePath(current);
}

void UnlockWindow::setDatabasePath(const QString& path)
{
    m_file->setCurrentText(QDir::toNativeSeparators(path));
    // With the file chosen, the next thing to type is the passphrase.
    if (!path.isEmpty())
        m_passphrase->setFocus();
}

QString UnlockWindow::databasePath() const
{
    return QDir::fromNativeSeparators(m_file->currentText().trimmed());
}

void UnlockWindow::reset()
{
    setBusy(false);
    m_passphrase->clear();
    m_error->clear();
    m_error->hide();
    reloadRecent();
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
    m_pendingPath = path;
    setBusy(true, tr("Unlocking…"));
    m_keyWatcher->setFuture(deriveKeyAsync(path, m_passphrase->text()));
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
    // Opening with a raw key takes milliseconds, so it stays on this thread: the connection
    // belongs to the thread that opens it.
    auto opened = db::Database::openWithKey(m_pendingPath, std::move(outcome.key));
    if (!opened) {
        showError(opened.message());
        return;
    }
    finishOpen(std::move(*opened));
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

void UnlockWindow::setBusy(bool busy, const QString& message)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(message);
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_newDatabase->setEnabled(!busy);
    updateUnlockEnabled();
}

void UnlockWindow::updateUnlockEnabled()
{
    m_unlock->setEnabled(!m_isBusy && !databasePath().isEmpty() && !m_passphrase->text().isEmpty());
}

} // namespace baza::ui
