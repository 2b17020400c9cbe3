#pragma once

#include "core/common/Result.h"
#include "core/sync/Protocol.h"
#include "core/sync/SyncRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace baza::sync {

// Fetches pulled pages on a thread of its own, so that asking for a page, reading it (TLS, gzip)
// and decoding it overlap the writing of the page before on the engine's thread: decoding alone
// was a tenth of a first sync there. Pages go out in order, each the moment it is decoded; at most
// `Ahead` of them wait to be written (about 10 MB each), and the engine gives one back with
// written() for each page it wrote. Every call is made on the fetcher's thread (through
// QMetaObject::invokeMethod); the results are posted to the receiver's thread.
class PullFetcher final : public QObject
{
    Q_OBJECT
public:
    static constexpr int Ahead = 2;

    struct Receiver
    {
        QObject* context = nullptr; // results are posted to its thread; outlives the fetcher's
        // A decoded page of `round`; `more`: another page follows.
        std::function<void(PullResponse page, bool more, quint64 round)> page;
        // The request or its decoding failed; nothing more comes for `round`.
        std::function<void(const Error& error, const QString& presentedFingerprint, quint64 round)>
            failed;
    };

    explicit PullFetcher(Receiver receiver);
    ~PullFetcher() override;

    // Starts fetching from `cursor` for `round`, dropping whatever an earlier round left.
    void start(const Endpoint& endpoint, qint64 cursor, int limit, quint64 round);
    // The engine wrote a page of `round`: one more may be fetched.
    void written(quint64 round);
    // Drops the request in flight, if any; nothing more is posted for the current round.
    void stop();

private:
    void fetchNext();
    void onFinished(SyncRequest* request);

    Receiver m_receiver;
    QNetworkAccessManager* m_network = nullptr; // made on the fetcher's thread
    QPointer<SyncRequest> m_request;
    Endpoint m_endpoint;
    qint64 m_cursor = 0;
    int m_limit = DefaultPullLimit;
    quint64 m_round = 0;
    int m_credits = 0;
    bool m_done = true;
};

} // namespace baza::sync
