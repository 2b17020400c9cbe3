// End to end on loopback: real desktops (SQLCipher databases, Store, SyncEngine over HTTPS) and
// the real baza-server on a real PostgreSQL. Edits made on both sides converge; the value that
// lost is listed on the device that made it and can be restored; a server killed under a push
// loses and duplicates nothing.
#include "Desktop.h"
#include "ServerTestEnv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>

using namespace baza;
using namespace baza::test;

namespace {

const auto* const g_env = ::testing::AddGlobalTestEnvironment(new SharedServerTeardown);

QString orgWith(std::initializer_list<std::pair<const char*, const char*>> users)
{
    const QString org = uniqueOrg();
    for (const auto& [login, role] : users)
        EXPECT_FALSE(
            sharedServer().addUser(org, QLatin1String(login), QLatin1String(role)).isEmpty());
    return org;
}

void later()
{
    QThread::msleep(3); // the next edit gets a later clock
}

} // namespace

TEST(EndToEnd, EditsOnBothSidesConvergeAndTheLoserCanBeRestored)
{
    ServerFixture& f = sharedServer();
    const QString org = orgWith({{"anna", "sales"}, {"ben", "sales"}});
    Desktop a(QStringLiteral("anna"), f.caCert());
    Desktop b(QStringLiteral("ben"), f.caCert());
    ASSERT_EQ(a.connectTo(f, org, QStringLiteral("anna")), QString());
    ASSERT_EQ(b.connectTo(f, org, QStringLiteral("ben")), QString());

    domain::Contact jan;
    jan.firstName = QStringLiteral("Jan");
    jan.lastName = QStringLiteral("Kowalski");
    jan.title = QStringLiteral("Kierownik");
    auto created = a.store().createContact(jan);
    ASSERT_TRUE(created.ok());
    const QString id = created->id;
    ASSERT_EQ(a.sync(), QString());
    ASSERT_EQ(b.sync(), QString());
    ASSERT_EQ(b.record(QStringLiteral("contact"), id).value(QStringLiteral("last_name")),
              QStringLiteral("Kowalski"));

    // Both work offline. Different fields: both kept. The same field: the later edit wins.
    auto onA = a.store().contact(id);
    onA->address.city = QStringLiteral("Gdańsk");
    onA->lastName = QStringLiteral("Kowalski-Nowak");
    ASSERT_TRUE(a.store().updateContact(*onA).ok());
    later();
    auto onB = b.store().contact(id);
    onB->phones.append({QStringLiteral("work"), QStringLiteral("+48 58 123 45 67")});
    onB->lastName = QStringLiteral("Nowak");
    onB->title = QStringLiteral("Prezes");
    ASSERT_TRUE(b.store().updateContact(*onB).ok());
    // Anna's surname reaches the server first; Ben's newer one will replace it there although
    // its writer never saw it.
    ASSERT_EQ(a.sync(), QString());
    later();
    onA = a.store().contact(id);
    onA->title = QStringLiteral("Dyrektor"); // newer than Ben's title, and on the server first
    ASSERT_TRUE(a.store().updateContact(*onA).ok());
    ASSERT_EQ(a.sync(), QString());
    ASSERT_EQ(b.sync(), QString()); // Ben's title arrives late and older: stale
    ASSERT_EQ(a.sync(), QString());
    ASSERT_EQ(b.sync(), QString());

    const QVariantMap ra = a.record(QStringLiteral("contact"), id);
    const QVariantMap rb = b.record(QStringLiteral("contact"), id);
    EXPECT_EQ(ra, rb);
    EXPECT_EQ(ra.value(QStringLiteral("city")), QStringLiteral("Gdańsk"));
    EXPECT_TRUE(ra.value(QStringLiteral("phones")).toString().contains(QLatin1String("123 45")));
    EXPECT_EQ(ra.value(QStringLiteral("last_name")), QStringLiteral("Nowak"));
    EXPECT_EQ(ra.value(QStringLiteral("title")), QStringLiteral("Dyrektor"));

    // Each side lists what it lost, with the winner and who wrote it.
    auto lostA = a.store().overwrittenValues();
    ASSERT_TRUE(lostA.ok());
    ASSERT_EQ(lostA->size(), 1);
    EXPECT_EQ(lostA->first().field, QStringLiteral("last_name"));
    EXPECT_EQ(lostA->first().localValue.toString(), QStringLiteral("Kowalski-Nowak"));
    EXPECT_EQ(lostA->first().winningValue.toString(), QStringLiteral("Nowak"));
    EXPECT_EQ(lostA->first().winningUserName, QStringLiteral("ben"));
    EXPECT_EQ(lostA->first().recordName, QStringLiteral("Jan Nowak"));
    auto lostB = b.store().overwrittenValues();
    ASSERT_TRUE(lostB.ok());

    ASSERT_EQ(lostB->size(), 1);
    EXPECT_EQ(lostB->first().field, QStringLiteral("title"));
    EXPECT_EQ(lostB->first().localValue.toString(), QStringLiteral("Prezes"));
    EXPECT_EQ(lostB->first().winningValue.toString(), QStringLiteral("Dyrektor"));

    // Anna restores her surname: a new change, newer than Ben's, so it wins everywhere, and Ben
    // (who had seen his own value replaced knowingly) has nothing new in his list.
    ASSERT_TRUE(a.store().restoreOverwritten(lostA->first().id).ok());
    ASSERT_EQ(a.sync(), QString());
    ASSERT_EQ(b.sync(), QString());
    EXPECT_EQ(b.record(QStringLiteral("contact"), id).value(QStringLiteral("last_name")),
              QStringLiteral("Kowalski-Nowak"));
    EXPECT_EQ(a.record(QStringLiteral("contact"), id), b.record(QStringLiteral("contact"), id));
    EXPECT_EQ(b.store().overwrittenValues()->size(), 1);
    EXPECT_EQ(a.pending(), 0);
    EXPECT_EQ(b.pending(), 0);
}

// kill -9 of the server while a desktop's push is on the wire or being applied, then the
// server back on the same address: the desktop resends, and every record exists once.
TEST(EndToEnd, AServerKilledMidPushLosesAndDuplicatesNothing)
{
    ServerFixture& f = sharedServer();
    const QString org = orgWith({{"kai", "sales"}, {"mia", "manager"}});
    Desktop a(QStringLiteral("kai"), f.caCert());
    ASSERT_EQ(a.connectTo(f, org, QStringLiteral("kai")), QString());
    constexpr int PerRound = 1500;
    int failedByKill = 0;
    for (int round = 0; round < 3; ++round) {
        QList<domain::Contact> batch;
        for (int i = 0; i < PerRound; ++i) {
            domain::Contact c;
            c.firstName = QStringLiteral("R%1-%2").arg(round).arg(i);
            c.lastName = QStringLiteral("Wiśniewska");
            c.title = QString(200, QLatin1Char('t'));
            batch << c;
        }
        ASSERT_TRUE(a.store().createContacts(batch).ok());
        a.startSync();
        QThread::msleep(40 + 80 * round); // on the wire, being applied, around the commit
        f.killServer();
        if (!a.finished().isEmpty())
            ++failedByKill;
        ASSERT_EQ(f.restartServer(), QString());
        QString error = a.sync();
        for (int retry = 0; !error.isEmpty() && retry < 3; ++retry)
            error = a.sync();
        ASSERT_EQ(error, QString());
        EXPECT_EQ(a.pending(), 0);
    }
    EXPECT_GE(failedByKill, 1) << "no kill hit a sync in flight";
    const QString device = a.device();
    EXPECT_EQ(f.sql(QStringLiteral("SELECT count(*), count(DISTINCT device_seq) FROM change_log "
                                   "WHERE device = '%1'")
                        .arg(device))
                  .value(0),
              QString::number(3 * PerRound));
    EXPECT_EQ(f.sql(QStringLiteral("SELECT count(*) FROM records r JOIN organizations o ON o.id = "
                                   "r.organization_id WHERE o.name = '%1' AND entity = 'contact'")
                        .arg(org))
                  .value(0),
              QString::number(3 * PerRound));

    // A second desktop bootstraps in pages of 400 (each page is requested before the one before
    // it is written). Its first sync is cancelled after some pages; the next one resumes from the
    // stored cursor. Exactly the same contacts arrive, once each.
    Desktop m(QStringLiteral("mia"), f.caCert());
    ASSERT_EQ(m.connectTo(f, org, QStringLiteral("mia")), QString());
    m.engine().setPullLimit(400);
    m.startSync();
    QElapsedTimer waited;
    waited.start();
    while (m.ids(QStringLiteral("contact")).size() < 1200 && waited.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    m.engine().abort();
    const QString cancelled = m.finished();
    const qsizetype partial = m.ids(QStringLiteral("contact")).size();
    if (partial < 3 * PerRound) {
        EXPECT_FALSE(cancelled.isEmpty()) << "cancelled part way but reported success";
    }
    EXPECT_EQ(m.store().syncValue(QStringLiteral("cursor")).toLongLong() > 0, true);
    ASSERT_EQ(m.sync(), QString());
    EXPECT_EQ(m.ids(QStringLiteral("contact")), a.ids(QStringLiteral("contact")));
    const QString one = a.ids(QStringLiteral("contact")).value(PerRound + 7);
    EXPECT_EQ(m.record(QStringLiteral("contact"), one), a.record(QStringLiteral("contact"), one));
}

// Cancelled with a received page not written yet (it waits in the event queue, here the only
// page of the sync): the sync ends as cancelled with nothing of the page written and the cursor
// where it was, and the next sync brings the page.
TEST(EndToEnd, ACancelWithAPageWaitingToBeWrittenDropsItAndTheNextSyncBringsIt)
{
    ServerFixture& f = sharedServer();
    const QString org = orgWith({{"ola", "sales"}, {"ula", "manager"}});
    Desktop a(QStringLiteral("ola"), f.caCert());
    ASSERT_EQ(a.connectTo(f, org, QStringLiteral("ola")), QString());
    QList<domain::Contact> batch;
    for (int i = 0; i < 30; ++i) {
        domain::Contact c;
        c.firstName = QStringLiteral("Ola%1").arg(i);
        c.lastName = QStringLiteral("Boznańska");
        batch << c;
    }
    ASSERT_TRUE(a.store().createContacts(batch).ok());
    ASSERT_EQ(a.sync(), QString());

    Desktop u(QStringLiteral("ula"), f.caCert());
    ASSERT_EQ(u.connectTo(f, org, QStringLiteral("ula")), QString());
    // Queued: it runs after the engine has taken the page and queued its writing, before that.
    bool cancelled = false;
    const QMetaObject::Connection hook = QObject::connect(
        &u.engine(), &sync::SyncEngine::pageReceived, &u.engine(),
        [&] {
            if (!cancelled) {
                cancelled = true;
                u.engine().abort();
            }
        },
        Qt::QueuedConnection);
    u.startSync();
    EXPECT_FALSE(u.finished().isEmpty()) << "the cancelled sync reported success";
    EXPECT_TRUE(cancelled);
    EXPECT_TRUE(u.ids(QStringLiteral("contact")).isEmpty());
    EXPECT_EQ(u.store().syncValue(QStringLiteral("cursor")).toLongLong(), 0);

    QObject::disconnect(hook);
    ASSERT_EQ(u.sync(), QString());
    EXPECT_EQ(u.ids(QStringLiteral("contact")), a.ids(QStringLiteral("contact")));
}
