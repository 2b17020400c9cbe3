#pragma once

// Internal to core/io: reads a device in 64 KiB chunks and hands the readers ASCII-compatible
// bytes (UTF-16 is transcoded to UTF-8 on the way, a BOM is dropped).

#include "core/common/Result.h"
#include "core/io/Codec.h"

#include <QIODevice>

#include <optional>

namespace baza::io::detail {

class ChunkSource
{
public:
    static constexpr qsizetype ChunkSize = 64 * 1024;

    explicit ChunkSource(QIODevice* device, QString displayName);

    // Reads the first chunk without handing it out yet, so the encoding can be detected.
    Status readSample();
    QByteArrayView sample() const { return m_sample; }

    // From now on chunks are delivered in `codec`; a BOM for it at the start is skipped.
    void start(const Codec& codec);

    // Appends the next chunk to `buffer`; false at the end of the device.
    Result<bool> appendTo(QByteArray& buffer);

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const;

private:
    qint64 readRaw(char* into, qint64 max);
    Error readError() const;

    QIODevice* m_device;
    QString m_name;
    QByteArray m_sample;
    bool m_sampleDelivered = false;
    bool m_atEnd = false;
    qint64 m_bytesRead = 0;
    std::optional<Utf16Transcoder> m_utf16;
    QByteArray m_raw;
};

// "contacts.csv" for messages; translated through the "baza::io" context.
QString tr(const char* text);

} // namespace baza::io::detail
