#pragma once

#include "core/common/Result.h"
#include "core/store/ListQuery.h"

#include <QPair>
#include <QSqlDatabase>

#include <vector>

namespace baza::store {

// The read side of list views, over large tables. A view shows `firstPage` at once, then asks
// for the ordered `rowids` of the whole result (an index-only scan when the sort column has an
// index: 8 bytes a row), and fetches `rows` by rowid in small blocks for what is on screen.
// Works on the connection it is given: use one ListReader per thread.
//
// Cost of a sort: columns with columnSortIsIndexed() read an index in order, so the first page
// stops after `limit` rows and the id list is an index-only scan. Other columns (email, phone,
// company, title, country, lifecycle, owner, tags; companies' owner and contact count) read and
// sort every matching row: a top-N sort for the first page and a full sort for the id list,
// both proportional to the number of matching rows (see bench/lists_bench.cpp for figures).
class ListReader
{
public:
    explicit ListReader(QSqlDatabase db);

    Result<QList<ListRow>> firstPage(const ListQuery& query, int limit) const;
    Result<std::vector<qint64>> rowids(const ListQuery& query) const;
    Result<qint64> count(const ListQuery& query) const;
    // The rows with these rowids, in the order given; rows deleted meanwhile are left out.
    Result<QList<ListRow>> rows(ListEntity entity, const std::vector<qint64>& rowids) const;
    // The record ids of these rows, in the order given (for bulk actions on a selection).
    Result<QStringList> ids(ListEntity entity, const std::vector<qint64>& rowids) const;
    // Everyone a record can be assigned to: (user id, name), by name.
    Result<QList<QPair<QString, QString>>> owners() const;

private:
    QSqlDatabase m_db;
};

} // namespace baza::store
