#pragma once

// Internal to core/io: the byte-level decoders the readers share.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace baza::io::detail {

enum class CodecKind { Utf8, Utf16LE, Utf16BE, SingleByte };

struct Codec
{
    QByteArray name; // canonical
    CodecKind kind = CodecKind::Utf8;
    const char16_t* high =
        nullptr; // SingleByte: code points of bytes 0x80..0xFF, 0xFFFF = undefined
};

std::optional<Codec> codecFor(QByteArrayView name);
Codec utf8Codec();

// Decodes ASCII-compatible bytes (UTF-8 or a single-byte code page) into `out`, reusing its
// storage when it is not shared. Returns -1, or the offset of the first invalid byte.
// A UTF-16 codec decodes as UTF-8 here: the readers transcode UTF-16 files to UTF-8 first.
qsizetype decodeBytes(const Codec& codec, const char* data, qsizetype size, QString& out);

// Offset of the first byte that is not valid UTF-8, or -1. With allowTruncatedEnd, a sequence
// cut off by the end of the data is not an error (a sample cut at 64 KiB).
qsizetype firstInvalidUtf8(const char* data, qsizetype size, bool allowTruncatedEnd);

// Streaming UTF-16 → UTF-8. Unpaired surrogates become the byte 0xFF, which is never valid
// UTF-8, so the reader reports them where they are (row and column) like any invalid byte.
class Utf16Transcoder
{
public:
    explicit Utf16Transcoder(bool bigEndian)
        : m_bigEndian(bigEndian)
    {}
    void feed(const char* data, qsizetype size, QByteArray& out);
    void finish(QByteArray& out); // flushes a dangling byte or high surrogate as invalid

private:
    void put(char32_t cp, QByteArray& out);
    bool m_bigEndian;
    bool m_hasByte = false;
    unsigned char m_byte = 0;
    char16_t m_high = 0;
};

} // namespace baza::io::detail
