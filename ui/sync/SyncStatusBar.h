#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QStatusBar;
class QToolButton;
class QWidget;

namespace baza::store {
class Store;
}
namespace baza::sync {
struct SyncStatus;
}

namespace baza::ui {

class NotificationBar;
class OverwrittenDialog;
class SyncLogDialog;
class SyncService;

// The main window's sync corner: the state in the status bar (synced / syncing / offline /
// error, waiting changes, last sync; details in the tooltip; a click opens the sync log), the
// count of overwritten values (a click opens that list), Tools menu entries, and a notice in the
// notification bar when sync stops because it needs the user or values were overwritten.
class SyncStatusBar final : public QObject
{
    Q_OBJECT
public:
    SyncStatusBar(SyncService& sync, store::Store& store, QStatusBar* statusBar,
                  NotificationBar* notifications, QMenu* toolsMenu, QWidget* window);

    void showSyncLog();
    void showOverwritten();
    QToolButton* stateButton() const { return m_state; }
    QToolButton* overwrittenButton() const { return m_overwritten; }

signals:
    void settingsRequested();
    void recordRequested(const QString& entity, const QString& id);

private:
    void showStatus(const sync::SyncStatus& status);
    void onSyncFinished(bool ok);
    void refreshOverwritten();
    void notify(const sync::SyncStatus& status);

    SyncService& m_sync;
    store::Store& m_store;
    QWidget* m_window;
    NotificationBar* m_notifications;
    QToolButton* m_state = nullptr;
    QToolButton* m_overwritten = nullptr;
    QAction* m_syncNow = nullptr;
    QPointer<SyncLogDialog> m_log;
    QPointer<OverwrittenDialog> m_overwrittenDialog;
    int m_overwrittenCount = 0;
    QString m_notified; // the problem the notification bar shows, so it is not repeated
};

} // namespace baza::ui
