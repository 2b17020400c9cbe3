#pragma once

#include <QAbstractTableModel>

namespace baza::store {
struct BoardDeal;
}

namespace baza::ui {

class BoardModel;

// The board's deals as a flat table for the list view: the same deals, the same filters.
// Follows the board model; sorting is left to a QSortFilterProxyModel on SortRole.
class DealTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Title,
        Party,
        Stage,
        Value,
        BaseValue,
        Probability,
        ExpectedClose,
        Owner,
        DaysInStage,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit DealTableModel(BoardModel* board, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void refresh();

    BoardModel* m_board;
    QList<const store::BoardDeal*> m_rows;
    QHash<QString, QString> m_stageNames;
    bool m_pending = false;
};

} // namespace baza::ui
