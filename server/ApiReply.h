#pragma once

#include <QJsonObject>
#include <QString>

namespace baza::server {

// What an endpoint answers: a status and a JSON body. Errors are always
// {"error": code, "message": text} with the codes of the sync protocol.
struct ApiReply
{
    int status = 200;
    QJsonObject body;
    int retryAfterSeconds = 0; // 429 only

    static ApiReply ok(QJsonObject body) { return ApiReply{200, std::move(body), 0}; }
    static ApiReply error(int status, const QString& code, const QString& message)
    {
        return ApiReply{
            status,
            QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, 0};
    }
};

} // namespace baza::server
