#pragma once

#include "core/import/RowWriter.h"

#include <QList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace baza::import {

class RowBuilder;
class RowSource;

// The reading half of an import on a thread of its own: decode, parse, map, clean, validate and
// prepare (RowWriter::prepare) while the caller writes the rows before, so each half gets a
// core. Rows travel in batches through a bounded queue: memory stays flat whatever the file's
// size, and a writer that falls behind holds the reader back.
class RowPipeline
{
public:
    // `source` and `builder` are used on the pipeline's thread until it is destroyed.
    RowPipeline(RowSource& source, const RowBuilder& builder);
    ~RowPipeline(); // stops reading and waits for the thread
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    // The next rows in file order; an empty list at the end of the file. An error (the file
    // cannot be read past a row) comes after every row before it.
    Result<QList<PreparedRow>> next();
    // Bytes of the file read so far (ahead of the rows taken by at most the queue).
    qint64 bytesRead() const { return m_bytesRead.load(); }

private:
    void run();

    static constexpr int BatchRows = 256;
    static constexpr std::size_t MaxBatches = 8;

    RowSource& m_source;
    const RowBuilder& m_builder;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<PreparedRow>> m_queue;
    std::optional<Error> m_error;
    bool m_done = false; // the reader finished (end of file or error)
    bool m_stop = false; // the writer wants no more rows
    std::atomic<qint64> m_bytesRead{0};
    std::thread m_thread;
};

} // namespace baza::import
