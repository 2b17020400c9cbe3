#include "server/PushBatch.h"

namespace baza::server {

namespace {

using sync::Op;
using sync::PushStatus;

Outcome rejected(const char* reason)
{
    return {PushStatus::Rejected, QLatin1String(reason)};
}

Outcome stale(const char* reason)
{
    return {PushStatus::Stale, QLatin1String(reason)};
}

QString text(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

// Set-up shared by the whole team: edited by managers and admins only.
bool isSetup(const QString& entity)
{
    return entity == QLatin1String("pipeline") || entity == QLatin1String("stage") ||
           entity == QLatin1String("lost_reason") || entity == QLatin1String("exchange_rate");
}

Restriction own(const RecordState& r)
{
    return r.isPrivate ? Restriction{true, r.ownerId} : Restriction{};
}

} // namespace

QString recordKey(const QString& entity, const QString& id)
{
    return entity + QLatin1Char('/') + id;
}

Restriction PushBatch::effective(const RecordState& r, int depth) const
{
    Restriction x = own(r);
    if (depth > 3) // deal item → deal → contact is the longest chain; a cycle stops here
        return x;
    for (const auto& [entity, id] : {std::pair{"contact", &r.contactId}, {"deal", &r.dealId}}) {
        if (id->isEmpty())
            continue;
        auto it = m_records.constFind(recordKey(QLatin1String(entity), *id));
        // A contact or deal the server has not received hides nothing (yet).
        if (it != m_records.constEnd() && it->exists)
            x = x.with(effective(*it, depth + 1));
    }
    return x;
}

bool PushBatch::visible(const RecordState& r) const
{
    return seesAll() || effective(r).allows(m_session.userId);
}

bool PushBatch::parentVisible(const char* entity, const QString& id) const
{
    if (seesAll() || id.isEmpty())
        return true;
    auto it = m_records.constFind(recordKey(QLatin1String(entity), id));
    return it == m_records.constEnd() || !it->exists || effective(*it).allows(m_session.userId);
}

void PushBatch::stampExistence(RecordState& r, const sync::Change& c) const
{
    r.recDevice = m_session.device;
    r.recDeviceSeq = c.deviceSeq;
    r.recCommandId = c.commandId;
    r.recUserId = m_session.userId;
    r.dirty = true;
}

void PushBatch::setField(RecordState& r, const CheckedChange& c, const QString& field,
                         const QVariant& value)
{
    r.fieldHlc.insert(field, c.hlc);
    const sync::Change& ch = c.change;
    const QString key = recordKey(r.entity, r.entityId) + QLatin1Char('/') + field;
    const bool hasOld = ch.op == Op::Update && ch.hasOld;
    FieldWrite w{r.entity, r.entityId,   field,        value,      hasOld,  ch.oldValue,
                 ch.hlc,   ch.deviceSeq, ch.commandId, ch.batchId, ch.label};
    if (auto it = m_fieldIndex.constFind(key); it != m_fieldIndex.constEnd()) {
        m_fieldWrites[*it] = w;
    } else {
        m_fieldIndex.insert(key, m_fieldWrites.size());
        m_fieldWrites.append(w);
    }
    if (field == QLatin1String("private")) {
        r.isPrivate = value.toLongLong() == 1;
    } else if (field == QLatin1String("owner_id")) {
        const QString owner = text(value);
        r.ownerId = owner.isEmpty() ? r.createdBy : owner;
    } else if (field == QLatin1String("contact_id") && belongsToContact(r.entity)) {
        r.contactId = text(value);
    } else if (field == QLatin1String("deal_id") && belongsToDeal(r.entity)) {
        r.dealId = text(value);
    }
}

Outcome PushBatch::checkWrite(const RecordState& r, const QVariantMap& values, bool isNew) const
{
    if (seesAll())
        return {};
    if ((values.contains(QLatin1String("private")) || values.contains(QLatin1String("owner_id"))) &&
        !isNew && !owns(r))
        return rejected("forbidden: only the owner or a manager may change private/owner_id");
    // A record cannot be tied to a contact or deal its writer may not see.
    if (belongsToContact(r.entity) &&
        !parentVisible("contact", text(values.value(QStringLiteral("contact_id")))))
        return rejected("forbidden: contact not visible");
    if (belongsToDeal(r.entity) &&
        !parentVisible("deal", text(values.value(QStringLiteral("deal_id")))))
        return rejected("forbidden: deal not visible");
    return {};
}

Outcome PushBatch::applyFields(RecordState& r, const CheckedChange& c, const QVariantMap& values)
{
    if (!visible(r))
        return rejected("forbidden: record not visible");
    if (Outcome o = checkWrite(r, values, false); o.status != PushStatus::Applied)
        return o;
    int applied = 0;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        auto stored = r.fieldHlc.constFind(it.key());
        // Last writer wins per field; the HLC's device part breaks ties between devices.
        if (stored != r.fieldHlc.constEnd() && !(*stored < c.hlc))
            continue;
        setField(r, c, it.key(), it.value());
        ++applied;
    }
    if (applied == 0)
        return stale("older than the stored value");
    return {};
}

Outcome PushBatch::apply(const CheckedChange& c)
{
    const sync::Change& ch = c.change;
    if (!seesAll() && isSetup(ch.entity))
        return rejected("forbidden: pipelines, lost reasons and exchange rates are set up by "
                        "managers");
    RecordState& r = m_records[recordKey(ch.entity, ch.entityId)];
    if (r.order == 0)
        r.order = int(m_records.size());
    r.entity = ch.entity;
    r.entityId = ch.entityId;
    const bool isInsert = ch.op == Op::Insert;
    const QVariantMap values = ch.isCompactInsert() ? ch.fields : QVariantMap{{ch.field, ch.value}};

    if (isInsert || ch.op == Op::Update) {
        if (r.exists && r.erased)
            return stale("erased");
        if (r.exists && r.deleted) {
            // An insert newer than the delete brings the record back (undo of a delete
            // re-inserts the same id); an update never does.
            changes::Hlc deletedAt;
            if (!isInsert || !changes::Hlc::parse(r.deletedHlc, &deletedAt) || !(deletedAt < c.hlc))
                return stale("deleted");
            if (!visible(r))
                return rejected("forbidden: record not visible");
            r.deleted = false;
            r.createdHlc = ch.hlc;
            stampExistence(r, ch);
            Outcome o = applyFields(r, c, values);
            return o.status == PushStatus::Rejected ? o : Outcome{};
        }
        if (r.exists) {
            changes::Hlc existsSince;
            Outcome o = applyFields(r, c, values);
            if (isInsert && o.status != PushStatus::Rejected &&
                changes::Hlc::parse(r.createdHlc, &existsSince) && existsSince < c.hlc) {
                r.createdHlc = ch.hlc;
                stampExistence(r, ch);
            }
            return o;
        }
        if (!isInsert)
            return rejected("not_found");
        // A new record: its owner is the owner_id field, or its creator.
        RecordState n = r;
        n.exists = true;
        n.createdBy = m_session.userId;
        n.createdHlc = ch.hlc;
        const QString ownerField = text(values.value(QStringLiteral("owner_id")));
        n.ownerId = ownerField.isEmpty() ? m_session.userId : ownerField;
        n.isPrivate = values.value(QStringLiteral("private")).toLongLong() == 1;
        if (belongsToContact(ch.entity))
            n.contactId = text(values.value(QStringLiteral("contact_id")));
        if (belongsToDeal(ch.entity))
            n.dealId = text(values.value(QStringLiteral("deal_id")));
        if (!seesAll()) {
            if (n.isPrivate && n.ownerId != m_session.userId)
                return rejected("forbidden: a private record must be your own");
            if (Outcome o = checkWrite(n, values, true); o.status != PushStatus::Applied)
                return o;
        }
        r = n;
        stampExistence(r, ch);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            setField(r, c, it.key(), it.value());
        return {};
    }

    // delete: a tombstone, when newer than the record's latest insert; erase: always, final.
    if (!r.exists)
        return rejected("not_found");
    if (!visible(r))
        return rejected("forbidden: record not visible");
    if (r.erased)
        return stale("erased");
    if (ch.op == Op::Erase) {
        if (!seesAll() && !owns(r))
            return rejected("forbidden: only the owner or a manager may erase");
        r.erased = true;
        m_erased.insert(recordKey(r.entity, r.entityId));
    } else {
        changes::Hlc existsSince;
        if (r.deleted)
            return stale("deleted");
        if (changes::Hlc::parse(r.createdHlc, &existsSince) && !(existsSince < c.hlc))
            return stale("older than the record's insert");
    }
    r.deleted = true;
    r.deletedHlc = ch.hlc;
    stampExistence(r, ch);
    return {};
}

QSet<QString> PushBatch::settleRestrictions()
{
    QSet<QString> changedParents;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        RecordState& r = *it;
        if (!r.exists)
            continue;
        r.restriction = effective(r);
        const bool isParent =
            r.entity == QLatin1String("contact") || r.entity == QLatin1String("deal");
        if (r.existedBefore && r.restriction == r.stored)
            continue;
        r.dirty = true;
        // A new private contact or deal may already have records (pushed earlier by a device
        // that saw it first); those follow it too.
        if (isParent && (r.existedBefore || r.restriction.restricted))
            changedParents.insert(r.entityId);
    }
    return changedParents;
}

} // namespace baza::server
