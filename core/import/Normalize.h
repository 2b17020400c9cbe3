#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace baza::import {

// Cleaning rules for imported values. Each returns the cleaned value, or sets `reason` (a
// translated sentence) and returns an empty value when the input cannot be used.

// Trims, turns every run of white space (tabs, no-break spaces, newlines) into one space.
QString collapseSpaces(const QString& text);

// ALL-CAPS or all-lowercase names become "Title Case" per part (spaces, hyphens, apostrophes
// split parts: "ANNA-MARIA O'NEIL" → "Anna-Maria O'Neil", "MCDONALD" → "McDonald"); particles
// (van, der, de, von …) stay lowercase unless they start the value. Mixed case is kept as typed
// ("McDonald", "DeVito", "van der Berg"). Works for Polish and Cyrillic letters.
QString fixNameCase(const QString& name);

struct PersonName
{
    QString prefix;
    QString first;
    QString middle;
    QString last;
    QString suffix;
};
// Splits a full name: "Last, First Middle"; Russian "Фамилия Имя Отчество" and "Имя Отчество
// Фамилия" by the patronymic's ending; "Kowalski Jan" / "Иванов Иван" when only the first word
// looks like a surname; particles stay with the last name ("Ludwig van Beethoven").
PersonName splitFullName(const QString& fullName);

// Lowercased, trimmed, "mailto:" and angle brackets removed. Empty + reason when invalid.
QString cleanEmail(const QString& raw, QString* reason);
// Splits a cell holding several values ("a@x.pl; b@y.pl", Google's " ::: ").
QStringList splitMulti(const QString& cell);

// Phone numbers to E.164 with libphonenumber. One per thread (cheap; the library's metadata is
// shared).
class PhoneNormalizer
{
public:
    // `region`: ISO 3166-1 alpha-2 for numbers without a country code; empty: the locale's.
    explicit PhoneNormalizer(const QString& region = QString());
    ~PhoneNormalizer();
    QString region() const { return m_region; }
    // E.164 ("+48501234567"), or empty with `reason` set.
    QString normalize(const QString& raw, QString* reason) const;

private:
    QString m_region;
};

// For a file whose numbers mostly do not read as numbers of `current` (at least half of the
// non-empty `numbers` fail): the country under which more of them are valid, at least three in
// four. Countries whose letters the file's `encoding` is written for come first (Windows-1251 or
// KOI8-R: RU, UA, BY, KZ, BG; Windows-1250 or ISO-8859-2: PL, CZ, SK, HU...), then others; a
// tie goes to the earlier. Empty when `current` reads them well or no country does better.
QString betterPhoneRegion(const QStringList& numbers, const QString& current,
                          const QByteArray& encoding);

// Dates: YYYY-MM-DD (and ISO date-times), DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY (unambiguous
// when a part is over 12, otherwise by `order` "DMY"/"MDY"; empty: the locale's), YYYY/MM/DD,
// two-digit years (00–69 → 20xx), Excel serial numbers (1–2958465, 1900 date system).
QDate parseDate(const QString& raw, const QString& order, QString* reason);
// The locale's day/month order: "DMY" or "MDY" (or "YMD").
QString localeDateOrder();

// An amount with optional currency: "1 234,50 zł", "€1,234.50", "1234.5 EUR", "PLN 99",
// "1.234.567,89 €". Exact: the result is integer minor units of the currency (no floating
// point); more decimals than the currency has is an error, not a rounding.
struct Money
{
    qint64 minor = 0;
    QString currency; // ISO 4217; empty when the text names none
};
bool parseMoney(const QString& raw, const QString& defaultCurrency, Money* out, QString* reason);

} // namespace baza::import
