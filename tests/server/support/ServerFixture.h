#pragma once

#include "PgCluster.h"
#include "TestCa.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <string>

namespace httplib {
class SSLClient;
}

namespace baza::test {

// A running baza-server child process (the real executable) with its config file.
class ServerProcess
{
public:
    ~ServerProcess();
    // Starts `baza-server serve`; extraConfig lines are appended to the config. Empty on
    // success, else what went wrong (with the server's output).
    QString start(const QString& configPath);
    void kill(); // SIGKILL, as a crash would
    void stop(); // SIGTERM and wait
    int port() const { return m_port; }
    QString output(); // what the server logged so far

private:
    std::unique_ptr<QProcess> m_process;
    QString m_log;
    int m_port = 0;
};

struct HttpReply
{
    int status = 0; // 0: no answer (connection error)
    QJsonObject json;
    QByteArray body;
    QString header(const char* name) const;
    std::multimap<std::string, std::string> headers;
};

// A small synchronous HTTPS client that trusts the test CA; one per thread.
class ApiClient
{
public:
    ApiClient(const QString& host, int port, const QString& caCert);
    ~ApiClient();

    void setToken(const QString& token) { m_token = token; }
    void setProtocolHeader(const QString& value) { m_protocol = value; }
    void setGzipRequests(bool on) { m_gzip = on; }

    HttpReply get(const QString& path);
    HttpReply post(const QString& path, const QJsonObject& body);
    HttpReply postRaw(const QString& path, const QByteArray& body);

    // POST /api/v1/login; on success remembers the token.
    HttpReply login(const QString& org, const QString& user, const QString& password,
                    const QString& device);

private:
    std::unique_ptr<httplib::SSLClient> m_client;
    QString m_token;
    QString m_protocol = QStringLiteral("1");
    bool m_gzip = false;
};

// Everything a server test needs: a real PostgreSQL with the schema, a test CA, a running
// baza-server over TLS, and helpers for users, requests and direct SQL.
class ServerFixture
{
public:
    ServerFixture();
    ~ServerFixture();

    // Starts the cluster, creates database `baza`, runs `baza-server init`, starts the server.
    QString start(const QString& extraConfig = {});
    void stopServer() { m_server.stop(); }
    void killServer() { m_server.kill(); }
    QString restartServer(); // on the same port

    // `baza-server add-user` through the real executable; returns the user id (empty on error).
    QString addUser(const QString& org, const QString& login, const QString& role,
                    const QString& name = {});
    // The password every test user gets.
    static QString password() { return QStringLiteral("correct horse battery"); }

    std::unique_ptr<ApiClient> client() const;
    // A client already logged in as org/login with a fresh device; empty token on failure.
    std::unique_ptr<ApiClient> loggedIn(const QString& org, const QString& login,
                                        QString* device = nullptr, QString* userId = nullptr);

    // Runs SQL on the server's database (tests only); returns the first column of each row.
    QStringList sql(const QString& query);
    // Runs baza-server with arguments and the given environment additions; exit code.
    int runServerTool(const QStringList& args, const QStringList& env = {},
                      QString* output = nullptr);

    int port() const { return m_server.port(); }
    QString configPath() const { return m_configPath; }
    QString caCert() const { return m_ca.caCert; }
    const TestCa& ca() const { return m_ca; }
    PgCluster& cluster() { return m_cluster; }
    QString serverOutput() { return m_server.output(); }
    QString tempPath(const QString& name) const { return m_temp.filePath(name); }
    static QString serverExecutable();

private:
    PgCluster m_cluster;
    QTemporaryDir m_temp;
    TestCa m_ca;
    ServerProcess m_server;
    QString m_configPath;
};

// A change as the protocol sends it, for tests: one field of one record.
QJsonObject fieldChange(qint64 seq, const QString& entity, const QString& id, const QString& op,
                        const QString& field, const QJsonValue& value, const QString& hlc);
QJsonObject insertChange(qint64 seq, const QString& entity, const QString& id,
                         const QJsonObject& fields, const QString& hlc);
// "<wallMs>-<counter>-<device>" in the protocol's fixed-width form.
QString hlcText(qint64 wallMs, int counter, const QString& device);

} // namespace baza::test
