#pragma once

#include "core/domain/Activity.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace baza::ui::tasks {

// The record a task is about, as (entity, id): its contact, else its deal, else its company;
// empty when it stands alone.
QPair<QString, QString> linkedRecord(const domain::Task& task);

// "Remind me again in…", from the tray menu, the reminder bar and the tasks page.
enum class Snooze { FiveMinutes, OneHour, Tomorrow };
QList<Snooze> snoozeChoices();
QString snoozeLabel(Snooze choice);
// 5 min or 1 h from now; tomorrow at 9:00 local time.
QDateTime snoozeUntil(Snooze choice, const QDateTime& now = QDateTime::currentDateTime());
// An objectName for the action, for tests: snooze5min, snooze1h, snoozeTomorrow.
QString snoozeObjectName(Snooze choice);

} // namespace baza::ui::tasks
