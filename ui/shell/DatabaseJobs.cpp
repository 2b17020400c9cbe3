#include "ui/shell/DatabaseJobs.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace baza::ui {

namespace {

// The worker's connection is released, so the thread that takes the database opens its own.
CreateOutcome handOver(Result<std::unique_ptr<db::Database>> result)
{
    CreateOutcome outcome;
    if (result) {
        outcome.database = std::move(*result);
        outcome.database->releaseThreadConnection();
    } else {
        outcome.error = result.error();
    }
    return outcome;
}

} // namespace

QFuture<KeyOutcome> deriveKeyAsync(const QString& path, const QString& passphrase)
{
    return QtConcurrent::run([path, passphrase]() {
        KeyOutcome outcome;
        auto derived = db::Database::deriveKeyFor(path, passphrase);
        if (derived)
            outcome.key = std::move(*derived);
        else
            outcome.error = derived.error();
        return outcome;
    });
}

QFuture<CreateOutcome> createDatabaseAsync(const QString& path, const QString& passphrase)
{
    return QtConcurrent::run(
        [path, passphrase]() { return handOver(db::Database::create(path, passphrase)); });
}

QFuture<CreateOutcome> openDatabaseAsync(const QString& path, db::SecretKey key)
{
    // The key moves into the job; a shared pointer because the job's callable is copied.
    auto held = std::make_shared<db::SecretKey>(std::move(key));
    return QtConcurrent::run(
        [path, held]() { return handOver(db::Database::openWithKey(path, std::move(*held))); });
}

} // namespace baza::ui
