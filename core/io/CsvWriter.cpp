#include "core/io/CsvWriter.h"

#include "core/io/ChunkSource.h"

namespace baza::io {

namespace {

// Excel takes its list separator from Windows' regional settings, which pair ';' with a
// decimal comma (Polish, Russian, German…) and ',' with a decimal point.
QChar listSeparator(const QLocale& locale)
{
    return locale.decimalPoint() == QStringLiteral(",") ? QLatin1Char(';') : QLatin1Char(',');
}

bool isPhoneOrNumberTail(QStringView rest)
{
    bool digit = false;
    for (const QChar c : rest) {
        if (c.isDigit() && c.unicode() < 0x80)
            digit = true;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('(') && c != QLatin1Char(')') &&
                 c != QLatin1Char('.') && c != QLatin1Char(',') && c != QLatin1Char('-') &&
                 c != QLatin1Char('/'))
            return false;
    }
    return digit;
}

} // namespace

CsvWriter::CsvWriter(QIODevice* out, CsvProfile profile, const QLocale& locale)
    : m_out(out)
    , m_profile(profile)
    , m_delimiter(profile == CsvProfile::Excel ? listSeparator(locale) : QLatin1Char(','))
{}

bool CsvWriter::needsNeutralising(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') ||
        first == QLatin1Char('\r'))
        return true;
    if (first == QLatin1Char('+') || first == QLatin1Char('-'))
        return !isPhoneOrNumberTail(QStringView(cell).mid(1));
    return false;
}

Status CsvWriter::writeRow(const QStringList& fields)
{
    const bool excel = m_profile == CsvProfile::Excel;
    m_line.clear();
    if (excel && !m_bomWritten) {
        m_line.append("\xEF\xBB\xBF");
        m_bomWritten = true;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line.append(char(m_delimiter.unicode()));
        QString cell = fields.at(i);
        if (excel && needsNeutralising(cell))
            cell.prepend(QLatin1Char('\''));
        bool quote = cell.contains(m_delimiter) || cell.contains(QLatin1Char('"')) ||
                     cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
        // Readers (ours included) drop spaces around a field; quotes keep them.
        if (!quote && excel && !cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()))
            quote = true;
        if (quote) {
            m_line.append('"');
            m_line.append(cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8());
            m_line.append('"');
        } else {
            m_line.append(cell.toUtf8());
        }
    }
    m_line.append("\r\n");
    if (m_out->write(m_line) != m_line.size())
        return Error::make(
            ErrorCode::Io,
            detail::tr("The CSV file could not be written (%1).").arg(m_out->errorString()));
    return {};
}

} // namespace baza::io
