#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace baza::store {
class Store;
}
namespace baza::sync {
struct SyncStatus;
}

namespace baza::ui {

class SyncLogModel;
class SyncService;

// The sync log: where this database syncs to and how it stands, and the recent syncs (when,
// sent, received, overwritten, what went wrong). Opened from the sync state in the status bar.
class SyncLogDialog final : public QDialog
{
    Q_OBJECT
public:
    SyncLogDialog(SyncService& sync, store::Store& store, QWidget* parent = nullptr);

    void reload();

signals:
    void overwrittenRequested();
    void settingsRequested();

private:
    void showStatus(const sync::SyncStatus& status);

    SyncService& m_sync;
    store::Store& m_store;
    SyncLogModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problem = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_syncNow = nullptr;
};

} // namespace baza::ui
