#include "core/domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace baza::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::domain", text);
}

Status fieldError(const char* field, const QString& message)
{
    Error e = Error::make(ErrorCode::Validation, message);
    e.field = QLatin1String(field);
    return e;
}

constexpr int MaxText = 10000;   // names, titles, subjects
constexpr int MaxBody = 1000000; // notes and bodies

bool tooLong(const QString& s, int max = MaxText)
{
    return s.size() > max;
}

} // namespace

bool isValidEmail(const QString& address)
{
    // Pragmatic: one @, a dot in the domain, no spaces; the full RFC 5322 grammar accepts
    // addresses no mail server delivers to.
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return address.size() <= 254 && re.match(address).hasMatch();
}

bool isPlausiblePhone(const QString& number)
{
    int digits = 0;
    for (int i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (c.isDigit())
            ++digits;
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (!QStringLiteral(" .-()/").contains(c))
            return false;
    }
    return digits >= 5 && digits <= 15;
}

Status validate(const Contact& c)
{
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty() && c.emails.isEmpty() &&
        c.phones.isEmpty())
        return fieldError("last_name", tr("A contact needs a name, an email or a phone number."));
    if (tooLong(c.firstName) || tooLong(c.lastName) || tooLong(c.middleName) || tooLong(c.title))
        return fieldError(
            "last_name",
            QCoreApplication::translate(
                "baza::domain", "A name or title is longer than %n characters.", nullptr, MaxText));
    for (const EmailAddress& e : c.emails) {
        if (!isValidEmail(e.address))
            return fieldError("emails", tr("\"%1\" is not a valid email address.").arg(e.address));
    }
    for (const PhoneNumber& p : c.phones) {
        if (!isPlausiblePhone(p.number))
            return fieldError(
                "phones", tr("\"%1\" is not a valid phone number (5 to 15 digits).").arg(p.number));
    }
    for (const QString& t : c.tags) {
        if (t.trimmed().isEmpty() || t.size() > 100)
            return fieldError("tags", tr("Tags must be 1 to 100 characters long."));
    }
    return {};
}

Status validate(const Company& c)
{
    if (c.name.trimmed().isEmpty())
        return fieldError("name", tr("A company needs a name."));
    if (tooLong(c.name))
        return fieldError("name", tr("The company name is too long."));
    if (tooLong(c.notes, MaxBody))
        return fieldError("notes", tr("The notes are too long."));
    return {};
}

Status validate(const Stage& s)
{
    if (s.name.trimmed().isEmpty())
        return fieldError("name", tr("A stage needs a name."));
    if (s.probability < 0 || s.probability > 100)
        return fieldError("probability", tr("Win probability must be between 0 and 100%."));
    if (s.rottingDays < 0)
        return fieldError("rotting_days", tr("Days before rotting cannot be negative."));
    return {};
}

Status validate(const Pipeline& p)
{
    if (p.name.trimmed().isEmpty())
        return fieldError("name", tr("A pipeline needs a name."));
    if (p.stages.isEmpty())
        return fieldError("stages", tr("A pipeline needs at least one stage."));
    for (const Stage& s : p.stages) {
        if (Status st = validate(s); !st)
            return st;
    }
    return {};
}

Status validate(const Deal& d)
{
    if (d.title.trimmed().isEmpty())
        return fieldError("title", tr("A deal needs a title."));
    if (d.pipelineId.isEmpty() || d.stageId.isEmpty())
        return fieldError("stage_id", tr("A deal needs a pipeline and a stage."));
    if (!isKnownCurrency(d.currency))
        return fieldError(
            "currency", tr("\"%1\" is not an ISO 4217 currency code Baza knows.").arg(d.currency));
    if (d.valueMinor < 0)
        return fieldError("value_minor", tr("A deal's value cannot be negative."));
    if (d.probability < -1 || d.probability > 100)
        return fieldError("probability", tr("Probability must be between 0 and 100%."));
    if (d.status == DealStatus::Lost && d.lostReason.trimmed().isEmpty())
        return fieldError("lost_reason", tr("Say why the deal was lost."));
    return {};
}

Status validate(const Activity& a)
{
    if (!a.occurredAt.isValid())
        return fieldError("occurred_at", tr("An activity needs a date and time."));
    if (a.durationSeconds < 0)
        return fieldError("duration_s", tr("A duration cannot be negative."));
    if (!a.direction.isEmpty() && a.direction != QLatin1String("inbound") &&
        a.direction != QLatin1String("outbound"))
        return fieldError("direction", tr("Direction must be inbound or outbound."));
    if (a.contactId.isEmpty() && a.companyId.isEmpty() && a.dealId.isEmpty())
        return fieldError("contact_id",
                          tr("An activity must be linked to a contact, a company or a deal."));
    if (tooLong(a.body, MaxBody))
        return fieldError("body", tr("The text is too long."));
    return {};
}

Status validate(const Task& t)
{
    if (t.title.trimmed().isEmpty())
        return fieldError("title", tr("A task needs a title."));
    if (t.remindAt.isValid() && t.dueAt.isValid() && t.remindAt > t.dueAt.addDays(365))
        return fieldError("remind_at", tr("The reminder is more than a year after the due date."));
    return {};
}

Status validate(const Consent& c)
{
    if (c.contactId.isEmpty())
        return fieldError("contact_id", tr("A consent belongs to a contact."));
    static const QStringList channels{QStringLiteral("email"), QStringLiteral("phone"),
                                      QStringLiteral("sms"), QStringLiteral("post")};
    if (!channels.contains(c.channel))
        return fieldError("channel", tr("Consent channel must be email, phone, sms or post."));
    static const QStringList statuses{QStringLiteral("granted"), QStringLiteral("withdrawn"),
                                      QStringLiteral("pending")};
    if (!statuses.contains(c.status))
        return fieldError("status", tr("Consent status must be granted, withdrawn or pending."));
    return {};
}

} // namespace baza::domain
