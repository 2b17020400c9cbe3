#include "ui/lists/ListWorker.h"

#include "core/db/Database.h"

#include <QMetaObject>

namespace baza::ui {

ListWorker::ListWorker(db::Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("baza-lists"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

ListWorker::~ListWorker()
{
    // Runs after every job already queued; the connection belongs to the worker thread.
    QMetaObject::invokeMethod(
        m_context, [this]() { m_database.releaseThreadConnection(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ListWorker::post(QObject* receiver, std::function<std::function<void()>(QSqlDatabase)> job)
{
    // The guard is only read on this (the UI) thread: the answer comes back through the worker
    // object, which outlives every job, and is dropped there if the receiver is gone.
    QPointer<QObject> guard(receiver);
    QMetaObject::invokeMethod(
        m_context,
        [this, guard, job = std::move(job)]() {
            std::function<void()> answer = job(m_database.connection());
            if (!answer)
                return;
            QMetaObject::invokeMethod(
                this,
                [guard, answer = std::move(answer)]() {
                    if (guard)
                        answer();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace baza::ui
