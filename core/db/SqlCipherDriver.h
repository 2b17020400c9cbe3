#pragma once

#include <QByteArray>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace baza::db {

class SqlCipherResult;

// Qt SQL driver over the sqlcipher C API. Registered as "BAZASQLCIPHER".
//
// The key never travels through QSqlDatabase's password: the owner hands the driver a raw key
// literal with setRawKey() before open(). Connect options understood:
//   BAZA_CREATE      create the file when it does not exist
//   BAZA_READONLY    open read-only
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr auto Name = "BAZASQLCIPHER";

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // Registers the driver with QSqlDatabase. Safe to call more than once.
    static void registerDriver();

    // The key as SQLCipher's raw literal, x'<64 hex>' or x'<96 hex>' (key + salt). Copied into
    // guarded memory and wiped when the driver goes away.
    void setRawKey(const char* literal, int length);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& connOpts) override;
    void close() override;
    QSqlResult* createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QVariant handle() const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;

    sqlite3* connection() const { return m_db; }
    // SQLCipher's version string, as reported by PRAGMA cipher_version after keying.
    QString cipherVersion() const { return m_cipherVersion; }

private:
    friend class SqlCipherResult;
    bool execSimple(const char* sql, QSqlError::ErrorType type);
    void setSqliteError(const QString& what, int code, QSqlError::ErrorType type);
    void wipeKey();

    sqlite3* m_db = nullptr;
    char* m_key = nullptr; // sodium_malloc'd, NUL-terminated literal
    int m_keyLength = 0;
    QString m_cipherVersion;
    mutable QSet<SqlCipherResult*> m_results;
};

} // namespace baza::db
