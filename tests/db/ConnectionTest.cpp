// Every connection, on any thread, is keyed and set up the same way.

#include "DbTestUtil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

using namespace baza;

namespace {

QString pragma(QSqlDatabase c, const char* name)
{
    QSqlQuery q(c);
    if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
        return QStringLiteral("<error: %1>").arg(q.lastError().text());
    return q.value(0).toString();
}

// The settings every Baza connection must have; returns what differs.
QStringList badPragmas(QSqlDatabase c)
{
    QStringList bad;
    const std::pair<const char*, const char*> expected[] = {
        {"foreign_keys", "1"},   {"secure_delete", "1"},       {"temp_store", "2"},
        {"journal_mode", "wal"}, {"cipher_page_size", "4096"}, {"cipher_use_hmac", "1"}};
    for (const auto& [name, value] : expected) {
        const QString got = pragma(c, name);
        if (got != QLatin1String(value))
            bad << QLatin1String(name) + QLatin1Char('=') + got;
    }
    return bad;
}

TEST(Connections, MainConnectionPragmas)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.baza"));
    {
        auto db = test::createDatabase(path);
        ASSERT_TRUE(db);
        EXPECT_EQ(badPragmas(db->connection()), QStringList());
    }
    auto opened = db::Database::open(path, test::testPassphrase());
    ASSERT_TRUE(opened.ok());
    auto& db = **opened;
    QSqlDatabase c = db.connection();
    EXPECT_EQ(badPragmas(c), QStringList());
    // Foreign keys are enforced, not only switched on.
    QSqlQuery q(c);
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO contacts(id, company_id, created_at, "
                                       "updated_at) VALUES ('c', 'no such company', 't', 't')")));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("787")); // CONSTRAINT_FOREIGNKEY

    const db::CipherInfo info = db.cipherInfo();
    EXPECT_FALSE(info.cipherVersion.isEmpty());
    EXPECT_EQ(info.cipherPageSize, 4096);
    EXPECT_TRUE(info.hmac);
    EXPECT_EQ(info.journalMode, QStringLiteral("wal"));
    EXPECT_TRUE(info.kdf.contains(QLatin1String("Argon2id")));
    EXPECT_EQ(info.schemaVersion, db.schemaVersion());
    // The same thread gets the same connection.
    EXPECT_EQ(db.connection().connectionName(), c.connectionName());
}

TEST(Connections, WorkerThreadsGetTheirOwnKeyedConnection)
{
    test::TempDir dir;
    auto db = test::createDatabase(dir.path(QStringLiteral("t.baza")));
    ASSERT_TRUE(db);
    const QString mainName = db->connection().connectionName();
    const int namesBefore = int(QSqlDatabase::connectionNames().size());

    constexpr int Workers = 4;
    constexpr int RowsEach = 50;
    std::atomic<int> failures{0};
    std::vector<QStringList> pragmasSeen(Workers);
    std::vector<QString> names(Workers);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < Workers; ++w) {
        threads.emplace_back(QThread::create([&, w] {
            {
                QSqlDatabase c = db->connection();
                names[size_t(w)] = c.connectionName();
                if (!c.isOpen()) {
                    ++failures;
                    return;
                }
                pragmasSeen[size_t(w)] = badPragmas(c);
                QSqlQuery q(c);
                for (int i = 0; i < RowsEach; ++i) {
                    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
                    q.addBindValue(QStringLiteral("w%1-%2").arg(w).arg(i));
                    q.addBindValue(QStringLiteral("ёлка"));
                    if (!q.exec())
                        ++failures;
                }
            }
            db->releaseThreadConnection();
        }));
        threads.back()->start();
    }
    for (auto& t : threads)
        EXPECT_TRUE(t->wait(60000));
    EXPECT_EQ(failures, 0);
    for (int w = 0; w < Workers; ++w) {
        EXPECT_EQ(pragmasSeen[size_t(w)], QStringList()) << "worker " << w;
        EXPECT_NE(names[size_t(w)], mainName);
    }
    // Released: no connection left behind by the workers.
    EXPECT_EQ(int(QSqlDatabase::connectionNames().size()), namesBefore);

    QSqlDatabase c = db->connection();
    QSqlQuery q(c);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE value = 'ёлка'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), Workers * RowsEach);
}

TEST(Connections, DriverRefusesToOpenWithoutAKey)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("nokey.baza"));
    test::RawConnection raw(path, QByteArray(), true);
    EXPECT_FALSE(raw.isOpen());
    EXPECT_TRUE(raw.db().lastError().isValid());
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
