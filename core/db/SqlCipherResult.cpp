#include "core/db/SqlCipherResult.h"

#include "core/db/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

namespace baza::db {

namespace {

QMetaType typeFromDecl(const char* decl)
{
    if (!decl)
        return QMetaType();
    const QByteArray t = QByteArray(decl).toUpper();
    if (t.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT"))
        return QMetaType(QMetaType::QString);
    if (t.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    if (t.contains("BOOL"))
        return QMetaType(QMetaType::Bool);
    return QMetaType(QMetaType::QString);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::db", text);
}

// True when `tail` (what sqlite3_prepare_v2 left over) holds another statement. Blanks, stray
// semicolons and comments are not one.
bool tailHasStatement(sqlite3* db, const char* tail, const char* end)
{
    while (tail && tail < end) {
        sqlite3_stmt* next = nullptr;
        const char* rest = nullptr;
        const int rc = sqlite3_prepare_v2(db, tail, int(end - tail), &next, &rest);
        if (next) {
            sqlite3_finalize(next);
            return true;
        }
        if (rc != SQLITE_OK)
            return true;
        if (!rest || rest <= tail)
            return false;
        tail = rest;
    }
    return false;
}

// Qt's drivers bind a null QString, QByteArray, date or time as SQL NULL; QVariant::isNull()
// no longer says so in Qt 6.
bool isNullValue(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(v.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate*>(v.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(v.constData())->isValid();
    default:
        return false;
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
    driver->m_results.insert(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (m_driver)
        m_driver->m_results.remove(this);
    finalize();
}

sqlite3* SqlCipherResult::db() const
{
    return m_driver ? m_driver->connection() : nullptr;
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_rows.clear();
    m_done = true;
}

void SqlCipherResult::detachDriver()
{
    finalize();
    m_driver = nullptr;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::setError(const QString& what, int code, QSqlError::ErrorType type)
{
    const QString native = db() ? QString::fromUtf8(sqlite3_errmsg(db())) : QString();
    setLastError(QSqlError(what, native, type, QString::number(code)));
}

bool SqlCipherResult::reset(const QString& query)
{
    if (!prepare(query))
        return false;
    return exec();
}

void SqlCipherResult::bindValue(int index, const QVariant& value, QSql::ParamType type)
{
    if (type != QSql::In || index < 0) {
        QSqlResult::bindValue(index, value, type);
        return;
    }
    if (m_positional.size() <= index)
        m_positional.resize(index + 1);
    m_positional[index] = value;
}

bool SqlCipherResult::prepare(const QString& query)
{
    m_positional.clear();
    finalize();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_record = QSqlRecord();
    if (!db()) {
        setLastError(
            QSqlError(tr("The database is not open"), QString(), QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db(), sql.constData(), int(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setError(tr("Unable to prepare statement"), sqlite3_extended_errcode(db()),
                 QSqlError::StatementError);
        finalize();
        return false;
    }
    if (tailHasStatement(db(), tail, sql.constData() + sql.size())) {
        setLastError(QSqlError(tr("Unable to prepare statement"),
                               tr("only one statement can be executed at a time"),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        finalize();
        return false;
    }
    // Column names and declared types are known after prepare, before any row.
    if (m_stmt) {
        const int n = sqlite3_column_count(m_stmt);
        for (int i = 0; i < n; ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
            const char* table = sqlite3_column_table_name(m_stmt, i);
            QSqlField field(name, typeFromDecl(sqlite3_column_decltype(m_stmt, i)),
                            table ? QString::fromUtf8(table) : QString());
            m_record.append(field);
        }
    }
    return true;
}

bool SqlCipherResult::bindValues()
{
    // Named placeholders (QSqlResult turns them into positions) keep their values in QSqlResult.
    const QList<QVariant> values = m_positional.isEmpty() ? boundValues() : m_positional;
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != expected) {
        setLastError(QSqlError(
            tr("Unable to bind parameters"),
            tr("parameter count mismatch: %1 bound, %2 expected").arg(values.size()).arg(expected),
            QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        const int pos = i + 1;
        int rc = SQLITE_OK;
        if (isNullValue(v)) {
            rc = sqlite3_bind_null(m_stmt, pos);
        } else {
            switch (v.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
            case QMetaType::Long:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(m_stmt, pos, v.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong: {
                const qulonglong u = v.toULongLong();
                rc = u > qulonglong(std::numeric_limits<qint64>::max())
                         ? sqlite3_bind_double(m_stmt, pos, double(u))
                         : sqlite3_bind_int64(m_stmt, pos, qint64(u));
                break;
            }
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, pos, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray b = v.toByteArray();
                rc = sqlite3_bind_blob64(m_stmt, pos, b.constData(), sqlite3_uint64(b.size()),
                                         SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime: {
                const QByteArray s = v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text64(m_stmt, pos, s.constData(), sqlite3_uint64(s.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            default: {
                const QByteArray s = v.toString().toUtf8();
                rc = sqlite3_bind_text64(m_stmt, pos, s.constData(), sqlite3_uint64(s.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setError(tr("Unable to bind parameter %1").arg(pos), rc, QSqlError::StatementError);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        setLastError(QSqlError(tr("No statement prepared"), QString(), QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rows.clear();
    m_pulled = 0;
    m_done = false;
    m_rowsAffected = -1;
    m_lastInsertId.clear();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    setLastError(QSqlError());
    if (!bindValues())
        return false;

    const bool select = sqlite3_column_count(m_stmt) > 0;
    setSelect(select);
    if (select) {
        // Run the statement up to its first row so that errors surface from exec().
        if (!pullRow() && lastError().isValid())
            return false;
        setActive(true);
        return true;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        setError(tr("Unable to execute statement"), sqlite3_extended_errcode(db()),
                 QSqlError::StatementError);
        sqlite3_reset(m_stmt);
        m_done = true;
        return false;
    }
    m_rowsAffected = sqlite3_changes(db());
    m_lastInsertId = qlonglong(sqlite3_last_insert_rowid(db()));
    sqlite3_reset(m_stmt);
    m_done = true;
    setActive(true);
    return true;
}

QVariantList SqlCipherResult::readRow() const
{
    const int n = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(n);
    for (int i = 0; i < n; ++i) {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            row.append(qlonglong(sqlite3_column_int64(m_stmt, i)));
            break;
        case SQLITE_FLOAT:
            row.append(sqlite3_column_double(m_stmt, i));
            break;
        case SQLITE_BLOB: {
            const void* p = sqlite3_column_blob(m_stmt, i);
            const int size = sqlite3_column_bytes(m_stmt, i);
            row.append(QByteArray(static_cast<const char*>(p), size));
            break;
        }
        case SQLITE_NULL:
            row.append(QVariant(m_record.field(i).metaType()));
            break;
        default: {
            const char* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
            const int size = sqlite3_column_bytes(m_stmt, i);
            row.append(QString::fromUtf8(p, size));
            break;
        }
        }
    }
    return row;
}

bool SqlCipherResult::pullRow()
{
    if (m_done || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        if (isForwardOnly())
            m_rows = {readRow()};
        else
            m_rows.append(readRow());
        ++m_pulled;
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE) {
        setError(tr("Unable to fetch row"), sqlite3_extended_errcode(db()),
                 QSqlError::StatementError);
    }
    // Release the read snapshot as soon as the last row is out.
    sqlite3_reset(m_stmt);
    return false;
}

const QVariantList* SqlCipherResult::rowAt(int index) const
{
    if (index < 0)
        return nullptr;
    if (isForwardOnly())
        return (index == m_pulled - 1 && !m_rows.isEmpty()) ? &m_rows.last() : nullptr;
    return index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isSelect() || !isActive())
        return false;
    if (isForwardOnly() && index < m_pulled - 1)
        return false; // cannot go back
    while (m_pulled <= index) {
        if (!pullRow()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchNext()
{
    if (at() == QSql::AfterLastRow)
        return false;
    return fetch(at() < 0 ? 0 : at() + 1);
}

bool SqlCipherResult::fetchLast()
{
    if (!isSelect() || !isActive())
        return false;
    while (pullRow()) {
    }
    if (m_pulled == 0) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(m_pulled - 1);
    return true;
}

QVariant SqlCipherResult::data(int index)
{
    const QVariantList* row = rowAt(at());
    if (!row || index < 0 || index >= row->size())
        return QVariant();
    const QVariant& v = row->at(index);
    if (v.isNull())
        return v;
    // As in Qt's own SQLite driver the policy only narrows floating-point values; integers stay
    // 64-bit so that ids and amounts in minor units never lose precision.
    if (v.typeId() == QMetaType::Double) {
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return v.toInt();
        case QSql::LowPrecisionInt64:
            return v.toLongLong();
        case QSql::LowPrecisionDouble:
        case QSql::HighPrecision:
            break;
        }
    }
    return v;
}

bool SqlCipherResult::isNull(int index)
{
    const QVariantList* row = rowAt(at());
    return !row || index < 0 || index >= row->size() || row->at(index).isNull();
}

int SqlCipherResult::size()
{
    return -1; // SQLite cannot know how many rows a query yields before stepping through them
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() ? m_lastInsertId : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    return isSelect() ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
}

} // namespace baza::db
