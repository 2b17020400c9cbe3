#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace baza::domain {

// Exchange rates are exact decimals with up to eight places, kept as rate × 10^8 in an integer:
// "4.2735" is 427350000. Money never passes through a double.
inline constexpr qint64 RateScale = 100000000;
inline constexpr int RateDecimals = 8;

// One dated rate: 1 unit of `currency` is worth `rateE8` / 10^8 units of `quote`.
struct ExchangeRate
{
    QString id;
    QString currency;
    QString quote;
    QDate validOn;
    qint64 rateE8 = 0;
    friend bool operator==(const ExchangeRate&, const ExchangeRate&) = default;
};

Status validate(const ExchangeRate& rate);

// "4.2735", "4,2735" or "0.04" → rate × 10^8. Rejects more than eight decimals, signs, zero and
// anything that is not a plain decimal number.
Result<qint64> parseRate(const QString& text);
// 427350000 → "4.2735" (no trailing zeros, at least one decimal).
QString rateText(qint64 rateE8);

// Converts an amount between currencies with one rounding step, half away from zero, to the
// target's minor unit: amount × rate × percent / (10^8 × 100), rescaled between the minor-unit
// digits of the two currencies. `percent` lets weighted values (value × probability) round once
// rather than twice. Returns false on overflow (beyond ±9.2·10^18 minor units).
bool convertMinor(qint64 amountMinor, int fromDigits, qint64 rateE8, int toDigits, int percent,
                  qint64* out);
// The same with the rate inverted (1 / rate), for a rate recorded the other way round.
bool convertMinorInverse(qint64 amountMinor, int fromDigits, qint64 rateE8, int toDigits,
                         int percent, qint64* out);

// Parses what a person types as an amount in `currency` ("1 234,50", "1234.5", "12") into
// minor units. The locale's group and decimal separators are accepted, and "." always means a
// decimal point when the locale's is ",". Too many decimals, letters and negatives are errors.
Result<qint64> parseAmount(const QString& text, const QString& currency,
                           const QLocale& locale = QLocale());

// Formats an amount with the locale's currency pattern, e.g. "1 234,50 zł", "$1,234.50",
// "12 000,00 ₽". Exact: the digits come from the integer, not from a double.
QString formatMoney(qint64 amountMinor, const QString& currency, const QLocale& locale = QLocale());
// Without minor digits when they are zero, for compact places such as card faces and headers.
QString formatMoneyShort(qint64 amountMinor, const QString& currency,
                         const QLocale& locale = QLocale());
QString currencySymbol(const QString& currency);
// Just the number, for an edit field: "1 234,50".
QString formatAmount(qint64 amountMinor, const QString& currency,
                     const QLocale& locale = QLocale());

// Converts amounts into one currency with the latest rate on or before a date. Rates may be
// recorded either way round (EUR→PLN or PLN→EUR); a direct rate wins over an inverse one.
class CurrencyConverter
{
public:
    CurrencyConverter() = default;
    CurrencyConverter(QString target, QList<ExchangeRate> rates);

    QString target() const { return m_target; }
    // False when no rate on or before `on` exists for the pair, or on overflow.
    bool convert(qint64 amountMinor, const QString& currency, const QDate& on, qint64* out,
                 int percent = 100) const;

private:
    const ExchangeRate* latest(const QString& currency, const QString& quote,
                               const QDate& on) const;

    QString m_target;
    QHash<QString, QList<ExchangeRate>> m_rates; // "EURPLN" → rates by date
};

} // namespace baza::domain
