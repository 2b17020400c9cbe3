#include "core/domain/Activity.h"
#include "core/domain/Contact.h"
#include "core/domain/Deal.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <utility>

namespace baza::domain {

namespace {

template <typename Enum, std::size_t N>
bool fromKey(const std::array<std::pair<Enum, const char*>, N>& table, const QString& key,
             Enum* out)
{
    for (const auto& [value, name] : table) {
        if (key == QLatin1String(name)) {
            *out = value;
            return true;
        }
    }
    return false;
}

template <typename Enum, std::size_t N>
QString toKey(const std::array<std::pair<Enum, const char*>, N>& table, Enum v)
{
    for (const auto& [value, name] : table) {
        if (value == v)
            return QLatin1String(name);
    }
    return {};
}

constexpr std::array<std::pair<Lifecycle, const char*>, 7> LifecycleKeys{{
    {Lifecycle::Subscriber, "subscriber"},
    {Lifecycle::Lead, "lead"},
    {Lifecycle::Qualified, "qualified"},
    {Lifecycle::Opportunity, "opportunity"},
    {Lifecycle::Customer, "customer"},
    {Lifecycle::Evangelist, "evangelist"},
    {Lifecycle::Other, "other"},
}};

constexpr std::array<std::pair<DealStatus, const char*>, 3> DealStatusKeys{{
    {DealStatus::Open, "open"},
    {DealStatus::Won, "won"},
    {DealStatus::Lost, "lost"},
}};

constexpr std::array<std::pair<ActivityKind, const char*>, 4> ActivityKeys{{
    {ActivityKind::Call, "call"},
    {ActivityKind::Email, "email"},
    {ActivityKind::Meeting, "meeting"},
    {ActivityKind::Note, "note"},
}};

} // namespace

QString lifecycleKey(Lifecycle stage)
{
    return toKey(LifecycleKeys, stage);
}

bool lifecycleFromKey(const QString& key, Lifecycle* out)
{
    return fromKey(LifecycleKeys, key, out);
}

QString lifecycleDisplayName(Lifecycle stage)
{
    switch (stage) {
    case Lifecycle::Subscriber:
        return QCoreApplication::translate("baza::domain", "Subscriber");
    case Lifecycle::Lead:
        return QCoreApplication::translate("baza::domain", "Lead");
    case Lifecycle::Qualified:
        return QCoreApplication::translate("baza::domain", "Qualified lead");
    case Lifecycle::Opportunity:
        return QCoreApplication::translate("baza::domain", "Opportunity");
    case Lifecycle::Customer:
        return QCoreApplication::translate("baza::domain", "Customer");
    case Lifecycle::Evangelist:
        return QCoreApplication::translate("baza::domain", "Evangelist");
    case Lifecycle::Other:
        return QCoreApplication::translate("baza::domain", "Other");
    }
    return {};
}

QString dealStatusKey(DealStatus status)
{
    return toKey(DealStatusKeys, status);
}

bool dealStatusFromKey(const QString& key, DealStatus* out)
{
    return fromKey(DealStatusKeys, key, out);
}

QString activityKindKey(ActivityKind kind)
{
    return toKey(ActivityKeys, kind);
}

bool activityKindFromKey(const QString& key, ActivityKind* out)
{
    return fromKey(ActivityKeys, key, out);
}

QString Contact::displayName() const
{
    QStringList parts;
    for (const QString* p : {&firstName, &middleName, &lastName}) {
        if (!p->trimmed().isEmpty())
            parts << p->trimmed();
    }
    if (!parts.isEmpty())
        return parts.join(QLatin1Char(' '));
    if (!emails.isEmpty())
        return emails.first().address;
    if (!phones.isEmpty())
        return phones.first().number;
    return QCoreApplication::translate("baza::domain", "(no name)");
}

bool isKnownCurrency(const QString& code)
{
    return currencyMinorDigits(code) >= 0;
}

int currencyMinorDigits(const QString& code)
{
    // The currencies our users deal in; the rest of ISO 4217 can be added as needed.
    static const QHash<QString, int> digits{
        {QStringLiteral("EUR"), 2}, {QStringLiteral("PLN"), 2}, {QStringLiteral("RUB"), 2},
        {QStringLiteral("USD"), 2}, {QStringLiteral("GBP"), 2}, {QStringLiteral("CHF"), 2},
        {QStringLiteral("CZK"), 2}, {QStringLiteral("UAH"), 2}, {QStringLiteral("BYN"), 2},
        {QStringLiteral("KZT"), 2}, {QStringLiteral("SEK"), 2}, {QStringLiteral("NOK"), 2},
        {QStringLiteral("DKK"), 2}, {QStringLiteral("HUF"), 2}, {QStringLiteral("RON"), 2},
        {QStringLiteral("BGN"), 2}, {QStringLiteral("TRY"), 2}, {QStringLiteral("CAD"), 2},
        {QStringLiteral("AUD"), 2}, {QStringLiteral("CNY"), 2}, {QStringLiteral("INR"), 2},
        {QStringLiteral("JPY"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("ISK"), 0},
        {QStringLiteral("KWD"), 3}, {QStringLiteral("BHD"), 3}, {QStringLiteral("GEL"), 2},
        {QStringLiteral("AMD"), 2}, {QStringLiteral("AZN"), 2}, {QStringLiteral("MDL"), 2},
    };
    return digits.value(code, -1);
}

} // namespace baza::domain
