#pragma once

#include "core/store/Store.h"

#include <QAbstractTableModel>
#include <QList>

namespace baza::ui {

// The hits of one search, in the order the store ranked them.
class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Details, Kind, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EntityRole };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setResults(QList<store::SearchResult> results);
    const store::SearchResult& resultAt(int row) const { return m_results.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString entityDisplayName(const QString& entity);

private:
    QList<store::SearchResult> m_results;
};

} // namespace baza::ui
