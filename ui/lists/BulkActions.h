#pragma once

#include "core/common/Result.h"
#include "core/store/ListQuery.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace baza::store {
class Store;
}

namespace baza::ui {

// The bar that appears over a list when rows are selected: how many, and what can be done to
// all of them at once (contacts: add tag, remove tag, change owner, change lifecycle stage,
// export, delete; companies: change owner, delete). Each action asks what it needs in a
// window-modal dialog (open(), never a nested event loop), then runs one store command: one
// transaction and one undo step. The ids come from `selectedIds` at the moment the action runs.
class BulkActions final : public QWidget
{
    Q_OBJECT
public:
    BulkActions(store::ListEntity entity, store::Store& store,
                std::function<QStringList()> selectedIds, QWidget* parent = nullptr);

    void setSelectedCount(qint64 count);

    void addTag();
    void removeTag();
    void changeOwner();
    void changeLifecycle();
    void deleteSelected();

signals:
    // A sentence for the status bar: what was done, or why it failed.
    void message(const QString& text);
    // Contacts: the user asked to export the selection (the page opens the export dialog).
    void exportRequested();

private:
    QPushButton* addButton(const char* objectName, const QString& text,
                           void (BulkActions::*slot)());
    void report(const Status& status, const QString& done);
    QString countedEntities(qint64 n) const;

    store::ListEntity m_entity;
    store::Store& m_store;
    std::function<QStringList()> m_selectedIds;
    QLabel* m_count = nullptr;
    qint64 m_selected = 0;
};

} // namespace baza::ui
