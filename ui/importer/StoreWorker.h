#pragma once

#include "core/db/Database.h"
#include "core/store/Store.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace baza::ui {

// Runs `work(Store&)` on a pool thread with a Store of its own on that thread's connection
// (Database::connection() is per thread), and releases the connection before the thread goes
// back to the pool. `work` returns a plain value struct (errors inside it as text), so the
// future can hand it over whatever it holds.
template <typename Outcome, typename Work>
QFuture<Outcome> runWithStore(db::Database& database, Work work)
{
    return QtConcurrent::run([&database, work]() -> Outcome {
        Outcome outcome;
        {
            store::Store store(database);
            if (Status s = store.initialize(); !s)
                outcome.error = s.message();
            else
                outcome = work(store);
        }
        database.releaseThreadConnection();
        return outcome;
    });
}

} // namespace baza::ui
