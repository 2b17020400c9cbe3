// The tasks page and reminders on a real encrypted database: grouping, completing with a click,
// opening the linked record, adding a task, a due reminder in the notification bar and snoozing
// it from there.

#include "QtTestEnvironment.h"
#include "TestSupport.h"

#include "core/store/Store.h"
#include "ui/shell/NotificationBar.h"
#include "ui/shell/Resources.h"
#include "ui/tasks/ReminderService.h"
#include "ui/tasks/TaskDelegate.h"
#include "ui/tasks/TaskListModel.h"
#include "ui/tasks/TasksPage.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace baza;
using Group = ui::TaskListModel::Group;

namespace {

const auto* const qtEnvironment = ::testing::AddGlobalTestEnvironment(new test::QtTestEnvironment);

class TasksUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ui::initResources();
        database = test::createDatabase(dir.path(QStringLiteral("tasks.baza")));
        ASSERT_TRUE(database);
        store = std::make_unique<store::Store>(*database);
        ASSERT_TRUE(store->initialize().ok());
        domain::Contact anna;
        anna.firstName = QStringLiteral("Anna");
        anna.lastName = QStringLiteral("Kowalska");
        auto created = store->createContact(anna);
        ASSERT_TRUE(created);
        annaId = created->id;
    }

    QString addTask(const QString& title, const QDateTime& due,
                    const QDateTime& remind = QDateTime(), const QString& contactId = QString())
    {
        domain::Task t;
        t.title = title;
        t.dueAt = due;
        t.remindAt = remind;
        t.contactId = contactId;
        auto created = store->createTask(t);
        EXPECT_TRUE(created) << created.message().toStdString();
        return created ? created->id : QString();
    }

    // The option the view paints a row with, for the delegate's hit areas.
    static QStyleOptionViewItem optionFor(QTreeView* view, const QModelIndex& index)
    {
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(index);
        option.font = view->font();
        option.widget = view;
        return option;
    }

    test::TempDir dir;
    std::unique_ptr<db::Database> database;
    std::unique_ptr<store::Store> store;
    QString annaId;
};

} // namespace

TEST_F(TasksUiTest, GroupsTasksOverdueTodayUpcomingAndDone)
{
    const QDateTime now(QDate::currentDate(), QTime(12, 0));
    addTask(QStringLiteral("late"), now.addDays(-2));
    addTask(QStringLiteral("this afternoon"), now.addSecs(3 * 3600));
    addTask(QStringLiteral("next week"), now.addDays(7));
    const QString finished = addTask(QStringLiteral("finished"), now.addDays(-1));
    ASSERT_TRUE(store->setTaskDone(finished, true).ok());

    ui::TasksPage page(*store);
    ui::TaskListModel* model = page.model();
    model->reload(now);
    ASSERT_EQ(model->rowCount(), 4);
    for (auto [group, title] : {std::pair{Group::Overdue, "late"},
                                {Group::Today, "this afternoon"},
                                {Group::Upcoming, "next week"},
                                {Group::Done, "finished"}}) {
        const QModelIndex header = model->groupIndex(group);
        ASSERT_TRUE(header.isValid()) << int(group);
        ASSERT_EQ(model->rowCount(header), 1);
        EXPECT_EQ(model->index(0, 0, header).data().toString(), QLatin1String(title));
    }
    page.show();
    EXPECT_TRUE(page.view()->isExpanded(model->groupIndex(Group::Today)));
    EXPECT_FALSE(page.view()->isExpanded(model->groupIndex(Group::Done))) << "done starts folded";
}

TEST_F(TasksUiTest, ClickingTheBoxCompletesTheTaskInTheStore)
{
    const QString id = addTask(QStringLiteral("send the offer"),
                               QDateTime::currentDateTime().addSecs(7200), {}, annaId);
    ui::TasksPage page(*store);
    page.resize(700, 500);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QTreeView* view = page.view();
    const QModelIndex index = page.model()->indexOfTask(id);
    ASSERT_TRUE(index.isValid());
    const QRect box = ui::TaskDelegate::checkRect(optionFor(view, index));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, box.center());

    EXPECT_TRUE(store->task(id)->done);
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            const QModelIndex moved = page.model()->indexOfTask(id);
            return moved.isValid() &&
                   moved.data(ui::TaskListModel::GroupRole).value<Group>() == Group::Done;
        },
        2000));

    // And back: Space on the current task reopens it.
    page.view()->setExpanded(page.model()->groupIndex(Group::Done), true);
    view->setCurrentIndex(page.model()->indexOfTask(id));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
    EXPECT_FALSE(store->task(id)->done);
}

TEST_F(TasksUiTest, ClickingTheRecordNameOpensTheRecord)
{
    const QString id = addTask(QStringLiteral("call Anna"),
                               QDateTime::currentDateTime().addSecs(3600), {}, annaId);
    ui::TasksPage page(*store);
    page.resize(700, 500);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy opened(&page, &ui::TasksPage::recordRequested);
    const QModelIndex index = page.model()->indexOfTask(id);
    EXPECT_EQ(index.data(ui::TaskListModel::RecordTitleRole).toString(),
              QStringLiteral("Anna Kowalska"));
    const QRect record = ui::TaskDelegate::recordRect(optionFor(page.view(), index), index);
    ASSERT_FALSE(record.isEmpty());
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, Qt::NoModifier, record.center());
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(0).toString(), QStringLiteral("contact"));
    EXPECT_EQ(opened.at(0).at(1).toString(), annaId);
    EXPECT_FALSE(store->task(id)->done) << "opening is not completing";
}

TEST_F(TasksUiTest, AddsATaskFromTheTopRow)
{
    ui::TasksPage page(*store);
    page.show();
    auto* title = page.findChild<QLineEdit*>(QStringLiteral("newTaskTitle"));
    auto* add = page.findChild<QPushButton*>(QStringLiteral("addTaskButton"));
    ASSERT_TRUE(title && add);
    EXPECT_FALSE(add->isEnabled());
    QTest::keyClicks(title, QStringLiteral("Order more paper"));
    ASSERT_TRUE(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_TRUE(title->text().isEmpty());
    auto buckets = store->tasksByDue(store->profile().id, QDateTime::currentDateTime());
    ASSERT_TRUE(buckets);
    const QList<domain::Task> open = buckets->today + buckets->upcoming;
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().title, QStringLiteral("Order more paper"));
    EXPECT_EQ(open.first().remindAt, open.first().dueAt) << "reminds at the due time by default";
    ASSERT_TRUE(QTest::qWaitFor([&]() { return page.model()->openTaskCount() == 1; }, 2000));
}

TEST_F(TasksUiTest, ADueReminderShowsAndSnoozeMovesItsTime)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString id = addTask(QStringLiteral("Call back about the offer"), now.addSecs(600),
                               now.addSecs(-30), annaId);
    addTask(QStringLiteral("not yet"), now.addDays(1), now.addSecs(3600));

    QWidget host;
    ui::NotificationBar bar(&host);
    ui::ReminderService reminders(*store, &bar);
    ASSERT_FALSE(reminders.usesSystemTray()) << "the offscreen platform has no tray";
    host.show();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return bar.isVisible(); }, 3000));
    EXPECT_TRUE(bar.text().contains(QStringLiteral("Call back about the offer")));
    EXPECT_TRUE(bar.text().contains(QStringLiteral("Anna Kowalska")));
    EXPECT_EQ(reminders.shownTaskId(), id);

    // Open asks for the task's record.
    QSignalSpy opened(&reminders, &ui::ReminderService::recordRequested);
    auto* open = bar.findChild<QToolButton*>(QStringLiteral("reminderOpenButton"));
    ASSERT_TRUE(open);
    QTest::mouseClick(open, Qt::LeftButton);
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened.at(0).at(1).toString(), annaId);

    // Snooze for five minutes: the reminder time moves, the bar goes away.
    auto* snooze = bar.findChild<QToolButton*>(QStringLiteral("reminderSnoozeButton"));
    ASSERT_TRUE(snooze && snooze->defaultAction() && snooze->defaultAction()->menu());
    EXPECT_EQ(snooze->popupMode(), QToolButton::InstantPopup);
    QAction* fiveMinutes = nullptr;
    for (QAction* action : snooze->defaultAction()->menu()->actions()) {
        if (action->objectName() == QLatin1String("snooze5min"))
            fiveMinutes = action;
    }
    ASSERT_TRUE(fiveMinutes);
    const QDateTime before = QDateTime::currentDateTime();
    fiveMinutes->trigger();
    const QDateTime remindAt = store->task(id)->remindAt;
    EXPECT_GE(remindAt.toSecsSinceEpoch(), before.addSecs(5 * 60 - 1).toSecsSinceEpoch());
    EXPECT_LE(remindAt.toSecsSinceEpoch(), before.addSecs(5 * 60 + 30).toSecsSinceEpoch());
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !bar.isVisible(); }, 3000));
    EXPECT_TRUE(store->dueReminders(store->profile().id, QDateTime::currentDateTime())->isEmpty());

    // Announced once per reminder time: another check does not bring it back.
    reminders.check();
    EXPECT_FALSE(bar.isVisible());
}
