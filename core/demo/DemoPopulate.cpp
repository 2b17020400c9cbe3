#include "core/demo/DemoData.h"

#include "core/store/Store.h"

#include <QCoreApplication>

namespace baza::demo {

using namespace baza::domain;

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
        if (Status st = populateDeals(store, contactIds, contacts / 5); !st) {
            store.endBatch();
            return st;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
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
