#pragma once

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

class MainWindow;
class UnlockWindow;

// Owns the session: the unlock window while locked; the database, its store and the main window
// while unlocked. Locking drops all three, so the key leaves memory with the database.
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
    bool isUnlocked() const { return m_mainWindow != nullptr; }

    void lock();

signals:
    void unlockedChanged(bool unlocked);

private:
    void openSession();

    std::unique_ptr<UnlockWindow> m_unlockWindow;
    // Declared in dependency order: the window uses the store, the store uses the database.
    std::unique_ptr<db::Database> m_database;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace baza::ui
