#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace baza::db {

// The sqlite3 handle under a connection of our driver (nullptr for any other driver). For bulk
// paths only: everything else goes through QSqlQuery.
sqlite3* rawHandle(const QSqlDatabase& db);

// One prepared statement over the sqlcipher C API, for loops that run it a million times (the
// import's writer): no QVariant per value, no statement lookup per call. Text is bound without
// copying, so a bound QByteArray must stay alive until exec()/step() is done with the row.
// Finalized by the destructor, which must run before the connection closes.
class RawStatement
{
public:
    RawStatement() = default;
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    Status prepare(sqlite3* db, const QByteArray& sql);
    bool isPrepared() const { return m_stmt != nullptr; }

    // 1-based positions, as in SQL. A null QByteArray binds NULL, an empty one ''.
    void bindText(int position, const QByteArray& utf8);
    void bindInt64(int position, qint64 value);
    void bindNull(int position);

    // Runs a statement that returns no rows and resets it for the next use.
    Status exec();
    // One step: true when a row is there to read. Call reset() when done with the rows.
    Result<bool> step();
    void reset();

    qint64 columnInt64(int column) const;
    QByteArray columnText(int column) const; // a copy; null for SQL NULL
    QString columnString(int column) const;
    bool columnIsNull(int column) const;

    qint64 lastInsertRowid() const;

private:
    Error failure(int rc) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace baza::db
