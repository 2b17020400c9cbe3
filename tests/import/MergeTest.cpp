// Store additions for imports: the bulk writer's compact change log (history, undo, undo of an
// import with records edited afterwards), the duplicate finder and merge + undo.
#include "../store/StoreFixture.h"

#include "core/store/BulkWriter.h"

#include <QSqlQuery>

using namespace baza;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

qint64 count(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class BulkStore : public StoreFixture
{
protected:
    // Imports two contacts and a company in one batch; returns the batch id.
    QString bulkImport(QStringList* ids)
    {
        const QString batch = store->beginBatch();
        store::BulkWriter w(*store, QStringLiteral("Import test.csv"));
        EXPECT_TRUE(w.begin().ok());
        store->endBatch();
        domain::Company co;
        co.name = s("Łódzkie Młyny");
        auto companyId = w.insertCompany(co);
        EXPECT_TRUE(companyId.ok());
        domain::Contact a = person(s("Anna"), s("Wiśniewska"), s("anna@mlyny.pl"));
        a.companyId = *companyId;
        a.phones.append({s("mobile"), s("+48501234567")});
        a.tags << s("import");
        auto idA = w.insertContact(a);
        auto idB = w.insertContact(person(s("Семён"), s("Ёлкин"), s("semen@x.ru")));
        EXPECT_TRUE(idA.ok() && idB.ok());
        store::ImportRecord rec{batch,
                                s("contact"),
                                s("test.csv"),
                                QDateTime::currentDateTimeUtc(),
                                QDateTime::currentDateTimeUtc(),
                                2,
                                2,
                                0,
                                0,
                                0,
                                {},
                                {}};
        EXPECT_TRUE(w.recordImport(rec).ok());
        const Status st = w.commit();
        EXPECT_TRUE(st.ok()) << st.message().toStdString();
        *ids = {*idA, *idB, *companyId};
        return batch;
    }
};

TEST_F(BulkStore, CompactLogHistorySearchAndUndo)
{
    QStringList ids;
    const QString batch = bulkImport(&ids);
    QSqlDatabase c = db->connection();
    // ONE change row per inserted record (plus the tag the contact needed).
    EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM changes WHERE command_id IN "
                                      "(SELECT id FROM commands WHERE batch_id = '%1')")
                           .arg(batch)),
              4);
    auto hist = store->history(QStringLiteral("contact"), ids.at(0));
    ASSERT_TRUE(hist.ok());
    QStringList fields;
    for (const auto& h : *hist)
        fields << h.field;
    EXPECT_TRUE(fields.contains(QStringLiteral("first_name")));
    EXPECT_TRUE(fields.contains(QStringLiteral("emails")));
    for (const auto& h : *hist) {
        if (h.field == QLatin1String("company_id")) {
            EXPECT_EQ(h.newText, s("Łódzkie Młyny"));
        }
    }
    auto hits = store->search(s("wisniewska"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().id, ids.at(0));
    hits = store->search(s("mlyny"));
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 2); // the company and its contact
    auto dupes = store->contactsWithChannel(QStringLiteral("phone"), s("+48 501 234 567"));
    ASSERT_TRUE(dupes.ok());
    EXPECT_EQ(*dupes, QStringList{ids.at(0)});
    auto list = store->imports();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().batchId, batch);
    EXPECT_EQ(list->first().created, 2);

    auto undone = store->undoImport(batch);
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    EXPECT_EQ(undone->removed, 4);
    EXPECT_TRUE(undone->kept.isEmpty());
    auto counts = store->counts();
    EXPECT_EQ(counts->contacts, 0);
    EXPECT_EQ(counts->companies, 0);
    EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM search_docs")), 0);
    EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM contact_channels")), 0);
    EXPECT_FALSE(store->imports()->first().undoneAt.isNull());
    EXPECT_FALSE(store->undoImport(batch).ok());
    // The undo is itself a command that can be undone by its id: everything comes back.
    QSqlQuery q(c);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM commands WHERE label = 'Undo import'")) &&
                q.next());
    const QString undoId = q.value(0).toString();
    q.finish();
    const Status again = store->undoCommand(undoId);
    ASSERT_TRUE(again.ok()) << again.message().toStdString();
    EXPECT_EQ(store->counts()->contacts, 2);
    EXPECT_EQ(store->contact(ids.at(0))->emails.first().address, s("anna@mlyny.pl"));
}

TEST_F(BulkStore, UndoImportKeepsRecordsEditedByHand)
{
    QStringList ids;
    const QString batch = bulkImport(&ids);
    // Weeks later someone corrects Anna's title by hand, and logs a call with Семён.
    domain::Contact anna = *store->contact(ids.at(0));
    anna.title = s("Prezes");
    ASSERT_TRUE(store->updateContact(anna).ok());
    domain::Activity call;
    call.kind = domain::ActivityKind::Call;
    call.occurredAt = QDateTime::currentDateTimeUtc();
    call.contactId = ids.at(1);
    ASSERT_TRUE(store->logActivity(call).ok());

    auto undone = store->undoImport(batch);
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    // Anna (edited), Семён (a call refers to him) and the company (Anna refers to it) stay;
    // only the tag goes.
    ASSERT_EQ(undone->kept.size(), 3);
    EXPECT_EQ(undone->removed, 1);
    QStringList keptIds;
    for (const auto& k : undone->kept)
        keptIds << k.id;
    keptIds.sort();
    QStringList expected = ids;
    expected.sort();
    EXPECT_EQ(keptIds, expected);
    EXPECT_EQ(store->contact(ids.at(0))->title, s("Prezes"));
    EXPECT_TRUE(store->contact(ids.at(1)).ok());
    EXPECT_TRUE(store->company(ids.at(2)).ok());
}

TEST_F(StoreFixture, DuplicateFinderAndMergeWithUndo)
{
    const QString a = addContact(s("Jan"), s("Kowalski"), s("jan@firma.pl"));
    domain::Contact other = person(s("JAN"), s("KOWALSKI"), s("JAN@FIRMA.PL"));
    other.phones.append({s("mobile"), s("+48501234567")});
    other.title = s("Dyrektor");
    other.tags << s("vip");
    auto b = store->createContact(other);
    ASSERT_TRUE(b.ok());
    const QString unrelated = addContact(s("Anna"), s("Nowak"), s("anna@x.pl"));
    domain::Deal deal;
    const domain::Pipeline p = makePipeline();
    deal.title = s("Licencje");
    deal.pipelineId = p.id;
    deal.stageId = p.stages.first().id;
    deal.contactId = b->id;
    auto d = store->createDeal(deal);
    ASSERT_TRUE(d.ok()) << d.message().toStdString();
    domain::Consent consent{
        {},       b->id, s("email"), s("newsletter"), s("granted"), QDateTime::currentDateTimeUtc(),
        s("form")};
    ASSERT_TRUE(store->addConsent(consent).ok());

    auto groups = store->findDuplicates();
    ASSERT_TRUE(groups.ok());
    ASSERT_EQ(groups->size(), 1); // email and name+company name the same pair: one group
    EXPECT_EQ(groups->first().reason, s("email"));
    EXPECT_EQ(groups->first().contactIds, (QStringList{a, b->id}));
    EXPECT_FALSE(groups->first().contactIds.contains(unrelated));

    ASSERT_TRUE(store->mergeContacts(a, b->id).ok());
    const domain::Contact merged = *store->contact(a);
    EXPECT_EQ(merged.firstName, s("Jan"));  // the survivor's value
    EXPECT_EQ(merged.title, s("Dyrektor")); // filled from the other
    EXPECT_EQ(merged.emails.size(), 1);     // same address, not doubled
    EXPECT_EQ(merged.phones.size(), 1);
    EXPECT_TRUE(merged.tags.contains(s("vip")));
    EXPECT_FALSE(store->contact(b->id).ok());
    EXPECT_EQ(store->deal(d->id)->contactId, a);
    EXPECT_EQ(store->consents(a)->size(), 1);
    EXPECT_TRUE(store->findDuplicates()->isEmpty());
    // The merge is one command in the change log.
    QSqlDatabase c = db->connection();
    EXPECT_EQ(count(c, QStringLiteral("SELECT count(*) FROM commands WHERE label = 'Merge "
                                      "contacts'")),
              1);

    auto undone = store->undoLast();
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    EXPECT_EQ(*undone, s("Merge contacts"));
    EXPECT_TRUE(store->contact(b->id).ok());
    EXPECT_EQ(store->contact(b->id)->title, s("Dyrektor"));
    EXPECT_TRUE(store->contact(a)->title.isEmpty());
    EXPECT_EQ(store->deal(d->id)->contactId, b->id);
    EXPECT_EQ(store->consents(b->id)->size(), 1);
    EXPECT_EQ(store->findDuplicates()->size(), 1);

    // Merge again, picking the other's first name, and undo it by command id.
    store::MergeChoice choice;
    choice.fieldsFromOther << QStringLiteral("first_name");
    ASSERT_TRUE(store->mergeContacts(a, b->id, choice).ok());
    EXPECT_EQ(store->contact(a)->firstName, s("JAN"));
    QSqlQuery q(c);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM commands WHERE label = 'Merge contacts' "
                                      "AND undone_by IS NULL")) &&
                q.next());
    const QString mergeId = q.value(0).toString();
    q.finish();
    ASSERT_TRUE(store->undoCommand(mergeId).ok());
    EXPECT_TRUE(store->contact(b->id).ok());
    EXPECT_FALSE(store->undoCommand(mergeId).ok());
    EXPECT_FALSE(store->mergeContacts(a, a).ok());
}
