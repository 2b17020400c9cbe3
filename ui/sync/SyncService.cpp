#include "ui/sync/SyncService.h"

#include "core/db/Database.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QThread>

namespace baza::ui {

SyncService::SyncService(db::Database& database, QObject* parent)
    : SyncService(database, Options{}, parent)
{}

SyncService::SyncService(db::Database& database, const Options& options, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    qRegisterMetaType<sync::SyncStatus>();
    qRegisterMetaType<sync::ConnectRequest>();
    // Loaded here, on the UI thread, so the reachability object outlives every worker thread;
    // the engine only connects to it. Without a backend, the timer and the backoff still retry.
    QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    start(options);
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::start(const Options& options)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(m_database, options);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SyncWorker::statusChanged, this, [this](const sync::SyncStatus& s) {
        m_status = s;
        emit statusChanged(s);
    });
    connect(m_worker, &SyncWorker::connectFinished, this, &SyncService::connectFinished);
    connect(m_worker, &SyncWorker::syncFinished, this, &SyncService::syncFinished);
    connect(m_worker, &SyncWorker::logMessage, this, &SyncService::logMessage);
    m_thread->start();
    // Blocking, for a few milliseconds: the status is known before any window asks for it.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::BlockingQueuedConnection);
    // The initial status was queued to this thread by start(); take it now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

bool SyncService::isConnected() const
{
    return m_status.state != sync::SyncState::NotConnected;
}

void SyncService::connectToServer(const sync::ConnectRequest& request)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request]() { worker->connectToServer(request); },
        Qt::QueuedConnection);
}

void SyncService::disconnectFromServer()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::disconnectFromServer,
                                  Qt::QueuedConnection);
}

void SyncService::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncService::stop()
{
    if (!m_worker)
        return;
    // Whatever the worker still reports is of no interest to a closing session.
    m_worker->disconnect(this);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_status = {};
}

void SyncService::previewStatus(const sync::SyncStatus& status)
{
    m_status = status;
    emit statusChanged(status);
}

// ---- SyncWorker, on the sync thread ----------------------------------------------------------

SyncWorker::SyncWorker(db::Database& database, SyncService::Options options)
    : m_database(database)
    , m_options(std::move(options))
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::start()
{
    m_store = std::make_unique<store::Store>(m_database);
    if (Status s = m_store->initialize(); !s) {
        sync::SyncStatus failed;
        failed.state = sync::SyncState::Error;
        failed.error = s.message();
        emit statusChanged(failed);
        m_store.reset();
        return;
    }
    m_engine = std::make_unique<sync::SyncEngine>(*m_store);
    m_engine->setTimeoutMs(m_options.timeoutMs);
    if (!m_options.extraCaCertificates.isEmpty())
        m_engine->setExtraCaCertificates(m_options.extraCaCertificates);
    connect(m_engine.get(), &sync::SyncEngine::statusChanged, this, &SyncWorker::statusChanged);
    connect(m_engine.get(), &sync::SyncEngine::connectFinished, this,
            [this](bool ok, const QString& error, const QString& fingerprint) {
                emit connectFinished(ok, error, fingerprint);
                if (ok)
                    m_engine->syncNow(); // the first sync: send what is here, fetch the rest
            });
    connect(m_engine.get(), &sync::SyncEngine::syncFinished, this, &SyncWorker::syncFinished);
    connect(m_engine.get(), &sync::SyncEngine::logMessage, this, &SyncWorker::logMessage);
    // Commits of the other Stores of this database (the UI's edits, imports) arrive here as
    // external changes; this Store's own commits are pulled changes, nothing to send.
    connect(m_store.get(), &store::Store::changed, this, [this]() {
        if (m_store->isExternalChange())
            m_engine->localChange();
    });
    m_engine->setAutomatic(true, m_options.intervalMs, m_options.debounceMs);
    emit statusChanged(m_engine->status());
    // Whatever waited while the database was locked or the app closed goes out now.
    if (m_engine->isConnected())
        QMetaObject::invokeMethod(m_engine.get(), &sync::SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncWorker::shutdown()
{
    if (m_engine) {
        m_engine->disconnect(this);
        m_engine->setAutomatic(false);
        m_engine->abort();
    }
    m_engine.reset();
    m_store.reset();
    m_database.releaseThreadConnection();
}

void SyncWorker::connectToServer(const sync::ConnectRequest& request)
{
    if (m_engine)
        m_engine->connectToServer(request);
    else
        emit connectFinished(false, tr("Sync could not start on this database."), {});
}

void SyncWorker::disconnectFromServer()
{
    if (m_engine)
        m_engine->disconnectFromServer();
}

void SyncWorker::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

} // namespace baza::ui
