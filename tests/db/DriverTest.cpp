// The SQLCipher driver under QSqlQuery: binding, value round-trips, transactions, metadata.

#include "DbTestUtil.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

using namespace baza;

namespace {

class Driver : public ::testing::Test
{
protected:
    void SetUp() override
    {
        conn = std::make_unique<test::RawConnection>(dir.path(QStringLiteral("d.baza")),
                                                     test::randomKeyLiteral(), true);
        ASSERT_TRUE(conn->isOpen()) << conn->db().lastError().text().toStdString();
        db = conn->db();
        exec("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB, v)");
    }
    void TearDown() override
    {
        db = QSqlDatabase();
        conn.reset();
    }

    void exec(const char* sql)
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QString::fromUtf8(sql))) << sql << ": " << errorText(q);
    }
    static std::string errorText(const QSqlQuery& q) { return q.lastError().text().toStdString(); }

    // Writes `value` through a prepared statement into column `column` and reads it back.
    QVariant roundTrip(const char* column, const QVariant& value)
    {
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("DELETE FROM t")));
        EXPECT_TRUE(
            q.prepare(QStringLiteral("INSERT INTO t (%1) VALUES (?)").arg(QLatin1String(column))));
        q.addBindValue(value);
        EXPECT_TRUE(q.exec()) << errorText(q);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT %1 FROM t").arg(QLatin1String(column))));
        EXPECT_TRUE(q.next());
        return q.value(0);
    }

    test::TempDir dir;
    std::unique_ptr<test::RawConnection> conn;
    QSqlDatabase db;
};

TEST_F(Driver, PositionalAndNamedBinding)
{
    QSqlQuery q(db);
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)")));
    q.addBindValue(7);
    q.addBindValue(QStringLiteral("seven"));
    ASSERT_TRUE(q.exec()) << errorText(q);

    // The same name twice: both places get the value.
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO t (i, s, v) VALUES (:n, :label, :n * 2)")));
    q.bindValue(QStringLiteral(":n"), 21);
    q.bindValue(QStringLiteral(":label"), QStringLiteral("twenty-one"));
    ASSERT_TRUE(q.exec()) << errorText(q);

    ASSERT_TRUE(q.prepare(QStringLiteral("SELECT s, v FROM t WHERE i = :i OR i = :i + 14")));
    q.bindValue(QStringLiteral(":i"), 7);
    ASSERT_TRUE(q.exec()) << errorText(q);
    QStringList seen;
    while (q.next())
        seen << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
    EXPECT_EQ(seen, (QStringList{QStringLiteral("seven/"), QStringLiteral("twenty-one/42")}));

    // Too few values is an error, not a silent NULL.
    ASSERT_TRUE(q.prepare(QStringLiteral("SELECT ?, ?")));
    q.addBindValue(1);
    EXPECT_FALSE(q.exec());
    EXPECT_TRUE(q.lastError().isValid());
}

TEST_F(Driver, NullsAndIntegersRoundTrip)
{
    EXPECT_TRUE(roundTrip("i", QVariant()).isNull());
    EXPECT_TRUE(roundTrip("s", QVariant(QMetaType::fromType<QString>())).isNull());
    // A null QString/QByteArray/QDateTime binds as SQL NULL, as with Qt's own drivers.
    EXPECT_TRUE(roundTrip("s", QVariant(QString())).isNull());
    EXPECT_TRUE(roundTrip("b", QVariant(QByteArray())).isNull());
    EXPECT_TRUE(roundTrip("v", QVariant(QDateTime())).isNull());
    EXPECT_EQ(roundTrip("s", QVariant(QStringLiteral(""))).toString(), QString());
    EXPECT_FALSE(roundTrip("s", QVariant(QStringLiteral(""))).isNull());

    for (qint64 n : {qint64(0), qint64(-1), qint64(1) << 53, std::numeric_limits<qint64>::min(),
                     std::numeric_limits<qint64>::max()}) {
        const QVariant v = roundTrip("i", QVariant::fromValue(n));
        EXPECT_EQ(v.typeId(), QMetaType::LongLong);
        EXPECT_EQ(v.toLongLong(), n);
    }
    EXPECT_EQ(roundTrip("i", true).toLongLong(), 1);
    EXPECT_EQ(roundTrip("i", quint32(4000000000u)).toLongLong(), 4000000000LL);
}

TEST_F(Driver, DoublesRoundTripExactly)
{
    for (double d : {0.1, 1e-300, -1e300, 1.0 / 3.0, std::numeric_limits<double>::min(),
                     std::numeric_limits<double>::denorm_min(), 123456789.123456789}) {
        const QVariant v = roundTrip("r", d);
        EXPECT_EQ(v.typeId(), QMetaType::Double);
        const double back = v.toDouble();
        EXPECT_EQ(std::memcmp(&back, &d, sizeof d), 0) << d;
    }
    const double negZero = roundTrip("v", -0.0).toDouble();
    EXPECT_EQ(negZero, 0.0);
    EXPECT_TRUE(std::signbit(negZero));
    QSqlQuery q(db);
    ASSERT_TRUE(q.prepare(QStringLiteral("SELECT ?")));
    q.addBindValue(-0.0);
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_TRUE(std::signbit(q.value(0).toDouble()));
    // A REAL column stores integral values as integers (SQLite's documented space saving), so
    // only the value survives there, not the sign of zero.
    const QVariant negZeroReal = roundTrip("r", -0.0);
    EXPECT_EQ(negZeroReal.typeId(), QMetaType::Double);
    EXPECT_EQ(negZeroReal.toDouble(), 0.0);
    // A column without affinity keeps the storage class too.
    EXPECT_EQ(roundTrip("v", 0.1).toDouble(), 0.1);
    EXPECT_EQ(roundTrip("v", 42).typeId(), QMetaType::LongLong);
}

TEST_F(Driver, TextRoundTripsUtf8)
{
    const QStringList texts{QStringLiteral("zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ"),
                            QStringLiteral("Łódź"),
                            QStringLiteral("Семён, ёлка, ЁЛКА"),
                            QStringLiteral("emoji 😀👩‍💻🇵🇱"),
                            QStringLiteral("quote ' and \" and ; -- not a comment"),
                            QString(1, QChar(0x2028))};
    for (const QString& s : texts) {
        const QVariant v = roundTrip("s", s);
        EXPECT_EQ(v.typeId(), QMetaType::QString);
        EXPECT_EQ(v.toString(), s);
    }
    // SQLite sees the right characters, not mojibake.
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT length('Łódź'), length('ёлка'), upper('abc')")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 4);
    EXPECT_EQ(q.value(1).toInt(), 4);
}

TEST_F(Driver, BlobsRoundTripWithEveryByte)
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    all.append(QByteArray(100, '\0'));
    all.append("tail");
    const QVariant v = roundTrip("b", all);
    EXPECT_EQ(v.typeId(), QMetaType::QByteArray);
    EXPECT_EQ(v.toByteArray(), all);
    EXPECT_EQ(v.toByteArray().size(), 256 + 100 + 4);

    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT typeof(b), length(b) FROM t")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("blob"));
    EXPECT_EQ(q.value(1).toInt(), 360);
}

TEST_F(Driver, LastInsertIdAndRowsAffected)
{
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t (id, i) VALUES (41, 1)")));
    EXPECT_EQ(q.lastInsertId().toLongLong(), 41);
    EXPECT_EQ(q.numRowsAffected(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (2)")));
    EXPECT_EQ(q.lastInsertId().toLongLong(), 42);
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (3)")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE t SET s = 'x' WHERE i >= 2")));
    EXPECT_EQ(q.numRowsAffected(), 2);
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE t SET s = 'x' WHERE i > 100")));
    EXPECT_EQ(q.numRowsAffected(), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM t WHERE i <> 2")));
    EXPECT_EQ(q.numRowsAffected(), 2);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM t")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(Driver, TransactionsCommitAndRollBack)
{
    ASSERT_TRUE(db.driver()->hasFeature(QSqlDriver::Transactions));
    ASSERT_TRUE(db.transaction());
    exec("INSERT INTO t (i) VALUES (1)");
    ASSERT_TRUE(db.commit());
    ASSERT_TRUE(db.transaction());
    exec("INSERT INTO t (i) VALUES (2)");
    exec("DELETE FROM t WHERE i = 1");
    ASSERT_TRUE(db.rollback());
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(i) FROM t")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("1"));
    EXPECT_FALSE(db.commit()); // nothing to commit
}

TEST_F(Driver, TablesRecordAndPrimaryIndex)
{
    exec("CREATE TABLE pair (a TEXT NOT NULL, b INTEGER DEFAULT 5, c BLOB, PRIMARY KEY (b, a))");
    exec("CREATE VIEW tv AS SELECT i FROM t");
    EXPECT_EQ(db.tables(), (QStringList{QStringLiteral("pair"), QStringLiteral("t")}));
    EXPECT_TRUE(db.tables(QSql::Views).contains(QStringLiteral("tv")));
    EXPECT_FALSE(db.tables(QSql::Tables).contains(QStringLiteral("tv")));

    const QSqlRecord rec = db.record(QStringLiteral("t"));
    ASSERT_EQ(rec.count(), 6);
    EXPECT_EQ(rec.fieldName(0), QStringLiteral("id"));
    EXPECT_EQ(rec.field(0).metaType().id(), QMetaType::LongLong);
    EXPECT_TRUE(rec.field(0).isAutoValue());
    EXPECT_EQ(rec.field(2).metaType().id(), QMetaType::Double);
    EXPECT_EQ(rec.field(3).metaType().id(), QMetaType::QString);
    EXPECT_EQ(rec.field(4).metaType().id(), QMetaType::QByteArray);

    const QSqlRecord pair = db.record(QStringLiteral("pair"));
    EXPECT_EQ(pair.field(QStringLiteral("a")).requiredStatus(), QSqlField::Required);
    EXPECT_EQ(pair.field(QStringLiteral("b")).defaultValue().toString(), QStringLiteral("5"));

    const QSqlIndex pk = db.primaryIndex(QStringLiteral("pair"));
    ASSERT_EQ(pk.count(), 2);
    EXPECT_EQ(pk.fieldName(0), QStringLiteral("b")); // key order, not column order
    EXPECT_EQ(pk.fieldName(1), QStringLiteral("a"));
    EXPECT_EQ(db.primaryIndex(QStringLiteral("t")).fieldName(0), QStringLiteral("id"));
    EXPECT_TRUE(db.record(QStringLiteral("missing")).isEmpty());
}

TEST_F(Driver, ErrorsCarryExtendedCodes)
{
    exec("CREATE TABLE u (name TEXT UNIQUE NOT NULL)");
    exec("INSERT INTO u VALUES ('Łódź')");
    QSqlQuery q(db);
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO u VALUES (?)")));
    q.addBindValue(QStringLiteral("Łódź"));
    EXPECT_FALSE(q.exec());
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("2067")); // CONSTRAINT_UNIQUE
    EXPECT_TRUE(q.lastError().databaseText().contains(QLatin1String("UNIQUE constraint failed")))
        << errorText(q);
    EXPECT_EQ(q.lastError().type(), QSqlError::StatementError);

    q.addBindValue(QVariant());
    EXPECT_FALSE(q.exec());
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("1299")); // CONSTRAINT_NOTNULL

    // A syntax error is reported by prepare, not later.
    EXPECT_FALSE(q.prepare(QStringLiteral("SELEC 1")));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("1"));
    EXPECT_TRUE(q.lastError().databaseText().contains(QLatin1String("syntax error")));
    EXPECT_FALSE(q.prepare(QStringLiteral("SELECT nope FROM t")));
    EXPECT_TRUE(q.lastError().databaseText().contains(QLatin1String("no such column")));

    // A failed statement leaves the connection usable.
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM u")));
}

TEST_F(Driver, RefusesMultipleStatements)
{
    QSqlQuery q(db);
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO t (i) VALUES (1); DELETE FROM t")));
    EXPECT_TRUE(q.lastError().isValid());
    EXPECT_FALSE(q.prepare(QStringLiteral("SELECT 1; SELECT 2")));
    // Nothing of the refused script ran.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM t")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    // Trailing semicolons, blanks and comments are not a second statement.
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT 1 ;  \n")));
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT 1; -- the answer\n")));
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT 1 /* one */;")));
}

} // namespace
