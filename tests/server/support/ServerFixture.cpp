#include "ServerFixture.h"

#include "server/Pg.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QThread>
#include <QUuid>

#include <httplib.h>

#include <csignal>

#ifndef BAZA_SERVER_EXECUTABLE
#error "BAZA_SERVER_EXECUTABLE must name the baza-server binary"
#endif

namespace baza::test {

// ---- ServerProcess ----

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::start(const QString& configPath)
{
    m_log = configPath + QStringLiteral(".log");
    QFile::remove(m_log);
    m_process = std::make_unique<QProcess>();
    // The server logs to stderr; a file never fills up like an unread pipe would.
    m_process->setStandardErrorFile(m_log);
    m_process->setStandardOutputFile(m_log, QIODevice::Append);
    m_process->start(ServerFixture::serverExecutable(),
                     {QStringLiteral("serve"), QStringLiteral("--config"), configPath});
    if (!m_process->waitForStarted(10000))
        return QStringLiteral("cannot start baza-server: ") + m_process->errorString();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        const QString log = output();
        for (const QString& line : log.split(QLatin1Char('\n'))) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            if (o.value(QLatin1String("event")).toString() == QLatin1String("listening")) {
                m_port = o.value(QLatin1String("port")).toInt();
                return {};
            }
        }
        if (m_process->state() == QProcess::NotRunning)
            return QStringLiteral("baza-server exited:\n") + log;
        QThread::msleep(20);
    }
    return QStringLiteral("baza-server did not start listening:\n") + output();
}

QString ServerProcess::output()
{
    QFile f(m_log);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void ServerProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            kill();
    }
}

// ---- ApiClient ----

QString HttpReply::header(const char* name) const
{
    auto it = headers.find(name);
    return it == headers.end() ? QString() : QString::fromStdString(it->second);
}

ApiClient::ApiClient(const QString& host, int port, const QString& caCert)
    : m_client(std::make_unique<httplib::SSLClient>(host.toStdString(), port))
{
    m_client->set_ca_cert_path(caCert.toLocal8Bit().constData());
    m_client->enable_server_certificate_verification(true);
    m_client->set_keep_alive(true);
    m_client->set_tcp_nodelay(true); // as a real client does: no 40 ms Nagle stalls

    m_client->set_connection_timeout(10, 0);
    m_client->set_read_timeout(60, 0);
    m_client->set_write_timeout(60, 0);
}

ApiClient::~ApiClient() = default;

namespace {

HttpReply toReply(const httplib::Result& r)
{
    HttpReply out;
    if (!r) {
        out.body = QByteArray::fromStdString(httplib::to_string(r.error()));
        return out;
    }
    out.status = r->status;
    out.body = QByteArray::fromStdString(r->body);
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto& [k, v] : r->headers)
        out.headers.emplace(k, v);
    return out;
}

} // namespace

HttpReply ApiClient::get(const QString& path)
{
    httplib::Headers h{{"Accept-Encoding", "gzip"}};
    if (!m_protocol.isEmpty())
        h.emplace("Baza-Protocol", m_protocol.toStdString());
    if (!m_token.isEmpty())
        h.emplace("Authorization", "Bearer " + m_token.toStdString());
    return toReply(m_client->Get(path.toStdString(), h));
}

HttpReply ApiClient::postRaw(const QString& path, const QByteArray& body)
{
    httplib::Headers h{{"Accept-Encoding", "gzip"}};
    if (!m_protocol.isEmpty())
        h.emplace("Baza-Protocol", m_protocol.toStdString());
    if (!m_token.isEmpty())
        h.emplace("Authorization", "Bearer " + m_token.toStdString());
    m_client->set_compress(m_gzip);
    return toReply(m_client->Post(path.toStdString(), h, body.constData(), size_t(body.size()),
                                  "application/json"));
}

HttpReply ApiClient::post(const QString& path, const QJsonObject& body)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply ApiClient::login(const QString& org, const QString& user, const QString& password,
                           const QString& device)
{
    HttpReply r = post(QStringLiteral("/api/v1/login"), {{QStringLiteral("organization"), org},
                                                         {QStringLiteral("user"), user},
                                                         {QStringLiteral("password"), password},
                                                         {QStringLiteral("device"), device}});
    if (r.status == 200)
        m_token = r.json.value(QLatin1String("token")).toString();
    return r;
}

// ---- ServerFixture ----

ServerFixture::ServerFixture()
{
    // A server killed mid-request makes our next TLS write raise SIGPIPE; the write should
    // fail with an error instead of ending the test program.
    std::signal(SIGPIPE, SIG_IGN);
}

ServerFixture::~ServerFixture()
{
    m_server.stop();
    m_cluster.stop();
}

QString ServerFixture::serverExecutable()
{
    return QStringLiteral(BAZA_SERVER_EXECUTABLE);
}

QString ServerFixture::start(const QString& extraConfig)
{
    if (!m_temp.isValid())
        return QStringLiteral("no temporary folder");
    if (QString err = m_cluster.start(); !err.isEmpty())
        return err;
    {
        server::PgSettings admin{m_cluster.conninfo(QStringLiteral("postgres")), {}};
        auto conn = server::PgConnection::connect(admin);
        if (!conn)
            return conn.message();
        if (Status s = (*conn)->run("CREATE DATABASE baza"); !s)
            return s.message();
    }
    if (QString err = m_ca.create(m_temp.path()); !err.isEmpty())
        return err;
    m_configPath = m_temp.filePath(QStringLiteral("server.conf"));
    QFile f(m_configPath);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + m_configPath;
    f.write(QStringLiteral("# written by the test fixture\n"
                           "listen = 127.0.0.1\nport = 0\ntls = on\n"
                           "tls_cert = %1\ntls_key = %2\ndatabase = %3\n"
                           "threads = 24\ndb_connections = 10\nmax_request_bytes = 2097152\n%4\n")
                .arg(m_ca.serverCert, m_ca.serverKey, m_cluster.conninfo(QStringLiteral("baza")),
                     extraConfig)
                .toUtf8());
    f.close();
    QString out;
    if (runServerTool({QStringLiteral("init"), QStringLiteral("--config"), m_configPath}, {},
                      &out) != 0)
        return QStringLiteral("baza-server init failed: ") + out;
    return m_server.start(m_configPath);
}

QString ServerFixture::restartServer()
{
    const int port = m_server.port();
    m_server.stop();
    // Back at the same address, as a restarted server would be: clients keep their URL.
    if (port > 0) {
        QFile f(m_configPath);
        if (f.open(QIODevice::Append))
            f.write(QStringLiteral("port = %1\n").arg(port).toUtf8());
    }
    return m_server.start(m_configPath);
}

int ServerFixture::runServerTool(const QStringList& args, const QStringList& env, QString* output)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(serverExecutable(), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return -1;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString ServerFixture::addUser(const QString& org, const QString& login, const QString& role,
                               const QString& name)
{
    QString out;
    // The password travels in the environment, never on the command line.
    if (runServerTool({QStringLiteral("add-user"), QStringLiteral("--config"), m_configPath,
                       QStringLiteral("--org"), org, QStringLiteral("--login"), login,
                       QStringLiteral("--name"), name.isEmpty() ? login : name,
                       QStringLiteral("--role"), role, QStringLiteral("--email"),
                       login + QStringLiteral("@example.com")},
                      {QStringLiteral("BAZA_USER_PASSWORD=") + password()}, &out) != 0)
        return {};
    return out.trimmed();
}

std::unique_ptr<ApiClient> ServerFixture::client() const
{
    return std::make_unique<ApiClient>(QStringLiteral("127.0.0.1"), m_server.port(), m_ca.caCert);
}

std::unique_ptr<ApiClient> ServerFixture::loggedIn(const QString& org, const QString& login,
                                                   QString* device, QString* userId)
{
    auto c = client();
    const QString dev = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HttpReply r = c->login(org, login, password(), dev);
    if (device)
        *device = dev;
    if (userId)
        *userId = r.json.value(QLatin1String("user_id")).toString();
    return c;
}

QStringList ServerFixture::sql(const QString& query)
{
    QStringList out;
    auto conn = server::PgConnection::connect({m_cluster.conninfo(QStringLiteral("baza")), {}});
    if (!conn)
        return {QStringLiteral("ERROR: ") + conn.message()};
    server::PgResult r = (*conn)->exec(query.toUtf8().constData());
    if (!r.ok())
        return {QStringLiteral("ERROR: ") + r.errorMessage()};
    for (int i = 0; i < r.rows(); ++i)
        out << (r.isNull(i, 0) ? QString() : r.text(i, 0));
    return out;
}

QString hlcText(qint64 wallMs, int counter, const QString& device)
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 16, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(device);
}

QJsonObject fieldChange(qint64 seq, const QString& entity, const QString& id, const QString& op,
                        const QString& field, const QJsonValue& value, const QString& hlc)
{
    QJsonObject o{{QStringLiteral("device_seq"), seq},
                  {QStringLiteral("command_id"), QStringLiteral("cmd-%1").arg(seq)},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("entity_id"), id},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("hlc"), hlc}};
    if (!field.isEmpty()) {
        o.insert(QStringLiteral("field"), field);
        o.insert(QStringLiteral("value"), value);
    }
    return o;
}

QJsonObject insertChange(qint64 seq, const QString& entity, const QString& id,
                         const QJsonObject& fields, const QString& hlc)
{
    return {{QStringLiteral("device_seq"), seq},
            {QStringLiteral("command_id"), QStringLiteral("cmd-%1").arg(seq)},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("entity_id"), id},
            {QStringLiteral("op"), QStringLiteral("insert")},
            {QStringLiteral("field"), QJsonValue()},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("hlc"), hlc}};
}

} // namespace baza::test
