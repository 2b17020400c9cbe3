// Deterministic simulation of team sync: several clients, each a real SQLCipher database with
// its own Store, make random edits, deletes, merges and undos with skewed clocks, and sync with
// an in-process model server over a network that drops, duplicates and delays messages; clients
// crash between their local commit and the acknowledgement. After quiescence every replica must
// equal the server and no acknowledged write may be lost.
//
// BAZA_SIM_SEEDS=n runs n seeds (default 200); BAZA_SIM_SEED=s runs only seed s (a failure
// prints its seed).

#include "ModelServer.h"
#include "TestSupport.h"

#include "core/db/Database.h"
#include "core/store/Entities.h"
#include "core/store/Store.h"
#include "core/sync/SyncClient.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <random>

using namespace baza;
using namespace baza::sync;

namespace {

constexpr int Clients = 3;

struct Client
{
    std::unique_ptr<db::Database> db;
    std::unique_ptr<store::Store> store;
    std::unique_ptr<SyncClient> sync;
    qint64 skewMs = 0;
    QString device;
};

struct Delayed
{
    int client;
    bool isPush;
    PushRequest push;
    PullResponse pull;
};

class Simulation
{
public:
    Simulation(quint32 seed, const QString& dir, const QList<QString>& templates,
               const db::SecretKey& key)
        : m_random(seed)
        , m_dir(dir)
    {
        m_server.nowMs = 1'700'000'000'000;
        for (int i = 0; i < Clients; ++i) {
            const QString path = dir + QStringLiteral("/client%1.baza").arg(i);
            QFile::remove(path);
            QFile::copy(templates.at(i), path);
            auto opened = db::Database::openWithKey(path, key.clone());
            if (!opened) {
                m_failure = opened.message();
                return;
            }
            Client c;
            c.db = std::move(*opened);
            QSqlQuery q(c.db->connection());
            q.exec(QStringLiteral("DELETE FROM meta WHERE key IN ('device_id', 'hlc_last')"));
            // Clocks disagree by up to a minute either way; one sometimes by an hour.
            c.skewMs = pick(-60'000, 60'000) + (chance(10) ? pick(-3'600'000, 3'600'000) : 0);
            m_clients.push_back(std::move(c));
            restart(i);
        }
    }

    QString failure() const { return m_failure; }

    void run(int steps)
    {
        for (int step = 0; step < steps && m_failure.isEmpty(); ++step) {
            m_server.nowMs += pick(1, 2000);
            const int who = pick(0, Clients - 1);
            const int what = pick(0, 99);
            if (what < 55)
                edit(who);
            else if (what < 70)
                push(who, true);
            else if (what < 85)
                pull(who, true);
            else if (what < 90)
                restart(who); // crash: in-memory state gone, the database as committed
            else
                deliverDelayed();
        }
    }

    // Reliable network until nothing moves. Real time first passes every clock that was ahead:
    // the server holds back changes stamped too far in its future until then.
    void quiesce()
    {
        m_delayed.clear();
        m_server.nowMs += 2 * 3'600'000;
        for (int round = 0; round < 4 && m_failure.isEmpty(); ++round) {
            for (int i = 0; i < Clients; ++i) {
                for (int guard = 0; guard < 1000 && m_failure.isEmpty(); ++guard) {
                    if (!push(i, false))
                        break;
                }
                for (int guard = 0; guard < 1000 && m_failure.isEmpty(); ++guard) {
                    if (!pull(i, false))
                        break;
                }
            }
        }
    }

    void check()
    {
        if (!m_failure.isEmpty())
            return;
        for (int i = 0; i < Clients; ++i) {
            auto pending = m_clients[i].store->pendingChangeCount();
            if (!pending || *pending != 0)
                return fail(QStringLiteral("client %1 still has %2 pending changes")
                                .arg(i)
                                .arg(pending ? *pending : -1));
        }
        for (const char* entity : {"company", "contact"})
            compare(QLatin1String(entity));
        // No acknowledged write lost: each applied write is still the field's value or was
        // overtaken by a newer one.
        for (const ModelServer::Write& w : m_server.appliedWrites()) {
            const auto r = m_server.records().value(qMakePair(w.entity, w.id));
            if (r.erased || w.field.isEmpty() || m_server.deletedAfter(w.entity, w.id, w.version))
                continue;
            if (r.alive && r.fieldClock(w.field) < w.hlc)
                return fail(
                    QStringLiteral("write %1 %2.%3 @%4 lost").arg(w.entity, w.id, w.field, w.hlc));
        }
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_random); }
    bool chance(int percent) { return pick(0, 99) < percent; }

    void fail(const QString& why)
    {
        if (m_failure.isEmpty())
            m_failure = why;
    }

    void restart(int i)
    {
        Client& c = m_clients[i];
        c.sync.reset();
        c.store = std::make_unique<store::Store>(*c.db);
        if (Status s = c.store->initialize(); !s)
            return fail(s.message());
        const qint64 skew = c.skewMs;
        c.store->useWallClock([this, skew] { return m_server.nowMs + skew; });
        c.sync = std::make_unique<SyncClient>(*c.store);
        c.device = c.store->deviceId();
    }

    QStringList ids(int i, const QString& entity)
    {
        const store::EntityDef* def = store::entityDef(entity);
        QSqlQuery q(m_clients[i].db->connection());
        q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(def->table));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    QString anyOf(const QStringList& list)
    {
        return list.isEmpty() ? QString() : list.at(pick(0, int(list.size()) - 1));
    }

    QString word()
    {
        static const char* const words[] = {
            "Anna",       "Ola",   "Семён", "Łucja", "Nowak",  "Kowalski", "Ёлкин",  "Müller",
            "Wiśniewska", "Zając", "CEO",   "CTO",   "Kraków", "Gdańsk",   "Москва", "Berlin"};
        return QString::fromUtf8(words[pick(0, int(std::size(words)) - 1)]);
    }

    void edit(int i)
    {
        store::Store& s = *m_clients[i].store;
        const QStringList contacts = ids(i, QStringLiteral("contact"));
        const QStringList companies = ids(i, QStringLiteral("company"));
        const int what = pick(0, 99);
        Status st;
        if (what < 15 || contacts.isEmpty()) {
            domain::Contact c;
            c.firstName = word();
            c.lastName = word();
            c.companyId = chance(50) ? anyOf(companies) : QString();
            auto r = s.createContact(c);
            st = r ? Status() : Status(r.error());
        } else if (what < 22) {
            domain::Company co;
            co.name = word() + QLatin1Char(' ') + word();
            auto r = s.createCompany(co);
            st = r ? Status() : Status(r.error());
        } else if (what < 70) {
            auto c = s.contact(anyOf(contacts));
            if (!c)
                return fail(c.message());
            switch (pick(0, 4)) {
            case 0:
                c->firstName = word();
                break;
            case 1:
                c->lastName = word();
                break;
            case 2:
                c->title = chance(20) ? QString() : word();
                break;
            case 3:
                c->address.city = word();
                break;
            default:
                c->companyId = chance(30) ? QString() : anyOf(companies);
            }
            st = s.updateContact(*c);
        } else if (what < 76) {
            st = s.deleteContact(anyOf(contacts));
        } else if (what < 79 && !companies.isEmpty()) {
            st = s.deleteCompany(anyOf(companies));
        } else if (what < 85 && contacts.size() >= 2) {
            const QString a = anyOf(contacts);
            QString b = anyOf(contacts);
            if (a != b)
                st = s.mergeContacts(a, b);
        } else if (what < 92) {
            auto r = s.undoLast();
            if (!r && r.code() != ErrorCode::NotFound && r.code() != ErrorCode::Conflict)
                st = r.error();
        } else {
            st = s.setPrivate(QStringLiteral("contact"), anyOf(contacts), chance(50));
        }
        if (!st && st.code() != ErrorCode::NotFound && st.code() != ErrorCode::Conflict)
            fail(QStringLiteral("client %1 edit failed: %2").arg(i).arg(st.message()));
    }

    // Returns whether there was anything to do.
    bool push(int i, bool lossy)
    {
        Client& c = m_clients[i];
        auto request = c.sync->nextPush(lossy ? pick(1, 8) : 50);
        if (!request)
            return fail(request.message()), false;
        if (request->changes.isEmpty())
            return false;
        if (lossy && chance(10))
            return true; // request lost
        if (lossy && chance(10))
            m_delayed.append({i, true, *request, {}}); // arrives again later
        PushResponse response = m_server.push(*request);
        if (lossy && chance(10))
            response = m_server.push(*request); // duplicated
        if (lossy && chance(10))
            return true; // answer lost (or the client crashed before storing it)
        if (Status s = c.sync->handlePushResponse(*request, response); !s)
            fail(s.message());
        if (lossy && chance(5))
            (void)c.sync->handlePushResponse(*request, response); // answer duplicated
        return true;
    }

    bool pull(int i, bool lossy)
    {
        Client& c = m_clients[i];
        const PullResponse response = m_server.pull(c.sync->cursor(), lossy ? pick(1, 10) : 100);
        if (lossy && chance(10))
            return true; // lost
        if (lossy && chance(10))
            m_delayed.append({i, false, {}, response});
        if (Status s = c.sync->handlePullResponse(response); !s)
            fail(QStringLiteral("client %1 pull: %2").arg(i).arg(s.message()));
        if (!c.sync->counts().problems.isEmpty())
            fail(QStringLiteral("client %1 could not apply: %2")
                     .arg(i)
                     .arg(c.sync->counts().problems.join(QStringLiteral("; "))));
        if (lossy && chance(5))
            (void)c.sync->handlePullResponse(response);
        return !response.changes.isEmpty();
    }

    void deliverDelayed()
    {
        if (m_delayed.isEmpty())
            return;
        const Delayed d = m_delayed.takeAt(pick(0, int(m_delayed.size()) - 1));
        if (d.isPush) {
            (void)m_server.push(d.push); // its answer goes nowhere: the client moved on
        } else {
            // An old page: applied if it does not move the cursor back, refused otherwise.
            (void)m_clients[d.client].sync->handlePullResponse(d.pull);
        }
    }

    // Every replica holds exactly the server's live records with the server's values (links to
    // records the server does not have are NULL locally).
    void compare(const QString& entity)
    {
        QHash<QString, const ModelServer::Record*> live;
        for (auto it = m_server.records().constBegin(); it != m_server.records().constEnd(); ++it) {
            if (it.key().first == entity && it->alive)
                live.insert(it.key().second, &*it);
        }
        QList<QVariantMap> first;
        for (int i = 0; i < Clients; ++i) {
            const QStringList local = ids(i, entity);
            const QSet<QString> mine(local.begin(), local.end());
            const QSet<QString> theirs(live.keyBegin(), live.keyEnd());
            if (mine != theirs) {
                QString extra =
                    (mine - theirs).isEmpty() ? *(theirs - mine).begin() : *(mine - theirs).begin();
                return fail(QStringLiteral("client %1 has %2 %3 records, the server %4; e.g. %5 "
                                           "(server: %6)\n%7")
                                .arg(i)
                                .arg(local.size())
                                .arg(entity)
                                .arg(live.size())
                                .arg(extra)
                                .arg(m_server.describe(entity, extra))
                                .arg(logOf(i, extra)));
            }
            for (const QString& id : local) {
                auto row = store::readEntity(m_clients[i].db->connection(), entity, id);
                if (!row)
                    return fail(row.message());
                const ModelServer::Record* r = live.value(id);
                for (auto f = r->fields.constBegin(); f != r->fields.constEnd(); ++f) {
                    QVariant expected = f->value;
                    if (f.key() == QLatin1String("company_id") && !expected.isNull() &&
                        !m_server.records()
                             .value(qMakePair(QStringLiteral("company"), expected.toString()))
                             .alive)
                        expected = QVariant();
                    if (!store::sameValue(row->value(f.key()), expected))
                        return fail(QStringLiteral("client %1 %2 %3.%4 = '%5', server '%6'")
                                        .arg(i)
                                        .arg(entity, id, f.key(), row->value(f.key()).toString(),
                                             expected.toString()));
                }
            }
        }
    }

    QString logOf(int i, const QString& id)
    {
        QSqlQuery q(m_clients[i].db->connection());
        q.prepare(QStringLiteral("SELECT seq, op, field, hlc, device_id, command_id FROM changes "
                                 "WHERE entity_id = ? ORDER BY seq"));
        q.addBindValue(id);
        q.exec();
        QString out =
            QStringLiteral("client %1 (device %2) log:\n").arg(i).arg(m_clients[i].device);
        while (q.next())
            out += QStringLiteral("  %1 %2 %3 %4 %5\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString());
        return out;
    }

    std::mt19937 m_random;
    QString m_dir;
    ModelServer m_server;
    std::vector<Client> m_clients;
    QList<Delayed> m_delayed;
    QString m_failure;
};

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

TEST(SyncSimulation, ReplicasConvergeAndNoAcknowledgedWriteIsLost)
{
    test::TempDir dir;
    // One template database, created once (key derivation is slow on purpose) and copied for
    // every client of every seed; each copy gets its own device id.
    QList<QString> templates;
    {
        const QString path = dir.path(QStringLiteral("template.baza"));
        auto db = test::createDatabase(path);
        ASSERT_TRUE(db);
        store::Store s(*db);
        ASSERT_TRUE(s.initialize().ok());
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        db->releaseThreadConnection();
        for (int i = 0; i < Clients; ++i)
            templates << path;
    }
    // Copies share the salt, so one derived key opens them all.
    auto key = db::Database::deriveKeyFor(templates.first(), test::testPassphrase());
    ASSERT_TRUE(key.ok());

    const int only = envInt("BAZA_SIM_SEED", -1);
    const int seeds = envInt("BAZA_SIM_SEEDS", 200);
    const int steps = envInt("BAZA_SIM_STEPS", 120);
    int failures = 0;
    for (int seed = only >= 0 ? only : 1; seed <= (only >= 0 ? only : seeds); ++seed) {
        const QString seedDir = dir.path(QStringLiteral("seed%1").arg(seed));
        QDir().mkpath(seedDir);
        QString failure;
        {
            Simulation sim(quint32(seed), seedDir, templates, *key);
            sim.run(steps);
            sim.quiesce();
            sim.check();
            failure = sim.failure();
        }
        QDir(seedDir).removeRecursively();
        if (!failure.isEmpty()) {
            ADD_FAILURE() << "seed " << seed << ": " << failure.toStdString()
                          << "  (rerun: BAZA_SIM_SEED=" << seed << ")";
            if (++failures >= 3)
                break;
        }
    }
}
