#pragma once

#include "core/analytics/Forecast.h"
#include "ui/deals/BoardModel.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace baza::store {
class Store;
}

namespace baza::ui {

class BoardView;
class DealTableModel;

// The Deals section: the pipeline board (or the same deals as a sortable list), its filters and
// a summary strip of the pipeline's forecast. The board is read on a worker thread.
class DealsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit DealsPage(store::Store& store, QWidget* parent = nullptr);
    ~DealsPage() override;

    BoardModel* boardModel() const { return m_model; }
    BoardView* boardView() const { return m_board; }
    // Reads the board again; returns at once, the board fills when the worker is done.
    void reload();
    // True while a read is running (tests wait for false): the board's or the summary's.
    bool isLoading() const { return m_boardLoading || m_summaryLoading; }
    // True until the board's read is shown (the summary strip may still be coming).
    bool isBoardLoading() const { return m_boardLoading; }
    void showList(bool list);

signals:
    void recordRequested(const QString& entity, const QString& id);

private:
    struct BoardLoad
    {
        std::optional<BoardSnapshot> snapshot;
        Error error;
    };

    void fillPipelines();
    void fillFilters();
    void applyFilter();
    void onBoardLoaded();
    void onSummaryLoaded();
    void refreshSummary();
    // Read the board and the forecast for the summary strip, each on a worker of its own.
    void startBoardLoad();
    void startSummaryLoad();
    void showSummary();
    void undo();
    // "New deal…": in the shown pipeline, in the stage of the selected card.
    void newDeal();
    void showCreatedDeal(const QString& id);
    void editPipelines();
    void editRates();

    store::Store& m_store;
    BoardModel* m_model;
    DealTableModel* m_tableModel;
    BoardView* m_board;
    QTableView* m_table;
    QStackedWidget* m_views;
    QComboBox* m_pipelines;
    QComboBox* m_owners;
    QComboBox* m_tags;
    QLineEdit* m_search;
    QToolButton* m_boardButton;
    QToolButton* m_listButton;
    QLabel* m_summary;
    QLabel* m_message;
    QTimer* m_reloadTimer;
    QTimer* m_summaryTimer;
    QFutureWatcher<BoardLoad>* m_watcher;
    QFutureWatcher<std::optional<analytics::ForecastReport>>* m_summaryWatcher;
    std::optional<analytics::ForecastReport> m_report;
    QString m_selectAfterLoad; // a deal created in another pipeline, shown once it is read
    bool m_boardLoading = false;
    bool m_boardAgain = false;
    bool m_summaryLoading = false;
    bool m_summaryAgain = false;
};

} // namespace baza::ui
