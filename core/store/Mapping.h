#pragma once

#include "core/domain/Activity.h"
#include "core/domain/Company.h"
#include "core/domain/Contact.h"
#include "core/domain/Deal.h"

#include <QVariantMap>

namespace baza::store {

// Domain values ↔ column maps. Empty strings and invalid times become NULL; times are stored as
// UTC ISO-8601 with milliseconds, dates as YYYY-MM-DD, lists and custom fields as JSON text.
QVariant text(const QString& s);
QVariant timeValue(const QDateTime& t);
QDateTime timeFrom(const QVariant& v);
QString nowText();

QString emailsToJson(const QList<domain::EmailAddress>& emails);
QList<domain::EmailAddress> emailsFromJson(const QString& json);
QString phonesToJson(const QList<domain::PhoneNumber>& phones);
QList<domain::PhoneNumber> phonesFromJson(const QString& json);
QString tagsToJson(const QStringList& tags);
QStringList tagsFromJson(const QString& json);
QString customToJson(const QVariantMap& custom);
QVariantMap customFromJson(const QString& json);

QVariantMap toFields(const domain::Contact& c);
domain::Contact contactFrom(const QString& id, const QVariantMap& row);
QVariantMap toFields(const domain::Company& c);
domain::Company companyFrom(const QString& id, const QVariantMap& row);
QVariantMap toFields(const domain::Consent& c);
domain::Consent consentFrom(const QString& id, const QVariantMap& row);
QVariantMap toFields(const domain::Stage& s);
QVariantMap toFields(const domain::Deal& d);
domain::Deal dealFrom(const QString& id, const QVariantMap& row);
QVariantMap toFields(const domain::Activity& a);
domain::Activity activityFrom(const QString& id, const QVariantMap& row);
QVariantMap toFields(const domain::Task& t);
domain::Task taskFrom(const QString& id, const QVariantMap& row);

// The normalized form used to find duplicates: lowercased email; phone as + and digits.
QString normalizedEmail(const QString& email);
QString normalizedPhone(const QString& phone);

} // namespace baza::store
