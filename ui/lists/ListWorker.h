#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>

#include <functional>

namespace baza::db {
class Database;
}

namespace baza::ui {

// One thread with its own database connection for the slow reads of the list views: id lists
// of a million rows, sorts without an index, segment counts. Jobs run one after another in the
// order posted; a job's answer goes back to a receiver on the UI thread and is dropped if the
// receiver is gone by then. Stopping (the destructor) waits for the running job and closes the
// connection on the worker thread, before the Database can go away.
class ListWorker final : public QObject
{
    Q_OBJECT
public:
    explicit ListWorker(db::Database& database, QObject* parent = nullptr);
    ~ListWorker() override;

    // Runs `job` on the worker with its connection; `job` returns a function that is then
    // called on `receiver`'s thread, unless `receiver` was destroyed meanwhile.
    void post(QObject* receiver, std::function<std::function<void()>(QSqlDatabase)> job);

private:
    db::Database& m_database;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; jobs are queued to it
};

} // namespace baza::ui
