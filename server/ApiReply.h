#pragma once

#include "core/sync/Protocol.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace baza::server {

// What an endpoint answers: a status and a JSON body (already encoded by the protocol's codecs).
// Errors are always {"error": code, "message": text} with the codes of sync::errors.
struct ApiReply
{
    int status = 200;
    QByteArray body;
    int retryAfterSeconds = 0; // 429 only

    static ApiReply ok(QByteArray json) { return ApiReply{200, std::move(json), 0}; }
    static ApiReply ok(const QJsonObject& o)
    {
        return ok(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    static ApiReply error(int status, const char* code, const QString& message)
    {
        return ApiReply{status, sync::encode(sync::ErrorBody{QLatin1String(code), message}), 0};
    }
};

} // namespace baza::server
