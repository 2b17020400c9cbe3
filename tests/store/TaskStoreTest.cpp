// Tasks by due bucket, due reminders, snooze and record titles, against a real encrypted
// database.

#include "StoreFixture.h"

using namespace baza;

namespace {

domain::Task taskDue(const QString& title, const QDateTime& due)
{
    domain::Task t;
    t.title = title;
    t.dueAt = due;
    return t;
}

QStringList titles(const QList<domain::Task>& tasks)
{
    QStringList out;
    for (const auto& t : tasks)
        out << t.title;
    return out;
}

} // namespace

class TaskStoreTest : public StoreFixture
{};

TEST_F(TaskStoreTest, GroupsOpenTasksByDueTimeAndListsDoneOnes)
{
    // Noon local time, so "later today" and "tomorrow" are unambiguous.
    const QDateTime now(QDate(2025, 3, 12), QTime(12, 0));
    ASSERT_TRUE(store->createTask(taskDue(QStringLiteral("yesterday"), now.addDays(-1))));
    ASSERT_TRUE(store->createTask(taskDue(QStringLiteral("an hour ago"), now.addSecs(-3600))));
    ASSERT_TRUE(store->createTask(taskDue(QStringLiteral("this evening"), now.addSecs(8 * 3600))));
    ASSERT_TRUE(store->createTask(taskDue(QStringLiteral("tomorrow"), now.addDays(1))));
    ASSERT_TRUE(store->createTask(taskDue(QStringLiteral("no date"), QDateTime())));
    auto finished = store->createTask(taskDue(QStringLiteral("finished"), now.addDays(-2)));
    ASSERT_TRUE(finished);
    ASSERT_TRUE(store->setTaskDone(finished->id, true).ok());

    auto buckets = store->tasksByDue(store->profile().id, now);
    ASSERT_TRUE(buckets) << buckets.message().toStdString();
    EXPECT_EQ(titles(buckets->overdue),
              (QStringList{QStringLiteral("yesterday"), QStringLiteral("an hour ago")}));
    EXPECT_EQ(titles(buckets->today), QStringList{QStringLiteral("this evening")});
    EXPECT_EQ(titles(buckets->upcoming),
              (QStringList{QStringLiteral("tomorrow"), QStringLiteral("no date")}));
    EXPECT_EQ(titles(buckets->done), QStringList{QStringLiteral("finished")});

    // Another assignee's tasks are not mine; everyone's includes them.
    domain::Task theirs = taskDue(QStringLiteral("theirs"), now.addSecs(60));
    theirs.assigneeId = QStringLiteral("someone-else");
    ASSERT_TRUE(store->createTask(theirs));
    EXPECT_EQ(store->tasksByDue(store->profile().id, now)->today.size(), 1);
    EXPECT_EQ(store->tasksByDue(QString(), now)->today.size(), 2);
}

TEST_F(TaskStoreTest, DueRemindersAndSnooze)
{
    const QDateTime now = QDateTime::currentDateTime();
    domain::Task due = taskDue(QStringLiteral("call Anna"), now.addSecs(600));
    due.remindAt = now.addSecs(-60);
    auto dueTask = store->createTask(due);
    ASSERT_TRUE(dueTask);
    domain::Task later = taskDue(QStringLiteral("later"), now.addDays(1));
    later.remindAt = now.addSecs(3600);
    ASSERT_TRUE(store->createTask(later));
    domain::Task doneTask = taskDue(QStringLiteral("done already"), now);
    doneTask.remindAt = now.addSecs(-120);
    auto doneCreated = store->createTask(doneTask);
    ASSERT_TRUE(doneCreated);
    ASSERT_TRUE(store->setTaskDone(doneCreated->id, true).ok());

    auto reminders = store->dueReminders(store->profile().id, now);
    ASSERT_TRUE(reminders);
    EXPECT_EQ(titles(*reminders), QStringList{QStringLiteral("call Anna")});

    const QDateTime until = now.addSecs(5 * 60);
    ASSERT_TRUE(store->snoozeTask(dueTask->id, until).ok());
    EXPECT_TRUE(store->dueReminders(store->profile().id, now)->isEmpty());
    // Stored with millisecond precision.
    EXPECT_EQ(store->task(dueTask->id)->remindAt.toMSecsSinceEpoch(), until.toMSecsSinceEpoch());
    EXPECT_EQ(store->dueReminders(store->profile().id, until)->size(), 1);

    // A snooze is one undoable command in the history.
    auto label = store->undoLast();
    ASSERT_TRUE(label);
    EXPECT_EQ(*label, QStringLiteral("Snooze task"));
    EXPECT_EQ(store->dueReminders(store->profile().id, now)->size(), 1);
}

TEST_F(TaskStoreTest, RecordTitleNamesContactsCompaniesAndDeals)
{
    const QString contactId = addContact(QStringLiteral("Łucja"), QStringLiteral("Wiśniewska"));
    EXPECT_EQ(store->recordTitle(QStringLiteral("contact"), contactId),
              QStringLiteral("Łucja Wiśniewska"));
    domain::Company company;
    company.name = QStringLiteral("Piekarnia Kowalski");
    auto created = store->createCompany(company);
    ASSERT_TRUE(created);
    EXPECT_EQ(store->recordTitle(QStringLiteral("company"), created->id), company.name);
    EXPECT_TRUE(store->recordTitle(QStringLiteral("contact"), QStringLiteral("nope")).isEmpty());
}
