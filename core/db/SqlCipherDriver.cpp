#include "core/db/SqlCipherDriver.h"

#include "core/db/SqlCipherResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <sodium.h>

#include <cstring>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

namespace baza::db {

namespace {

QString dbTr(const char* text)
{
    return QCoreApplication::translate("baza::db", text);
}

QMetaType fieldTypeFromDecl(const QString& decl)
{
    const QString t = decl.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QMetaType(QMetaType::LongLong);
    if (t.contains(QLatin1String("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return QMetaType(QMetaType::Double);
    return QMetaType(QMetaType::QString);
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    // A QSqlQuery can outlive its connection; its result must not reach back into this driver.
    for (SqlCipherResult* r : std::as_const(m_results))
        r->detachDriver();
    m_results.clear();
    wipeKey();
}

void SqlCipherDriver::registerDriver()
{
    static const bool once = [] {
        QSqlDatabase::registerSqlDriver(QLatin1String(Name),
                                        new QSqlDriverCreator<SqlCipherDriver>());
        return true;
    }();
    Q_UNUSED(once);
}

void SqlCipherDriver::wipeKey()
{
    if (m_key) {
        sodium_free(m_key); // zeroes before releasing
        m_key = nullptr;
        m_keyLength = 0;
    }
}

void SqlCipherDriver::setRawKey(const char* literal, int length)
{
    wipeKey();
    if (sodium_init() < 0 || length <= 0)
        return;
    m_key = static_cast<char*>(sodium_malloc(size_t(length) + 1));
    if (!m_key)
        return;
    std::memcpy(m_key, literal, size_t(length));
    m_key[length] = '\0';
    m_keyLength = length;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

void SqlCipherDriver::setSqliteError(const QString& what, int code, QSqlError::ErrorType type)
{
    const QString native =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    setLastError(QSqlError(what, native, type, QString::number(code)));
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (err)
        sqlite3_free(err);
    if (rc != SQLITE_OK) {
        setSqliteError(QString::fromUtf8(sql), sqlite3_extended_errcode(m_db), type);
        return false;
    }
    return true;
}

bool SqlCipherDriver::open(const QString& db, const QString& user, const QString& password,
                           const QString& host, int port, const QString& connOpts)
{
    Q_UNUSED(user);
    Q_UNUSED(password);
    Q_UNUSED(host);
    Q_UNUSED(port);
    if (isOpen())
        close();

    bool create = false;
    bool readOnly = false;
    for (const QString& opt : connOpts.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString o = opt.trimmed();
        if (o == QLatin1String("BAZA_CREATE"))
            create = true;
        else if (o == QLatin1String("BAZA_READONLY"))
            readOnly = true;
    }
    if (!m_key) {
        setLastError(QSqlError(dbTr("No key was given for the encrypted database"), QString(),
                               QSqlError::ConnectionError));
        setOpenError(true);
        return false;
    }

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX;
    const QByteArray path = db.toUtf8();
    int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setSqliteError(dbTr("Cannot open the database file"), rc, QSqlError::ConnectionError);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 10000);

    rc = sqlite3_key(m_db, m_key, m_keyLength);
    bool ok = rc == SQLITE_OK;
    // Cipher parameters are explicit so that files are the same on every platform and on
    // SQLCipher 3 and 4 (whose defaults differ).
    // The defaults matter for databases ATTACHed later (backup, rekey).
    ok = ok && execSimple("PRAGMA cipher_default_page_size = 4096", QSqlError::ConnectionError);
    ok = ok && execSimple("PRAGMA cipher_default_use_hmac = ON", QSqlError::ConnectionError);
    ok = ok && execSimple("PRAGMA cipher_page_size = 4096", QSqlError::ConnectionError);
    ok = ok && execSimple("PRAGMA cipher_use_hmac = ON", QSqlError::ConnectionError);
    if (ok) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW) {
            m_cipherVersion =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        }
        sqlite3_finalize(st);
        if (m_cipherVersion.isEmpty()) {
            setLastError(QSqlError(dbTr("SQLCipher is not active on this connection"), QString(),
                                   QSqlError::ConnectionError));
            ok = false;
        } else if (!m_cipherVersion.startsWith(QLatin1Char('3'))) {
            // SQLCipher 4 and later: keep the version 3 algorithms, for this file and for the
            // files ATTACHed later (backup, rekey), which otherwise get SHA-512.
            ok = execSimple("PRAGMA cipher_default_hmac_algorithm = HMAC_SHA1",
                            QSqlError::ConnectionError) &&
                 execSimple("PRAGMA cipher_default_kdf_algorithm = PBKDF2_HMAC_SHA1",
                            QSqlError::ConnectionError) &&
                 execSimple("PRAGMA cipher_hmac_algorithm = HMAC_SHA1",
                            QSqlError::ConnectionError) &&
                 execSimple("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1",
                            QSqlError::ConnectionError);
        }
    }
    // The first read proves the key: a wrong key fails here with SQLITE_NOTADB and nothing has
    // been written to the file.
    ok = ok && execSimple("SELECT count(*) FROM sqlite_master", QSqlError::ConnectionError);
    ok = ok && execSimple("PRAGMA foreign_keys = ON", QSqlError::ConnectionError);
    ok = ok && execSimple("PRAGMA secure_delete = ON", QSqlError::ConnectionError);
    ok = ok && execSimple("PRAGMA temp_store = MEMORY", QSqlError::ConnectionError);
    // In WAL mode NORMAL is durable against application crashes; only a power cut can lose the
    // last commits, never corrupt the file.
    ok = ok && execSimple("PRAGMA synchronous = NORMAL", QSqlError::ConnectionError);
    // Every page read from disk is decrypted and authenticated; a 32 MiB cache keeps the hot
    // parts of the indexes (search, lists) decrypted.
    ok = ok && execSimple("PRAGMA cache_size = -32768", QSqlError::ConnectionError);
    if (!ok) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    for (SqlCipherResult* r : std::as_const(m_results))
        r->finalize();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    return isOpen() && execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execSimple("COMMIT", QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execSimple("ROLLBACK", QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("'table'");
    if (type & QSql::Views)
        kinds << QStringLiteral("'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name")
                   .arg(kinds.join(QLatin1Char(','))));
        while (q.next())
            result << q.value(0).toString();
    }
    if (type & QSql::SystemTables)
        result << QStringLiteral("sqlite_master");
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("PRAGMA table_info(%1)")
               .arg(escapeIdentifier(tableName, QSqlDriver::TableName)));
    while (q.next()) {
        // cid, name, type, notnull, dflt_value, pk
        QSqlField f(q.value(1).toString(), fieldTypeFromDecl(q.value(2).toString()), tableName);
        f.setRequiredStatus(q.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        if (!q.value(4).isNull())
            f.setDefaultValue(q.value(4));
        const bool intPk =
            q.value(5).toInt() == 1 &&
            q.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        f.setAutoValue(intPk);
        rec.append(f);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("PRAGMA table_info(%1)")
               .arg(escapeIdentifier(tableName, QSqlDriver::TableName)));
    QList<QPair<int, QSqlField>> keys;
    while (q.next()) {
        const int pkOrder = q.value(5).toInt();
        if (pkOrder > 0) {
            keys.append({pkOrder, QSqlField(q.value(1).toString(),
                                            fieldTypeFromDecl(q.value(2).toString()), tableName)});
        }
    }
    std::sort(keys.begin(), keys.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& k : keys)
        index.append(k.second);
    if (!keys.isEmpty())
        index.setName(QStringLiteral("sqlite_autoindex_%1_1").arg(tableName));
    return index;
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    Q_UNUSED(type);
    if (identifier.size() >= 2 && identifier.startsWith(QLatin1Char('"')) &&
        identifier.endsWith(QLatin1Char('"')))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SqlCipherDriver::formatValue(const QSqlField& field, bool trimStrings) const
{
    if (!field.isNull() && field.metaType().id() == QMetaType::QByteArray)
        return QLatin1String("X'") + QString::fromLatin1(field.value().toByteArray().toHex()) +
               QLatin1Char('\'');
    return QSqlDriver::formatValue(field, trimStrings);
}

} // namespace baza::db
