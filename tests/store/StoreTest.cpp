#include "StoreFixture.h"

#include "core/common/Uuid.h"
#include "core/demo/DemoData.h"

#include <QTimeZone>

using namespace baza;
using namespace baza::domain;

TEST_F(StoreFixture, ContactRoundTripsEveryField)
{
    auto company = store->createCompany(Company{
        {}, QStringLiteral("Mleczarnia Łąka sp. z o.o."), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}});
    ASSERT_TRUE(company.ok()) << company.message().toStdString();
    Contact c;
    c.firstName = QStringLiteral("Семён");
    c.middleName = QStringLiteral("Петрович");
    c.lastName = QStringLiteral("Фёдоров");
    c.title = QStringLiteral("Главный бухгалтер");
    c.companyId = company->id;
    c.emails = {{QStringLiteral("work"), QStringLiteral("semen@example.ru")},
                {QStringLiteral("home"), QStringLiteral("s.fedorov@mail.ru")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+7 912 345-67-89")}};
    c.address = {QStringLiteral("ul. Piotrkowska 1"),
                 QStringLiteral("Łódź"),
                 QStringLiteral("90-001"),
                 {},
                 QStringLiteral("PL")};
    c.lifecycle = Lifecycle::Customer;
    c.tags = {QStringLiteral("vip"), QStringLiteral("конференция")};
    c.custom = {{QStringLiteral("NIP"), QStringLiteral("123-456-32-18")}};
    auto created = store->createContact(c);
    ASSERT_TRUE(created.ok()) << created.message().toStdString();
    EXPECT_TRUE(isUuid(created->id));
    auto read = store->contact(created->id);
    ASSERT_TRUE(read.ok());
    c.id = created->id;
    c.createdAt = read->createdAt;
    c.updatedAt = read->updatedAt;
    EXPECT_EQ(*read, c);
    EXPECT_TRUE(read->createdAt.isValid());
    auto tags = store->tags();
    ASSERT_TRUE(tags.ok());
    EXPECT_EQ(tags->size(), 2);
}

TEST_F(StoreFixture, ValidationNamesTheField)
{
    Contact c =
        person(QStringLiteral("Jan"), QStringLiteral("Kowalski"), QStringLiteral("not-an-email"));
    auto r = store->createContact(c);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), ErrorCode::Validation);
    EXPECT_EQ(r.error().field, QStringLiteral("emails"));
    EXPECT_TRUE(r.message().contains(QStringLiteral("not-an-email")));

    auto empty = store->createContact(Contact{});
    EXPECT_EQ(empty.code(), ErrorCode::Validation);

    Contact linked = person(QStringLiteral("A"), QStringLiteral("B"));
    linked.companyId = newUuidV7();
    auto dangling = store->createContact(linked);
    EXPECT_EQ(dangling.code(), ErrorCode::Validation);
    EXPECT_EQ(dangling.error().field, QStringLiteral("company_id"));
    auto counts = store->counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->contacts, 0);
}

TEST_F(StoreFixture, ChangedSignalCarriesTouchedIds)
{
    QList<QPair<QString, QStringList>> seen;
    QObject::connect(store.get(), &store::Store::changed, store.get(),
                     [&](const QString& e, const QStringList& ids) {
                         seen.append({e, ids});
                     });
    const QString id = addContact(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen.first().first, QStringLiteral("contact"));
    EXPECT_EQ(seen.first().second, QStringList{id});
    // A failed command emits nothing.
    EXPECT_FALSE(store->createContact(Contact{}).ok());
    EXPECT_EQ(seen.size(), 1);
}

TEST_F(StoreFixture, DuplicateChannelsAreFoundNormalized)
{
    Contact a = person(QStringLiteral("Jan"), QStringLiteral("Nowak"),
                       QStringLiteral("Jan.Nowak@Firma.PL"));
    a.phones = {{QStringLiteral("mobile"), QStringLiteral("+48 (501) 234-567")}};
    auto created = store->createContact(a);
    ASSERT_TRUE(created.ok());
    auto byEmail =
        store->contactsWithChannel(QStringLiteral("email"), QStringLiteral(" jan.nowak@firma.pl "));
    ASSERT_TRUE(byEmail.ok());
    EXPECT_EQ(*byEmail, QStringList{created->id});
    auto byPhone =
        store->contactsWithChannel(QStringLiteral("phone"), QStringLiteral("+48501234567"));
    ASSERT_TRUE(byPhone.ok());
    EXPECT_EQ(*byPhone, QStringList{created->id});
    auto self = store->contactsWithChannel(QStringLiteral("phone"), QStringLiteral("+48501234567"),
                                           created->id);
    ASSERT_TRUE(self.ok());
    EXPECT_TRUE(self->isEmpty());
}

TEST_F(StoreFixture, DealsMoveThroughStagesAndClose)
{
    const Pipeline p = makePipeline();
    ASSERT_EQ(p.stages.size(), 2);
    const QString contactId = addContact(QStringLiteral("Ewa"), QStringLiteral("Mazur"));
    Deal d;
    d.title = QStringLiteral("Wdrożenie");
    d.pipelineId = p.id;
    d.stageId = p.stages.at(0).id;
    d.contactId = contactId;
    d.valueMinor = 1'250'000;
    d.currency = QStringLiteral("PLN");
    auto created = store->createDeal(d);
    ASSERT_TRUE(created.ok()) << created.message().toStdString();
    const QDateTime entered = created->stageEnteredAt;
    ASSERT_TRUE(store->moveDeal(created->id, p.stages.at(1).id).ok());
    auto moved = store->deal(created->id);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->stageId, p.stages.at(1).id);
    EXPECT_GE(moved->stageEnteredAt, entered);

    auto history = store->history(QStringLiteral("deal"), created->id);
    ASSERT_TRUE(history.ok());
    const auto move = std::find_if(history->begin(), history->end(), [](const auto& e) {
        return e.field == QLatin1String("stage_id") && e.op == QLatin1String("update");
    });
    ASSERT_NE(move, history->end());
    EXPECT_EQ(move->oldText, QStringLiteral("Qualified"));
    EXPECT_EQ(move->newText, QStringLiteral("Proposal"));

    EXPECT_EQ(store->closeDeal(created->id, DealStatus::Lost).code(), ErrorCode::Validation);
    ASSERT_TRUE(store->closeDeal(created->id, DealStatus::Lost, QStringLiteral("Za drogo")).ok());
    auto lost = store->deal(created->id);
    EXPECT_EQ(lost->status, DealStatus::Lost);
    EXPECT_EQ(lost->lostReason, QStringLiteral("Za drogo"));
    EXPECT_TRUE(lost->closedAt.isValid());

    d.currency = QStringLiteral("XYZ");
    EXPECT_EQ(store->createDeal(d).error().field, QStringLiteral("currency"));
    d.currency = QStringLiteral("PLN");
    d.stageId = newUuidV7();
    EXPECT_EQ(store->createDeal(d).error().field, QStringLiteral("stage_id"));
}

TEST_F(StoreFixture, CallUpdatesLastContactedButNoteDoesNot)
{
    const QString id = addContact(QStringLiteral("Олег"), QStringLiteral("Орлов"));
    Activity note;
    note.kind = ActivityKind::Note;
    note.body = QStringLiteral("Просил перезвонить");
    note.contactId = id;
    ASSERT_TRUE(store->logActivity(note).ok());
    EXPECT_FALSE(store->contact(id)->lastContactedAt.isValid());
    Activity call;
    call.kind = ActivityKind::Call;
    call.direction = QStringLiteral("outbound");
    call.durationSeconds = 300;
    call.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    call.contactId = id;
    ASSERT_TRUE(store->logActivity(call).ok());
    EXPECT_EQ(store->contact(id)->lastContactedAt, call.occurredAt);
    auto list = store->activitiesFor(QStringLiteral("contact"), id);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_GE(list->at(0).occurredAt, list->at(1).occurredAt); // newest first
}

TEST_F(StoreFixture, TasksCompleteAndReopen)
{
    Task t;
    t.title = QStringLiteral("Oddzwonić");
    t.dueAt = QDateTime::currentDateTimeUtc().addDays(1);
    auto created = store->createTask(t);
    ASSERT_TRUE(created.ok());
    EXPECT_EQ(created->assigneeId, store->profile().id);
    ASSERT_TRUE(store->setTaskDone(created->id, true).ok());
    EXPECT_TRUE(store->task(created->id)->done);
    EXPECT_TRUE(store->task(created->id)->doneAt.isValid());
    ASSERT_TRUE(store->setTaskDone(created->id, false).ok());
    EXPECT_FALSE(store->task(created->id)->doneAt.isValid());
}

TEST_F(StoreFixture, SearchFindsContactsCompaniesAndDeals)
{
    Contact c = person(QStringLiteral("Łukasz"), QStringLiteral("Wiśniewski"),
                       QStringLiteral("lukasz@budex.pl"));
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+48 501 234 567")}};
    c.address.city = QStringLiteral("Łódź");
    ASSERT_TRUE(store->createContact(c).ok());
    addContact(QStringLiteral("Семён"), QStringLiteral("Лебедев"));
    auto hits = store->search(QStringLiteral("lodz"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().title, QStringLiteral("Łukasz Wiśniewski"));
    EXPECT_EQ(store->search(QStringLiteral("семен"))->size(), 1);
    EXPECT_EQ(store->search(QStringLiteral("501 234"))->size(), 1);
    EXPECT_EQ(store->search(QStringLiteral("wisn luk"))->size(), 1);
    EXPECT_TRUE(store->search(QStringLiteral("\"*- OR NEAR"))->isEmpty());
}

TEST_F(StoreFixture, DemoDataFillsEveryKindOfRecord)
{
    demo::DemoData data(7);
    ASSERT_TRUE(data.populate(*store, 300).ok());
    auto counts = store->counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->contacts, 300);
    EXPECT_EQ(counts->companies, 30);
    EXPECT_EQ(counts->deals, 60);
    EXPECT_GT(counts->activities, 0);
    EXPECT_GT(counts->tasks, 0);
    ASSERT_TRUE(db->verify().ok());
}
