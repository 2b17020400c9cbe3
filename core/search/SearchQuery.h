#pragma once

#include <QString>
#include <QStringList>

namespace baza::search {

// What a typed query becomes: FTS4 MATCH expressions built only from folded letters and digits,
// so nothing the user types (quotes, *, -, ^, :, OR, NEAR …) reaches the FTS query parser as
// syntax. Empty expressions mean "nothing to search for".
struct QueryPlan
{
    QStringList terms;  // the folded words of a text query, each a prefix to look for
    QString nameMatch;  // tier 0, search_name_fts: every term starts a word of the name
    QString textMatch;  // tier 1, search_fts: every term starts a word of any text field
    QString phoneMatch; // tier 1, search_phone_fts: the digits start a phone key
};

// Mostly digits and phone punctuation (+ ( ) - . / spaces) with at least three digits.
bool looksLikePhone(const QString& query);

// Words beyond this many are ignored; nobody types more, and each one costs a doclist.
inline constexpr int MaxQueryTerms = 8;

QueryPlan planQuery(const QString& query);

// The prefix= options of the FTS4 tables (core/db/Migrations.cpp), in bytes of UTF-8 as FTS4
// counts them. Names are short, so their table can afford 1–4 ASCII letters and 1–3 Cyrillic
// ones; the text table holds every field and has only 2–4 bytes (schema 9): each prefix length
// is another copy of every word in the index, which imports and first syncs pay for.
inline constexpr int NamePrefixBytes[] = {1, 2, 3, 4, 6};
inline constexpr int TextPrefixBytes[] = {2, 3, 4};

// The longest prefix of `term` that has a prefix index of its own in the table with these
// prefix lengths, so that FTS4 can read its doclist newest first and stop early; empty if none
// (a lone 3-byte character, say, or a single letter in the text table).
QString indexedPrefix(const QString& term, const int* prefixBytes, int count);
template <int N> QString indexedPrefix(const QString& term, const int (&prefixBytes)[N])
{
    return indexedPrefix(term, prefixBytes, N);
}

// Whether every term starts some word of `text` (folded, single spaces).
bool allTermsStartWords(QStringView text, const QStringList& terms);

} // namespace baza::search
