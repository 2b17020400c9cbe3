#include "server/Schema.h"

#include <QCoreApplication>

namespace baza::server {

namespace {

// Version 1. Every table carries organization_id: tenants from day one, so a large customer
// can later be moved to its own database by organization.
const char* const SchemaV1 = R"SQL(
CREATE TABLE organizations (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    -- The last sync version handed out. Writers bump it as the last step of their transaction,
    -- so the row lock orders versions exactly like commits: the pull cursor has no gaps.
    last_version bigint NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organizations(id),
    login text NOT NULL,
    name text NOT NULL,
    email text NOT NULL DEFAULT '',
    role text NOT NULL CHECK (role IN ('admin', 'manager', 'sales')),
    password_hash text NOT NULL,
    disabled boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, login)
);

-- Only a hash of each token is stored: a database leak does not hand out sessions.
CREATE TABLE sessions (
    token_hash bytea PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users(id),
    organization_id uuid NOT NULL REFERENCES organizations(id),
    device text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed logins per (organization, login, client address): the lockout lives here so that any
-- server instance enforces it.
CREATE TABLE login_failures (
    organization text NOT NULL,
    login text NOT NULL,
    client_ip text NOT NULL,
    failures integer NOT NULL,
    locked_until timestamptz,
    last_failure timestamptz NOT NULL,
    PRIMARY KEY (organization, login, client_ip)
);

CREATE TABLE devices (
    organization_id uuid NOT NULL REFERENCES organizations(id),
    device text NOT NULL,
    user_id uuid NOT NULL REFERENCES users(id),
    acked_seq bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, device)
);

-- One row per record: its lifecycle and the facts visibility depends on (copied from its
-- fields). `version` moves when the record is created, deleted or changes visibility.
CREATE TABLE records (
    organization_id uuid NOT NULL REFERENCES organizations(id),
    entity text NOT NULL,
    entity_id uuid NOT NULL,
    owner_id uuid NOT NULL, -- the owner_id field, or the creator when that is empty
    private boolean NOT NULL DEFAULT false,
    contact_id uuid,
    deleted boolean NOT NULL DEFAULT false,
    erased boolean NOT NULL DEFAULT false,
    created_by uuid NOT NULL,
    created_hlc text COLLATE "C" NOT NULL,
    deleted_hlc text COLLATE "C",
    created_version bigint NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (organization_id, entity, entity_id)
);
CREATE INDEX records_version ON records (organization_id, version);
CREATE INDEX records_contact ON records (organization_id, contact_id) WHERE contact_id IS NOT NULL;

-- The current value of every field with the HLC that won it (per-field last-writer-wins).
CREATE TABLE field_states (
    organization_id uuid NOT NULL,
    entity text NOT NULL,
    entity_id uuid NOT NULL,
    field text NOT NULL,
    value jsonb,
    hlc text COLLATE "C" NOT NULL,
    device text NOT NULL,
    user_id uuid NOT NULL,
    version bigint NOT NULL,
    device_seq bigint NOT NULL,
    command_id text,
    batch_id text,
    label text,
    PRIMARY KEY (organization_id, entity, entity_id, field),
    FOREIGN KEY (organization_id, entity, entity_id) REFERENCES records
);
CREATE INDEX field_states_version ON field_states (organization_id, version);

-- Every change ever pushed, with its outcome: the idempotency key of push and the history
-- (stale changes too, so a client can show what was overwritten).
CREATE TABLE change_log (
    organization_id uuid NOT NULL REFERENCES organizations(id),
    device text NOT NULL,
    device_seq bigint NOT NULL,
    command_id text,
    entity text,
    entity_id text,
    op text,
    field text,
    value jsonb,
    fields jsonb,
    hlc text COLLATE "C",
    user_id uuid NOT NULL,
    batch_id text,
    label text,
    status text NOT NULL,
    reason text,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, device, device_seq)
);
CREATE INDEX change_log_record ON change_log (organization_id, entity, entity_id);
)SQL";

// Version 2: who made a record's last existence change (insert, delete, erase), so pulls can
// tell clients the device, change number and command of a tombstone or a re-sent record; and
// lookups by id.
const char* const SchemaV2 = R"SQL(
ALTER TABLE records ADD COLUMN rec_device text NOT NULL DEFAULT '';
ALTER TABLE records ADD COLUMN rec_device_seq bigint NOT NULL DEFAULT 0;
ALTER TABLE records ADD COLUMN rec_command_id text NOT NULL DEFAULT '';
ALTER TABLE records ADD COLUMN rec_user_id uuid;
-- Push and pull look records up by id within an organization, across entities.
CREATE INDEX records_id ON records (organization_id, entity_id);
CREATE INDEX field_states_id ON field_states (organization_id, entity_id);
)SQL";

// Version 3: who may see a record is stored with it, after its own `private` flag and those of
// the contact and the deal it belongs to (restricted: only `restricted_to`, or nobody when NULL,
// besides managers), so a pull filters with a plain comparison and records of a private deal
// (items, activities) stay hidden with it. Field states keep the value their writer replaced, so
// the device whose value it was learns it was overwritten.
const char* const SchemaV3 = R"SQL(
ALTER TABLE records ADD COLUMN deal_id uuid;
ALTER TABLE records ADD COLUMN restricted boolean NOT NULL DEFAULT false;
ALTER TABLE records ADD COLUMN restricted_to uuid;
CREATE INDEX records_deal ON records (organization_id, deal_id) WHERE deal_id IS NOT NULL;
ALTER TABLE field_states ADD COLUMN has_old boolean NOT NULL DEFAULT false;
ALTER TABLE field_states ADD COLUMN old jsonb;
UPDATE records r SET deal_id = (f.value #>> '{}')::uuid FROM field_states f
 WHERE f.organization_id = r.organization_id AND f.entity = r.entity
   AND f.entity_id = r.entity_id AND f.field = 'deal_id' AND jsonb_typeof(f.value) = 'string'
   AND f.value #>> '{}' <> '';
UPDATE records SET restricted = true, restricted_to = owner_id WHERE private;
UPDATE records r SET restricted = true, restricted_to =
   CASE WHEN NOT r.restricted OR r.restricted_to = c.restricted_to THEN c.restricted_to END
  FROM records c WHERE c.organization_id = r.organization_id AND c.entity = 'contact'
   AND c.entity_id = r.contact_id AND c.restricted;
UPDATE records r SET restricted = true, restricted_to =
   CASE WHEN NOT r.restricted OR r.restricted_to = d.restricted_to THEN d.restricted_to END
  FROM records d WHERE d.organization_id = r.organization_id AND d.entity = 'deal'
   AND d.entity_id = r.deal_id AND d.restricted;
)SQL";

// Version 4: a field row that went out with its record (written in the same push, so it shares
// the record's version) never needs to go out alone: a record's version only grows, so it stays
// covered. Only the others ("ahead": written after their record) are indexed for pulls. Before,
// a pull scanned every field row after its cursor to find the few ahead of their record, and a
// first sync of N records took time in N². (Adding the column with DEFAULT false rewrites no
// rows; only the few rows ahead of their record are updated.)
const char* const SchemaV4 = R"SQL(
ALTER TABLE field_states ADD COLUMN ahead boolean NOT NULL DEFAULT false;
UPDATE field_states f SET ahead = true FROM records r
 WHERE r.organization_id = f.organization_id AND r.entity = f.entity
   AND r.entity_id = f.entity_id AND f.version > r.version;
DROP INDEX field_states_version;
CREATE INDEX field_states_ahead ON field_states (organization_id, version) WHERE ahead;
)SQL";

const char* const Steps[] = {SchemaV1, SchemaV2, SchemaV3, SchemaV4};

} // namespace

Result<int> schemaVersion(PgConnection& conn)
{
    PgResult exists = conn.exec("SELECT to_regclass('baza_schema') IS NOT NULL");
    if (!exists.ok())
        return exists.error();
    if (!exists.boolean(0, 0))
        return 0;
    PgResult v = conn.exec("SELECT version FROM baza_schema");
    if (!v.ok())
        return v.error();
    return v.rows() == 0 ? 0 : int(v.int64(0, 0));
}

Result<int> initSchema(PgConnection& conn, int target)
{
    return inTransaction<int>(conn, "BEGIN", [target](PgConnection& c) -> Result<int> {
        // Two `init`s at once: the second waits here and then finds nothing to do.
        if (Status s = c.run("SELECT pg_advisory_xact_lock(7283150001)"); !s)
            return s.error();
        if (Status s = c.run("CREATE TABLE IF NOT EXISTS baza_schema (version integer NOT NULL)");
            !s)
            return s.error();
        auto current = schemaVersion(c);
        if (!current)
            return current.error();
        if (*current > ServerSchemaVersion)
            return Error::make(
                ErrorCode::NewerSchema,
                QCoreApplication::translate("baza::server",
                                            "The database has schema version %1, newer than this "
                                            "baza-server (%2). Update baza-server.")
                    .arg(*current)
                    .arg(ServerSchemaVersion));
        const int to = std::max(*current, std::min(target, ServerSchemaVersion));
        for (int v = *current; v < to; ++v) {
            if (Status s = c.runScript(Steps[v]); !s)
                return s.error();
        }
        if (Status s = c.run("DELETE FROM baza_schema"); !s)
            return s.error();
        if (Status s = c.run("INSERT INTO baza_schema (version) VALUES ($1)", {PgParam(to)}); !s)
            return s.error();
        return to;
    });
}

} // namespace baza::server
