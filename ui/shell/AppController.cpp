#include "ui/shell/AppController.h"

#include "core/db/Database.h"
#include "core/store/Store.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/Resources.h"
#include "ui/shell/UnlockWindow.h"
#include "ui/sync/SyncService.h"

namespace baza::ui {

AppController::AppController(QObject* parent)
    : QObject(parent)
    , m_idle(new IdleWatcher(this))
{
    initResources();
    m_unlockWindow = std::make_unique<UnlockWindow>();
    connect(m_unlockWindow.get(), &UnlockWindow::unlocked, this, &AppController::openSession);
    // Queued: the window must not be destroyed while one of its events is being delivered.
    connect(m_idle, &IdleWatcher::idle, this, &AppController::lock, Qt::QueuedConnection);
}

AppController::~AppController()
{
    closeSession();
}

void AppController::closeSession()
{
    // The worker first: a page it is applying finishes, then it lets go of the database.
    if (m_sync)
        m_sync->stop();
    m_mainWindow.reset();
    m_store.reset();
    m_sync.reset();
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
    m_sync = std::make_unique<SyncService>(*m_database);
    m_mainWindow = std::make_unique<MainWindow>(*m_store, m_database->path());
    m_mainWindow->setSyncService(m_sync.get());
    connect(m_mainWindow.get(), &MainWindow::lockRequested, this, &AppController::lock,
            Qt::QueuedConnection);
    connect(m_mainWindow.get(), &MainWindow::preferencesChanged, this,
            &AppController::applyPreferences);
    if (AppSettings::canonicalPath(m_database->path()) == m_lockedPath)
        m_mainWindow->restorePlace(m_lockedPlace);
    m_mainWindow->setIdleWatcher(m_idle);
    applyPreferences();
    m_mainWindow->show();
    m_mainWindow->activateWindow();
    m_unlockWindow->hide();
    emit unlockedChanged(true);
}

void AppController::applyPreferences()
{
    m_idle->setTimeoutMs(qint64(AppSettings::autoLockSeconds()) * 1000);
}

void AppController::lock()
{
    if (!m_mainWindow)
        return;
    m_idle->setTimeoutMs(0);
    // Nothing typed is lost: the open card saves its editors before the window goes.
    m_mainWindow->commitPendingEdits();
    m_lockedPath = AppSettings::canonicalPath(m_database->path());
    m_lockedPlace = m_mainWindow->place();
    // Show the unlock window first so the app never has zero windows (it would quit).
    m_unlockWindow->setDatabasePath(m_lockedPath);
    m_unlockWindow->reset();
    m_unlockWindow->show();
    m_unlockWindow->activateWindow();
    closeSession();
    emit unlockedChanged(false);
}

} // namespace baza::ui
