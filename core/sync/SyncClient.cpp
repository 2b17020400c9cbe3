#include "core/sync/SyncClient.h"

#include "core/changes/Hlc.h"
#include "core/store/RemoteApply.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace baza::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::sync", text);
}

} // namespace

SyncClient::SyncClient(store::Store& store)
    : m_store(store)
{}

Result<PushRequest> SyncClient::nextPush(int limit)
{
    auto changes = m_store.outbox(limit);
    if (!changes)
        return changes.error();
    return PushRequest{m_store.deviceId(), *changes};
}

Status SyncClient::handlePushResponse(const PushRequest& sent, const PushResponse& response)
{
    if (sent.changes.isEmpty())
        return {};
    // The server may acknowledge beyond this page (an earlier push whose answer was lost went
    // further), never beyond what this device ever wrote.
    auto newest = m_store.newestLocalSeq();
    if (!newest)
        return newest.error();
    if (response.ackedDeviceSeq > *newest)
        return Error::make(ErrorCode::Protocol,
                           tr("The server acknowledged change %1, but this device wrote only "
                              "%2 changes. Is this database a restored backup?")
                               .arg(response.ackedDeviceSeq)
                               .arg(*newest));
    for (const PushResult& r : response.results) {
        if (r.status == PushStatus::Retry && r.reason == QLatin1String("clock_skew")) {
            // Kept and sent again later; how far off the clock is goes to the user.
            for (const Change& c : sent.changes) {
                changes::Hlc h;
                if (c.deviceSeq == r.deviceSeq && changes::Hlc::parse(c.hlc, &h) &&
                    response.serverTimeMs > 0)
                    m_counts.clockAheadMs =
                        std::max(m_counts.clockAheadMs, h.wallMs - response.serverTimeMs);
            }
            if (m_counts.clockAheadMs <= 0)
                m_counts.clockAheadMs = MaxClockSkewMs;
        }
        if (r.deviceSeq > response.ackedDeviceSeq)
            continue;
        switch (r.status) {
        case PushStatus::Applied:
            ++m_counts.pushed;
            break;
        case PushStatus::Stale:
            ++m_counts.stale;
            for (const Change& c : sent.changes) {
                if (c.deviceSeq == r.deviceSeq && c.op == Op::Update &&
                    !store::isBookkeepingField(c.field)) {
                    if (Status s = m_store.recordLostPush(c, r.reason); !s)
                        return s;
                    ++m_counts.conflicts;
                }
            }
            break;
        case PushStatus::Retry: // never at or below the acknowledged position
            break;
        case PushStatus::Rejected:
            ++m_counts.rejected;
            for (const Change& c : sent.changes) {
                if (c.deviceSeq == r.deviceSeq)
                    m_counts.problems
                        << tr("The server refused a change to %1 %2 (%3): %4")
                               .arg(c.entity, c.entityId,
                                    c.field.isEmpty() ? opName(c.op) : c.field, r.reason);
            }
            break;
        }
    }
    return m_store.acknowledge(response.ackedDeviceSeq);
}

qint64 SyncClient::cursor() const
{
    return m_store.syncValue(QStringLiteral("cursor")).toLongLong();
}

Status SyncClient::handlePullResponse(const PullResponse& response)
{
    if (response.cursor < cursor())
        return Error::make(ErrorCode::Protocol,
                           tr("The server moved the sync position back (from %1 to %2).")
                               .arg(cursor())
                               .arg(response.cursor));
    // Smaller first syncs are not worth dropping and building indexes for.
    constexpr qsizetype BulkPullChanges = 1000;
    if (!m_bulkPull && response.more && response.changes.size() >= BulkPullChanges &&
        cursor() == 0) {
        auto bulk = m_store.beginBulkPull(response.changes.size());
        if (!bulk)
            return bulk.error();
        m_bulkPull = *bulk;
    }
    auto report = m_store.applyRemote(response.changes, response.cursor);
    if (!report)
        return report.error();
    m_counts.pulled += int(response.changes.size());
    m_counts.conflicts += report->conflicts;
    m_counts.problems << report->problems;
    return {};
}

Status SyncClient::finishPull()
{
    if (!m_bulkPull)
        return {};
    m_bulkPull = false;
    return m_store.endBulkPull();
}

} // namespace baza::sync
