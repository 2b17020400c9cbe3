#include "core/analytics/Forecast.h"

#include <QMap>

namespace baza::analytics {

using namespace baza::domain;

namespace {

struct Accumulator
{
    Performance p;
    qint64 closeDaysTotal = 0;
    int wonConverted = 0;

    void add(const store::DealFact& d, const CurrencyConverter& converter, const QDate& today)
    {
        const QDate on = d.status == DealStatus::Open ? today : d.closedAt.date();
        qint64 value = 0;
        qint64 weighted = 0;
        const bool converted =
            converter.convert(d.valueMinor, d.currency, on, &value) &&
            converter.convert(d.valueMinor, d.currency, on, &weighted, d.probability);
        switch (d.status) {
        case DealStatus::Open:
            ++p.open;
            if (converted) {
                p.openValueMinor += value;
                p.weightedMinor += weighted;
            }
            break;
        case DealStatus::Won:
            ++p.won;
            if (converted) {
                p.wonValueMinor += value;
                ++wonConverted;
            }
            if (d.createdAt.isValid() && d.closedAt.isValid())
                closeDaysTotal += d.createdAt.date().daysTo(d.closedAt.date());
            break;
        case DealStatus::Lost:
            ++p.lost;
            break;
        }
        if (!converted && d.status != DealStatus::Lost)
            ++p.unconverted;
    }

    Performance finish() const
    {
        Performance out = p;
        if (p.won + p.lost > 0)
            out.winRate = double(p.won) / double(p.won + p.lost);
        if (wonConverted > 0) // rounded half away from zero, like every other money step
            out.averageWonMinor = (p.wonValueMinor * 2 + wonConverted) / (2 * wonConverted);
        if (p.won > 0)
            out.averageDaysToClose = double(closeDaysTotal) / double(p.won);
        return out;
    }
};

} // namespace

ForecastReport forecast(const QList<store::DealFact>& deals, const CurrencyConverter& converter,
                        const ForecastFilter& filter, const QDate& today)
{
    ForecastReport report;
    report.currency = converter.target();
    Accumulator total;
    QHash<QString, Accumulator> owners;
    QHash<QString, Accumulator> pipelines;
    QMap<QDate, MonthForecast> months;
    for (const store::DealFact& d : deals) {
        if (!filter.pipelineId.isEmpty() && d.pipelineId != filter.pipelineId)
            continue;
        if (!filter.ownerId.isEmpty() && d.ownerId != filter.ownerId)
            continue;
        total.add(d, converter, today);
        owners[d.ownerId].add(d, converter, today);
        pipelines[d.pipelineId].add(d, converter, today);
        if (d.status != DealStatus::Open)
            continue;
        qint64 value = 0;
        qint64 weighted = 0;
        if (!converter.convert(d.valueMinor, d.currency, today, &value) ||
            !converter.convert(d.valueMinor, d.currency, today, &weighted, d.probability))
            continue;
        MonthForecast* m = &report.undated;
        if (d.expectedClose.isValid()) {
            const QDate first(d.expectedClose.year(), d.expectedClose.month(), 1);
            m = &months[first];
            m->month = first;
        }
        ++m->deals;
        m->valueMinor += value;
        m->weightedMinor += weighted;
    }
    report.months = months.values();
    report.total = total.finish();
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        report.byOwner.insert(it.key(), it->finish());
    for (auto it = pipelines.cbegin(); it != pipelines.cend(); ++it)
        report.byPipeline.insert(it.key(), it->finish());
    return report;
}

Result<ForecastReport> forecast(const store::Store& store, const ForecastFilter& filter,
                                const QDate& today)
{
    auto facts = store.dealFacts(filter.pipelineId);
    if (!facts)
        return facts.error();
    auto converter = store.converter();
    if (!converter)
        return converter.error();
    return forecast(*facts, *converter, filter, today);
}

} // namespace baza::analytics
