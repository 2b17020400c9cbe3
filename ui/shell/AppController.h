#pragma once

#include "ui/shell/MainWindow.h"

#include <QObject>
#include <QString>

#include <memory>

namespace baza::db {
class Database;
}
namespace baza::store {
class Store;
}

namespace baza::ui {

class IdleWatcher;
class SyncService;
class UnlockWindow;

// Owns the session: the unlock window while locked; the database, its store and the main window
// while unlocked. Locking (Ctrl+L, or after the idle time of the preferences) drops all three,
// so the key leaves memory with the database; unlocking the same file again returns to the
// section and card the user was in.
class AppController final : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // Shows the unlock window, with `databasePath` preselected when given.
    void start(const QString& databasePath = QString());

    UnlockWindow* unlockWindow() const { return m_unlockWindow.get(); }
    MainWindow* mainWindow() const { return m_mainWindow.get(); }
    // Team sync of the open database (nullptr while locked).
    SyncService* syncService() const { return m_sync.get(); }
    IdleWatcher* idleWatcher() const { return m_idle; }
    bool isUnlocked() const { return m_mainWindow != nullptr; }

    void lock();

signals:
    void unlockedChanged(bool unlocked);

private:
    void openSession();
    void applyPreferences();
    // Drops the window, the sync worker, the store and the database, in the order they
    // depend on each other (the sync worker lets go of the database before it closes).
    void closeSession();

    std::unique_ptr<UnlockWindow> m_unlockWindow;
    IdleWatcher* m_idle = nullptr;
    // Where the user was when the session locked, and in which file.
    QString m_lockedPath;
    MainWindow::Place m_lockedPlace;
    // Declared in dependency order: the window uses the store and the sync service, both use
    // the database.
    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace baza::ui
