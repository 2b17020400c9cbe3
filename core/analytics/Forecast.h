#pragma once

#include "core/common/Result.h"
#include "core/domain/Money.h"
#include "core/store/Store.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace baza::analytics {

// Which deals a forecast covers; empty fields mean all.
struct ForecastFilter
{
    QString pipelineId;
    QString ownerId;
};

// Open deals expected to close in one month. Amounts are in the base currency's minor unit.
struct MonthForecast
{
    QDate month; // the first day of the month; invalid for deals without an expected date
    int deals = 0;
    qint64 valueMinor = 0;
    qint64 weightedMinor = 0; // Σ value × probability, each deal rounded once
};

// Pipeline performance over a set of deals.
struct Performance
{
    int open = 0;
    int won = 0;
    int lost = 0;
    qint64 openValueMinor = 0;
    qint64 weightedMinor = 0;
    qint64 wonValueMinor = 0;
    // Won ÷ (won + lost); -1 while nothing is closed.
    double winRate = -1;
    // Mean value of won deals, rounded half away from zero; 0 without won deals.
    qint64 averageWonMinor = 0;
    // Mean days from creation to winning; -1 without won deals.
    double averageDaysToClose = -1;
    // Deals left out of the sums because no rate into the base currency was known.
    int unconverted = 0;
};

struct ForecastReport
{
    QString currency;            // the base currency all amounts are in
    QList<MonthForecast> months; // by month, ascending, only months with deals
    MonthForecast undated;       // open deals without an expected close date
    Performance total;
    QHash<QString, Performance> byOwner;    // owner id → figures ("" for no owner)
    QHash<QString, Performance> byPipeline; // pipeline id → figures
};

// The numbers behind the board's summary strip and the dashboard. Open deals convert at
// `today`'s rate, closed ones at the rate of the day they closed.
ForecastReport forecast(const QList<store::DealFact>& deals,
                        const domain::CurrencyConverter& converter, const ForecastFilter& filter,
                        const QDate& today);
// The same, reading the deals and rates through the store.
Result<ForecastReport> forecast(const store::Store& store, const ForecastFilter& filter,
                                const QDate& today = QDate::currentDate());

} // namespace baza::analytics
