#include "core/search/TextFolding.h"

#include <QLatin1StringView>

namespace baza::search {

namespace {

// Lowercase letters that NFKD does not decompose, with their search spelling.
QLatin1StringView manualFold(char32_t c)
{
    switch (c) {
    case U'ł':
        return QLatin1StringView("l");
    case U'ß':
        return QLatin1StringView("ss");
    case U'æ':
        return QLatin1StringView("ae");
    case U'œ':
        return QLatin1StringView("oe");
    case U'ø':
        return QLatin1StringView("o");
    case U'đ':
        return QLatin1StringView("d");
    case U'ð':
        return QLatin1StringView("d");
    case U'þ':
        return QLatin1StringView("th");
    case U'ı':
        return QLatin1StringView("i");
    case U'ħ':
        return QLatin1StringView("h");
    case U'ŧ':
        return QLatin1StringView("t");
    case U'ŋ':
        return QLatin1StringView("n");
    case U'ĸ':
        return QLatin1StringView("k");
    case U'ſ':
        return QLatin1StringView("s");
    default:
        return {};
    }
}

bool isAsciiLetterOrDigit(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// The common case of plain ASCII needs no normalization.
QString foldAscii(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar qc : text) {
        char16_t c = qc.unicode();
        if (!isAsciiLetterOrDigit(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + (u'a' - u'A'));
        out.append(QChar(c));
    }
    return out;
}

bool isAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString fold(const QString& text)
{
    if (isAscii(text))
        return foldAscii(text);
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    const qsizetype n = decomposed.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = decomposed.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && decomposed.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(decomposed.at(i), decomposed.at(i + 1));
            ++i;
        }
        if (QChar::isMark(c)) {
            // NFKD splits й into и + breve; Russian treats й as a letter of its own.
            if (c == 0x0306 && !out.isEmpty() && out.back() == u'и')
                out.back() = u'й';
            continue;
        }
        const int digit =
            QChar::category(c) == QChar::Number_DecimalDigit ? QChar::digitValue(c) : -1;
        if (digit < 0 && !QChar::isLetterOrNumber(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        if (digit >= 0) {
            out.append(QChar(u'0' + digit));
            continue;
        }
        c = QChar::toLower(c);
        if (const QLatin1StringView manual = manualFold(c); !manual.isEmpty())
            out.append(manual);
        else
            out.append(QStringView(QChar::fromUcs4(c)));
    }
    return out;
}

QString digitsOnly(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() >= u'0' && c.unicode() <= u'9')
            out.append(c);
        else if (c.unicode() >= 0x80 && c.category() == QChar::Number_DecimalDigit)
            out.append(QChar(u'0' + c.digitValue()));
    }
    return out;
}

namespace {

// Length of the country calling code at the start of `digits`. Calling codes form a prefix-free
// code: 1 and 7 stand alone, the two-digit codes below are complete, everything else is three.
int callingCodeLength(const QString& digits)
{
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7')))
        return 1;
    static const char* const TwoDigit[] = {
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
        "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
        "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"};
    const QStringView head = QStringView(digits).left(2);
    for (const char* code : TwoDigit) {
        if (head == QLatin1StringView(code))
            return 2;
    }
    return 3;
}

} // namespace

QStringList phoneKeys(const QString& phone)
{
    QString digits = digitsOnly(phone);
    if (digits.isEmpty())
        return {};
    const QString trimmed = phone.trimmed();
    bool international = trimmed.startsWith(QLatin1Char('+'));
    if (!international && digits.startsWith(QLatin1String("00"))) {
        international = true;
        digits.remove(0, 2);
    }
    QStringList keys{digits};
    if (international) {
        const QString national = digits.mid(callingCodeLength(digits));
        if (!national.isEmpty())
            keys.append(national);
    } else if (digits.startsWith(QLatin1Char('0'))) {
        qsizetype zeros = 0;
        while (zeros < digits.size() && digits.at(zeros) == QLatin1Char('0'))
            ++zeros;
        if (zeros < digits.size())
            keys.append(digits.mid(zeros));
    }
    return keys;
}

} // namespace baza::search
