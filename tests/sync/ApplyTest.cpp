// The client's apply path for pulled changes, against a real SQLCipher database.

#include "../store/StoreFixture.h"

#include "core/db/Migrations.h"
#include "core/store/Mapping.h"
#include "core/sync/SyncClient.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace baza;
using namespace baza::sync;

namespace {

const QString OtherDevice = QStringLiteral("01a20000-0000-7000-8000-00000000beef");

QString hlcAt(qint64 ms, const QString& device = OtherDevice)
{
    return changes::Hlc{ms, 0, device}.toString();
}

Change remoteInsert(const QString& entity, const QString& id, QVariantMap fields, qint64 ms,
                    qint64 version)
{
    Change c;
    c.version = version;
    c.device = OtherDevice;
    c.commandId = QStringLiteral("cmd-%1").arg(version);
    c.entity = entity;
    c.entityId = id;
    c.op = Op::Insert;
    fields.insert(QStringLiteral("created_at"), QStringLiteral("2024-01-01T00:00:00.000Z"));
    fields.insert(QStringLiteral("updated_at"), QStringLiteral("2024-01-01T00:00:00.000Z"));
    c.fields = fields;
    c.hlc = hlcAt(ms);
    c.userId = QStringLiteral("u-other");
    c.label = QStringLiteral("Add");
    return c;
}

Change remoteUpdate(const QString& entity, const QString& id, const QString& field,
                    const QVariant& value, qint64 ms, qint64 version)
{
    Change c;
    c.version = version;
    c.device = OtherDevice;
    c.commandId = QStringLiteral("cmd-%1").arg(version);
    c.entity = entity;
    c.entityId = id;
    c.op = Op::Update;
    c.field = field;
    c.value = value;
    c.hlc = hlcAt(ms);
    c.label = QStringLiteral("Edit");
    return c;
}

} // namespace

class SyncApply : public StoreFixture
{
protected:
    // `n` new people from another device, versions from `firstVersion` on.
    PullResponse newPeople(int from, int n, qint64 firstVersion, bool more)
    {
        PullResponse page;
        for (int i = from; i < from + n; ++i) {
            domain::Contact c = person(QStringLiteral("Jan%1").arg(i),
                                       i % 2 ? QStringLiteral("Żak") : QStringLiteral("Ёлкин"),
                                       QStringLiteral("p%1@example.pl").arg(i));
            c.address.city = i % 3 ? QStringLiteral("Łódź") : QStringLiteral("Kraków");
            c.tags = {QStringLiteral("vip")};
            page.changes << remoteInsert(
                QStringLiteral("contact"), QStringLiteral("c-%1").arg(i, 5, 10, QLatin1Char('0')),
                store::toFields(c), now() - 60'000, firstVersion + (i - from));
        }
        page.cursor = firstVersion + n - 1;
        page.more = more;
        return page;
    }
    QStringList schema()
    {
        QStringList out;
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
        while (q.next())
            out << q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString();
        return out;
    }
    bool deferred()
    {
        QSqlDatabase c = db->connection();
        return db::indexesDeferred(c);
    }
    int count(const QString& sql)
    {
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    qint64 now() const { return QDateTime::currentMSecsSinceEpoch(); }
};

TEST_F(SyncApply, LinksWaitForTheirTargetAndRemoteRowsAreNotPushedOrUndone)
{
    SyncClient client(*store);
    QSignalSpy changed(store.get(), &store::Store::changed);
    const qint64 t = now() - 60'000;
    // The contact arrives before its company.
    PullResponse page;
    page.changes << remoteInsert(QStringLiteral("contact"), QStringLiteral("c-1"),
                                 {{QStringLiteral("first_name"), QStringLiteral("Łucja")},
                                  {QStringLiteral("company_id"), QStringLiteral("co-1")}},
                                 t, 1);
    page.cursor = 1;
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_TRUE(client.counts().problems.isEmpty())
        << client.counts().problems.join(u';').toStdString();
    auto c = store->contact(QStringLiteral("c-1"));
    ASSERT_TRUE(c.ok()) << c.message().toStdString();
    EXPECT_TRUE(c->companyId.isEmpty()); // not here yet
    EXPECT_TRUE(db->verify().ok());
    EXPECT_GE(changed.count(), 1);

    page.changes = {remoteInsert(QStringLiteral("company"), QStringLiteral("co-1"),
                                 {{QStringLiteral("name"), QStringLiteral("Młyny")}}, t + 1, 2)};
    page.cursor = 2;
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_EQ(store->contact(QStringLiteral("c-1"))->companyId, QStringLiteral("co-1"));
    EXPECT_EQ(client.cursor(), 2);
    // Found by its company's name once the company is here.
    auto hits = store->search(QStringLiteral("mlyny"));
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 2);

    // Remote rows are history, not this device's outbox, and not its undo.
    auto outbox = store->outbox(100);
    ASSERT_TRUE(outbox.ok());
    for (const Change& ch : *outbox)
        EXPECT_NE(ch.entityId, QStringLiteral("c-1"));
    auto undone = store->undoLast();
    EXPECT_FALSE(undone.ok() &&
                 store->contact(QStringLiteral("c-1")).code() == ErrorCode::NotFound);
    EXPECT_TRUE(store->contact(QStringLiteral("c-1")).ok());
    auto history = store->history(QStringLiteral("contact"), QStringLiteral("c-1"));
    ASSERT_TRUE(history.ok());
    EXPECT_FALSE(history->isEmpty());

    // Applying the same page again changes nothing (a lost answer re-pulled).
    const int rows = count(QStringLiteral("SELECT count(*) FROM changes"));
    page.changes = {remoteInsert(QStringLiteral("company"), QStringLiteral("co-1"),
                                 {{QStringLiteral("name"), QStringLiteral("Młyny")}}, t + 1, 2)};
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_EQ(store->company(QStringLiteral("co-1"))->name, QStringLiteral("Młyny"));
    EXPECT_LE(count(QStringLiteral("SELECT count(*) FROM changes")), rows + 3);
}

TEST_F(SyncApply, PendingLocalValueWinsOverOlderAndIsRecordedWhenANewerOneWins)
{
    SyncClient client(*store);
    const QString id = addContact(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    auto c = store->contact(id);
    c->title = QStringLiteral("CEO");
    ASSERT_TRUE(store->updateContact(*c).ok());

    // An older remote title loses against the pending local one.
    PullResponse page;
    page.changes << remoteUpdate(QStringLiteral("contact"), id, QStringLiteral("title"),
                                 QStringLiteral("Intern"), now() - 3'600'000, 1);
    page.cursor = 1;
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_EQ(store->contact(id)->title, QStringLiteral("CEO"));
    EXPECT_EQ(client.counts().conflicts, 0);

    // A newer one wins, and our value is listed.
    const qint64 winnerMs = now() + 60'000;
    page.changes = {remoteUpdate(QStringLiteral("contact"), id, QStringLiteral("title"),
                                 QStringLiteral("CFO"), winnerMs, 2)};
    page.cursor = 2;
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_EQ(store->contact(id)->title, QStringLiteral("CFO"));
    EXPECT_EQ(client.counts().conflicts, 1);
    auto lost = store->overwrittenValues();
    ASSERT_TRUE(lost.ok());
    ASSERT_EQ(lost->size(), 1);
    EXPECT_EQ(lost->first().field, QStringLiteral("title"));
    EXPECT_EQ(lost->first().localValue.toString(), QStringLiteral("CEO"));
    EXPECT_EQ(lost->first().winningValue.toString(), QStringLiteral("CFO"));
    EXPECT_EQ(lost->first().recordName, QStringLiteral("Anna Nowak"));

    // Restore writes ours again as a new change, newer than the winner, and it is pushed.
    ASSERT_TRUE(store->restoreOverwritten(lost->first().id).ok());
    EXPECT_EQ(store->contact(id)->title, QStringLiteral("CEO"));
    auto outbox = store->outbox(100);
    ASSERT_TRUE(outbox.ok());
    ASSERT_FALSE(outbox->isEmpty());
    const Change& last = outbox->last();
    EXPECT_EQ(last.op, Op::Update);
    EXPECT_GT(last.hlc, hlcAt(winnerMs));
    EXPECT_TRUE(store->overwrittenValues()->first().restored);
}

TEST_F(SyncApply, OwnChangesComingBackAreNotPushedAgainAndHiddenRecordsLeave)
{
    SyncClient client(*store);
    const QString id = addContact(QStringLiteral("Ola"), QStringLiteral("Zając"));
    auto push = client.nextPush();
    ASSERT_TRUE(push.ok());
    ASSERT_FALSE(push->changes.isEmpty());
    // The server applies everything and hands it back on the next pull.
    PushResponse ack;
    ack.ackedDeviceSeq = push->changes.last().deviceSeq;
    for (const Change& ch : push->changes)
        ack.results << PushResult{ch.deviceSeq, PushStatus::Applied, {}};
    ASSERT_TRUE(client.handlePushResponse(*push, ack).ok());
    PullResponse echo;
    qint64 v = 0;
    for (Change ch : push->changes) {
        ch.version = ++v;
        ch.device = store->deviceId();
        echo.changes << ch;
    }
    echo.cursor = v;
    ASSERT_TRUE(client.handlePullResponse(echo).ok());
    EXPECT_TRUE(client.counts().problems.isEmpty());
    auto again = client.nextPush();
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->changes.isEmpty());
    EXPECT_EQ(*store->pendingChangeCount(), 0);

    // Hidden: gone locally, without a deletion in the log (nothing to push).
    Change hide;
    hide.op = Op::Hide;
    hide.entity = QStringLiteral("contact");
    hide.entityId = id;
    hide.version = v + 1;
    PullResponse page;
    page.changes << hide;
    page.cursor = v + 1;
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_EQ(store->contact(id).code(), ErrorCode::NotFound);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM changes WHERE op = 'delete'")), 0);
    EXPECT_TRUE(client.nextPush()->changes.isEmpty());
}

TEST_F(SyncApply, ConnectingMakesTheProfileTheServerUser)
{
    const QString id = addContact(QStringLiteral("Ola"), QStringLiteral("Zając"));
    auto c = store->contact(id);
    c->ownerId = store->profile().id;
    ASSERT_TRUE(store->updateContact(*c).ok());
    const QString local = store->profile().id;
    ASSERT_TRUE(
        store
            ->adoptServerIdentity(QStringLiteral("srv-ola"),
                                  {{QStringLiteral("srv-ola"), QStringLiteral("Ola Z."), {}},
                                   {QStringLiteral("srv-jan"), QStringLiteral("Jan"), {}}})
            .ok());
    EXPECT_EQ(store->profile().id, QStringLiteral("srv-ola"));
    EXPECT_EQ(store->profile().name, QStringLiteral("Ola Z."));
    EXPECT_EQ(store->contact(id)->ownerId, QStringLiteral("srv-ola"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM changes WHERE user_id = '%1'").arg(local)),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM users")), 2);
    // Everything pushed to the new server carries the server user.
    auto outbox = store->outbox(100);
    ASSERT_TRUE(outbox.ok());
    ASSERT_FALSE(outbox->isEmpty());
    for (const Change& ch : *outbox) {
        EXPECT_EQ(ch.userId, QStringLiteral("srv-ola"));
        EXPECT_NE(ch.entity, QStringLiteral("user"));
        EXPECT_NE(ch.value.toString(), local);
    }
    // The profile survives a restart as the server user.
    store::Store again(*db);
    ASSERT_TRUE(again.initialize().ok());
    EXPECT_EQ(again.profile().id, QStringLiteral("srv-ola"));
}

// Our value reached the server first; then another device, which never saw it, replaced it
// (the pulled edit's `old` is not our value): ours was overwritten and is listed. An edit made
// by someone who saw our value is an ordinary later edit.
TEST_F(SyncApply, AnAcknowledgedValueReplacedByAnEditThatNeverSawItIsListed)
{
    SyncClient client(*store);
    const QString id = addContact(QStringLiteral("Anna"), QStringLiteral("Nowak"));
    auto acknowledgeAll = [&] {
        auto push = client.nextPush();
        ASSERT_TRUE(push.ok());
        PushResponse ack;
        ack.ackedDeviceSeq = push->changes.last().deviceSeq;
        for (const Change& ch : push->changes)
            ack.results << PushResult{ch.deviceSeq, PushStatus::Applied, {}};
        ASSERT_TRUE(client.handlePushResponse(*push, ack).ok());
    };
    auto c = store->contact(id);
    c->title = QStringLiteral("CEO");
    ASSERT_TRUE(store->updateContact(*c).ok());
    acknowledgeAll();
    ASSERT_EQ(*store->pendingChangeCount(), 0);

    Change concurrent = remoteUpdate(QStringLiteral("contact"), id, QStringLiteral("title"),
                                     QStringLiteral("CFO"), now() + 1000, 1);
    concurrent.hasOld = true; // the writer replaced nothing: it never saw "CEO"
    PullResponse page;
    page.changes << concurrent;
    page.cursor = 1;
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_EQ(store->contact(id)->title, QStringLiteral("CFO"));
    EXPECT_EQ(client.counts().conflicts, 1);
    auto lost = store->overwrittenValues();
    ASSERT_TRUE(lost.ok());
    ASSERT_EQ(lost->size(), 1);
    EXPECT_EQ(lost->first().localValue.toString(), QStringLiteral("CEO"));
    EXPECT_EQ(lost->first().winningValue.toString(), QStringLiteral("CFO"));

    // Ours again, acknowledged; the next editor had seen it: nothing new in the list.
    ASSERT_TRUE(store->restoreOverwritten(lost->first().id).ok());
    acknowledgeAll();
    Change later = remoteUpdate(QStringLiteral("contact"), id, QStringLiteral("title"),
                                QStringLiteral("CTO"), now() + 5000, 2);
    later.hasOld = true;
    later.oldValue = QStringLiteral("CEO");
    page.changes = {later};
    page.cursor = 2;
    client.resetCounts();
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_EQ(store->contact(id)->title, QStringLiteral("CTO"));
    EXPECT_EQ(client.counts().conflicts, 0);
    EXPECT_EQ(store->overwrittenValues()->size(), 1);
}

// A hidden contact takes what cannot exist without it (its consents) along, unlogged.
TEST_F(SyncApply, HidingARecordRemovesWhatBelongsToIt)
{
    SyncClient client(*store);
    const QString id = addContact(QStringLiteral("Ola"), QStringLiteral("Zając"));
    domain::Consent consent;
    consent.contactId = id;
    consent.channel = QStringLiteral("email");
    consent.purpose = QStringLiteral("newsletter");
    consent.status = QStringLiteral("granted");
    consent.decidedAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(store->addConsent(consent).ok());
    const int logged = count(QStringLiteral("SELECT count(*) FROM changes"));
    Change hide;
    hide.op = Op::Hide;
    hide.entity = QStringLiteral("contact");
    hide.entityId = id;
    hide.version = 1;
    PullResponse page;
    page.changes << hide;
    page.cursor = 1;
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_TRUE(client.counts().problems.isEmpty())
        << client.counts().problems.join(u';').toStdString();
    EXPECT_EQ(store->contact(id).code(), ErrorCode::NotFound);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM consents")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM changes")), logged);
}

// Another device may send an email entry with no address; the record still arrives whole.
TEST_F(SyncApply, APulledContactWithABlankEmailEntryIsAppliedWithoutThatChannel)
{
    SyncClient client(*store);
    PullResponse page;
    page.changes << remoteInsert(
        QStringLiteral("contact"), QStringLiteral("blank-1"),
        {{QStringLiteral("first_name"), QStringLiteral("Irena")},
         {QStringLiteral("last_name"), QStringLiteral("Sendler")},
         {QStringLiteral("emails"),
          QStringLiteral("[{\"label\":\"work\",\"value\":\"\"},"
                         "{\"label\":\"home\",\"value\":\"irena@example.com\"}]")}},
        now() - 60'000, 1);
    page.cursor = 1;
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_TRUE(client.counts().problems.isEmpty())
        << client.counts().problems.join(u';').toStdString();
    auto contact = store->contact(QStringLiteral("blank-1"));
    ASSERT_TRUE(contact.ok()) << contact.message().toStdString();
    EXPECT_EQ(contact->lastName, QStringLiteral("Sendler"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contact_channels WHERE contact_id = "
                                   "'blank-1'")),
              1);
}

TEST_F(SyncApply, ABootstrapPageWritesNewRecordsOnceWithTheirSearchAndChannels)
{
    SyncClient client(*store);
    const qint64 t = now() - 60'000;
    PullResponse page;
    for (int i = 0; i < 3; ++i)
        page.changes << remoteInsert(
            QStringLiteral("contact"), QStringLiteral("b-%1").arg(i),
            {{QStringLiteral("first_name"), QStringLiteral("Zofia%1").arg(i)},
             {QStringLiteral("last_name"), QStringLiteral("Wierzbicka")},
             {QStringLiteral("city"), QStringLiteral("Gdańsk")},
             {QStringLiteral("emails"),
              QStringLiteral("[{\"label\":\"work\",\"value\":\"zofia%1@example.com\"}]").arg(i)},
             {QStringLiteral("tags"), QStringLiteral("[\"vip\"]")}},
            t + i, i + 1);
    // The same page edits one of them after its insert (its clock was prefetched as empty).
    page.changes << remoteUpdate(QStringLiteral("contact"), QStringLiteral("b-1"),
                                 QStringLiteral("city"), QStringLiteral("Sopot"), t + 10, 4);
    page.cursor = 4;
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    EXPECT_TRUE(client.counts().problems.isEmpty())
        << client.counts().problems.join(u';').toStdString();

    // One compact log row per new record (plus the edit), not one per field.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM changes WHERE op = 'insert' AND "
                                   "entity = 'contact'")),
              3);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM changes WHERE op = 'insert' AND "
                                   "field IS NULL AND new_value LIKE '%Wierzbicka%'")),
              3);
    EXPECT_EQ(store->contact(QStringLiteral("b-1"))->address.city, QStringLiteral("Sopot"));
    // Derived data written from the values in hand: search, channels, tags.
    auto byMail = store->search(QStringLiteral("zofia2@example.com"));
    ASSERT_TRUE(byMail.ok());
    ASSERT_EQ(byMail->size(), 1);
    EXPECT_EQ(byMail->first().id, QStringLiteral("b-2"));
    auto byCity = store->search(QStringLiteral("sopot"));
    ASSERT_TRUE(byCity.ok());
    EXPECT_EQ(byCity->size(), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contact_channels WHERE kind = 'email'")),
              3);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contact_tags WHERE tag = 'vip'")), 3);
    auto history = store->history(QStringLiteral("contact"), QStringLiteral("b-0"));
    ASSERT_TRUE(history.ok());
    EXPECT_FALSE(history->isEmpty());
    EXPECT_TRUE(db->verify().ok());

    // A later edit on this device after the bootstrap is pushed as usual.
    auto edited = store->contact(QStringLiteral("b-0"));
    ASSERT_TRUE(edited.ok());
    edited->title = QStringLiteral("CEO");
    ASSERT_TRUE(store->updateContact(*edited).ok());
    auto push = client.nextPush();
    ASSERT_TRUE(push.ok());
    bool pushed = false;
    for (const Change& ch : push->changes)
        pushed = pushed ||
                 (ch.entityId == QStringLiteral("b-0") && ch.field == QStringLiteral("title") &&
                  ch.value.toString() == QStringLiteral("CEO"));
    EXPECT_TRUE(pushed);
}

// A page is written whole, and again change by change when one of its changes cannot be applied:
// that one is skipped and reported, and everything around it arrives with its search entries.
TEST_F(SyncApply, AChangeThatCannotBeAppliedIsSkippedAndTheRestOfItsPageArrives)
{
    SyncClient client(*store);
    const qint64 t = now() - 60'000;
    PullResponse page;
    page.changes << remoteInsert(QStringLiteral("contact"), QStringLiteral("ok-1"),
                                 {{QStringLiteral("first_name"), QStringLiteral("Halina")},
                                  {QStringLiteral("last_name"), QStringLiteral("Poświatowska")}},
                                 t, 1);
    // A task without its required title breaks a NOT NULL constraint.
    page.changes << remoteInsert(QStringLiteral("task"), QStringLiteral("bad-task"),
                                 {{QStringLiteral("contact_id"), QStringLiteral("ok-1")}}, t + 1,
                                 2);
    page.changes << remoteInsert(QStringLiteral("contact"), QStringLiteral("ok-2"),
                                 {{QStringLiteral("first_name"), QStringLiteral("Wisława")},
                                  {QStringLiteral("last_name"), QStringLiteral("Szymborska")}},
                                 t + 2, 3);
    page.changes << remoteUpdate(QStringLiteral("contact"), QStringLiteral("ok-1"),
                                 QStringLiteral("city"), QStringLiteral("Częstochowa"), t + 3, 4);
    page.cursor = 4;
    ASSERT_TRUE(client.handlePullResponse(page).ok());

    ASSERT_EQ(client.counts().problems.size(), 1)
        << client.counts().problems.join(u';').toStdString();
    EXPECT_TRUE(client.counts().problems.first().contains(QStringLiteral("bad-task")));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM tasks")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contacts")), 2);
    EXPECT_EQ(store->contact(QStringLiteral("ok-1"))->address.city, QStringLiteral("Częstochowa"));
    // Written once: the first, whole attempt left nothing behind.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM changes WHERE entity = 'contact' AND "
                                   "op = 'insert'")),
              2);
    auto found = store->search(QStringLiteral("szymborska"));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().id, QStringLiteral("ok-2"));
    EXPECT_EQ(client.cursor(), 4);
    EXPECT_TRUE(db->verify().ok());
}

// A failure of this computer (here a full disk) is not a bad change: nothing of the page is
// skipped, the cursor stays, and the page arrives once there is room again.
TEST_F(SyncApply, APageThatFailsForLackOfSpaceIsNotSkippedAndArrivesLater)
{
    SyncClient client(*store);
    const qint64 t = now() - 60'000;
    PullResponse page;
    // A bad change first: the page goes again change by change (each in a savepoint), and it is
    // there that the disk fills up.
    page.changes << remoteInsert(QStringLiteral("task"), QStringLiteral("bad-task"), {}, t - 1, 1);
    for (int i = 0; i < 400; ++i)
        page.changes << remoteInsert(
            QStringLiteral("contact"), QStringLiteral("full-%1").arg(i),
            {{QStringLiteral("first_name"), QStringLiteral("Maria%1").arg(i)},
             {QStringLiteral("last_name"), QStringLiteral("Konopnicka")},
             {QStringLiteral("title"), QString(300, QLatin1Char('x'))}},
            t + i, i + 2);
    page.cursor = 401;
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const qint64 pages = q.value(0).toLongLong();
    q.finish();
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 20)));
    q.finish();

    EXPECT_FALSE(client.handlePullResponse(page).ok());
    EXPECT_TRUE(client.counts().problems.isEmpty())
        << client.counts().problems.join(u';').toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contacts")), 0);
    EXPECT_EQ(client.cursor(), 0);

    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    q.finish();
    ASSERT_TRUE(client.handlePullResponse(page).ok());
    ASSERT_EQ(client.counts().problems.size(), 1) // the bad task, and only it
        << client.counts().problems.join(u';').toStdString();
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contacts")), 400);
    EXPECT_EQ(client.cursor(), 401);
    EXPECT_TRUE(db->verify().ok());
}

TEST_F(SyncApply, AFirstSyncOfManyRecordsBuildsItsReadIndexesOnceWhenThePullEnds)
{
    const QStringList whole = schema();
    SyncClient client(*store);
    ASSERT_TRUE(client.handlePullResponse(newPeople(0, 1000, 1, true)).ok());
    EXPECT_TRUE(client.counts().problems.isEmpty());
    // Between pages, the indexes by name, city, address and tag are not there…
    EXPECT_TRUE(deferred());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                   "('contacts_name', 'contacts_city', 'contact_channels_value', "
                                   "'contact_tags_tag')")),
              0);
    // …and yet everything reads right, only slower.
    EXPECT_EQ(store->contact(QStringLiteral("c-00007"))->emails.value(0).address,
              QStringLiteral("p7@example.pl"));
    auto hits = store->search(QStringLiteral("jan999"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->value(0).id, QStringLiteral("c-00999"));

    // The next page edits a record of the first one, whose lookup rows are rewritten.
    PullResponse next = newPeople(1000, 5, 1001, false);
    next.changes << remoteUpdate(QStringLiteral("contact"), QStringLiteral("c-00003"),
                                 QStringLiteral("emails"),
                                 store::toFields(person({}, {}, QStringLiteral("nowy@example.pl")))
                                     .value(QStringLiteral("emails")),
                                 now() - 30'000, 1006);
    next.cursor = 1006;
    ASSERT_TRUE(client.handlePullResponse(next).ok());
    EXPECT_TRUE(deferred()); // until the pull ends

    ASSERT_TRUE(client.finishPull().ok());
    EXPECT_FALSE(deferred());
    EXPECT_EQ(schema(), whole);
    EXPECT_TRUE(db->verify().ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contacts")), 1005);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contact_channels WHERE kind = 'email' "
                                   "AND value = 'p3@example.pl'")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contact_channels WHERE kind = 'email' "
                                   "AND value = 'nowy@example.pl'")),
              1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contact_tags WHERE tag = 'vip'")), 1005);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contacts WHERE city = 'Kraków' COLLATE "
                                   "NOCASE")),
              335);
    // Ending again is a no-op.
    EXPECT_TRUE(client.finishPull().ok());
}

TEST_F(SyncApply, SmallFirstSyncsAndFilesWithRecordsKeepTheirIndexes)
{
    const QStringList whole = schema();
    {
        // A first sync that is one page: nothing to gain.
        SyncClient client(*store);
        ASSERT_TRUE(client.handlePullResponse(newPeople(0, 1000, 1, false)).ok());
        EXPECT_FALSE(deferred());
        EXPECT_EQ(schema(), whole);
    }
    // Connected to another server: a first sync again, into a file that holds as many records
    // as the page brings (building its indexes again would cost more than it saves).
    ASSERT_TRUE(store->setSyncValues({{QStringLiteral("cursor"), QVariant()}}).ok());
    SyncClient client(*store);
    ASSERT_EQ(client.cursor(), 0);
    ASSERT_TRUE(client.handlePullResponse(newPeople(2000, 1000, 1, true)).ok());
    EXPECT_FALSE(deferred());
    EXPECT_EQ(schema(), whole);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM contacts")), 2000);
}
