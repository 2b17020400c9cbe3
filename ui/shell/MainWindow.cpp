#include "ui/shell/MainWindow.h"

#include "core/store/Store.h"
#include "ui/cards/NewRecordDialog.h"
#include "ui/cards/RecordCard.h"
#include "ui/cards/RecordCards.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/importer/ImporterActions.h"
#include "ui/lists/ListWorkspace.h"
#include "ui/lists/RecordListPage.h"
#include "ui/shell/LanguageMenu.h"
#include "ui/shell/PlaceholderPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace baza::ui {

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
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 10px; }"));
    m_pages->setObjectName(QStringLiteral("pages"));

    m_lists = new ListWorkspace(store, m_pages, this);
    connect(m_lists->contactsPage(), &RecordListPage::recordRequested, this,
            &MainWindow::openRecord);
    connect(m_lists->companiesPage(), &RecordListPage::recordRequested, this,
            &MainWindow::openRecord);
    addPage(Contacts, tr("Contacts"), m_lists->contactsPage());
    addPage(Companies, tr("Companies"), m_lists->companiesPage());
    addPage(Deals, tr("Deals"),
            new PlaceholderPage(
                tr("Deals"), tr("The pipeline board with deals by stage will live here."), this));
    addPage(
        Tasks, tr("Tasks"),
        new PlaceholderPage(tr("Tasks"), tr("Tasks due today and overdue will live here."), this));
    addPage(Dashboard, tr("Dashboard"), new DashboardPage(store, this));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 630});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_fileLabel = new QLabel(fileName, this);
    m_fileLabel->setObjectName(QStringLiteral("databaseFileLabel"));
    m_fileLabel->setToolTip(QDir::toNativeSeparators(databasePath));
    m_fileLabel->setAccessibleName(tr("Database file"));
    m_lockState = new QLabel(tr("Unlocked"), this);
    m_lockState->setObjectName(QStringLiteral("lockState"));
    m_lockState->setAccessibleName(tr("Lock state"));
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_lockState);

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
    resize(900, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Section section, const QString& title, QWidget* page)
{
    Q_ASSERT(m_pages->count() == int(section));
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(SectionRole, int(section));
    m_pages->addWidget(page);
    m_sectionCount = m_pages->count();
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
    m_pages->addWidget(m_card);
    m_pages->setCurrentWidget(m_card);
    m_card->setFocus();
}

void MainWindow::showPageOf(const QListWidgetItem* item)
{
    if (item)
        m_pages->setCurrentIndex(item->data(SectionRole).toInt());
}

QWidget* MainWindow::currentCard() const
{
    return m_card && m_pages->currentWidget() == m_card ? m_card : nullptr;
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
    if (auto* card = qobject_cast<RecordCard*>(m_card))
        card->commitPendingEdits();
    showPageOf(m_navigation->currentItem());
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto* newContact = file->addAction(tr("New &contact…"));
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
    auto* lock = file->addAction(tr("&Lock"));
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

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    auto* back = go->addAction(tr("&Back"));
    back->setObjectName(QStringLiteral("backAction"));
    back->setShortcut(QKeySequence::Back);
    connect(back, &QAction::triggered, this, &MainWindow::goBack);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    addDuplicatesAction(tools, m_store, this);

    menuBar()->addMenu(new LanguageMenu(this));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* about = help->addAction(tr("&About Baza"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
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
    return Section(m_pages->currentIndex());
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
