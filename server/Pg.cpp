#include "server/Pg.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace baza::server {

PgResult::PgResult(pg_result* r)
    : m_result(r)
{}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{}

PgResult& PgResult::operator=(PgResult&& other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

bool PgResult::ok() const
{
    if (!m_result)
        return false;
    const ExecStatusType s = PQresultStatus(m_result);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int col) const
{
    return PQgetisnull(m_result, row, col) != 0;
}

QString PgResult::text(int row, int col) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, col), PQgetlength(m_result, row, col));
}

QByteArray PgResult::bytes(int row, int col) const
{
    return QByteArray(PQgetvalue(m_result, row, col), PQgetlength(m_result, row, col));
}

QByteArrayView PgResult::view(int row, int col) const
{
    return QByteArrayView(PQgetvalue(m_result, row, col), PQgetlength(m_result, row, col));
}

qint64 PgResult::int64(int row, int col) const
{
    return QByteArray(PQgetvalue(m_result, row, col)).toLongLong();
}

bool PgResult::boolean(int row, int col) const
{
    return PQgetvalue(m_result, row, col)[0] == 't';
}

QByteArray PgResult::sqlState() const
{
    if (!m_result)
        return "08006"; // connection failure: no result at all
    const char* s = PQresultErrorField(m_result, PG_DIAG_SQLSTATE);
    return s ? QByteArray(s) : QByteArray();
}

QString PgResult::errorMessage() const
{
    if (!m_result)
        return QStringLiteral("no result from PostgreSQL (connection lost)");
    return QString::fromUtf8(PQresultErrorMessage(m_result)).trimmed();
}

Error PgResult::error() const
{
    return pgError(*this);
}

Error pgError(const PgResult& r)
{
    const QByteArray state = r.sqlState();
    Error e = Error::make(ErrorCode::Sql, r.errorMessage());
    // Marks the error as retryable for inTransaction (40001 serialization, 40P01 deadlock).
    if (state == "40001" || state == "40P01")
        e.sqliteCode = 40001;
    e.field = QString::fromLatin1(state);
    return e;
}

PgConnection::PgConnection(pg_conn* conn)
    : m_conn(conn)
{}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const PgSettings& settings)
{
    const QByteArray conninfo = settings.conninfo.toUtf8();
    // expand_dbname=1: the first "dbname" value is a full conninfo string; the password is a
    // separate keyword so it is never part of a string that might be logged.
    const char* keys[] = {"dbname", "password", "application_name", nullptr};
    const char* values[] = {conninfo.constData(),
                            settings.password.isEmpty() ? nullptr : settings.password.constData(),
                            "baza-server", nullptr};
    if (settings.password.isEmpty()) {
        keys[1] = "application_name";
        values[1] = "baza-server";
        keys[2] = nullptr;
    }
    pg_conn* conn = PQconnectdbParams(keys, values, 1);
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        const QString why = conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed()
                                 : QStringLiteral("out of memory");
        if (conn)
            PQfinish(conn);
        return Error::make(ErrorCode::Io, QCoreApplication::translate(
                                              "baza::server", "Cannot connect to PostgreSQL: %1")
                                              .arg(why));
    }
    PgConnection* c = new PgConnection(conn);
    // Quiet NOTICEs (e.g. "relation already exists, skipping") would otherwise go to stderr.
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);
    return std::unique_ptr<PgConnection>(c);
}

PgResult PgConnection::exec(const char* sql, const std::vector<PgParam>& params)
{
    std::vector<const char*> values;
    std::vector<int> lengths;
    values.reserve(params.size());
    lengths.reserve(params.size());
    for (const PgParam& p : params) {
        values.push_back(p.isNull ? nullptr : p.text.constData());
        lengths.push_back(int(p.text.size()));
    }
    return PgResult(PQexecParams(m_conn, sql, int(params.size()), nullptr, values.data(),
                                 lengths.data(), nullptr, 0));
}

Status PgConnection::run(const char* sql, const std::vector<PgParam>& params)
{
    PgResult r = exec(sql, params);
    if (!r.ok())
        return r.error();
    return {};
}

Status PgConnection::runScript(const char* sql)
{
    PgResult r(PQexec(m_conn, sql));
    if (!r.ok())
        return r.error();
    return {};
}

bool PgConnection::isBroken() const
{
    // A connection left inside a transaction (a bug or an aborted request) is not reused.
    return PQstatus(m_conn) != CONNECTION_OK || PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

PgPool::PgPool(PgSettings settings, int maxConnections)
    : m_settings(std::move(settings))
    , m_max(std::max(1, maxConnections))
{}

PgPool::~PgPool() = default;

PgPool::Lease::Lease(PgPool* pool, std::unique_ptr<PgConnection> conn)
    : m_pool(pool)
    , m_conn(std::move(conn))
{}

PgPool::Lease::~Lease()
{
    if (m_conn)
        m_pool->release(std::move(m_conn));
}

Result<PgPool::Lease> PgPool::acquire()
{
    {
        std::unique_lock lock(m_mutex);
        m_available.wait(lock, [this] { return !m_idle.empty() || m_open < m_max; });
        if (!m_idle.empty()) {
            std::unique_ptr<PgConnection> c = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(this, std::move(c));
        }
        ++m_open; // reserve the slot, connect outside the lock
    }
    auto conn = PgConnection::connect(m_settings);
    if (!conn) {
        std::lock_guard lock(m_mutex);
        --m_open;
        m_available.notify_one();
        return conn.error();
    }
    return Lease(this, std::move(conn).value());
}

void PgPool::release(std::unique_ptr<PgConnection> conn)
{
    std::lock_guard lock(m_mutex);
    if (conn->isBroken())
        --m_open; // dropped: the next acquire opens a fresh one
    else
        m_idle.push_back(std::move(conn));
    m_available.notify_one();
}

} // namespace baza::server
