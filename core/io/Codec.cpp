#include "core/io/Codec.h"

#include <cstring>

namespace baza::io::detail {

namespace {

// Code points of bytes 0x80..0xFF; 0xFFFF marks a byte the code page leaves undefined.
// (Facts from the published code page charts.)
constexpr char16_t Windows1250[128] = {
    0x20AC, 0xFFFF, 0x201A, 0xFFFF, 0x201E, 0x2026, 0x2020, 0x2021, //
    0xFFFF, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179, //
    0xFFFF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0xFFFF, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A, //
    0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7, //
    0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B, //
    0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7, //
    0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C, //
    0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, //
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, //
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, //
    0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, //
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, //
    0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F, //
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, //
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9, //
};

constexpr char16_t Windows1251[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, //
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0xFFFF, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, //
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, //
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, //
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, //
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, //
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, //
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, //
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427, //
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, //
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, //
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F, //
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, //
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F, //
};

constexpr char16_t Iso88592[128] = {
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, //
    0x0088, 0x0089, 0x008A, 0x008B, 0x008C, 0x008D, 0x008E, 0x008F, //
    0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097, //
    0x0098, 0x0099, 0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, //
    0x00A0, 0x0104, 0x02D8, 0x0141, 0x00A4, 0x013D, 0x015A, 0x00A7, //
    0x00A8, 0x0160, 0x015E, 0x0164, 0x0179, 0x00AD, 0x017D, 0x017B, //
    0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E, 0x015B, 0x02C7, //
    0x00B8, 0x0161, 0x015F, 0x0165, 0x017A, 0x02DD, 0x017E, 0x017C, //
    0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, //
    0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, //
    0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, //
    0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, //
    0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, //
    0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F, //
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, //
    0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9, //
};

constexpr char16_t Koi8R[128] = {
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, //
    0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590, //
    0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, //
    0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, //
    0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556, //
    0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E, //
    0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, //
    0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9, //
    0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, //
    0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, //
    0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, //
    0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A, //
    0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, //
    0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, //
    0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412, //
    0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A, //
};

// ISO-8859-1 maps every byte to the same code point; vCard 2.1 files name it in CHARSET.
constexpr auto makeLatin1()
{
    struct Table
    {
        char16_t v[128];
    } t{};
    for (int i = 0; i < 128; ++i)
        t.v[i] = char16_t(0x80 + i);
    return t;
}
constexpr auto Latin1 = makeLatin1();

bool allAscii(const char* p, qsizetype n)
{
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL)
            return false;
    }
    for (; i < n; ++i)
        if (static_cast<unsigned char>(p[i]) & 0x80)
            return false;
    return true;
}

char16_t* prepare(QString& out, qsizetype n)
{
    out.resize(n);
    return reinterpret_cast<char16_t*>(out.data());
}

qsizetype decodeUtf8(const unsigned char* p, qsizetype n, QString& out)
{
    char16_t* d = prepare(out, n);
    qsizetype o = 0;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            d[o++] = c;
            ++i;
            continue;
        }
        char32_t cp;
        int len;
        char32_t min;
        if (c >= 0xC2 && c <= 0xDF) {
            cp = c & 0x1F;
            len = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            cp = c & 0x0F;
            len = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            cp = c & 0x07;
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        if (cp >= 0x10000) {
            // Four bytes become two UTF-16 units: the output never outgrows the input.
            cp -= 0x10000;
            d[o++] = char16_t(0xD800 + (cp >> 10));
            d[o++] = char16_t(0xDC00 + (cp & 0x3FF));
        } else {
            d[o++] = char16_t(cp);
        }
        i += len;
    }
    out.resize(o);
    return -1;
}

} // namespace

std::optional<Codec> codecFor(QByteArrayView name)
{
    const QByteArray n = name.trimmed().toByteArray().toLower().replace('_', '-');
    auto is = [&](std::initializer_list<const char*> names) {
        for (const char* s : names)
            if (n == s)
                return true;
        return false;
    };
    if (is({"utf-8", "utf8", "us-ascii", "ascii"}))
        return Codec{"UTF-8", CodecKind::Utf8, nullptr};
    if (is({"utf-16le", "utf16le", "utf-16", "ucs-2", "unicode"}))
        return Codec{"UTF-16LE", CodecKind::Utf16LE, nullptr};
    if (is({"utf-16be", "utf16be"}))
        return Codec{"UTF-16BE", CodecKind::Utf16BE, nullptr};
    if (is({"windows-1250", "cp1250", "win1250", "x-cp1250", "cp-1250"}))
        return Codec{"windows-1250", CodecKind::SingleByte, Windows1250};
    if (is({"windows-1251", "cp1251", "win1251", "x-cp1251", "cp-1251"}))
        return Codec{"windows-1251", CodecKind::SingleByte, Windows1251};
    if (is({"iso-8859-2", "iso8859-2", "latin2", "latin-2", "l2", "iso-latin-2"}))
        return Codec{"ISO-8859-2", CodecKind::SingleByte, Iso88592};
    if (is({"koi8-r", "koi8r", "koi8"}))
        return Codec{"KOI8-R", CodecKind::SingleByte, Koi8R};
    if (is({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1"}))
        return Codec{"ISO-8859-1", CodecKind::SingleByte, Latin1.v};
    return std::nullopt;
}

Codec utf8Codec()
{
    return Codec{"UTF-8", CodecKind::Utf8, nullptr};
}

qsizetype decodeBytes(const Codec& codec, const char* data, qsizetype size, QString& out)
{
    if (allAscii(data, size)) {
        char16_t* d = prepare(out, size);
        for (qsizetype i = 0; i < size; ++i)
            d[i] = static_cast<unsigned char>(data[i]);
        return -1;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    if (codec.kind != CodecKind::SingleByte)
        return decodeUtf8(p, size, out);
    char16_t* d = prepare(out, size);
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            d[i] = c;
        } else {
            const char16_t u = codec.high[c - 0x80];
            if (u == 0xFFFF) {
                out.resize(i);
                return i;
            }
            d[i] = u;
        }
    }
    return -1;
}

qsizetype firstInvalidUtf8(const char* data, qsizetype size, bool allowTruncatedEnd)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        else
            return i;
        for (int k = 1; k < len; ++k) {
            if (i + k >= size)
                return allowTruncatedEnd ? -1 : i;
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            // The second byte decides overlong forms, surrogates and the upper limit.
            if (k == 1 && ((c == 0xE0 && cc < 0xA0) || (c == 0xED && cc > 0x9F) ||
                           (c == 0xF0 && cc < 0x90) || (c == 0xF4 && cc > 0x8F)))
                return i;
        }
        i += len;
    }
    return -1;
}

void Utf16Transcoder::put(char32_t cp, QByteArray& out)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

void Utf16Transcoder::feed(const char* data, qsizetype size, QByteArray& out)
{
    out.reserve(out.size() + size + size / 2);
    qsizetype i = 0;
    while (i < size) {
        unsigned char b0, b1;
        if (m_hasByte) {
            b0 = m_byte;
            b1 = static_cast<unsigned char>(data[i++]);
            m_hasByte = false;
        } else if (i + 1 < size) {
            b0 = static_cast<unsigned char>(data[i]);
            b1 = static_cast<unsigned char>(data[i + 1]);
            i += 2;
        } else {
            m_byte = static_cast<unsigned char>(data[i++]);
            m_hasByte = true;
            break;
        }
        const char16_t u = m_bigEndian ? char16_t((b0 << 8) | b1) : char16_t((b1 << 8) | b0);
        if (m_high) {
            if (u >= 0xDC00 && u <= 0xDFFF) {
                put(0x10000 + ((char32_t(m_high) - 0xD800) << 10) + (u - 0xDC00), out);
                m_high = 0;
                continue;
            }
            out.append(char(0xFF));
            m_high = 0;
        }
        if (u >= 0xD800 && u <= 0xDBFF)
            m_high = u;
        else if (u >= 0xDC00 && u <= 0xDFFF)
            out.append(char(0xFF));
        else
            put(u, out);
    }
}

void Utf16Transcoder::finish(QByteArray& out)
{
    if (m_high || m_hasByte)
        out.append(char(0xFF));
    m_high = 0;
    m_hasByte = false;
}

} // namespace baza::io::detail
