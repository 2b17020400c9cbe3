#pragma once

#include "core/common/Result.h"
#include "server/Pg.h"

#include <QString>

namespace baza::server {

// baza-server's configuration file: `key = value` lines, `#` comments. Secrets never live on a
// command line: the database password comes from `database_password_file`, the environment
// (BAZA_DB_PASSWORD, or libpq's own PGPASSWORD/PGPASSFILE) or the conninfo's passfile.
struct ServerConfig
{
    QString listen = QStringLiteral("127.0.0.1");
    int port = 8443;
    bool tls = true; // off only behind a TLS-terminating proxy on loopback (see docs/server.md)
    QString tlsCert;
    QString tlsKey;
    PgSettings database;
    int threads = 64;       // HTTP worker threads (each keep-alive connection holds one)
    int dbConnections = 16; // PostgreSQL connections shared by the workers
    qint64 maxRequestBytes = 8LL * 1024 * 1024; // as received (possibly compressed)
    qint64 maxBodyBytes = 32LL * 1024 * 1024;   // after gunzip
    int tokenTtlHours = 24 * 30;
    int maxClockSkewSeconds = 300;
    int readTimeoutSeconds = 30;
    int writeTimeoutSeconds = 30;
    int idleTimeoutSeconds = 15;

    static Result<ServerConfig> load(const QString& path);
    // Only what `init`/`add-user` need: the database settings.
    static Result<ServerConfig> parse(const QByteArray& text, const QString& path);
};

} // namespace baza::server
