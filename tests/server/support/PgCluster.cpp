#include "PgCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace baza::test {

PgCluster::PgCluster()
{
    m_asPostgres = geteuid() == 0;
}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binDir()
{
    for (const char* v : {"15", "16", "17", "14"}) {
        const QString dir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(QLatin1String(v));
        if (QFile::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

int PgCluster::runTool(const QString& tool, const QStringList& args, QString* output,
                       const QByteArray& input) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString exe = binDir() + QLatin1Char('/') + tool;
    if (m_asPostgres) {
        p.setWorkingDirectory(m_base);
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            exe} +
                    args);
    } else {
        p.start(exe, args);
    }
    if (!p.waitForStarted(10000)) {
        if (output)
            *output += QStringLiteral("cannot start %1: %2\n").arg(exe, p.errorString());
        return -1;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    if (output)
        *output += QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString PgCluster::start()
{
    if (binDir().isEmpty())
        return QStringLiteral("PostgreSQL is not installed (initdb not found); ./baza.sh test "
                              "installs postgresql-15");
    // A short path: unix socket paths are limited to ~107 bytes.
    m_base =
        QStringLiteral("/tmp/baza-pg-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    m_dir = m_base + QStringLiteral("/run");
    QDir().mkpath(m_dir);
    QDir().mkpath(m_base + QStringLiteral("/data"));
    if (m_asPostgres) {
        const passwd* pw = getpwnam("postgres");
        if (!pw)
            return QStringLiteral("running as root but there is no 'postgres' user to run "
                                  "PostgreSQL as (install postgresql-15)");
        for (const QString& d : QStringList{m_base, m_dir, m_base + QStringLiteral("/data")})
            if (::chown(QFile::encodeName(d).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return QStringLiteral("cannot hand %1 to the postgres user").arg(d);
    }
    ::chmod(QFile::encodeName(m_base + QStringLiteral("/data")).constData(), 0700);
    QString out;
    if (runTool(QStringLiteral("initdb"),
                {QStringLiteral("-D"), m_base + QStringLiteral("/data"), QStringLiteral("-U"),
                 QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
                 QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
                 QStringLiteral("--no-sync")},
                &out) != 0)
        return QStringLiteral("initdb failed:\n") + out;
    // No TCP listener; fsync off because a test cluster never has to survive a power cut (a
    // killed server process is still safe: PostgreSQL's WAL covers that without fsync).
    const QString opts = QStringLiteral("-c listen_addresses='' -k %1 -c fsync=off "
                                        "-c full_page_writes=off -c max_connections=200 "
                                        "-c shared_buffers=128MB")
                             .arg(m_dir);
    if (runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-D"),
                 m_base + QStringLiteral("/data"), QStringLiteral("-l"),
                 m_base + QStringLiteral("/postgres.log"), QStringLiteral("-o"), opts},
                &out) != 0) {
        QFile log(m_base + QStringLiteral("/postgres.log"));
        log.open(QIODevice::ReadOnly);
        return QStringLiteral("pg_ctl start failed:\n") + out +
               QString::fromLocal8Bit(log.readAll());
    }
    m_running = true;
    return {};
}

void PgCluster::stop()
{
    if (m_running) {
        runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("stop"), QStringLiteral("-D"), m_base + QStringLiteral("/data"),
                 QStringLiteral("-m"), QStringLiteral("immediate")});
        m_running = false;
    }
    if (!m_base.isEmpty()) {
        QDir(m_base).removeRecursively();
        m_base.clear();
    }
}

QString PgCluster::conninfo(const QString& database) const
{
    return QStringLiteral("host=%1 port=5432 user=postgres dbname=%2").arg(m_dir, database);
}

} // namespace baza::test
