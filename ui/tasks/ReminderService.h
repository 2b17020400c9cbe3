#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace baza::domain {
struct Task;
}
namespace baza::store {
class Store;
}

namespace baza::ui {

class NotificationBar;

// Tells the user when a task's reminder is due, while the database is unlocked: checks every
// 30 seconds and after every change to tasks. With a system tray it shows a desktop notification
// (click opens the task's record; the tray menu snoozes or completes); without one it shows the
// main window's notification bar with the same choices. Each reminder is announced once per
// reminder time: snoozing sets a new time, so it comes back then.
class ReminderService final : public QObject
{
    Q_OBJECT
public:
    ReminderService(store::Store& store, NotificationBar* bar, QObject* parent = nullptr);
    ~ReminderService() override;

    // Reads the due reminders now (the timer and store changes call it too).
    void check();
    bool usesSystemTray() const { return m_tray != nullptr; }
    // The task whose reminder is on show, or empty.
    QString shownTaskId() const { return m_shownTaskId; }

signals:
    void recordRequested(const QString& entity, const QString& id);
    // Snoozing or completing from the notification failed.
    void errorOccurred(const QString& message);

private:
    void announce(const domain::Task& task, int othersDue);
    void rebuildTrayMenu(const QList<domain::Task>& due);
    QList<QAction*> actionsFor(const domain::Task& task, QObject* owner);
    void openRecordOfTask(const QString& taskId);
    QString describe(const domain::Task& task) const;

    store::Store& m_store;
    NotificationBar* m_bar = nullptr;
    QTimer* m_timer = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_trayMenu = nullptr;
    QObject* m_barActions = nullptr;
    // Task id → the reminder time already announced.
    QHash<QString, QDateTime> m_announced;
    QString m_shownTaskId;
    bool m_checkPending = false;
};

} // namespace baza::ui
