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

// The prefix= option of search_name_fts and search_fts (core/db/Migrations.cpp), in bytes of
// UTF-8 as FTS4 counts them: 1–4 ASCII letters, 1–3 Cyrillic ones.
inline constexpr int TextPrefixBytes[] = {1, 2, 3, 4, 6};

// The longest prefix of `term` that has a prefix index of its own, so that FTS4 can read its
// doclist newest first and stop early; empty if none (a lone 3-byte character, say).
QString indexedPrefix(const QString& term);

// Whether every term starts some word of `text` (folded, single spaces).
bool allTermsStartWords(QStringView text, const QStringList& terms);

} // namespace baza::search
