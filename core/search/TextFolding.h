#pragma once

#include <QString>
#include <QStringList>

namespace baza::search {

// Search-key folding shared by the index and the query side, so that what the user types and
// what was stored meet in the middle: lowercase, diacritics stripped (NFKD, combining marks
// dropped), letters NFKD leaves alone mapped by hand (Polish ł → l, ß → ss, æ → ae, ø → o …),
// every run of non-letters and non-digits turned into one space, no leading or trailing space.
// "Łódź" → "lodz", "Семён" → "семен", "Zażółć" → "zazolc", "Straße" → "strasse".
// Russian й is a letter of its own, not и with a mark, and stays й. Decimal digits of any
// script become ASCII digits.
QString fold(const QString& text);

// The decimal digits of `text`, as ASCII: "+48 (501) 234-567" → "48501234567".
QString digitsOnly(const QString& text);

// The digit strings a phone number is indexed under: the full digits as typed and, for an
// international number ("+48…" or "0048…"), the national significant number without the
// country calling code; for a national number typed with a trunk prefix ("0501…"), the digits
// without it. "+48 501 234 567" → {"48501234567", "501234567"}.
QStringList phoneKeys(const QString& phone);

} // namespace baza::search
