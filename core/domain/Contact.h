#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace baza::domain {

struct EmailAddress
{
    QString label; // "work", "home", "other" or the user's own
    QString address;
    friend bool operator==(const EmailAddress&, const EmailAddress&) = default;
};

struct PhoneNumber
{
    QString label;  // "mobile", "work", "home", "fax", "other"
    QString number; // E.164 when it could be normalized, otherwise as typed
    friend bool operator==(const PhoneNumber&, const PhoneNumber&) = default;
};

struct Address
{
    QString street;
    QString city;
    QString postalCode;
    QString region;
    QString country; // ISO 3166-1 alpha-2 where known
    friend bool operator==(const Address&, const Address&) = default;
};

// Where a contact is in the customer journey, in order.
enum class Lifecycle { Subscriber, Lead, Qualified, Opportunity, Customer, Evangelist, Other };
QString lifecycleKey(Lifecycle stage);
bool lifecycleFromKey(const QString& key, Lifecycle* out);
QString lifecycleDisplayName(Lifecycle stage);

struct Consent
{
    QString id;
    QString contactId;
    QString channel; // email, phone, sms, post
    QString purpose; // marketing, newsletter ...
    QString status;  // granted, withdrawn, pending
    QDateTime decidedAt;
    QString source; // web form, phone call, import ...
    friend bool operator==(const Consent&, const Consent&) = default;
};

struct Contact
{
    QString id;
    QString firstName;
    QString middleName; // patronymic for Russian names
    QString lastName;
    QString title;
    QString companyId;
    QList<EmailAddress> emails;
    QList<PhoneNumber> phones;
    Address address;
    Lifecycle lifecycle = Lifecycle::Lead;
    QString ownerId;
    QString source;
    QStringList tags;
    QVariantMap custom;
    QDateTime lastContactedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString displayName() const;
    friend bool operator==(const Contact&, const Contact&) = default;
};

} // namespace baza::domain
