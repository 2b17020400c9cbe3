#include "../store/StoreFixture.h"

#include "core/analytics/Forecast.h"
#include "core/demo/DemoData.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace baza;
using namespace baza::domain;
using store::DealFact;

namespace {

DealFact fact(const char* owner, DealStatus status, qint64 value, const char* currency,
              int probability, QDate close, QDate created = QDate(2026, 1, 1),
              QDate closed = QDate())
{
    DealFact f;
    f.id = QString::fromLatin1(owner) + QString::number(value);
    f.pipelineId = QStringLiteral("p1");
    f.ownerId = QLatin1String(owner);
    f.status = status;
    f.valueMinor = value;
    f.currency = QLatin1String(currency);
    f.probability = probability;
    f.expectedClose = close;
    f.createdAt = QDateTime(created, QTime(12, 0), Qt::UTC);
    if (closed.isValid())
        f.closedAt = QDateTime(closed, QTime(12, 0), Qt::UTC);
    return f;
}

} // namespace

// Hand-made: base PLN, EUR at 4.00 from January and 4.50 from March, no RUB rate.
TEST(Forecast, NumbersOnAHandMadeDatasetMatchTheHandCalculation)
{
    const CurrencyConverter converter(
        QStringLiteral("PLN"),
        {{{}, QStringLiteral("EUR"), QStringLiteral("PLN"), QDate(2026, 1, 1), 400000000},
         {{}, QStringLiteral("EUR"), QStringLiteral("PLN"), QDate(2026, 3, 1), 450000000}});
    const QDate today(2026, 3, 10);
    const QList<DealFact> deals{
        // Open: anna 1,000.00 PLN at 50 % in April; anna 100.00 EUR at 25 % in April (450.00
        // PLN today, weighted 112.50); bob 333.33 PLN at 33 % in May (weighted 109.9989 → 110.00);
        // bob 10.00 RUB with no rate; anna 200.00 PLN, no date, 10 %.
        fact("anna", DealStatus::Open, 100000, "PLN", 50, QDate(2026, 4, 20)),
        fact("anna", DealStatus::Open, 10000, "EUR", 25, QDate(2026, 4, 2)),
        fact("bob", DealStatus::Open, 33333, "PLN", 33, QDate(2026, 5, 31)),
        fact("bob", DealStatus::Open, 1000, "RUB", 50, QDate(2026, 5, 1)),
        fact("anna", DealStatus::Open, 20000, "PLN", 10, QDate()),
        // Won: anna 100.00 EUR closed 2026-02-10 (at 4.00 → 400.00 PLN), 40 days after creation;
        // bob 1,000.01 PLN closed 2026-03-02, 60 days. Lost: bob, one.
        fact("anna", DealStatus::Won, 10000, "EUR", 100, QDate(2026, 2, 1), QDate(2026, 1, 1),
             QDate(2026, 2, 10)),
        fact("bob", DealStatus::Won, 100001, "PLN", 100, QDate(2026, 3, 1), QDate(2026, 1, 1),
             QDate(2026, 3, 2)),
        fact("bob", DealStatus::Lost, 5000, "PLN", 0, QDate(2026, 3, 1), QDate(2026, 1, 1),
             QDate(2026, 3, 3)),
    };
    const analytics::ForecastReport r = analytics::forecast(deals, converter, {}, today);
    EXPECT_EQ(r.currency, QStringLiteral("PLN"));
    ASSERT_EQ(r.months.size(), 2);
    EXPECT_EQ(r.months.at(0).month, QDate(2026, 4, 1));
    EXPECT_EQ(r.months.at(0).deals, 2);
    EXPECT_EQ(r.months.at(0).valueMinor, 100000 + 45000);
    EXPECT_EQ(r.months.at(0).weightedMinor, 50000 + 11250);
    EXPECT_EQ(r.months.at(1).month, QDate(2026, 5, 1));
    EXPECT_EQ(r.months.at(1).deals, 1); // the RUB deal has no rate
    EXPECT_EQ(r.months.at(1).weightedMinor, 11000);
    EXPECT_EQ(r.undated.deals, 1);
    EXPECT_EQ(r.undated.weightedMinor, 2000);

    EXPECT_EQ(r.total.open, 5);
    EXPECT_EQ(r.total.won, 2);
    EXPECT_EQ(r.total.lost, 1);
    EXPECT_EQ(r.total.unconverted, 1);
    EXPECT_DOUBLE_EQ(r.total.winRate, 2.0 / 3.0);
    EXPECT_EQ(r.total.openValueMinor, 100000 + 45000 + 33333 + 20000);
    EXPECT_EQ(r.total.weightedMinor, 50000 + 11250 + 11000 + 2000);
    EXPECT_EQ(r.total.wonValueMinor, 40000 + 100001);
    EXPECT_EQ(r.total.averageWonMinor, 70001); // 70,000.5 → 70,001 (half away from zero)
    EXPECT_DOUBLE_EQ(r.total.averageDaysToClose, 50.0);

    ASSERT_TRUE(r.byOwner.contains(QStringLiteral("anna")));
    const analytics::Performance& anna = r.byOwner.value(QStringLiteral("anna"));
    EXPECT_EQ(anna.won, 1);
    EXPECT_EQ(anna.lost, 0);
    EXPECT_DOUBLE_EQ(anna.winRate, 1.0);
    EXPECT_EQ(anna.averageWonMinor, 40000);
    EXPECT_DOUBLE_EQ(anna.averageDaysToClose, 40.0);
    const analytics::Performance& bob = r.byOwner.value(QStringLiteral("bob"));
    EXPECT_DOUBLE_EQ(bob.winRate, 0.5);
    EXPECT_EQ(bob.weightedMinor, 11000);
    EXPECT_EQ(r.byPipeline.value(QStringLiteral("p1")).won, 2);

    const analytics::ForecastReport onlyBob =
        analytics::forecast(deals, converter, {QString(), QStringLiteral("bob")}, today);
    EXPECT_EQ(onlyBob.total.open, 2);
    EXPECT_EQ(onlyBob.months.size(), 1);
    const analytics::ForecastReport none = analytics::forecast({}, converter, {}, today);
    EXPECT_EQ(none.total.winRate, -1);
    EXPECT_EQ(none.total.averageDaysToClose, -1);
}

TEST_F(StoreFixture, TheDemoBoardHasAPastAForecastAndRottingDeals)
{
    demo::DemoData data(11);
    ASSERT_TRUE(data.populate(*store, 400).ok());
    auto report = analytics::forecast(*store, {});
    ASSERT_TRUE(report.ok()) << report.message().toStdString();
    EXPECT_EQ(report->currency, QStringLiteral("PLN"));
    EXPECT_GT(report->total.won, 0);
    EXPECT_GT(report->total.lost, 0);
    EXPECT_GT(report->total.winRate, 0.2);
    EXPECT_LT(report->total.winRate, 0.9);
    // Deals take weeks to close, not the moment the demo was made.
    EXPECT_GT(report->total.averageDaysToClose, 7);
    EXPECT_LT(report->total.averageDaysToClose, 160);
    EXPECT_EQ(report->total.unconverted, 0); // every currency has rates back far enough
    EXPECT_GE(report->byOwner.size(), 3);
    EXPECT_EQ(report->byPipeline.size(), 2);

    auto pipelines = store->pipelines();
    ASSERT_TRUE(pipelines.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int rotting = 0;
    int fresh = 0;
    int moved = 0;
    for (const domain::Pipeline& p : *pipelines) {
        auto deals = store->boardDeals(p.id);
        ASSERT_TRUE(deals.ok());
        for (const store::BoardDeal& d : *deals) {
            EXPECT_LE(d.createdAt, d.stageEnteredAt);
            for (const domain::Stage& s : p.stages) {
                if (s.id == d.stageId && s.rottingDays > 0)
                    (d.stageEnteredAt.daysTo(now) > s.rottingDays ? rotting : fresh) += 1;
            }
            if (d.stageId != p.stages.first().id && moved == 0) {
                auto events = store->dealHistoryFor(QStringLiteral("contact"), d.contactId);
                ASSERT_TRUE(events.ok());
                for (const store::DealEvent& e : *events) {
                    if (e.dealId != d.id || e.kind != store::DealEvent::Kind::Moved)
                        continue;
                    ++moved;
                    // The moves happened in the deal's past, the last one when it entered its
                    // stage, not when the demo was made.
                    EXPECT_GE(e.at.secsTo(d.stageEnteredAt), -1);
                    EXPECT_LE(d.createdAt.secsTo(e.at), d.createdAt.secsTo(d.stageEnteredAt) + 1);
                    EXPECT_GE(d.createdAt.secsTo(e.at), 0);
                }
            }
        }
    }
    EXPECT_GT(rotting, 0);
    EXPECT_GT(fresh, rotting);
    EXPECT_GT(moved, 0); // the deal walked through the stages before it
}
