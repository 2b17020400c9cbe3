#include "ModelServer.h"

#include "core/changes/Hlc.h"
#include "core/store/Command.h"

using namespace baza;
using namespace baza::sync;

PushResponse ModelServer::push(const PushRequest& request)
{
    PushResponse response;
    response.serverTimeMs = nowMs;
    qint64& acked = m_acked[request.device];
    bool blocked = false;
    for (const Change& c : request.changes) {
        const auto key = qMakePair(request.device, c.deviceSeq);
        PushResult result;
        changes::Hlc hlc;
        if (blocked) {
            result = {c.deviceSeq, PushStatus::Retry, QStringLiteral("blocked")};
        } else if (c.deviceSeq > acked && changes::Hlc::parse(c.hlc, &hlc) &&
                   hlc.wallMs > nowMs + MaxClockSkewMs) {
            // Not yet: the push stops here and the client sends it again later.
            result = {c.deviceSeq, PushStatus::Retry, QStringLiteral("clock_skew")};
            blocked = true;
        } else if (c.deviceSeq <= acked) {
            // Idempotent: a repeated change gets the first answer.
            result = m_results.value(key, PushResult{c.deviceSeq, PushStatus::Applied, {}});
        } else {
            Change stamped = c;
            stamped.device = request.device;
            result = apply(stamped);
            result.deviceSeq = c.deviceSeq;
            m_results.insert(key, result);
            acked = c.deviceSeq;
        }
        response.results << result;
    }
    response.ackedDeviceSeq = acked;
    return response;
}

PushResult ModelServer::apply(const Change& c)
{
    changes::Hlc hlc;
    if (!changes::Hlc::parse(c.hlc, &hlc))
        return {0, PushStatus::Rejected, QStringLiteral("bad_hlc")};
    Record& r = m_records[qMakePair(c.entity, c.entityId)];
    if (r.erased)
        return {0, PushStatus::Stale, QStringLiteral("erased")};
    bool won = false;
    switch (c.op) {
    case Op::Erase:
        r.erased = true;
        r.alive = false;
        r.fields.clear();
        won = true;
        break;
    case Op::Delete:
        if (c.hlc > r.existence) {
            r.existence = c.hlc;
            r.alive = false;
            won = true;
        }
        break;
    case Op::Insert: {
        const QVariantMap fields = c.field.isEmpty() ? c.fields : QVariantMap{{c.field, c.value}};
        if (!r.alive) {
            if (c.hlc > r.existence) {
                r.alive = true;
                r.existence = c.hlc;
                r.lastInsert = c.hlc;
                r.fields.clear();
                for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                    r.fields.insert(it.key(), {it.value(), c.hlc});
                won = true;
            }
            break;
        }
        if (c.hlc > r.existence)
            r.existence = c.hlc;
        QVariantMap winners;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (c.hlc > r.fieldClock(it.key())) {
                r.fields.insert(it.key(), {it.value(), c.hlc});
                winners.insert(it.key(), it.value());
            }
        }
        if (!winners.isEmpty()) {
            // Only what won goes out: pulls hand out winners, which clients apply as they come.
            Change logged = c;
            logged.field.clear();
            logged.fields = winners;
            logged.version = m_log.size() + 1;
            m_log << logged;
            m_writes << Write{c.entity, c.entityId, QString(), c.hlc, m_log.size()};
            return {0, PushStatus::Applied, {}};
        }
        break;
    }
    case Op::Hide:
        return {0, PushStatus::Rejected, QStringLiteral("bad_op")};
    case Op::Update:
        if (!r.alive) {
            if (r.existence.isEmpty())
                return {0, PushStatus::Rejected, QStringLiteral("unknown_record")};
            break; // tombstone
        }
        if (c.hlc > r.fieldClock(c.field)) {
            r.fields.insert(c.field, {c.value, c.hlc});
            won = true;
        }
        break;
    }
    if (!won)
        return {0, PushStatus::Stale, {}};
    Change logged = c;
    if (c.op == Op::Insert && !c.field.isEmpty()) { // always compact on the way out
        logged.fields = {{c.field, c.value}};
        logged.field.clear();
    }
    logged.version = m_log.size() + 1;
    m_log << logged;
    m_writes << Write{c.entity, c.entityId, c.field, c.hlc, m_log.size()};
    return {0, PushStatus::Applied, {}};
}

PullResponse ModelServer::pull(qint64 cursor, int limit) const
{
    PullResponse response;
    qint64 i = std::max<qint64>(cursor, 0);
    while (i < m_log.size() && response.changes.size() < limit)
        response.changes << m_log.at(i++);
    response.cursor = i;
    response.more = i < m_log.size();
    return response;
}
