// Tasks as a person works through them (by when they are due) and their reminders.

#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

#include "core/db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

using namespace baza::domain;

namespace {

Error sqlError(const QSqlQuery& q)
{
    return Error{
        ErrorCode::Sql, q.lastError().databaseText(), q.lastError().nativeErrorCode().toInt(), {}};
}

// Reads whole task rows for a WHERE clause in one query; `binds` fill its placeholders.
Result<QList<Task>> readTasks(QSqlDatabase db, const QString& where, const QVariantList& binds,
                              const QString& orderAndLimit)
{
    const EntityDef* def = entityDef(QStringLiteral("task"));
    Q_ASSERT(def);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, %1 FROM tasks WHERE %2 %3")
                  .arg(def->columns.join(QLatin1String(", ")), where, orderAndLimit));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(q);
    QList<Task> out;
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < def->columns.size(); ++i)
            row.insert(def->columns.at(i), q.value(i + 1));
        out.append(taskFrom(q.value(0).toString(), row));
    }
    return out;
}

// "Everyone's" when the assignee is empty; the placeholder is bound twice.
QString assigneeFilter()
{
    return QStringLiteral("(coalesce(?, '') = '' OR assignee_id = ?)");
}

} // namespace

Result<TaskBuckets> Store::tasksByDue(const QString& assigneeId, const QDateTime& now,
                                      int doneLimit) const
{
    // Times are stored as UTC ISO-8601 text with milliseconds, so text order is time order.
    const QDateTime tomorrow = QDateTime(now.toLocalTime().date().addDays(1), QTime(0, 0));
    const QString nowText = timeValue(now).toString();
    const QString tomorrowText = timeValue(tomorrow).toString();
    auto open = readTasks(connection(), QStringLiteral("done = 0 AND ") + assigneeFilter(),
                          {assigneeId, assigneeId},
                          QStringLiteral("ORDER BY due_at IS NULL, due_at, title"));
    if (!open)
        return open.error();
    TaskBuckets buckets;
    for (Task& t : *open) {
        const QString due = timeValue(t.dueAt).toString();
        if (due.isEmpty() || due >= tomorrowText)
            buckets.upcoming.append(std::move(t));
        else if (due < nowText)
            buckets.overdue.append(std::move(t));
        else
            buckets.today.append(std::move(t));
    }
    auto done = readTasks(connection(), QStringLiteral("done = 1 AND ") + assigneeFilter(),
                          {assigneeId, assigneeId},
                          QStringLiteral("ORDER BY done_at DESC LIMIT %1").arg(doneLimit));
    if (!done)
        return done.error();
    buckets.done = std::move(*done);
    return buckets;
}

Result<QList<Task>> Store::dueReminders(const QString& assigneeId, const QDateTime& now) const
{
    return readTasks(connection(),
                     QStringLiteral("done = 0 AND remind_at IS NOT NULL AND remind_at <= ? AND ") +
                         assigneeFilter(),
                     {timeValue(now), assigneeId, assigneeId},
                     QStringLiteral("ORDER BY remind_at"));
}

Status Store::snoozeTask(const QString& id, const QDateTime& until)
{
    return execute(QStringLiteral("Snooze task"), [&](Command& cmd) {
        return cmd.update(QStringLiteral("task"), id,
                          {{QStringLiteral("remind_at"), timeValue(until)},
                           {QStringLiteral("updated_at"), nowText()}});
    });
}

QString Store::recordTitle(const QString& entity, const QString& id) const
{
    if (id.isEmpty())
        return {};
    if (entity == QLatin1String("contact")) {
        if (auto c = contact(id))
            return c->displayName();
    } else if (entity == QLatin1String("company")) {
        if (auto c = company(id))
            return c->name;
    } else if (entity == QLatin1String("deal")) {
        if (auto d = deal(id))
            return d->title;
    }
    return {};
}

} // namespace baza::store
