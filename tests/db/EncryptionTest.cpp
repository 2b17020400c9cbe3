// What is on disk: nothing readable, and files Baza refuses are never touched.

#include "DbTestUtil.h"

#include "core/db/Migrations.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace baza;

namespace {

// A file's bytes and whether SQLite's side files exist, to prove that a refused file was left
// exactly as it was.
struct Snapshot
{
    explicit Snapshot(QString p)
        : path(std::move(p))
        , sha(test::fileSha256(path))
        , size(QFile(path).size())
        , wal(QFile::exists(path + QStringLiteral("-wal")))
        , shm(QFile::exists(path + QStringLiteral("-shm")))
    {}
    void expectUnchanged() const
    {
        EXPECT_EQ(test::fileSha256(path), sha) << path.toStdString();
        EXPECT_EQ(QFile(path).size(), size);
        EXPECT_EQ(QFile::exists(path + QStringLiteral("-wal")), wal);
        EXPECT_EQ(QFile::exists(path + QStringLiteral("-shm")), shm);
        EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    }
    QString path;
    QByteArray sha;
    qint64 size;
    bool wal;
    bool shm;
};

QByteArray marker(int i)
{
    return QStringLiteral("MARKER-%1-zażółć").arg(i, 6, 10, QLatin1Char('0')).toUtf8();
}

// Nothing of the plaintext: no marker prefix, no Polish letters, no SQLite header.
void expectNoPlaintext(const QByteArray& bytes, const char* what)
{
    EXPECT_FALSE(bytes.contains("MARKER-")) << what;
    EXPECT_FALSE(bytes.contains(QStringLiteral("zażółć").toUtf8())) << what;
    EXPECT_FALSE(bytes.contains(marker(123))) << what;
    EXPECT_FALSE(bytes.contains("SQLite format 3")) << what;
    EXPECT_FALSE(bytes.contains("CREATE TABLE")) << what;
}

// A closed database with some rows, its file in one piece (no -wal).
QString makeDatabase(const test::TempDir& dir, const QString& name)
{
    const QString path = dir.path(name);
    auto db = test::createDatabase(path);
    EXPECT_TRUE(db);
    if (!db)
        return path;
    QSqlDatabase c = db->connection();
    QSqlQuery q(c);
    EXPECT_TRUE(c.transaction());
    EXPECT_TRUE(q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)")));
    for (int i = 0; i < 2000; ++i) {
        q.addBindValue(QString::fromUtf8(marker(i)));
        q.addBindValue(QStringLiteral("Семён ёлка %1").arg(i));
        EXPECT_TRUE(q.exec());
    }
    EXPECT_TRUE(c.commit());
    return path;
}

void expectRefused(const QString& path, std::initializer_list<ErrorCode> allowed)
{
    const Snapshot before(path);
    auto opened = db::Database::open(path, test::testPassphrase());
    ASSERT_FALSE(opened.ok()) << path.toStdString();
    EXPECT_NE(std::find(allowed.begin(), allowed.end(), opened.code()), allowed.end())
        << "code " << int(opened.code()) << ": " << opened.message().toStdString();
    EXPECT_FALSE(opened.message().isEmpty());
    before.expectUnchanged();
}

TEST(Encryption, NoPlaintextOnDisk)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("markers.baza"));
    {
        auto db = test::createDatabase(path);
        ASSERT_TRUE(db);
        QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        ASSERT_TRUE(c.transaction());
        ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)")));
        for (int i = 0; i < 10000; ++i) {
            q.addBindValue(QString::fromUtf8(marker(i)));
            q.addBindValue(
                QString(QString::fromUtf8(marker(i).toBase64()) + QStringLiteral(" Łódź")));
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        }
        ASSERT_TRUE(c.commit());
        // While open the rows sit in the write-ahead log: that is encrypted too.
        const QByteArray wal = test::fileBytes(path + QStringLiteral("-wal"));
        EXPECT_GT(wal.size(), 100 * 1024);
        expectNoPlaintext(wal, "-wal while open");
        expectNoPlaintext(test::fileBytes(path), "main file while open");
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'MARKER-%'")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 10000);
    }
    const QByteArray bytes = test::fileBytes(path);
    EXPECT_GT(bytes.size(), 500 * 1024);
    expectNoPlaintext(bytes, "main file after close");
    if (QFile::exists(path + QStringLiteral("-wal")))
        expectNoPlaintext(test::fileBytes(path + QStringLiteral("-wal")), "-wal after close");
}

TEST(Encryption, FileStartsWithRandomSalt)
{
    test::TempDir dir;
    const QString a = dir.path(QStringLiteral("a.baza"));
    const QString b = dir.path(QStringLiteral("b.baza"));
    test::createDatabase(a);
    test::createDatabase(b);
    const QByteArray saltA = test::fileBytes(a).left(16);
    const QByteArray saltB = test::fileBytes(b).left(16);
    ASSERT_EQ(saltA.size(), 16);
    EXPECT_NE(saltA, saltB);
    EXPECT_NE(saltA, QByteArray(16, '\0'));
    EXPECT_FALSE(saltA.startsWith("SQLite"));
    // The key is derived with exactly those bytes.
    auto key = db::Database::deriveKeyFor(a, test::testPassphrase());
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(key->salt(), saltA);
}

TEST(Encryption, PlaintextSqliteIsRefusedUntouched)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("plain.db"));
    if (!test::makePlaintextDatabase(path))
        GTEST_SKIP() << "neither sqlite3 nor sqlcipher is installed";
    const Snapshot before(path);
    auto opened = db::Database::open(path, test::testPassphrase());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.code(), ErrorCode::NotEncrypted);
    EXPECT_TRUE(opened.message().contains(QStringLiteral("plain.db")))
        << opened.message().toStdString();
    auto withKey = db::Database::openWithKey(path, db::SecretKey());
    EXPECT_EQ(withKey.code(), ErrorCode::NotEncrypted);
    before.expectUnchanged();
    EXPECT_TRUE(test::fileBytes(path).contains("plain text"));
}

TEST(Encryption, GarbageAndTinyFilesAreRefusedUntouched)
{
    test::TempDir dir;
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    for (char& c : noise)
        c = char(QRandomGenerator::global()->bounded(256));
    test::writeFile(dir.path(QStringLiteral("noise.baza")), noise);
    test::writeFile(dir.path(QStringLiteral("empty.baza")), QByteArray());
    test::writeFile(dir.path(QStringLiteral("short.baza")), QByteArrayLiteral("0123456789"));
    test::writeFile(dir.path(QStringLiteral("text.baza")), QByteArray(5000, 'x'));
    for (const char* name : {"noise.baza", "empty.baza", "short.baza", "text.baza"})
        expectRefused(dir.path(QString::fromLatin1(name)), {ErrorCode::WrongPassphrase});
    // An empty file is not a new database: it stays empty.
    EXPECT_EQ(QFile(dir.path(QStringLiteral("empty.baza"))).size(), 0);
    auto missing =
        db::Database::open(dir.path(QStringLiteral("missing.baza")), QStringLiteral("x"));
    EXPECT_EQ(missing.code(), ErrorCode::Io);
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("missing.baza"))));
}

TEST(Encryption, WrongPassphraseIsRefusedUntouched)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("w.baza"));
    const Snapshot before(path);
    auto opened = db::Database::open(path, QStringLiteral("Correct horse battery staple"));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.code(), ErrorCode::WrongPassphrase);
    EXPECT_TRUE(
        opened.message().contains(QLatin1String("wrong passphrase, or not a Baza database")))
        << opened.message().toStdString();
    EXPECT_TRUE(opened.message().contains(QStringLiteral("w.baza")));
    EXPECT_FALSE(opened.message().contains(QLatin1String("horse"))); // no secret in messages
    before.expectUnchanged();
}

TEST(Encryption, TruncatedAndDamagedFilesAreRefusedUntouched)
{
    test::TempDir dir;
    const QString good = makeDatabase(dir, QStringLiteral("good.baza"));
    const QByteArray bytes = test::fileBytes(good);
    ASSERT_GT(bytes.size(), 20 * 4096);
    ASSERT_FALSE(QFile::exists(good + QStringLiteral("-wal")));

    // Cut inside the first page, after the first page, and half-way.
    test::writeFile(dir.path(QStringLiteral("cut1.baza")), bytes.left(3000));
    test::writeFile(dir.path(QStringLiteral("cut2.baza")), bytes.left(4096 + 1000));
    test::writeFile(dir.path(QStringLiteral("cut3.baza")), bytes.left(bytes.size() / 2));
    // Flipped bytes in the first page: its HMAC no longer matches. (Damage further in is found
    // by verify(); see BackupTest.)
    QByteArray page1 = bytes;
    page1[2000] = char(page1[2000] ^ 0x5a);
    test::writeFile(dir.path(QStringLiteral("page1.baza")), page1);
    QByteArray header = bytes;
    header[40] = char(header[40] ^ 0x01);
    test::writeFile(dir.path(QStringLiteral("header.baza")), header);
    QByteArray salt = bytes;
    salt[3] = char(salt[3] ^ 0x01); // a different salt derives a different key
    test::writeFile(dir.path(QStringLiteral("salt.baza")), salt);

    for (const char* name :
         {"cut1.baza", "cut2.baza", "cut3.baza", "page1.baza", "header.baza", "salt.baza"})
        expectRefused(dir.path(QString::fromLatin1(name)),
                      {ErrorCode::WrongPassphrase, ErrorCode::Corrupt});
}

TEST(Encryption, CreateRefusesAnExistingPath)
{
    test::TempDir dir;
    const QString path = makeDatabase(dir, QStringLiteral("taken.baza"));
    const Snapshot before(path);
    auto again = db::Database::create(path, QStringLiteral("other"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.code(), ErrorCode::Conflict);
    EXPECT_TRUE(again.message().contains(QStringLiteral("taken.baza")));
    before.expectUnchanged();

    const QString note = dir.path(QStringLiteral("note.txt"));
    test::writeFile(note, QByteArrayLiteral("not a database"));
    EXPECT_EQ(db::Database::create(note, QStringLiteral("p")).code(), ErrorCode::Conflict);
    EXPECT_EQ(test::fileBytes(note), QByteArrayLiteral("not a database"));

    EXPECT_EQ(db::Database::create(dir.path(QStringLiteral("e.baza")), QString()).code(),
              ErrorCode::Usage);
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("e.baza"))));
    // The original still opens with its passphrase.
    auto opened = db::Database::open(path, test::testPassphrase());
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    EXPECT_EQ((*opened)->schemaVersion(), db::latestSchemaVersion());
}

} // namespace
