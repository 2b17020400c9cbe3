#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace baza::server {

// One query parameter in libpq's text format; a default-constructed one is SQL NULL.
struct PgParam
{
    PgParam() = default;
    PgParam(std::nullopt_t) {}
    PgParam(const QString& s)
        : text(s.toUtf8())
        , isNull(false)
    {}
    PgParam(const QByteArray& s)
        : text(s)
        , isNull(false)
    {}
    PgParam(const char* s)
        : text(s)
        , isNull(false)
    {}
    PgParam(qint64 v)
        : text(QByteArray::number(v))
        , isNull(false)
    {}
    PgParam(int v)
        : text(QByteArray::number(v))
        , isNull(false)
    {}
    PgParam(bool v)
        : text(v ? "true" : "false")
        , isNull(false)
    {}

    QByteArray text;
    bool isNull = true;
};

// A query result; owns the PGresult. ok() is false for any error, with its SQLSTATE.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result* r);
    PgResult(PgResult&& other) noexcept;
    PgResult& operator=(PgResult&& other) noexcept;
    ~PgResult();

    bool ok() const;
    int rows() const;
    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    QByteArray bytes(int row, int col) const;    // the raw text form
    QByteArrayView view(int row, int col) const; // the same, valid while the result lives
    qint64 int64(int row, int col) const;
    bool boolean(int row, int col) const;
    QByteArray sqlState() const;
    QString errorMessage() const;
    // The error as a value for callers that do not branch on SQLSTATE.
    Error error() const;

private:
    pg_result* m_result = nullptr;
};

// Connection parameters: a libpq conninfo string, plus a password kept out of it (read from a
// file or the environment) so that no log line or command line ever carries the secret.
struct PgSettings
{
    QString conninfo;
    QByteArray password;
};

// One libpq connection, used by one thread at a time.
class PgConnection
{
public:
    static Result<std::unique_ptr<PgConnection>> connect(const PgSettings& settings);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    PgResult exec(const char* sql, const std::vector<PgParam>& params = {});
    // Runs a statement that returns no rows; false with the error on failure.
    Status run(const char* sql, const std::vector<PgParam>& params = {});
    // Runs several statements separated by semicolons (no parameters): schema scripts.
    Status runScript(const char* sql);
    bool isBroken() const;

private:
    explicit PgConnection(pg_conn* conn);
    pg_conn* m_conn = nullptr;
};

// A bounded pool of connections shared by the HTTP worker threads. A request borrows one for
// its whole transaction; when all are busy it waits, which bounds the load on PostgreSQL.
class PgPool
{
public:
    PgPool(PgSettings settings, int maxConnections);
    ~PgPool();

    class Lease
    {
    public:
        Lease(PgPool* pool, std::unique_ptr<PgConnection> conn);
        Lease(Lease&&) = default;
        ~Lease();
        PgConnection* operator->() { return m_conn.get(); }
        PgConnection& operator*() { return *m_conn; }

    private:
        PgPool* m_pool;
        std::unique_ptr<PgConnection> m_conn;
    };

    Result<Lease> acquire();

private:
    void release(std::unique_ptr<PgConnection> conn);

    PgSettings m_settings;
    int m_max;
    int m_open = 0;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
};

// Runs `body` in a transaction, retrying on serialization failures and deadlocks (SQLSTATE
// 40001/40P01), which PostgreSQL expects callers to retry.
template <typename T, typename Body>
Result<T> inTransaction(PgConnection& conn, const char* begin, Body&& body)
{
    for (int attempt = 0;; ++attempt) {
        if (Status s = conn.run(begin); !s)
            return s.error();
        Result<T> r = body(conn);
        if (r.ok()) {
            PgResult c = conn.exec("COMMIT");
            if (c.ok())
                return r;
            if ((c.sqlState() == "40001" || c.sqlState() == "40P01") && attempt < 5)
                continue;
            return c.error();
        }
        (void)conn.run("ROLLBACK");
        if (r.error().sqliteCode == 40001 && attempt < 5)
            continue;
        return r;
    }
}

// The error of a failed statement, marked retryable when PostgreSQL asks for a retry.
Error pgError(const PgResult& r);

} // namespace baza::server
