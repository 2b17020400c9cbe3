#pragma once

#include "core/common/Result.h"
#include "core/sync/Protocol.h"

#include <QStringList>

namespace baza::store {
class Store;
}

namespace baza::sync {

// What one sync did.
struct SyncCounts
{
    int pushed = 0;    // changes the server applied
    int pulled = 0;    // changes received
    int conflicts = 0; // values of this device overwritten by concurrent changes
    int stale = 0;     // pushed changes that lost entirely against newer ones
    int rejected = 0;  // pushed changes the server refused (problems says why)
    QStringList problems;
    // The server did not accept changes yet because this computer's clock is ahead of its own
    // by this much (docs/sync.md, "Clocks"); they stay queued.
    qint64 clockAheadMs = 0;
};

// The client's half of the protocol without the transport: which changes to push next, what an
// answer means for the outbox, and applying pulled pages. The engine drives it over HTTPS; the
// simulation in tests/sync drives it against an in-process model server.
class SyncClient
{
public:
    explicit SyncClient(store::Store& store);

    // The next page of this device's unacknowledged changes (empty when nothing is pending).
    Result<PushRequest> nextPush(int limit = MaxPushChanges);
    Status handlePushResponse(const PushRequest& sent, const PushResponse& response);

    // Where the next pull starts.
    qint64 cursor() const;
    // Applies a pulled page and moves the cursor, in one transaction. The first page of a first
    // sync with more to come may start a bulk pull (Store::beginBulkPull): then finishPull()
    // must follow when the pull ends, whether it succeeded or not.
    Status handlePullResponse(const PullResponse& response);
    // Ends a bulk pull, if one is running: the deferred indexes are built.
    Status finishPull();

    const SyncCounts& counts() const { return m_counts; }
    void resetCounts() { m_counts = {}; }

private:
    store::Store& m_store;
    SyncCounts m_counts;
    bool m_bulkPull = false;
};

} // namespace baza::sync
