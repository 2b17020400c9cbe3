#include "ui/shell/MainWindow.h"

#include "core/store/Store.h"
#include "ui/cards/NewRecordDialog.h"
#include "ui/cards/RecordCard.h"
#include "ui/cards/RecordCards.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/deals/DealsPage.h"
#include "ui/importer/ImporterActions.h"
#include "ui/lists/ListWorkspace.h"
#include "ui/lists/RecordListPage.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/Icons.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/NotificationBar.h"
#include "ui/shell/QuickSearch.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/sync/ServerSettingsPage.h"
#include "ui/sync/SyncStatusBar.h"
#include "ui/tasks/ReminderService.h"
#include "ui/tasks/TasksPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace baza::ui {

namespace {

QString geometryKey()
{
    return QStringLiteral("mainWindow/geometry");
}
QString windowStateKey()
{
    return QStringLiteral("mainWindow/state");
}
QString splitterKey()
{
    return QStringLiteral("mainWindow/splitter");
}

} // namespace

MainWindow::MainWindow(store::Store& store, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString fileName = QFileInfo(databasePath).fileName();
    setWindowTitle(tr("%1 — Baza").arg(fileName));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 8px; }"));
    m_pages->setObjectName(QStringLiteral("pages"));
    buildPages();
    // Section names never get cut off, however the splitter was left (segments may elide).
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(
            widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setMinimumWidth(widest + m_navigation->iconSize().width() + 48);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({180, 720});
    m_splitter->setChildrenCollapsible(false);

    m_notifications = new NotificationBar(this);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notifications);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_quickSearch = new QuickSearchPopup(store, central);
    connect(m_quickSearch, &QuickSearchPopup::recordChosen, this, &MainWindow::openRecord);
    m_reminders = new ReminderService(store, m_notifications, this);
    connect(m_reminders, &ReminderService::recordRequested, this, &MainWindow::openRecord);
    connect(m_reminders, &ReminderService::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    buildStatusBar(databasePath);
    buildMenus();
    connect(m_navigation, &QListWidget::currentItemChanged, this, &MainWindow::showPageOf);
    // On a card Ctrl+Shift+N logs a note; elsewhere it creates a company.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this]() {
        m_newCompany->setShortcut(currentCard() ? QKeySequence()
                                                : QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        // A card has its own Ctrl+Z (it also commits a field being edited); two would clash.
        m_undo->setShortcut(currentCard() ? QKeySequence() : QKeySequence(QKeySequence::Undo));
    });
    // Clicking the section that is already selected leaves the card too.
    connect(m_navigation, &QListWidget::itemClicked, this, &MainWindow::showPageOf);
    m_lists->attachNavigation(m_navigation, SectionRole, Contacts, Companies);
    showSection(Contacts);
    resize(960, 620);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::buildPages()
{
    m_lists = new ListWorkspace(m_store, m_pages, this);
    connect(m_lists->contactsPage(), &RecordListPage::recordRequested, this,
            &MainWindow::openRecord);
    connect(m_lists->companiesPage(), &RecordListPage::recordRequested, this,
            &MainWindow::openRecord);
    addPage(Contacts, QStringLiteral("contacts"), tr("Contacts"), m_lists->contactsPage());
    addPage(Companies, QStringLiteral("companies"), tr("Companies"), m_lists->companiesPage());
    auto* deals = new DealsPage(m_store, this);
    connect(deals, &DealsPage::recordRequested, this, &MainWindow::openRecord);
    addPage(Deals, QStringLiteral("deals"), tr("Deals"), deals);
    auto* tasks = new TasksPage(m_store, this);
    connect(tasks, &TasksPage::recordRequested, this, &MainWindow::openRecord);
    addPage(Tasks, QStringLiteral("tasks"), tr("Tasks"), tasks);
    addPage(Dashboard, QStringLiteral("dashboard"), tr("Dashboard"),
            new DashboardPage(m_store, this));
}

void MainWindow::addPage(Section section, const QString& icon, const QString& title, QWidget* page)
{
    Q_ASSERT(m_pages->count() == int(section));
    auto* item = new QListWidgetItem(themedIcon(icon), title, m_navigation);
    item->setData(Qt::AccessibleTextRole, title);
    item->setData(SectionRole, int(section));
    m_pages->addWidget(page);
}

void MainWindow::buildStatusBar(const QString& databasePath)
{
    m_fileLabel = new QLabel(QFileInfo(databasePath).fileName(), this);
    m_fileLabel->setObjectName(QStringLiteral("databaseFileLabel"));
    m_fileLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    m_fileLabel->setAccessibleName(tr("Database file"));
    m_lockState = new QLabel(tr("Unlocked"), this);
    m_lockState->setObjectName(QStringLiteral("lockState"));
    m_lockState->setAccessibleName(tr("Lock state"));
    m_lockState->installEventFilter(this);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_lockState);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto* newContact = file->addAction(themedIcon(QStringLiteral("add")), tr("New &contact…"));
    newContact->setObjectName(QStringLiteral("newContactAction"));
    newContact->setShortcut(QKeySequence::New);
    connect(newContact, &QAction::triggered, this,
            [this]() { createRecord(QStringLiteral("contact")); });
    m_newCompany = file->addAction(tr("New c&ompany…"));
    m_newCompany->setObjectName(QStringLiteral("newCompanyAction"));
    m_newCompany->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newCompany, &QAction::triggered, this,
            [this]() { createRecord(QStringLiteral("company")); });
    file->addSeparator();
    addImporterActions(file, m_store, this);
    file->addSeparator();
    auto* lock = file->addAction(themedIcon(QStringLiteral("lock")), tr("&Lock"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Locking must work from any window of the app, dialogs included.
    lock->setShortcutContext(Qt::ApplicationShortcut);
    lock->setStatusTip(tr("Close the database and ask for the passphrase again"));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setStatusTip(tr("Undo the last change made on this computer"));
    connect(m_undo, &QAction::triggered, this, &MainWindow::undo);
    edit->addSeparator();
    auto* preferences =
        edit->addAction(themedIcon(QStringLiteral("settings")), tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this]() { showPreferences(); });

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    auto* search = go->addAction(themedIcon(QStringLiteral("search")), tr("&Search everywhere…"));
    search->setObjectName(QStringLiteral("quickSearchAction"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(search, &QAction::triggered, this, &MainWindow::showQuickSearch);
    auto* back = go->addAction(tr("&Back"));
    back->setObjectName(QStringLiteral("backAction"));
    back->setShortcut(QKeySequence::Back);
    connect(back, &QAction::triggered, this, &MainWindow::goBack);
    go->addSeparator();
    // Ctrl+1 … Ctrl+5 jump to the sections, in the order of the navigation list (segments,
    // added later between the sections, get no number).
    int number = 0;
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        const auto section = Section(item->data(SectionRole).toInt());
        auto* jump = go->addAction(item->icon(), item->text());
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + number++)));
        connect(jump, &QAction::triggered, this, [this, section]() { showSection(section); });
    }

    m_tools = menuBar()->addMenu(tr("&Tools"));
    addDuplicatesAction(m_tools, m_store, this);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* about = help->addAction(tr("&About Baza"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::openRecord(const QString& entity, const QString& id)
{
    QWidget* card = createRecordCard(m_store, entity, id, m_pages);
    if (!card) {
        statusBar()->showMessage(tr("That record no longer exists."), 5000);
        return;
    }
    if (auto* recordCard = qobject_cast<RecordCard*>(card)) {
        connect(recordCard, &RecordCard::recordRequested, this, &MainWindow::openRecord);
        connect(recordCard, &RecordCard::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    }
    if (auto* previous = qobject_cast<RecordCard*>(m_card))
        previous->commitPendingEdits();
    if (m_card) {
        m_pages->removeWidget(m_card);
        m_card->deleteLater();
    }
    m_card = card;
    m_cardEntity = entity;
    m_cardId = id;
    m_pages->addWidget(m_card);
    m_pages->setCurrentWidget(m_card);
    m_card->setFocus();
}

QWidget* MainWindow::currentCard() const
{
    return m_card && m_pages->currentWidget() == m_card ? m_card : nullptr;
}

void MainWindow::showPageOf(const QListWidgetItem* item)
{
    if (item)
        m_pages->setCurrentIndex(item->data(SectionRole).toInt());
}

void MainWindow::createRecord(const QString& entity)
{
    auto* dialog = NewRecordDialog::start(m_store, entity, this);
    connect(dialog, &NewRecordDialog::recordCreated, this, &MainWindow::openRecord);
    connect(dialog, &NewRecordDialog::recordRequested, this, &MainWindow::openRecord);
}

void MainWindow::goBack()
{
    if (!currentCard())
        return;
    commitPendingEdits();
    showPageOf(m_navigation->currentItem());
}

void MainWindow::showSection(Section section)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        // The section's own entry is the first one with its number; segments follow it.
        if (item->data(SectionRole).toInt() == int(section)) {
            m_navigation->setCurrentItem(item);
            showPageOf(item);
            return;
        }
    }
}

void MainWindow::undo()
{
    auto undone = m_store.undoLast();
    statusBar()->showMessage(undone ? tr("Undone: %1").arg(*undone) : undone.message(), 8000);
}

MainWindow::Section MainWindow::currentSection() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? Section(item->data(SectionRole).toInt()) : Contacts;
}

MainWindow::Place MainWindow::place() const
{
    Place here{currentSection(), {}, {}};
    if (currentCard()) {
        here.entity = m_cardEntity;
        here.id = m_cardId;
    }
    return here;
}

void MainWindow::restorePlace(const Place& place)
{
    showSection(place.section);
    if (!place.entity.isEmpty())
        openRecord(place.entity, place.id);
}

void MainWindow::commitPendingEdits()
{
    QWidget* card = currentCard();
    if (!card)
        return;
    if (auto* recordCard = qobject_cast<RecordCard*>(card)) {
        recordCard->commitPendingEdits();
        return;
    }
    // Otherwise finish the focused editor the way leaving it would (editingFinished fires).
    if (QWidget* focused = QApplication::focusWidget(); focused && card->isAncestorOf(focused))
        focused->clearFocus();
}

void MainWindow::showQuickSearch()
{
    m_quickSearch->popup();
}

void MainWindow::setSyncService(SyncService* sync)
{
    if (m_sync || !sync)
        return;
    m_sync = sync;
    // The sync state goes before the lock state, which stays rightmost.
    statusBar()->removeWidget(m_lockState);
    m_syncStatus = new SyncStatusBar(*sync, m_store, statusBar(), m_notifications, m_tools, this);
    statusBar()->addPermanentWidget(m_lockState);
    m_lockState->show();
    connect(m_syncStatus, &SyncStatusBar::settingsRequested, this,
            [this]() { showPreferences(QStringLiteral("serverSettings")); });
    connect(m_syncStatus, &SyncStatusBar::recordRequested, this, &MainWindow::openRecord);
}

void MainWindow::showPreferences(const QString& page)
{
    auto* dialog = new SettingsDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sync) {
        dialog->addPage(new ServerSettingsPage(*m_sync, dialog));
    }
    if (!page.isEmpty())
        dialog->showPage(page);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::preferencesChanged);
    dialog->open();
}

QString MainWindow::lockTooltip() const
{
    if (!m_idle || !m_idle->isActive())
        return tr("Unlocked. Lock with Ctrl+L; automatic locking is off.");
    const int minutes = int((m_idle->remainingMs() + 59999) / 60000);
    return tr("Unlocked. Locks by itself in %n minute(s) without use; Ctrl+L locks now.", nullptr,
              minutes);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Computed when asked, so the countdown is current.
    if (watched == m_lockState && event->type() == QEvent::ToolTip)
        m_lockState->setToolTip(lockTooltip());
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::saveLayout() const
{
    AppSettings::setViewState(geometryKey(), saveGeometry());
    AppSettings::setViewState(windowStateKey(), saveState());
    AppSettings::setViewState(splitterKey(), m_splitter->saveState());
}

void MainWindow::restoreLayout()
{
    if (const QByteArray geometry = AppSettings::viewState(geometryKey()); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = AppSettings::viewState(windowStateKey()); !state.isEmpty())
        restoreState(state);
    if (const QByteArray sizes = AppSettings::viewState(splitterKey()); !sizes.isEmpty())
        m_splitter->restoreState(sizes);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(
        QMessageBox::NoIcon, tr("About Baza"),
        tr("<h3>Baza %1</h3><p>A customer database that stays on this computer, encrypted with "
           "SQLCipher.</p>")
            .arg(QApplication::applicationVersion()),
        QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace baza::ui
