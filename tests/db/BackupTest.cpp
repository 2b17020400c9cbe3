// Database::backupTo, Database::restore and Database::verify.

#include "DbTestUtil.h"

#include "core/db/Migrations.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace baza;

namespace {

int countRows(QSqlDatabase c, const QString& sql)
{
    QSqlQuery q(c);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Rows in the plain tables, in the change log (AUTOINCREMENT) and in the full-text index, so
// that a copy has to carry all three.
void fill(QSqlDatabase& c, int from, int to)
{
    ASSERT_TRUE(c.transaction());
    QSqlQuery q(c);
    for (int i = from; i < to; ++i) {
        ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)")));
        q.addBindValue(QStringLiteral("k%1").arg(i));
        q.addBindValue(QStringLiteral("zażółć gęślą jaźń %1").arg(i));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
    ASSERT_TRUE(q.exec(
        QStringLiteral("INSERT OR IGNORE INTO commands(id, label, hlc, device_id, created_at) "
                       "VALUES ('c1', 'l', 'h', 'd', 't')")));
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO changes(command_id, entity, entity_id, op, hlc, "
                              "device_id) VALUES ('c1', 'contact', 'x', 'set', 'h', 'd')")));
    // A full-text table of the test's own, so as not to depend on the search schema.
    ASSERT_TRUE(q.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE IF NOT EXISTS test_fts USING fts4(body, prefix=\"2\")")))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO test_fts(docid, body) VALUES (%1, 'semen lodz "
                                      "yolka')")
                           .arg(from)))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(c.commit());
}

TEST(Backup, WhileAnotherConnectionWrites)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("live.baza"));
    const QString target = dir.path(QStringLiteral("copy.baza"));
    auto db = test::createDatabase(path);
    ASSERT_TRUE(db);
    {
        QSqlDatabase c = db->connection();
        fill(c, 0, 3000);
    }
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::atomic<bool> writerFailed{false};
    std::unique_ptr<QThread> writer(QThread::create([&] {
        {
            QSqlDatabase c = db->connection();
            QSqlQuery q(c);
            for (int i = 0; !stop && i < 100000; ++i) {
                q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, 'w')"));
                q.addBindValue(QStringLiteral("w%1").arg(i));
                if (!q.exec()) {
                    writerFailed = true;
                    break;
                }
                ++written;
            }
        }
        db->releaseThreadConnection();
    }));
    writer->start();
    while (written < 20 && !writerFailed)
        QThread::msleep(1);
    const Status s = db->backupTo(target);
    const int writtenAtEnd = written;
    stop = true;
    writer->wait();
    ASSERT_TRUE(s.ok()) << s.message().toStdString();
    EXPECT_FALSE(writerFailed);
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".part")));

    auto copy = db::Database::open(target, test::testPassphrase());
    ASSERT_TRUE(copy.ok()) << copy.message().toStdString();
    EXPECT_TRUE((*copy)->verify().ok());
    EXPECT_EQ((*copy)->schemaVersion(), db::latestSchemaVersion());
    QSqlDatabase c = (*copy)->connection();
    EXPECT_EQ(countRows(c, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'k%'")), 3000);
    const int copied =
        countRows(c, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'w%'"));
    EXPECT_GE(copied, 20); // a snapshot from the middle of the writing
    EXPECT_LE(copied, writtenAtEnd);
    EXPECT_EQ(countRows(c, QStringLiteral("SELECT count(*) FROM test_fts WHERE test_fts "
                                          "MATCH 'lod*'")),
              1);
    EXPECT_EQ(
        countRows(c, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'changes'")), 1);
    // The snapshot is consistent: every 'w' row up to the highest one is there.
    EXPECT_EQ(countRows(c, QStringLiteral("SELECT max(CAST(substr(key, 2) AS INTEGER)) + 1 FROM "
                                          "meta WHERE key LIKE 'w%'")),
              copied);
}

TEST(Backup, RefusesAnExistingTarget)
{
    test::TempDir dir;
    auto db = test::createDatabase(dir.path(QStringLiteral("a.baza")));
    ASSERT_TRUE(db);
    const QString target = dir.path(QStringLiteral("taken"));
    test::writeFile(target, QByteArrayLiteral("keep me"));
    const Status s = db->backupTo(target);
    EXPECT_EQ(s.code(), ErrorCode::Conflict);
    EXPECT_TRUE(s.message().contains(QStringLiteral("taken")));
    EXPECT_EQ(test::fileBytes(target), QByteArrayLiteral("keep me"));
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".part")));
}

TEST(Backup, RestoreReplacesTargetAndChecksThePassphrase)
{
    test::TempDir dir;
    const QString live = dir.path(QStringLiteral("live.baza"));
    const QString backup = dir.path(QStringLiteral("backup.baza"));
    {
        auto db = test::createDatabase(live);
        ASSERT_TRUE(db);
        QSqlDatabase c = db->connection();
        fill(c, 0, 100);
        ASSERT_TRUE(db->backupTo(backup).ok());
        fill(c, 100, 150); // after the backup: gone once restored
    }
    const QByteArray backupSha = test::fileSha256(backup);
    const QByteArray liveSha = test::fileSha256(live);

    const Status wrong = db::Database::restore(backup, live, QStringLiteral("not it"));
    EXPECT_EQ(wrong.code(), ErrorCode::WrongPassphrase) << wrong.message().toStdString();
    EXPECT_TRUE(wrong.message().contains(QStringLiteral("backup.baza")));
    EXPECT_EQ(test::fileSha256(live), liveSha);
    EXPECT_EQ(test::fileSha256(backup), backupSha);
    EXPECT_FALSE(QFile::exists(live + QStringLiteral(".restore-part")));

    const Status ok = db::Database::restore(backup, live, test::testPassphrase());
    ASSERT_TRUE(ok.ok()) << ok.message().toStdString();
    EXPECT_EQ(test::fileSha256(backup), backupSha); // the backup is only read
    EXPECT_FALSE(QFile::exists(live + QStringLiteral(".restore-part")));
    auto opened = db::Database::open(live, test::testPassphrase());
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    QSqlDatabase c = (*opened)->connection();
    EXPECT_EQ(countRows(c, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'k%'")), 100);
    EXPECT_TRUE((*opened)->verify().ok());

    // A restore from something that is not a backup leaves the target alone.
    const QString junk = dir.path(QStringLiteral("junk.baza"));
    test::writeFile(junk, QByteArray(8192, 'j'));
    c = QSqlDatabase();
    opened = Error{};
    const QByteArray restoredSha = test::fileSha256(live);
    EXPECT_EQ(db::Database::restore(junk, live, test::testPassphrase()).code(),
              ErrorCode::WrongPassphrase);
    EXPECT_EQ(test::fileSha256(live), restoredSha);
}

TEST(Backup, VerifyPassesOnAGoodFileAndReportsDamage)
{
    test::TempDir dir;
    const QString good = dir.path(QStringLiteral("good.baza"));
    {
        auto db = test::createDatabase(good);
        ASSERT_TRUE(db);
        QSqlDatabase c = db->connection();
        fill(c, 0, 3000);
        const Status s = db->verify();
        EXPECT_TRUE(s.ok()) << s.message().toStdString();
    }
    const QByteArray bytes = test::fileBytes(good);
    const int pages = int(bytes.size() / 4096);
    ASSERT_GT(pages, 20);
    // Damage one page at a time in copies, from the back (row pages) towards the front (schema).
    int reported = 0;
    for (int page : {pages - 1, pages - 2, pages / 2, 3, 2}) {
        const QString damaged = dir.path(QStringLiteral("damaged-%1.baza").arg(page));
        QByteArray copy = bytes;
        copy[page * 4096 + 1000] = char(copy[page * 4096 + 1000] ^ 0x20);
        test::writeFile(damaged, copy);
        const QByteArray sha = test::fileSha256(damaged);
        {
            auto opened = db::Database::open(damaged, test::testPassphrase());
            if (!opened.ok()) {
                // The schema pages are read on open: refused there.
                EXPECT_TRUE(opened.code() == ErrorCode::Corrupt ||
                            opened.code() == ErrorCode::WrongPassphrase)
                    << page << ": " << opened.message().toStdString();
            } else {
                const Status s = (*opened)->verify();
                EXPECT_EQ(s.code(), ErrorCode::Corrupt)
                    << page << ": " << s.message().toStdString();
                EXPECT_FALSE(s.message().isEmpty());
                ++reported;
            }
        }
        EXPECT_EQ(test::fileSha256(damaged), sha) << page;
        EXPECT_FALSE(QFile::exists(damaged + QStringLiteral("-wal")));
        // restore() refuses a damaged backup.
        const QString target = dir.path(QStringLiteral("target-%1.baza").arg(page));
        const Status r = db::Database::restore(damaged, target, test::testPassphrase());
        EXPECT_FALSE(r.ok()) << page;
        EXPECT_FALSE(QFile::exists(target));
    }
    EXPECT_GE(reported, 2); // the last pages hold rows, not schema
}

} // namespace
