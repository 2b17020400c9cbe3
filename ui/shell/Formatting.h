#pragma once

#include <QDateTime>
#include <QString>

class QPalette;
class QColor;
class QWidget;

namespace baza::ui {

// Dates, numbers and money the way the user's language writes them. Every page formats through
// these, so "3 lip 2025, 14:05" and "3 июл. 2025 г., 14:05" come out of one place. They use the
// default QLocale, which main() sets to the chosen language.
namespace format {

// "14:05"
QString time(const QDateTime& when);
// The short local date, e.g. "03.07.2025".
QString date(const QDate& day);
// The short local date and time.
QString dateTime(const QDateTime& when);
// Relative to `now` for the days near it: "Today 14:05", "Yesterday 09:00", "Tomorrow 17:00",
// the weekday within the coming week, the short date and time otherwise.
QString nearDateTime(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTime());
QString number(double value, int decimals = 0);
// An amount in minor units (grosze, kopeks, cents) of a currency given by ISO 4217 code.
QString money(qint64 minorUnits, const QString& currency);

} // namespace format

// Colours that follow the system palette, light or dark: never a fixed colour that only works
// on white.
namespace theme {

bool isDark(const QPalette& palette);
// For errors and overdue dates: a red that stays readable on the palette's base.
QColor negative(const QPalette& palette);
// Secondary text (subtitles, hints): the text colour blended towards the background.
QColor secondaryText(const QPalette& palette);
// Gives a label or other widget the error colour of its palette.
void markAsError(QWidget* widget);
// For explanations under a field: readable, but quieter than the field's own text.
void markAsSecondary(QWidget* widget);
// A message that is an error one time and a note the next: either look, from the inherited
// palette each time (the two above would mix).
void markAsMessage(QWidget* widget, bool error);

} // namespace theme

} // namespace baza::ui
