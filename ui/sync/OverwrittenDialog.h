#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace baza::store {
class Store;
}

namespace baza::ui {

class OverwrittenModel;

// "Overwritten by a newer change": values of this computer that lost against a newer change
// from elsewhere — the record, the field, your value, the winning value, who and when. Restore
// mine writes your value again as a new change (it then wins everywhere); Dismiss takes the row
// off the list. From the status bar, the sync log and Tools.
class OverwrittenDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OverwrittenDialog(store::Store& store, QWidget* parent = nullptr);

    void reload();

signals:
    void recordRequested(const QString& entity, const QString& id);
    // Rows were restored or dismissed (the status bar's count changes).
    void listChanged();

private:
    void restoreSelected();
    void dismissSelected();
    void openSelected();
    void updateButtons();
    QList<int> selectedRows() const;

    store::Store& m_store;
    OverwrittenModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace baza::ui
