#include "core/db/Database.h"

#include "core/db/Migrations.h"
#include "core/db/SqlCipherDriver.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>

namespace baza::db {

namespace {

std::function<void(RekeyStage)>& rekeyHook()
{
    static std::function<void(RekeyStage)> hook;
    return hook;
}

void reachStage(RekeyStage stage)
{
    if (rekeyHook())
        rekeyHook()(stage);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::db", text);
}

sqlite3* rawHandle(const QSqlDatabase& db)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    return driver ? driver->connection() : nullptr;
}

Error sqlError(const QString& context, const QSqlError& e)
{
    Error err{ErrorCode::Sql,
              context + QStringLiteral(": ") + e.databaseText(),
              e.nativeErrorCode().toInt(),
              {}};
    if ((err.sqliteCode & 0xff) == SQLITE_CORRUPT)
        err.code = ErrorCode::Corrupt;
    return err;
}

Status fsyncFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return Error::make(ErrorCode::Io, tr("Cannot open %1: %2").arg(path, f.errorString()));
    if (!f.flush())
        return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, f.errorString()));
#ifdef Q_OS_UNIX
    if (::fsync(f.handle()) != 0)
        return Error::make(ErrorCode::Io, tr("Cannot write %1 to disk").arg(path));
#endif
    return {};
}

// Makes a rename in the folder of `path` durable (POSIX: fsync the folder).
void syncParentFolder(const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

// Atomically replaces `to` with `from` (rename(2) on POSIX, MoveFileEx on Windows).
Status atomicReplace(const QString& from, const QString& to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(),
                            QFile::encodeName(to).toStdString(), ec);
    if (ec)
        return Error::make(ErrorCode::Io,
                           tr("Cannot move %1 to %2: %3")
                               .arg(from, to, QString::fromLocal8Bit(ec.message().c_str())));
    syncParentFolder(to);
    return {};
}

void removeWithSideFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

// ATTACH opens with the flags of the main connection, which has no SQLITE_OPEN_CREATE for an
// existing file; an empty file is an empty database that ATTACH can then fill.
Status createEmptyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::make(
            ErrorCode::Io,
            tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return {};
}

// Read errors from a check that is known to be valid SQL mean damage once the file has opened
// with its key. SQLCipher 3 reports a page whose HMAC does not match as a plain SQLITE_ERROR.
bool isDamageCode(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_ERROR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_IOERR:
    case SQLITE_FORMAT:
        return true;
    default:
        return false;
    }
}

// Runs one statement with bound text parameters on the raw handle. Used where the parameters are
// secrets (keys) that must not linger in QSqlQuery's copies of bound values.
Status execRaw(sqlite3* db, const char* sql, std::initializer_list<QByteArrayView> params)
{
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    int i = 1;
    for (QByteArrayView p : params) {
        if (rc != SQLITE_OK)
            break;
        rc = sqlite3_bind_text(st, i++, p.data(), int(p.size()), SQLITE_STATIC);
    }
    if (rc == SQLITE_OK) {
        do {
            rc = sqlite3_step(st);
        } while (rc == SQLITE_ROW);
    }
    const int code = sqlite3_extended_errcode(db);
    const QString msg = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_OK)
        return Error{ErrorCode::Sql, msg, code, {}};
    return {};
}

QAtomicInteger<quint64> g_connectionCounter;

} // namespace

Error wrongPassphraseError(const QString& path)
{
    return Error{ErrorCode::WrongPassphrase,
                 tr("Cannot open %1: wrong passphrase, or not a Baza database.")
                     .arg(QDir::toNativeSeparators(path)),
                 SQLITE_NOTADB,
                 {}};
}

Status execScript(QSqlDatabase& db, const QString& sql)
{
    sqlite3* h = rawHandle(db);
    if (!h)
        return Error::make(ErrorCode::Sql, tr("The database is not open"));
    char* err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(h, utf8.constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        Error e{ErrorCode::Sql,
                QString::fromUtf8(err ? err : sqlite3_errstr(rc)),
                sqlite3_extended_errcode(h),
                {}};
        sqlite3_free(err);
        return e;
    }
    return {};
}

void Database::setRekeyHook(std::function<void(RekeyStage)> hook)
{
    rekeyHook() = std::move(hook);
}

Database::Database(QString path, SecretKey key)
    : m_path(std::move(path))
    , m_key(std::move(key))
    , m_prefix(QStringLiteral("baza-%1-").arg(++g_connectionCounter))
{
    SqlCipherDriver::registerDriver();
}

Database::~Database()
{
    closeAll();
}

Status Database::checkFile(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return Error::make(ErrorCode::Io,
                           tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    const QByteArray head = f.read(16);
    if (head.startsWith("SQLite format 3"))
        return Error::make(ErrorCode::NotEncrypted,
                           tr("%1 is an unencrypted SQLite database, not a Baza database. Baza "
                              "only opens encrypted files.")
                               .arg(QDir::toNativeSeparators(path)));
    if (head.size() < int(KdfParams::SaltBytes) || info.size() < 1024)
        return wrongPassphraseError(path);
    return {};
}

Result<SecretKey> Database::deriveKeyFor(const QString& path, const QString& passphrase)
{
    if (Status s = checkFile(path); !s)
        return s.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, f.errorString());
    const QByteArray salt = f.read(int(KdfParams::SaltBytes));
    QByteArray utf8 = passphrase.toUtf8();
    auto key = SecretKey::derive(utf8, salt);
    utf8.fill('\0');
    return key;
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const QString& passphrase)
{
    if (QFileInfo::exists(path))
        return Error::make(ErrorCode::Conflict, tr("%1 already exists; Baza will not overwrite it.")
                                                    .arg(QDir::toNativeSeparators(path)));
    if (passphrase.isEmpty())
        return Error::make(ErrorCode::Usage, tr("The passphrase must not be empty."));
    QByteArray utf8 = passphrase.toUtf8();
    auto key = SecretKey::derive(utf8, SecretKey::randomSalt());
    utf8.fill('\0');
    if (!key)
        return key.error();
    std::unique_ptr<Database> db(new Database(path, std::move(*key)));
    auto conn = db->openConnection(db->m_prefix + QStringLiteral("create"), true);
    if (!conn) {
        db.reset();
        removeWithSideFiles(path);
        return conn.error();
    }
    {
        // Registered at once, so that a failure below closes it before the file is removed.
        QMutexLocker lock(&db->m_mutex);
        db->m_connections.insert(QThread::currentThread(), conn->connectionName());
    }
    Status s;
    {
        QSqlQuery q(*conn);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            s = sqlError(tr("Cannot enable the write-ahead log"), q.lastError());
    }
    if (s)
        s = migrate(*conn);
    if (!s) {
        *conn = QSqlDatabase();
        db.reset();
        removeWithSideFiles(path);
        return s.error();
    }
    return finishOpen(std::move(db));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QString& passphrase)
{
    auto key = deriveKeyFor(path, passphrase);
    if (!key)
        return key.error();
    return openWithKey(path, std::move(*key));
}

Result<std::unique_ptr<Database>> Database::openWithKey(const QString& path, SecretKey key)
{
    if (Status s = checkFile(path); !s)
        return s.error();
    std::unique_ptr<Database> db(new Database(path, std::move(key)));
    auto conn = db->openConnection(db->m_prefix + QStringLiteral("main"), false);
    if (!conn)
        return conn.error();
    {
        QMutexLocker lock(&db->m_mutex);
        db->m_connections.insert(QThread::currentThread(), conn->connectionName());
    }
    // The version check comes before anything that could write.
    auto version = readSchemaVersion(*conn);
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return migrate(*conn).error(); // the NewerSchema error, nothing written
    QSqlQuery q(*conn);
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return sqlError(tr("Cannot enable the write-ahead log"), q.lastError());
    }
    q.finish();
    // A bulk load that did not finish left its indexes deferred; they come back before an
    // upgrade, whose steps are written against the whole schema of the version before.
    if (Status s = restoreDeferredIndexes(*conn); !s)
        return s.error();
    if (Status s = migrate(*conn); !s)
        return s.error();
    return finishOpen(std::move(db));
}

Result<std::unique_ptr<Database>> Database::finishOpen(std::unique_ptr<Database> db)
{
    return db;
}

Result<QSqlDatabase> Database::openConnection(const QString& name, bool create)
{
    QSqlDatabase conn = QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::Name), name);
    auto* driver = qobject_cast<SqlCipherDriver*>(conn.driver());
    if (!driver) {
        QSqlDatabase::removeDatabase(name);
        return Error::make(ErrorCode::Sql, tr("The SQLCipher driver is not available"));
    }
    // A new file gets the salt with the key; an existing file supplies its own.
    SecretKey::Literal literal(m_key, create);
    driver->setRawKey(literal.data(), literal.size());
    conn.setDatabaseName(m_path);
    if (create)
        conn.setConnectOptions(QStringLiteral("BAZA_CREATE"));
    if (!conn.open()) {
        const QSqlError e = conn.lastError();
        conn = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        const int code = e.nativeErrorCode().toInt();
        if ((code & 0xff) == SQLITE_NOTADB)
            return wrongPassphraseError(m_path);
        if ((code & 0xff) == SQLITE_CORRUPT)
            return Error{
                ErrorCode::Corrupt,
                tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), e.databaseText()),
                code,
                {}};
        return Error{ErrorCode::Io,
                     tr("Cannot open %1: %2")
                         .arg(QDir::toNativeSeparators(m_path),
                              e.databaseText().isEmpty() ? e.driverText() : e.databaseText()),
                     code,
                     {}};
    }
    return conn;
}

QSqlDatabase Database::connection()
{
    QThread* thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_connections.constFind(thread);
        if (it != m_connections.constEnd())
            return QSqlDatabase::database(*it, false);
    }
    const QString name = m_prefix + QStringLiteral("t%1").arg(quintptr(thread), 0, 16) +
                         QStringLiteral("-%1").arg(++g_connectionCounter);
    auto conn = openConnection(name, false);
    if (!conn) {
        qWarning("baza: cannot open a connection for a worker thread: %s",
                 qPrintable(conn.message()));
        return {};
    }
    QMutexLocker lock(&m_mutex);
    m_connections.insert(thread, name);
    return *conn;
}

void Database::releaseThreadConnection()
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.take(QThread::currentThread());
    }
    if (!name.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void Database::closeAll()
{
    QHash<QThread*, QString> all;
    {
        QMutexLocker lock(&m_mutex);
        all.swap(m_connections);
    }
    for (const QString& name : std::as_const(all)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

int Database::schemaVersion()
{
    QSqlDatabase db = connection();
    auto v = readSchemaVersion(db);
    return v ? *v : -1;
}

CipherInfo Database::cipherInfo()
{
    CipherInfo info;
    QSqlDatabase db = connection();
    if (auto* driver = qobject_cast<SqlCipherDriver*>(db.driver()))
        info.cipherVersion = driver->cipherVersion();
    info.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA cipher_page_size")) && q.next())
        info.cipherPageSize = q.value(0).toInt();
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA cipher_use_hmac")) && q.next())
        info.hmac = q.value(0).toInt() != 0;
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        info.journalMode = q.value(0).toString();
    q.finish();
    info.kdf = QStringLiteral("Argon2id (t=%1, m=%2 MiB, p=1), raw key")
                   .arg(KdfParams::OpsLimit)
                   .arg(KdfParams::MemLimitBytes / (1024 * 1024));
    info.schemaVersion = schemaVersion();
    return info;
}

Status Database::verify()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::make(ErrorCode::Sql, tr("The database is not open"));
    QStringList problems;
    // A page that fails to decrypt or to parse stops the check with an error rather than a row
    // of output; that is a finding, not a reason to report "ok".
    const auto failed = [&](const char* what, const QSqlError& e) {
        Error err = sqlError(tr(what), e);
        if (isDamageCode(err.sqliteCode)) {
            err.code = ErrorCode::Corrupt;
            err.message =
                tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), e.databaseText());
        }
        return err;
    };
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return failed(QT_TRANSLATE_NOOP("baza::db", "Integrity check failed"), q.lastError());
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (q.lastError().isValid())
            return failed(QT_TRANSLATE_NOOP("baza::db", "Integrity check failed"), q.lastError());
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return failed(QT_TRANSLATE_NOOP("baza::db", "Foreign key check failed"), q.lastError());
        while (q.next()) {
            problems << tr("%1 row %2 refers to a missing %3 record")
                            .arg(q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString());
        }
        if (q.lastError().isValid())
            return failed(QT_TRANSLATE_NOOP("baza::db", "Foreign key check failed"), q.lastError());
    }
    if (!problems.isEmpty())
        return Error::make(ErrorCode::Corrupt, problems.join(QLatin1Char('\n')));
    return {};
}

Status Database::backupTo(const QString& target)
{
    if (QFileInfo::exists(target))
        return Error::make(ErrorCode::Conflict,
                           tr("%1 already exists; choose a new name for the backup.")
                               .arg(QDir::toNativeSeparators(target)));
    const QString part = target + QStringLiteral(".part");
    removeWithSideFiles(part);
    QSqlDatabase db = connection();
    sqlite3* h = rawHandle(db);
    if (!h)
        return Error::make(ErrorCode::Sql, tr("The database is not open"));
    const int version = schemaVersion();
    if (Status created = createEmptyFile(part); !created)
        return created;
    // Same key and salt: the backup opens with the same passphrase.
    SecretKey::Literal literal(m_key, true);
    const QByteArray partPath = part.toUtf8();
    Status s = execRaw(h, "ATTACH DATABASE ?1 AS baza_backup KEY ?2",
                       {partPath, QByteArrayView(literal.data(), literal.size())});
    if (!s) {
        removeWithSideFiles(part);
        return Error::make(ErrorCode::Io, tr("Cannot create %1: %2").arg(part, s.message()));
    }
    // One read transaction: the copy is a consistent snapshot even while others write.
    s = execRaw(h, "BEGIN", {});
    if (s)
        s = execRaw(h, "SELECT sqlcipher_export('baza_backup')", {});
    if (s)
        s = execRaw(h,
                    QByteArray("PRAGMA baza_backup.user_version = " + QByteArray::number(version))
                        .constData(),
                    {});
    const Status end = execRaw(h, s ? "COMMIT" : "ROLLBACK", {});
    if (s && !end)
        s = end;
    (void)execRaw(h, "DETACH DATABASE baza_backup", {});
    if (!s) {
        removeWithSideFiles(part);
        return Error::make(ErrorCode::Io, tr("Backup failed: %1").arg(s.message()));
    }
    if (Status sync = fsyncFile(part); !sync) {
        removeWithSideFiles(part);
        return sync;
    }
    return atomicReplace(part, target);
}

Status Database::restore(const QString& backup, const QString& target, const QString& passphrase)
{
    // The checks run on a copy, so the backup itself is never written to (opening would switch
    // it to WAL or upgrade its schema), and what is checked is exactly what is swapped in.
    const QString part = target + QStringLiteral(".restore-part");
    removeWithSideFiles(part);
    if (Status s = checkFile(backup); !s)
        return s;
    if (!QFile::copy(backup, part))
        return Error::make(ErrorCode::Io, tr("Cannot copy %1 to %2")
                                              .arg(QDir::toNativeSeparators(backup),
                                                   QDir::toNativeSeparators(part)));
    // A backup left with a write-ahead log (it was open when copied) carries rows in it.
    const QString backupWal = backup + QStringLiteral("-wal");
    if (QFileInfo(backupWal).size() > 0 && !QFile::copy(backupWal, part + QStringLiteral("-wal"))) {
        removeWithSideFiles(part);
        return Error::make(ErrorCode::Io, tr("Cannot copy %1").arg(backupWal));
    }
    {
        auto key = deriveKeyFor(part, passphrase);
        if (!key) {
            removeWithSideFiles(part);
            return key.error().code == ErrorCode::WrongPassphrase ? wrongPassphraseError(backup)
                                                                  : key.error();
        }
        auto opened = Database::openWithKey(part, std::move(*key));
        if (!opened) {
            removeWithSideFiles(part);
            return opened.error().code == ErrorCode::WrongPassphrase ? wrongPassphraseError(backup)
                                                                     : opened.error();
        }
        if (Status s = (*opened)->verify(); !s) {
            opened = Error{};
            removeWithSideFiles(part);
            return Error::make(ErrorCode::Corrupt,
                               tr("The backup %1 failed its integrity check: %2")
                                   .arg(QDir::toNativeSeparators(backup), s.message()));
        }
        // Fold the log into the file: the file alone is moved into place.
        QSqlDatabase db = (*opened)->connection();
        (void)execScript(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (QFileInfo(part + QStringLiteral("-wal")).size() > 0) {
        removeWithSideFiles(part);
        return Error::make(
            ErrorCode::Io,
            tr("Cannot prepare %1 for restoring").arg(QDir::toNativeSeparators(backup)));
    }
    QFile::remove(part + QStringLiteral("-wal"));
    QFile::remove(part + QStringLiteral("-shm"));
    if (Status s = fsyncFile(part); !s) {
        removeWithSideFiles(part);
        return s;
    }
    // A stale log of the replaced file must not be replayed onto the restored one.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    return atomicReplace(part, target);
}

Status Database::changePassphrase(const QString& newPassphrase)
{
    if (newPassphrase.isEmpty())
        return Error::make(ErrorCode::Usage, tr("The new passphrase must not be empty."));
    {
        QMutexLocker lock(&m_mutex);
        if (m_connections.size() > 1 ||
            (m_connections.size() == 1 && !m_connections.contains(QThread::currentThread())))
            return Error::make(ErrorCode::Conflict,
                               tr("Close other windows and background work before changing "
                                  "the passphrase."));
    }
    QByteArray utf8 = newPassphrase.toUtf8();
    auto newKey = SecretKey::derive(utf8, SecretKey::randomSalt());
    utf8.fill('\0');
    if (!newKey)
        return newKey.error();

    const QString part = m_path + QStringLiteral(".rekey-part");
    removeWithSideFiles(part); // litter of an interrupted change, including a hot journal
    QSqlDatabase db = connection();
    sqlite3* h = rawHandle(db);
    if (!h)
        return Error::make(ErrorCode::Sql, tr("The database is not open"));
    const int version = schemaVersion();
    if (Status created = createEmptyFile(part); !created)
        return created;
    {
        SecretKey::Literal literal(*newKey, true);
        const QByteArray partPath = part.toUtf8();
        Status s = execRaw(h, "ATTACH DATABASE ?1 AS baza_rekey KEY ?2",
                           {partPath, QByteArrayView(literal.data(), literal.size())});
        if (s)
            s = execRaw(h, "BEGIN", {});
        if (s)
            s = execRaw(h, "SELECT sqlcipher_export('baza_rekey')", {});
        if (s)
            s = execRaw(
                h,
                QByteArray("PRAGMA baza_rekey.user_version = " + QByteArray::number(version))
                    .constData(),
                {});
        if (s)
            s = execRaw(h, "COMMIT", {});
        else
            (void)execRaw(h, "ROLLBACK", {});
        (void)execRaw(h, "DETACH DATABASE baza_rekey", {});
        if (!s) {
            removeWithSideFiles(part);
            return Error::make(ErrorCode::Io, tr("Changing the passphrase failed: %1; the old "
                                                 "passphrase still works.")
                                                  .arg(s.message()));
        }
    }
    // Prove the copy opens with the new key before the old file goes, and give it the
    // write-ahead log like every Baza file: sqlcipher_export does not carry the journal mode.
    {
        Database probe(part, newKey->clone());
        const Status checked = [&probe]() -> Status {
            auto conn = probe.openConnection(probe.m_prefix + QStringLiteral("probe"), false);
            if (!conn)
                return conn.error();
            {
                QMutexLocker lock(&probe.m_mutex);
                probe.m_connections.insert(QThread::currentThread(), conn->connectionName());
            }
            QSqlQuery q(*conn);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
                q.value(0).toString() != QLatin1String("ok"))
                return Error::make(ErrorCode::Corrupt, QString());
            q.finish();
            if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
                q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                return Error::make(ErrorCode::Io, QString());
            return {};
        }();
        if (!checked) {
            probe.closeAll();
            removeWithSideFiles(part);
            return Error::make(ErrorCode::Corrupt,
                               tr("The re-encrypted copy failed its check; the old passphrase "
                                  "still works."));
        }
    }
    // The probe's connection is closed: its empty log is gone.
    QFile::remove(part + QStringLiteral("-wal"));
    QFile::remove(part + QStringLiteral("-shm"));
    if (Status s = fsyncFile(part); !s) {
        removeWithSideFiles(part);
        return s;
    }
    reachStage(RekeyStage::CopyWritten);

    const auto reopenOld = [this]() {
        auto conn =
            openConnection(m_prefix + QStringLiteral("main-%1").arg(++g_connectionCounter), false);
        if (conn) {
            QMutexLocker lock(&m_mutex);
            m_connections.insert(QThread::currentThread(), conn->connectionName());
        }
    };
    // Every committed row must be in the old file itself before it is closed. If the log cannot
    // be folded in (another program is reading), stop: deleting it would lose rows.
    bool folded = false;
    {
        QSqlQuery q(db);
        folded = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() &&
                 q.value(0).toInt() == 0;
    }
    const Error busy = Error::make(ErrorCode::Conflict,
                                   tr("Another program is using %1; close it and try again. The "
                                      "old passphrase still works.")
                                       .arg(QDir::toNativeSeparators(m_path)));
    if (!folded) {
        removeWithSideFiles(part);
        return busy;
    }
    db = QSqlDatabase();
    closeAll();
    reachStage(RekeyStage::OldClosed);
    // The old log is folded in and empty; it must not meet the new file.
    if (QFileInfo(m_path + QStringLiteral("-wal")).size() > 0) {
        removeWithSideFiles(part);
        reopenOld();
        return busy;
    }
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    if (Status s = atomicReplace(part, m_path); !s) {
        removeWithSideFiles(part);
        reopenOld();
        return s;
    }
    reachStage(RekeyStage::Renamed);
    m_key = std::move(*newKey);
    auto reopened =
        openConnection(m_prefix + QStringLiteral("main-%1").arg(++g_connectionCounter), false);
    if (!reopened)
        return reopened.error();
    QMutexLocker lock(&m_mutex);
    m_connections.insert(QThread::currentThread(), reopened->connectionName());
    return {};
}

} // namespace baza::db
