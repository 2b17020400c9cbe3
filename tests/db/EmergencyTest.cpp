// The emergency path of docs/emergency-access.md: the stock sqlcipher shell opens a Baza file
// with the raw key from Database::keyHexForEmergency().

#include "DbTestUtil.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace baza;

namespace {

// The commands of docs/emergency-access.md. The key goes in on stdin, never on a command line.
QByteArray emergencyScript(const QByteArray& hex, const char* query)
{
    return QByteArrayLiteral("PRAGMA key = \"x'") + hex + QByteArrayLiteral("'\";\n") +
           QByteArrayLiteral("PRAGMA cipher_page_size = 4096;\n"
                             "PRAGMA cipher_use_hmac = ON;\n") +
           QByteArray(query) + '\n';
}

TEST(Emergency, StockShellOpensTheFileWithTheRawKey)
{
    const QString shell = test::sqlcipherShell();
    if (shell.isEmpty())
        GTEST_SKIP() << "the sqlcipher shell is not installed";
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("rescue.baza"));
    QByteArray hex;
    {
        auto db = test::createDatabase(path);
        ASSERT_TRUE(db);
        hex = db->keyHexForEmergency();
        QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO meta(key, value) VALUES ('rescue', 'Łódź, Семён, zażółć 🔑')")));
    }
    ASSERT_EQ(hex.size(), 64);
    EXPECT_EQ(QByteArray::fromHex(hex).toHex(), hex);

    bool ok = false;
    QByteArray err;
    const QByteArray out =
        test::runShell(shell, path,
                       emergencyScript(hex, "SELECT value FROM meta WHERE key='rescue';\n"
                                            "PRAGMA integrity_check;"),
                       &ok, &err);
    EXPECT_TRUE(ok) << err.toStdString();
    EXPECT_EQ(QString::fromUtf8(out), QStringLiteral("Łódź, Семён, zażółć 🔑\nok\n"))
        << err.toStdString();

    // Opening with the key derived from the passphrase gives the same key.
    auto key = db::Database::deriveKeyFor(path, test::testPassphrase());
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(key->keyHexForEmergency(), hex);

    // A wrong key reads nothing.
    QByteArray wrong = hex;
    wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
    const QByteArray refused = test::runShell(
        shell, path, emergencyScript(wrong, "SELECT value FROM meta WHERE key='rescue';"), &ok,
        &err);
    EXPECT_FALSE(refused.contains("Łódź"));
    EXPECT_TRUE(err.contains("not a database")) << err.toStdString();

    // The shell did not damage the file: Baza still opens it.
    auto opened = db::Database::open(path, test::testPassphrase());
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    EXPECT_TRUE((*opened)->verify().ok());
}

} // namespace
