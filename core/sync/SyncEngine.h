#pragma once

#include "core/common/Result.h"
#include "core/sync/Protocol.h"
#include "core/sync/SyncClient.h"
#include "core/sync/SyncRequest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <random>

class QNetworkAccessManager;
class QThread;

namespace baza::store {
class Store;
}

namespace baza::sync {

class PullFetcher;

enum class SyncState {
    NotConnected, // no server configured
    Synced,       // the last sync succeeded and nothing is pending
    Syncing,
    Offline, // the network or the server is unreachable; changes are queued
    Error,   // needs the user: sign in again, certificate changed, update Baza
};

struct SyncStatus
{
    SyncState state = SyncState::NotConnected;
    qint64 pending = 0;
    QDateTime lastSync; // UTC, last successful sync
    QString server;
    QString user; // the login name
    QString role; // admin, manager, sales
    QString organization;
    QString pinnedFingerprint;    // a self-signed server's certificate the user trusted
    QString error;                // readable, for Offline and Error
    QString presentedFingerprint; // Error because of an untrusted certificate
};

// What connecting needs; the password is used once for login and never stored.
struct ConnectRequest
{
    QUrl url;
    QString organization;
    QString user;
    QString password;
    QString trustFingerprint; // a self-signed server's SHA-256, confirmed by the user
};

// The client engine: logs in, pushes the outbox and pulls in pages, in the background (after
// local changes, debounced, and on a timer), with exponential backoff and jitter after failures,
// resuming when the network comes back or the machine wakes. Lives on the thread of its Store;
// the desktop runs it on a worker thread. Pulled pages are fetched and decoded on a thread of
// their own (PullFetcher) and written on this one. Token and settings stay in the encrypted
// database.
class SyncEngine final : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(store::Store& store, QObject* parent = nullptr);
    ~SyncEngine() override;

    bool isConnected() const;
    SyncStatus status() const;
    const SyncCounts& lastCounts() const { return m_client.counts(); }

    // Tests: trust this CA besides the system store; shorter timeouts and delays.
    void setExtraCaCertificates(const QList<QSslCertificate>& certs) { m_extraCa = certs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Background sync: after local changes (debounced) and every `intervalMs`.
    void setAutomatic(bool on, int intervalMs = 60000, int debounceMs = 2000);
    // Changes per pulled page (DefaultPullLimit; tests use small pages to exercise paging).
    void setPullLimit(int limit) { m_pullLimit = std::clamp(limit, 1, MaxPullLimit); }

public slots:
    void connectToServer(const baza::sync::ConnectRequest& request);
    void syncNow();
    void disconnectFromServer();
    // Something changed in the database: sync soon (debounced) when there is something to send.
    void localChange();
    void abort();

signals:
    void statusChanged(const baza::sync::SyncStatus& status);
    void connectFinished(bool ok, const QString& error, const QString& presentedFingerprint);
    void syncFinished(bool ok, const QString& error);
    void logMessage(const QString& line);
    // A pulled page arrived and waits to be written (tests cancel at this point).
    void pageReceived();

private:
    Endpoint endpoint() const;
    void startRequest(const QByteArray& verb, const QString& path, const QByteArray& body,
                      void (SyncEngine::*handler)(SyncRequest*));
    // Timer, debounce and backoff: not while stopped by an error only the user can fix.
    void autoSync();
    void pushNext();
    void onPushed(SyncRequest* request);
    // Pages are fetched and decoded by a PullFetcher on a thread of its own and written here.
    void pullNext();
    void stopFetching();
    void onFetched(PullResponse page, bool more, quint64 round);
    void applyPulled(PullResponse page, bool more, quint64 round);
    void onLoggedIn(SyncRequest* request);
    void finishSync(const Error& error);
    void scheduleRetry();
    void setState(SyncState state, const QString& error = QString());
    void readIdentity();
    void onTick();
    void onReachability(bool online);

    store::Store& m_store;
    QNetworkAccessManager* m_network;
    SyncClient m_client;
    QPointer<SyncRequest> m_request;
    PushRequest m_sent;
    ConnectRequest m_connecting;
    QList<QSslCertificate> m_extraCa;
    int m_timeoutMs = 30000;
    bool m_busy = false;
    int m_pullLimit = DefaultPullLimit;
    quint64 m_round = 0;        // counts finished syncs: a page queued for writing belongs to one
    bool m_pagePending = false; // a pulled page waits in the event queue to be written
    bool m_pulling = false;     // the fetcher is asked for pages of this round
    QThread* m_fetchThread = nullptr;
    PullFetcher* m_fetcher = nullptr; // lives on m_fetchThread
    bool m_again = false;
    ErrorCode m_lastError = ErrorCode::Ok; // of the last failed sync, for autoSync
    QString m_clockProblem; // this round: the server is waiting for this computer's clock
    SyncStatus m_status;
    QTimer m_debounce;
    QTimer m_interval;
    QTimer m_retry;
    QTimer m_tick;
    QDateTime m_lastTick;
    QDateTime m_started; // of the running sync, for the sync log
    int m_failures = 0;
    std::mt19937 m_random;
};

} // namespace baza::sync

Q_DECLARE_METATYPE(baza::sync::SyncStatus)
Q_DECLARE_METATYPE(baza::sync::ConnectRequest)
