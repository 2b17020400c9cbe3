#include "ui/shell/DatabaseJobs.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace baza::ui {

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
    return QtConcurrent::run([path, passphrase]() {
        CreateOutcome outcome;
        auto created = db::Database::create(path, passphrase);
        if (created) {
            outcome.database = std::move(*created);
            outcome.database->releaseThreadConnection();
        } else {
            outcome.error = created.error();
        }
        return outcome;
    });
}

QFuture<CreateOutcome> openDatabaseAsync(const QString& path, db::SecretKey key)
{
    // The key moves into the job; a shared pointer because the job's callable is copied.
    auto held = std::make_shared<db::SecretKey>(std::move(key));
    return QtConcurrent::run([path, held]() {
        CreateOutcome outcome;
        auto opened = db::Database::openWithKey(path, std::move(*held));
        if (opened) {
            outcome.database = std::move(*opened);
            outcome.database->releaseThreadConnection();
        } else {
            outcome.error = opened.error();
        }
        return outcome;
    });
}

} // namespace baza::ui
