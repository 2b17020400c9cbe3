#include "server/HttpApi.h"

#include "server/Log.h"
#include "server/Schema.h"
#include "server/WireChange.h"

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

void send(httplib::Response& res, const ApiReply& reply)
{
    res.status = reply.status;
    if (reply.retryAfterSeconds > 0)
        res.set_header("Retry-After", std::to_string(reply.retryAfterSeconds));
    if (reply.status == 413)
        res.set_header("Connection", "close"); // the unread rest of the body is not parsed

    const QByteArray body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    // application/json: cpp-httplib gzips it when the client sends Accept-Encoding: gzip.
    res.set_content(body.constData(), size_t(body.size()), "application/json");
}

ApiReply errorReply(int status, const char* code, const QString& message)
{
    return ApiReply::error(status, QLatin1String(code), message);
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
    return errorReply(426, "update_required",
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
            send(res, updateRequired());
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });

    s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty())
            return;
        if (res.status == 413)
            send(res, errorReply(413, "too_large", tr("The request is too large.")));
        else if (res.status == 404)
            send(res, errorReply(404, "not_found", tr("No such endpoint.")));
        else
            send(res, errorReply(res.status, "bad_request", tr("The request was not understood.")));
    });

    s.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
            send(res, errorReply(500, "internal", tr("Internal server error.")));
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

    s.Get("/health", [this](const httplib::Request&, httplib::Response& res) {
        auto lease = m_pool.acquire();
        int version = 0;
        if (lease) {
            auto v = schemaVersion(**lease);
            version = v ? *v : 0;
        }
        if (version != ServerSchemaVersion) {
            send(res, errorReply(503, "unavailable",
                                 lease ? tr("The database schema is missing or outdated; run "
                                            "baza-server init.")
                                       : tr("The database is unreachable.")));
            return;
        }
        send(res, ApiReply::ok({{QStringLiteral("status"), QStringLiteral("ok")},
                                {QStringLiteral("protocol"), 1},
                                {QStringLiteral("schema"), version}}));
    });

    const qint64 maxBody = m_config.maxBodyBytes;
    const qint64 maxRequest = m_config.maxRequestBytes;
    auto jsonBody = [maxBody, maxRequest](const httplib::Request& req,
                                          const httplib::ContentReader& reader, QJsonObject* out,
                                          ApiReply* error) {
        if (QByteArray::fromStdString(req.get_header_value("Content-Length")).toLongLong() >
            maxRequest) {
            *error = errorReply(413, "too_large", tr("The request is too large."));
            return false;
        }
        QByteArray body;
        bool tooLarge = false;
        if (!readBody(reader, maxBody, &body, &tooLarge)) {
            *error = tooLarge ? errorReply(413, "too_large", tr("The request is too large."))
                              : errorReply(400, "bad_request", tr("The request body is broken."));
            return false;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (!doc.isObject()) {
            *error = errorReply(400, "bad_request", tr("The body is not a JSON object."));
            return false;
        }
        *out = doc.object();
        return true;
    };

    auto authenticate = [this](const httplib::Request& req, Session* session, ApiReply* error) {
        const std::string h = req.get_header_value("Authorization");
        if (h.rfind("Bearer ", 0) != 0) {
            *error = errorReply(401, "unauthorized", tr("Log in first."));
            return false;
        }
        auto found = m_accounts.authenticate(QByteArray::fromStdString(h.substr(7)));
        if (!found) {
            *error = found.code() == ErrorCode::NotFound
                         ? errorReply(401, "unauthorized", found.message())
                         : errorReply(503, "internal", tr("The database is unavailable."));
            return false;
        }
        *session = *found;
        t_userId = found->userId;
        t_orgId = found->organizationId;
        return true;
    };

    s.Post("/api/v1/login", [this, jsonBody, clientIp](const httplib::Request& req,
                                                       httplib::Response& res,
                                                       const httplib::ContentReader& reader) {
        QJsonObject o;
        ApiReply error;
        if (!protocolOk(req)) {
            drain(reader);
            return send(res, updateRequired());
        }
        if (!jsonBody(req, reader, &o, &error))
            return send(res, error);
        const QString org = o.value(QLatin1String("organization")).toString();
        const QString user = o.value(QLatin1String("user")).toString();
        QByteArray password = o.value(QLatin1String("password")).toString().toUtf8();
        const QString device = o.value(QLatin1String("device")).toString();
        if (org.isEmpty() || user.isEmpty() || password.isEmpty() || !isValidDeviceId(device) ||
            org.size() > 200 || user.size() > 200 || password.size() > 1024)
            return send(res, errorReply(400, "bad_request",
                                        tr("organization, user, password and device are "
                                           "required.")));
        LoginRefusal refusal;
        auto out = m_accounts.login(org, user, password, device, clientIp(req), &refusal);
        password.fill('\0');
        if (!out) {
            if (out.code() != ErrorCode::WrongPassphrase)
                return send(res, errorReply(503, "internal", tr("The database is unavailable.")));
            logEvent("warning", QStringLiteral("login_refused"),
                     {{QStringLiteral("org"), org.left(100)},
                      {QStringLiteral("login"), user.left(100)},
                      {QStringLiteral("ip"), clientIp(req)},
                      {QStringLiteral("locked"), refusal.rateLimited}});
            ApiReply r = refusal.rateLimited ? errorReply(429, "rate_limited", out.message())
                                             : errorReply(401, "bad_login", out.message());
            r.retryAfterSeconds = refusal.retryAfterSeconds;
            return send(res, r);
        }
        t_userId = out->userId;
        t_orgId = out->organizationId;
        QJsonArray users;
        for (const OrgUser& u : out->users)
            users.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("name"), u.name},
                                     {QStringLiteral("email"), u.email}});
        send(res,
             ApiReply::ok({{QStringLiteral("token"), out->token},
                           {QStringLiteral("expires_at"), out->expiresAt.toString(Qt::ISODate)},
                           {QStringLiteral("user_id"), out->userId},
                           {QStringLiteral("role"), roleName(out->role)},
                           {QStringLiteral("organization_id"), out->organizationId},
                           {QStringLiteral("users"), users}}));
    });

    s.Post("/api/v1/logout", [this, authenticate](const httplib::Request& req,
                                                  httplib::Response& res,
                                                  const httplib::ContentReader& reader) {
        Session session;
        ApiReply error;
        drain(reader);
        if (!protocolOk(req))
            return send(res, updateRequired());
        if (!authenticate(req, &session, &error))
            return send(res, error);
        if (!m_accounts.logout(session))
            return send(res, errorReply(503, "internal", tr("The database is unavailable.")));
        send(res, ApiReply::ok({{QStringLiteral("status"), QStringLiteral("logged_out")}}));
    });

    s.Post("/api/v1/push",
           [this, authenticate, jsonBody](const httplib::Request& req, httplib::Response& res,
                                          const httplib::ContentReader& reader) {
               Session session;
               ApiReply error;
               if (!protocolOk(req)) {
                   drain(reader);
                   return send(res, updateRequired());
               }
               // The token is checked before the body is read: strangers cannot make us buffer MBs.
               if (!authenticate(req, &session, &error)) {
                   drain(reader);
                   return send(res, error);
               }
               QJsonObject o;
               if (!jsonBody(req, reader, &o, &error))
                   return send(res, error);
               send(res, m_sync.push(session, o));
           });

    s.Get(
        "/api/v1/pull", [this, authenticate](const httplib::Request& req, httplib::Response& res) {
            Session session;
            ApiReply error;
            if (!authenticate(req, &session, &error))
                return send(res, error);
            bool okCursor = true;
            bool okLimit = true;
            const qint64 cursor =
                req.has_param("cursor")
                    ? QByteArray::fromStdString(req.get_param_value("cursor")).toLongLong(&okCursor)
                    : 0;
            const int limit =
                req.has_param("limit")
                    ? QByteArray::fromStdString(req.get_param_value("limit")).toInt(&okLimit)
                    : SyncService::DefaultPullLimit;
            if (!okCursor || !okLimit)
                return send(res, errorReply(400, "bad_request",
                                            tr("cursor and limit must be whole numbers.")));
            send(res, m_sync.pull(session, cursor, limit));
        });
}

} // namespace baza::server
