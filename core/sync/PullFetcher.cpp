#include "core/sync/PullFetcher.h"

#include <QNetworkAccessManager>

namespace baza::sync {

PullFetcher::PullFetcher(Receiver receiver)
    : m_receiver(std::move(receiver))
{}

PullFetcher::~PullFetcher()
{
    stop();
}

void PullFetcher::start(const Endpoint& endpoint, qint64 cursor, int limit, quint64 round)
{
    stop();
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setAutoDeleteReplies(false);
    }
    m_endpoint = endpoint;
    m_cursor = cursor;
    m_limit = limit;
    m_round = round;
    m_credits = Ahead;
    m_done = false;
    fetchNext();
}

void PullFetcher::written(quint64 round)
{
    if (round != m_round || m_done)
        return;
    ++m_credits;
    fetchNext();
}

void PullFetcher::stop()
{
    m_done = true;
    if (SyncRequest* request = m_request) {
        disconnect(request, nullptr, this, nullptr);
        request->abort();
        request->deleteLater();
    }
    m_request = nullptr;
}

void PullFetcher::fetchNext()
{
    if (m_done || m_request || m_credits <= 0)
        return;
    --m_credits;
    auto* request = new SyncRequest(
        m_network, m_endpoint, "GET",
        QStringLiteral("/api/v1/pull?cursor=%1&limit=%2").arg(m_cursor).arg(m_limit), {}, this);
    m_request = request;
    connect(request, &SyncRequest::finished, this, [this, request] {
        request->deleteLater();
        onFinished(request);
    });
    request->start();
}

void PullFetcher::onFinished(SyncRequest* request)
{
    m_request = nullptr;
    const quint64 round = m_round;
    const Receiver& r = m_receiver;
    auto fail = [&](const Error& error) {
        m_done = true;
        QMetaObject::invokeMethod(
            r.context,
            [failed = r.failed, error, presented = request->presentedFingerprint(), round] {
                failed(error, presented, round);
            },
            Qt::QueuedConnection);
    };
    if (!request->ok()) {
        fail(request->error());
        return;
    }
    auto response = decodePullResponse(request->responseBody());
    if (!response) {
        fail(response.error());
        return;
    }
    const bool more = response->more && !response->changes.isEmpty();
    m_cursor = response->cursor;
    m_done = !more;
    QMetaObject::invokeMethod(
        r.context,
        [page = r.page, response = std::move(*response), more, round]() mutable {
            page(std::move(response), more, round);
        },
        Qt::QueuedConnection);
    fetchNext();
}

} // namespace baza::sync
