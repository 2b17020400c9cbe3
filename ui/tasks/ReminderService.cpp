#include "ui/tasks/ReminderService.h"

#include "core/store/Store.h"
#include "ui/shell/Formatting.h"
#include "ui/shell/Icons.h"
#include "ui/shell/NotificationBar.h"
#include "ui/tasks/TaskHelpers.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace baza::ui {

namespace {

constexpr int CheckIntervalMs = 30 * 1000;
constexpr int MaxTrayEntries = 5;

} // namespace

ReminderService::ReminderService(store::Store& store, NotificationBar* bar, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_bar(bar)
    , m_timer(new QTimer(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Baza"));
        m_trayMenu = new QMenu;
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this]() { openRecordOfTask(m_shownTaskId); });
        m_tray->show();
    }
    if (m_bar) {
        connect(m_bar, &NotificationBar::dismissed, this, [this]() { m_shownTaskId.clear(); });
    }
    connect(m_timer, &QTimer::timeout, this, &ReminderService::check);
    connect(&m_store, &store::Store::changed, this, [this](const QString& entity) {
        if (entity != QLatin1String("task") || m_checkPending)
            return;
        m_checkPending = true;
        QTimer::singleShot(0, this, &ReminderService::check);
    });
    m_timer->start(CheckIntervalMs);
    QTimer::singleShot(0, this, &ReminderService::check);
}

ReminderService::~ReminderService()
{
    // The tray menu has no parent (QSystemTrayIcon does not take it).
    delete m_trayMenu;
}

void ReminderService::check()
{
    m_checkPending = false;
    auto due = m_store.dueReminders(m_store.profile().id, QDateTime::currentDateTime());
    if (!due)
        return; // a failed read is tried again at the next tick
    if (m_tray)
        rebuildTrayMenu(*due);

    // The shown reminder went away (done, snoozed, deleted): take the bar down.
    const bool shownStillDue = std::any_of(due->cbegin(), due->cend(), [this](const auto& t) {
        return t.id == m_shownTaskId && m_announced.value(t.id) == t.remindAt;
    });
    if (!m_shownTaskId.isEmpty() && !shownStillDue) {
        m_shownTaskId.clear();
        if (m_bar)
            m_bar->hide();
    }
    for (const domain::Task& task : std::as_const(*due)) {
        auto it = m_announced.constFind(task.id);
        if (it != m_announced.constEnd() && *it == task.remindAt)
            continue;
        m_announced.insert(task.id, task.remindAt);
        announce(task, int(due->size()) - 1);
        // One notification at a time; the rest follow at the next check.
        break;
    }
}

QString ReminderService::describe(const domain::Task& task) const
{
    const auto [entity, id] = tasks::linkedRecord(task);
    const QString record = m_store.recordTitle(entity, id);
    const QString due = task.dueAt.isValid() ? format::nearDateTime(task.dueAt) : QString();
    if (!record.isEmpty() && !due.isEmpty())
        return tr("%1 — %2, due %3").arg(task.title, record, due);
    if (!record.isEmpty())
        return tr("%1 — %2").arg(task.title, record);
    if (!due.isEmpty())
        return tr("%1 — due %2").arg(task.title, due);
    return task.title;
}

void ReminderService::announce(const domain::Task& task, int othersDue)
{
    m_shownTaskId = task.id;
    QString text = describe(task);
    if (othersDue > 0)
        text += QLatin1Char(' ') + tr("(and %n more)", nullptr, othersDue);
    if (m_tray) {
        m_tray->showMessage(tr("Reminder"), text, QSystemTrayIcon::Information);
        return;
    }
    if (!m_bar)
        return;
    // The previous notice's actions go with it.
    delete m_barActions;
    m_barActions = new QObject(this);
    m_bar->showMessage(themedIcon(QStringLiteral("bell")), text, actionsFor(task, m_barActions));
}

QList<QAction*> ReminderService::actionsFor(const domain::Task& task, QObject* owner)
{
    const QString taskId = task.id;
    QList<QAction*> actions;
    if (!tasks::linkedRecord(task).first.isEmpty()) {
        auto* open = new QAction(tr("Open"), owner);
        open->setObjectName(QStringLiteral("reminderOpen"));
        connect(open, &QAction::triggered, this, [this, taskId]() { openRecordOfTask(taskId); });
        actions << open;
    }
    auto* snooze = new QAction(tr("Snooze"), owner);
    snooze->setObjectName(QStringLiteral("reminderSnooze"));
    auto* menu = new QMenu;
    // QAction does not own its menu.
    connect(owner, &QObject::destroyed, menu, &QObject::deleteLater);
    for (tasks::Snooze choice : tasks::snoozeChoices()) {
        QAction* item = menu->addAction(tasks::snoozeLabel(choice));
        item->setObjectName(tasks::snoozeObjectName(choice));
        connect(item, &QAction::triggered, this, [this, taskId, choice]() {
            if (const Status s = m_store.snoozeTask(taskId, tasks::snoozeUntil(choice)); !s)
                emit errorOccurred(s.message());
        });
    }
    snooze->setMenu(menu);
    actions << snooze;
    auto* done = new QAction(tr("Done"), owner);
    done->setObjectName(QStringLiteral("reminderDone"));
    connect(done, &QAction::triggered, this, [this, taskId]() {
        if (const Status s = m_store.setTaskDone(taskId, true); !s)
            emit errorOccurred(s.message());
    });
    actions << done;
    return actions;
}

void ReminderService::rebuildTrayMenu(const QList<domain::Task>& due)
{
    // Submenus are children of the tray menu: clear() alone would leave them behind.
    qDeleteAll(m_trayMenu->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly));
    m_trayMenu->clear();
    if (due.isEmpty()) {
        m_trayMenu->addAction(tr("No reminders due"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < std::min<int>(MaxTrayEntries, int(due.size())); ++i) {
        const domain::Task& task = due.at(i);
        QMenu* entry = m_trayMenu->addMenu(themedIcon(QStringLiteral("bell")), describe(task));
        for (QAction* action : actionsFor(task, entry)) {
            if (action->menu()) {
                QMenu* sub = entry->addMenu(action->text());
                for (QAction* choice : action->menu()->actions())
                    sub->addAction(choice);
            } else {
                entry->addAction(action);
            }
        }
    }
}

void ReminderService::openRecordOfTask(const QString& taskId)
{
    auto task = m_store.task(taskId);
    if (!task)
        return;
    const auto [entity, id] = tasks::linkedRecord(*task);
    if (!entity.isEmpty())
        emit recordRequested(entity, id);
}

} // namespace baza::ui
