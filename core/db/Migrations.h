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

} // namespace baza::db
