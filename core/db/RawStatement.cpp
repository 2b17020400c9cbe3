#include "core/db/RawStatement.h"

#include "core/db/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace baza::db {

sqlite3* rawHandle(const QSqlDatabase& db)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    return driver ? driver->connection() : nullptr;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

Status RawStatement::prepare(sqlite3* db, const QByteArray& sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = db;
    if (!db)
        return Error::make(ErrorCode::Sql,
                           QCoreApplication::translate("baza::db", "The database is not open."));
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return failure(rc);
    return {};
}

void RawStatement::bindText(int position, const QByteArray& utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, position);
    else
        sqlite3_bind_text(m_stmt, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void RawStatement::bindInt64(int position, qint64 value)
{
    sqlite3_bind_int64(m_stmt, position, value);
}

void RawStatement::bindNull(int position)
{
    sqlite3_bind_null(m_stmt, position);
}

Status RawStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        return {};
    }
    Error e = failure(rc);
    sqlite3_reset(m_stmt);
    return e;
}

Result<bool> RawStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = failure(rc);
    sqlite3_reset(m_stmt);
    return e;
}

void RawStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 RawStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray RawStatement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QByteArray(text, sqlite3_column_bytes(m_stmt, column));
}

QString RawStatement::columnString(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
}

bool RawStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 RawStatement::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Error RawStatement::failure(int rc) const
{
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : rc;
    Error e{ErrorCode::Sql,
            QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)),
            extended,
            {}};
    if ((extended & 0xff) == SQLITE_CONSTRAINT)
        e.code = ErrorCode::Conflict;
    return e;
}

} // namespace baza::db
