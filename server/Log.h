#pragma once

#include <QJsonObject>
#include <QString>

namespace baza::server {

// Structured logs: one JSON object per line on stderr (journald keeps them). Callers pass only
// facts that are safe to keep: never a password, token, key or request body.
void logEvent(const char* level, const QString& event, QJsonObject fields = {});
// Tests and the bench silence the log.
void setLogEnabled(bool on);

} // namespace baza::server
