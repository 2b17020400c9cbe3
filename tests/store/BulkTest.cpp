// Bulk actions and segments: one command each, field-level change log, one undo step.
#include "StoreFixture.h"

#include "core/store/ListQuery.h"
#include "core/store/Mapping.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace baza;
using namespace baza::domain;

namespace {

qint64 scalar(baza::db::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

class BulkTest : public StoreFixture
{
protected:
    QStringList addMany(int n)
    {
        QList<Contact> list;
        for (int i = 0; i < n; ++i) {
            Contact c = person(QStringLiteral("Osoba"), QStringLiteral("Numer %1").arg(i));
            c.tags = {QStringLiteral("stary")};
            list << c;
        }
        auto ids = store->createContacts(list);
        EXPECT_TRUE(ids.ok()) << ids.message().toStdString();
        return ids ? *ids : QStringList();
    }

    qint64 commands() { return scalar(*db, QStringLiteral("SELECT count(*) FROM commands")); }
};

} // namespace

TEST_F(BulkTest, AddTagIsOneCommandAndOneUndoStep)
{
    const QStringList ids = addMany(30);
    QSignalSpy changed(store.get(), &store::Store::changed);
    const qint64 before = commands();
    ASSERT_TRUE(store->tagContacts(ids.mid(0, 20), QStringLiteral("VIP")).ok());
    EXPECT_EQ(commands(), before + 1);
    ASSERT_EQ(changed.size(), 2); // the new tag record, then the contacts
    EXPECT_EQ(changed.at(1).at(1).toStringList().size(), 20);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM contact_tags WHERE tag = 'vip'")),
              20);
    QSqlQuery label(db->connection());
    ASSERT_TRUE(label.exec(QStringLiteral("SELECT label FROM commands ORDER BY hlc DESC LIMIT 1")));
    ASSERT_TRUE(label.next());
    EXPECT_EQ(label.value(0).toString(), QStringLiteral("Add tag to 20 contacts"));
    // Field-level entries: the tags and the timestamp of each contact, the new tag's fields.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM changes WHERE entity = 'contact' "
                                         "AND field = 'tags' AND command_id = (SELECT id FROM "
                                         "commands ORDER BY hlc DESC LIMIT 1)")),
              20);
    auto c = store->contact(ids.first());
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->tags, (QStringList{QStringLiteral("stary"), QStringLiteral("VIP")}));
    // The search index knows the new tag.
    auto hits = store->search(QStringLiteral("vip"), 50);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 20);

    // Tagging again with other spelling changes nothing and logs nothing for contacts.
    ASSERT_TRUE(store->tagContacts(ids.mid(0, 5), QStringLiteral("vip")).ok());
    EXPECT_EQ(store->contact(ids.first())->tags.size(), 2);

    // Undo the no-op command, then the real one: every contact back as it was.
    ASSERT_TRUE(store->undoLast().ok());
    auto undone = store->undoLast();
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    EXPECT_EQ(*undone, QStringLiteral("Add tag to 20 contacts"));
    EXPECT_EQ(store->contact(ids.first())->tags, QStringList{QStringLiteral("stary")});
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM contact_tags WHERE tag = 'vip'")),
              0);
}

TEST_F(BulkTest, RemoveTagOwnerAndStage)
{
    const QStringList ids = addMany(10);
    ASSERT_TRUE(store->untagContacts(ids.mid(0, 4), QStringLiteral("STARY")).ok());
    EXPECT_TRUE(store->contact(ids.at(0))->tags.isEmpty());
    EXPECT_EQ(store->contact(ids.at(5))->tags, QStringList{QStringLiteral("stary")});
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM contact_tags")), 6);

    const QString me = store->profile().id;
    ASSERT_TRUE(store->setContactsOwner(ids, me).ok());
    EXPECT_EQ(store->contact(ids.at(9))->ownerId, me);
    auto bad = store->setContactsOwner(ids, QStringLiteral("no-such-user"));
    EXPECT_EQ(bad.code(), ErrorCode::Validation);
    EXPECT_EQ(bad.error().field, QStringLiteral("owner_id"));

    ASSERT_TRUE(store->setContactsLifecycle(ids.mid(2, 3), Lifecycle::Customer).ok());
    EXPECT_EQ(store->contact(ids.at(2))->lifecycle, Lifecycle::Customer);
    EXPECT_EQ(store->contact(ids.at(1))->lifecycle, Lifecycle::Lead);
    auto history = store->history(QStringLiteral("contact"), ids.at(2));
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().field, QStringLiteral("lifecycle"));
    EXPECT_EQ(history->last().label, QStringLiteral("Change lifecycle stage of 3 contacts"));

    ASSERT_TRUE(store->undoLast().ok());
    EXPECT_EQ(store->contact(ids.at(2))->lifecycle, Lifecycle::Lead);
    // An empty tag is refused with the field named.
    EXPECT_EQ(store->tagContacts(ids, QStringLiteral("  ")).error().field, QStringLiteral("tags"));
}

TEST_F(BulkTest, DeleteManyThenUndoRestoresThemAndTheirLinks)
{
    const QStringList ids = addMany(25);
    Pipeline p = makePipeline();
    Deal d;
    d.title = QStringLiteral("Dostawa");
    d.pipelineId = p.id;
    d.stageId = p.stages.first().id;
    d.contactId = ids.at(3);
    auto deal = store->createDeal(d);
    ASSERT_TRUE(deal.ok()) << deal.message().toStdString();

    const qint64 before = commands();
    QStringList doomed = ids.mid(0, 10);
    doomed << QStringLiteral("already-gone");
    ASSERT_TRUE(store->deleteContacts(doomed).ok());
    EXPECT_EQ(commands(), before + 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM contacts")), 15);
    EXPECT_TRUE(store->deal(deal->id)->contactId.isEmpty());
    EXPECT_TRUE(store->search(QStringLiteral("numer 3"), 5)->isEmpty());

    auto undone = store->undoLast();
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    EXPECT_EQ(*undone, QStringLiteral("Delete 11 contacts"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM contacts")), 25);
    EXPECT_EQ(store->deal(deal->id)->contactId, ids.at(3));
    EXPECT_EQ(store->contact(ids.at(0))->tags, QStringList{QStringLiteral("stary")});
    EXPECT_FALSE(store->search(QStringLiteral("numer 3"), 5)->isEmpty());
}

TEST_F(BulkTest, CompaniesChangeOwnerAndDelete)
{
    Company a;
    a.name = QStringLiteral("Alfa");
    Company b;
    b.name = QStringLiteral("Beta");
    auto alfa = store->createCompany(a);
    auto beta = store->createCompany(b);
    ASSERT_TRUE(alfa && beta);
    Contact worker = person(QStringLiteral("Ewa"), QStringLiteral("Lis"));
    worker.companyId = alfa->id;
    auto ewa = store->createContact(worker);
    ASSERT_TRUE(ewa.ok());
    ASSERT_TRUE(store->setCompaniesOwner({alfa->id, beta->id}, store->profile().id).ok());
    EXPECT_EQ(store->company(beta->id)->ownerId, store->profile().id);
    ASSERT_TRUE(store->deleteCompanies({alfa->id, beta->id}).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM companies")), 0);
    EXPECT_TRUE(store->contact(ewa->id)->companyId.isEmpty());
    ASSERT_TRUE(store->undoLast().ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM companies")), 2);
    EXPECT_EQ(store->contact(ewa->id)->companyId, alfa->id);
}

TEST_F(BulkTest, SegmentsAreRecordsWithHistoryAndUndo)
{
    store::ListQuery q;
    q.filter.tags = {QStringLiteral("VIP")};
    Segment s;
    s.entity = QStringLiteral("contact");
    s.name = QStringLiteral("  Klienci VIP ");
    s.query = q.toJson();
    auto created = store->createSegment(s);
    ASSERT_TRUE(created.ok()) << created.message().toStdString();
    EXPECT_EQ(created->name, QStringLiteral("Klienci VIP"));
    Segment second = s;
    second.name = QStringLiteral("Firmy");
    second.entity = QStringLiteral("company");
    ASSERT_TRUE(store->createSegment(second).ok());

    auto contactsOnly = store->segments(QStringLiteral("contact"));
    ASSERT_TRUE(contactsOnly.ok());
    ASSERT_EQ(contactsOnly->size(), 1);
    EXPECT_EQ(store::ListQuery::fromJson(store::ListEntity::Contacts, contactsOnly->at(0).query),
              q);
    EXPECT_EQ(store->segments()->size(), 2);

    ASSERT_TRUE(store->renameSegment(created->id, QStringLiteral("VIP")).ok());
    EXPECT_EQ(store->segments(QStringLiteral("contact"))->at(0).name, QStringLiteral("VIP"));
    EXPECT_EQ(store->renameSegment(created->id, QString()).code(), ErrorCode::Validation);
    auto history = store->history(QStringLiteral("segment"), created->id);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().newValue.toString(), QStringLiteral("VIP"));

    ASSERT_TRUE(store->deleteSegment(created->id).ok());
    EXPECT_TRUE(store->segments(QStringLiteral("contact"))->isEmpty());
    ASSERT_TRUE(store->undoLast().ok());
    ASSERT_EQ(store->segments(QStringLiteral("contact"))->size(), 1);
    EXPECT_EQ(store->segments(QStringLiteral("contact"))->at(0).name, QStringLiteral("VIP"));
    Segment bad = s;
    bad.entity = QStringLiteral("deal");
    EXPECT_EQ(store->createSegment(bad).code(), ErrorCode::Usage);
}
