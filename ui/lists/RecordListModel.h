#pragma once

#include "core/store/ListQuery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QItemSelection>

#include <atomic>
#include <memory>
#include <vector>

class QTimer;

namespace baza::store {
class Store;
}

namespace baza::ui {

class ListWorker;

// A list of contacts or companies over a paged query, for a million rows and more. Changing the
// query shows its first page as soon as the worker read it, then the worker reads the ordered
// rowids of the whole result (8 bytes a row) and the row count becomes exact. Rows are read by
// rowid in blocks for what the view asks for and kept in a bounded cache. Store changes update
// the rows in place and re-read the id list; the new order is applied as a layout change, so
// the view keeps its scroll position and selection.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the record's id
        RowidRole,                 // SQLite's rowid, as qint64
        EntityRole,                // "contact" / "company"
        ValueRole,                 // the raw value: QDateTime, qint64, QStringList …
    };
    Q_ENUM(Role)

    static constexpr int BlockSize = 200;
    static constexpr int CachedRows = 12000;
    static constexpr int FirstPageSize = 200;

    RecordListModel(store::ListEntity entity, store::Store& store, ListWorker& worker,
                    QObject* parent = nullptr);
    ~RecordListModel() override;

    store::ListEntity entity() const { return m_query.entity; }
    QString entityName() const;
    const store::ListQuery& query() const { return m_query; }
    // Nothing is read before the first setQuery (the owner knows the saved sort first).
    void setQuery(const store::ListQuery& query);
    void setFilter(const store::ListFilter& filter);

    // False until the whole id list is known (only the first page is shown before).
    bool isComplete() const { return m_complete; }
    QString lastError() const { return m_error; }
    // The rowids of the selected rows, in list order.
    std::vector<qint64> rowidsOf(const QItemSelection& selection) const;
    int rowOfRowid(qint64 rowid) const; // -1 when not in the list

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Re-reads the id list now (it also happens by itself shortly after every store change).
    void refresh();

signals:
    // The row count became exact, or changed; also when loading failed (see lastError).
    void stateChanged();

protected:
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant display(int column, const QVariant& value) const;
    virtual bool alignRight(int column) const;

private:
    void reload();
    void onFirstPage(int generation, QList<store::ListRow> rows);
    void onIds(int generation, std::vector<qint64> ids);
    void applyNewOrder(std::vector<qint64> ids);
    void fail(int generation, const QString& message);
    void onStoreChanged(const QString& entity, const QStringList& ids);
    const store::ListRow* rowAt(int row) const;

    store::Store& m_store;
    ListWorker& m_worker;
    store::ListQuery m_query;
    std::vector<qint64> m_ids; // the rows in list order; only the first page until m_complete
    bool m_complete = false;
    QString m_error;
    mutable QCache<qint64, store::ListRow> m_rows; // by rowid
    int m_loadGeneration = 0;                      // bumped by a new query
    int m_generation = 0;                          // bumped by every read of the id list
    // What the worker compares against to skip reads that a newer one replaced.
    std::shared_ptr<std::atomic<int>> m_latest;
    std::shared_ptr<std::atomic<int>> m_latestLoad;
    QTimer* m_refreshTimer = nullptr;
};

class ContactListModel final : public RecordListModel
{
    Q_OBJECT
public:
    enum Column {
        Name = int(store::ContactColumn::Name),
        Email = int(store::ContactColumn::Email),
        Phone = int(store::ContactColumn::Phone),
        Company = int(store::ContactColumn::Company),
        Title = int(store::ContactColumn::Title),
        City = int(store::ContactColumn::City),
        Country = int(store::ContactColumn::Country),
        Lifecycle = int(store::ContactColumn::Lifecycle),
        Owner = int(store::ContactColumn::Owner),
        Tags = int(store::ContactColumn::Tags),
        LastContacted = int(store::ContactColumn::LastContacted),
        Created = int(store::ContactColumn::Created),
        Updated = int(store::ContactColumn::Updated),
    };
    Q_ENUM(Column)

    ContactListModel(store::Store& store, ListWorker& worker, QObject* parent = nullptr);

protected:
    QString columnTitle(int column) const override;
    QVariant display(int column, const QVariant& value) const override;
};

class CompanyListModel final : public RecordListModel
{
    Q_OBJECT
public:
    enum Column {
        Name = int(store::CompanyColumn::Name),
        Domain = int(store::CompanyColumn::Domain),
        Industry = int(store::CompanyColumn::Industry),
        City = int(store::CompanyColumn::City),
        Country = int(store::CompanyColumn::Country),
        Owner = int(store::CompanyColumn::Owner),
        Contacts = int(store::CompanyColumn::Contacts),
        Created = int(store::CompanyColumn::Created),
        Updated = int(store::CompanyColumn::Updated),
    };
    Q_ENUM(Column)

    CompanyListModel(store::Store& store, ListWorker& worker, QObject* parent = nullptr);

protected:
    QString columnTitle(int column) const override;
    bool alignRight(int column) const override;
};

} // namespace baza::ui
