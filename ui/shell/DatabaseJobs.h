#pragma once

#include "core/common/Result.h"
#include "core/db/Database.h"
#include "core/db/SecretKey.h"

#include <QFuture>
#include <QString>

#include <memory>

namespace baza::ui {

// What a key derivation on a worker thread hands back. Move-only: take it with
// QFuture::takeResult().
struct KeyOutcome
{
    db::SecretKey key;
    Error error;
};

struct CreateOutcome
{
    std::unique_ptr<db::Database> database;
    Error error;
};

// Argon2id takes a few hundred milliseconds and a lot of memory: never on the UI thread.
QFuture<KeyOutcome> deriveKeyAsync(const QString& path, const QString& passphrase);

// Creates a new database on a worker; the worker's own connection is released before returning,
// so the caller's thread opens its own.
QFuture<CreateOutcome> createDatabaseAsync(const QString& path, const QString& passphrase);

} // namespace baza::ui
