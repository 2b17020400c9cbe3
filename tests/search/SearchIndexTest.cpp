#include "TestSupport.h"

#include "core/search/SearchIndex.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace baza;
using namespace baza::search;

namespace {

class SearchIndexTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = test::createDatabase(m_dir.path(QStringLiteral("search.baza")));
        ASSERT_TRUE(m_db);
        m_index = std::make_unique<SearchIndex>(m_db->connection());
    }

    void add(const char* entity, const char* id, const char* name, const char* other = "",
             QStringList phones = {})
    {
        QSqlDatabase c = m_db->connection();
        ASSERT_TRUE(c.transaction());
        Status s = m_index->upsert({QString::fromUtf8(entity), QString::fromUtf8(id),
                                    QString::fromUtf8(name), QString::fromUtf8(other), phones});
        ASSERT_TRUE(s.ok()) << s.message().toStdString();
        ASSERT_TRUE(c.commit());
    }

    // The ids found, in result order.
    QStringList ids(const QString& query, int limit = 20, const QStringList& entities = {})
    {
        auto r = m_index->search(query, limit, entities);
        EXPECT_TRUE(r.ok()) << query.toStdString() << ": " << r.message().toStdString();
        QStringList out;
        if (r)
            for (const SearchHit& h : *r)
                out.append(h.id);
        return out;
    }
    QStringList ids(const char* query) { return ids(QString::fromUtf8(query)); }

    test::TempDir m_dir;
    std::unique_ptr<db::Database> m_db;
    std::unique_ptr<SearchIndex> m_index;
};

QStringList list(std::initializer_list<const char*> l)
{
    QStringList out;
    for (const char* s : l)
        out.append(QString::fromUtf8(s));
    return out;
}

} // namespace

TEST_F(SearchIndexTest, PrefixAndMultiWord)
{
    add("contact", "c1", "Jan Kowalski", "jan.kowalski@wp.pl Warszawa");
    add("contact", "c2", "Janina Nowak");
    EXPECT_EQ(ids("j"), list({"c2", "c1"}));
    EXPECT_EQ(ids("jan"), list({"c2", "c1"}));
    EXPECT_EQ(ids("jan kow"), list({"c1"}));
    EXPECT_EQ(ids("KOW jan"), list({"c1"}));
    EXPECT_EQ(ids("jan x"), list({}));
    EXPECT_EQ(ids("kowalskiego"), list({}));
    EXPECT_EQ(ids(""), list({}));
    EXPECT_EQ(ids("   "), list({}));
}

TEST_F(SearchIndexTest, AccentsBothWays)
{
    add("company", "k1", "Łódź Trans sp. z o.o.");
    add("company", "k2", "lodz export");
    add("contact", "r1", "Семён Петров");
    add("contact", "d1", "Jürgen Weiß", "München");
    EXPECT_EQ(ids("lodz"), list({"k2", "k1"}));
    EXPECT_EQ(ids("Łódź"), list({"k2", "k1"}));
    EXPECT_EQ(ids("ŁÓD"), list({"k2", "k1"}));
    EXPECT_EQ(ids("семен"), list({"r1"}));
    EXPECT_EQ(ids("СЕМЁН пет"), list({"r1"}));
    EXPECT_EQ(ids("weiss"), list({"d1"}));
    EXPECT_EQ(ids("jurgen munch"), list({"d1"}));
}

TEST_F(SearchIndexTest, ReUpsertMovesToFrontAndRemoveForgets)
{
    add("contact", "a", "Anna Alfa");
    add("contact", "b", "Anna Beta");
    add("contact", "c", "Anna Gamma");
    EXPECT_EQ(ids("anna"), list({"c", "b", "a"}));
    add("contact", "a", "Anna Alfa-Zmieniona");
    EXPECT_EQ(ids("anna"), list({"a", "c", "b"}));
    EXPECT_EQ(ids("zmien"), list({"a"}));
    add("contact", "a", "Anna Alfa"); // the newest again: still first, old words gone
    EXPECT_EQ(ids("zmien"), list({}));
    EXPECT_EQ(ids("anna"), list({"a", "c", "b"}));

    ASSERT_TRUE(m_index->remove(QStringLiteral("c")).ok());
    ASSERT_TRUE(m_index->remove(QStringLiteral("never-indexed")).ok());
    EXPECT_EQ(ids("anna"), list({"a", "b"}));
    EXPECT_EQ(ids("gamma"), list({}));

    ASSERT_TRUE(m_index->clear().ok());
    EXPECT_EQ(ids("anna"), list({}));
    add("contact", "c", "Anna Gamma");
    EXPECT_EQ(ids("anna"), list({"c"}));
}

TEST_F(SearchIndexTest, HostileQueriesNeverFail)
{
    add("contact", "c1", "Jan Kowalski", "near or and not");
    const char* hostile[] = {"\"",
                             "\"\"",
                             "*",
                             "**",
                             "-",
                             "-jan",
                             "jan*",
                             "\"jan",
                             "jan\"",
                             "^jan",
                             "jan^",
                             "name:jan",
                             "phones:1",
                             "other:",
                             ":",
                             "a:b:c",
                             "(",
                             ")",
                             "(jan",
                             "jan OR",
                             "OR",
                             "OR OR",
                             "AND",
                             "NOT",
                             "NEAR",
                             "jan NEAR kow",
                             "jan NEAR/2 kow",
                             "NEAR/",
                             "jan -kow",
                             "'",
                             "\\",
                             "%",
                             "_",
                             "'; DROP TABLE search_docs; --",
                             "\x01\x02",
                             "😀",
                             "{}[]",
                             "?",
                             "jan kow a b c d e f g h i j k l m n o p",
                             "+",
                             "++48",
                             "()()-()",
                             "0",
                             "000",
                             "+0 (0) 0"};
    for (const char* q : hostile)
        ids(q);
    ids(QString(5000, QLatin1Char('x')));
    ids(QString(2000, QLatin1Char('"')));
    EXPECT_EQ(ids("\"jan"), list({"c1"}));
    EXPECT_EQ(ids("-jan"), list({"c1"}));
    EXPECT_EQ(ids("jan*"), list({"c1"}));
    EXPECT_EQ(ids("near"), list({"c1"}));
    EXPECT_EQ(ids("OR"), list({"c1"}));
    EXPECT_EQ(ids("jan NEAR kow"), list({"c1"}));
}

TEST_F(SearchIndexTest, PhonesByDigitsWhateverTheFormatting)
{
    add("contact", "p1", "Anna Nowak", "", list({"+48501234567"}));
    add("contact", "p2", "Иван Иванов", "", list({"+7 (912) 345-67-89"}));
    add("contact", "p3", "John Smith", "", list({"0501 999 000"}));
    EXPECT_EQ(ids("501 234"), list({"p1"}));
    EXPECT_EQ(ids("501-234-567"), list({"p1"}));
    EXPECT_EQ(ids("(501) 23"), list({"p1"}));
    EXPECT_EQ(ids("+48 501"), list({"p1"}));
    EXPECT_EQ(ids("0048 501 2"), list({"p1"}));
    EXPECT_EQ(ids("48501234567"), list({"p1"}));
    EXPECT_EQ(ids("912 345 67"), list({"p2"}));
    EXPECT_EQ(ids("+7 912"), list({"p2"}));
    EXPECT_EQ(ids("501"), list({"p3", "p1"}));
    EXPECT_EQ(ids("0501 99"), list({"p3"}));
    EXPECT_EQ(ids("501 9"), list({"p3"}));
    EXPECT_EQ(ids("502"), list({}));
    auto r = m_index->search(QStringLiteral("501 234"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->value(0).tier, 1);
}

TEST_F(SearchIndexTest, EntityFilter)
{
    add("company", "co", "Acme");
    add("contact", "ct", "Acme Person");
    add("deal", "dl", "Acme renewal");
    EXPECT_EQ(ids("acme"), list({"dl", "ct", "co"}));
    EXPECT_EQ(ids(QStringLiteral("acme"), 20, list({"company"})), list({"co"}));
    EXPECT_EQ(ids(QStringLiteral("acme"), 20, list({"company", "deal"})), list({"dl", "co"}));
    EXPECT_EQ(ids(QStringLiteral("acme"), 20, list({"ticket"})), list({}));
    auto r = m_index->search(QStringLiteral("acme"), 20, list({"deal"}));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 1);
    EXPECT_EQ(r->at(0), (SearchHit{QStringLiteral("deal"), QStringLiteral("dl"), 0}));
}

TEST_F(SearchIndexTest, NameMatchesBeforeOtherMatchesThenRecency)
{
    add("contact", "n1", "Anna Nowak");
    add("contact", "o1", "Piotr Zieliński", "anna.nowak@firma.pl");
    add("contact", "n2", "Nowak Stanisław");
    add("contact", "o2", "Ewa Kowal", "Nowak Sp. z o.o.");
    auto r = m_index->search(QStringLiteral("nowak"));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 4);
    EXPECT_EQ(r->at(0), (SearchHit{QStringLiteral("contact"), QStringLiteral("n2"), 0}));
    EXPECT_EQ(r->at(1), (SearchHit{QStringLiteral("contact"), QStringLiteral("n1"), 0}));
    EXPECT_EQ(r->at(2), (SearchHit{QStringLiteral("contact"), QStringLiteral("o2"), 1}));
    EXPECT_EQ(r->at(3), (SearchHit{QStringLiteral("contact"), QStringLiteral("o1"), 1}));
    // Terms may meet in different fields; that is an other-field match.
    EXPECT_EQ(ids("piotr nowak"), list({"o1"}));
    EXPECT_EQ(ids("anna firma"), list({"o1"}));
}

TEST_F(SearchIndexTest, LimitTakesNewestAndFillsFromLowerTier)
{
    QSqlDatabase c = m_db->connection();
    ASSERT_TRUE(c.transaction());
    for (int i = 0; i < 30; ++i) {
        const QString id = QStringLiteral("n%1").arg(i);
        ASSERT_TRUE(
            m_index->upsert({QStringLiteral("contact"), id, QStringLiteral("Marek"), {}, {}}));
        ASSERT_TRUE(m_index
                        ->upsert({QStringLiteral("contact"),
                                  QStringLiteral("o%1").arg(i),
                                  QStringLiteral("Someone"),
                                  QStringLiteral("marek@x.pl"),
                                  {}})
                        .ok());
    }
    ASSERT_TRUE(c.commit());
    QStringList got = ids(QStringLiteral("mar"), 5);
    EXPECT_EQ(got, list({"n29", "n28", "n27", "n26", "n25"}));
    got = ids(QStringLiteral("mar"), 33);
    ASSERT_EQ(got.size(), 33);
    EXPECT_EQ(got.at(29), QStringLiteral("n0"));
    EXPECT_EQ(got.mid(30), list({"o29", "o28", "o27"}));
    EXPECT_TRUE(ids(QStringLiteral("mar"), 0).isEmpty());
}

TEST_F(SearchIndexTest, RejectsDocumentsWithoutIdentity)
{
    Status s = m_index->upsert({QStringLiteral("contact"), QString(), QStringLiteral("x"), {}, {}});
    EXPECT_EQ(s.code(), ErrorCode::Usage);
    EXPECT_FALSE(s.message().isEmpty());
}

TEST_F(SearchIndexTest, OptimizeDropsErasedTerms)
{
    add("contact", "e1", "Zdzisława Sekretna");
    add("contact", "e2", "Jan Jawny");
    ASSERT_TRUE(m_index->remove(QStringLiteral("e1")).ok());
    ASSERT_TRUE(m_index->optimize().ok());
    QSqlDatabase c = m_db->connection();
    QSqlQuery q(c);
    for (const char* table : {"search_name_fts", "search_fts"}) {
        ASSERT_TRUE(q.exec(QLatin1String("DROP TABLE IF EXISTS temp.terms")));
        ASSERT_TRUE(q.exec(QLatin1String("CREATE VIRTUAL TABLE temp.terms USING fts4aux(main, ") +
                           QLatin1String(table) + QLatin1Char(')')));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM temp.terms "
                                          "WHERE term LIKE 'sekret%' OR term LIKE 'zdzis%'")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << table;
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM temp.terms WHERE term = 'jawny'")));
        ASSERT_TRUE(q.next());
        EXPECT_GT(q.value(0).toInt(), 0) << table;
        q.finish();
    }
    EXPECT_EQ(ids("jawny"), list({"e2"}));
}

TEST_F(SearchIndexTest, LongPrefixesAreVerifiedAndRareCombinationsStillFound)
{
    add("contact", "old", "Anna Zofia Kowalczyk");
    add("contact", "k1", "Jan Kowalski");
    add("contact", "k2", "Jan Kowalczyk");
    QSqlDatabase c = m_db->connection();
    ASSERT_TRUE(c.transaction());
    // More recent documents sharing the driving prefix than the verifier reads before it
    // hands the intersection to FTS4.
    for (int i = 0; i < 600; ++i)
        ASSERT_TRUE(m_index
                        ->upsert({QStringLiteral("contact"),
                                  QStringLiteral("n%1").arg(i),
                                  QStringLiteral("Anna Nowak"),
                                  {},
                                  {}})
                        .ok());
    ASSERT_TRUE(c.commit());
    EXPECT_EQ(ids("kowalsk"), list({"k1"}));
    EXPECT_EQ(ids("kowalc"), list({"k2", "old"}));
    EXPECT_EQ(ids("jan kowalc"), list({"k2"}));
    EXPECT_EQ(ids("anna zof"), list({"old"}));
    EXPECT_EQ(ids("anna kowalczyk"), list({"old"}));
    EXPECT_EQ(ids("anna nowak").size(), 20);
    EXPECT_EQ(ids("nowak anna").front(), QStringLiteral("n599"));
}

TEST_F(SearchIndexTest, CyrillicPrefixesOfEveryLength)
{
    add("contact", "r1", "Александр Семёнович Иванов");
    add("contact", "r2", "Алёна Петрова");
    for (const char* q : {"а", "ал", "але", "алек", "алекс", "александ"})
        EXPECT_EQ(ids(q).contains(QStringLiteral("r1")), true) << q;
    EXPECT_EQ(ids("ал"), list({"r2", "r1"}));
    EXPECT_EQ(ids("алё"), list({"r2", "r1"})); // е and ё fold alike
    EXPECT_EQ(ids("семенович иван"), list({"r1"}));
    EXPECT_EQ(ids("иваново"), list({}));
}
