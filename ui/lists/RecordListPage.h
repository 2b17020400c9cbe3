#pragma once

#include "core/domain/Segment.h"
#include "core/store/ListQuery.h"

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;

namespace baza::store {
class Store;
}

namespace baza::ui {

class BulkActions;
class ListFilterBar;
class ListWorker;
class RecordListModel;

// The Contacts or Companies page: filters, the paged list, bulk actions on the selection, and
// saving the current view as a segment. Opening a row (double-click, Enter) asks for its card.
class RecordListPage final : public QWidget
{
    Q_OBJECT
public:
    RecordListPage(store::ListEntity entity, store::Store& store, ListWorker& worker,
                   QWidget* parent = nullptr);
    ~RecordListPage() override;

    store::ListEntity entity() const { return m_entity; }
    RecordListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Types `text` into the list's search and applies it at once.
    void setQuery(const QString& text);
    // Shows a saved segment (its filters and sort); showSegment({}) returns to the whole list
    // with the filters the user had before.
    void showSegment(const domain::Segment& segment);
    QString segmentId() const { return m_segment.id; }

signals:
    void recordRequested(const QString& entity, const QString& id);
    // The page now shows this segment (empty: its own view), whoever asked for it.
    void segmentShown(const QString& segmentId);

private:
    void applyFilter();
    void updateCount();
    void updateSelection();
    void saveSegment();
    void updateSegment();
    void clearFilters();
    void refreshChoices();
    void showMessage(const QString& text);
    void fillColumnsMenu(QMenu* menu);
    void saveViewState();
    // Contacts: the export dialog for the selection, or for what the list shows.
    void exportSelection();
    void exportList();
    QStringList selectedIds() const;

    store::ListEntity m_entity;
    store::Store& m_store;
    RecordListModel* m_model = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_count = nullptr;
    ListFilterBar* m_filters = nullptr;
    QTableView* m_view = nullptr;
    BulkActions* m_bulk = nullptr;
    QPushButton* m_saveSegment = nullptr;
    QPushButton* m_updateSegment = nullptr;
    QToolButton* m_columns = nullptr;
    domain::Segment m_segment;   // the segment shown, if any
    store::ListQuery m_ownQuery; // the user's own view, restored when leaving a segment
};

} // namespace baza::ui
