// Schema migrations: every older version upgrades to the latest with its rows intact, a failed
// step changes nothing, and a file from a newer Baza is refused untouched.

#include "DbTestUtil.h"

#include "core/db/Migrations.h"
#include "core/db/SecretKey.h"
#include "core/search/SearchIndex.h"
#include "core/store/Store.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace baza;

namespace {

QByteArray keyLiteral(const QString& passphrase)
{
    const QByteArray utf8 = passphrase.toUtf8();
    auto key = db::SecretKey::derive(utf8, db::SecretKey::randomSalt());
    EXPECT_TRUE(key.ok());
    if (!key)
        return {};
    db::SecretKey::Literal literal(*key, true);
    return QByteArray(literal.data(), literal.size());
}

QString exec(QSqlDatabase c, const QString& sql)
{
    QSqlQuery q(c);
    if (!q.exec(sql))
        return q.lastError().text();
    return {};
}

int intValue(QSqlDatabase c, const QString& sql)
{
    QSqlQuery q(c);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// Every table, index and trigger with its SQL, for comparing two files' schemas.
QStringList schemaOf(QSqlDatabase c)
{
    QStringList out;
    QSqlQuery q(c);
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ') +
                   q.value(2).toString();
    return out;
}

// A new file at schema `version`, written through a raw connection as an older Baza would.
void createAtVersion(const QString& path, int version, const QString& extraSql = QString())
{
    test::RawConnection raw(path, keyLiteral(test::testPassphrase()), true);
    ASSERT_TRUE(raw.isOpen()) << raw.db().lastError().text().toStdString();
    QSqlDatabase c = raw.db();
    const Status s = db::migrate(c, version);
    ASSERT_TRUE(s.ok()) << s.message().toStdString();
    ASSERT_EQ(intValue(c, QStringLiteral("PRAGMA user_version")), version);
    EXPECT_TRUE(db::migrate(c, version).ok()); // already there: nothing to do
    EXPECT_TRUE(db::migrate(c, version - 1).ok());
    EXPECT_EQ(intValue(c, QStringLiteral("PRAGMA user_version")), version);

    // Rows valid at version 1 and later.
    EXPECT_EQ(exec(c, QStringLiteral("INSERT INTO companies(id, name, created_at, updated_at) "
                                     "VALUES ('co1', 'Łódzkie Młyny', 't0', 't0')")),
              QString());
    EXPECT_EQ(exec(c, QStringLiteral("INSERT INTO contacts(id, first_name, last_name, company_id, "
                                     "created_at, updated_at) VALUES ('c1', 'Семён', "
                                     "'Ёлкин', 'co1', 't0', 't0')")),
              QString());
    EXPECT_EQ(exec(c, QStringLiteral("INSERT INTO meta(key, value) VALUES ('old', 'zażółć')")),
              QString());
    if (version >= 2) {
        EXPECT_EQ(exec(c, QStringLiteral("INSERT INTO commands(id, label, hlc, device_id, "
                                         "created_at) VALUES ('cmd1', 'add', 'h1', 'd1', 't0')")),
                  QString());
        EXPECT_EQ(exec(c, QStringLiteral("INSERT INTO changes(command_id, entity, entity_id, op, "
                                         "field, new_value, hlc, device_id) VALUES ('cmd1', "
                                         "'contact', 'c1', 'set', 'first_name', 'Семён', 'h1', "
                                         "'d1')")),
                  QString());
    }
    for (const QString& statement : extraSql.split(QStringLiteral("; "), Qt::SkipEmptyParts))
        EXPECT_EQ(exec(c, statement), QString()) << statement.toStdString();
}

TEST(Migrations, EveryOlderVersionUpgradesWithRowsIntact)
{
    ASSERT_GE(db::latestSchemaVersion(), 2);
    test::TempDir dir;
    QStringList latestSchema;
    {
        auto fresh = test::createDatabase(dir.path(QStringLiteral("fresh.baza")));
        ASSERT_TRUE(fresh);
        latestSchema = schemaOf(fresh->connection());
    }
    ASSERT_FALSE(latestSchema.isEmpty());
    for (int version = 1; version < db::latestSchemaVersion(); ++version) {
        SCOPED_TRACE(version);
        const QString path = dir.path(QStringLiteral("v%1.baza").arg(version));
        createAtVersion(path, version);
        auto opened = db::Database::open(path, test::testPassphrase());
        ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
        auto& db = **opened;
        EXPECT_EQ(db.schemaVersion(), db::latestSchemaVersion());
        QSqlDatabase c = db.connection();
        // Exactly the schema a new file gets.
        EXPECT_EQ(schemaOf(c), latestSchema);
        EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM contacts WHERE id = 'c1' AND "
                                             "first_name = 'Семён' AND company_id = 'co1'")),
                  1);
        // Records from before team sync are shared (not private).
        EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM contacts WHERE private = 0")),
                  1);
        EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM companies WHERE private = 0")),
                  1);
        EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM meta WHERE value = 'zażółć'")),
                  1);
        EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM changes")),
                  version >= 2 ? 1 : 0);
        QSqlQuery q(c);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        const Status v = db.verify();
        EXPECT_TRUE(v.ok()) << v.message().toStdString();

        // Rows written before the search index existed are found once the store has started.
        store::Store store(db);
        const Status init = store.initialize();
        ASSERT_TRUE(init.ok()) << init.message().toStdString();
        auto byName = store.search(QStringLiteral("семен елкин"));
        ASSERT_TRUE(byName.ok());
        ASSERT_EQ(byName->size(), 1);
        EXPECT_EQ(byName->first().id, QStringLiteral("c1"));
        auto byCompany = store.search(QStringLiteral("lodzkie"));
        ASSERT_TRUE(byCompany.ok());
        EXPECT_EQ(byCompany->size(), 2); // the company, and its contact through it
        EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM meta WHERE key = "
                                             "'search_rebuild'")),
                  0);
    }
}

// Schema 9 rebuilt the text and phone FTS4 tables with fewer prefix indexes. The documents a
// version-8 file had move over with their docids and folded text; nothing is re-folded or
// re-indexed from the records, and search finds them through the new tables.
TEST(Migrations, Version9KeepsTheSearchDocumentsWithFewerPrefixIndexes)
{
    ASSERT_GE(db::latestSchemaVersion(), 9);
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v8-search.baza"));
    // Documents written straight into the version-8 tables, unlike any record: if the upgrade
    // rebuilt the index from the records instead of moving these, the searches below would
    // find nothing.
    createAtVersion(path, 8,
                    QStringLiteral("DELETE FROM meta WHERE key = 'search_rebuild'; "
                                   "INSERT INTO search_docs(docid, entity, entity_id) VALUES "
                                   "(7, 'contact', 'x7'), (9, 'company', 'x9'); "
                                   "INSERT INTO search_name_fts(docid, name) VALUES "
                                   "(7, 'jan kowalski'), (9, 'zaklad szklarski'); "
                                   "INSERT INTO search_fts(docid, text) VALUES "
                                   "(7, 'jan kowalski krakow kierownik'), "
                                   "(9, 'zaklad szklarski wroclaw'); "
                                   "INSERT INTO search_phone_fts(docid, phones) VALUES "
                                   "(7, '48601234567 601234567')"));
    auto opened = db::Database::open(path, test::testPassphrase());
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    auto& db = **opened;
    ASSERT_EQ(db.schemaVersion(), db::latestSchemaVersion());
    QSqlDatabase c = db.connection();
    EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                         "'search_fts' AND sql LIKE '%prefix=\"2,3,4\"%' AND "
                                         "sql LIKE '%matchinfo=fts3%'")),
              1);
    EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                         "'search_phone_fts' AND sql LIKE '%prefix=\"3,4\"%'")),
              1);
    // Per-document sizes are no longer kept, and nothing of the old tables is left over.
    EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                         "('search_fts_docsize', 'search_phone_fts_docsize') "
                                         "OR name LIKE '%_v9%'")),
              0);
    EXPECT_EQ(intValue(c, QStringLiteral("SELECT docid FROM search_fts WHERE search_fts MATCH "
                                         "'kierownik'")),
              7);
    EXPECT_EQ(intValue(c, QStringLiteral("SELECT docid FROM search_phone_fts WHERE "
                                         "search_phone_fts MATCH '6012*'")),
              7);

    store::Store store(db);
    const Status init = store.initialize();
    ASSERT_TRUE(init.ok()) << init.message().toStdString();
    search::SearchIndex index(c);
    const auto idsOf = [&](const QString& query) {
        QStringList ids;
        auto hits = index.search(query, 10);
        EXPECT_TRUE(hits.ok()) << query.toStdString();
        if (hits) {
            for (const search::SearchHit& h : std::as_const(*hits))
                ids << h.id;
        }
        return ids;
    };
    EXPECT_EQ(idsOf(QStringLiteral("kier")), QStringList{QStringLiteral("x7")});
    EXPECT_EQ(idsOf(QStringLiteral("Kraków Jan")), QStringList{QStringLiteral("x7")});
    EXPECT_EQ(idsOf(QStringLiteral("wr")), QStringList{QStringLiteral("x9")});
    EXPECT_EQ(idsOf(QStringLiteral("601 234")), QStringList{QStringLiteral("x7")});
    EXPECT_EQ(idsOf(QStringLiteral("+48 601 234 5")), QStringList{QStringLiteral("x7")});
    // One letter: names have a prefix index of that length, the text table does not and still
    // answers (FTS4 merges the terms that start with it).
    EXPECT_EQ(idsOf(QStringLiteral("z")), QStringList{QStringLiteral("x9")});
    EXPECT_EQ(idsOf(QStringLiteral("w")), QStringList{QStringLiteral("x9")});
}

TEST(Migrations, AFailedStepChangesNothing)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("clash.baza"));
    // A table in the way of version 2's CREATE TABLE commands.
    createAtVersion(path, 1, QStringLiteral("CREATE TABLE commands (x)"));
    auto opened = db::Database::open(path, test::testPassphrase());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.code(), ErrorCode::Sql);
    EXPECT_TRUE(opened.message().contains(QLatin1String("schema 2")))
        << opened.message().toStdString();

    test::RawConnection raw(path, QByteArray(), false); // no key: must refuse to open
    EXPECT_FALSE(raw.isOpen());
    // Still version 1 with its rows, after the rollback.
    auto key = db::Database::deriveKeyFor(path, test::testPassphrase());
    ASSERT_TRUE(key.ok());
    db::SecretKey::Literal literal(*key, false);
    test::RawConnection again(path, QByteArray(literal.data(), literal.size()), false);
    ASSERT_TRUE(again.isOpen());
    EXPECT_EQ(intValue(again.db(), QStringLiteral("PRAGMA user_version")), 1);
    EXPECT_EQ(intValue(again.db(), QStringLiteral("SELECT count(*) FROM contacts")), 1);
    EXPECT_EQ(intValue(again.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name "
                                                  "= 'changes'")),
              0);
}

TEST(Migrations, NewerSchemaIsRefusedUntouched)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("newer.baza"));
    const int newer = db::latestSchemaVersion() + 1;
    {
        auto db = test::createDatabase(path);
        ASSERT_TRUE(db);
        EXPECT_EQ(exec(db->connection(), QStringLiteral("PRAGMA user_version = %1").arg(newer)),
                  QString());
    }
    const QByteArray sha = test::fileSha256(path);
    ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    auto opened = db::Database::open(path, test::testPassphrase());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.code(), ErrorCode::NewerSchema);
    EXPECT_TRUE(opened.message().contains(QLatin1String("newer version")))
        << opened.message().toStdString();
    EXPECT_TRUE(opened.message().contains(QString::number(newer)));
    EXPECT_EQ(test::fileSha256(path), sha);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

} // namespace

TEST(DeferredIndexes, ABulkLoadThatDiedHalfWayGetsItsIndexesBackAtTheNextOpen)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("bulk.baza"));
    QStringList whole;
    {
        auto db = test::createDatabase(path);
        ASSERT_TRUE(db);
        QSqlDatabase c = db->connection();
        whole = schemaOf(c);
        ASSERT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                             "'contacts_name'")),
                  1);
        ASSERT_TRUE(db::deferReadIndexes(c).ok());
        EXPECT_TRUE(db::indexesDeferred(c));
        // Deferring again (a second first page) changes nothing.
        ASSERT_TRUE(db::deferReadIndexes(c).ok());
        for (const char* name : {"contacts_name", "contacts_city", "contact_channels_value",
                                 "contact_tags_tag", "companies_name"}) {
            EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name "
                                                 "= '%1'")
                                      .arg(QLatin1String(name))),
                      0)
                << name;
        }
        // What writes look rows up by stays.
        for (const char* name : {"contacts_company", "contact_channels_contact", "changes_entity",
                                 "changes_command"}) {
            EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name "
                                                 "= '%1'")
                                      .arg(QLatin1String(name))),
                      1)
                << name;
        }
        EXPECT_NE(schemaOf(c), whole);
        // The process dies here: the file is closed with its indexes deferred.
    }
    auto opened = db::Database::open(path, test::testPassphrase());
    ASSERT_TRUE(opened.ok()) << opened.message().toStdString();
    QSqlDatabase c = (*opened)->connection();
    EXPECT_FALSE(db::indexesDeferred(c));
    EXPECT_EQ(schemaOf(c), whole);
    // Nothing deferred: restoring is a no-op.
    EXPECT_TRUE(db::restoreDeferredIndexes(c).ok());
    EXPECT_EQ(schemaOf(c), whole);
}

TEST(DeferredIndexes, RestoringBuildsTheIndexesOverTheRowsWrittenMeanwhile)
{
    test::TempDir dir;
    auto db = test::createDatabase(dir.path(QStringLiteral("rows.baza")));
    ASSERT_TRUE(db);
    QSqlDatabase c = db->connection();
    const QStringList whole = schemaOf(c);
    ASSERT_TRUE(db::deferReadIndexes(c).ok());
    EXPECT_EQ(exec(c, QStringLiteral("INSERT INTO contacts(id, first_name, last_name, city, "
                                     "created_at, updated_at) VALUES ('c1', 'Ёлка', 'Żak', "
                                     "'Łódź', 'x', 'x'), ('c2', 'Anna', 'Żak', 'Kraków', 'x', "
                                     "'x')")),
              QString());
    // A restore that died after its first index (one transaction each): that one is there.
    EXPECT_EQ(exec(c, QStringLiteral("CREATE INDEX contacts_name ON contacts(last_name COLLATE "
                                     "NOCASE, first_name COLLATE NOCASE)")),
              QString());
    ASSERT_TRUE(db::restoreDeferredIndexes(c).ok());
    EXPECT_EQ(schemaOf(c), whole);
    QSqlQuery q(c);
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok"));
    q.finish();
    // The rebuilt index answers a lookup the planner sends through it.
    ASSERT_TRUE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE city = "
                                      "'Łódź' COLLATE NOCASE")));
    QString plan;
    while (q.next())
        plan += q.value(3).toString();
    EXPECT_TRUE(plan.contains(QLatin1String("contacts_city"))) << plan.toStdString();
    EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM contacts WHERE city = 'łódź' "
                                         "COLLATE NOCASE")),
              0); // NOCASE folds ASCII only
    EXPECT_EQ(intValue(c, QStringLiteral("SELECT count(*) FROM contacts WHERE city = 'Łódź' "
                                         "COLLATE NOCASE")),
              1);
}
