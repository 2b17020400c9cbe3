#include "ui/shell/AppController.h"

#include "core/db/Database.h"
#include "core/store/Store.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Resources.h"
#include "ui/shell/UnlockWindow.h"

namespace baza::ui {

AppController::AppController(QObject* parent)
    : QObject(parent)
{
    initResources();
    m_unlockWindow = std::make_unique<UnlockWindow>();
    connect(m_unlockWindow.get(), &UnlockWindow::unlocked, this, &AppController::openSession);
}

AppController::~AppController()
{
    m_mainWindow.reset();
    m_store.reset();
    m_database.reset();
}

void AppController::start(const QString& databasePath)
{
    if (!databasePath.isEmpty())
        m_unlockWindow->setDatabasePath(databasePath);
    m_unlockWindow->show();
    m_unlockWindow->activateWindow();
}

void AppController::openSession()
{
    m_database = m_unlockWindow->takeDatabase();
    if (!m_database)
        return;
    m_store = std::make_unique<store::Store>(*m_database);
    if (const Status ready = m_store->initialize(); !ready) {
        m_store.reset();
        m_database.reset();
        m_unlockWindow->showError(ready.message());
        return;
    }
    m_mainWindow = std::make_unique<MainWindow>(*m_store, m_database->path());
    // Queued: the window must not be destroyed while its own action is still being delivered.
    connect(m_mainWindow.get(), &MainWindow::lockRequested, this, &AppController::lock,
            Qt::QueuedConnection);
    m_mainWindow->show();
    m_mainWindow->activateWindow();
    m_unlockWindow->hide();
    emit unlockedChanged(true);
}

void AppController::lock()
{
    if (!m_mainWindow)
        return;
    // Show the unlock window first so the app never has zero windows (it would quit).
    m_unlockWindow->reset();
    m_unlockWindow->show();
    m_unlockWindow->activateWindow();
    m_mainWindow.reset();
    m_store.reset();
    m_database.reset();
    emit unlockedChanged(false);
}

} // namespace baza::ui
