#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;

namespace baza::store {
class Store;
}

namespace baza::ui {

class TaskDelegate;
class TaskListModel;

// "My tasks": the current user's tasks grouped overdue / today / upcoming / done (done
// collapsed). A click on the box completes a task, a click on its record opens the record,
// the context menu snoozes its reminder; a row at the top adds a task.
class TasksPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TasksPage(store::Store& store, QWidget* parent = nullptr);

    TaskListModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

signals:
    void recordRequested(const QString& entity, const QString& id);

private:
    QWidget* buildAddRow();
    void addTask();
    void modelReset();
    void showContextMenu(const QPoint& pos);
    void openRecordOf(const QModelIndex& index);

    store::Store& m_store;
    TaskListModel* m_model = nullptr;
    TaskDelegate* m_delegate = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QLineEdit* m_newTitle = nullptr;
    QDateTimeEdit* m_newDue = nullptr;
    QComboBox* m_newReminder = nullptr;
    QPushButton* m_add = nullptr;
    QTimer* m_clock = nullptr;
    bool m_doneExpanded = false;
};

} // namespace baza::ui
