#include "core/domain/Money.h"

#include "core/domain/Deal.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace baza::domain {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("baza::domain", text, disambiguation, n);
}

Error fieldError(const char* field, const QString& message)
{
    Error e = Error::make(ErrorCode::Validation, message);
    e.field = QLatin1String(field);
    return e;
}

// 128-bit intermediates (GCC and Clang) keep amount × rate × scale exact.
__extension__ typedef __int128 Wide;

Wide pow10(int n)
{
    Wide v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

// num / den rounded half away from zero; den > 0.
bool roundedQuotient(Wide num, Wide den, qint64* out)
{
    Wide q = num / den;
    const Wide r = num % den;
    const Wide twice = (r < 0 ? -r : r) * 2;
    if (twice >= den)
        q += num < 0 ? -1 : 1;
    if (q > Wide(std::numeric_limits<qint64>::max()) ||
        q < Wide(std::numeric_limits<qint64>::min()))
        return false;
    *out = qint64(q);
    return true;
}

// Beyond this the wide intermediate products could overflow; no real rate comes near it.
constexpr qint64 MaxRateE8 = qint64(1000000) * RateScale;

} // namespace

Status validate(const ExchangeRate& rate)
{
    if (!isKnownCurrency(rate.currency))
        return fieldError(
            "currency",
            tr("\"%1\" is not an ISO 4217 currency code Baza knows.").arg(rate.currency));
    if (!isKnownCurrency(rate.quote))
        return fieldError(
            "quote", tr("\"%1\" is not an ISO 4217 currency code Baza knows.").arg(rate.quote));
    if (rate.currency == rate.quote)
        return fieldError("quote", tr("A rate needs two different currencies."));
    if (!rate.validOn.isValid())
        return fieldError("valid_on", tr("A rate needs the date it is valid from."));
    if (rate.rateE8 <= 0 || rate.rateE8 > MaxRateE8)
        return fieldError("rate_e8", tr("A rate must be greater than 0 and at most 1,000,000."));
    return {};
}

Result<qint64> parseRate(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fieldError("rate_e8", tr("Enter a rate, e.g. 4.2735."));
    qint64 whole = 0;
    qint64 fraction = 0;
    int decimals = 0;
    bool seenPoint = false;
    bool anyDigit = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (seenPoint)
                return fieldError("rate_e8",
                                  tr("\"%1\" has more than one decimal point.").arg(text));
            seenPoint = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return fieldError(
                "rate_e8", tr("\"%1\" is not a rate: use digits and one decimal point.").arg(text));
        anyDigit = true;
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (++decimals > RateDecimals)
                return fieldError(
                    "rate_e8", tr("A rate has at most %n decimal places.", nullptr, RateDecimals));
            fraction = fraction * 10 + digit;
        } else {
            whole = whole * 10 + digit;
            if (whole > MaxRateE8 / RateScale)
                return fieldError("rate_e8",
                                  tr("A rate must be greater than 0 and at most 1,000,000."));
        }
    }
    if (!anyDigit)
        return fieldError("rate_e8", tr("\"%1\" is not a rate.").arg(text));
    for (int i = decimals; i < RateDecimals; ++i)
        fraction *= 10;
    const qint64 value = whole * RateScale + fraction;
    if (value <= 0 || value > MaxRateE8)
        return fieldError("rate_e8", tr("A rate must be greater than 0 and at most 1,000,000."));
    return value;
}

QString rateText(qint64 rateE8)
{
    QString fraction = QString::number(rateE8 % RateScale).rightJustified(RateDecimals, u'0');
    while (fraction.size() > 1 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return QString::number(rateE8 / RateScale) + QLatin1Char('.') + fraction;
}

bool convertMinor(qint64 amountMinor, int fromDigits, qint64 rateE8, int toDigits, int percent,
                  qint64* out)
{
    if (rateE8 <= 0 || rateE8 > MaxRateE8 || fromDigits < 0 || toDigits < 0)
        return false;
    const Wide num = Wide(amountMinor) * rateE8 * pow10(toDigits) * percent;
    const Wide den = pow10(fromDigits) * RateScale * 100;
    return roundedQuotient(num, den, out);
}

bool convertMinorInverse(qint64 amountMinor, int fromDigits, qint64 rateE8, int toDigits,
                         int percent, qint64* out)
{
    if (rateE8 <= 0 || rateE8 > MaxRateE8 || fromDigits < 0 || toDigits < 0)
        return false;
    const Wide num = Wide(amountMinor) * RateScale * pow10(toDigits) * percent;
    const Wide den = pow10(fromDigits) * rateE8 * 100;
    return roundedQuotient(num, den, out);
}

Result<qint64> parseAmount(const QString& input, const QString& currency, const QLocale& locale)
{
    const int digits = currencyMinorDigits(currency);
    if (digits < 0)
        return fieldError("currency",
                          tr("\"%1\" is not an ISO 4217 currency code Baza knows.").arg(currency));
    const QString text = input.trimmed();
    if (text.isEmpty())
        return qint64(0);
    const QString decimalPoint = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const bool dotIsGroup = group == QLatin1String(".");
    qint64 value = 0;
    int decimals = 0;
    bool seenPoint = false;
    for (const QChar c : text) {
        const QString s(c);
        if (c.isSpace() || c == QChar(0x202F) || (s == group && !seenPoint))
            continue;
        if (s == decimalPoint || (c == QLatin1Char('.') && !dotIsGroup)) {
            if (seenPoint)
                return fieldError("value_minor",
                                  tr("\"%1\" has more than one decimal point.").arg(text));
            seenPoint = true;
            continue;
        }
        if (c == QLatin1Char('-'))
            return fieldError("value_minor", tr("An amount cannot be negative."));
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return fieldError("value_minor", tr("\"%1\" is not an amount.").arg(text));
        if (seenPoint && ++decimals > digits)
            return fieldError("value_minor",
                              tr("%1 has %n decimal place(s).", nullptr, digits).arg(currency));
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            return fieldError("value_minor", tr("The amount is too large."));
        value = value * 10 + (c.unicode() - u'0');
    }
    for (int i = decimals; i < digits; ++i) {
        if (value > std::numeric_limits<qint64>::max() / 10)
            return fieldError("value_minor", tr("The amount is too large."));
        value *= 10;
    }
    return value;
}

QString currencySymbol(const QString& currency)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("PLN"), QStringLiteral("zł")},
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("RUB"), QStringLiteral("₽")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("UAH"), QStringLiteral("₴")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("CZK"), QStringLiteral("Kč")},
    };
    return symbols.value(currency, currency);
}

namespace {

QString formatWith(qint64 amountMinor, const QString& currency, const QLocale& locale,
                   bool dropZeroMinor, bool withSymbol = true)
{
    int digits = currencyMinorDigits(currency);
    if (digits < 0)
        digits = 2;
    const bool negative = amountMinor < 0;
    // Magnitude without overflow at the minimum value.
    const quint64 magnitude = negative ? quint64(0) - quint64(amountMinor) : quint64(amountMinor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const quint64 whole = magnitude / scale;
    QString number;
    if (whole < 10000) {
        // Four digits: the locale decides (Polish writes 1234, English 1,234).
        number = locale.toString(qulonglong(whole));
    } else {
        // Groups of three with the locale's separator; Qt 6.4 leaves the first group of some
        // locales unseparated ("1234 567" in Polish).
        const QString digitsText = QString::number(whole);
        const QString group = locale.groupSeparator();
        for (qsizetype i = 0; i < digitsText.size(); ++i) {
            if (i > 0 && (digitsText.size() - i) % 3 == 0)
                number += group;
            number += digitsText.at(i);
        }
        if (locale.zeroDigit() != QLatin1String("0")) {
            // Locales with their own digits get them through Qt.
            number = locale.toString(qulonglong(whole));
        }
    }
    const quint64 minor = magnitude % scale;
    if (digits > 0 && !(dropZeroMinor && minor == 0))
        number +=
            locale.decimalPoint() + QString::number(minor).rightJustified(digits, QLatin1Char('0'));
    if (!withSymbol)
        return (negative ? locale.negativeSign() : QString()) + number;
    // The locale's pattern (symbol before or after, spacing, sign) with our exact digits in it.
    const QString one = locale.toString(1);
    QString pattern = locale.toCurrencyString(negative ? -1.0 : 1.0, currencySymbol(currency), 0);
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return (negative ? locale.negativeSign() : QString()) + number + QLatin1Char(' ') +
               currencySymbol(currency);
    return pattern.replace(at, one.size(), number);
}

} // namespace

QString formatMoney(qint64 amountMinor, const QString& currency, const QLocale& locale)
{
    return formatWith(amountMinor, currency, locale, false);
}

QString formatAmount(qint64 amountMinor, const QString& currency, const QLocale& locale)
{
    return formatWith(amountMinor, currency, locale, false, false);
}

QString formatMoneyShort(qint64 amountMinor, const QString& currency, const QLocale& locale)
{
    return formatWith(amountMinor, currency, locale, true);
}

CurrencyConverter::CurrencyConverter(QString target, QList<ExchangeRate> rates)
    : m_target(std::move(target))
{
    for (ExchangeRate& r : rates)
        m_rates[r.currency + r.quote].append(std::move(r));
    for (auto& list : m_rates) {
        std::sort(list.begin(), list.end(), [](const ExchangeRate& a, const ExchangeRate& b) {
            return a.validOn < b.validOn;
        });
    }
}

const ExchangeRate* CurrencyConverter::latest(const QString& currency, const QString& quote,
                                              const QDate& on) const
{
    const auto it = m_rates.constFind(currency + quote);
    if (it == m_rates.constEnd())
        return nullptr;
    // The first rate dated after `on`; the one before it is the latest on or before `on`.
    const auto after =
        std::upper_bound(it->cbegin(), it->cend(), on,
                         [](const QDate& d, const ExchangeRate& r) { return d < r.validOn; });
    return after == it->cbegin() ? nullptr : &*(after - 1);
}

bool CurrencyConverter::convert(qint64 amountMinor, const QString& currency, const QDate& on,
                                qint64* out, int percent) const
{
    const int from = currencyMinorDigits(currency);
    const int to = currencyMinorDigits(m_target);
    if (from < 0 || to < 0)
        return false;
    if (currency == m_target) {
        const Wide num = Wide(amountMinor) * percent;
        return roundedQuotient(num, 100, out);
    }
    if (const ExchangeRate* direct = latest(currency, m_target, on))
        return convertMinor(amountMinor, from, direct->rateE8, to, percent, out);
    if (const ExchangeRate* inverse = latest(m_target, currency, on))
        return convertMinorInverse(amountMinor, from, inverse->rateE8, to, percent, out);
    // Through a third currency both are quoted in (the business changed its base currency and
    // its rates are still quoted in the old one): amount × rate(C→Q) ÷ rate(B→Q), rounded once.
    QStringList quotes;
    for (auto it = m_rates.constBegin(); it != m_rates.constEnd(); ++it) {
        if (it.key().startsWith(currency) && !it->isEmpty())
            quotes << it->first().quote;
    }
    quotes.sort(); // a stable choice when several third currencies would do
    for (const QString& quote : std::as_const(quotes)) {
        const ExchangeRate* there = latest(currency, quote, on);
        const ExchangeRate* back = latest(m_target, quote, on);
        if (!there || !back)
            continue;
        const Wide num = Wide(amountMinor) * there->rateE8 * pow10(to) * percent;
        const Wide den = pow10(from) * back->rateE8 * 100;
        return roundedQuotient(num, den, out);
    }
    return false;
}

} // namespace baza::domain
