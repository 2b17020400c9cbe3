#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace baza::db {

class SqlCipherDriver;

// One prepared statement. Rows are pulled from SQLite on demand; for scrollable queries the
// rows already seen are kept so QSqlQueryModel can seek backwards.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    // Called by the driver when the connection closes under us.
    void finalize();
    // Called by the driver when it is destroyed before this result.
    void detachDriver();

protected:
    using QSqlResult::bindValue;
    // Positional input values are kept here: QSqlResult's own version names every position for
    // its placeholder map (a string formatted per value, a few percent of a bulk write).
    void bindValue(int index, const QVariant& value, QSql::ParamType type) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    QVariant data(int index) override;
    bool isNull(int index) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    bool bindValues();
    // Steps the statement once; appends the row. Returns false at the end or on error.
    bool pullRow();
    QVariantList readRow() const;
    const QVariantList* rowAt(int index) const;
    void setError(const QString& what, int code, QSqlError::ErrorType type);
    sqlite3* db() const;

    const SqlCipherDriver* m_driver; // null once the driver is gone
    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QVariantList> m_rows; // scrollable: every row seen; forward-only: the current one
    int m_pulled = 0;           // rows taken from the statement since exec()
    bool m_done = true;         // the statement has no more rows
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
    QVariantList m_positional; // values bound by position since prepare(), by index
};

} // namespace baza::db
