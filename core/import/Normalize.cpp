#include "core/import/Normalize.h"

#include "core/domain/Deal.h"
#include "core/domain/Validation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace baza::import {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::import", text);
}

bool isParticle(const QString& lower)
{
    static const QStringList particles{
        QStringLiteral("van"), QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("de"),  QStringLiteral("von"), QStringLiteral("zu"),
        QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("du"),
        QStringLiteral("di"),  QStringLiteral("da"),  QStringLiteral("dos"),
        QStringLiteral("das"), QStringLiteral("del"), QStringLiteral("della"),
        QStringLiteral("ter"), QStringLiteral("ten"), QStringLiteral("het"),
        QStringLiteral("y"),   QStringLiteral("bin"), QStringLiteral("al")};
    return particles.contains(lower);
}

QString capitalized(const QString& part)
{
    if (part.isEmpty())
        return part;
    QString lower = part.toLower();
    // Scottish and Irish "Mc": MCDONALD → McDonald. ("Mac" is left alone: Mack, Macey.)
    if (lower.size() > 3 && lower.startsWith(QLatin1String("mc")))
        return QStringLiteral("Mc") + lower.at(2).toUpper() + lower.mid(3);
    return lower.at(0).toTitleCase() + lower.mid(1);
}

const QRegularExpression& patronymicRe()
{
    static const QRegularExpression re(QStringLiteral("(вич|вна|ична|инична|оглы|кызы)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool looksLikeSurname(const QString& word)
{
    static const QRegularExpression re(
        QStringLiteral("(ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ой|ых|их|енко|"
                       "ук|юк|ski|ska|cki|cka|dzki|dzka|wicz|czyk|ak|ek)$"),
        QRegularExpression::CaseInsensitiveOption);
    return word.size() > 3 && re.match(word).hasMatch();
}

bool isHonorific(const QString& w)
{
    static const QStringList prefixes{
        QStringLiteral("mr"),     QStringLiteral("mrs"),  QStringLiteral("ms"),
        QStringLiteral("miss"),   QStringLiteral("dr"),   QStringLiteral("prof"),
        QStringLiteral("pan"),    QStringLiteral("pani"), QStringLiteral("sir"),
        QStringLiteral("mgr"),    QStringLiteral("inż"),  QStringLiteral("inz"),
        QStringLiteral("г-н"),    QStringLiteral("г-жа"), QStringLiteral("господин"),
        QStringLiteral("госпожа")};
    QString k = w.toLower();
    if (k.endsWith(QLatin1Char('.')))
        k.chop(1);
    return prefixes.contains(k);
}

bool isSuffix(const QString& w)
{
    static const QStringList suffixes{
        QStringLiteral("jr"), QStringLiteral("sr"),  QStringLiteral("ii"), QStringLiteral("iii"),
        QStringLiteral("iv"), QStringLiteral("phd"), QStringLiteral("md"), QStringLiteral("esq")};
    QString k = w.toLower();
    k.remove(QLatin1Char('.'));
    k.remove(QLatin1Char(','));
    return suffixes.contains(k);
}

} // namespace

QString collapseSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2007)) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += QLatin1Char(' ');
            space = false;
        }
        out += c;
    }
    return out;
}

QString fixNameCase(const QString& name)
{
    bool hasUpper = false;
    bool hasLower = false;
    for (const QChar c : name) {
        hasUpper |= c.isUpper();
        hasLower |= c.isLower();
    }
    if (hasUpper && hasLower)
        return name; // typed with care: McDonald, DeVito, van der Berg
    QString out;
    QString part;
    bool firstWord = true;
    auto flush = [&](QChar sep) {
        if (!part.isEmpty()) {
            const QString lower = part.toLower();
            out += (!firstWord && isParticle(lower)) ? lower : capitalized(part);
            firstWord = false;
        }
        part.clear();
        if (!sep.isNull())
            out += sep;
    };
    for (const QChar c : name) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\'') ||
            c == QChar(0x2019))
            flush(c);
        else
            part += c;
    }
    flush(QChar());
    return out;
}

PersonName splitFullName(const QString& fullName)
{
    PersonName n;
    QString text = collapseSpaces(fullName);
    if (text.isEmpty())
        return n;
    // "Kowalski, Jan Maria"
    if (const int comma = text.indexOf(QLatin1Char(',')); comma > 0) {
        const QString after = text.mid(comma + 1).trimmed();
        if (!after.isEmpty() && !isSuffix(after)) {
            // Words after the comma are the first (and middle) names.
            const QStringList words = after.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            PersonName r;
            r.last = text.left(comma).trimmed();
            int i = 0;
            while (i < words.size() && isHonorific(words.at(i)))
                r.prefix += (r.prefix.isEmpty() ? QString() : QStringLiteral(" ")) + words.at(i++);
            if (i < words.size())
                r.first = words.at(i++);
            r.middle = words.mid(i).join(QLatin1Char(' '));
            return r;
        }
    }
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1 && isHonorific(words.first()))
        n.prefix += (n.prefix.isEmpty() ? QString() : QStringLiteral(" ")) + words.takeFirst();
    while (words.size() > 1 && isSuffix(words.last()))
        n.suffix =
            words.takeLast() + (n.suffix.isEmpty() ? QString() : QStringLiteral(" ")) + n.suffix;
    if (words.size() == 1) {
        n.first = words.first();
        return n;
    }
    if (words.size() == 3) {
        if (patronymicRe().match(words.at(2)).hasMatch()) { // Фамилия Имя Отчество
            n.last = words.at(0);
            n.first = words.at(1);
            n.middle = words.at(2);
            return n;
        }
        if (patronymicRe().match(words.at(1)).hasMatch()) { // Имя Отчество Фамилия
            n.first = words.at(0);
            n.middle = words.at(1);
            n.last = words.at(2);
            return n;
        }
    }
    if (words.size() == 2 && looksLikeSurname(words.at(0)) && !looksLikeSurname(words.at(1))) {
        n.last = words.at(0); // "Kowalski Jan", "Иванов Иван"
        n.first = words.at(1);
        return n;
    }
    n.first = words.takeFirst();
    // The last name starts at the first particle, or is the last word.
    int lastStart = words.size() - 1;
    for (int i = 0; i < words.size() - 1; ++i) {
        if (isParticle(words.at(i).toLower())) {
            lastStart = i;
            break;
        }
    }
    n.middle = words.mid(0, lastStart).join(QLatin1Char(' '));
    n.last = words.mid(lastStart).join(QLatin1Char(' '));
    return n;
}

QStringList splitMulti(const QString& cell)
{
    static const QRegularExpression sep(QStringLiteral("\\s*(?::::|;|\\n|,)\\s*"));
    QStringList out;
    for (const QString& part : cell.split(sep, Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

QString cleanEmail(const QString& raw, QString* reason)
{
    QString e = collapseSpaces(raw);
    if (e.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        e = e.mid(7);
    // "Jan Kowalski <jan@x.pl>"
    if (const int lt = e.lastIndexOf(QLatin1Char('<')); lt >= 0 && e.endsWith(QLatin1Char('>')))
        e = e.mid(lt + 1).chopped(1).trimmed();
    e = e.toLower();
    if (e.isEmpty())
        return {};
    if (e.contains(QLatin1Char(' '))) {
        *reason = tr("An email address cannot contain spaces.");
        return {};
    }
    if (!e.contains(QLatin1Char('@'))) {
        *reason = tr("An email address needs an @.");
        return {};
    }
    if (!domain::isValidEmail(e)) {
        *reason = tr("Not a valid email address (it needs one @ and a domain with a dot).");
        return {};
    }
    return e;
}

QString localeDateOrder()
{
    const QString f = QLocale().dateFormat(QLocale::ShortFormat).toLower();
    const qsizetype d = f.indexOf(QLatin1Char('d'));
    const qsizetype m = f.indexOf(QLatin1Char('m'));
    const qsizetype y = f.indexOf(QLatin1Char('y'));
    if (y >= 0 && y < m && y < d)
        return QStringLiteral("YMD");
    return (m >= 0 && d >= 0 && m < d) ? QStringLiteral("MDY") : QStringLiteral("DMY");
}

QDate parseDate(const QString& raw, const QString& order, QString* reason)
{
    const QString s = collapseSpaces(raw);
    if (s.isEmpty())
        return {};
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?$"));
    static const QRegularExpression threePart(
        QStringLiteral("^(\\d{1,2})[./-](\\d{1,2})[./-](\\d{2}|\\d{4})(?: .*)?$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{1,7}(?:[.,]\\d+)?$"));
    if (auto m = iso.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            *reason = tr("\"%1\" is not a real date.").arg(s);
        return d;
    }
    if (auto m = threePart.match(s); m.hasMatch()) {
        int a = m.captured(1).toInt();
        int b = m.captured(2).toInt();
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += year < 70 ? 2000 : 1900;
        const QString sep = s.mid(m.capturedEnd(1), 1);
        // Dots are day-first everywhere they are used (Poland, Russia, Germany).
        QString o = order.isEmpty() ? localeDateOrder() : order;
        if (sep == QLatin1String("."))
            o = QStringLiteral("DMY");
        int day = a;
        int month = b;
        if (a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            day = b;
            month = a;
        } else if (o == QLatin1String("MDY")) {
            day = b;
            month = a;
        }
        const QDate d(year, month, day);
        if (!d.isValid())
            *reason = tr("\"%1\" is not a real date.").arg(s);
        return d;
    }
    if (serial.match(s).hasMatch()) {
        const double n = QString(s).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        // Excel's 1900 system counts 1900-02-29, which never was: serials from 61 on are one
        // day ahead, so counting from 1899-12-30 is right for every serial after February 1900.
        if (n >= 61 && n <= 2958465)
            return QDate(1899, 12, 30).addDays(qint64(n));
        if (n >= 1 && n < 61)
            return QDate(1899, 12, 31).addDays(qint64(n));
    }
    *reason = tr("\"%1\" is not a date Baza recognises (use YYYY-MM-DD or DD.MM.YYYY).").arg(s);
    return {};
}

bool parseMoney(const QString& raw, const QString& defaultCurrency, Money* out, QString* reason)
{
    QString s = collapseSpaces(raw);
    if (s.isEmpty()) {
        *out = {0, defaultCurrency};
        return true;
    }
    struct Symbol
    {
        const char* text;
        const char* code;
    };
    static const Symbol symbols[] = {
        {"zł", "PLN"},  {"zl", "PLN"},   {"€", "EUR"},   {"$", "USD"},  {"£", "GBP"},
        {"₽", "RUB"}, {"руб.", "RUB"}, {"руб", "RUB"}, {"р.", "RUB"}, {"₴", "UAH"},
        {"грн", "UAH"}, {"Kč", "CZK"},   {"¥", "JPY"},   {"₺", "TRY"},  {"Ft", "HUF"},
        {"CHF", "CHF"}, {"US$", "USD"},
    };
    QString currency;
    static const QRegularExpression code(QStringLiteral("\\b([A-Za-z]{3})\\b"));
    if (auto m = code.match(s); m.hasMatch() && domain::isKnownCurrency(m.captured(1).toUpper())) {
        currency = m.captured(1).toUpper();
        s.remove(m.capturedStart(1), m.capturedLength(1));
    } else {
        for (const Symbol& sym : symbols) {
            const QString t = QString::fromUtf8(sym.text);
            if (const qsizetype at = s.indexOf(t, 0, Qt::CaseInsensitive); at >= 0) {
                currency = QLatin1String(sym.code);
                s.remove(at, t.size());
                break;
            }
        }
    }
    // What is left must be a number with separators.
    QString digits;
    for (const QChar c : s) {
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('-'))
            digits += c;
        else if (c.isSpace() || c == QLatin1Char('\'') || c == QChar(0x00A0) ||
                 c == QChar(0x202F) || c == QLatin1Char('+'))
            continue;
        else {
            *reason = tr("\"%1\" is not an amount (unexpected \"%2\").").arg(raw.trimmed(), c);
            return false;
        }
    }
    if (digits.startsWith(QLatin1Char('-'))) {
        *reason = tr("\"%1\": a deal's value cannot be negative.").arg(raw.trimmed());
        return false;
    }
    if (digits.isEmpty() || digits.contains(QLatin1Char('-'))) {
        *reason = tr("\"%1\" is not an amount.").arg(raw.trimmed());
        return false;
    }
    // The decimal separator: the last of "." and "," when both occur; a single separator
    // followed by exactly three digits groups thousands ("1,234", "1.234"); otherwise decimal.
    const qsizetype lastDot = digits.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = digits.lastIndexOf(QLatin1Char(','));
    qsizetype decimalAt = -1;
    if (lastDot >= 0 && lastComma >= 0) {
        decimalAt = std::max(lastDot, lastComma);
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar sep = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype at = std::max(lastDot, lastComma);
        const bool single = digits.count(sep) == 1;
        if (single && !(digits.size() - at - 1 == 3 && at > 0))
            decimalAt = at;
    }
    QString whole = decimalAt >= 0 ? digits.left(decimalAt) : digits;
    QString fraction = decimalAt >= 0 ? digits.mid(decimalAt + 1) : QString();
    whole.remove(QLatin1Char('.'));
    whole.remove(QLatin1Char(','));
    if (fraction.contains(QLatin1Char('.')) || fraction.contains(QLatin1Char(','))) {
        *reason = tr("\"%1\" is not an amount.").arg(raw.trimmed());
        return false;
    }
    if (currency.isEmpty())
        currency = defaultCurrency;
    const int minorDigits =
        domain::currencyMinorDigits(currency.isEmpty() ? QStringLiteral("EUR") : currency);
    while (fraction.size() > minorDigits && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > minorDigits) {
        *reason = tr("\"%1\" has more decimals than %2 has (%3).")
                      .arg(raw.trimmed(), currency)
                      .arg(minorDigits);
        return false;
    }
    fraction = fraction.leftJustified(minorDigits, QLatin1Char('0'));
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    if (whole.size() + minorDigits > 17) {
        *reason = tr("\"%1\" is too large.").arg(raw.trimmed());
        return false;
    }
    bool ok = false;
    const qint64 value = QString(whole + fraction).toLongLong(&ok);
    if (!ok) {
        *reason = tr("\"%1\" is not an amount.").arg(raw.trimmed());
        return false;
    }
    *out = {value, currency};
    return true;
}

} // namespace baza::import
