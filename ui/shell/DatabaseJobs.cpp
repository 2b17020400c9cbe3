#include "ui/shell/DatabaseJobs.h"

#include <QtConcurrent/QtConcurrentRun>

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

} // namespace baza::ui
