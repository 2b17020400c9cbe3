#include "DealsFixture.h"

#include <QSqlQuery>

#include <algorithm>

using namespace baza;
using namespace baza::domain;

namespace {

qint64 countOf(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

TEST_F(DealsFixture, MovingADealChangesItsStageAndIsLoggedReadably)
{
    const QString contactId = addContact(QStringLiteral("Anna"), QStringLiteral("Kowalska"));
    const QString id =
        addDeal(QStringLiteral("Wdrożenie"), 0, 100000, QStringLiteral("PLN"), contactId);
    auto before = store->deal(id);
    ASSERT_TRUE(before.ok());
    ASSERT_TRUE(store->moveDeal(id, stage(1)).ok());
    auto after = store->deal(id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->stageId, stage(1));
    EXPECT_GE(after->stageEnteredAt, before->stageEnteredAt);
    EXPECT_EQ(column(0), QStringList());
    EXPECT_EQ(column(1), QStringList{QStringLiteral("Wdrożenie")});

    auto history = store->history(QStringLiteral("deal"), id);
    ASSERT_TRUE(history.ok());
    bool found = false;
    for (const store::HistoryEntry& e : *history) {
        if (e.field == QLatin1String("stage_id") && e.op == QLatin1String("update")) {
            found = true;
            EXPECT_EQ(e.label, QStringLiteral("Move deal"));
            EXPECT_EQ(e.oldText, QStringLiteral("Qualified"));
            EXPECT_EQ(e.newText, QStringLiteral("Proposal"));
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(DealsFixture, AStageOfAnotherPipelineIsRefused)
{
    const QString id = addDeal(QStringLiteral("A"), 0, 100);
    Pipeline other;
    other.name = QStringLiteral("Renewals");
    other.stages = {Stage{{}, {}, QStringLiteral("Due"), 0, 50, 0}};
    auto created = store->createPipeline(other);
    ASSERT_TRUE(created.ok());
    const Status s = store->moveDeal(id, created->stages.first().id);
    EXPECT_EQ(s.code(), ErrorCode::Validation);
    EXPECT_EQ(s.error().field, QStringLiteral("stage_id"));
    EXPECT_EQ(store->deal(id)->stageId, stage(0));
}

TEST_F(DealsFixture, NewDealsJoinTheEndAndDropsPlaceBeforeACard)
{
    const QString a = addDeal(QStringLiteral("A"), 0, 100);
    const QString b = addDeal(QStringLiteral("B"), 0, 100);
    const QString c = addDeal(QStringLiteral("C"), 0, 100);
    EXPECT_EQ(column(0),
              (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    ASSERT_TRUE(store->moveDeal(c, stage(0), a).ok());
    EXPECT_EQ(column(0),
              (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
    ASSERT_TRUE(store->moveDeal(c, stage(0), b).ok());
    EXPECT_EQ(column(0),
              (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    ASSERT_TRUE(store->moveDeal(a, stage(0)).ok()); // to the end
    EXPECT_EQ(column(0),
              (QStringList{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")}));
    // Into another column, before its only card.
    const QString d = addDeal(QStringLiteral("D"), 1, 100);
    ASSERT_TRUE(store->moveDeal(b, stage(1), d).ok());
    EXPECT_EQ(column(1), (QStringList{QStringLiteral("B"), QStringLiteral("D")}));
    const Status wrong = store->moveDeal(a, stage(1), c); // c is not in stage 1
    EXPECT_EQ(wrong.code(), ErrorCode::Validation);
}

TEST_F(DealsFixture, RepeatedDropsIntoTheSameGapRenumberTheColumn)
{
    QStringList ids;
    for (const char* t : {"A", "B", "C", "D"})
        ids << addDeal(QLatin1String(t), 0, 100);
    // Each new deal goes between A and the previous one: the gap halves each time until the
    // column must be renumbered, and the order stays right throughout.
    QStringList expected{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                         QStringLiteral("D")};
    QString before = ids.at(1);
    for (int i = 0; i < 14; ++i) {
        const QString title = QStringLiteral("N%1").arg(i);
        const QString id = addDeal(title, 1, 100);
        ASSERT_TRUE(store->moveDeal(id, stage(0), before).ok());
        expected.insert(1, title);
        before = id;
        ASSERT_EQ(column(0), expected) << i;
    }
    // Distinct positions after renumbering.
    EXPECT_EQ(
        countOf(db->connection(),
                QStringLiteral("SELECT count(DISTINCT position) FROM deals WHERE stage_id = '%1'")
                    .arg(stage(0))),
        18);
}

TEST_F(DealsFixture, DealsSharingAPlaceInAColumnReadInIdOrder)
{
    // Two devices can each put a deal at the same place; every read must agree on the order.
    // Ids that sort the other way round from the order the deals are written in.
    QStringList ids;
    int n = 9;
    for (const char* t : {"A", "B", "C", "D"}) {
        Deal d;
        d.id = QStringLiteral("018f0000-0000-7000-8000-00000000000%1").arg(n--);
        d.title = QLatin1String(t);
        d.pipelineId = pipeline.id;
        d.stageId = stage(0);
        d.currency = QStringLiteral("PLN");
        auto created = store->createDeal(d);
        ASSERT_TRUE(created.ok()) << created.message().toStdString();
        ids << created->id;
    }
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(
        QStringLiteral("UPDATE deals SET position = 5 WHERE stage_id = '%1'").arg(stage(0))));
    QStringList byId = ids;
    std::sort(byId.begin(), byId.end());
    auto deals = store->boardDeals(pipeline.id);
    ASSERT_TRUE(deals.ok());
    QStringList read;
    for (const store::BoardDeal& d : *deals)
        read << d.id;
    EXPECT_EQ(read, byId);
    // A deal placed after them still comes last.
    const QString last = addDeal(QStringLiteral("E"), 0, 100);
    EXPECT_EQ(store->boardDeals(pipeline.id)->last().id, last);
}

TEST_F(DealsFixture, UndoPutsAMovedDealBack)
{
    const QString a = addDeal(QStringLiteral("A"), 0, 100);
    const QString b = addDeal(QStringLiteral("B"), 0, 100);
    ASSERT_TRUE(store->moveDeal(b, stage(2)).ok());
    EXPECT_EQ(column(2), QStringList{QStringLiteral("B")});
    auto undone = store->undoLast();
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    EXPECT_EQ(*undone, QStringLiteral("Move deal"));
    EXPECT_EQ(column(0), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    EXPECT_EQ(column(2), QStringList());
    Q_UNUSED(a);
}

TEST_F(DealsFixture, LosingNeedsAReasonAndWinningMakesACustomer)
{
    const QString contactId = addContact(QStringLiteral("Jan"), QStringLiteral("Nowak"));
    const QString id = addDeal(QStringLiteral("Serwis"), 1, 5000, QStringLiteral("PLN"), contactId);
    const Status noReason = store->closeDeal(id, DealStatus::Lost, QStringLiteral("  "));
    EXPECT_EQ(noReason.code(), ErrorCode::Validation);
    EXPECT_EQ(noReason.error().field, QStringLiteral("lost_reason"));
    EXPECT_EQ(store->deal(id)->status, DealStatus::Open);

    ASSERT_TRUE(store->closeDeal(id, DealStatus::Lost, QStringLiteral("Price")).ok());
    EXPECT_EQ(store->deal(id)->status, DealStatus::Lost);
    EXPECT_EQ(store->deal(id)->lostReason, QStringLiteral("Price"));
    EXPECT_TRUE(store->deal(id)->closedAt.isValid());
    EXPECT_TRUE(column(1).isEmpty());

    ASSERT_TRUE(store->closeDeal(id, DealStatus::Open).ok()); // reopened
    EXPECT_EQ(column(1), QStringList{QStringLiteral("Serwis")});
    EXPECT_TRUE(store->deal(id)->lostReason.isEmpty());

    ASSERT_TRUE(store->closeDeal(id, DealStatus::Won).ok());
    EXPECT_EQ(store->deal(id)->status, DealStatus::Won);
    EXPECT_EQ(store->contact(contactId)->lifecycle, Lifecycle::Customer);
    // One command: undo reopens the deal and the person is a lead again.
    ASSERT_TRUE(store->undoLast().ok());
    EXPECT_EQ(store->deal(id)->status, DealStatus::Open);
    EXPECT_EQ(store->contact(contactId)->lifecycle, Lifecycle::Lead);
}

TEST_F(DealsFixture, RemovingAStageMovesItsDealsInOneUndoableCommand)
{
    const QString a = addDeal(QStringLiteral("A"), 1, 100);
    const QString b = addDeal(QStringLiteral("B"), 1, 100);
    const QString c = addDeal(QStringLiteral("C"), 2, 100);
    ASSERT_TRUE(store->closeDeal(b, DealStatus::Won).ok());

    const Status refused = store->removeStage(stage(1));
    EXPECT_EQ(refused.code(), ErrorCode::Validation);
    EXPECT_TRUE(refused.message().contains(QLatin1String("2"))) << refused.message().toStdString();

    ASSERT_TRUE(store->removeStage(stage(1), stage(2)).ok());
    auto pipelines = store->pipelines();
    ASSERT_TRUE(pipelines.ok());
    ASSERT_EQ(pipelines->first().stages.size(), 2);
    EXPECT_EQ(pipelines->first().stages.at(1).name, QStringLiteral("Negotiation"));
    EXPECT_EQ(pipelines->first().stages.at(1).position, 1);
    EXPECT_EQ(store->deal(a)->stageId, stage(2));
    EXPECT_EQ(store->deal(b)->stageId, stage(2)); // closed deals move too
    EXPECT_EQ(column(2), (QStringList{QStringLiteral("C"), QStringLiteral("A")}));

    ASSERT_TRUE(store->undoLast().ok());
    pipelines = store->pipelines();
    ASSERT_EQ(pipelines->first().stages.size(), 3);
    EXPECT_EQ(pipelines->first().stages.at(1).id, stage(1));
    EXPECT_EQ(store->deal(a)->stageId, stage(1));
    EXPECT_EQ(store->deal(b)->stageId, stage(1));
    EXPECT_EQ(store->deal(c)->stageId, stage(2));

    // The last stage of a pipeline stays.
    ASSERT_TRUE(store->removeStage(stage(0)).ok());
    ASSERT_TRUE(store->removeStage(stage(1), stage(2)).ok());
    EXPECT_EQ(store->removeStage(stage(2)).code(), ErrorCode::Conflict);
}

TEST_F(DealsFixture, StagesAreAddedReorderedAndEdited)
{
    Stage s{{}, pipeline.id, QStringLiteral("Demo"), 1, 30, 5};
    auto added = store->addStage(s);
    ASSERT_TRUE(added.ok()) << added.message().toStdString();
    auto names = [&] {
        QStringList out;
        const auto pipelines = store->pipelines(); // kept alive for the loop
        for (const Stage& st : pipelines->first().stages)
            out << st.name;
        return out;
    };
    EXPECT_EQ(names(), (QStringList{QStringLiteral("Qualified"), QStringLiteral("Demo"),
                                    QStringLiteral("Proposal"), QStringLiteral("Negotiation")}));
    ASSERT_TRUE(store->reorderStages(pipeline.id, {stage(2), stage(1), added->id, stage(0)}).ok());
    EXPECT_EQ(names(), (QStringList{QStringLiteral("Negotiation"), QStringLiteral("Proposal"),
                                    QStringLiteral("Demo"), QStringLiteral("Qualified")}));
    EXPECT_EQ(store->reorderStages(pipeline.id, {stage(0)}).code(), ErrorCode::Usage);
    Stage edited = *added;
    edited.name = QStringLiteral("Demo call");
    edited.probability = 101;
    EXPECT_EQ(store->updateStage(edited).error().field, QStringLiteral("probability"));
    edited.probability = 35;
    ASSERT_TRUE(store->updateStage(edited).ok());
    EXPECT_EQ(store->pipelines()->first().stages.at(2).probability, 35);
    ASSERT_TRUE(store->renamePipeline(pipeline.id, QStringLiteral("Nowe")).ok());
    EXPECT_EQ(store->pipelines()->first().name, QStringLiteral("Nowe"));
    addDeal(QStringLiteral("X"), 0, 1);
    EXPECT_EQ(store->removePipeline(pipeline.id).code(), ErrorCode::Conflict);
}

TEST_F(DealsFixture, LostReasonsAreAListWithoutDuplicates)
{
    ASSERT_TRUE(store->addLostReason(QStringLiteral("Price")).ok());
    auto competitor = store->addLostReason(QStringLiteral("Chose a competitor"));
    ASSERT_TRUE(competitor.ok());
    EXPECT_EQ(store->addLostReason(QStringLiteral("price ")).code(), ErrorCode::Validation);
    EXPECT_EQ(store->addLostReason(QString()).code(), ErrorCode::Validation);
    ASSERT_TRUE(store->renameLostReason(competitor->id, QStringLiteral("Competitor")).ok());
    auto list = store->lostReasons();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).name, QStringLiteral("Price"));
    EXPECT_EQ(list->at(1).name, QStringLiteral("Competitor"));
    // Through the change log like any record: undo brings a removed reason back.
    ASSERT_TRUE(store->removeLostReason(competitor->id).ok());
    EXPECT_EQ(store->lostReasons()->size(), 1);
    ASSERT_TRUE(store->undoLast().ok());
    EXPECT_EQ(store->lostReasons()->size(), 2);
    EXPECT_FALSE(store->history(QStringLiteral("lost_reason"), competitor->id)->isEmpty());
}

TEST_F(DealsFixture, LineItemsSetTheValueExactly)
{
    const QString id = addDeal(QStringLiteral("Licencje"), 0, 0);
    auto product = store->createProduct({{},
                                         QStringLiteral("Licencja roczna"),
                                         QStringLiteral("LIC-1"),
                                         119999,
                                         QStringLiteral("PLN")});
    ASSERT_TRUE(product.ok());
    ASSERT_TRUE(store->addDealItem({{}, id, product->id, product->name, 3, 119999, 0}).ok());
    ASSERT_TRUE(store->addDealItem({{}, id, {}, QStringLiteral("Wdrożenie"), 1, 50001, 0}).ok());
    EXPECT_EQ(store->addDealItem({{}, id, {}, QStringLiteral("Zero"), 0, 1, 0}).error().field,
              QStringLiteral("quantity"));
    ASSERT_TRUE(store->setDealValueFromItems(id).ok());
    EXPECT_EQ(store->deal(id)->valueMinor, 3 * 119999 + 50001);
    auto items = store->dealItems(id);
    ASSERT_EQ(items->size(), 2);
    EXPECT_EQ(items->at(0).position, 0);
    EXPECT_EQ(items->at(1).position, 1);
    DealItem huge = items->at(1);
    huge.quantity = std::numeric_limits<qint64>::max() / 2;
    huge.unitPriceMinor = 3;
    EXPECT_EQ(store->updateDealItem(huge).error().field, QStringLiteral("quantity"));
    // Deleting the deal takes its items and people along.
    const QString person = addContact(QStringLiteral("Ewa"), QStringLiteral("Mazur"));
    ASSERT_TRUE(store->addDealContact(id, person, QStringLiteral("Decision maker")).ok());
    EXPECT_EQ(store->addDealContact(id, person, QString()).code(), ErrorCode::Validation);
    EXPECT_EQ(store->dealContacts(id)->first().contactName, QStringLiteral("Ewa Mazur"));
    ASSERT_TRUE(store->deleteDeal(id).ok());
    EXPECT_EQ(countOf(db->connection(), QStringLiteral("SELECT count(*) FROM deal_items")), 0);
    EXPECT_EQ(countOf(db->connection(), QStringLiteral("SELECT count(*) FROM deal_contacts")), 0);
}

TEST_F(DealsFixture, ConvertingALeadIsOneCommand)
{
    auto company = store->createCompany(
        Company{{}, QStringLiteral("Budex sp. z o.o."), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}});
    ASSERT_TRUE(company.ok());
    Contact lead = person(QStringLiteral("Piotr"), QStringLiteral("Wójcik"));
    lead.companyId = company->id;
    auto created = store->createContact(lead);
    ASSERT_TRUE(created.ok());
    Deal draft;
    draft.pipelineId = pipeline.id;
    draft.stageId = stage(0);
    draft.valueMinor = 250000;
    draft.currency = QStringLiteral("EUR");
    auto deal = store->convertLeadToDeal(created->id, draft);
    ASSERT_TRUE(deal.ok()) << deal.message().toStdString();
    EXPECT_EQ(deal->title, QStringLiteral("Piotr Wójcik"));
    EXPECT_EQ(deal->companyId, company->id);
    EXPECT_EQ(deal->ownerId, store->profile().id);
    EXPECT_EQ(store->contact(created->id)->lifecycle, Lifecycle::Opportunity);
    ASSERT_TRUE(store->undoLast().ok());
    EXPECT_EQ(store->deal(deal->id).code(), ErrorCode::NotFound);
    EXPECT_EQ(store->contact(created->id)->lifecycle, Lifecycle::Lead);
}

TEST_F(DealsFixture, BoardReadCarriesNamesAndTheNextTask)
{
    const QString contactId = addContact(QStringLiteral("Ольга"), QStringLiteral("Кузнецова"));
    const QString id =
        addDeal(QStringLiteral("Поставка"), 0, 100, QStringLiteral("RUB"), contactId);
    Task t;
    t.title = QStringLiteral("Позвонить");
    t.dealId = id;
    t.dueAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    ASSERT_TRUE(store->createTask(t).ok());
    Task later = t;
    later.dueAt = t.dueAt.addDays(3);
    ASSERT_TRUE(store->createTask(later).ok());
    auto d = store->boardDeal(id);
    ASSERT_TRUE(d.ok()) << d.message().toStdString();
    EXPECT_EQ(d->contactName, QStringLiteral("Ольга Кузнецова"));
    EXPECT_EQ(d->ownerName, store->profile().name);
    EXPECT_EQ(d->nextTaskDue, t.dueAt);
    EXPECT_EQ(d->currency, QStringLiteral("RUB"));
}

TEST_F(DealsFixture, ErasingAPersonTakesTheirPartInDealsAlong)
{
    const QString id = addDeal(QStringLiteral("Serwis"), 0, 100);
    const QString person = addContact(QStringLiteral("Ewa"), QStringLiteral("Mazur"));
    const QString other = addContact(QStringLiteral("Jan"), QStringLiteral("Nowak"));
    ASSERT_TRUE(store->addDealContact(id, person, QStringLiteral("Szefowa zakupów")).ok());
    ASSERT_TRUE(store->addDealContact(id, other, QString()).ok());
    ASSERT_TRUE(store->eraseContact(person).ok());
    ASSERT_TRUE(store->deleteContact(other).ok());
    EXPECT_TRUE(store->dealContacts(id)->isEmpty());
    EXPECT_EQ(countOf(db->connection(), QStringLiteral("SELECT count(*) FROM changes WHERE "
                                                       "new_value = 'Szefowa zakupów' OR "
                                                       "old_value = 'Szefowa zakupów'")),
              0);
}

TEST_F(DealsFixture, APersonsAndACompanysTimelinesFollowTheirDeals)
{
    auto company = store->createCompany(
        Company{{}, QStringLiteral("Budex sp. z o.o."), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}});
    ASSERT_TRUE(company.ok());
    Contact buyer = person(QStringLiteral("Piotr"), QStringLiteral("Wójcik"));
    buyer.companyId = company->id;
    const QString piotr = store->createContact(buyer)->id;
    const QString anna = addContact(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    const QString outsider = addContact(QStringLiteral("Olga"), QStringLiteral("Petrova"));

    const QString id =
        addDeal(QStringLiteral("Wdrożenie"), 0, 250000, QStringLiteral("PLN"), piotr);
    const QString other =
        addDeal(QStringLiteral("Someone else's"), 0, 100, QStringLiteral("PLN"), outsider);
    ASSERT_TRUE(store->moveDeal(id, stage(1)).ok());
    ASSERT_TRUE(store->moveDeal(id, stage(1), QString()).ok()); // a reorder says nothing
    ASSERT_TRUE(store->moveDeal(other, stage(2)).ok());
    ASSERT_TRUE(store->closeDeal(id, DealStatus::Lost, QStringLiteral("Price too high")).ok());
    ASSERT_TRUE(store->closeDeal(id, DealStatus::Open).ok());
    ASSERT_TRUE(store->moveDeal(id, stage(2)).ok());
    ASSERT_TRUE(store->undoLast().ok());
    ASSERT_TRUE(store->closeDeal(id, DealStatus::Won).ok());

    using Kind = store::DealEvent::Kind;
    auto events = store->dealHistoryFor(QStringLiteral("contact"), piotr);
    ASSERT_TRUE(events.ok()) << events.message().toStdString();
    QList<Kind> kinds;
    for (const store::DealEvent& e : *events) {
        EXPECT_EQ(e.dealId, id);
        EXPECT_EQ(e.dealTitle, QStringLiteral("Wdrożenie"));
        kinds << e.kind;
    }
    ASSERT_EQ(kinds, (QList<Kind>{Kind::Created, Kind::Moved, Kind::Lost, Kind::Reopened,
                                  Kind::Moved, Kind::Moved, Kind::Won}));
    EXPECT_EQ(events->at(0).toStage, QStringLiteral("Qualified"));
    EXPECT_EQ(events->at(1).fromStage, QStringLiteral("Qualified"));
    EXPECT_EQ(events->at(1).toStage, QStringLiteral("Proposal"));
    EXPECT_EQ(events->at(1).label, QStringLiteral("Move deal"));
    EXPECT_EQ(events->at(2).lostReason, QStringLiteral("Price too high"));
    EXPECT_EQ(events->at(5).label, QStringLiteral("Undo"));
    EXPECT_EQ(events->at(5).toStage, QStringLiteral("Proposal"));
    EXPECT_EQ(events->at(6).valueMinor, 250000);
    EXPECT_EQ(events->at(6).userName, store->profile().name);
    EXPECT_TRUE(events->at(6).at.isValid());

    // The company sees its people's deals; a person involved in a deal sees it too.
    auto companyEvents = store->dealHistoryFor(QStringLiteral("company"), company->id);
    ASSERT_TRUE(companyEvents.ok());
    EXPECT_EQ(companyEvents->size(), events->size());
    EXPECT_TRUE(store->dealHistoryFor(QStringLiteral("contact"), anna)->isEmpty());
    ASSERT_TRUE(store->addDealContact(id, anna, QStringLiteral("decision maker")).ok());
    EXPECT_EQ(store->dealHistoryFor(QStringLiteral("contact"), anna)->size(), events->size());
    EXPECT_EQ(store->dealHistoryFor(QStringLiteral("contact"), outsider)->size(), 2);
    EXPECT_EQ(store->dealHistoryFor(QStringLiteral("deal"), id).code(), ErrorCode::Usage);
}

TEST_F(DealsFixture, ADealsPastCanBeBroughtInButNotFromTheFuture)
{
    const QString id = addDeal(QStringLiteral("Imported"), 0, 100);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime created = now.addDays(-40);
    const QDateTime entered = now.addDays(-20);
    ASSERT_TRUE(store->setDealTimes(id, created, entered).ok());
    auto d = store->deal(id);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->createdAt.toMSecsSinceEpoch(), created.toMSecsSinceEpoch());
    EXPECT_EQ(d->stageEnteredAt.toMSecsSinceEpoch(), entered.toMSecsSinceEpoch());
    auto board = store->boardDeal(id);
    ASSERT_TRUE(board.ok());
    EXPECT_EQ(board->stageEnteredAt.daysTo(now), 20);

    EXPECT_EQ(store->setDealTimes(id, now.addDays(2), QDateTime()).error().field,
              QStringLiteral("created_at"));
    EXPECT_EQ(store->setDealTimes(id, QDateTime(), now.addDays(-50)).error().field,
              QStringLiteral("stage_entered_at"));
    EXPECT_EQ(store->setDealTimes(id, {}, {}, now.addDays(-1)).error().field,
              QStringLiteral("closed_at")); // open deals have no close date
    ASSERT_TRUE(store->closeDeal(id, DealStatus::Won).ok());
    EXPECT_EQ(store->setDealTimes(id, {}, {}, now.addDays(-41)).error().field,
              QStringLiteral("closed_at"));
    ASSERT_TRUE(store->setDealTimes(id, {}, {}, now.addDays(-10)).ok());
    EXPECT_EQ(store->deal(id)->closedAt.daysTo(now), 10);
    // Logged like any edit: undo puts the close date back.
    ASSERT_TRUE(store->undoLast().ok());
    EXPECT_LE(store->deal(id)->closedAt.secsTo(now), 60);
}
