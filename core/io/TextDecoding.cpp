#include "core/io/TextDecoding.h"

#include "core/io/Codec.h"

#include <array>
#include <cmath>

namespace baza::io {

using detail::Codec;
using detail::CodecKind;

namespace {

constexpr qsizetype SampleLimit = 64 * 1024;

// Russian letter frequencies in percent (а..я, then ё), from published corpus counts.
constexpr double RussianFrequency[33] = {8.01, 1.59, 4.54, 1.70, 2.98, 8.45,  0.94, 1.65, 7.35,
                                         1.21, 3.49, 4.40, 3.21, 6.70, 10.97, 2.81, 4.73, 5.47,
                                         6.26, 2.62, 0.26, 0.97, 0.48, 1.44,  0.73, 0.36, 0.04,
                                         1.90, 1.74, 0.32, 0.64, 2.01, 0.04};

std::array<double, 33> russianScores()
{
    std::array<double, 33> s{};
    for (int i = 0; i < 33; ++i)
        s[i] = std::log(RussianFrequency[i]) + 1.0;
    return s;
}

enum class Kind { Other, AsciiLetter, CyrLower, CyrUpper, Polish, OtherLatin, Bad, Symbol, Rare };

bool isPolish(char16_t c)
{
    switch (c) {
    case u'ą':
    case u'ć':
    case u'ę':
    case u'ł':
    case u'ń':
    case u'ó':
    case u'ś':
    case u'ź':
    case u'ż':
    case u'Ą':
    case u'Ć':
    case u'Ę':
    case u'Ł':
    case u'Ń':
    case u'Ó':
    case u'Ś':
    case u'Ź':
    case u'Ż':
        return true;
    default:
        return false;
    }
}

bool isCommonSymbol(char16_t c)
{
    switch (c) {
    case u'«':
    case u'»':
    case u'„':
    case u'”':
    case u'“':
    case u'–':
    case u'—':
    case u'€':
    case u'№':
    case u'…':
    case u'’':
    case u'‘':
    case 0x00A0:
    case u'©':
    case u'°':
    case u'§':
    case u'•':
        return true;
    default:
        return false;
    }
}

Kind classify(char16_t c)
{
    if (c < 0x80) {
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        return letter ? Kind::AsciiLetter : Kind::Other;
    }
    if (c == 0xFFFF || (c >= 0x80 && c < 0xA0))
        return Kind::Bad;
    if (c >= 0x0430 && c <= 0x044F)
        return Kind::CyrLower;
    if (c >= 0x0410 && c <= 0x042F)
        return Kind::CyrUpper;
    if (c == 0x0451)
        return Kind::CyrLower;
    if (c == 0x0401)
        return Kind::CyrUpper;
    if (c >= 0x0400 && c <= 0x04FF)
        return Kind::Rare; // Ukrainian, Serbian… letters: possible, but not in Russian text
    if (isPolish(c))
        return Kind::Polish;
    if ((c >= 0xC0 && c <= 0x24F) && c != 0xD7 && c != 0xF7)
        return Kind::OtherLatin;
    if (isCommonSymbol(c))
        return Kind::Symbol;
    return Kind::Rare;
}

bool isCyrillic(Kind k)
{
    return k == Kind::CyrLower || k == Kind::CyrUpper;
}
bool isLatin(Kind k)
{
    return k == Kind::AsciiLetter || k == Kind::Polish || k == Kind::OtherLatin;
}

// How much the sample, decoded with `table`, looks like Polish or Russian words.
double score(QByteArrayView sample, const char16_t* table)
{
    static const std::array<double, 33> ru = russianScores();
    double total = 0;
    Kind prev = Kind::Other;
    for (const char byte : sample) {
        const auto b = static_cast<unsigned char>(byte);
        const char16_t c = b < 0x80 ? char16_t(b) : table[b - 0x80];
        const Kind k = classify(c);
        // A word mixing Cyrillic and Latin letters is the signature of the wrong code page.
        if ((isCyrillic(k) && isLatin(prev)) || (isLatin(k) && isCyrillic(prev)))
            total -= 6;
        if (b >= 0x80) {
            switch (k) {
            case Kind::Bad:
                total -= 20;
                break;
            case Kind::CyrLower:
                total += ru[c == 0x0451 ? 32 : c - 0x0430];
                break;
            case Kind::CyrUpper:
                // Capitals start words; a capital right after a small letter means the case bits
                // of the code page are the wrong way round (KOI8-R read as windows-1251).
                total += prev == Kind::CyrLower ? -4 : 0.5;
                break;
            case Kind::Polish:
                total += c >= u'a' ? 3 : 2;
                break;
            case Kind::OtherLatin:
                total -= 2;
                break;
            case Kind::Symbol:
                break;
            case Kind::Rare:
                total -= 3;
                break;
            default:
                break;
            }
        }
        prev = k;
    }
    return total;
}

bool mostlyZeroAt(QByteArrayView s, int parity, qsizetype pairs)
{
    qsizetype here = 0, there = 0;
    for (qsizetype i = 0; i + 1 < s.size() && i / 2 < pairs; i += 2) {
        here += s[i + parity] == 0;
        there += s[i + 1 - parity] == 0;
    }
    return here * 5 > pairs && there * 50 < pairs + 50;
}

} // namespace

EncodingGuess detectEncoding(QByteArrayView sample)
{
    sample = sample.first(std::min(sample.size(), SampleLimit));
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {"UTF-8", true, 100};
    if (sample.startsWith("\xFF\xFE"))
        return {"UTF-16LE", true, 100};
    if (sample.startsWith("\xFE\xFF"))
        return {"UTF-16BE", true, 100};

    // UTF-16 without a BOM: ASCII characters (digits, delimiters, spaces) leave NUL bytes in
    // every other position, which no 8-bit text has.
    const qsizetype pairs = std::min<qsizetype>(sample.size() / 2, 4096);
    if (pairs >= 2) {
        if (mostlyZeroAt(sample, 1, pairs))
            return {"UTF-16LE", false, 80};
        if (mostlyZeroAt(sample, 0, pairs))
            return {"UTF-16BE", false, 80};
    }

    bool ascii = true;
    for (const char c : sample)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return {"UTF-8", false, 60};
    if (detail::firstInvalidUtf8(sample.data(), sample.size(), true) < 0)
        return {"UTF-8", false, 100};

    // Candidates in order of preference when the statistics cannot tell them apart.
    static const char* const Candidates[] = {"windows-1250", "windows-1251", "ISO-8859-2",
                                             "KOI8-R"};
    double best = -1e300, second = -1e300;
    QByteArray bestName;
    for (const char* name : Candidates) {
        const double s = score(sample, detail::codecFor(name)->high);
        if (s > best) {
            second = best;
            best = s;
            bestName = name;
        } else if (s > second) {
            second = s;
        }
    }
    int confidence = 10;
    if (best > 0) {
        const double margin = (best - second) / best;
        confidence = std::clamp(int(20 + 75 * std::min(1.0, margin)), 10, 95);
    }
    return {bestName, false, confidence};
}

QStringList supportedEncodings()
{
    return {QStringLiteral("UTF-8"),        QStringLiteral("UTF-16LE"),
            QStringLiteral("UTF-16BE"),     QStringLiteral("windows-1250"),
            QStringLiteral("windows-1251"), QStringLiteral("ISO-8859-2"),
            QStringLiteral("KOI8-R"),       QStringLiteral("ISO-8859-1")};
}

QByteArray canonicalEncodingName(QByteArrayView name)
{
    const auto codec = detail::codecFor(name);
    return codec ? codec->name : QByteArray();
}

bool decodeText(QByteArrayView bytes, QByteArrayView encoding, QString& out, qsizetype* badOffset)
{
    const auto codec = detail::codecFor(encoding);
    auto fail = [&](qsizetype at) {
        if (badOffset)
            *badOffset = at;
        return false;
    };
    if (!codec)
        return fail(0);
    if (codec->kind == CodecKind::Utf16LE || codec->kind == CodecKind::Utf16BE) {
        const bool be = codec->kind == CodecKind::Utf16BE;
        out.resize(bytes.size() / 2);
        auto* d = reinterpret_cast<char16_t*>(out.data());
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
        qsizetype n = bytes.size() / 2;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = be ? char16_t((p[2 * i] << 8) | p[2 * i + 1])
                                  : char16_t((p[2 * i + 1] << 8) | p[2 * i]);
            const bool high = u >= 0xD800 && u <= 0xDBFF;
            const bool low = u >= 0xDC00 && u <= 0xDFFF;
            if (low && (i == 0 || !(d[i - 1] >= 0xD800 && d[i - 1] <= 0xDBFF)))
                return fail(2 * i);
            if (high && i + 1 < n) {
                const char16_t next = be ? char16_t((p[2 * i + 2] << 8) | p[2 * i + 3])
                                         : char16_t((p[2 * i + 3] << 8) | p[2 * i + 2]);
                if (!(next >= 0xDC00 && next <= 0xDFFF))
                    return fail(2 * i);
            } else if (high) {
                return fail(2 * i);
            }
            d[i] = u;
        }
        if (bytes.size() % 2)
            return fail(bytes.size() - 1);
        return true;
    }
    const qsizetype bad = detail::decodeBytes(*codec, bytes.data(), bytes.size(), out);
    if (bad >= 0)
        return fail(bad);
    return true;
}

} // namespace baza::io
