#include "core/store/Store.h"

#include "core/common/Uuid.h"
#include "core/db/Database.h"
#include "core/search/SearchIndex.h"
#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Mapping.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

namespace {

Error queryError(const QSqlQuery& q)
{
    return Error{
        ErrorCode::Sql, q.lastError().databaseText(), q.lastError().nativeErrorCode().toInt(), {}};
}

QString metaValue(QSqlDatabase db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

// Every Store of one device in this process (UI thread, import worker, sync worker) draws from
// the same clock: two clocks of one device could issue the same HLC twice, and a peer would then
// take the second change for the first and drop it.
std::shared_ptr<changes::HybridClock> sharedClock(const QString& device)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<changes::HybridClock>> clocks;
    QMutexLocker lock(&mutex);
    std::shared_ptr<changes::HybridClock> clock = clocks.value(device).lock();
    if (!clock) {
        clock = std::make_shared<changes::HybridClock>(device);
        clocks.insert(device, clock);
    }
    return clock;
}

// Every Store of each open database in this process. A change committed through one of them (an
// import or the sync worker, on their threads) reaches the listeners of the others (the UI
// thread's models) through notifyChanged.
struct StoreRegistry
{
    QMutex mutex;
    QMultiHash<const db::Database*, Store*> stores;
};

StoreRegistry& registry()
{
    static StoreRegistry r;
    return r;
}

} // namespace

Store::Store(db::Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    {
        StoreRegistry& r = registry();
        QMutexLocker lock(&r.mutex);
        r.stores.insert(&m_database, this);
    }
    connect(this, &Store::changed, this, &Store::relayChange);
}

Store::~Store()
{
    // Before QObject's destructor: no other thread posts to this Store after this line, and the
    // posts already queued are dropped with the object.
    StoreRegistry& r = registry();
    QMutexLocker lock(&r.mutex);
    r.stores.remove(&m_database, this);
}

void Store::notifyChanged(const QString& entity, const QStringList& ids)
{
    // Connecting to a server makes the profile the server's user (through the sync worker's
    // Store): this Store's own edits must be written as that user from now on.
    if (entity == QLatin1String("user"))
        reloadProfile();
    m_external = true;
    emit changed(entity, ids);
    m_external = false;
}

void Store::reloadProfile()
{
    QSqlDatabase db = connection();
    const QString userId = metaValue(db, QStringLiteral("user_id"));
    if (userId.isEmpty())
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, email FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (q.exec() && q.next())
        m_profile = {userId, q.value(0).toString(), q.value(1).toString()};
}

void Store::relayChange(const QString& entity, const QStringList& ids)
{
    if (m_external)
        return; // heard from another Store: it has told everyone already
    StoreRegistry& r = registry();
    QMutexLocker lock(&r.mutex);
    const auto others = r.stores.values(&m_database);
    for (Store* other : others) {
        if (other == this)
            continue;
        // Queued even on this thread: listeners run after the command returned, in order.
        QMetaObject::invokeMethod(
            other, [other, entity, ids]() { other->notifyChanged(entity, ids); },
            Qt::QueuedConnection);
    }
}

QSqlDatabase Store::connection() const
{
    return m_database.connection();
}

CommandContext Store::context() const
{
    return CommandContext{connection(), m_clock.get(), deviceId(),
                          m_profile.id, m_batchId,     m_recordedAt};
}

QString Store::deviceId() const
{
    return m_clock ? m_clock->device() : QString();
}

domain::UserProfile Store::profile() const
{
    return m_profile;
}

Status Store::initialize()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::make(ErrorCode::Sql, tr("The database is not open."));
    QString device = metaValue(db, QStringLiteral("device_id"));
    if (device.isEmpty()) {
        // The device id is local state, not a domain change: it is not logged or synced.
        device = newUuidV7();
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('device_id', ?)"));
        q.addBindValue(device);
        if (!q.exec())
            return queryError(q);
    }
    m_clock = sharedClock(device);
    changes::Hlc last;
    if (changes::Hlc::parse(metaValue(db, QStringLiteral("hlc_last")), &last))
        m_clock->restore(last);

    reloadProfile();
    if (m_profile.id.isEmpty()) {
        QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        if (name.isEmpty())
            name = tr("Me");
        const QString id = newUuidV7();
        Status s = execute(QStringLiteral("Create user profile"), [&](Command& cmd) -> Status {
            const QString now = nowText();
            if (Status st = cmd.insert(QStringLiteral("user"), id,
                                       {{QStringLiteral("name"), name},
                                        {QStringLiteral("created_at"), now},
                                        {QStringLiteral("updated_at"), now}});
                !st)
                return st;
            auto r = cmd.run(
                QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('user_id', ?)"),
                {id});
            return r ? Status() : Status(r.error());
        });
        if (!s)
            return s;
        m_profile = {id, name, {}};
    }
    if (metaValue(db, QStringLiteral("search_rebuild")) == QLatin1String("1"))
        return rebuildSearchIndex();
    return {};
}

Status Store::setProfile(const domain::UserProfile& profile)
{
    if (profile.name.trimmed().isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, tr("Your name must not be empty."));
        e.field = QStringLiteral("name");
        return e;
    }
    Status s = execute(QStringLiteral("Edit profile"), [&](Command& cmd) {
        return cmd.update(QStringLiteral("user"), m_profile.id,
                          {{QStringLiteral("name"), profile.name.trimmed()},
                           {QStringLiteral("email"), text(profile.email.trimmed())},
                           {QStringLiteral("updated_at"), nowText()}});
    });
    if (s) {
        m_profile.name = profile.name.trimmed();
        m_profile.email = profile.email.trimmed();
    }
    return s;
}

QString Store::beginBatch()
{
    m_batchId = newUuidV7();
    return m_batchId;
}

void Store::endBatch()
{
    m_batchId.clear();
}

Status Store::execute(const QString& label, const std::function<Status(Command&)>& body,
                      const QString& undoOf)
{
    if (!m_clock)
        return Error::make(ErrorCode::Usage, tr("The store is not initialized."));
    QList<QPair<QString, QStringList>> touched;
    {
        Command cmd(context(), label, undoOf);
        if (Status s = cmd.begin(); !s)
            return s;
        if (Status s = body(cmd); !s)
            return s;
        if (Status s = cmd.commit(); !s)
            return s;
        touched = cmd.touched();
    }
    for (const auto& [entity, ids] : std::as_const(touched))
        emit changed(entity, ids);
    return {};
}

Status Store::rebuildSearchIndex()
{
    return execute(QStringLiteral("Rebuild search index"), [&](Command& cmd) -> Status {
        search::SearchIndex index(cmd.db());
        if (Status s = index.clear(); !s)
            return s;
        // Touching each row through the indexer rebuilds its document and lookup rows.
        for (const char* entity : {"company", "contact", "deal"}) {
            const EntityDef* def = entityDef(QLatin1String(entity));
            QSqlQuery q(cmd.db());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id FROM %1").arg(def->table)))
                return queryError(q);
            QStringList ids;
            while (q.next())
                ids << q.value(0).toString();
            q.finish();
            for (const QString& id : std::as_const(ids)) {
                if (Status s = cmd.reindex(QLatin1String(entity), id); !s)
                    return s;
            }
        }
        auto r = cmd.run(QStringLiteral("DELETE FROM meta WHERE key = 'search_rebuild'"));
        return r ? Status() : Status(r.error());
    });
}

Result<QList<SearchResult>> Store::search(const QString& query, int limit) const
{
    search::SearchIndex index(connection());
    auto hits = index.search(query, limit);
    if (!hits)
        return hits.error();
    QList<SearchResult> out;
    for (const search::SearchHit& h : std::as_const(*hits)) {
        SearchResult r{h.entity, h.id, {}, {}};
        if (h.entity == QLatin1String("contact")) {
            auto c = contact(h.id);
            if (!c)
                continue;
            r.title = c->displayName();
            QStringList sub;
            if (!c->emails.isEmpty())
                sub << c->emails.first().address;
            if (!c->companyId.isEmpty()) {
                if (auto co = company(c->companyId))
                    sub << co->name;
            }
            r.subtitle = sub.join(QStringLiteral(" · "));
        } else if (h.entity == QLatin1String("company")) {
            auto c = company(h.id);
            if (!c)
                continue;
            r.title = c->name;
            r.subtitle = c->address.city;
        } else if (h.entity == QLatin1String("deal")) {
            auto d = deal(h.id);
            if (!d)
                continue;
            r.title = d->title;
            r.subtitle = QStringLiteral("%1 %2").arg(
                QString::number(double(d->valueMinor) / 100.0, 'f', 2), d->currency);
        }
        out.append(r);
    }
    return out;
}

Result<Counts> Store::counts() const
{
    Counts c;
    QSqlQuery q(connection());
    const QList<QPair<const char*, qint64*>> tables{
        {"contacts", &c.contacts},     {"companies", &c.companies}, {"deals", &c.deals},
        {"activities", &c.activities}, {"tasks", &c.tasks},         {"changes", &c.changes}};
    for (const auto& [table, target] : tables) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ||
            !q.next())
            return queryError(q);
        *target = q.value(0).toLongLong();
        q.finish();
    }
    return c;
}

Result<QList<domain::Tag>> Store::tags() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT id, name, color FROM tags ORDER BY name COLLATE NOCASE")))
        return queryError(q);
    QList<domain::Tag> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Status Store::ensureTags(Command& cmd, const QStringList& tags)
{
    for (const QString& name : tags) {
        auto r = cmd.run(QStringLiteral("SELECT id FROM tags WHERE name = ?"), {name});
        if (!r)
            return r.error();
        const bool found = (*r)->next();
        (*r)->finish();
        if (found)
            continue;
        const QString now = nowText();
        if (Status s = cmd.insert(QStringLiteral("tag"), newUuidV7(),
                                  {{QStringLiteral("name"), name},
                                   {QStringLiteral("created_at"), now},
                                   {QStringLiteral("updated_at"), now}});
            !s)
            return s;
    }
    return {};
}

} // namespace baza::store
