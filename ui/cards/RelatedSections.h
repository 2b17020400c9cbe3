#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace baza::store {
class Store;
}

namespace baza::ui {

// The lists a card shows of records linked to it. Each reads from the store in reload() and
// asks for other records through recordRequested.

// Open deals: title, stage, value, expected close; Enter or double-click opens the deal.
class DealsList final : public QWidget
{
    Q_OBJECT
public:
    DealsList(store::Store& store, const QString& entity, const QString& id, QWidget* parent);
    void reload();
    QTreeWidget* tree() const { return m_tree; }

signals:
    void recordRequested(const QString& entity, const QString& id);
    void countChanged(int count);

private:
    store::Store& m_store;
    QString m_entity, m_id;
    QTreeWidget* m_tree = nullptr;
};

// Open tasks with a checkbox to complete them, and a line to add one with a due date and a
// reminder.
class TasksList final : public QWidget
{
    Q_OBJECT
public:
    TasksList(store::Store& store, const QString& entity, const QString& id, QWidget* parent);
    void reload();
    QTreeWidget* tree() const { return m_tree; }
    // Adds a task from the typed title; returns false (error shown) when the store refused it.
    bool addTask();
    bool hasInput() const;

signals:
    void countChanged(int count);

private:
    void onItemChanged(QTreeWidgetItem* item, int column);

    store::Store& m_store;
    QString m_entity, m_id;
    QTreeWidget* m_tree = nullptr;
    QLineEdit* m_title = nullptr;
    QDateTimeEdit* m_due = nullptr;
    QComboBox* m_remind = nullptr;
    QLabel* m_error = nullptr;
    bool m_filling = false;
};

// The people of a company: name, job title, email; Enter or double-click opens the contact.
class ContactsList final : public QWidget
{
    Q_OBJECT
public:
    ContactsList(store::Store& store, const QString& companyId, QWidget* parent);
    void reload();
    QTreeWidget* tree() const { return m_tree; }

signals:
    void recordRequested(const QString& entity, const QString& id);
    void countChanged(int count);

private:
    store::Store& m_store;
    QString m_companyId;
    QTreeWidget* m_tree = nullptr;
};

} // namespace baza::ui
