#include "core/io/CsvScan.h"

#include <QList>

#include <map>

namespace baza::io::detail {

CsvSpecials::CsvSpecials(char delimiter)
{
    for (const unsigned char c : {(unsigned char)'\r', (unsigned char)'\n', (unsigned char)0}) {
        unquoted[c] = true;
        quoted[c] = true;
    }
    unquoted[static_cast<unsigned char>(delimiter)] = true;
    quoted['"'] = true;
}

std::optional<SeparatorLine> excelSeparatorLine(QByteArrayView start, bool complete)
{
    if (start.size() < 5 || !(start.first(4).compare("sep=", Qt::CaseInsensitive) == 0))
        return std::nullopt;
    const char d = start[4];
    if (d == '"' || d == '\r' || d == '\n' || static_cast<unsigned char>(d) >= 0x80)
        return std::nullopt;
    if (start.size() == 5)
        return complete ? std::optional(SeparatorLine{d, 5}) : std::nullopt;
    if (start[5] == '\n')
        return SeparatorLine{d, 6};
    if (start[5] == '\r')
        return SeparatorLine{d, start.size() > 6 && start[6] == '\n' ? 7 : 6};
    return std::nullopt;
}

namespace {

// Field counts of the first rows when split by `d`, quotes respected.
QList<int> fieldCounts(QByteArrayView s, char d, bool complete)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    bool fieldStart = true;
    bool lineEmpty = true;
    for (qsizetype i = 0; i < s.size() && counts.size() < 200; ++i) {
        const char c = s[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < s.size() && s[i + 1] == '"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == '"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            lineEmpty = false;
        } else if (c == d) {
            ++fields;
            fieldStart = true;
            lineEmpty = false;
        } else if (c == '\r' || c == '\n') {
            if (!lineEmpty)
                counts.append(fields);
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n')
                ++i;
            fields = 1;
            fieldStart = true;
            lineEmpty = true;
        } else if (c != ' ') {
            fieldStart = false;
            lineEmpty = false;
        }
    }
    if (complete && !lineEmpty && !inQuotes)
        counts.append(fields);
    return counts;
}

} // namespace

char detectDelimiter(QByteArrayView sample, bool complete)
{
    struct Score
    {
        bool consistent = false;
        int fields = 0;
        double share = 0;
    };
    char best = ',';
    Score bestScore;
    for (const char d : {',', ';', '\t', '|'}) {
        const QList<int> counts = fieldCounts(sample, d, complete);
        if (counts.isEmpty())
            continue;
        std::map<int, int> histogram;
        for (int c : counts)
            ++histogram[c];
        int mode = 0, modeCount = 0;
        for (const auto& [fields, n] : histogram)
            if (n > modeCount || (n == modeCount && fields > mode)) {
                mode = fields;
                modeCount = n;
            }
        if (mode < 2)
            continue;
        Score s;
        s.share = double(modeCount) / double(counts.size());
        s.consistent = s.share >= 0.8;
        s.fields = mode;
        const bool better =
            bestScore.fields == 0 || (s.consistent && !bestScore.consistent) ||
            (s.consistent == bestScore.consistent &&
             (s.consistent ? s.fields > bestScore.fields
                           : s.share > bestScore.share ||
                                 (s.share == bestScore.share && s.fields > bestScore.fields)));
        if (better) {
            best = d;
            bestScore = s;
        }
    }
    return best;
}

} // namespace baza::io::detail
