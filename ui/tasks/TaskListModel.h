#pragma once

#include "core/domain/Activity.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace baza::store {
class Store;
}

namespace baza::ui {

// "My tasks" as a two-level tree: a row per non-empty group (overdue, today, upcoming, done),
// its tasks below. Checking a task completes it through the store; the model reloads whenever
// the store reports a change to tasks or to the records they name.
class TaskListModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Group { Overdue, Today, Upcoming, Done };
    Q_ENUM(Group)
    enum Role {
        IsGroupRole = Qt::UserRole + 1,
        GroupRole, // Group, on group and task rows
        CountRole, // tasks in the group, on group rows
        TaskIdRole,
        DueRole,    // QDateTime
        RemindRole, // QDateTime
        RecordEntityRole,
        RecordIdRole,
        RecordTitleRole,
    };

    explicit TaskListModel(store::Store& store, QObject* parent = nullptr);

    QModelIndex index(int row, int column,
                      const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Reads the tasks again; `now` decides the groups (tests pass a fixed time).
    void reload(const QDateTime& now = QDateTime::currentDateTime());
    QModelIndex groupIndex(Group group) const;
    QModelIndex indexOfTask(const QString& taskId) const;
    int openTaskCount() const;
    static QString groupName(Group group);

signals:
    void errorOccurred(const QString& message);

private:
    struct Item
    {
        domain::Task task;
        QString recordEntity;
        QString recordId;
        QString recordTitle;
    };
    struct Section
    {
        Group group;
        QList<Item> items;
    };

    const Item* itemAt(const QModelIndex& index) const;
    void scheduleReload();

    store::Store& m_store;
    QList<Section> m_sections;
    bool m_reloadPending = false;
};

} // namespace baza::ui
