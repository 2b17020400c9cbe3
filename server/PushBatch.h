#pragma once

#include "server/Accounts.h"
#include "server/ChangeRules.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace baza::server {

// Who may see a record besides managers and admins, after its own `private` flag and those of
// the contact and deal it belongs to: everyone, one sales user, or nobody (private records of
// two different owners).
struct Restriction
{
    bool restricted = false;
    QString to; // when restricted: the one user who may see it; empty = nobody

    bool allows(const QString& userId) const { return !restricted || to == userId; }
    Restriction with(const Restriction& other) const
    {
        if (!other.restricted)
            return *this;
        if (!restricted)
            return other;
        return to == other.to ? *this : Restriction{true, {}};
    }
    friend bool operator==(const Restriction&, const Restriction&) = default;
};

// A record as push sees it: loaded from `records`/`field_states`, changed in memory by each
// change of the request, then written back in one go.
struct RecordState
{
    QString entity;
    QString entityId;
    bool exists = false;
    bool existedBefore = false;
    QString ownerId; // effective: the owner_id field, or the creator
    QString createdBy;
    bool isPrivate = false;
    QString contactId; // the contact and deal it belongs to (visibility)
    QString dealId;
    Restriction stored; // as in the database before this push
    Restriction restriction;
    bool deleted = false;
    bool erased = false;
    QString createdHlc; // the existence clock while alive: HLC of the latest insert
    QString deletedHlc; // ... and while deleted: HLC of the delete
    // Who made the latest existence change (for pulls of tombstones and re-sent records).
    QString recDevice;
    qint64 recDeviceSeq = 0;
    QString recCommandId;
    QString recUserId;
    bool dirty = false; // the records row is written (and gets a new version)
    int order = 0;      // first touched by the push (versions follow the push's order)
    QHash<QString, changes::Hlc> fieldHlc;
};

QString recordKey(const QString& entity, const QString& id);

struct FieldWrite
{
    QString entity;
    QString entityId;
    QString field;
    QVariant value;
    bool hasOld = false;
    QVariant oldValue;
    QString hlc;
    qint64 deviceSeq = 0;
    QString commandId;
    QString batchId;
    QString label;
};

struct Outcome
{
    sync::PushStatus status = sync::PushStatus::Applied;
    QString reason;
};

// The merge and permission rules of one push, in memory: per-field last-writer-wins by HLC, the
// existence clock, tombstones, erasure, and who may see and change what.
class PushBatch
{
public:
    PushBatch(const Session& s, QHash<QString, RecordState>& records)
        : m_session(s)
        , m_records(records)
    {}

    Outcome apply(const CheckedChange& c);

    // The restriction every record in memory has after the push (from its own flag and its
    // contact's and deal's), marking changed ones dirty. Returns the contacts and deals whose
    // restriction changed: records in the database that belong to them must follow.
    QSet<QString> settleRestrictions();
    Restriction effective(const RecordState& r, int depth = 0) const;

    const QList<FieldWrite>& fieldWrites() const { return m_fieldWrites; }
    const QSet<QString>& erasedKeys() const { return m_erased; }

private:
    bool seesAll() const { return m_session.role != Role::Sales; }
    bool visible(const RecordState& r) const;
    bool parentVisible(const char* entity, const QString& id) const;
    bool owns(const RecordState& r) const { return r.ownerId == m_session.userId; }
    Outcome checkWrite(const RecordState& r, const QVariantMap& values, bool isNew) const;
    Outcome applyFields(RecordState& r, const CheckedChange& c, const QVariantMap& values);
    void setField(RecordState& r, const CheckedChange& c, const QString& field,
                  const QVariant& value);
    void stampExistence(RecordState& r, const sync::Change& c) const;

    const Session& m_session;
    QHash<QString, RecordState>& m_records;
    QList<FieldWrite> m_fieldWrites;
    QHash<QString, qsizetype> m_fieldIndex;
    QSet<QString> m_erased;
};

} // namespace baza::server
