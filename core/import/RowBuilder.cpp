#include "core/import/RowBuilder.h"

#include "core/search/TextFolding.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace baza::import {

using namespace baza::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::import", text);
}

// "* Work", "Mobile", "Komórkowy", "Рабочий" → work / mobile …; other words kept lowercased.
QString normalizeLabel(const QString& raw, const QString& fallback)
{
    QString t = raw.trimmed();
    if (t.startsWith(QLatin1String("* ")))
        t = t.mid(2);
    const QString f = search::fold(t);
    if (f.isEmpty())
        return fallback;
    static const QHash<QString, QString> known{
        {QStringLiteral("work"), QStringLiteral("work")},
        {QStringLiteral("business"), QStringLiteral("work")},
        {QStringLiteral("sluzbowy"), QStringLiteral("work")},
        {QStringLiteral("praca"), QStringLiteral("work")},
        {QStringLiteral("рабочий"), QStringLiteral("work")},
        {QStringLiteral("home"), QStringLiteral("home")},
        {QStringLiteral("domowy"), QStringLiteral("home")},
        {QStringLiteral("домашнии"), QStringLiteral("home")},
        {QStringLiteral("домашний"), QStringLiteral("home")},
        {QStringLiteral("mobile"), QStringLiteral("mobile")},
        {QStringLiteral("cell"), QStringLiteral("mobile")},
        {QStringLiteral("komorkowy"), QStringLiteral("mobile")},
        {QStringLiteral("мобильныи"), QStringLiteral("mobile")},
        {QStringLiteral("мобильный"), QStringLiteral("mobile")},
        {QStringLiteral("fax"), QStringLiteral("fax")},
        {QStringLiteral("work fax"), QStringLiteral("fax")},
        {QStringLiteral("home fax"), QStringLiteral("fax")},
        {QStringLiteral("other"), QStringLiteral("other")},
        {QStringLiteral("inny"), QStringLiteral("other")},
        {QStringLiteral("другой"), QStringLiteral("other")},
        {QStringLiteral("main"), QStringLiteral("work")},
    };
    return known.value(f, t.toLower());
}

Lifecycle lifecycleFrom(const QString& raw, bool* ok)
{
    const QString f = search::fold(raw);
    *ok = true;
    if (f.contains(QLatin1String("subscriber")) || f.contains(QLatin1String("subskrybent")))
        return Lifecycle::Subscriber;
    if (f.contains(QLatin1String("qualified")) || f.contains(QLatin1String("kwalifik")) ||
        f == QLatin1String("mql") || f == QLatin1String("sql"))
        return Lifecycle::Qualified;
    if (f.contains(QLatin1String("opportunit")) || f.contains(QLatin1String("szansa")))
        return Lifecycle::Opportunity;
    if (f.contains(QLatin1String("customer")) || f.contains(QLatin1String("klient")) ||
        f.contains(QLatin1String("клиент")))
        return Lifecycle::Customer;
    if (f.contains(QLatin1String("evangelist")) || f.contains(QLatin1String("ambasador")))
        return Lifecycle::Evangelist;
    if (f.contains(QLatin1String("lead")) || f.contains(QLatin1String("лид")))
        return Lifecycle::Lead;
    if (f == QLatin1String("other") || f == QLatin1String("inny"))
        return Lifecycle::Other;
    *ok = false;
    return Lifecycle::Lead;
}

QString cleanDomain(const QString& raw)
{
    QString d = collapseSpaces(raw).toLower();
    if (d.contains(QLatin1String("://")))
        d = QUrl(d).host();
    if (d.startsWith(QLatin1String("www.")))
        d = d.mid(4);
    while (d.endsWith(QLatin1Char('/')))
        d.chop(1);
    return d;
}

} // namespace

QString countryCode(const QString& name)
{
    const QString t = collapseSpaces(name);
    if (t.size() == 2 && t.at(0).isLetter() && t.at(1).isLetter())
        return t.toUpper();
    static const QHash<QString, QString> codes = [] {
        QHash<QString, QString> c;
        auto add = [&](const char* code, std::initializer_list<const char*> names) {
            for (const char* n : names)
                c.insert(search::fold(QString::fromUtf8(n)), QLatin1String(code));
        };
        add("PL", {"Poland", "Polska", "Польша", "Rzeczpospolita Polska"});
        add("RU", {"Russia", "Russian Federation", "Rosja", "Россия", "Российская Федерация"});
        add("DE", {"Germany", "Deutschland", "Niemcy", "Германия"});
        add("UA", {"Ukraine", "Ukraina", "Украина", "Україна"});
        add("BY", {"Belarus", "Białoruś", "Беларусь"});
        add("CZ", {"Czech Republic", "Czechia", "Czechy", "Чехия"});
        add("GB", {"United Kingdom", "UK", "Great Britain", "Wielka Brytania", "Великобритания"});
        add("US", {"United States", "USA", "United States of America", "Stany Zjednoczone", "США"});
        add("FR", {"France", "Francja", "Франция"});
        add("LT", {"Lithuania", "Litwa", "Литва"});
        add("KZ", {"Kazakhstan", "Kazachstan", "Казахстан"});
        return c;
    }();
    return codes.value(search::fold(t), t);
}

RowBuilder::RowBuilder(const ImportMapping& mapping, const QString& phoneRegion)
    : m_mapping(mapping)
    , m_phones(mapping.phoneRegion.isEmpty() ? phoneRegion : mapping.phoneRegion)
    , m_dateOrder(mapping.dateOrder.isEmpty() ? localeDateOrder() : mapping.dateOrder)
{}

QString RowBuilder::first(const QStringList& fields, const QString& field) const
{
    for (const ColumnTarget& c : m_mapping.columns) {
        if (c.field != field || c.index < 0 || c.index >= fields.size())
            continue;
        const QString v = collapseSpaces(fields.at(c.index));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

void RowBuilder::warn(BuiltRow& out, const ColumnTarget* col, const QString& value,
                      const QString& reason) const
{
    const QString column = col ? col->column : QString();
    out.issues.append({out.row, out.line, column, value, reason, false});
}

void RowBuilder::reject(BuiltRow& out, const ColumnTarget* col, const QString& value,
                        const QString& reason) const
{
    out.issues.append({out.row, out.line, col ? col->column : QString(), value, reason, true});
    out.rejected = true;
}

BuiltRow RowBuilder::build(const QStringList& fields, qint64 row, qint64 line) const
{
    BuiltRow out;
    out.entity = m_mapping.entity;
    out.row = row;
    out.line = line;
    switch (m_mapping.entity) {
    case ImportEntity::Contact:
        buildContact(fields, out);
        break;
    case ImportEntity::Company:
        buildCompany(fields, out);
        break;
    case ImportEntity::Deal:
        buildDeal(fields, out);
        break;
    }
    return out;
}

QString RowBuilder::pairedLabel(const QStringList& fields, const ColumnTarget* col,
                                const QString& labelField) const
{
    if (!col->label.isEmpty() || col->group == 0)
        return col->label;
    for (const ColumnTarget& c : m_mapping.columns) {
        if (c.field == labelField && c.group == col->group && c.index >= 0 &&
            c.index < fields.size())
            return fields.at(c.index);
    }
    return {};
}

QList<EmailAddress> RowBuilder::emails(const QStringList& fields, BuiltRow& out) const
{
    QList<EmailAddress> result;
    for (const ColumnTarget* col : m_mapping.columnsFor(QStringLiteral("email"))) {
        if (col->index >= fields.size())
            continue;
        const QString label = normalizeLabel(
            pairedLabel(fields, col, QStringLiteral("email_label")), QStringLiteral("work"));
        for (const QString& value : splitMulti(fields.at(col->index))) {
            QString reason;
            const QString e = cleanEmail(value, &reason);
            if (e.isEmpty()) {
                warn(out, col, value, reason);
                continue;
            }
            const bool known = std::any_of(result.cbegin(), result.cend(),
                                           [&](const EmailAddress& a) { return a.address == e; });
            if (!known)
                result.append({label, e});
        }
    }
    return result;
}

QList<PhoneNumber> RowBuilder::phones(const QStringList& fields, BuiltRow& out) const
{
    QList<PhoneNumber> result;
    for (const ColumnTarget* col : m_mapping.columnsFor(QStringLiteral("phone"))) {
        if (col->index >= fields.size())
            continue;
        const QString label = normalizeLabel(
            pairedLabel(fields, col, QStringLiteral("phone_label")), QStringLiteral("work"));
        // Commas do not separate numbers here: "+48 501, wew. 12" is one number.
        QString cell = fields.at(col->index);
        cell.replace(QLatin1String(":::"), QLatin1String(";"));
        for (const QString& part : cell.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString value = part.trimmed();
            if (value.isEmpty())
                continue;
            QString reason;
            const QString n = m_phones.normalize(value, &reason);
            if (n.isEmpty()) {
                warn(out, col, value, reason);
                continue;
            }
            const bool known = std::any_of(result.cbegin(), result.cend(),
                                           [&](const PhoneNumber& p) { return p.number == n; });
            if (!known)
                result.append({label, n});
        }
    }
    return result;
}

Address RowBuilder::address(const QStringList& fields) const
{
    const QString country = first(fields, QStringLiteral("country"));
    return {first(fields, QStringLiteral("street")), first(fields, QStringLiteral("city")),
            first(fields, QStringLiteral("postal_code")), first(fields, QStringLiteral("region")),
            country.isEmpty() ? QString() : countryCode(country)};
}

void RowBuilder::buildContact(const QStringList& fields, BuiltRow& out) const
{
    Contact& c = out.contact;
    c.firstName = first(fields, QStringLiteral("first_name"));
    c.middleName = first(fields, QStringLiteral("middle_name"));
    c.lastName = first(fields, QStringLiteral("last_name"));
    const QString full = first(fields, QStringLiteral("full_name"));
    if (!full.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty()) {
        const PersonName n = splitFullName(full);
        c.firstName = n.first;
        c.middleName = c.middleName.isEmpty() ? n.middle : c.middleName;
        c.lastName = n.last;
        if (!n.prefix.isEmpty())
            c.custom.insert(QStringLiteral("prefix"), n.prefix);
        if (!n.suffix.isEmpty())
            c.custom.insert(QStringLiteral("suffix"), n.suffix);
    }
    c.firstName = fixNameCase(c.firstName);
    c.middleName = fixNameCase(c.middleName);
    c.lastName = fixNameCase(c.lastName);
    c.title = first(fields, QStringLiteral("title"));
    out.companyName = first(fields, QStringLiteral("company"));
    c.emails = emails(fields, out);
    c.phones = phones(fields, out);
    c.address = address(fields);
    c.source = first(fields, QStringLiteral("source"));
    for (const char* key : {"prefix", "suffix", "department", "notes", "website"}) {
        const QString v = first(fields, QLatin1String(key));
        if (!v.isEmpty())
            c.custom.insert(QLatin1String(key), v);
    }
    // Notes keep their line breaks: collapseSpaces in first() is for one-line values.
    for (const ColumnTarget* col : m_mapping.columnsFor(QStringLiteral("notes"))) {
        if (col->index < fields.size() && !fields.at(col->index).trimmed().isEmpty()) {
            c.custom.insert(QStringLiteral("notes"), fields.at(col->index).trimmed());
            break;
        }
    }
    if (const QString b = first(fields, QStringLiteral("birthday")); !b.isEmpty()) {
        QString reason;
        // Google writes birthdays without a year as "--05-14".
        if (b.startsWith(QLatin1String("--"))) {
            c.custom.insert(QStringLiteral("birthday"), b);
        } else if (const QDate d = parseDate(b, m_dateOrder, &reason); d.isValid()) {
            c.custom.insert(QStringLiteral("birthday"), d.toString(Qt::ISODate));
        } else {
            warn(out, m_mapping.columnsFor(QStringLiteral("birthday")).value(0), b, reason);
        }
    }
    if (const QString l = first(fields, QStringLiteral("lifecycle")); !l.isEmpty()) {
        bool ok = false;
        c.lifecycle = lifecycleFrom(l, &ok);
        if (!ok)
            warn(out, m_mapping.columnsFor(QStringLiteral("lifecycle")).value(0), l,
                 tr("Unknown lifecycle stage; the contact is a lead."));
    }
    for (const ColumnTarget* col : m_mapping.columnsFor(QStringLiteral("tags"))) {
        if (col->index >= fields.size())
            continue;
        for (QString t : splitMulti(fields.at(col->index))) {
            if (t.startsWith(QLatin1String("* ")))
                t = t.mid(2);
            if (t.compare(QLatin1String("myContacts"), Qt::CaseInsensitive) == 0 ||
                t.compare(QLatin1String("starred"), Qt::CaseInsensitive) == 0)
                continue; // Google's system groups
            t = collapseSpaces(t).left(100);
            if (!t.isEmpty() && !c.tags.contains(t, Qt::CaseInsensitive))
                c.tags << t;
        }
    }
    for (const ColumnTarget& col : m_mapping.columns) {
        if (col.field.startsWith(QLatin1String("custom:")) && col.index >= 0 &&
            col.index < fields.size() && !fields.at(col.index).trimmed().isEmpty())
            c.custom.insert(col.field.mid(7), fields.at(col.index).trimmed());
    }
    QStringList rejected;
    for (const RowIssue& i : std::as_const(out.issues))
        rejected << i.column + QStringLiteral(": ") + i.value;
    if (!rejected.isEmpty())
        c.custom.insert(QStringLiteral("import_rejected"), rejected.join(QStringLiteral("; ")));
    if (c.firstName.isEmpty() && c.lastName.isEmpty() && c.emails.isEmpty() && c.phones.isEmpty())
        reject(out, nullptr, QString(),
               out.issues.isEmpty()
                   ? tr("The row has no name, email or phone number.")
                   : tr("Without its invalid values the row has no name, email or phone number."));
}

void RowBuilder::buildCompany(const QStringList& fields, BuiltRow& out) const
{
    Company& c = out.company;
    c.name = first(fields, QStringLiteral("name"));
    c.domain = cleanDomain(first(fields, QStringLiteral("domain")));
    c.industry = first(fields, QStringLiteral("industry"));
    c.website = first(fields, QStringLiteral("website"));
    if (c.domain.isEmpty() && !c.website.isEmpty())
        c.domain = cleanDomain(c.website);
    c.address = address(fields);
    const QList<PhoneNumber> ph = phones(fields, out);
    if (!ph.isEmpty())
        c.phone = ph.first().number;
    const QList<EmailAddress> em = emails(fields, out);
    if (!em.isEmpty())
        c.custom.insert(QStringLiteral("email"), em.first().address);
    for (const ColumnTarget* col : m_mapping.columnsFor(QStringLiteral("notes"))) {
        if (col->index < fields.size() && !fields.at(col->index).trimmed().isEmpty()) {
            c.notes = fields.at(col->index).trimmed();
            break;
        }
    }
    for (const ColumnTarget& col : m_mapping.columns) {
        if (col.field.startsWith(QLatin1String("custom:")) && col.index >= 0 &&
            col.index < fields.size() && !fields.at(col.index).trimmed().isEmpty())
            c.custom.insert(col.field.mid(7), fields.at(col.index).trimmed());
    }
    QStringList rejected;
    for (const RowIssue& i : std::as_const(out.issues))
        rejected << i.column + QStringLiteral(": ") + i.value;
    if (!rejected.isEmpty())
        c.custom.insert(QStringLiteral("import_rejected"), rejected.join(QStringLiteral("; ")));
    if (c.name.isEmpty())
        reject(out, m_mapping.columnsFor(QStringLiteral("name")).value(0), QString(),
               tr("A company needs a name."));
}

void RowBuilder::buildDeal(const QStringList& fields, BuiltRow& out) const
{
    Deal& d = out.deal;
    d.title = first(fields, QStringLiteral("title"));
    out.pipelineName = first(fields, QStringLiteral("pipeline"));
    if (out.pipelineName.isEmpty())
        out.pipelineName = m_mapping.pipeline;
    out.stageName = first(fields, QStringLiteral("stage"));
    out.companyName = first(fields, QStringLiteral("company"));
    out.contactRef = first(fields, QStringLiteral("contact"));
    QString currency = first(fields, QStringLiteral("currency")).toUpper();
    if (!currency.isEmpty() && !isKnownCurrency(currency)) {
        reject(out, m_mapping.columnsFor(QStringLiteral("currency")).value(0), currency,
               tr("\"%1\" is not an ISO 4217 currency code Baza knows.").arg(currency));
        currency.clear();
    }
    const QString defaultCurrency =
        !currency.isEmpty()
            ? currency
            : (m_mapping.currency.isEmpty() ? QStringLiteral("EUR") : m_mapping.currency);
    if (const QString v = first(fields, QStringLiteral("value")); !v.isEmpty()) {
        Money money;
        QString reason;
        if (!parseMoney(v, defaultCurrency, &money, &reason)) {
            reject(out, m_mapping.columnsFor(QStringLiteral("value")).value(0), v, reason);
        } else if (!currency.isEmpty() && !money.currency.isEmpty() && money.currency != currency) {
            reject(out, m_mapping.columnsFor(QStringLiteral("value")).value(0), v,
                   tr("The amount is in %1 but the currency column says %2.")
                       .arg(money.currency, currency));
        } else {
            d.valueMinor = money.minor;
            d.currency = money.currency;
        }
    } else {
        d.currency = defaultCurrency;
    }
    if (const QString s = first(fields, QStringLiteral("status")); !s.isEmpty()) {
        const QString f = search::fold(s);
        if (f.contains(QLatin1String("won")) || f.contains(QLatin1String("wygran")) ||
            f.contains(QLatin1String("выигр")) || f.contains(QLatin1String("успеш")))
            d.status = DealStatus::Won;
        else if (f.contains(QLatin1String("lost")) || f.contains(QLatin1String("przegran")) ||
                 f.contains(QLatin1String("utracon")) || f.contains(QLatin1String("проигр")))
            d.status = DealStatus::Lost;
        else if (!f.contains(QLatin1String("open")) && !f.contains(QLatin1String("otwart")) &&
                 !f.contains(QLatin1String("открыт")))
            warn(out, m_mapping.columnsFor(QStringLiteral("status")).value(0), s,
                 tr("Unknown deal status; the deal is open."));
    }
    d.lostReason = first(fields, QStringLiteral("lost_reason"));
    if (d.status == DealStatus::Lost && d.lostReason.isEmpty())
        d.lostReason = tr("(not given in the imported file)");
    if (const QString p = first(fields, QStringLiteral("probability")); !p.isEmpty()) {
        bool ok = false;
        QString digits = p;
        digits.remove(QLatin1Char('%'));
        const double v = digits.trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        const int pct = ok ? int(v <= 1.0 && digits.contains(QLatin1Char('.')) ? v * 100 : v) : -1;
        if (!ok || pct < 0 || pct > 100)
            warn(out, m_mapping.columnsFor(QStringLiteral("probability")).value(0), p,
                 tr("Probability must be between 0 and 100%."));
        else
            d.probability = pct;
    }
    if (const QString e = first(fields, QStringLiteral("expected_close")); !e.isEmpty()) {
        QString reason;
        d.expectedClose = parseDate(e, m_dateOrder, &reason);
        if (!d.expectedClose.isValid())
            warn(out, m_mapping.columnsFor(QStringLiteral("expected_close")).value(0), e, reason);
    }
    if (d.title.isEmpty())
        reject(out, m_mapping.columnsFor(QStringLiteral("title")).value(0), QString(),
               tr("A deal needs a title."));
}

} // namespace baza::import
