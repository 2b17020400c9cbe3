#pragma once

#include "core/common/Result.h"
#include "core/domain/Company.h"
#include "core/domain/Contact.h"

#include <QList>
#include <QStringList>

#include <QRandomGenerator>
#include <functional>

namespace baza::store {
class Store;
}

namespace baza::demo {

// Deterministic, realistic multilingual sample data (Polish, Russian, English, German people and
// companies) for the demo database, tests and benchmarks. Same seed, same data.
class DemoData
{
public:
    explicit DemoData(quint32 seed = 20261123);

    domain::Company company();
    // A contact; companyId is left empty for the caller to fill.
    domain::Contact contact();

    // Fills a store: companies, contacts (in batches), a sales pipeline with deals, activities
    // and tasks. `progress` (may be null) gets the number of contacts written so far.
    Status populate(store::Store& store, int contacts,
                    const std::function<void(int)>& progress = {});

private:
    int pick(int n) { return int(m_rng.bounded(n)); }
    // Two pipelines with deals in several currencies, rates, a sales team, lost reasons and
    // next steps: a busy, realistic board.
    Status populateDeals(store::Store& store, const QStringList& contactIds, int deals);
    QString digits(int n);

    QRandomGenerator m_rng;
    int m_serial = 0;
};

// Latin transliteration of Cyrillic (for email addresses of Russian names).
QString transliterate(const QString& text);

} // namespace baza::demo
