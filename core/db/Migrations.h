#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace baza::db {

// The schema version this build writes. A file with a higher PRAGMA user_version was written by
// a newer Baza and is refused untouched.
int latestSchemaVersion();

// Brings the schema from its current version up to `target` in one transaction.
Status migrate(QSqlDatabase& db, int target = latestSchemaVersion());

// PRAGMA user_version of the connection's main database.
Result<int> readSchemaVersion(QSqlDatabase& db);

// A bulk load (the first sync of a large dataset into a nearly empty file) drops the indexes that
// only serve reading and whose order is not the order rows arrive in (names, cities, e-mail
// addresses, tags), and builds them again at the end: one sort per index costs less than
// rewriting their scattered pages at every commit (about a tenth of a first sync). Their CREATE
// statements wait in meta ('deferred_indexes'), written in the same transaction as the drop, so a
// process that dies in between gets them back when the file is next opened (Database::open restores
// them before anything else reads it). Each runs in its own transaction; neither may be called
// inside one.
Status deferReadIndexes(QSqlDatabase& db);
// Builds the deferred indexes again, if any (a no-op otherwise).
Status restoreDeferredIndexes(QSqlDatabase& db);
// Whether indexes are deferred in this file.
bool indexesDeferred(QSqlDatabase& db);

} // namespace baza::db
