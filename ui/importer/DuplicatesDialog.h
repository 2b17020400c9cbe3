#pragma once

#include "core/domain/Contact.h"
#include "core/store/Store.h"

#include <QDialog>
#include <QFutureWatcher>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace baza::ui {

struct DuplicatesOutcome
{
    QList<store::DuplicateGroup> groups;
    QString error;
};

// Contacts → Find duplicates…: the groups of contacts that look like the same person and why;
// choosing a group shows two of its records side by side, one row per field, with a choice of
// the value that survives. Emails, phones and tags of both are kept. Merge is one command:
// Undo merge (Ctrl+Z) takes it back.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DuplicatesDialog(store::Store& store, QWidget* parent = nullptr);

    // Searches again on a worker; groupsLoaded() when done.
    void refresh();
    int groupCount() const { return int(m_groups.size()); }
    void selectGroup(int row);
    // The fields whose value the user took from the second record.
    QStringList fieldsFromOther() const;
    // Chooses the second record's value for `field` (first_name, city …), as a click would.
    void chooseOther(const QString& field);
    void merge();
    void undoMerge();

signals:
    void groupsLoaded();

private:
    void showGroups(const DuplicatesOutcome& outcome);
    void showPair();
    void addFieldRow(int row, const QString& field, const QString& title, const QString& left,
                     const QString& right);
    void addUnitedRow(int row, const QString& title, const QStringList& left,
                      const QStringList& right);
    QString companyName(const QString& id) const;

    store::Store& m_store;
    QFutureWatcher<DuplicatesOutcome>* m_watcher = nullptr;
    QList<store::DuplicateGroup> m_groups;
    QListWidget* m_list = nullptr;
    QWidget* m_pairWidget = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_undo = nullptr;
    QList<QButtonGroup*> m_choices;
    QString m_note; // what the last merge or undo did, shown above the group count
    domain::Contact m_left;
    domain::Contact m_right;
};

} // namespace baza::ui
