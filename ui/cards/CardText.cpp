#include "ui/cards/CardText.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace baza::ui::cardtext {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("baza::ui::cardtext", text, nullptr, n);
}

} // namespace

QString activityKindName(domain::ActivityKind kind)
{
    switch (kind) {
    case domain::ActivityKind::Call:
        return tr("Call");
    case domain::ActivityKind::Email:
        return tr("Email");
    case domain::ActivityKind::Meeting:
        return tr("Meeting");
    case domain::ActivityKind::Note:
        return tr("Note");
    }
    return {};
}

QString commandName(const QString& label)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("Create contact"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Created")},
        {QStringLiteral("Create contacts"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Created")},
        {QStringLiteral("Import contacts"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Imported")},
        {QStringLiteral("Create company"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Created")},
        {QStringLiteral("Edit contact"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Edited")},
        {QStringLiteral("Edit company"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Edited")},
        {QStringLiteral("Delete company"),
         QT_TRANSLATE_NOOP("baza::ui::cardtext", "Company deleted")},
        {QStringLiteral("Delete contact"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Deleted")},
        {QStringLiteral("Undo"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Undone")},
        {QStringLiteral("Undo batch"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Import undone")},
        {QStringLiteral("Log activity"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Activity")},
        {QStringLiteral("Sync"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Synced")},
    };
    const auto it = names.constFind(label);
    return it == names.constEnd() ? label : tr(*it);
}

QString fieldName(const QString& field)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "First name")},
        {QStringLiteral("middle_name"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Middle name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Last name")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Job title")},
        {QStringLiteral("company_id"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Company")},
        {QStringLiteral("emails"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Email")},
        {QStringLiteral("phones"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Phone")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Phone")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Street")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "City")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Postal code")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Region")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Country")},
        {QStringLiteral("lifecycle"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Stage")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Owner")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Source")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Tags")},
        {QStringLiteral("custom"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Custom fields")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Name")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Domain")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Industry")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Website")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("baza::ui::cardtext", "Notes")},
        {QStringLiteral("last_contacted_at"),
         QT_TRANSLATE_NOOP("baza::ui::cardtext", "Last contacted")},
    };
    const auto it = names.constFind(field);
    return it == names.constEnd() ? field : tr(*it);
}

QString consentChannelName(const QString& channel)
{
    if (channel == QLatin1String("email"))
        return tr("Email");
    if (channel == QLatin1String("phone"))
        return tr("Phone");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("post"))
        return tr("Post");
    return channel;
}

QString consentStatusName(const QString& status)
{
    if (status == QLatin1String("granted"))
        return tr("Granted");
    if (status == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (status == QLatin1String("pending"))
        return tr("Pending");
    return status;
}

QStringList callOutcomeKeys()
{
    return {QStringLiteral("connected"), QStringLiteral("no answer"),
            QStringLiteral("left voicemail"), QStringLiteral("busy"),
            QStringLiteral("wrong number")};
}

QString callOutcomeName(const QString& outcome)
{
    if (outcome == QLatin1String("connected"))
        return tr("Connected");
    if (outcome == QLatin1String("no answer"))
        return tr("No answer");
    if (outcome == QLatin1String("left voicemail"))
        return tr("Left voicemail");
    if (outcome == QLatin1String("busy"))
        return tr("Busy");
    if (outcome == QLatin1String("wrong number"))
        return tr("Wrong number");
    return outcome;
}

QString emailLabelName(const QString& label)
{
    if (label == QLatin1String("work"))
        return tr("work");
    if (label == QLatin1String("home"))
        return tr("home");
    if (label == QLatin1String("mobile"))
        return tr("mobile");
    if (label == QLatin1String("fax"))
        return tr("fax");
    if (label == QLatin1String("other"))
        return tr("other");
    return label;
}

QString dateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString date(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString duration(int seconds)
{
    const int minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("%n min", minutes);
    const QString hours = tr("%n h", minutes / 60);
    return minutes % 60 == 0 ? hours : hours + QLatin1Char(' ') + tr("%n min", minutes % 60);
}

QString money(qint64 minor, const QString& currency, int minorDigits)
{
    double divisor = 1;
    for (int i = 0; i < minorDigits; ++i)
        divisor *= 10;
    // The number in the user's locale, then the ISO code: "48 500,00 PLN", "48,500.00 PLN".
    return QLocale().toString(double(minor) / divisor, 'f', minorDigits) + QChar(0x00a0) + currency;
}

} // namespace baza::ui::cardtext
