#pragma once

// Helpers shared by the suites in tests/db: raw driver connections (no Argon2id), the stock
// sqlcipher shell, file inspection.

#include "TestSupport.h"

#include "core/db/SqlCipherDriver.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QString>
#include <QUuid>

#include <gtest/gtest.h>

#include <ostream>

// Readable QStrings in failure messages (gtest finds PrintTo next to the type).
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace baza::test {

// A random raw key literal x'<64 hex key><32 hex salt>', as SQLCipher expects for a new file.
inline QByteArray randomKeyLiteral()
{
    QByteArray raw(48, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QByteArrayLiteral("x'") + raw.toHex() + QByteArrayLiteral("'");
}

// A QSqlDatabase on our driver, keyed with a raw literal. Closes and removes itself; queries
// must be declared after it so that they go first.
class RawConnection
{
public:
    RawConnection(const QString& path, const QByteArray& literal, bool create)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        db::SqlCipherDriver::registerDriver();
        QSqlDatabase c =
            QSqlDatabase::addDatabase(QLatin1String(db::SqlCipherDriver::Name), m_name);
        auto* driver = qobject_cast<db::SqlCipherDriver*>(c.driver());
        EXPECT_NE(driver, nullptr);
        if (driver)
            driver->setRawKey(literal.constData(), int(literal.size()));
        c.setDatabaseName(path);
        if (create)
            c.setConnectOptions(QStringLiteral("BAZA_CREATE"));
        m_opened = c.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase c = QSqlDatabase::database(m_name, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_opened; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_opened = false;
};

inline bool fileExists(const QString& path)
{
    return QFile::exists(path);
}

inline QString sqlcipherShell()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
}

// Runs a shell (sqlcipher or sqlite3) on `path` with `script` on stdin. Secrets go through
// stdin only, never the command line. Returns stdout; `ok` tells whether it exited with 0.
inline QByteArray runShell(const QString& shell, const QString& path, const QByteArray& script,
                           bool* ok = nullptr, QByteArray* err = nullptr)
{
    QProcess p;
    p.start(shell, {QStringLiteral("-batch"), path});
    const bool started = p.waitForStarted(10000);
    if (started) {
        p.write(script);
        p.closeWriteChannel();
        p.waitForFinished(30000);
    }
    if (ok)
        *ok = started && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (err)
        *err = p.readAllStandardError();
    return p.readAllStandardOutput();
}

// A plaintext SQLite database with one row, written by the stock shell (sqlcipher without a key
// behaves as plain SQLite). Returns false when no shell is installed.
inline bool makePlaintextDatabase(const QString& path)
{
    QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        shell = sqlcipherShell();
    if (shell.isEmpty())
        return false;
    bool ok = false;
    runShell(shell, path,
             "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);\n"
             "INSERT INTO meta VALUES ('secret', 'plain text Łódź');\n",
             &ok);
    return ok && fileBytes(path).startsWith("SQLite format 3");
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

} // namespace baza::test
