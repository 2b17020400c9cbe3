#pragma once

#include "core/domain/Activity.h"

#include <QDateTime>
#include <QString>

namespace baza::ui::cardtext {

// How the cards name things the store keeps as keys or English labels, translated.
QString activityKindName(domain::ActivityKind kind);
// A change-log command label ("Edit contact") as a person reads it in the timeline.
QString commandName(const QString& label);
// A column of the change log ("first_name") as the field's name on the card.
QString fieldName(const QString& field);
QString consentChannelName(const QString& channel);
QString consentStatusName(const QString& status);
QString callOutcomeName(const QString& outcome);
// Keys of the call outcomes the composer offers, in order.
QStringList callOutcomeKeys();
QString emailLabelName(const QString& label);

// Date and time in the user's locale and time zone, short form.
QString dateTime(const QDateTime& utc);
QString date(const QDate& date);
// "12 min", "1 h 5 min", in the user's language.
QString duration(int seconds);
// An amount in minor units with its currency, e.g. "1 250,00 zł".
QString money(qint64 minor, const QString& currency, int minorDigits);

} // namespace baza::ui::cardtext
