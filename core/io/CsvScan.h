#pragma once

// Internal to core/io: the CSV reader's byte classes and the detection of its delimiter.

#include <QByteArrayView>

#include <array>
#include <optional>

namespace baza::io::detail {

// Bytes that end a scan: in an unquoted field the delimiter, CR, LF and NUL; in a quoted one
// the quote, CR, LF (counted as lines) and NUL.
struct CsvSpecials
{
    explicit CsvSpecials(char delimiter);
    std::array<bool, 256> unquoted{};
    std::array<bool, 256> quoted{};
};

struct SeparatorLine
{
    char delimiter;
    qsizetype length; // bytes to skip, line break included
};

// Excel writes "sep=;" as the first line to name the delimiter.
std::optional<SeparatorLine> excelSeparatorLine(QByteArrayView start, bool complete);

// Picks among , ; TAB | the delimiter that splits the first rows into the most consistent
// number of fields (more than one), ignoring delimiters inside quotes. `complete` says the
// sample is the whole file (otherwise its last, cut-off row is ignored). ',' when none fits.
char detectDelimiter(QByteArrayView sample, bool complete);

} // namespace baza::io::detail
