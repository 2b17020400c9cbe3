#pragma once

#include "server/Accounts.h"
#include "server/ApiReply.h"
#include "server/Pg.h"

#include <QJsonObject>

namespace baza::server {

// The sync endpoints' logic: validation, permissions, per-field last-writer-wins, the gap-free
// version cursor and visibility-filtered pulls. Stateless: everything lives in PostgreSQL.
class SyncService
{
public:
    SyncService(PgPool& pool, qint64 maxClockSkewMs);

    ApiReply push(const Session& session, const QJsonObject& body);
    ApiReply pull(const Session& session, qint64 cursor, int limit);

private:
    PgPool& m_pool;
    qint64 m_maxSkewMs;
};

// Helpers shared by push and pull.
QByteArray jsonText(const QJsonArray& a);                             // a list as JSON (jsonb)
qint64 lockKey(const QString& a, const QString& b, const QString& c); // stable 64-bit key
QString uuidArray(const QStringList& ids);                            // {a,b,c} for $n::uuid[]

} // namespace baza::server
