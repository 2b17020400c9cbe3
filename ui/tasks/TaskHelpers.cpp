#include "ui/tasks/TaskHelpers.h"

#include <QCoreApplication>

namespace baza::ui::tasks {

QPair<QString, QString> linkedRecord(const domain::Task& task)
{
    if (!task.contactId.isEmpty())
        return {QStringLiteral("contact"), task.contactId};
    if (!task.dealId.isEmpty())
        return {QStringLiteral("deal"), task.dealId};
    if (!task.companyId.isEmpty())
        return {QStringLiteral("company"), task.companyId};
    return {};
}

QList<Snooze> snoozeChoices()
{
    return {Snooze::FiveMinutes, Snooze::OneHour, Snooze::Tomorrow};
}

QString snoozeLabel(Snooze choice)
{
    switch (choice) {
    case Snooze::FiveMinutes:
        return QCoreApplication::translate("baza::ui::tasks", "In 5 minutes");
    case Snooze::OneHour:
        return QCoreApplication::translate("baza::ui::tasks", "In 1 hour");
    case Snooze::Tomorrow:
        return QCoreApplication::translate("baza::ui::tasks", "Tomorrow morning");
    }
    return {};
}

QDateTime snoozeUntil(Snooze choice, const QDateTime& now)
{
    switch (choice) {
    case Snooze::FiveMinutes:
        return now.addSecs(5 * 60);
    case Snooze::OneHour:
        return now.addSecs(60 * 60);
    case Snooze::Tomorrow:
        return QDateTime(now.toLocalTime().date().addDays(1), QTime(9, 0));
    }
    return now;
}

QString snoozeObjectName(Snooze choice)
{
    switch (choice) {
    case Snooze::FiveMinutes:
        return QStringLiteral("snooze5min");
    case Snooze::OneHour:
        return QStringLiteral("snooze1h");
    case Snooze::Tomorrow:
        return QStringLiteral("snoozeTomorrow");
    }
    return {};
}

} // namespace baza::ui::tasks
