#pragma once

#include <QPointer>
#include <QWidget>

class QFrame;
class QLabel;
class QListView;
class QScrollArea;
class QHBoxLayout;

namespace baza::store {
class Store;
}

namespace baza::ui {

class BoardModel;
class BoardDelegate;

// The kanban board: one list view per stage over the shared BoardModel, side by side, painted by
// one delegate. Cards move by dragging (onto a column, between cards, or onto the Won and Lost
// zones that appear while dragging) or from the keyboard: Ctrl+Left/Right to the neighbouring
// stage, Ctrl+Up/Down within the column, W to win, L to lose, Enter to open.
class BoardView final : public QWidget
{
    Q_OBJECT
public:
    BoardView(store::Store& store, BoardModel* model, QWidget* parent = nullptr);

    QListView* columnView(int stage) const;
    int columnCount() const { return int(m_columns.size()); }
    QWidget* wonZone() const;
    QWidget* lostZone() const;
    // Selects a deal's card and gives its column the focus; false when it is not on the board.
    bool selectDeal(const QString& dealId);
    QString selectedDealId() const;
    // The column the user is in: the selected card's, else the focused one; -1 when neither.
    int currentStage() const;

    // Store actions with feedback; used by the drag and keyboard paths and the tests.
    bool moveDeal(const QString& dealId, int stage, const QString& beforeDealId);
    bool winDeal(const QString& dealId);
    // Asks for the reason (a dialog from the configured list), then closes the deal as lost.
    void loseDeal(const QString& dealId);

signals:
    void dealActivated(const QString& dealId);
    // A user-facing note: an error from the store, or what just happened.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Column
    {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* totals = nullptr;
        QListView* view = nullptr;
    };
    enum class DropKind { None, Stage, Won, Lost };
    struct DropTarget
    {
        DropKind kind = DropKind::None;
        int stage = -1;
        QString beforeId;
        int indicatorY = -1; // in the column viewport's coordinates
    };

    void rebuildColumns();
    // Shares the board's width between the columns (within bounds; the rest scrolls).
    void fitColumns();
    void updateHeader(int stage);
    int columnOfView(const QObject* viewOrViewport) const;
    DropTarget targetAt(const QPoint& globalPos) const;
    void startDrag(const QPoint& globalPos);
    void updateDrag(const QPoint& globalPos);
    void finishDrag(const QPoint& globalPos);
    void cancelDrag();
    bool handleKey(int stage, class QKeyEvent* event);

    store::Store& m_store;
    BoardModel* m_model;
    BoardDelegate* m_delegate;
    QScrollArea* m_scroll;
    QWidget* m_strip;
    QHBoxLayout* m_stripLayout;
    QList<Column> m_columns;
    QFrame* m_zones;
    QLabel* m_won;
    QLabel* m_lost;
    // Drag state
    QString m_pressId;
    QPoint m_pressGlobal;
    bool m_dragging = false;
    QLabel* m_ghost = nullptr;
    QFrame* m_indicator = nullptr;
};

} // namespace baza::ui
