// The read side of SearchIndex: turning a typed query into a few FTS4 lookups that stop early.
//
// FTS4 reads a doclist newest first and stops at the LIMIT only when the query is a single term
// with a prefix index of exactly its length (order=desc, prefix=…); any other prefix query
// merges the doclists of every matching term and an AND loads the cheapest doclist whole. Over
// a million documents those cost tens of milliseconds for common prefixes. So a query is driven
// by its longest indexed prefix, read newest first, and the rows are checked against all terms
// in C++. Only when that finds too few matches in the first MaxVerifiedRows rows (terms that
// rarely occur together) does FTS4 get the exact query to intersect. An entity filter is
// checked on the same rows.

#include "core/search/SearchIndex.h"

#include "core/search/SearchQuery.h"
#include "core/search/SearchTables.h"

#include <QSqlQuery>
#include <QVariant>

namespace baza::search {

using namespace detail;

namespace {

constexpr int MaxVerifiedRows = 200;

struct Collector
{
    int limit;
    const QStringList& entities;
    QList<SearchHit> hits;
    QList<qint64> docids; // parallel to hits

    bool full() const { return hits.size() >= limit; }
};

QString searchFailed()
{
    return tr("Searching failed: %1");
}

// Appends the newest matches of the FTS expression `match` not found by an earlier tier. The
// FTS table drives the join in docid order, so SQLite stops once the LIMIT is reached.
Status runMatch(const QSqlDatabase& db, int table, const QString& match, int tier, Collector& c)
{
    const QLatin1StringView fts(FtsTables[table]);
    QString sql = QLatin1String("SELECT d.docid, d.entity, d.entity_id FROM ") + fts +
                  QLatin1String(" JOIN search_docs d ON d.docid = ") + fts +
                  QLatin1String(".docid WHERE ") + fts + QLatin1String(" MATCH ?");
    if (!c.entities.isEmpty()) {
        const QStringList marks(c.entities.size(), QStringLiteral("?"));
        sql +=
            QLatin1String(" AND d.entity IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QLatin1String(" ORDER BY ") + fts + QLatin1String(".docid DESC LIMIT ?");

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(searchFailed(), q.lastError());
    q.addBindValue(match);
    for (const QString& e : c.entities)
        q.addBindValue(e);
    q.addBindValue(c.limit + int(c.docids.size()));
    if (!q.exec())
        return sqlError(searchFailed(), q.lastError());
    while (!c.full() && q.next()) {
        const qint64 docid = q.value(0).toLongLong();
        if (c.docids.contains(docid))
            continue;
        c.docids.append(docid);
        c.hits.append(SearchHit{q.value(1).toString(), q.value(2).toString(), tier});
    }
    if (q.lastError().isValid())
        return sqlError(searchFailed(), q.lastError());
    return {};
}

// Reads the documents whose words start with `key` newest first and keeps those where every
// term starts a word. False if it gave up after MaxVerifiedRows rows with the collector not
// full and rows left.
Result<bool> walkPrefix(const QSqlDatabase& db, int table, const QString& key,
                        const QStringList& terms, int tier, Collector& c)
{
    const QLatin1StringView fts(FtsTables[table]);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QSqlQuery doc(db);
    doc.setForwardOnly(true);
    if (!q.prepare(QLatin1String("SELECT docid, ") + QLatin1StringView(FtsColumns[table]) +
                   QLatin1String(" FROM ") + fts + QLatin1String(" WHERE ") + fts +
                   QLatin1String(" MATCH ? ORDER BY docid DESC")) ||
        !doc.prepare(QStringLiteral("SELECT entity, entity_id FROM search_docs WHERE docid = ?")))
        return sqlError(searchFailed(), q.lastError().isValid() ? q.lastError() : doc.lastError());
    q.addBindValue(QString(key + QLatin1Char('*')));
    if (!q.exec())
        return sqlError(searchFailed(), q.lastError());
    for (int rows = 0; !c.full() && q.next();) {
        if (++rows > MaxVerifiedRows)
            return false;
        const qint64 docid = q.value(0).toLongLong();
        if (c.docids.contains(docid) || !allTermsStartWords(q.value(1).toString(), terms))
            continue;
        doc.bindValue(0, docid);
        if (!doc.exec())
            return sqlError(searchFailed(), doc.lastError());
        if (!doc.next())
            continue; // an FTS row without its document: skip rather than fail the search
        const QString entity = doc.value(0).toString();
        const QString id = doc.value(1).toString();
        doc.finish();
        if (!c.entities.isEmpty() && !c.entities.contains(entity))
            continue;
        c.docids.append(docid);
        c.hits.append(SearchHit{entity, id, tier});
    }
    if (q.lastError().isValid())
        return sqlError(searchFailed(), q.lastError());
    return true;
}

Status searchText(const QSqlDatabase& db, int table, const QueryPlan& plan, int tier, Collector& c)
{
    QString key;
    for (const QString& term : plan.terms) {
        const QString k = table == NameFts ? indexedPrefix(term, NamePrefixBytes)
                                           : indexedPrefix(term, TextPrefixBytes);
        if (k.toUtf8().size() > key.toUtf8().size())
            key = k;
    }
    const QString exact = table == NameFts ? plan.nameMatch : plan.textMatch;
    // A lone term with a prefix index of its length: FTS4 stops early by itself, unless the
    // entity filter, applied in the join, would make it step over other kinds of documents.
    if (key.isEmpty() ||
        (plan.terms.size() == 1 && key == plan.terms.front() && c.entities.isEmpty()))
        return runMatch(db, table, exact, tier, c);
    const qsizetype before = c.hits.size();
    auto finished = walkPrefix(db, table, key, plan.terms, tier, c);
    if (!finished)
        return finished.error();
    if (*finished)
        return {};
    // The other terms are rare among the driving prefix's documents: let FTS4 intersect.
    c.hits.resize(before);
    c.docids.resize(before);
    return runMatch(db, table, exact, tier, c);
}

} // namespace

Result<QList<SearchHit>> SearchIndex::search(const QString& query, int limit,
                                             const QStringList& entities) const
{
    if (limit <= 0)
        return QList<SearchHit>();
    const QueryPlan plan = planQuery(query);
    Collector c{limit, entities, {}, {}};
    if (!plan.terms.isEmpty()) {
        if (Status s = searchText(m_db, NameFts, plan, 0, c); !s)
            return s.error();
        if (!c.full()) {
            if (Status s = searchText(m_db, TextFts, plan, 1, c); !s)
                return s.error();
        }
    }
    if (!plan.phoneMatch.isEmpty() && !c.full()) {
        if (Status s = runMatch(m_db, PhoneFts, plan.phoneMatch, 1, c); !s)
            return s.error();
    }
    return std::move(c.hits);
}

MatchSql SearchIndex::matchingIds(const QString& query, const QString& entity)
{
    const QueryPlan plan = planQuery(query);
    QStringList parts;
    MatchSql out;
    // The text table holds the name as well, so it alone finds every text match.
    if (!plan.textMatch.isEmpty()) {
        parts << QStringLiteral("SELECT docid FROM search_fts WHERE search_fts MATCH ?");
        out.values << plan.textMatch;
    }
    if (!plan.phoneMatch.isEmpty()) {
        parts << QStringLiteral(
            "SELECT docid FROM search_phone_fts WHERE search_phone_fts MATCH ?");
        out.values << plan.phoneMatch;
    }
    if (parts.isEmpty())
        return {};
    out.values.prepend(entity);
    out.sql = QStringLiteral("SELECT entity_id FROM search_docs WHERE entity = ? AND docid IN (") +
              parts.join(QStringLiteral(" UNION ")) + QLatin1Char(')');
    return out;
}

} // namespace baza::search
