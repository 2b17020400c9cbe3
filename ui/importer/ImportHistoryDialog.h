#pragma once

#include "core/store/BulkWriter.h"
#include "ui/importer/ImportRunPages.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace baza::store {
class Store;
struct ImportRecord;
} // namespace baza::store

namespace baza::ui {

// File → Import history…: the imports this database has seen (newest first), and undoing one
// on a worker. The result names the records kept because they were changed by hand since.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(store::Store& store, QWidget* parent = nullptr);

    void reload();
    void selectImport(int row);
    // Undoes the selected import without asking (the button asks first).
    void undoSelected();

signals:
    void undoFinished();

private:
    void undoClicked();
    void updateButtons();
    void showUndo(const UndoOutcome& outcome);
    int selectedRow() const;

    store::Store& m_store;
    QList<store::ImportRecord> m_records;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_kept = nullptr;
    QFutureWatcher<UndoOutcome>* m_watcher = nullptr;
};

} // namespace baza::ui
