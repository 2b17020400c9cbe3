#include "server/HttpApi.h"

#include "server/ChangeRules.h"
#include "server/Log.h"
#include "server/Schema.h"

#include "core/sync/Gzip.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <httplib.h>

#include <chrono>

#include <netinet/in.h>
#include <sys/socket.h>

namespace baza::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::server", text);
}

// Per-request facts for the log line, set on the worker thread that handles the request.
thread_local std::chrono::steady_clock::time_point t_started;
thread_local QString t_userId;
thread_local QString t_orgId;

// Answers are gzipped here rather than by cpp-httplib: its level (zlib's default, 6) costs several
// times the CPU of level 1 for a page of records that compresses almost as well either way.
// The content type carries a charset, which keeps cpp-httplib from compressing a second time.
constexpr qsizetype MinGzipBytes = 1024;
constexpr int GzipLevel = 1;

void send(const httplib::Request& req, httplib::Response& res, const ApiReply& reply)
{
    res.status = reply.status;
    if (reply.retryAfterSeconds > 0)
        res.set_header("Retry-After", std::to_string(reply.retryAfterSeconds));
    if (reply.status == 413)
        res.set_header("Connection", "close"); // the unread rest of the body is not parsed
    const char* type = "application/json; charset=utf-8";
    if (reply.body.size() >= MinGzipBytes &&
        req.get_header_value("Accept-Encoding").find("gzip") != std::string::npos) {
        const QByteArray zipped = sync::gzipCompress(reply.body, GzipLevel);
        if (!zipped.isEmpty()) {
            res.set_header("Content-Encoding", "gzip");
            res.set_content(zipped.constData(), size_t(zipped.size()), type);
            return;
        }
    }
    res.set_content(reply.body.constData(), size_t(reply.body.size()), type);
}

ApiReply errorReply(int status, const char* code, const QString& message)
{
    return ApiReply::error(status, code, message);
}

// Reads the (already gunzipped) body, stopping as soon as it exceeds `limit`: a small gzip
// bomb cannot make the server allocate gigabytes.
bool readBody(const httplib::ContentReader& reader, qint64 limit, QByteArray* body, bool* tooLarge)
{
    *tooLarge = false;
    const bool ok = reader([&](const char* data, size_t len) {
        if (body->size() + qint64(len) > limit) {
            *tooLarge = true;
            return false;
        }
        body->append(data, qsizetype(len));
        return true;
    });
    return ok && !*tooLarge;
}

bool protocolOk(const httplib::Request& req)
{
    return req.path.rfind("/api/", 0) != 0 || req.get_header_value("Baza-Protocol") == "1";
}

ApiReply updateRequired()
{
    return errorReply(426, sync::errors::UpdateRequired,
                      tr("This server speaks Baza sync protocol 1; please update Baza to "
                         "synchronise with it."));
}

// Debian's libcpp-httplib 0.11 is compiled with a listen backlog of 5: fifty desktops
// reconnecting at once overflow it and some connections stall. listen() on a listening socket
// only updates its backlog, so the server's own socket is found and given the system maximum.
void widenListenBacklog(int port)
{
    for (int fd = 3; fd < 4096; ++fd) {
        int accepting = 0;
        socklen_t len = sizeof accepting;
        if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &len) != 0 || !accepting)
            continue;
        sockaddr_storage addr{};
        socklen_t alen = sizeof addr;
        if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &alen) != 0)
            continue;
        int boundPort = 0;
        if (addr.ss_family == AF_INET)
            boundPort = ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
        else if (addr.ss_family == AF_INET6)
            boundPort = ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
        if (boundPort == port)
            ::listen(fd, SOMAXCONN);
    }
}

// Reads and discards a body we are not going to use, so the connection stays in step.
void drain(const httplib::ContentReader& reader)
{
    reader([](const char*, size_t) { return true; });
}

} // namespace

HttpApi::HttpApi(const ServerConfig& config, PgPool& pool)
    : m_config(config)
    , m_pool(pool)
    , m_accounts(pool, config.tokenTtlHours)
    , m_sync(pool, qint64(config.maxClockSkewSeconds) * 1000)
{
    if (m_config.tls)
        m_server = std::make_unique<httplib::SSLServer>(m_config.tlsCert.toLocal8Bit().constData(),
                                                        m_config.tlsKey.toLocal8Bit().constData());
    else
        m_server = std::make_unique<httplib::Server>();
    const int threads = m_config.threads;
    m_server->new_task_queue = [threads] {
        return new httplib::ThreadPool(size_t(threads));
    };
    m_server->set_payload_max_length(size_t(m_config.maxRequestBytes));
    m_server->set_read_timeout(m_config.readTimeoutSeconds, 0);
    m_server->set_write_timeout(m_config.writeTimeoutSeconds, 0);
    m_server->set_keep_alive_timeout(m_config.idleTimeoutSeconds);
    m_server->set_keep_alive_max_count(1000);
    // Small JSON answers must not wait for Nagle's algorithm (40 ms with delayed ACKs).
    m_server->set_tcp_nodelay(true);
    routes();
}

HttpApi::~HttpApi() = default;

Status HttpApi::bind()
{
    if (!m_server->is_valid())
        return Error::make(ErrorCode::Io, tr("Cannot load the TLS certificate %1 or key %2.")
                                              .arg(m_config.tlsCert, m_config.tlsKey));
    const std::string host = m_config.listen.toStdString();
    if (m_config.port == 0)
        m_port = m_server->bind_to_any_port(host);
    else if (m_server->bind_to_port(host, m_config.port))
        m_port = m_config.port;
    if (m_port <= 0)
        return Error::make(
            ErrorCode::Io,
            tr("Cannot listen on %1 port %2.").arg(m_config.listen).arg(m_config.port));
    widenListenBacklog(m_port);
    return {};
}

void HttpApi::run()
{
    m_server->listen_after_bind();
}

void HttpApi::stop()
{
    m_server->stop();
}

void HttpApi::routes()
{
    httplib::Server& s = *m_server;
    const bool trustProxy = !m_config.tls; // only on loopback behind nginx (config enforces it)
    auto clientIp = [trustProxy](const httplib::Request& req) {
        if (trustProxy && req.has_header("X-Real-IP") &&
            QHostAddress(QString::fromStdString(req.remote_addr)).isLoopback())
            return QString::fromStdString(req.get_header_value("X-Real-IP")).left(64);
        return QString::fromStdString(req.remote_addr);
    };

    s.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        t_started = std::chrono::steady_clock::now();
        t_userId.clear();
        t_orgId.clear();
        // Requests with a body are checked in their handler, after the body is drained: an
        // unread body would otherwise be parsed as the next request on a keep-alive connection.
        if (req.method == "GET" && !protocolOk(req)) {
            send(req, res, updateRequired());
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });

    s.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty())
            return;
        if (res.status == 413)
            send(req, res,
                 errorReply(413, sync::errors::TooLarge, tr("The request is too large.")));
        else if (res.status == 404)
            send(req, res, errorReply(404, sync::errors::NotFound, tr("No such endpoint.")));
        else
            send(req, res,
                 errorReply(res.status, sync::errors::BadRequest,
                            tr("The request was not understood.")));
    });

    s.set_exception_handler(
        [](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
            send(req, res, errorReply(500, sync::errors::Internal, tr("Internal server error.")));
        });

    s.set_logger([clientIp](const httplib::Request& req, const httplib::Response& res) {
        const auto ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t_started)
                .count();
        // The path only: no query string, headers or bodies (they may carry secrets).
        logEvent(res.status >= 500 ? "error" : "info", QStringLiteral("request"),
                 {{QStringLiteral("method"), QString::fromStdString(req.method)},
                  {QStringLiteral("path"), QString::fromStdString(req.path).left(200)},
                  {QStringLiteral("status"), res.status},
                  {QStringLiteral("ms"), qRound(ms * 10) / 10.0},
                  {QStringLiteral("ip"), clientIp(req)},
                  {QStringLiteral("user"), t_userId},
                  {QStringLiteral("org"), t_orgId},
                  {QStringLiteral("bytes_out"), qint64(res.body.size())}});
    });

    s.Get("/health", [this](const httplib::Request& req, httplib::Response& res) {
        auto lease = m_pool.acquire();
        int version = 0;
        if (lease) {
            auto v = schemaVersion(**lease);
            version = v ? *v : 0;
        }
        if (version != ServerSchemaVersion) {
            send(req, res,
                 errorReply(503, sync::errors::Unavailable,
                            lease ? tr("The database schema is missing or outdated; run "
                                       "baza-server init.")
                                  : tr("The database is unreachable.")));
            return;
        }
        send(req, res,
             ApiReply::ok({{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("protocol"), sync::ProtocolVersion},
                           {QStringLiteral("schema"), version}}));
    });

    const qint64 maxBody = m_config.maxBodyBytes;
    const qint64 maxRequest = m_config.maxRequestBytes;
    auto rawBody = [maxBody, maxRequest](const httplib::Request& req,
                                         const httplib::ContentReader& reader, QByteArray* out,
                                         ApiReply* error) {
        if (QByteArray::fromStdString(req.get_header_value("Content-Length")).toLongLong() >
            maxRequest) {
            *error = errorReply(413, sync::errors::TooLarge, tr("The request is too large."));
            return false;
        }
        bool tooLarge = false;
        if (!readBody(reader, maxBody, out, &tooLarge)) {
            *error =
                tooLarge
                    ? errorReply(413, sync::errors::TooLarge, tr("The request is too large."))
                    : errorReply(400, sync::errors::BadRequest, tr("The request body is broken."));
            return false;
        }
        return true;
    };

    auto authenticate = [this](const httplib::Request& req, Session* session, ApiReply* error) {
        const std::string h = req.get_header_value("Authorization");
        if (h.rfind("Bearer ", 0) != 0) {
            *error = errorReply(401, sync::errors::Unauthorized, tr("Log in first."));
            return false;
        }
        auto found = m_accounts.authenticate(QByteArray::fromStdString(h.substr(7)));
        if (!found) {
            *error = found.code() == ErrorCode::NotFound
                         ? errorReply(401, sync::errors::Unauthorized, found.message())
                         : errorReply(503, sync::errors::Unavailable,
                                      tr("The database is unavailable."));
            return false;
        }
        *session = *found;
        t_userId = found->userId;
        t_orgId = found->organizationId;
        return true;
    };

    s.Post("/api/v1/login", [this, rawBody, clientIp](const httplib::Request& req,
                                                      httplib::Response& res,
                                                      const httplib::ContentReader& reader) {
        ApiReply error;
        if (!protocolOk(req)) {
            drain(reader);
            return send(req, res, updateRequired());
        }
        QByteArray body;
        if (!rawBody(req, reader, &body, &error))
            return send(req, res, error);
        auto login = sync::decodeLoginRequest(body);
        body.fill('\0');
        if (!login || !isValidDeviceId(login->device) || login->organization.size() > 200 ||
            login->user.size() > 200 || login->password.size() > 1024)
            return send(req, res,
                        errorReply(400, sync::errors::BadRequest,
                                   tr("organization, user, password and device are required.")));
        QByteArray password = login->password.toUtf8();
        login->password.fill(QLatin1Char('\0'));
        const QString org = login->organization;
        const QString user = login->user;
        LoginRefusal refusal;
        auto out = m_accounts.login(org, user, password, login->device, clientIp(req), &refusal);
        password.fill('\0');
        if (!out) {
            if (out.code() == ErrorCode::Conflict)
                return send(req, res, errorReply(403, sync::errors::Forbidden, out.message()));
            if (out.code() != ErrorCode::WrongPassphrase)
                return send(
                    req, res,
                    errorReply(503, sync::errors::Unavailable, tr("The database is unavailable.")));
            logEvent("warning", QStringLiteral("login_refused"),
                     {{QStringLiteral("org"), org.left(100)},
                      {QStringLiteral("login"), user.left(100)},
                      {QStringLiteral("ip"), clientIp(req)},
                      {QStringLiteral("locked"), refusal.rateLimited}});
            ApiReply r = refusal.rateLimited
                             ? errorReply(429, sync::errors::RateLimited, out.message())
                             : errorReply(401, sync::errors::BadLogin, out.message());
            r.retryAfterSeconds = refusal.retryAfterSeconds;
            return send(req, res, r);
        }
        t_userId = out->userId;
        t_orgId = out->organizationId;
        sync::LoginResponse answer{out->token,          out->expiresAt,      out->userId,
                                   roleName(out->role), out->organizationId, {}};
        for (const OrgUser& u : out->users)
            answer.users.append({u.id, u.name, u.email});
        send(req, res, ApiReply::ok(sync::encode(answer)));
    });

    s.Post("/api/v1/logout",
           [this, authenticate](const httplib::Request& req, httplib::Response& res,
                                const httplib::ContentReader& reader) {
               Session session;
               ApiReply error;
               drain(reader);
               if (!protocolOk(req))
                   return send(req, res, updateRequired());
               if (!authenticate(req, &session, &error))
                   return send(req, res, error);
               if (!m_accounts.logout(session))
                   return send(req, res,
                               errorReply(503, sync::errors::Unavailable,
                                          tr("The database is unavailable.")));
               send(req, res, ApiReply::ok(QByteArray("{}")));
           });

    s.Post("/api/v1/push",
           [this, authenticate, rawBody](const httplib::Request& req, httplib::Response& res,
                                         const httplib::ContentReader& reader) {
               Session session;
               ApiReply error;
               if (!protocolOk(req)) {
                   drain(reader);
                   return send(req, res, updateRequired());
               }
               // The token is checked before the body is read: strangers cannot make us buffer MBs.
               if (!authenticate(req, &session, &error)) {
                   drain(reader);
                   return send(req, res, error);
               }
               QByteArray body;
               if (!rawBody(req, reader, &body, &error))
                   return send(req, res, error);
               const QJsonDocument doc = QJsonDocument::fromJson(body);
               if (!doc.isObject())
                   return send(req, res,
                               errorReply(400, sync::errors::BadRequest,
                                          tr("The body is not a JSON object.")));
               send(req, res, m_sync.push(session, doc.object()));
           });

    s.Get(
        "/api/v1/pull", [this, authenticate](const httplib::Request& req, httplib::Response& res) {
            Session session;
            ApiReply error;
            if (!authenticate(req, &session, &error))
                return send(req, res, error);
            bool okCursor = true;
            bool okLimit = true;
            const qint64 cursor =
                req.has_param("cursor")
                    ? QByteArray::fromStdString(req.get_param_value("cursor")).toLongLong(&okCursor)
                    : 0;
            const int limit =
                req.has_param("limit")
                    ? QByteArray::fromStdString(req.get_param_value("limit")).toInt(&okLimit)
                    : sync::DefaultPullLimit;
            if (!okCursor || !okLimit)
                return send(req, res,
                            errorReply(400, sync::errors::BadRequest,
                                       tr("cursor and limit must be whole numbers.")));
            send(req, res, m_sync.pull(session, cursor, limit));
        });
}

} // namespace baza::server
