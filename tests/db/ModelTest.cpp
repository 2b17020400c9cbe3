// Iteration (forward-only and scrollable) and the driver under Qt's SQL models.

#include "DbTestUtil.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>

#include <gtest/gtest.h>

using namespace baza;

namespace {

// Collects what QAbstractItemModelTester complains about, so a broken model fails the test
// instead of only printing.
QStringList& modelWarnings()
{
    static QStringList list;
    return list;
}

void collectModelWarnings(QtMsgType type, const QMessageLogContext& context, const QString& msg)
{
    if (type == QtDebugMsg || !context.category || qstrcmp(context.category, "qt.modeltest") != 0)
        return;
    // Qt 6.4's QSqlQueryModel::setQuery() calls fetchMore() between beginResetModel() and
    // endResetModel() when the driver cannot tell the size of a result (SQLite never can), so
    // the tester sees rowsInserted inside a reset. That is Qt's, not the driver's.
    if (msg.contains(QLatin1String("changeInFlight")))
        return;
    modelWarnings() << msg;
}

class Models : public ::testing::Test
{
protected:
    void SetUp() override
    {
        conn = std::make_unique<test::RawConnection>(dir.path(QStringLiteral("m.baza")),
                                                     test::randomKeyLiteral(), true);
        ASSERT_TRUE(conn->isOpen());
        db = conn->db();
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral(
            "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL)")));
        ASSERT_TRUE(db.transaction());
        ASSERT_TRUE(
            q.prepare(QStringLiteral("INSERT INTO people (id, name, score) VALUES (?,?,?)")));
        for (int i = 1; i <= RowCount; ++i) {
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("Семён %1 Łódź").arg(i, 4, 10, QLatin1Char('0')));
            q.addBindValue(i / 4.0);
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
        }
        ASSERT_TRUE(db.commit());
        modelWarnings().clear();
        m_previousHandler = qInstallMessageHandler(collectModelWarnings);
    }
    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        EXPECT_TRUE(modelWarnings().isEmpty()) << modelWarnings().join(u'\n').toStdString();
        db = QSqlDatabase();
        conn.reset();
    }

    int count(const QString& where = QStringLiteral("1"))
    {
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM people WHERE ") + where));
        return q.next() ? q.value(0).toInt() : -1;
    }

    static constexpr int RowCount = 600; // more than one fetchMore() batch (255)
    test::TempDir dir;
    std::unique_ptr<test::RawConnection> conn;
    QSqlDatabase db;
    QtMessageHandler m_previousHandler = nullptr;
};

TEST_F(Models, ForwardOnlyIteration)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, name FROM people ORDER BY id")));
    EXPECT_EQ(q.size(), -1);
    EXPECT_EQ(q.record().fieldName(1), QStringLiteral("name"));
    int n = 0;
    while (q.next()) {
        ++n;
        ASSERT_EQ(q.value(0).toInt(), n);
    }
    EXPECT_EQ(n, RowCount);
    EXPECT_FALSE(q.isValid());
    EXPECT_FALSE(q.previous());
    EXPECT_TRUE(q.lastError().type() == QSqlError::NoError);
}

TEST_F(Models, ScrollableIteration)
{
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, name FROM people ORDER BY id")));
    ASSERT_TRUE(q.seek(9));
    EXPECT_EQ(q.value(0).toInt(), 10);
    ASSERT_TRUE(q.seek(2)); // backwards
    EXPECT_EQ(q.value(0).toInt(), 3);
    ASSERT_TRUE(q.previous());
    EXPECT_EQ(q.value(0).toInt(), 2);
    ASSERT_TRUE(q.last());
    EXPECT_EQ(q.at(), RowCount - 1);
    EXPECT_EQ(q.value(0).toInt(), RowCount);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("Семён 0600 Łódź"));
    ASSERT_TRUE(q.first());
    EXPECT_EQ(q.value(0).toInt(), 1);
    ASSERT_TRUE(q.seek(5, true)); // relative to the first row
    EXPECT_EQ(q.value(0).toInt(), 6);
    EXPECT_FALSE(q.seek(RowCount));
    ASSERT_TRUE(q.seek(RowCount - 2));
    EXPECT_EQ(q.value(0).toInt(), RowCount - 1);

    // An empty result.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM people WHERE id < 0")));
    EXPECT_FALSE(q.first());
    EXPECT_FALSE(q.last());
    EXPECT_FALSE(q.next());
}

TEST_F(Models, QueryModelFetchesInBatches)
{
    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT id, name, score FROM people ORDER BY id"), db);
    ASSERT_FALSE(model.lastError().isValid()) << model.lastError().text().toStdString();
    EXPECT_EQ(model.columnCount(), 3);
    EXPECT_LT(model.rowCount(), RowCount); // one batch, not the whole table
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_TRUE(model.canFetchMore());
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    while (model.canFetchMore())
        model.fetchMore();
    EXPECT_EQ(model.rowCount(), RowCount);
    EXPECT_EQ(model.data(model.index(0, 1)).toString(), QStringLiteral("Семён 0001 Łódź"));
    EXPECT_EQ(model.data(model.index(RowCount - 1, 0)).toInt(), RowCount);
    EXPECT_DOUBLE_EQ(model.data(model.index(9, 2)).toDouble(), 2.5);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    // Reading rows in any order after everything is fetched.
    EXPECT_EQ(model.data(model.index(3, 0)).toInt(), 4);
    EXPECT_EQ(model.record(100).value(QStringLiteral("id")).toInt(), 101);

    // A new query resets the model.
    model.setQuery(QStringLiteral("SELECT name FROM people WHERE id > 595 ORDER BY id"), db);
    while (model.canFetchMore())
        model.fetchMore();
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), 1);
}

TEST_F(Models, TableModelEditsTheDatabase)
{
    QSqlTableModel model(nullptr, db);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setTable(QStringLiteral("people"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    ASSERT_TRUE(model.select()) << model.lastError().text().toStdString();
    while (model.canFetchMore())
        model.fetchMore();
    ASSERT_EQ(model.rowCount(), RowCount);
    EXPECT_EQ(model.primaryKey().fieldName(0), QStringLiteral("id"));

    const int name = model.fieldIndex(QStringLiteral("name"));
    ASSERT_TRUE(model.setData(model.index(4, name), QStringLiteral("zażółć gęślą jaźń")));
    EXPECT_EQ(count(QStringLiteral("name = 'zażółć gęślą jaźń'")), 0); // not yet submitted
    ASSERT_TRUE(model.submitAll()) << model.lastError().text().toStdString();
    EXPECT_EQ(count(QStringLiteral("id = 5 AND name = 'zażółć gęślą jaźń'")), 1);

    const int row = model.rowCount();
    ASSERT_TRUE(model.insertRow(row));
    ASSERT_TRUE(model.setData(model.index(row, 0), 10000));
    ASSERT_TRUE(model.setData(model.index(row, name), QStringLiteral("ёлка 🎄")));
    ASSERT_TRUE(model.setData(model.index(row, 2), 0.1));
    ASSERT_TRUE(model.submitAll()) << model.lastError().text().toStdString();
    EXPECT_EQ(count(QStringLiteral("id = 10000 AND name = 'ёлка 🎄' AND score = 0.1")), 1);

    while (model.canFetchMore())
        model.fetchMore();
    ASSERT_TRUE(model.removeRow(0));
    ASSERT_TRUE(model.submitAll()) << model.lastError().text().toStdString();
    EXPECT_EQ(count(QStringLiteral("id = 1")), 0);
    EXPECT_EQ(count(), RowCount);

    // A constraint violation is reported, not swallowed.
    while (model.canFetchMore())
        model.fetchMore();
    ASSERT_TRUE(model.setData(model.index(0, name), QVariant()));
    EXPECT_FALSE(model.submitAll());
    EXPECT_EQ(model.lastError().nativeErrorCode(), QStringLiteral("1299"));
    model.revertAll();
}

} // namespace
