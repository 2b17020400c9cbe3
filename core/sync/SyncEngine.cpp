#include "core/sync/SyncEngine.h"

#include "core/store/Store.h"
#include "core/sync/PullFetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QThread>
#include <QThreadPool>

namespace baza::sync {

namespace {

constexpr int MaxBackoffMs = 5 * 60 * 1000;
constexpr int TickMs = 30 * 1000;

} // namespace

SyncEngine::SyncEngine(store::Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(new QNetworkAccessManager(this))
    , m_client(store)
    , m_random(std::random_device{}())
{
    qRegisterMetaType<SyncStatus>();
    qRegisterMetaType<ConnectRequest>();
    m_network->setAutoDeleteReplies(false);
    m_debounce.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::autoSync);
    connect(&m_interval, &QTimer::timeout, this, &SyncEngine::autoSync);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::autoSync);
    connect(&m_tick, &QTimer::timeout, this, &SyncEngine::onTick);
    readIdentity();
    m_status.lastSync =
        QDateTime::fromString(m_store.syncValue(QStringLiteral("last_sync")), Qt::ISODateWithMs);
    m_status.state = isConnected() ? SyncState::Synced : SyncState::NotConnected;
    if (auto pending = m_store.pendingChangeCount())
        m_status.pending = *pending;
}

SyncEngine::~SyncEngine()
{
    if (m_fetchThread) {
        // The fetcher stops (its request dropped) and is deleted on its thread as it ends.
        stopFetching();
        m_fetchThread->quit();
        m_fetchThread->wait();
    }
}

bool SyncEngine::isConnected() const
{
    return !m_store.syncValue(QStringLiteral("token")).isEmpty();
}

SyncStatus SyncEngine::status() const
{
    return m_status;
}

void SyncEngine::setAutomatic(bool on, int intervalMs, int debounceMs)
{
    m_debounce.setInterval(debounceMs);
    if (!on) {
        m_interval.stop();
        m_tick.stop();
        return;
    }
    m_interval.start(intervalMs);
    m_lastTick = QDateTime::currentDateTimeUtc();
    m_tick.start(TickMs);
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (QNetworkInformation* info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability r) {
                        onReachability(r == QNetworkInformation::Reachability::Online ||
                                       r == QNetworkInformation::Reachability::Site);
                    });
        }
    }
}

Endpoint SyncEngine::endpoint() const
{
    Endpoint e;
    e.base = QUrl(m_store.syncValue(QStringLiteral("url")));
    e.token = m_store.syncValue(QStringLiteral("token"));
    e.pinnedFingerprint = m_store.syncValue(QStringLiteral("fingerprint"));
    e.extraCaCertificates = m_extraCa;
    e.timeoutMs = m_timeoutMs;
    return e;
}

void SyncEngine::setState(SyncState state, const QString& error)
{
    m_status.state = state;
    m_status.error = error;
    readIdentity();
    if (auto pending = m_store.pendingChangeCount())
        m_status.pending = *pending;
    emit statusChanged(m_status);
}

void SyncEngine::readIdentity()
{
    m_status.server = m_store.syncValue(QStringLiteral("url"));
    m_status.user = m_store.syncValue(QStringLiteral("user"));
    m_status.role = m_store.syncValue(QStringLiteral("role"));
    m_status.organization = m_store.syncValue(QStringLiteral("organization"));
    m_status.pinnedFingerprint = m_store.syncValue(QStringLiteral("fingerprint"));
}

void SyncEngine::startRequest(const QByteArray& verb, const QString& path, const QByteArray& body,
                              void (SyncEngine::*handler)(SyncRequest*))
{
    Endpoint e = endpoint();
    if (handler == &SyncEngine::onLoggedIn) {
        e.base = m_connecting.url;
        e.token.clear();
        e.pinnedFingerprint = m_connecting.trustFingerprint;
    }
    auto* request = new SyncRequest(m_network, e, verb, path, body, this);
    m_request = request;
    connect(request, &SyncRequest::finished, this, [this, request, handler] {
        request->deleteLater();
        m_status.presentedFingerprint = request->presentedFingerprint();
        (this->*handler)(request);
    });
    request->start();
}

void SyncEngine::connectToServer(const ConnectRequest& request)
{
    if (m_busy) {
        emit connectFinished(false, tr("A sync is running; try again in a moment."), {});
        return;
    }
    m_connecting = request;
    if (!request.trustFingerprint.isEmpty() &&
        normalizeFingerprint(request.trustFingerprint).isEmpty()) {
        emit connectFinished(false,
                             tr("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits).")
                                 .arg(request.trustFingerprint),
                             {});
        return;
    }
    m_busy = true;
    setState(SyncState::Syncing);
    emit logMessage(tr("Signing in to %1 as %2…").arg(request.url.toString(), request.user));
    startRequest("POST", QStringLiteral("/api/v1/login"),
                 encode(LoginRequest{request.organization, request.user, request.password,
                                     m_store.deviceId()}),
                 &SyncEngine::onLoggedIn);
    m_connecting.password.clear(); // used once, kept nowhere
}

void SyncEngine::onLoggedIn(SyncRequest* request)
{
    m_busy = false;
    Error error = request->error();
    Result<LoginResponse> login = error.code == ErrorCode::Ok
                                      ? decodeLoginResponse(request->responseBody())
                                      : Result<LoginResponse>(error);
    // Signing in again to the same account (an expired session, after a disconnect) keeps the
    // sync position; another server, organization or user starts over.
    const bool sameAccount =
        login && m_store.syncValue(QStringLiteral("url")) == m_connecting.url.toString() &&
        m_store.syncValue(QStringLiteral("organization_id")) == login->organizationId &&
        m_store.syncValue(QStringLiteral("user_id")) == login->userId;
    const QString cursor = m_store.syncValue(QStringLiteral("cursor"));
    const QString acked = m_store.syncValue(QStringLiteral("acked_seq"));
    Status s =
        login ? m_store.adoptServerIdentity(login->userId, login->users) : Status(login.error());
    if (s && sameAccount) {
        s = m_store.setSyncValues(
            {{QStringLiteral("cursor"), cursor.isEmpty() ? QVariant() : QVariant(cursor)},
             {QStringLiteral("acked_seq"), acked.isEmpty() ? QVariant() : QVariant(acked)}});
    }
    if (s) {
        s = m_store.setSyncValues(
            {{QStringLiteral("url"), m_connecting.url.toString()},
             {QStringLiteral("organization"), m_connecting.organization},
             {QStringLiteral("user"), m_connecting.user},
             {QStringLiteral("user_id"), login->userId},
             {QStringLiteral("role"), login->role},
             {QStringLiteral("organization_id"), login->organizationId},
             {QStringLiteral("token"), login->token},
             {QStringLiteral("token_expires"), login->expiresAt.toString(Qt::ISODateWithMs)},
             {QStringLiteral("fingerprint"),
              m_connecting.trustFingerprint.isEmpty()
                  ? QVariant()
                  : QVariant(normalizeFingerprint(m_connecting.trustFingerprint))}});
    }
    if (!s) {
        // A failed sign-in while connected (the session ended) leaves the old session stopped.
        setState(isConnected() ? SyncState::Error : SyncState::NotConnected, s.message());
        emit logMessage(s.message());
        emit connectFinished(false, s.message(), request->presentedFingerprint());
        return;
    }
    m_failures = 0;
    emit logMessage(tr("Connected as %1 (%2).").arg(m_connecting.user, login->role));
    setState(SyncState::Synced);
    emit connectFinished(true, {}, {});
}

void SyncEngine::disconnectFromServer()
{
    abort();
    if (isConnected()) {
        // Best effort: the server forgets the session; the reply is not awaited.
        auto* logout = new SyncRequest(m_network, endpoint(), "POST",
                                       QStringLiteral("/api/v1/logout"), "{}", m_network);
        connect(logout, &SyncRequest::finished, logout, &QObject::deleteLater);
        logout->start();
    }
    Status s = m_store.setSyncValues({{QStringLiteral("token"), QVariant()},
                                      {QStringLiteral("token_expires"), QVariant()},
                                      {QStringLiteral("fingerprint"), QVariant()}});
    emit logMessage(s ? tr("Disconnected from the server; changes stay on this computer.")
                      : s.message());
    setState(SyncState::NotConnected);
}

void SyncEngine::localChange()
{
    auto pending = m_store.pendingChangeCount();
    if (!pending)
        return;
    // Pulled changes land here too (nothing to send then): no round trip for them.
    if (*pending > 0 && isConnected() && m_debounce.interval() > 0)
        m_debounce.start();
    if (*pending != m_status.pending) {
        m_status.pending = *pending;
        emit statusChanged(m_status);
    }
}

void SyncEngine::abort()
{
    m_retry.stop();
    if (m_busy && (m_pagePending || m_pulling)) {
        // Pulling (on the fetcher's thread), or a page received but not written yet: the sync
        // ends here, as cancelled. Pages not written are dropped (their round is over) and
        // asked for again next time.
        finishSync(
            Error::make(ErrorCode::Cancelled, QCoreApplication::translate("baza::sync::SyncRequest",
                                                                          "Sync was cancelled.")));
        return;
    }
    if (m_request)
        m_request->abort();
}

void SyncEngine::syncNow()
{
    if (!isConnected()) {
        emit syncFinished(false, tr("Not connected to a server."));
        return;
    }
    if (m_busy) {
        m_again = true; // one more round after this one
        return;
    }
    m_busy = true;
    m_again = false;
    m_clockProblem.clear();
    m_retry.stop();
    m_started = QDateTime::currentDateTimeUtc();
    m_client.resetCounts();
    setState(SyncState::Syncing);
    pushNext();
}

void SyncEngine::autoSync()
{
    // A changed certificate or a server that needs a newer Baza fails the same way every time;
    // only the user's own Sync now, a new sign-in, a wake-up or another network retries. (An
    // ended session or a rate limit are retried by the timer: the latter passes by itself.)
    if (m_status.state == SyncState::Error && m_clockProblem.isEmpty() &&
        (m_lastError == ErrorCode::Certificate || m_lastError == ErrorCode::Protocol ||
         m_lastError == ErrorCode::Usage))
        return;
    syncNow();
}

void SyncEngine::pushNext()
{
    auto next = m_client.nextPush(MaxPushChanges);
    if (!next) {
        finishSync(next.error());
        return;
    }
    m_sent = *next;
    if (m_sent.changes.isEmpty()) {
        pullNext();
        return;
    }
    startRequest("POST", QStringLiteral("/api/v1/push"), encode(m_sent), &SyncEngine::onPushed);
}

void SyncEngine::onPushed(SyncRequest* request)
{
    if (!request->ok()) {
        finishSync(request->error());
        return;
    }
    auto response = decodePushResponse(request->responseBody());
    if (!response) {
        finishSync(response.error());
        return;
    }
    if (Status s = m_client.handlePushResponse(m_sent, *response); !s) {
        finishSync(s.error());
        return;
    }
    if (response->ackedDeviceSeq < m_sent.changes.last().deviceSeq &&
        m_client.counts().clockAheadMs > 0) {
        // The rest waits for real time to catch up with this computer's clock; meanwhile
        // everyone else's changes still come in.
        const int minutes = int((m_client.counts().clockAheadMs + 59999) / 60000);
        m_clockProblem =
            tr("This computer's clock is about %n minute(s) ahead of the server's, so the server "
               "cannot accept its latest changes yet. They stay queued and are sent when the "
               "server's time catches up. Set this computer's time correctly (automatic time) so "
               "that new changes are not held back.",
               "", minutes);
        pullNext();
        return;
    }
    if (response->ackedDeviceSeq < m_sent.changes.last().deviceSeq) {
        // The server settled only part of the page (it may be shutting down): retry later
        // rather than loop on it.
        finishSync(Error::make(ErrorCode::Network,
                               tr("The server accepted only part of the changes; retrying.")));
        return;
    }
    pushNext();
}

void SyncEngine::pullNext()
{
    if (!m_fetcher) {
        m_fetchThread = new QThread(this);
        m_fetchThread->setObjectName(QStringLiteral("baza-pull"));
        PullFetcher::Receiver receiver;
        receiver.context = this;
        receiver.page = [this](PullResponse page, bool more, quint64 round) {
            onFetched(std::move(page), more, round);
        };
        receiver.failed = [this](const Error& error, const QString& presented, quint64 round) {
            if (round != m_round)
                return;
            m_status.presentedFingerprint = presented;
            finishSync(error);
        };
        m_fetcher = new PullFetcher(std::move(receiver));
        m_fetcher->moveToThread(m_fetchThread);
        connect(m_fetchThread, &QThread::finished, m_fetcher, &QObject::deleteLater);
        m_fetchThread->start();
    }
    m_pulling = true;
    QMetaObject::invokeMethod(
        m_fetcher,
        [f = m_fetcher, e = endpoint(), cursor = m_client.cursor(), limit = m_pullLimit,
         round = m_round] { f->start(e, cursor, limit, round); },
        Qt::QueuedConnection);
}

void SyncEngine::stopFetching()
{
    if (!m_pulling)
        return;
    m_pulling = false;
    QMetaObject::invokeMethod(
        m_fetcher, [f = m_fetcher] { f->stop(); }, Qt::QueuedConnection);
}

void SyncEngine::onFetched(PullResponse page, bool more, quint64 round)
{
    if (round != m_round)
        return; // the sync ended meanwhile: the page is asked for again next time
    // The page is written from the event loop, so that a cancel already queued comes first.
    m_pagePending = true;
    emit pageReceived();
    QMetaObject::invokeMethod(
        this,
        [this, page = std::move(page), more, round]() mutable {
            applyPulled(std::move(page), more, round);
        },
        Qt::QueuedConnection);
}

void SyncEngine::applyPulled(PullResponse page, bool more, quint64 round)
{
    if (round != m_round)
        return; // the sync ended meanwhile (cancelled): the page is asked for again next time
    m_pagePending = false;
    const Status s = m_client.handlePullResponse(page);
    // Freeing a page of thousands of changes is a few percent of a first sync: a worker does it.
    QThreadPool::globalInstance()->start([spent = std::move(page.changes)] {});
    if (!s) {
        finishSync(s.error()); // stops the fetching; the cursor stays where it was
        return;
    }
    if (!more) {
        finishSync({});
        return;
    }
    QMetaObject::invokeMethod(
        m_fetcher, [f = m_fetcher, round] { f->written(round); }, Qt::QueuedConnection);
}

void SyncEngine::finishSync(const Error& pullError)
{
    m_busy = false;
    m_pagePending = false;
    stopFetching();
    ++m_round;
    // A first sync's deferred indexes are built now, when it ended for any reason (if this
    // fails, the next open of the file builds them).
    if (Status s = m_client.finishPull(); !s)
        emit logMessage(s.message());
    // A round that pulled fine but left changes waiting for the clock is not a success.
    const Error error = pullError.code == ErrorCode::Ok && !m_clockProblem.isEmpty()
                            ? Error::make(ErrorCode::Conflict, m_clockProblem)
                            : pullError;
    const SyncCounts& c = m_client.counts();
    for (const QString& p : c.problems)
        emit logMessage(p);
    if (error.code != ErrorCode::Cancelled) {
        store::SyncRun run;
        run.startedAt = m_started;
        run.finishedAt = QDateTime::currentDateTimeUtc();
        run.pushed = c.pushed;
        run.pulled = c.pulled;
        run.conflicts = c.conflicts;
        run.stale = c.stale;
        run.rejected = c.rejected;
        run.problems = c.problems;
        run.error = error.code == ErrorCode::Ok ? QString() : error.message;
        if (Status s = m_store.recordSyncRun(run); !s)
            emit logMessage(s.message());
    }
    if (error.code == ErrorCode::Ok) {
        m_failures = 0;
        m_status.lastSync = QDateTime::currentDateTimeUtc();
        (void)m_store.setSyncValues(
            {{QStringLiteral("last_sync"), m_status.lastSync.toString(Qt::ISODateWithMs)}});
        emit logMessage(tr("Synced: %n sent, ", "", c.pushed) + tr("%n received", "", c.pulled) +
                        (c.conflicts ? tr(", %n overwritten", "", c.conflicts) : QString()));
        setState(SyncState::Synced);
        emit syncFinished(true, {});
        if (m_again)
            QTimer::singleShot(0, this, &SyncEngine::syncNow);
        return;
    }
    emit logMessage(error.message);
    m_lastError = error.code;
    const bool needsUser = error.code == ErrorCode::Unauthorized ||
                           error.code == ErrorCode::Certificate ||
                           error.code == ErrorCode::Protocol || error.code == ErrorCode::Usage;
    if (error.code == ErrorCode::Cancelled) {
        setState(SyncState::Offline, error.message);
    } else if (!m_clockProblem.isEmpty()) {
        setState(SyncState::Error, error.message); // the user should fix the clock…
        scheduleRetry();                           // …and it also resolves itself in time
    } else if (needsUser) {
        setState(SyncState::Error, error.message);
    } else {
        setState(SyncState::Offline, error.message);
        scheduleRetry();
    }
    emit syncFinished(false, error.message);
}

void SyncEngine::scheduleRetry()
{
    // 1 s, 2 s, 4 s … up to 5 minutes, ±25 % so that many desktops do not retry in step.
    ++m_failures;
    const qint64 base = std::min<qint64>(MaxBackoffMs, 1000LL << std::min(m_failures - 1, 20));
    std::uniform_real_distribution<double> jitter(0.75, 1.25);
    m_retry.start(int(double(base) * jitter(m_random)));
}

void SyncEngine::onTick()
{
    // A machine that slept sees a jump in wall time between ticks: sync at once on wake.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool woke = m_lastTick.isValid() && m_lastTick.msecsTo(now) > 4 * TickMs;
    m_lastTick = now;
    if (woke && isConnected()) {
        m_failures = 0;
        syncNow(); // another network, perhaps: worth a try even after an error
    }
}

void SyncEngine::onReachability(bool online)
{
    if (!isConnected())
        return;
    if (online) {
        m_failures = 0;
        syncNow(); // a hotel network's intercepting proxy is gone, perhaps: try even after an error
    } else {
        abort();
        setState(SyncState::Offline, tr("No network connection; changes are kept and sent later."));
    }
}

} // namespace baza::sync
