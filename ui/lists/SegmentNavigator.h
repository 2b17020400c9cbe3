#pragma once

#include "core/domain/Segment.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

class QListWidget;
class QListWidgetItem;
class QTimer;

namespace baza::store {
class Store;
}

namespace baza::ui {

class ListWorker;
class RecordListPage;

// Saved segments in the main window's navigation: one entry per segment under its section
// (Contacts, Companies), with a live count computed on the list worker. Choosing an entry shows
// the segment on its page; choosing the section shows the page's own view again. F2 or the
// context menu renames, Delete or the context menu deletes (undoable like any command).
class SegmentNavigator final : public QObject
{
    Q_OBJECT
public:
    enum Role {
        SegmentIdRole = Qt::UserRole + 100, // empty for section entries
        CountRole,                          // qint64 once counted
    };

    // `sectionRole` is the item data role under which the navigation's entries carry their
    // section number; `pages` maps the sections with segments to their pages.
    SegmentNavigator(store::Store& store, ListWorker& worker, QListWidget* navigation,
                     int sectionRole, QHash<int, RecordListPage*> pages, QObject* parent = nullptr);
    ~SegmentNavigator() override;

    void renameCurrent();
    void deleteCurrent();
    // Recounts every segment on the worker; also happens by itself after store changes.
    void refreshCounts();

private:
    void reload();
    void onCurrentChanged(QListWidgetItem* item);
    void select(int section, const QString& segmentId);
    void showMenu(const QPoint& pos);
    QListWidgetItem* sectionItem(int section) const;
    domain::Segment segmentOf(const QListWidgetItem* item) const;
    void setCount(const QString& segmentId, qint64 count);

    store::Store& m_store;
    ListWorker& m_worker;
    QListWidget* m_navigation;
    int m_sectionRole;
    QHash<int, RecordListPage*> m_pages;
    QHash<QString, domain::Segment> m_segments;
    QTimer* m_recount = nullptr;
    std::shared_ptr<std::atomic<int>> m_latest;
    int m_generation = 0;
    bool m_reloading = false;
};

} // namespace baza::ui
