#include "core/search/SearchIndex.h"

#include "core/search/SearchTables.h"
#include "core/search/TextFolding.h"

#include <QSqlQuery>
#include <QVariant>

namespace baza::search {

using namespace detail;

namespace {

QString phoneColumn(const QStringList& phones)
{
    QStringList keys;
    for (const QString& p : phones)
        keys.append(phoneKeys(p));
    keys.removeDuplicates();
    return keys.join(QLatin1Char(' '));
}

} // namespace

// The write path runs once per document in bulk rebuilds; preparing its statements once keeps
// a million-document rebuild from spending its time in the SQL compiler.
struct SearchIndex::Statements
{
    explicit Statements(const QSqlDatabase& db)
        : find(db)
        , deleteDoc(db)
        , insertDoc(db)
        , deleteFts{QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)}
        , insertFts{QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)}
    {}
    QSqlQuery find;
    QSqlQuery deleteDoc;
    QSqlQuery insertDoc;
    QSqlQuery deleteFts[3];
    QSqlQuery insertFts[3];

    bool prepare();
    QSqlError error() const;
};

bool SearchIndex::Statements::prepare()
{
    bool ok = find.prepare(QStringLiteral("SELECT docid FROM search_docs WHERE entity_id = ?")) &&
              deleteDoc.prepare(QStringLiteral("DELETE FROM search_docs WHERE docid = ?")) &&
              insertDoc.prepare(
                  QStringLiteral("INSERT INTO search_docs(entity, entity_id) VALUES (?, ?)"));
    for (int i = 0; ok && i < 3; ++i) {
        const QLatin1StringView table(FtsTables[i]);
        ok = deleteFts[i].prepare(QLatin1String("DELETE FROM ") + table +
                                  QLatin1String(" WHERE docid = ?")) &&
             insertFts[i].prepare(QLatin1String("INSERT INTO ") + table +
                                  QLatin1String("(docid, ") + QLatin1StringView(FtsColumns[i]) +
                                  QLatin1String(") VALUES (?, ?)"));
    }
    return ok;
}

QSqlError SearchIndex::Statements::error() const
{
    for (const QSqlQuery* q : {&find, &deleteDoc, &insertDoc, &deleteFts[0], &deleteFts[1],
                               &deleteFts[2], &insertFts[0], &insertFts[1], &insertFts[2]}) {
        if (q->lastError().isValid())
            return q->lastError();
    }
    return {};
}

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{}

SearchIndex::~SearchIndex() = default;

Result<SearchIndex::Statements*> SearchIndex::statements()
{
    if (m_statements)
        return m_statements.get();
    auto s = std::make_unique<Statements>(m_db);
    if (!s->prepare())
        return sqlError(tr("The search index is not available: %1"), s->error());
    m_statements = std::move(s);
    return m_statements.get();
}

Status SearchIndex::upsert(const SearchDocument& doc)
{
    if (doc.id.isEmpty() || doc.entity.isEmpty())
        return Error::make(ErrorCode::Usage,
                           tr("A search document needs an entity kind and an id."));
    // Delete and re-insert rather than update: the new row takes the next docid, which keeps
    // docid order equal to recency order.
    if (Status removed = remove(doc.id); !removed)
        return removed;
    return insertNew(doc);
}

Status SearchIndex::insertNew(const SearchDocument& doc)
{
    auto st = statements();
    if (!st)
        return st.error();
    Statements& s = **st;
    // Worded only on failure: a first sync indexes a hundred thousand documents in a row.
    const auto failed = [&doc](const QSqlQuery& q) {
        return sqlError(tr("Indexing %1 for search failed: %2").arg(doc.id), q.lastError());
    };
    s.insertDoc.bindValue(0, doc.entity);
    s.insertDoc.bindValue(1, doc.id);
    if (!s.insertDoc.exec())
        return failed(s.insertDoc);
    const qint64 docid = s.insertDoc.lastInsertId().toLongLong();
    const std::array<QString, 3> texts = ftsTexts(doc);
    for (int i = 0; i < 3; ++i) {
        if (texts[i].isEmpty())
            continue;
        s.insertFts[i].bindValue(0, docid);
        s.insertFts[i].bindValue(1, texts[i]);
        if (!s.insertFts[i].exec())
            return failed(s.insertFts[i]);
    }
    return {};
}

std::array<QString, 3> SearchIndex::ftsTexts(const SearchDocument& doc)
{
    const QString name = fold(doc.name);
    const QString other = fold(doc.other);
    return {name, other.isEmpty() ? name : name + QLatin1Char(' ') + other,
            phoneColumn(doc.phones)};
}

QLatin1StringView SearchIndex::ftsTable(int index)
{
    return QLatin1StringView(FtsTables[index]);
}

QLatin1StringView SearchIndex::ftsColumn(int index)
{
    return QLatin1StringView(FtsColumns[index]);
}

Status SearchIndex::remove(const QString& entityId)
{
    auto st = statements();
    if (!st)
        return st.error();
    Statements& s = **st;
    const QString failed = tr("Removing %1 from the search index failed: %2").arg(entityId);
    s.find.bindValue(0, entityId);
    if (!s.find.exec())
        return sqlError(failed, s.find.lastError());
    if (!s.find.next()) {
        s.find.finish();
        return {};
    }
    const qint64 docid = s.find.value(0).toLongLong();
    s.find.finish();
    for (QSqlQuery& q : s.deleteFts) {
        q.bindValue(0, docid);
        if (!q.exec())
            return sqlError(failed, q.lastError());
    }
    s.deleteDoc.bindValue(0, docid);
    if (!s.deleteDoc.exec())
        return sqlError(failed, s.deleteDoc.lastError());
    return {};
}

Status SearchIndex::clear()
{
    QSqlQuery q(m_db);
    for (const char* table : FtsTables) {
        if (!q.exec(QLatin1String("DELETE FROM ") + QLatin1StringView(table)))
            return sqlError(tr("Clearing the search index failed: %1"), q.lastError());
    }
    if (!q.exec(QStringLiteral("DELETE FROM search_docs")))
        return sqlError(tr("Clearing the search index failed: %1"), q.lastError());
    return {};
}

Status SearchIndex::optimize()
{
    QSqlQuery q(m_db);
    for (const char* table : FtsTables) {
        const QLatin1StringView t(table);
        if (!q.exec(QLatin1String("INSERT INTO ") + t + QLatin1Char('(') + t +
                    QLatin1String(") VALUES ('optimize')")))
            return sqlError(tr("Compacting the search index failed: %1"), q.lastError());
    }
    return {};
}

} // namespace baza::search
