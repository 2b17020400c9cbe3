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
    // True while a read is running (tests wait for false).
    bool isLoading() const { return m_loading; }
    void showList(bool list);

signals:
    void recordRequested(const QString& entity, const QString& id);

private:
    struct Loaded
    {
        std::optional<BoardSnapshot> snapshot;
        std::optional<analytics::ForecastReport> report;
        Error error;
    };

    void fillPipelines();
    void fillFilters();
    void applyFilter();
    void onLoaded();
    void refreshSummary();
    // Reads the summary, and the board too when `board`, on a worker.
    void startLoad(bool board);
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
    QFutureWatcher<Loaded>* m_watcher;
    std::optional<analytics::ForecastReport> m_report;
    QString m_selectAfterLoad; // a deal created in another pipeline, shown once it is read
    bool m_loading = false;
    bool m_again = false;
    bool m_againBoard = false;
};

} // namespace baza::ui
