#include "core/import/RowPipeline.h"

#include "core/import/RowBuilder.h"
#include "core/import/RowSource.h"

namespace baza::import {

RowPipeline::RowPipeline(RowSource& source, const RowBuilder& builder)
    : m_source(source)
    , m_builder(builder)
    , m_thread([this] { run(); })
{}

RowPipeline::~RowPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RowPipeline::run()
{
    QStringList fields;
    for (;;) {
        QList<PreparedRow> batch;
        batch.reserve(BatchRows);
        std::optional<Error> error;
        bool end = false;
        while (batch.size() < BatchRows) {
            auto more = m_source.next(fields);
            if (!more) {
                error = more.error();
                break;
            }
            if (!*more) {
                end = true;
                break;
            }
            batch.append(RowWriter::prepare(
                m_builder.build(fields, m_source.recordNumber(), m_source.lineNumber())));
        }
        m_bytesRead.store(m_source.bytesRead());
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_queue.size() < MaxBatches; });
        if (m_stop)
            return;
        if (!batch.isEmpty())
            m_queue.push_back(std::move(batch));
        if (error || end) {
            m_error = error;
            m_done = true;
        }
        lock.unlock();
        m_changed.notify_all();
        if (error || end)
            return;
    }
}

Result<QList<PreparedRow>> RowPipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
    if (!m_queue.empty()) {
        QList<PreparedRow> batch = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return batch;
    }
    if (m_error)
        return *m_error;
    return QList<PreparedRow>();
}

} // namespace baza::import
