#pragma once

#include "core/store/Store.h"

#include <QAbstractTableModel>

namespace baza::ui {

class BoardModel;

// The board's deals as a flat table for the list view: the same deals, the same filters.
// Follows the board model while live (the list is shown); sorting is left to a
// QSortFilterProxyModel on SortRole. Rows are copies, so the board may change under them.
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

    // While not live (the board is shown instead) changes only mark the table stale: with
    // thousands of deals, re-sorting the hidden list on every card move would stall the board.
    void setLive(bool live);
    bool isLive() const { return m_live; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        store::BoardDeal deal;
        qint64 base = -1; // minor units of the base currency; -1 without a rate
        int probability = 0;
        int stage = 0; // column on the board
        int days = 0;  // in the stage
    };

    void refresh();
    void changed();

    BoardModel* m_board;
    QList<Row> m_rows;
    QHash<QString, QString> m_stageNames;
    bool m_pending = false;
    bool m_live = true;
    bool m_stale = false;
};

} // namespace baza::ui
