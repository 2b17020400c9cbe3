// The demo's sales side: pipelines, deals across currencies and stages, and what surrounds them.
#include "core/demo/DemoData.h"

#include "core/store/Store.h"

#include <QCoreApplication>

#include <algorithm>

namespace baza::demo {

using namespace baza::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::demo", text);
}

Pipeline newBusiness()
{
    Pipeline p;
    p.name = tr("New business");
    p.position = 0;
    p.stages = {Stage{{}, {}, tr("Lead in"), 0, 10, 14}, Stage{{}, {}, tr("Qualified"), 1, 25, 14},
                Stage{{}, {}, tr("Demo"), 2, 40, 10}, Stage{{}, {}, tr("Proposal"), 3, 60, 21},
                Stage{{}, {}, tr("Negotiation"), 4, 80, 21}};
    return p;
}

Pipeline renewals()
{
    Pipeline p;
    p.name = tr("Renewals");
    p.position = 1;
    p.stages = {Stage{{}, {}, tr("Due"), 0, 50, 30}, Stage{{}, {}, tr("Quote sent"), 1, 70, 14},
                Stage{{}, {}, tr("Verbal yes"), 2, 90, 7}};
    return p;
}

} // namespace

Status DemoData::populateDeals(store::Store& store, const QStringList& contactIds, int deals)
{
    if (contactIds.isEmpty())
        return {};
    auto first = store.createPipeline(newBusiness());
    if (!first)
        return first.error();
    auto second = store.createPipeline(renewals());
    if (!second)
        return second.error();
    if (Status s = store.setBaseCurrency(QStringLiteral("PLN")); !s)
        return s;
    // Rates into PLN, as a bank publishes them: one a fortnight for the last six months (closed
    // deals convert at the rate of the day they closed).
    const QDate today = QDate::currentDate();
    struct Pair
    {
        const char* currency;
        qint64 rateE8;
    };
    const Pair pairs[] = {
        {"EUR", 427350000}, {"USD", 398120000}, {"RUB", 4370000}, {"GBP", 505410000}};
    for (const Pair& p : pairs) {
        for (int fortnight = 12; fortnight >= 0; --fortnight) {
            // A small deterministic drift around the base rate.
            const qint64 drift = p.rateE8 / 1000 * (pick(21) - 10);
            auto r = store.setExchangeRate({{},
                                            QLatin1String(p.currency),
                                            QStringLiteral("PLN"),
                                            today.addDays(-14 * fortnight),
                                            p.rateE8 + drift});
            if (!r)
                return r.error();
        }
    }
    static const char* const reasons[] = {QT_TRANSLATE_NOOP("baza::demo", "Price too high"),
                                          QT_TRANSLATE_NOOP("baza::demo", "Chose a competitor"),
                                          QT_TRANSLATE_NOOP("baza::demo", "No budget"),
                                          QT_TRANSLATE_NOOP("baza::demo", "No decision"),
                                          QT_TRANSLATE_NOOP("baza::demo", "Bad timing")};
    for (const char* reason : reasons) {
        if (auto r = store.addLostReason(tr(reason)); !r)
            return r.error();
    }
    QStringList owners{store.profile().id};
    for (const char* name : {"Katarzyna Wiśniewska", "Дмитрий Орлов", "Oliver Evans"}) {
        auto u = store.addUser(QString::fromUtf8(name));
        if (!u)
            return u.error();
        owners << u->id;
    }

    static const char* const newTitles[] = {"Wdrożenie CRM",        "Поставка оборудования",
                                            "Website relaunch",     "Lieferung Q1",
                                            "Rozbudowa magazynu",   "Обучение персонала",
                                            "Fleet tracking pilot", "Audyt bezpieczeństwa",
                                            "Kassensystem",         "Serwis chłodni"};
    static const char* const renewalTitles[] = {"Licencje 2027", "Продление лицензий",
                                                "Support renewal", "Wartungsvertrag"};
    // Mostly złoty, then euro and dollar; a few roubles and pounds.
    static const char* const currencies[] = {"PLN", "PLN", "PLN", "EUR",
                                             "EUR", "USD", "RUB", "GBP"};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr qint64 Day = 86400;
    for (int i = 0; i < deals; ++i) {
        const bool renewal = pick(4) == 0;
        const Pipeline& p = renewal ? *second : *first;
        const QString contactId = contactIds.at(pick(int(contactIds.size())));
        Deal d;
        d.title = QString::fromUtf8(renewal ? renewalTitles[pick(4)] : newTitles[pick(10)]);
        d.pipelineId = p.id;
        d.stageId = p.stages.first().id;
        const int target = pick(int(p.stages.size()));
        d.contactId = contactId;
        if (auto c = store.contact(contactId))
            d.companyId = c->companyId;
        d.currency = QLatin1String(currencies[pick(8)]);
        // Round-ish amounts, as offers are written: 1,500 to 250,000 in the deal's currency.
        qint64 major = qint64(15 + pick(2500)) * 100;
        if (d.currency == QLatin1String("RUB"))
            major *= 40;
        d.valueMinor = major * 100;
        d.expectedClose = today.addDays(pick(150) - 15);
        d.ownerId = owners.at(pick(int(owners.size())));
        // The deal's past: created up to five months ago; a third of the deals are closed, after
        // a third to all of their life so far; the open ones have sat in their stage for days
        // or, some of them, weeks (those rot on the board).
        const int age = 3 + pick(150);
        const QDateTime createdAt = now.addSecs(-age * Day - pick(int(Day)));
        const int fate = pick(20);
        const bool closed = fate < 7;
        QDateTime closedAt;
        QDateTime entered;
        if (closed) {
            const qint64 span = createdAt.secsTo(now);
            closedAt = createdAt.addSecs(span * (33 + pick(67)) / 100);
            entered = createdAt.addSecs(createdAt.secsTo(closedAt) / 2);
        } else {
            const int idle = std::min(age, pick(pick(3) == 0 ? 45 : 12));
            entered = std::max(createdAt, now.addSecs(-idle * Day - pick(3600)));
        }
        // Every command of this deal is dated in its past, so the timelines tell the same story
        // as the board's days in stage.
        struct Recorded
        {
            store::Store& store;
            ~Recorded() { store.setRecordedTime({}); }
        } recorded{store};
        store.setRecordedTime(createdAt);
        auto created = store.createDeal(d);
        if (!created)
            return created.error();
        // Walked through the stages one by one, as a salesperson does: every move is in the
        // deal's history and on its people's timelines, the last one when it entered its stage.
        for (int stage = 1; stage <= target; ++stage) {
            store.setRecordedTime(createdAt.addSecs(createdAt.secsTo(entered) * stage / target));
            if (Status s = store.moveDeal(created->id, p.stages.at(stage).id); !s)
                return s;
        }
        if (closed) {
            store.setRecordedTime(closedAt);
            const Status s =
                fate < 4 ? store.closeDeal(created->id, DealStatus::Won)
                         : store.closeDeal(created->id, DealStatus::Lost, tr(reasons[pick(5)]));
            if (!s)
                return s;
        }
        if (Status s = store.setDealTimes(created->id, createdAt, entered, closedAt); !s)
            return s;
        store.setRecordedTime({});
        if (closed)
            continue;
        if (pick(10) < 7) {
            // An open deal with a next step; some of them are already late.
            Task t;
            t.title = tr("Follow up on the offer");
            t.dealId = created->id;
            t.contactId = contactId;
            t.dueAt = now.addSecs(qint64(pick(14) - 4) * Day);
            t.assigneeId = d.ownerId;
            if (auto r = store.createTask(t); !r)
                return r.error();
        }
    }
    return {};
}

} // namespace baza::demo
