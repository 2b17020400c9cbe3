#include "core/db/Migrations.h"

#include "core/db/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::db {

namespace {

// Version 1: the domain tables. Ids are UUIDv7 text; times are UTC ISO-8601 with milliseconds;
// lists (emails, phones, tags) and custom fields are JSON text, mirrored into lookup tables.
const char* const SchemaV1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE users (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE companies (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, domain TEXT, industry TEXT, phone TEXT,
    website TEXT, street TEXT, city TEXT, postal_code TEXT, region TEXT, country TEXT,
    owner_id TEXT, notes TEXT, custom TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX companies_name ON companies(name COLLATE NOCASE);
CREATE TABLE contacts (
    id TEXT PRIMARY KEY, first_name TEXT, middle_name TEXT, last_name TEXT, title TEXT,
    company_id TEXT REFERENCES companies(id),
    emails TEXT, phones TEXT, street TEXT, city TEXT, postal_code TEXT, region TEXT,
    country TEXT, lifecycle TEXT NOT NULL DEFAULT 'lead', owner_id TEXT, source TEXT,
    tags TEXT, custom TEXT, last_contacted_at TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX contacts_company ON contacts(company_id);
CREATE INDEX contacts_name ON contacts(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE TABLE contact_channels (
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX contact_channels_value ON contact_channels(kind, value);
CREATE INDEX contact_channels_contact ON contact_channels(contact_id);
CREATE TABLE tags (
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, color TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE contact_tags (
    contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE, PRIMARY KEY (contact_id, tag));
CREATE INDEX contact_tags_tag ON contact_tags(tag);
CREATE TABLE consents (
    id TEXT PRIMARY KEY, contact_id TEXT NOT NULL REFERENCES contacts(id),
    channel TEXT NOT NULL, purpose TEXT, status TEXT NOT NULL, decided_at TEXT, source TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX consents_contact ON consents(contact_id);
CREATE TABLE pipelines (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE stages (
    id TEXT PRIMARY KEY, pipeline_id TEXT NOT NULL REFERENCES pipelines(id), name TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0, probability INTEGER NOT NULL DEFAULT 0,
    rotting_days INTEGER, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX stages_pipeline ON stages(pipeline_id, position);
CREATE TABLE deals (
    id TEXT PRIMARY KEY, title TEXT NOT NULL,
    pipeline_id TEXT NOT NULL REFERENCES pipelines(id),
    stage_id TEXT NOT NULL REFERENCES stages(id),
    contact_id TEXT REFERENCES contacts(id), company_id TEXT REFERENCES companies(id),
    value_minor INTEGER NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT 'EUR',
    probability INTEGER, expected_close TEXT, owner_id TEXT,
    status TEXT NOT NULL DEFAULT 'open', lost_reason TEXT, stage_entered_at TEXT,
    closed_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX deals_stage ON deals(stage_id);
CREATE INDEX deals_contact ON deals(contact_id);
CREATE INDEX deals_company ON deals(company_id);
CREATE TABLE activities (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, direction TEXT, occurred_at TEXT NOT NULL,
    duration_s INTEGER, outcome TEXT, subject TEXT, body TEXT,
    contact_id TEXT REFERENCES contacts(id), company_id TEXT REFERENCES companies(id),
    deal_id TEXT REFERENCES deals(id), owner_id TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX activities_contact ON activities(contact_id, occurred_at);
CREATE INDEX activities_company ON activities(company_id, occurred_at);
CREATE INDEX activities_deal ON activities(deal_id, occurred_at);
CREATE TABLE tasks (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, notes TEXT, due_at TEXT, remind_at TEXT,
    done INTEGER NOT NULL DEFAULT 0, done_at TEXT, assignee_id TEXT,
    contact_id TEXT REFERENCES contacts(id), company_id TEXT REFERENCES companies(id),
    deal_id TEXT REFERENCES deals(id), created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX tasks_due ON tasks(done, due_at);
CREATE INDEX tasks_contact ON tasks(contact_id);
)sql";

// Version 2: the change log. One row per field written; `commands` groups the rows of one store
// command (the unit of undo) and carries the import batch. The log is also the sync outbox:
// `seq` is the local order, `hlc` the global one.
const char* const SchemaV2 = R"sql(
CREATE TABLE commands (
    id TEXT PRIMARY KEY, label TEXT NOT NULL, batch_id TEXT, hlc TEXT NOT NULL,
    device_id TEXT NOT NULL, user_id TEXT, created_at TEXT NOT NULL,
    undo_of TEXT, undone_by TEXT);
CREATE INDEX commands_batch ON commands(batch_id);
CREATE TABLE changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, command_id TEXT NOT NULL REFERENCES commands(id),
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL, field TEXT,
    old_value, new_value, hlc TEXT NOT NULL, device_id TEXT NOT NULL, user_id TEXT);
CREATE INDEX changes_entity ON changes(entity, entity_id, seq);
CREATE INDEX changes_command ON changes(command_id);
)sql";

// Version 3: full-text search. Documents get a fresh docid on every update so that docid order is
// recency order; the folded text is computed in C++ (see core/search). The store rebuilds the
// index for rows written before this version.
const char* const SchemaV3 = R"sql(
CREATE TABLE search_docs (
    docid INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL UNIQUE);
CREATE VIRTUAL TABLE search_name_fts USING fts4(
    name, prefix="1,2,3,4,6", order=desc, tokenize=simple);
CREATE VIRTUAL TABLE search_fts USING fts4(text, prefix="1,2,3,4,6", order=desc, tokenize=simple);
CREATE VIRTUAL TABLE search_phone_fts USING fts4(
    phones, prefix="3,4,5,6,7,8", order=desc, tokenize=simple);
INSERT OR REPLACE INTO meta(key, value) VALUES ('search_rebuild', '1');
)sql";

// Version 4: the record of imports, for the UI's list and "undo import". `id` is the batch id
// the import's commands carry; counts are what the import reported when it finished.
const char* const SchemaV4 = R"sql(
CREATE TABLE imports (
    id TEXT PRIMARY KEY, entity TEXT NOT NULL, file_name TEXT NOT NULL, started_at TEXT NOT NULL,
    finished_at TEXT, rows INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0, options TEXT, undone_at TEXT);
CREATE INDEX imports_started ON imports(started_at);
)sql";

// Version 5: team sync. `private` records (contacts, companies, deals) are visible on the server
// only to their owner (owner_id) and to managers. The other tables are the client's sync state:
// values of this device that lost against a newer change elsewhere (shown to the user, who can
// restore them), links to records not received yet (the column stays NULL until the target
// arrives), and changes that wait for a record they need.
const char* const SchemaV5 = R"sql(
ALTER TABLE contacts ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
ALTER TABLE companies ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deals ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sync_overwritten (
    id INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT,
    local_value, local_hlc TEXT NOT NULL, winning_value, winning_hlc TEXT NOT NULL,
    winning_user_id TEXT, winning_device TEXT, deleted INTEGER NOT NULL DEFAULT 0,
    detected_at TEXT NOT NULL, restored_at TEXT, dismissed INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity, entity_id, field, local_hlc));
CREATE TABLE sync_dangling (
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
    target_entity TEXT NOT NULL, target_id TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field));
CREATE INDEX sync_dangling_target ON sync_dangling(target_id);
CREATE TABLE sync_deferred (
    id INTEGER PRIMARY KEY, target_id TEXT NOT NULL, change TEXT NOT NULL);
CREATE INDEX sync_deferred_target ON sync_deferred(target_id);
)sql";

// Version 6: the list views. Indexes for the columns lists sort and filter by, so a sort is an
// index-only scan of (column, rowid) and a filter an index range; saved segments (smart lists)
// as records with their query as JSON, so they go through the change log like everything else.
const char* const SchemaV6 = R"sql(
CREATE INDEX contacts_created ON contacts(created_at);
CREATE INDEX contacts_updated ON contacts(updated_at);
CREATE INDEX contacts_last_contacted ON contacts(last_contacted_at);
CREATE INDEX contacts_city ON contacts(city COLLATE NOCASE);
CREATE INDEX contacts_lifecycle ON contacts(lifecycle);
CREATE INDEX contacts_owner ON contacts(owner_id);
CREATE INDEX companies_created ON companies(created_at);
CREATE INDEX companies_updated ON companies(updated_at);
CREATE INDEX companies_domain ON companies(domain COLLATE NOCASE);
CREATE INDEX companies_industry ON companies(industry COLLATE NOCASE);
CREATE INDEX companies_city ON companies(city COLLATE NOCASE);
CREATE INDEX companies_country ON companies(country COLLATE NOCASE);
CREATE INDEX companies_owner ON companies(owner_id);
CREATE TABLE segments (
    id TEXT PRIMARY KEY, entity TEXT NOT NULL, name TEXT NOT NULL, query TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
)sql";

// Version 7: pipeline boards. Deals get an order within their stage (sparse positions, so a drop
// between two cards usually writes one row); lost reasons are a configurable list; exchange rates
// are dated and exact (rate × 10^8 as an integer); deals link several contacts with a role and
// carry line items priced in integer minor units, optionally from a product catalogue.
const char* const SchemaV7 = R"sql(
ALTER TABLE deals ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
CREATE INDEX deals_board ON deals(pipeline_id, status, stage_id, position);
CREATE INDEX deals_owner ON deals(owner_id, status);
CREATE INDEX tasks_deal ON tasks(deal_id, done, due_at);
CREATE TABLE lost_reasons (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE exchange_rates (
    id TEXT PRIMARY KEY, currency TEXT NOT NULL, quote TEXT NOT NULL, valid_on TEXT NOT NULL,
    rate_e8 INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX exchange_rates_pair ON exchange_rates(currency, quote, valid_on);
CREATE TABLE deal_contacts (
    id TEXT PRIMARY KEY, deal_id TEXT NOT NULL REFERENCES deals(id),
    contact_id TEXT NOT NULL REFERENCES contacts(id), role TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX deal_contacts_deal ON deal_contacts(deal_id);
CREATE INDEX deal_contacts_contact ON deal_contacts(contact_id);
CREATE TABLE products (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, sku TEXT, unit_price_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX products_name ON products(name COLLATE NOCASE);
CREATE TABLE deal_items (
    id TEXT PRIMARY KEY, deal_id TEXT NOT NULL REFERENCES deals(id),
    product_id TEXT REFERENCES products(id), name TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1, unit_price_minor INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX deal_items_deal ON deal_items(deal_id, position);
CREATE INDEX deal_items_product ON deal_items(product_id);
)sql";

// Version 8: the sync log the desktop shows (one row per sync with the server; runs that had
// nothing to exchange, or failed the same way again, are folded into one row with a count).
const char* const SchemaV8 = R"sql(
CREATE TABLE sync_runs (
    id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
    pushed INTEGER NOT NULL DEFAULT 0, pulled INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0, stale INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0, error TEXT, problems TEXT,
    repeats INTEGER NOT NULL DEFAULT 1);
)sql";

// Version 9: a smaller search index. Every prefix length of an FTS4 table is another copy of
// every word, and the text and phone tables were most of what an import or a first sync wrote:
// the text table keeps prefixes of 2–4 bytes (not 1 and 6) and the phone table of 3–4 digits
// (longer ones match few terms, which FTS4 merges quickly without an index of their own).
// matchinfo=fts3 drops the per-document size rows that only ranking functions read. The rows
// move over as they are (same docids, same folded text), so nothing has to be re-folded.
const char* const SchemaV9 = R"sql(
CREATE VIRTUAL TABLE search_fts_v9 USING fts4(
    text, prefix="2,3,4", order=desc, matchinfo=fts3, tokenize=simple);
INSERT INTO search_fts_v9(docid, text) SELECT docid, text FROM search_fts ORDER BY docid;
DROP TABLE search_fts;
ALTER TABLE search_fts_v9 RENAME TO search_fts;
CREATE VIRTUAL TABLE search_phone_fts_v9 USING fts4(
    phones, prefix="3,4", order=desc, matchinfo=fts3, tokenize=simple);
INSERT INTO search_phone_fts_v9(docid, phones)
    SELECT docid, phones FROM search_phone_fts ORDER BY docid;
DROP TABLE search_phone_fts;
ALTER TABLE search_phone_fts_v9 RENAME TO search_phone_fts;
)sql";

const char* const Steps[] = {SchemaV1, SchemaV2, SchemaV3, SchemaV4, SchemaV5,
                             SchemaV6, SchemaV7, SchemaV8, SchemaV9};

} // namespace

int latestSchemaVersion()
{
    return int(std::size(Steps));
}

Result<int> readSchemaVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{
            ErrorCode::Sql, q.lastError().text(), q.lastError().nativeErrorCode().toInt(), {}};
    return q.value(0).toInt();
}

Status migrate(QSqlDatabase& db, int target)
{
    auto current = readSchemaVersion(db);
    if (!current)
        return current.error();
    if (*current > latestSchemaVersion())
        return Error::make(ErrorCode::NewerSchema,
                           QCoreApplication::translate("baza::db",
                                                       "This database was written by a newer "
                                                       "version of Baza (schema %1; this version "
                                                       "reads up to %2). Update Baza to open it.")
                               .arg(*current)
                               .arg(latestSchemaVersion()));
    if (*current >= target)
        return {};
    if (!db.transaction())
        return Error{ErrorCode::Sql, db.lastError().text(), 0, {}};
    for (int v = *current; v < target; ++v) {
        Status s = execScript(db, QString::fromUtf8(Steps[v]));
        if (!s) {
            db.rollback();
            return Error::make(ErrorCode::Sql,
                               QCoreApplication::translate("baza::db",
                                                           "Upgrading the database to schema %1 "
                                                           "failed: %2")
                                   .arg(v + 1)
                                   .arg(s.message()));
        }
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) || !db.commit()) {
        const QString msg = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return Error::make(ErrorCode::Sql, msg);
    }
    return {};
}

namespace {

// Indexes whose order is not the order records arrive in (names, cities, e-mail addresses,
// tags): each new row lands on a random page of them, so a bulk load rewrites most of their pages
// at every commit. Indexes that grow at their end (time stamps, ids, a few owners or stages) cost
// little row by row and more to build again, so they stay; so does every index a write path
// looks rows up by (id, company_id, contact_id, the change log's entity and command).
constexpr const char* ReadIndexes[] = {
    "contacts_name",    "contacts_city",     "contacts_last_contacted", "contact_channels_value",
    "contact_tags_tag", "companies_name",    "companies_domain",        "companies_industry",
    "companies_city",   "companies_country",
};

const char* const DeferredKey = "deferred_indexes";

Error sqlFailure(const QString& what, const QSqlError& e)
{
    return Error{
        ErrorCode::Sql, what + QStringLiteral(": ") + e.text(), e.nativeErrorCode().toInt(), {}};
}

} // namespace

bool indexesDeferred(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM meta WHERE key = ?"));
    q.addBindValue(QLatin1String(DeferredKey));
    return q.exec() && q.next();
}

Status deferReadIndexes(QSqlDatabase& db)
{
    if (indexesDeferred(db))
        return {};
    const QString failed =
        QCoreApplication::translate("baza::db", "Preparing the database for a bulk load failed");
    if (!db.transaction())
        return sqlFailure(failed, db.lastError());
    QSqlQuery q(db);
    QStringList names;
    for (const char* name : ReadIndexes)
        names << QLatin1Char('\'') + QLatin1String(name) + QLatin1Char('\'');
    QStringList statements;
    QStringList present;
    if (q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                              "name IN (%1) ORDER BY name")
                   .arg(names.join(QLatin1String(", "))))) {
        while (q.next()) {
            present << q.value(0).toString();
            statements << q.value(1).toString();
        }
    }
    bool ok = !q.lastError().isValid();
    q.finish();
    // One statement per line: CREATE INDEX statements hold no newline of their own.
    if (ok) {
        ok = q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"));
        q.addBindValue(QLatin1String(DeferredKey));
        q.addBindValue(statements.join(QLatin1Char('\n')));
        ok = ok && q.exec();
    }
    for (const QString& name : std::as_const(present)) {
        if (!ok)
            break;
        ok = q.exec(QStringLiteral("DROP INDEX %1").arg(name));
    }
    if (!ok || !db.commit()) {
        const QSqlError e = q.lastError().isValid() ? q.lastError() : db.lastError();
        db.rollback();
        return sqlFailure(failed, e);
    }
    return {};
}

Status restoreDeferredIndexes(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QLatin1String(DeferredKey));
    if (!q.exec() || !q.next())
        return {};
    const QStringList statements =
        q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    q.finish();
    const QString failed =
        QCoreApplication::translate("baza::db", "Rebuilding the database's indexes failed");
    // One transaction per index: at a million contacts one takes seconds, and a save on another
    // thread waits for the write lock only that long (the busy timeout is 10 s). A crash between
    // two leaves the rest deferred, and the next open builds only what is missing.
    const auto run = [&](const QString& sql, const QVariantList& values) -> Status {
        if (!db.transaction())
            return sqlFailure(failed, db.lastError());
        bool ok = q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        ok = ok && q.exec();
        q.finish();
        if (!ok || !db.commit()) {
            const QSqlError e = q.lastError().isValid() ? q.lastError() : db.lastError();
            db.rollback();
            return sqlFailure(failed, e);
        }
        return {};
    };
    for (const QString& sql : statements) {
        QString statement = sql;
        statement.replace(QRegularExpression(QStringLiteral("^CREATE (UNIQUE )?INDEX ")),
                          QStringLiteral("CREATE \\1INDEX IF NOT EXISTS "));
        if (Status s = run(statement, {}); !s)
            return s;
    }
    return run(QStringLiteral("DELETE FROM meta WHERE key = ?"), {QLatin1String(DeferredKey)});
}

} // namespace baza::db
