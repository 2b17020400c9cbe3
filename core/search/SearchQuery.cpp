#include "core/search/SearchQuery.h"

#include "core/search/TextFolding.h"

#include <QStringList>

namespace baza::search {

bool looksLikePhone(const QString& query)
{
    int digits = 0;
    for (QChar c : query) {
        if (c.isDigit())
            ++digits;
        else if (!c.isSpace() && !QStringView(u"+()-./").contains(c))
            return false;
    }
    return digits >= 3;
}

namespace {

// "48501*", with the variants a typed number may stand for: "0048…" is "+48…", and a
// national number typed with its trunk zero ("0501…") is stored without it.
QString phoneMatch(const QString& query)
{
    QString digits = digitsOnly(query);
    QStringList variants;
    if (digits.startsWith(QLatin1String("00"))) {
        digits.remove(0, 2);
    } else if (digits.startsWith(QLatin1Char('0')) && !query.trimmed().startsWith(u'+')) {
        QString national = digits;
        while (national.startsWith(QLatin1Char('0')))
            national.remove(0, 1);
        if (!national.isEmpty())
            variants.append(national);
    }
    if (!digits.isEmpty())
        variants.prepend(digits);
    QStringList parts;
    for (const QString& v : variants)
        parts.append(v + QLatin1Char('*'));
    return parts.join(QLatin1String(" OR "));
}

} // namespace

QueryPlan planQuery(const QString& query)
{
    if (looksLikePhone(query))
        return {{}, QString(), QString(), phoneMatch(query)};
    QStringList terms = fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    terms.removeDuplicates();
    if (terms.size() > MaxQueryTerms)
        terms.resize(MaxQueryTerms);
    // fold() leaves letters and digits only, which the FTS parser reads as plain terms; it
    // lowercases, so the upper-case operators OR/AND/NOT/NEAR cannot appear.
    QStringList starred;
    for (const QString& t : terms)
        starred.append(t + QLatin1Char('*'));
    const QString match = starred.join(QLatin1Char(' '));
    return {terms, match, match, QString()};
}

QString indexedPrefix(const QString& term, const int* prefixBytes, int count)
{
    const QByteArray utf8 = term.toUtf8();
    for (int i = count - 1; i >= 0; --i) {
        const int n = prefixBytes[i];
        // Only whole characters: the byte after the cut must not be a continuation byte.
        if (n <= utf8.size() && (n == utf8.size() || (uchar(utf8.at(n)) & 0xc0) != 0x80))
            return QString::fromUtf8(utf8.left(n));
    }
    return {};
}

bool allTermsStartWords(QStringView text, const QStringList& terms)
{
    for (const QString& term : terms) {
        bool found = false;
        for (QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
            if (word.startsWith(term)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace baza::search
