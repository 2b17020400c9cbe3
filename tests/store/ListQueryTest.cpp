// The list views' read side: filters, sorts, paging by rowid, against a real encrypted store.
#include "StoreFixture.h"

#include "core/store/ListReader.h"

#include <QSqlQuery>

using namespace baza;
using namespace baza::domain;
using namespace baza::store;

namespace {

class ListQueryTest : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        auto acme = store->createCompany(company(QStringLiteral("Acme")));
        auto zeta = store->createCompany(company(QStringLiteral("Zeta Logistyka")));
        ASSERT_TRUE(acme && zeta);
        ownerId = store->profile().id;
        // name, city, lifecycle, tags, company, owner, last contacted (days ago, -1 = never)
        anna = add(QStringLiteral("Anna"), QStringLiteral("Kowalska"), QStringLiteral("Kraków"),
                   Lifecycle::Customer, {QStringLiteral("VIP")}, zeta->id, true, 3);
        jan = add(QStringLiteral("Jan"), QStringLiteral("Nowak"), QStringLiteral("Łódź"),
                  Lifecycle::Lead, {QStringLiteral("vip"), QStringLiteral("expo")}, acme->id, false,
                  45);
        olga = add(QStringLiteral("Ольга"), QStringLiteral("Кузнецова"), QStringLiteral("Kraków"),
                   Lifecycle::Subscriber, {}, QString(), true, -1);
        marek = add(QStringLiteral("Marek"), QStringLiteral("Kowal"), QStringLiteral("Wrocław"),
                    Lifecycle::Qualified, {QStringLiteral("expo")}, acme->id, false, -1);
        // Created dates: Anna 2024-01-10, Jan 2024-02-20, Olga and Marek today.
        setCreated(anna, QStringLiteral("2024-01-10T12:00:00.000Z"));
        setCreated(jan, QStringLiteral("2024-02-20T12:00:00.000Z"));
    }

    static Company company(const QString& name)
    {
        Company c;
        c.name = name;
        return c;
    }

    QString add(const QString& first, const QString& last, const QString& city, Lifecycle stage,
                const QStringList& tags, const QString& companyId, bool owned, int daysAgo)
    {
        Contact c = person(first, last);
        c.address.city = city;
        c.lifecycle = stage;
        c.tags = tags;
        c.companyId = companyId;
        c.ownerId = owned ? ownerId : QString();
        if (daysAgo >= 0)
            c.lastContactedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        auto r = store->createContact(c);
        EXPECT_TRUE(r.ok()) << r.message().toStdString();
        return r ? r->id : QString();
    }

    void setCreated(const QString& id, const QString& at)
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE contacts SET created_at = ? WHERE id = ?"));
        q.addBindValue(at);
        q.addBindValue(id);
        ASSERT_TRUE(q.exec());
    }

    // Ids of the whole result, in list order, checked against the first page and the count.
    QStringList idsOf(const ListQuery& q)
    {
        ListReader reader(db->connection());
        auto rowids = reader.rowids(q);
        EXPECT_TRUE(rowids.ok()) << rowids.message().toStdString();
        if (!rowids)
            return {};
        auto ids = reader.ids(q.entity, *rowids);
        EXPECT_TRUE(ids.ok());
        auto page = reader.firstPage(q, 2);
        EXPECT_TRUE(page.ok()) << page.message().toStdString();
        for (int i = 0; page && i < page->size(); ++i)
            EXPECT_EQ(page->at(i).rowid, rowids->at(size_t(i))) << "first page agrees at " << i;
        auto n = reader.count(q);
        EXPECT_TRUE(n.ok());
        EXPECT_EQ(n ? *n : -1, qint64(rowids->size()));
        return ids ? *ids : QStringList();
    }

    ListQuery contacts(int sort = int(ContactColumn::Name), bool descending = false)
    {
        ListQuery q;
        q.entity = ListEntity::Contacts;
        q.sortColumn = sort;
        q.descending = descending;
        return q;
    }

    QString ownerId, anna, jan, olga, marek;
};

} // namespace

TEST_F(ListQueryTest, SortsByIndexedAndUnindexedColumnsBothWays)
{
    EXPECT_EQ(idsOf(contacts()), (QStringList{marek, anna, jan, olga}));
    EXPECT_EQ(idsOf(contacts(int(ContactColumn::Name), true)),
              (QStringList{olga, jan, anna, marek}));
    // Company: no index, a full sort; no company sorts first.
    EXPECT_EQ(idsOf(contacts(int(ContactColumn::Company))), (QStringList{olga, jan, marek, anna}));
    // Lifecycle sorts in journey order, not alphabetically.
    EXPECT_EQ(idsOf(contacts(int(ContactColumn::Lifecycle))),
              (QStringList{olga, jan, marek, anna}));
    EXPECT_EQ(idsOf(contacts(int(ContactColumn::Created))), (QStringList{anna, jan, olga, marek}));
    EXPECT_FALSE(columnSortIsIndexed(ListEntity::Contacts, int(ContactColumn::Company)));
    EXPECT_TRUE(columnSortIsIndexed(ListEntity::Contacts, int(ContactColumn::Created)));
}

TEST_F(ListQueryTest, FiltersNarrowTheList)
{
    ListQuery q = contacts();
    q.filter.tags = {QStringLiteral("VIP")}; // tags match ignoring case
    EXPECT_EQ(idsOf(q), (QStringList{anna, jan}));

    q = contacts();
    q.filter.city = QStringLiteral("kraków");
    EXPECT_EQ(idsOf(q), (QStringList{anna, olga}));

    q = contacts();
    q.filter.lifecycle = {QStringLiteral("lead"), QStringLiteral("qualified")};
    EXPECT_EQ(idsOf(q), (QStringList{marek, jan}));

    q = contacts();
    q.filter.ownerIds = {ownerId};
    EXPECT_EQ(idsOf(q), (QStringList{anna, olga}));
    q.filter.ownerIds = {QString()}; // nobody's
    EXPECT_EQ(idsOf(q), (QStringList{marek, jan}));

    q = contacts();
    q.filter.lastContact = LastContact::Never;
    EXPECT_EQ(idsOf(q), (QStringList{marek, olga}));
    q.filter.lastContact = LastContact::NotWithinDays;
    q.filter.lastContactDays = 30;
    EXPECT_EQ(idsOf(q), (QStringList{marek, jan, olga}));
    q.filter.lastContact = LastContact::WithinDays;
    EXPECT_EQ(idsOf(q), (QStringList{anna}));

    q = contacts();
    q.filter.createdFrom = QDate(2024, 1, 1);
    q.filter.createdTo = QDate(2024, 1, 31);
    EXPECT_EQ(idsOf(q), (QStringList{anna}));
    q.filter.createdTo = QDate();
    EXPECT_EQ(idsOf(q).size(), 4);
    q = contacts();
    q.filter.createdWithinDays = 7; // Olga and Marek were created today
    EXPECT_EQ(idsOf(q), (QStringList{marek, olga}));

    // Several filters at once, and a filter nothing passes.
    q = contacts();
    q.filter.tags = {QStringLiteral("expo")};
    q.filter.lastContact = LastContact::Never;
    EXPECT_EQ(idsOf(q), (QStringList{marek}));
    q.filter.city = QStringLiteral("Gdańsk");
    EXPECT_TRUE(idsOf(q).isEmpty());
}

TEST_F(ListQueryTest, SearchUsesTheFullTextIndex)
{
    ListQuery q = contacts();
    q.filter.search = QStringLiteral("kow");
    EXPECT_EQ(idsOf(q), (QStringList{marek, anna}));
    q.filter.search = QStringLiteral("кузн");
    EXPECT_EQ(idsOf(q), (QStringList{olga}));
    q.filter.search = QStringLiteral("lodz"); // folded: Łódź
    EXPECT_EQ(idsOf(q), (QStringList{jan}));
    q.filter.search = QStringLiteral("zeta"); // the company's name finds its people
    EXPECT_EQ(idsOf(q), (QStringList{anna}));
    q.filter.search = QStringLiteral("\"*"); // nothing to search for: no restriction
    EXPECT_EQ(idsOf(q).size(), 4);
    q.filter.search = QStringLiteral("nobody");
    EXPECT_TRUE(idsOf(q).isEmpty());
}

TEST_F(ListQueryTest, RowsComeByRowidInTheOrderAsked)
{
    ListReader reader(db->connection());
    auto rowids = reader.rowids(contacts());
    ASSERT_TRUE(rowids.ok());
    std::vector<qint64> wanted{rowids->at(3), rowids->at(0), 999999};
    auto rows = reader.rows(ListEntity::Contacts, wanted);
    ASSERT_TRUE(rows.ok()) << rows.message().toStdString();
    ASSERT_EQ(rows->size(), 2) << "a missing rowid is left out";
    EXPECT_EQ(rows->at(0).id, olga);
    EXPECT_EQ(rows->at(1).id, marek);
    const QVariantList& v = rows->at(0).values;
    EXPECT_EQ(v.at(int(ContactColumn::Name)).toString(), QStringLiteral("Ольга Кузнецова"));
    EXPECT_EQ(v.at(int(ContactColumn::Lifecycle)).toString(), QStringLiteral("subscriber"));
    EXPECT_EQ(v.at(int(ContactColumn::Owner)).toString(), store->profile().name);
    EXPECT_FALSE(v.at(int(ContactColumn::LastContacted)).toDateTime().isValid());
    EXPECT_TRUE(v.at(int(ContactColumn::Created)).toDateTime().isValid());
    auto annaRow = reader.rows(ListEntity::Contacts, {rowids->at(1)});
    ASSERT_TRUE(annaRow.ok());
    EXPECT_EQ(annaRow->at(0).values.at(int(ContactColumn::Company)).toString(),
              QStringLiteral("Zeta Logistyka"));
    EXPECT_EQ(annaRow->at(0).values.at(int(ContactColumn::Tags)).toStringList(),
              QStringList{QStringLiteral("VIP")});
}

TEST_F(ListQueryTest, CompaniesCountTheirContactsAndFilter)
{
    ListQuery q;
    q.entity = ListEntity::Companies;
    q.sortColumn = int(CompanyColumn::Contacts);
    q.descending = true;
    ListReader reader(db->connection());
    auto page = reader.firstPage(q, 10);
    ASSERT_TRUE(page.ok()) << page.message().toStdString();
    ASSERT_EQ(page->size(), 2);
    EXPECT_EQ(page->at(0).values.at(int(CompanyColumn::Name)).toString(), QStringLiteral("Acme"));
    EXPECT_EQ(page->at(0).values.at(int(CompanyColumn::Contacts)).toLongLong(), 2);
    q.filter.search = QStringLiteral("logis");
    auto n = reader.count(q);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 1);
}

TEST_F(ListQueryTest, QueriesSurviveJson)
{
    ListQuery q = contacts(int(ContactColumn::LastContacted), true);
    q.filter.search = QStringLiteral("kow");
    q.filter.tags = {QStringLiteral("VIP")};
    q.filter.ownerIds = {QString(), ownerId};
    q.filter.lifecycle = {QStringLiteral("lead")};
    q.filter.city = QStringLiteral("Kraków");
    q.filter.lastContact = LastContact::NotWithinDays;
    q.filter.lastContactDays = 90;
    q.filter.createdFrom = QDate(2024, 3, 1);
    q.filter.createdWithinDays = 30;
    const ListQuery back = ListQuery::fromJson(ListEntity::Contacts, q.toJson());
    EXPECT_EQ(back, q);
    EXPECT_EQ(ListQuery::fromJson(ListEntity::Contacts, QStringLiteral("not json")), contacts());
}
