// The reads behind the record cards: a company's people, deals, tasks and merged activities.
#include "StoreFixture.h"

using namespace baza;
using namespace baza::domain;

namespace {

QStringList ids(const auto& list)
{
    QStringList out;
    for (const auto& item : list)
        out << item.id;
    return out;
}

} // namespace

class TimelineFixture : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        Company c;
        c.name = QStringLiteral("Piekarnia Łąka");
        auto created = store->createCompany(c);
        ASSERT_TRUE(created.ok()) << created.message().toStdString();
        companyId = created->id;
        Company other;
        other.name = QStringLiteral("Северный мост");
        otherCompanyId = store->createCompany(other)->id;
        anna = inCompany(QStringLiteral("Anna"), QStringLiteral("Zielińska"), companyId);
        jan = inCompany(QStringLiteral("Jan"), QStringLiteral("Adamski"), companyId);
        olga = inCompany(QStringLiteral("Ольга"), QStringLiteral("Кузнецова"), otherCompanyId);
    }

    QString inCompany(const QString& first, const QString& last, const QString& company)
    {
        Contact p = person(first, last);
        p.companyId = company;
        auto c = store->createContact(p);
        EXPECT_TRUE(c.ok()) << c.message().toStdString();
        return c ? c->id : QString();
    }

    QString log(ActivityKind kind, const QString& contact, const QString& company, int daysAgo)
    {
        Activity a;
        a.kind = kind;
        a.subject = QStringLiteral("%1 days ago").arg(daysAgo);
        a.contactId = contact;
        a.companyId = company;
        a.occurredAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        auto r = store->logActivity(a);
        EXPECT_TRUE(r.ok()) << r.message().toStdString();
        return r ? r->id : QString();
    }

    QString companyId, otherCompanyId, anna, jan, olga;
};

TEST_F(TimelineFixture, CompanyTimelineMergesItsOwnAndItsPeoplesActivitiesNewestFirst)
{
    const QString own = log(ActivityKind::Meeting, {}, companyId, 3);
    const QString annas = log(ActivityKind::Call, anna, {}, 1);
    const QString jans = log(ActivityKind::Note, jan, {}, 7);
    log(ActivityKind::Email, olga, {}, 0); // another company's person

    auto merged = store->timelineActivities(QStringLiteral("company"), companyId);
    ASSERT_TRUE(merged.ok()) << merged.message().toStdString();
    EXPECT_EQ(ids(*merged), (QStringList{annas, own, jans}));

    auto annasOnly = store->timelineActivities(QStringLiteral("contact"), anna);
    ASSERT_TRUE(annasOnly.ok());
    EXPECT_EQ(ids(*annasOnly), QStringList{annas});
    EXPECT_EQ(annasOnly->first().kind, ActivityKind::Call);
    EXPECT_EQ(annasOnly->first().subject, QStringLiteral("1 days ago"));

    auto limited = store->timelineActivities(QStringLiteral("company"), companyId, 2);
    ASSERT_TRUE(limited.ok());
    EXPECT_EQ(ids(*limited), (QStringList{annas, own}));

    EXPECT_EQ(store->timelineActivities(QStringLiteral("pipeline"), companyId).code(),
              ErrorCode::Usage);
}

TEST_F(TimelineFixture, OpenDealsOfAContactAndOfTheirCompany)
{
    const Pipeline p = makePipeline();
    auto deal = [&](const QString& title, const QString& contact, const QString& company,
                    int closeInDays) {
        Deal d;
        d.title = title;
        d.pipelineId = p.id;
        d.stageId = p.stages.first().id;
        d.contactId = contact;
        d.companyId = company;
        d.expectedClose = QDate::currentDate().addDays(closeInDays);
        auto r = store->createDeal(d);
        EXPECT_TRUE(r.ok()) << r.message().toStdString();
        return r ? r->id : QString();
    };
    const QString annaLater = deal(QStringLiteral("Piec"), anna, {}, 30);
    const QString annaSoon = deal(QStringLiteral("Mąka"), anna, {}, 5);
    const QString companyOwn = deal(QStringLiteral("Serwis"), {}, companyId, 10);
    const QString lost = deal(QStringLiteral("Lost one"), jan, {}, 1);
    deal(QStringLiteral("Чужая"), olga, {}, 2);
    ASSERT_TRUE(store->closeDeal(lost, DealStatus::Lost, QStringLiteral("price")).ok());

    auto annas = store->dealsFor(QStringLiteral("contact"), anna, true);
    ASSERT_TRUE(annas.ok()) << annas.message().toStdString();
    EXPECT_EQ(ids(*annas), (QStringList{annaSoon, annaLater}));

    auto companyOpen = store->dealsFor(QStringLiteral("company"), companyId, true);
    ASSERT_TRUE(companyOpen.ok());
    EXPECT_EQ(ids(*companyOpen), (QStringList{annaSoon, companyOwn, annaLater}));

    auto companyAll = store->dealsFor(QStringLiteral("company"), companyId, false);
    ASSERT_TRUE(companyAll.ok());
    EXPECT_EQ(companyAll->size(), 4);
    EXPECT_TRUE(ids(*companyAll).contains(lost));
}

TEST_F(TimelineFixture, OpenTasksByDueDateUndatedLast)
{
    auto task = [&](const QString& title, const QString& contact, const QString& company,
                    QDateTime due) {
        Task t;
        t.title = title;
        t.contactId = contact;
        t.companyId = company;
        t.dueAt = due;
        if (due.isValid())
            t.remindAt = due.addSecs(-900);
        auto r = store->createTask(t);
        EXPECT_TRUE(r.ok()) << r.message().toStdString();
        return r ? r->id : QString();
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString undated = task(QStringLiteral("Sometime"), anna, {}, {});
    const QString tomorrow = task(QStringLiteral("Call back"), anna, {}, now.addDays(1));
    const QString today = task(QStringLiteral("Send offer"), {}, companyId, now.addSecs(3600));
    const QString done = task(QStringLiteral("Done already"), anna, {}, now);
    ASSERT_TRUE(store->setTaskDone(done, true).ok());
    task(QStringLiteral("Elsewhere"), olga, {}, now);

    auto annas = store->tasksFor(QStringLiteral("contact"), anna, true);
    ASSERT_TRUE(annas.ok()) << annas.message().toStdString();
    EXPECT_EQ(ids(*annas), (QStringList{tomorrow, undated}));
    EXPECT_EQ(annas->first().remindAt, annas->first().dueAt.addSecs(-900));

    auto company = store->tasksFor(QStringLiteral("company"), companyId, true);
    ASSERT_TRUE(company.ok());
    EXPECT_EQ(ids(*company), (QStringList{today, tomorrow, undated}));

    auto all = store->tasksFor(QStringLiteral("contact"), anna, false);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 3);
    EXPECT_EQ(all->last().id, done) << "done tasks come after open ones";
}

TEST_F(TimelineFixture, CompanyPeopleByLastNameAndCompanyLookups)
{
    auto people = store->contactsOfCompany(companyId);
    ASSERT_TRUE(people.ok()) << people.message().toStdString();
    EXPECT_EQ(ids(*people), (QStringList{jan, anna})); // Adamski before Zielińska

    auto matching = store->companiesMatching(QStringLiteral("laka"));
    ASSERT_TRUE(matching.ok()) << matching.message().toStdString();
    ASSERT_EQ(matching->size(), 1);
    EXPECT_EQ(matching->first().id, companyId);
    auto cyrillic = store->companiesMatching(QStringLiteral("северн"));
    ASSERT_TRUE(cyrillic.ok());
    EXPECT_EQ(ids(*cyrillic), QStringList{otherCompanyId});

    auto byName = store->companyIdByName(QStringLiteral("  piekarnia Łąka "));
    ASSERT_TRUE(byName.ok()) << byName.message().toStdString();
    EXPECT_EQ(*byName, companyId);
    auto missing = store->companyIdByName(QStringLiteral("Nobody Ltd"));
    EXPECT_EQ(missing.code(), ErrorCode::NotFound);
    EXPECT_EQ(missing.error().field, QStringLiteral("company_id"));
    EXPECT_TRUE(missing.message().contains(QStringLiteral("Nobody Ltd")));

    auto users = store->users();
    ASSERT_TRUE(users.ok());
    ASSERT_EQ(users->size(), 1);
    EXPECT_EQ(users->first().id, store->profile().id);
}

TEST_F(TimelineFixture, HistoryShowsListsAsTheirValues)
{
    auto c = store->contact(anna);
    ASSERT_TRUE(c.ok());
    Contact edited = *c;
    edited.emails = {{QStringLiteral("work"), QStringLiteral("a@x.pl")}};
    edited.tags = {QStringLiteral("vip")};
    ASSERT_TRUE(store->updateContact(edited).ok());
    edited.emails = {{QStringLiteral("work"), QStringLiteral("b@x.pl")},
                     {QStringLiteral("home"), QStringLiteral("anna@dom.pl")}};
    edited.tags = {QStringLiteral("vip"), QStringLiteral("konferencja")};
    ASSERT_TRUE(store->updateContact(edited).ok());

    auto history = store->history(QStringLiteral("contact"), anna);
    ASSERT_TRUE(history.ok());
    QStringList emailLines, tagLines;
    for (const store::HistoryEntry& e : std::as_const(*history)) {
        if (e.field == QLatin1String("emails"))
            emailLines << e.oldText + QStringLiteral(" -> ") + e.newText;
        if (e.field == QLatin1String("tags"))
            tagLines << e.oldText + QStringLiteral(" -> ") + e.newText;
    }
    EXPECT_EQ(emailLines, (QStringList{QStringLiteral(" -> a@x.pl"),
                                       QStringLiteral("a@x.pl -> b@x.pl, anna@dom.pl")}));
    EXPECT_EQ(tagLines,
              (QStringList{QStringLiteral(" -> vip"), QStringLiteral("vip -> vip, konferencja")}));
}
