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

// Opens an existing database with a derived key on a worker: a file from an older Baza is
// upgraded there (schema 9 copies the search index, about 47 s for a million contacts), so the
// window stays responsive. The worker's connection is released as for createDatabaseAsync.
QFuture<CreateOutcome> openDatabaseAsync(const QString& path, db::SecretKey key);

} // namespace baza::ui
