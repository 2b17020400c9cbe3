#include "TestSupport.h"

#include "core/db/Migrations.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace baza;

TEST(Database, CreateReopenAndWrongPassphrase)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("a.baza"));
    {
        auto db = test::createDatabase(path);
        ASSERT_TRUE(db);
        EXPECT_EQ(db->schemaVersion(), db::latestSchemaVersion());
        QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('k', 'Łódź Семён')")));
    }
    const QByteArray before = test::fileSha256(path);
    auto wrong = db::Database::open(path, QStringLiteral("nope"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.code(), ErrorCode::WrongPassphrase);
    EXPECT_EQ(test::fileSha256(path), before);

    auto right = db::Database::open(path, test::testPassphrase());
    ASSERT_TRUE(right.ok()) << right.message().toStdString();
    QSqlDatabase c = (*right)->connection();
    QSqlQuery q(c);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'k'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Łódź Семён"));
}
