#pragma once

#include "core/common/Result.h"

#include <QIODevice>
#include <QLocale>
#include <QStringList>

namespace baza::io {

enum class CsvProfile {
    // For opening in a spreadsheet: UTF-8 with a BOM (so Excel does not guess the ANSI code
    // page), the locale's list separator (';' where the decimal separator is a comma: pl, ru,
    // de…; ',' otherwise), CRLF, and cells a spreadsheet would run as a formula neutralised
    // with a leading apostrophe (see CsvWriter).
    Excel,
    // Plain RFC 4180: UTF-8 without BOM, comma, CRLF, quotes only where needed.
    Rfc4180,
};

// Writes CSV rows to a device (not owned). Fields are quoted when they contain the delimiter,
// a quote, a line break, or (Excel) leading/trailing spaces.
//
// Formula neutralisation (Excel profile only): a cell starting with '=', '@', a tab or a CR
// gets a leading apostrophe, so a spreadsheet shows it as text instead of running it
// (CSV injection). A cell starting with '+' or '-' is left alone when the rest is only digits,
// spaces and phone punctuation ( ) . , - / — "+48 601 234 567" or "-15" cannot call a function
// or reference a cell, and an apostrophe would corrupt the number for every other program;
// anything else ("+cmd|…", "-2+3", "-SUM(…)") is neutralised. The trade-off: the apostrophe is
// visible when such a file is read by something other than a spreadsheet.
class CsvWriter
{
public:
    CsvWriter(QIODevice* out, CsvProfile profile, const QLocale& locale = QLocale());

    QChar delimiter() const { return m_delimiter; }
    Status writeRow(const QStringList& fields);

    // Whether the Excel profile would prefix this cell with an apostrophe.
    static bool needsNeutralising(const QString& cell);

private:
    QIODevice* m_out;
    CsvProfile m_profile;
    QChar m_delimiter;
    bool m_bomWritten = false;
    QByteArray m_line;
};

} // namespace baza::io
