// Database::changePassphrase: the new passphrase works, the old one stops working, and a crash at
// any stage leaves exactly one of them working with every row intact.

#include "DbTestUtil.h"

#include "core/db/Migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <latch>

#include <sys/wait.h>
#include <unistd.h>

using namespace baza;

namespace {

QString newPassphrase()
{
    return QStringLiteral("nowe hasło — новый пароль 🔑");
}

void insertMeta(QSqlDatabase& c, const QString& key, const QString& value)
{
    QSqlQuery q(c);
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)")));
    q.addBindValue(key);
    q.addBindValue(value);
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
}

QString metaValue(QSqlDatabase c, const QString& key)
{
    QSqlQuery q(c);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return QStringLiteral("<missing>");
    return q.value(0).toString();
}

// A closed database with 500 rows.
QString makeDatabase(const test::TempDir& dir, const QString& name)
{
    const QString path = dir.path(name);
    auto db = test::createDatabase(path);
    EXPECT_TRUE(db);
    if (!db)
        return path;
    QSqlDatabase c = db->connection();
    EXPECT_TRUE(c.transaction());
    for (int i = 0; i < 500; ++i)
        insertMeta(c, QStringLiteral("row-%1").arg(i), QStringLiteral("Łódź Семён %1").arg(i));
    EXPECT_TRUE(c.commit());
    return path;
}

// Opens `path` with `passphrase` and checks every row is there.
void expectOpensIntact(const QString& path, const QString& passphrase, bool withChildRow)
{
    auto opened = db::Database::open(path, passphrase);
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    auto& db = **opened;
    EXPECT_TRUE(db.verify().ok()) << db.verify().message().toStdString();
    EXPECT_EQ(db.schemaVersion(), db::latestSchemaVersion());
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'row-%'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 500);
    EXPECT_EQ(metaValue(c, QStringLiteral("row-499")), QStringLiteral("Łódź Семён 499"));
    if (withChildRow) {
        EXPECT_EQ(metaValue(c, QStringLiteral("child")), QStringLiteral("written before rekey"));
    }
}

void expectRefused(const QString& path, const QString& passphrase)
{
    auto opened = db::Database::open(path, passphrase);
    EXPECT_EQ(opened.code(), ErrorCode::WrongPassphrase) << opened.message().toStdString();
}

TEST(Rekey, NewPassphraseWorksOldFailsDataIntact)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("r.baza"));
    const QByteArray saltBefore = test::fileBytes(path).left(16);
    {
        auto opened = db::Database::open(path, test::testPassphrase());
        ASSERT_TRUE(opened.ok());
        auto& db = **opened;
        const QByteArray hexBefore = db.keyHexForEmergency();
        EXPECT_EQ(db.changePassphrase(QString()).code(), ErrorCode::Usage);
        const Status s = db.changePassphrase(newPassphrase());
        ASSERT_TRUE(s.ok()) << s.message().toStdString();
        EXPECT_NE(db.keyHexForEmergency(), hexBefore);
        // The same object keeps working, in WAL mode like every connection.
        QSqlDatabase c = db.connection();
        insertMeta(c, QStringLiteral("after"), QStringLiteral("ёлка"));
        EXPECT_EQ(metaValue(c, QStringLiteral("row-7")), QStringLiteral("Łódź Семён 7"));
        QSqlQuery q(c);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
        EXPECT_FALSE(QFile::exists(path + QStringLiteral(".rekey-part")));
    }
    EXPECT_NE(test::fileBytes(path).left(16), saltBefore);
    expectRefused(path, test::testPassphrase());
    expectOpensIntact(path, newPassphrase(), false);
    auto opened = db::Database::open(path, newPassphrase());
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(metaValue((*opened)->connection(), QStringLiteral("after")), QStringLiteral("ёлка"));
}

TEST(Rekey, RefusedWhileAnotherThreadHoldsAConnection)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("busy.baza"));
    auto opened = db::Database::open(path, test::testPassphrase());
    ASSERT_TRUE(opened.ok());
    auto& db = **opened;
    std::latch connected(1);
    std::latch release(1);
    std::unique_ptr<QThread> worker(QThread::create([&] {
        EXPECT_TRUE(db.connection().isOpen());
        connected.count_down();
        release.wait();
        db.releaseThreadConnection();
    }));
    worker->start();
    connected.wait();
    const QByteArray before = test::fileSha256(path);
    const Status s = db.changePassphrase(newPassphrase());
    release.count_down();
    worker->wait();
    EXPECT_EQ(s.code(), ErrorCode::Conflict);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".rekey-part")));
    EXPECT_EQ(test::fileSha256(path), before);
    // Once the worker is gone it works.
    EXPECT_TRUE(db.changePassphrase(newPassphrase()).ok());
}

// Runs changePassphrase in a child process that dies at `stage`.
void crashAt(db::RekeyStage stage, const QString& path)
{
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        // The child opens its own database: nothing of the parent's Qt SQL state is reused.
        int code = 2;
        {
            auto opened = db::Database::open(path, test::testPassphrase());
            if (opened) {
                {
                    // A row that sits only in the write-ahead log when the crash comes.
                    QSqlDatabase c = (*opened)->connection();
                    QSqlQuery q(c);
                    q.exec(QStringLiteral(
                        "INSERT INTO meta(key, value) VALUES ('child', 'written before rekey')"));
                }
                db::Database::setRekeyHook([stage](db::RekeyStage reached) {
                    if (reached == stage)
                        _exit(0);
                });
                code = (*opened)->changePassphrase(newPassphrase()) ? 3 : 4;
            }
        }
        _exit(code);
    }
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0) << "2: open failed, 3/4: the hook never fired";
}

class RekeyCrash : public ::testing::TestWithParam<db::RekeyStage>
{};

TEST_P(RekeyCrash, LeavesExactlyOnePassphraseWorking)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("crash.baza"));
    crashAt(GetParam(), path);
    if (GetParam() == db::RekeyStage::Renamed) {
        // The new file is in place.
        EXPECT_FALSE(QFile::exists(path + QStringLiteral(".rekey-part")));
        expectRefused(path, test::testPassphrase());
        expectOpensIntact(path, newPassphrase(), true);
    } else {
        // The old file is untouched; the copy aside is only litter.
        EXPECT_TRUE(QFile::exists(path + QStringLiteral(".rekey-part")));
        expectRefused(path, newPassphrase());
        expectOpensIntact(path, test::testPassphrase(), true);
        // A later change cleans up and succeeds.
        auto opened = db::Database::open(path, test::testPassphrase());
        ASSERT_TRUE(opened.ok());
        EXPECT_TRUE((*opened)->changePassphrase(newPassphrase()).ok());
        opened = Error{};
        expectOpensIntact(path, newPassphrase(), true);
    }
}

INSTANTIATE_TEST_SUITE_P(Stages, RekeyCrash,
                         ::testing::Values(db::RekeyStage::CopyWritten, db::RekeyStage::OldClosed,
                                           db::RekeyStage::Renamed),
                         [](const auto& param) {
                             switch (param.param) {
                             case db::RekeyStage::CopyWritten:
                                 return std::string("CopyWritten");
                             case db::RekeyStage::OldClosed:
                                 return std::string("OldClosed");
                             case db::RekeyStage::Renamed:
                                 return std::string("Renamed");
                             }
                             return std::string("Unknown");
                         });

} // namespace
