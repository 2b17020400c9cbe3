#include "server/ServerConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

namespace baza::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::server", text);
}

Error configError(const QString& path, int line, const QString& why)
{
    return Error::make(ErrorCode::Usage, tr("%1, line %2: %3").arg(path).arg(line).arg(why));
}

Result<QByteArray> readSecretFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           tr("Cannot read the password file %1: %2").arg(path, f.errorString()));
    QByteArray secret = f.readAll();
    while (!secret.isEmpty() && (secret.endsWith('\n') || secret.endsWith('\r')))
        secret.chop(1);
    return secret;
}

} // namespace

Result<ServerConfig> ServerConfig::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::Io,
            tr("Cannot read the configuration file %1: %2").arg(path, f.errorString()));
    return parse(f.readAll(), path);
}

Result<ServerConfig> ServerConfig::parse(const QByteArray& text, const QString& path)
{
    ServerConfig c;
    QString passwordFile;
    int lineNo = 0;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray& raw : lines) {
        ++lineNo;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return configError(path, lineNo, tr("expected \"key = value\""));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        bool numOk = true;
        auto number = [&](qint64 min, qint64 max) {
            const qint64 v = value.toLongLong(&numOk);
            numOk = numOk && v >= min && v <= max;
            return v;
        };
        if (key == QLatin1String("listen")) {
            if (QHostAddress(value).isNull())
                return configError(path, lineNo, tr("listen must be an IP address"));
            c.listen = value;
        } else if (key == QLatin1String("port")) {
            c.port = int(number(0, 65535)); // 0: any free port (tests)
        } else if (key == QLatin1String("tls")) {
            if (value != QLatin1String("on") && value != QLatin1String("off"))
                return configError(path, lineNo, tr("tls must be on or off"));
            c.tls = value == QLatin1String("on");
        } else if (key == QLatin1String("tls_cert")) {
            c.tlsCert = value;
        } else if (key == QLatin1String("tls_key")) {
            c.tlsKey = value;
        } else if (key == QLatin1String("database")) {
            if (value.contains(QLatin1String("password=")))
                return configError(path, lineNo,
                                   tr("put the database password in database_password_file or "
                                      "BAZA_DB_PASSWORD, not in the conninfo"));
            c.database.conninfo = value;
        } else if (key == QLatin1String("database_password_file")) {
            passwordFile = value;
        } else if (key == QLatin1String("threads")) {
            c.threads = int(number(2, 1024));
        } else if (key == QLatin1String("db_connections")) {
            c.dbConnections = int(number(1, 1000));
        } else if (key == QLatin1String("max_request_bytes")) {
            c.maxRequestBytes = number(1024, 1LL << 30);
        } else if (key == QLatin1String("max_body_bytes")) {
            c.maxBodyBytes = number(1024, 1LL << 31);
        } else if (key == QLatin1String("token_ttl_hours")) {
            c.tokenTtlHours = int(number(1, 24 * 366));
        } else if (key == QLatin1String("max_clock_skew_seconds")) {
            c.maxClockSkewSeconds = int(number(1, 24 * 3600));
        } else if (key == QLatin1String("read_timeout_seconds")) {
            c.readTimeoutSeconds = int(number(1, 3600));
        } else if (key == QLatin1String("write_timeout_seconds")) {
            c.writeTimeoutSeconds = int(number(1, 3600));
        } else if (key == QLatin1String("idle_timeout_seconds")) {
            c.idleTimeoutSeconds = int(number(1, 3600));
        } else {
            return configError(path, lineNo, tr("unknown setting \"%1\"").arg(key));
        }
        if (!numOk)
            return configError(path, lineNo, tr("%1 is out of range or not a number").arg(key));
    }
    if (c.database.conninfo.isEmpty())
        return configError(path, lineNo,
                           tr("the \"database\" setting (a libpq conninfo) is missing"));
    if (c.tls && (c.tlsCert.isEmpty() || c.tlsKey.isEmpty()))
        return configError(path, lineNo, tr("tls_cert and tls_key are required while tls = on"));
    if (!c.tls && !QHostAddress(c.listen).isLoopback())
        return configError(path, lineNo,
                           tr("tls = off is only allowed on a loopback address (behind nginx)"));
    if (!passwordFile.isEmpty()) {
        auto secret = readSecretFile(passwordFile);
        if (!secret)
            return secret.error();
        c.database.password = *secret;
    } else if (qEnvironmentVariableIsSet("BAZA_DB_PASSWORD")) {
        c.database.password = qgetenv("BAZA_DB_PASSWORD");
    }
    return c;
}

} // namespace baza::server
