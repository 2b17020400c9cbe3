// The board's model and widgets against a real database: totals, drag and drop with the mouse,
// keyboard moves, win and lose, the list view.
#include "../ui/QtTestEnvironment.h"
#include "DealsFixture.h"

#include "ui/cards/CompanyCard.h"
#include "ui/cards/ContactCard.h"
#include "ui/cards/TimelineView.h"
#include "ui/deals/BoardModel.h"
#include "ui/deals/BoardView.h"
#include "ui/deals/DealCard.h"
#include "ui/deals/DealTimeline.h"
#include "ui/deals/DealsPage.h"
#include "ui/deals/LostReasonDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace baza;
using namespace baza::domain;
using ui::BoardModel;

namespace {

const auto* const qtEnvironment = ::testing::AddGlobalTestEnvironment(new test::QtTestEnvironment);

class BoardUi : public DealsFixture
{
protected:
    void SetUp() override
    {
        DealsFixture::SetUp();
        // 1 EUR = 4.25 PLN, 1 USD = 4.00 PLN.
        ASSERT_TRUE(store
                        ->setExchangeRate({{},
                                           QStringLiteral("EUR"),
                                           QStringLiteral("PLN"),
                                           QDate(2020, 1, 1),
                                           425000000})
                        .ok());
        ASSERT_TRUE(store
                        ->setExchangeRate({{},
                                           QStringLiteral("USD"),
                                           QStringLiteral("PLN"),
                                           QDate(2020, 1, 1),
                                           400000000})
                        .ok());
    }

    QStringList titlesIn(const BoardModel& model, int stage)
    {
        QStringList out;
        const QModelIndex root = model.stageIndex(stage);
        for (int r = 0; r < model.rowCount(root); ++r)
            out << model.index(r, 0, root).data(BoardModel::TitleRole).toString();
        return out;
    }

    // Opens the page, waits for the worker's read, and returns the board.
    ui::BoardView* openBoard(ui::DealsPage& page)
    {
        page.resize(1100, 700);
        page.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&page));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 10000);
        }();
        QApplication::processEvents();
        return page.boardView();
    }

    QPoint cardCenter(QListView* view, int row)
    {
        return view->visualRect(view->model()->index(row, 0, view->rootIndex())).center();
    }
};

} // namespace

TEST_F(BoardUi, ColumnTotalsAndWeightedSumsAreInTheBaseCurrency)
{
    addDeal(QStringLiteral("A"), 0, 100000, QStringLiteral("PLN")); // 1,000.00 PLN, 10 %
    addDeal(QStringLiteral("B"), 0, 10001, QStringLiteral("EUR"));  // 100.01 EUR = 425.0425 PLN
    const QString c = addDeal(QStringLiteral("C"), 1, 5000, QStringLiteral("USD")); // 200.00 PLN
    addDeal(QStringLiteral("D"), 1, 999, QStringLiteral("RUB"));                    // no rate
    BoardModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.load(pipeline.id).ok());
    ASSERT_EQ(model.stageCount(), 3);
    const QModelIndex s0 = model.stageIndex(0);
    EXPECT_EQ(s0.data(BoardModel::CountRole).toInt(), 2);
    EXPECT_EQ(s0.data(BoardModel::TotalRole).toLongLong(), 100000 + 42504); // .0425 rounds down
    // Weighted, each deal rounded once: 100.00 + 42.50425 → 42.50.
    EXPECT_EQ(s0.data(BoardModel::WeightedRole).toLongLong(), 10000 + 4250);
    const QModelIndex s1 = model.stageIndex(1);
    EXPECT_EQ(s1.data(BoardModel::CountRole).toInt(), 2);
    EXPECT_EQ(s1.data(BoardModel::TotalRole).toLongLong(), 20000);
    EXPECT_EQ(s1.data(BoardModel::WeightedRole).toLongLong(), 10000);
    EXPECT_EQ(s1.data(BoardModel::UnconvertedRole).toInt(), 1);

    // Moving through the store updates the columns and both totals.
    ASSERT_TRUE(store->moveDeal(c, stage(2)).ok());
    EXPECT_EQ(titlesIn(model, 1), QStringList{QStringLiteral("D")});
    EXPECT_EQ(titlesIn(model, 2), QStringList{QStringLiteral("C")});
    EXPECT_EQ(model.stageIndex(1).data(BoardModel::TotalRole).toLongLong(), 0);
    EXPECT_EQ(model.stageIndex(2).data(BoardModel::WeightedRole).toLongLong(), 16000); // 80 %
    // Reordering, renumbering, winning, undo: the model follows.
    const QString a = model.index(0, 0, s0).data(BoardModel::IdRole).toString();
    ASSERT_TRUE(store->moveDeal(a, stage(0)).ok());
    EXPECT_EQ(titlesIn(model, 0), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    for (int i = 0; i < 12; ++i) {
        const QString first = model.index(0, 0, s0).data(BoardModel::IdRole).toString();
        const QString second = model.index(1, 0, s0).data(BoardModel::IdRole).toString();
        ASSERT_TRUE(store->moveDeal(first, stage(0)).ok());
        ASSERT_TRUE(store->moveDeal(second, stage(0), first).ok());
    }
    EXPECT_EQ(titlesIn(model, 0), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    ASSERT_TRUE(store->closeDeal(c, DealStatus::Won).ok());
    EXPECT_TRUE(titlesIn(model, 2).isEmpty());
    ASSERT_TRUE(store->undoLast().ok());
    EXPECT_EQ(titlesIn(model, 2), QStringList{QStringLiteral("C")});

    // Filters narrow the columns and their totals.
    model.setFilter({QString(), QString(), QStringLiteral("b")});
    EXPECT_EQ(titlesIn(model, 0), QStringList{QStringLiteral("B")});
    EXPECT_EQ(model.stageIndex(0).data(BoardModel::TotalRole).toLongLong(), 42504);
}

TEST_F(BoardUi, RottingAndNextStepMarkers)
{
    const QString id = addDeal(QStringLiteral("Stale"), 1, 100); // Proposal rots after 7 days
    BoardModel model(*store);
    ASSERT_TRUE(model.load(pipeline.id).ok());
    const QModelIndex card = model.indexOfDeal(id);
    EXPECT_FALSE(card.data(BoardModel::RottingRole).toBool());
    EXPECT_EQ(card.data(BoardModel::TaskStateRole).toInt(), int(BoardModel::TaskState::Missing));
    model.setNow(QDateTime::currentDateTimeUtc().addDays(8));
    EXPECT_TRUE(card.data(BoardModel::RottingRole).toBool());
    EXPECT_EQ(card.data(BoardModel::DaysInStageRole).toInt(), 8);
    Task t;
    t.title = QStringLiteral("Call");
    t.dealId = id;
    t.dueAt = QDateTime::currentDateTimeUtc().addDays(1);
    ASSERT_TRUE(store->createTask(t).ok());
    ASSERT_TRUE(model.load(pipeline.id).ok());
    model.setNow(QDateTime::currentDateTimeUtc());
    EXPECT_EQ(model.indexOfDeal(id).data(BoardModel::TaskStateRole).toInt(),
              int(BoardModel::TaskState::Planned));
    model.setNow(QDateTime::currentDateTimeUtc().addDays(2));
    EXPECT_EQ(model.indexOfDeal(id).data(BoardModel::TaskStateRole).toInt(),
              int(BoardModel::TaskState::Overdue));
    // The tooltip says how long against which limit, and how to move the card without a mouse.
    model.setNow(QDateTime::currentDateTimeUtc().addDays(8));
    const QString tip = model.indexOfDeal(id).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("in this stage: rotting (more than 7)")))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Next step overdue since")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Ctrl+Left/Right")));
}

TEST_F(BoardUi, DraggingACardWithTheMouseMovesTheDeal)
{
    const QString a = addDeal(QStringLiteral("Alpha"), 0, 100000);
    addDeal(QStringLiteral("Beta"), 0, 200000);
    addDeal(QStringLiteral("Gamma"), 1, 300000);
    ui::DealsPage page(*store);
    ui::BoardView* board = openBoard(page);
    QListView* from = board->columnView(0);
    QListView* to = board->columnView(1);
    ASSERT_TRUE(from && to);
    ASSERT_EQ(from->model()->rowCount(from->rootIndex()), 2);

    // Press on Alpha, move past the drag distance, over the second column above Gamma, release.
    const QPoint start = cardCenter(from, 0);
    QTest::mousePress(from->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(from->viewport(), start + QPoint(0, 30));
    EXPECT_TRUE(board->wonZone()->isVisible()); // the drop zones appear while dragging
    const QPoint target = cardCenter(to, 0) - QPoint(0, 10);
    QTest::mouseMove(to->viewport(), target);
    QTest::mouseRelease(to->viewport(), Qt::LeftButton, {}, target);

    EXPECT_EQ(store->deal(a)->stageId, stage(1));
    EXPECT_EQ(column(1), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Gamma")}));
    EXPECT_EQ(to->model()->rowCount(to->rootIndex()), 2);
    EXPECT_EQ(board->selectedDealId(), a);
    EXPECT_FALSE(board->wonZone()->isVisible());
    auto history = store->history(QStringLiteral("deal"), a);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().label, QStringLiteral("Move deal"));

    // Dropped on the Won zone, the deal is won and leaves the board.
    const QPoint again = cardCenter(to, 0);
    QTest::mousePress(to->viewport(), Qt::LeftButton, {}, again);
    QTest::mouseMove(to->viewport(), again + QPoint(0, 40));
    ASSERT_TRUE(board->wonZone()->isVisible());
    // As a real pointer does: the pressed viewport keeps receiving the events (mouse grab).
    const QPoint won = to->viewport()->mapFromGlobal(
        board->wonZone()->mapToGlobal(board->wonZone()->rect().center()));
    QTest::mouseMove(to->viewport(), won);
    QTest::mouseRelease(to->viewport(), Qt::LeftButton, {}, won);
    EXPECT_EQ(store->deal(a)->status, DealStatus::Won);
    EXPECT_EQ(to->model()->rowCount(to->rootIndex()), 1);
}

TEST_F(BoardUi, KeyboardMovesReordersWinsAndLoses)
{
    ASSERT_TRUE(store->addLostReason(QStringLiteral("Price")).ok());
    const QString a = addDeal(QStringLiteral("Alpha"), 0, 100);
    const QString b = addDeal(QStringLiteral("Beta"), 0, 100);
    ui::DealsPage page(*store);
    ui::BoardView* board = openBoard(page);
    ASSERT_TRUE(board->selectDeal(a));
    QListView* first = board->columnView(0);
    QTest::keyClick(first, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(column(0), (QStringList{QStringLiteral("Beta"), QStringLiteral("Alpha")}));
    QTest::keyClick(first, Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(store->deal(a)->stageId, stage(1));
    EXPECT_EQ(board->selectedDealId(), a);
    QListView* second = board->columnView(1);
    EXPECT_TRUE(second->hasFocus());
    QTest::keyClick(second, Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(store->deal(a)->stageId, stage(2));
    QTest::keyClick(board->columnView(2), Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(store->deal(a)->stageId, stage(1));
    QTest::keyClick(second, Qt::Key_W);
    EXPECT_EQ(store->deal(a)->status, DealStatus::Won);

    ASSERT_TRUE(board->selectDeal(b));
    QTest::keyClick(first, Qt::Key_L);
    auto* dialog = board->findChild<ui::LostReasonDialog*>();
    ASSERT_TRUE(dialog);
    dialog->accept(); // no reason yet: refused, stays open
    EXPECT_TRUE(dialog->isVisible());
    dialog->setReason(QStringLiteral("Price"));
    dialog->accept();
    EXPECT_EQ(store->deal(b)->status, DealStatus::Lost);
    EXPECT_EQ(store->deal(b)->lostReason, QStringLiteral("Price"));

    // Ctrl+Z on the page undoes the last command.
    QTest::keyClick(first, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(store->deal(b)->status, DealStatus::Open);
}

TEST_F(BoardUi, TheListViewShowsTheSameDealsSortable)
{
    const QString small = addDeal(QStringLiteral("Small"), 0, 100, QStringLiteral("PLN"));
    addDeal(QStringLiteral("Large"), 2, 100000, QStringLiteral("EUR"));
    ui::DealsPage page(*store);
    openBoard(page);
    page.showList(true);
    auto* table = page.findChild<QTableView*>(QStringLiteral("dealTable"));
    ASSERT_TRUE(table && table->isVisible());
    QTRY_COMPARE(table->model()->rowCount(), 2);
    table->sortByColumn(4, Qt::DescendingOrder); // value in the base currency
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("Large"));
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("dealSearch"));
    search->setText(QStringLiteral("sma"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    // Moves made on the board while the list is hidden show when it comes back.
    page.showList(false);
    ASSERT_TRUE(store->moveDeal(small, stage(1)).ok());
    page.showList(true);
    QTRY_COMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("Proposal"));
}

TEST_F(BoardUi, TheDealCardSavesFieldsAndShowsErrorsNextToThem)
{
    const QString id = addDeal(QStringLiteral("Wdrożenie"), 0, 100);
    ui::DealCard card(*store, id);
    card.show();
    auto* title = card.findChild<QLineEdit*>(QStringLiteral("dealTitle"));
    auto* value = card.findChild<QLineEdit*>(QStringLiteral("dealValue"));
    ASSERT_TRUE(title && value);
    title->setText(QString());
    emit title->editingFinished();
    EXPECT_FALSE(card.fieldError(QStringLiteral("title")).isEmpty());
    EXPECT_EQ(store->deal(id)->title, QStringLiteral("Wdrożenie"));
    title->setText(QStringLiteral("Wdrożenie CRM"));
    emit title->editingFinished();
    EXPECT_TRUE(card.fieldError(QStringLiteral("title")).isEmpty());
    EXPECT_EQ(store->deal(id)->title, QStringLiteral("Wdrożenie CRM"));
    value->setText(QStringLiteral("12.345"));
    emit value->editingFinished();
    EXPECT_FALSE(card.fieldError(QStringLiteral("value_minor")).isEmpty());
    value->setText(QStringLiteral("1234.5"));
    emit value->editingFinished();
    EXPECT_EQ(store->deal(id)->valueMinor, 123450);
    auto* stageBox = card.findChild<QComboBox*>(QStringLiteral("dealStage"));
    stageBox->setCurrentIndex(2);
    EXPECT_EQ(store->deal(id)->stageId, stage(2));
    // The timeline is the cards' painted one, and reads like a person wrote it.
    auto* timeline = card.findChild<ui::TimelineView*>(QStringLiteral("dealTimeline"));
    ASSERT_TRUE(timeline);
    auto hasItem = [timeline](const QString& heading, const QString& body) {
        const ui::TimelineModel* m = timeline->model();
        for (int i = 0; i < m->rowCount(); ++i) {
            const QModelIndex at = m->index(i);
            if (at.data(ui::TimelineModel::TitleRole).toString() == heading &&
                at.data(ui::TimelineModel::BodyRole).toString().contains(body))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(hasItem(QStringLiteral("Moved"), QStringLiteral("Stage: Qualified → Negotiation")));
    EXPECT_TRUE(hasItem(QStringLiteral("Edited"), QStringLiteral("Value: ")));
    EXPECT_TRUE(hasItem(QStringLiteral("Created"), QStringLiteral("Stage: Qualified")));
    // Only changes a person made: the deal's place in its column is bookkeeping.
    for (int i = 0; i < timeline->model()->rowCount(); ++i)
        EXPECT_FALSE(timeline->model()
                         ->index(i)
                         .data(ui::TimelineModel::BodyRole)
                         .toString()
                         .contains(QStringLiteral("position")));
    // Changes can be hidden like on the other cards.
    auto* changes = timeline->findChild<QToolButton*>(QStringLiteral("filterChanges"));
    ASSERT_TRUE(changes);
    changes->click();
    EXPECT_EQ(timeline->model()->rowCount(), 0);
    changes->click();
    card.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&card));
    QTest::keyClick(timeline->list(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(store->deal(id)->stageId, stage(0));
}

TEST_F(BoardUi, StageMovesShowOnThePersonsAndTheCompanysTimelines)
{
    auto company = store->createCompany(
        Company{{}, QStringLiteral("Budex sp. z o.o."), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}});
    ASSERT_TRUE(company.ok());
    Contact buyer = person(QStringLiteral("Piotr"), QStringLiteral("Wójcik"));
    buyer.companyId = company->id;
    const QString piotr = store->createContact(buyer)->id;
    const QString id = addDeal(QStringLiteral("Wdrożenie"), 0, 100, QStringLiteral("PLN"), piotr);
    ui::DealsPage page(*store);
    ui::BoardView* board = openBoard(page);
    ASSERT_TRUE(board->selectDeal(id));
    QTest::keyClick(board->columnView(0), Qt::Key_Right, Qt::ControlModifier);
    ASSERT_EQ(store->deal(id)->stageId, stage(1));
    ASSERT_TRUE(store->closeDeal(id, DealStatus::Lost, QStringLiteral("No budget")).ok());

    auto titlesOf = [](ui::RecordCard& card) {
        QStringList out;
        auto* timeline = card.findChild<ui::TimelineView*>();
        for (int i = 0; timeline && i < timeline->model()->rowCount(); ++i) {
            const QModelIndex at = timeline->model()->index(i);
            out << at.data(ui::TimelineModel::TitleRole).toString() + QStringLiteral(" | ") +
                       at.data(ui::TimelineModel::BodyRole).toString();
        }
        return out;
    };
    const QStringList expected{
        QStringLiteral("“Wdrożenie” lost | Reason: No budget"),
        QStringLiteral("“Wdrożenie” moved to Proposal | Qualified → Proposal"),
        QStringLiteral("Deal “Wdrożenie” created | In Qualified")};
    ui::ContactCard contactCard(*store, piotr, nullptr);
    QStringList shown = titlesOf(contactCard);
    for (const QString& line : expected)
        EXPECT_TRUE(shown.contains(line)) << line.toStdString();
    // Newest first, like everything else on the timeline.
    EXPECT_LT(shown.indexOf(expected.at(0)), shown.indexOf(expected.at(1)));
    ui::CompanyCard companyCard(*store, company->id, nullptr);
    shown = titlesOf(companyCard);
    for (const QString& line : expected)
        EXPECT_TRUE(shown.contains(line)) << line.toStdString();
}

// A move and a close recorded in the same millisecond still read newest first on the cards.
TEST(DealTimelineOrder, EventsOfTheSameMillisecondShowNewestFirst)
{
    store::DealEvent moved;
    moved.kind = store::DealEvent::Kind::Moved;
    moved.at = QDateTime::currentDateTimeUtc();
    moved.dealTitle = QStringLiteral("Audyt");
    moved.fromStage = QStringLiteral("Qualified");
    moved.toStage = QStringLiteral("Proposal");
    store::DealEvent lost = moved;
    lost.kind = store::DealEvent::Kind::Lost;
    ui::TimelineModel model;
    model.setItems(ui::DealTimeline::fromEvents({moved, lost})); // in log order, as read
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0).data(ui::TimelineModel::TitleRole).toString(),
              QStringLiteral("“Audyt” lost"));
    EXPECT_EQ(model.index(1).data(ui::TimelineModel::TitleRole).toString(),
              QStringLiteral("“Audyt” moved to Proposal"));
}

TEST(BoardTotals, HeadersRoundToWholeUnitsHalfAwayFromZero)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(ui::formatTotal(100050, QStringLiteral("EUR")), QStringLiteral("€1,001"));
    EXPECT_EQ(ui::formatTotal(100049, QStringLiteral("EUR")), QStringLiteral("€1,000"));
    EXPECT_EQ(ui::formatTotal(1500, QStringLiteral("JPY")), QStringLiteral("¥1,500"));
    QLocale::setDefault(saved);
}
