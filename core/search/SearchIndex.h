#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <array>
#include <memory>

namespace baza::search {

// One searchable record. `name` is the display name (contact "first middle last", company
// name, deal title); `other` the rest worth finding it by (emails, company, city, tags …);
// `phones` E.164 or as typed.
struct SearchDocument
{
    QString entity;
    QString id;
    QString name;
    QString other;
    QStringList phones;
};

struct SearchHit
{
    QString entity;
    QString id;
    int tier = 0; // 0: the name matched; 1: other fields (or a phone) matched

    friend bool operator==(const SearchHit&, const SearchHit&) = default;
};

// The full-text index over search_docs and three FTS4 tables (schema version 3): names,
// all text, phone keys. Text is folded in C++
// (see TextFolding.h) before it reaches FTS4's simple tokenizer, on both the index and the
// query side. Every write runs inside the caller's transaction. Results come name matches
// first, then other-field matches, each newest first: a document gets a fresh, higher docid
// on every upsert, so docid order is recency order and FTS4 can stop after `limit` rows.
// One SearchIndex per connection and thread; it keeps its write statements prepared.
// A subquery for other SQL to restrict itself to matching records: `sql` selects entity ids and
// takes `values` as its bound parameters, in order.
struct MatchSql
{
    QString sql;
    QVariantList values;
};

class SearchIndex
{
public:
    explicit SearchIndex(QSqlDatabase db);
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    Status upsert(const SearchDocument& doc);
    // For a record that has no document yet (bulk imports): skips the lookup upsert does.
    Status insertNew(const SearchDocument& doc);
    // Removing an id that is not indexed is not an error.
    Status remove(const QString& entityId);
    Status clear();
    Result<QList<SearchHit>> search(const QString& query, int limit = 20,
                                    const QStringList& entities = {}) const;
    // The ids of all `entity` documents that search() could return for `query` (every term
    // starts a word of some field, or the digits start a phone number), as a subquery, for list
    // views that filter by typed text without scanning the rows. Empty when the query has
    // nothing to search for (only punctuation, say).
    static MatchSql matchingIds(const QString& query, const QString& entity);
    // What insertNew writes for `doc`: the folded text of each FTS4 table (names, all text,
    // phone keys; an empty one gets no row), and the tables' names and text columns. For bulk
    // writers that insert through their own prepared statements in the same transaction.
    static std::array<QString, 3> ftsTexts(const SearchDocument& doc);
    static QLatin1StringView ftsTable(int index);
    static QLatin1StringView ftsColumn(int index);
    // Merges all segments into one, so the terms of deleted documents leave the file (erasure
    // on request). Slow on a large index; run it on a worker.
    Status optimize();

private:
    struct Statements;
    Result<Statements*> statements();

    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace baza::search
