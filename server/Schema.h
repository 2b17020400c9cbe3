#pragma once

#include "core/common/Result.h"
#include "server/Pg.h"

namespace baza::server {

// The server's PostgreSQL schema, versioned: `init` applies the missing steps in one
// transaction under an advisory lock, so running it twice (or on two hosts) is harmless.
inline constexpr int ServerSchemaVersion = 4;

// Creates or upgrades the schema (to `target`: tests stop at older versions to check upgrades);
// returns the version the database is at afterwards.
Result<int> initSchema(PgConnection& conn, int target = ServerSchemaVersion);
// The version the database is at (0 for an empty database).
Result<int> schemaVersion(PgConnection& conn);

} // namespace baza::server
