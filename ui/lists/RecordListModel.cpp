#include "ui/lists/RecordListModel.h"

#include "core/db/Database.h"
#include "core/store/ListReader.h"
#include "core/store/Store.h"
#include "ui/lists/ListWorker.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace baza::ui {

using store::ListReader;
using store::ListRow;

namespace {
// Store changes come in bursts (an import, a bulk action and its undo): re-read once after them.
constexpr int RefreshDelayMs = 250;
} // namespace

RecordListModel::RecordListModel(store::ListEntity entity, store::Store& store, ListWorker& worker,
                                 QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_worker(worker)
    , m_rows(CachedRows)
    , m_latest(std::make_shared<std::atomic<int>>(0))
    , m_latestLoad(std::make_shared<std::atomic<int>>(0))
    , m_refreshTimer(new QTimer(this))
{
    m_query.entity = entity;
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &RecordListModel::refresh);
    connect(&m_store, &store::Store::changed, this, &RecordListModel::onStoreChanged);
}

RecordListModel::~RecordListModel() = default;

QString RecordListModel::entityName() const
{
    return store::listEntityName(m_query.entity);
}

void RecordListModel::setQuery(const store::ListQuery& query)
{
    store::ListQuery q = query;
    q.entity = m_query.entity;
    if (q == m_query && m_loadGeneration > 0)
        return;
    m_query = q;
    reload();
}

void RecordListModel::setFilter(const store::ListFilter& filter)
{
    store::ListQuery q = m_query;
    q.filter = filter;
    setQuery(q);
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    store::ListQuery q = m_query;
    q.sortColumn = column;
    q.descending = order == Qt::DescendingOrder;
    setQuery(q);
}

// A new query: the list starts over with its first page.
void RecordListModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    m_complete = false;
    m_error.clear();
    endResetModel();
    m_refreshTimer->stop();
    const int load = ++m_loadGeneration;
    m_latestLoad->store(load);
    const store::ListQuery query = m_query;
    auto latest = m_latestLoad;
    m_worker.post(this, [this, query, load, latest](QSqlDatabase db) {
        if (latest->load() != load)
            return std::function<void()>(); // the user typed on; a newer query is queued
        auto page = ListReader(db).firstPage(query, FirstPageSize);
        if (!page)
            return std::function<void()>([this, load, e = page.message()]() {
                if (load == m_loadGeneration)
                    fail(m_generation, e);
            });
        return std::function<void()>([this, load, rows = std::move(*page)]() mutable {
            onFirstPage(load, std::move(rows));
        });
    });
    refresh();
    emit stateChanged();
}

// Same query, but the rows or their order may have changed: read the id list again.
void RecordListModel::refresh()
{
    m_refreshTimer->stop();
    const int generation = ++m_generation;
    m_latest->store(generation);
    const store::ListQuery query = m_query;
    auto latest = m_latest;
    m_worker.post(this, [this, query, generation, latest](QSqlDatabase db) {
        if (latest->load() != generation)
            return std::function<void()>();
        auto ids = ListReader(db).rowids(query);
        if (!ids)
            return std::function<void()>(
                [this, generation, e = ids.message()]() { fail(generation, e); });
        return std::function<void()>([this, generation, ids = std::move(*ids)]() mutable {
            onIds(generation, std::move(ids));
        });
    });
}

void RecordListModel::onFirstPage(int generation, QList<ListRow> rows)
{
    if (generation != m_loadGeneration || m_complete || !m_ids.empty() || rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), 0, int(rows.size()) - 1);
    for (ListRow& r : rows) {
        m_ids.push_back(r.rowid);
        m_rows.insert(r.rowid, new ListRow(std::move(r)));
    }
    endInsertRows();
    emit stateChanged();
}

void RecordListModel::onIds(int generation, std::vector<qint64> ids)
{
    if (generation != m_generation)
        return;
    const size_t shown = m_ids.size();
    const bool extendsPage =
        !m_complete && ids.size() >= shown && std::equal(m_ids.begin(), m_ids.end(), ids.begin());
    if (extendsPage) {
        // The usual case: the first page is the head of the full list; append the rest.
        if (ids.size() > shown) {
            beginInsertRows(QModelIndex(), int(shown), int(ids.size()) - 1);
            m_ids = std::move(ids);
            m_complete = true;
            endInsertRows();
        } else {
            m_complete = true;
        }
    } else {
        applyNewOrder(std::move(ids));
        m_complete = true;
    }
    m_error.clear();
    emit stateChanged();
}

// Swaps in a new id list as one layout change: persistent indexes (the selection, the current
// row) follow their records to their new rows, or become invalid if the record left the list.
// Only the rowids of persistent indexes are looked up, so this is one pass over the new list.
void RecordListModel::applyNewOrder(std::vector<qint64> ids)
{
    if (ids == m_ids)
        return;
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QHash<qint64, QList<int>> wanted;
    for (int i = 0; i < before.size(); ++i) {
        const int row = before.at(i).row();
        if (row >= 0 && size_t(row) < m_ids.size())
            wanted[m_ids[size_t(row)]].append(i);
    }
    QModelIndexList after(before.size());
    if (!wanted.isEmpty()) {
        for (size_t row = 0; row < ids.size(); ++row) {
            const auto it = wanted.constFind(ids[row]);
            if (it == wanted.constEnd())
                continue;
            for (int i : *it)
                after[i] = createIndex(int(row), before.at(i).column());
        }
    }
    m_ids = std::move(ids);
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void RecordListModel::fail(int generation, const QString& message)
{
    if (generation != m_generation)
        return;
    m_error = message;
    emit stateChanged();
}

void RecordListModel::onStoreChanged(const QString& entity, const QStringList& ids)
{
    const QString mine = entityName();
    const bool contacts = m_query.entity == store::ListEntity::Contacts;
    // Rows show their company's name and owner's name; companies count their contacts.
    const bool related = entity == mine || entity == QLatin1String("user") ||
                         entity == (contacts ? QLatin1String("company") : QLatin1String("contact"));
    if (!related)
        return;
    if (entity == mine) {
        const QSet<QString> touched(ids.cbegin(), ids.cend());
        const QList<qint64> cached = m_rows.keys();
        for (qint64 rowid : cached) {
            const ListRow* r = m_rows.object(rowid);
            if (r && (touched.contains(r->id) || r->id.isEmpty()))
                m_rows.remove(rowid);
        }
    } else {
        m_rows.clear();
    }
    if (!m_ids.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    m_refreshTimer->start();
}

const ListRow* RecordListModel::rowAt(int row) const
{
    if (row < 0 || size_t(row) >= m_ids.size())
        return nullptr;
    const qint64 rowid = m_ids[size_t(row)];
    if (const ListRow* r = m_rows.object(rowid))
        return r;
    // Read the block around the row, skipping what is cached: scrolling reads each block once.
    const size_t start = size_t(row) / BlockSize * BlockSize;
    const size_t end = std::min(m_ids.size(), start + BlockSize);
    std::vector<qint64> wanted;
    wanted.reserve(end - start);
    for (size_t i = start; i < end; ++i) {
        if (!m_rows.contains(m_ids[i]))
            wanted.push_back(m_ids[i]);
    }
    auto rows = ListReader(m_store.database().connection()).rows(m_query.entity, wanted);
    if (!rows)
        return nullptr;
    for (ListRow& r : *rows)
        m_rows.insert(r.rowid, new ListRow(std::move(r)));
    // Rows deleted since the id list was read stay blank until the next refresh.
    for (qint64 w : wanted) {
        if (!m_rows.contains(w))
            m_rows.insert(w, new ListRow{w, QString(), QVariantList()});
    }
    return m_rows.object(rowid);
}

std::vector<qint64> RecordListModel::rowidsOf(const QItemSelection& selection) const
{
    std::vector<char> picked(m_ids.size(), 0);
    for (const QItemSelectionRange& range : selection) {
        for (int r = range.top(); r <= range.bottom(); ++r) {
            if (r >= 0 && size_t(r) < m_ids.size())
                picked[size_t(r)] = 1;
        }
    }
    std::vector<qint64> out;
    for (size_t i = 0; i < picked.size(); ++i) {
        if (picked[i])
            out.push_back(m_ids[i]);
    }
    return out;
}

int RecordListModel::rowOfRowid(qint64 rowid) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), rowid);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : store::columnCount(m_query.entity);
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignRight(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == RowidRole)
        return m_ids[size_t(index.row())];
    if (role == EntityRole)
        return entityName();
    if (role != Qt::DisplayRole && role != IdRole && role != ValueRole && role != Qt::ToolTipRole &&
        role != Qt::AccessibleTextRole)
        return {};
    const ListRow* r = rowAt(index.row());
    if (!r || r->values.size() <= index.column())
        return {};
    if (role == IdRole)
        return r->id;
    const QVariant& value = r->values.at(index.column());
    if (role == ValueRole)
        return value;
    if (role == Qt::ToolTipRole) {
        if (value.typeId() == QMetaType::QDateTime && value.toDateTime().isValid())
            return QLocale().toString(value.toDateTime().toLocalTime(), QLocale::LongFormat);
        return {};
    }
    return display(index.column(), value);
}

QVariant RecordListModel::display(int, const QVariant& value) const
{
    const QLocale locale;
    switch (value.typeId()) {
    case QMetaType::QDateTime: {
        const QDateTime t = value.toDateTime();
        return t.isValid() ? locale.toString(t.toLocalTime().date(), QLocale::ShortFormat)
                           : QString();
    }
    case QMetaType::LongLong:
    case QMetaType::Int:
        return locale.toString(value.toLongLong());
    case QMetaType::QStringList:
        return value.toStringList().join(QStringLiteral(", "));
    default:
        return value;
    }
}

bool RecordListModel::alignRight(int) const
{
    return false;
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole && alignRight(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags RecordListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace baza::ui
