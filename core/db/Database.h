#pragma once

#include "core/common/Result.h"
#include "core/db/SecretKey.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace baza::db {

struct CipherInfo
{
    QString cipherVersion;
    QString sqliteVersion;
    int cipherPageSize = 4096;
    bool hmac = true;
    QString kdf;
    int schemaVersion = 0;
    QString journalMode;
};

// Where a passphrase change can be interrupted; used by crash tests.
enum class RekeyStage { CopyWritten, OldClosed, Renamed };

// An open, keyed, migrated Baza database file. Hands out one QSqlDatabase connection per thread,
// all keyed with the same raw key, so workers open in milliseconds.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A new file. Refuses to overwrite an existing one.
    static Result<std::unique_ptr<Database>> create(const QString& path, const QString& passphrase);
    static Result<std::unique_ptr<Database>> open(const QString& path, const QString& passphrase);
    // For callers that derived the key already (the desktop app derives off the UI thread).
    static Result<std::unique_ptr<Database>> openWithKey(const QString& path, SecretKey key);
    // Derives the key of an existing file from its salt.
    static Result<SecretKey> deriveKeyFor(const QString& path, const QString& passphrase);

    // Checks the file before any SQLite code touches it: present, readable, not plaintext SQLite.
    static Status checkFile(const QString& path);

    // The connection for the calling thread, opened on first use.
    QSqlDatabase connection();
    // Workers call this before their thread ends.
    void releaseThreadConnection();

    QString path() const { return m_path; }
    int schemaVersion();
    CipherInfo cipherInfo();

    // A consistent encrypted copy (same passphrase), written while the database stays in use.
    Status backupTo(const QString& target);
    // Replaces `target` with `backup` after checking the backup opens with `passphrase` and passes
    // the integrity check. The target must not be open.
    static Status restore(const QString& backup, const QString& target, const QString& passphrase);
    // Integrity check; problems (if any) are returned in the error message, one per line.
    Status verify();
    // New passphrase, new salt. The file is rewritten aside and swapped in atomically, so an
    // interruption leaves either the old or the new passphrase working. Only the calling thread
    // may hold a connection.
    Status changePassphrase(const QString& newPassphrase);

    // Raw key for the emergency path through the stock sqlcipher shell.
    QByteArray keyHexForEmergency() const { return m_key.keyHexForEmergency(); }

    // Test hook: called at each stage of a passphrase change.
    static void setRekeyHook(std::function<void(RekeyStage)> hook);

private:
    Database(QString path, SecretKey key);
    static Result<std::unique_ptr<Database>> finishOpen(std::unique_ptr<Database> db);
    Result<QSqlDatabase> openConnection(const QString& name, bool create);
    void closeAll();

    QString m_path;
    SecretKey m_key;
    QMutex m_mutex;
    QHash<QThread*, QString> m_connections;
    QString m_prefix;
};

// Runs a script of several statements on the connection (migrations, maintenance).
Status execScript(QSqlDatabase& db, const QString& sql);
// A translated "wrong passphrase, or not a Baza database" error for `path`.
Error wrongPassphraseError(const QString& path);

} // namespace baza::db
