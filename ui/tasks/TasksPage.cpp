#include "ui/tasks/TasksPage.h"

#include "core/store/Store.h"
#include "ui/shell/Formatting.h"
#include "ui/shell/Icons.h"
#include "ui/shell/PageHeading.h"
#include "ui/tasks/TaskDelegate.h"
#include "ui/tasks/TaskHelpers.h"
#include "ui/tasks/TaskListModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace baza::ui {

namespace {

// Groups move as time passes (today's 15:00 task becomes overdue at 15:00).
constexpr int RegroupIntervalMs = 60 * 1000;

// Reminder choices of a new task: minutes before the due time; -1 for none.
constexpr int ReminderOffsets[] = {0, 15, 60, 24 * 60, -1};

QString reminderLabel(int minutes)
{
    switch (minutes) {
    case -1:
        return TasksPage::tr("No reminder");
    case 0:
        return TasksPage::tr("Remind at the due time");
    case 60:
        return TasksPage::tr("Remind an hour before");
    case 24 * 60:
        return TasksPage::tr("Remind a day before");
    default:
        return TasksPage::tr("Remind %n minute(s) before", nullptr, minutes);
    }
}

// A sensible default due time: the next full hour, at least 30 minutes away.
QDateTime nextDueSlot()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime hour(now.date(), QTime(now.time().hour(), 0));
    return hour.addSecs(now.time().minute() < 30 ? 3600 : 7200);
}

} // namespace

TasksPage::TasksPage(store::Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new TaskListModel(store, this))
    , m_delegate(new TaskDelegate(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("tasksPage"));
    setAccessibleName(tr("My tasks"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("taskSummary"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("taskProblem"));
    m_problem->setWordWrap(true);
    theme::markAsError(m_problem);
    m_problem->hide();

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("taskList"));
    m_view->setAccessibleName(tr("Tasks"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(0);
    m_view->setUniformRowHeights(false);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMouseTracking(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(tr("My tasks"), this));
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(buildAddRow());
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPage::modelReset);
    connect(m_model, &TaskListModel::errorOccurred, this, [this](const QString& message) {
        m_problem->setText(message);
        m_problem->show();
    });
    connect(m_delegate, &TaskDelegate::recordClicked, this, &TasksPage::openRecordOf);
    connect(m_delegate, &TaskDelegate::groupClicked, this, [this](const QModelIndex& index) {
        m_view->setExpanded(index, !m_view->isExpanded(index));
        if (index.data(TaskListModel::GroupRole).value<TaskListModel::Group>() ==
            TaskListModel::Group::Done)
            m_doneExpanded = m_view->isExpanded(index);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (index.data(TaskListModel::IsGroupRole).toBool())
            m_view->setExpanded(index, !m_view->isExpanded(index));
        else
            openRecordOf(index);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &TasksPage::showContextMenu);
    connect(m_clock, &QTimer::timeout, this, [this]() { m_model->reload(); });
    m_clock->start(RegroupIntervalMs);
    modelReset();
}

QWidget* TasksPage::buildAddRow()
{
    auto* row = new QWidget(this);
    m_newTitle = new QLineEdit(row);
    m_newTitle->setObjectName(QStringLiteral("newTaskTitle"));
    m_newTitle->setAccessibleName(tr("New task"));
    m_newTitle->setPlaceholderText(tr("Add a task, e.g. “Call back about the offer”"));
    m_newDue = new QDateTimeEdit(nextDueSlot(), row);
    m_newDue->setObjectName(QStringLiteral("newTaskDue"));
    m_newDue->setAccessibleName(tr("Due"));
    m_newDue->setCalendarPopup(true);
    m_newDue->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_newReminder = new QComboBox(row);
    m_newReminder->setObjectName(QStringLiteral("newTaskReminder"));
    m_newReminder->setAccessibleName(tr("Reminder"));
    for (int minutes : ReminderOffsets)
        m_newReminder->addItem(reminderLabel(minutes), minutes);
    m_add = new QPushButton(themedIcon(QStringLiteral("add")), tr("&Add task"), row);
    m_add->setObjectName(QStringLiteral("addTaskButton"));
    m_add->setEnabled(false);

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_newTitle, 1);
    layout->addWidget(m_newDue);
    layout->addWidget(m_newReminder);
    layout->addWidget(m_add);

    connect(m_newTitle, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_newTitle, &QLineEdit::returnPressed, this, &TasksPage::addTask);
    connect(m_add, &QPushButton::clicked, this, &TasksPage::addTask);
    return row;
}

void TasksPage::addTask()
{
    const QString title = m_newTitle->text().trimmed();
    if (title.isEmpty())
        return;
    domain::Task task;
    task.title = title;
    task.dueAt = m_newDue->dateTime();
    const int before = m_newReminder->currentData().toInt();
    if (before >= 0)
        task.remindAt = task.dueAt.addSecs(-60 * qint64(before));
    task.assigneeId = m_store.profile().id;
    auto created = m_store.createTask(task);
    if (!created) {
        m_problem->setText(created.message());
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_newTitle->clear();
    m_newTitle->setFocus();
}

void TasksPage::modelReset()
{
    // Open groups expanded; done collapsed unless the user opened it.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        const bool isDone = group.data(TaskListModel::GroupRole).value<TaskListModel::Group>() ==
                            TaskListModel::Group::Done;
        m_view->setExpanded(group, !isDone || m_doneExpanded);
    }
    const int open = m_model->openTaskCount();
    m_summary->setText(open == 0 ? tr("Nothing to do. Add a task above.")
                                 : tr("%n open task(s)", nullptr, open));
}

void TasksPage::openRecordOf(const QModelIndex& index)
{
    const QString entity = index.data(TaskListModel::RecordEntityRole).toString();
    const QString id = index.data(TaskListModel::RecordIdRole).toString();
    if (!entity.isEmpty())
        emit recordRequested(entity, id);
}

void TasksPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || index.data(TaskListModel::IsGroupRole).toBool())
        return;
    const QString taskId = index.data(TaskListModel::TaskIdRole).toString();
    const bool done = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* open =
        menu->addAction(tr("&Open %1").arg(index.data(TaskListModel::RecordTitleRole).toString()));
    open->setEnabled(!index.data(TaskListModel::RecordIdRole).toString().isEmpty());
    connect(open, &QAction::triggered, this, [this, index]() { openRecordOf(index); });
    QAction* toggle = menu->addAction(done ? tr("Mark as &not done") : tr("Mark as &done"));
    connect(toggle, &QAction::triggered, this, [this, taskId, done]() {
        if (const Status s = m_store.setTaskDone(taskId, !done); !s) {
            m_problem->setText(s.message());
            m_problem->show();
        }
    });
    QMenu* snooze = menu->addMenu(themedIcon(QStringLiteral("bell")), tr("&Remind me"));
    snooze->setEnabled(!done);
    for (tasks::Snooze choice : tasks::snoozeChoices()) {
        QAction* action = snooze->addAction(tasks::snoozeLabel(choice));
        action->setObjectName(tasks::snoozeObjectName(choice));
        connect(action, &QAction::triggered, this, [this, taskId, choice]() {
            if (const Status s = m_store.snoozeTask(taskId, tasks::snoozeUntil(choice)); !s) {
                m_problem->setText(s.message());
                m_problem->show();
            }
        });
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace baza::ui
