#pragma once

#include "core/sync/SyncEngine.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace baza::db {
class Database;
}

namespace baza::ui {

class SyncWorker;

// Team sync for the open database, seen from the UI thread. The engine runs on a thread of its
// own with its own Store (its own connection): it syncs after changes made anywhere in this
// process (a Store of the database hears the others' commits) and on a timer, with backoff, and
// its pulled changes reach the UI thread's Store the same way, so lists, cards and the board
// refresh. stop() (lock, quit) waits until the worker has let go of the database.
class SyncService final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int intervalMs = 60 * 1000;
        int debounceMs = 2000;
        int timeoutMs = 30 * 1000;
        QList<QSslCertificate> extraCaCertificates; // tests: the fixture's CA
    };

    explicit SyncService(db::Database& database, QObject* parent = nullptr);
    SyncService(db::Database& database, const Options& options, QObject* parent = nullptr);
    // Stops the worker (see stop()).
    ~SyncService() override;

    // The newest status the worker reported (the state at start until it has).
    const sync::SyncStatus& status() const { return m_status; }
    bool isConnected() const;
    bool isRunning() const { return m_worker != nullptr; }

    // The password is handed to the worker once and dropped there after login.
    void connectToServer(const sync::ConnectRequest& request);
    void disconnectFromServer();
    void syncNow();

    // Aborts a running request, destroys the engine and the worker's Store on their thread,
    // releases that thread's connection and ends the thread. Blocks until done (at most the end
    // of a page being applied). Nothing touches the database afterwards.
    void stop();

    // Shows `status` as if the worker had reported it, for screenshots of the sync screens
    // without a server; the worker's next report replaces it.
    void previewStatus(const sync::SyncStatus& status);

signals:
    void statusChanged(const baza::sync::SyncStatus& status);
    void connectFinished(bool ok, const QString& error, const QString& presentedFingerprint);
    void syncFinished(bool ok, const QString& error);
    void logMessage(const QString& line);

private:
    void start(const Options& options);

    db::Database& m_database;
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr;
    sync::SyncStatus m_status;
};

// Lives on the sync thread: owns the Store and the engine there.
class SyncWorker final : public QObject
{
    Q_OBJECT
public:
    SyncWorker(db::Database& database, SyncService::Options options);
    ~SyncWorker() override;

    void start();
    void shutdown();
    void connectToServer(const sync::ConnectRequest& request);
    void disconnectFromServer();
    void syncNow();

signals:
    void statusChanged(const baza::sync::SyncStatus& status);
    void connectFinished(bool ok, const QString& error, const QString& presentedFingerprint);
    void syncFinished(bool ok, const QString& error);
    void logMessage(const QString& line);

private:
    db::Database& m_database;
    SyncService::Options m_options;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

} // namespace baza::ui
