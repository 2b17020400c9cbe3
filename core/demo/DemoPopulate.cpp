#include "core/demo/DemoData.h"

#include "core/store/Store.h"

#include <QCoreApplication>

namespace baza::demo {

using namespace baza::domain;

namespace {

Pipeline salesPipeline()
{
    auto tr = [](const char* t) {
        return QCoreApplication::translate("baza::demo", t);
    };
    Pipeline p;
    p.name = tr("Sales");
    p.stages = {Stage{{}, {}, tr("Lead in"), 0, 10, 14}, Stage{{}, {}, tr("Qualified"), 1, 25, 14},
                Stage{{}, {}, tr("Proposal"), 2, 50, 21},
                Stage{{}, {}, tr("Negotiation"), 3, 75, 21}};
    return p;
}

} // namespace

Status DemoData::populate(store::Store& store, int contacts,
                          const std::function<void(int)>& progress)
{
    store.beginBatch();
    const int companyCount = std::max(1, contacts / 10);
    QStringList companyIds;
    for (int i = 0; i < companyCount; ++i) {
        auto c = store.createCompany(company());
        if (!c) {
            store.endBatch();
            return c.error();
        }
        companyIds << c->id;
    }
    QStringList contactIds;
    constexpr int Chunk = 1000;
    for (int done = 0; done < contacts;) {
        QList<Contact> chunk;
        const int n = std::min(Chunk, contacts - done);
        for (int i = 0; i < n; ++i) {
            Contact p = contact();
            if (pick(4) != 0)
                p.companyId = companyIds.at(pick(int(companyIds.size())));
            chunk.append(p);
        }
        auto ids = store.createContacts(chunk, QStringLiteral("Import contacts"));
        if (!ids) {
            store.endBatch();
            return ids.error();
        }
        contactIds << *ids;
        done += n;
        if (progress)
            progress(done);
    }
    // Deals, activities and tasks only for a demo-sized database; benchmarks want contacts.
    if (contacts <= 20000) {
        auto pipeline = store.createPipeline(salesPipeline());
        if (!pipeline) {
            store.endBatch();
            return pipeline.error();
        }
        static const char* const subjects[] = {"Wdrożenie CRM",      "Поставка оборудования",
                                               "Annual maintenance", "Lieferung Q1",
                                               "Rozbudowa magazynu", "Продление лицензий"};
        static const char* const currencies[] = {"PLN", "RUB", "GBP", "EUR"};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < contacts / 5; ++i) {
            const QString contactId = contactIds.at(pick(int(contactIds.size())));
            Deal d;
            d.title = QString::fromUtf8(subjects[pick(6)]);
            d.pipelineId = pipeline->id;
            d.stageId = pipeline->stages.at(pick(4)).id;
            d.contactId = contactId;
            d.valueMinor = qint64(1000 + pick(200000)) * 100;
            d.currency = QLatin1String(currencies[pick(4)]);
            d.expectedClose = now.date().addDays(pick(120));
            if (auto r = store.createDeal(d); !r) {
                store.endBatch();
                return r.error();
            }
        }
        static const char* const notes[] = {
            "Rozmowa o cenach na przyszły rok, prosi o ofertę do piątku.",
            "Обсудили условия поставки, ждёт коммерческое предложение.",
            "Called about the renewal; wants a discount for two years.",
            "Termin spotkania przesunięty na przyszły tydzień."};
        for (int i = 0; i < contacts / 3; ++i) {
            Activity a;
            a.kind = static_cast<ActivityKind>(pick(4));
            a.direction = a.kind == ActivityKind::Note ? QString() : QStringLiteral("outbound");
            a.occurredAt = now.addSecs(-qint64(pick(90 * 24 * 3600)));
            a.durationSeconds = a.kind == ActivityKind::Call ? 60 + pick(1200) : 0;
            a.body = QString::fromUtf8(notes[pick(4)]);
            a.contactId = contactIds.at(pick(int(contactIds.size())));
            if (auto r = store.logActivity(a); !r) {
                store.endBatch();
                return r.error();
            }
        }
        for (int i = 0; i < std::max(3, contacts / 50); ++i) {
            Task t;
            t.title = QCoreApplication::translate("baza::demo", "Call back about the offer");
            t.dueAt = now.addSecs(qint64(pick(10 * 24 * 3600)) - 3 * 24 * 3600);
            t.remindAt = t.dueAt.addSecs(-3600);
            t.contactId = contactIds.at(pick(int(contactIds.size())));
            if (auto r = store.createTask(t); !r) {
                store.endBatch();
                return r.error();
            }
        }
    }
    store.endBatch();
    return {};
}

} // namespace baza::demo
