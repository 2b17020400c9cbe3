#include "server/SyncService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace baza::server {

SyncService::SyncService(PgPool& pool, qint64 maxClockSkewMs)
    : m_pool(pool)
    , m_maxSkewMs(maxClockSkewMs)
{}

QByteArray jsonText(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

qint64 lockKey(const QString& a, const QString& b, const QString& c)
{
    // FNV-1a over the UTF-8 parts: the same key on every server instance.
    quint64 h = 14695981039346656037ULL;
    for (const QString& part : {a, b, c}) {
        for (char ch : part.toUtf8()) {
            h ^= quint8(ch);
            h *= 1099511628211ULL;
        }
        h ^= 0xff;
        h *= 1099511628211ULL;
    }
    return qint64(h);
}

QString uuidArray(const QStringList& ids)
{
    return QStringLiteral("{%1}").arg(ids.join(QLatin1Char(',')));
}

} // namespace baza::server
