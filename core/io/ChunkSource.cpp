#include "core/io/ChunkSource.h"

#include <QCoreApplication>

namespace baza::io::detail {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::io", text);
}

ChunkSource::ChunkSource(QIODevice* device, QString displayName)
    : m_device(device)
    , m_name(std::move(displayName))
{}

qint64 ChunkSource::totalBytes() const
{
    return m_device->isSequential() ? -1 : m_device->size();
}

Error ChunkSource::readError() const
{
    return Error::make(
        ErrorCode::Io,
        tr("%1: the file could not be read (%2).").arg(m_name, m_device->errorString()));
}

qint64 ChunkSource::readRaw(char* into, qint64 max)
{
    qint64 total = 0;
    while (total < max) {
        const qint64 got = m_device->read(into + total, max - total);
        if (got < 0)
            return -1;
        if (got == 0) {
            // A pipe or socket may simply have nothing yet; wait for more unless it is finished.
            if (m_device->isSequential() && m_device->waitForReadyRead(30000))
                continue;
            m_atEnd = true;
            break;
        }
        total += got;
    }
    m_bytesRead += total;
    return total;
}

Status ChunkSource::readSample()
{
    m_sample.resize(ChunkSize);
    const qint64 got = readRaw(m_sample.data(), ChunkSize);
    if (got < 0)
        return readError();
    m_sample.resize(got);
    return {};
}

void ChunkSource::start(const Codec& codec)
{
    qsizetype bom = 0;
    if (codec.kind == CodecKind::Utf8 && m_sample.startsWith("\xEF\xBB\xBF"))
        bom = 3;
    else if (codec.kind == CodecKind::Utf16LE && m_sample.startsWith("\xFF\xFE"))
        bom = 2;
    else if (codec.kind == CodecKind::Utf16BE && m_sample.startsWith("\xFE\xFF"))
        bom = 2;
    m_sample.remove(0, bom);
    if (codec.kind == CodecKind::Utf16LE || codec.kind == CodecKind::Utf16BE) {
        m_utf16.emplace(codec.kind == CodecKind::Utf16BE);
        QByteArray converted;
        m_utf16->feed(m_sample.constData(), m_sample.size(), converted);
        if (m_atEnd)
            m_utf16->finish(converted);
        m_sample = converted;
    }
}

Result<bool> ChunkSource::appendTo(QByteArray& buffer)
{
    if (!m_sampleDelivered) {
        m_sampleDelivered = true;
        buffer.append(m_sample);
        m_sample = QByteArray();
        if (buffer.size() > 0 || !m_atEnd)
            return true;
    }
    if (m_atEnd)
        return false;
    if (m_utf16) {
        m_raw.resize(ChunkSize);
        const qint64 got = readRaw(m_raw.data(), ChunkSize);
        if (got < 0)
            return readError();
        m_utf16->feed(m_raw.constData(), got, buffer);
        if (m_atEnd)
            m_utf16->finish(buffer);
        return got > 0 || m_atEnd;
    }
    const qsizetype old = buffer.size();
    buffer.resize(old + ChunkSize);
    const qint64 got = readRaw(buffer.data() + old, ChunkSize);
    if (got < 0) {
        buffer.resize(old);
        return readError();
    }
    buffer.resize(old + got);
    return got > 0;
}

} // namespace baza::io::detail
