#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace baza::test {

// A throwaway PostgreSQL 15 cluster: initdb into a temporary folder, started with pg_ctl on a
// unix socket in that folder (no TCP port to collide with), stopped and removed on destruction.
// PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user
// (runuser); as anyone else it runs as that user.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    // Empty on success, else what went wrong (with the tool's output).
    QString start();
    void stop();

    // A libpq conninfo for `database` on this cluster (superuser, trust authentication).
    QString conninfo(const QString& database) const;
    QString socketDir() const { return m_dir; }
    // Runs a PostgreSQL tool from the cluster's bin folder as the cluster's user; returns its
    // exit code and appends its output to `output`.
    int runTool(const QString& tool, const QStringList& args, QString* output = nullptr,
                const QByteArray& input = {}) const;
    static QString binDir();

private:
    QString m_base;
    QString m_dir;
    bool m_running = false;
    bool m_asPostgres = false;
};

} // namespace baza::test
