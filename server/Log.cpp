#include "server/Log.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <cstdio>
#include <mutex>

namespace baza::server {

namespace {
std::atomic<bool> g_enabled{true};
std::mutex g_mutex;
} // namespace

void setLogEnabled(bool on)
{
    g_enabled = on;
}

void logEvent(const char* level, const QString& event, QJsonObject fields)
{
    if (!g_enabled)
        return;
    fields.insert(QStringLiteral("ts"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), QLatin1String(level));
    fields.insert(QStringLiteral("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::lock_guard lock(g_mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace baza::server
