// baza-cli commands that work on records: add, history, erase, key.
#include "app/cli/Cli.h"
#include "app/cli/Output.h"

#include "core/db/Database.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace baza::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::cli", text);
}

QString printable(const QString& v)
{
    return v.isEmpty() ? QStringLiteral("∅") : v;
}

} // namespace

int cmdAdd(const Options& o, store::Store& store)
{
    if (o.args.value(0) != QLatin1String("contact"))
        return usage(tr("Only \"add contact\" is supported."));
    domain::Contact c;
    QString companyName;
    const QStringList& a = o.args;
    for (int i = 1; i < a.size(); ++i) {
        const QString& opt = a.at(i);
        if (i + 1 >= a.size())
            return usage(tr("%1 needs a value.").arg(opt));
        const QString v = a.at(++i);
        if (opt == QLatin1String("--first"))
            c.firstName = v;
        else if (opt == QLatin1String("--middle"))
            c.middleName = v;
        else if (opt == QLatin1String("--last"))
            c.lastName = v;
        else if (opt == QLatin1String("--email"))
            c.emails.append({QStringLiteral("work"), v});
        else if (opt == QLatin1String("--phone"))
            c.phones.append({QStringLiteral("mobile"), v});
        else if (opt == QLatin1String("--title"))
            c.title = v;
        else if (opt == QLatin1String("--city"))
            c.address.city = v;
        else if (opt == QLatin1String("--tag"))
            c.tags << v;
        else if (opt == QLatin1String("--company"))
            companyName = v;
        else
            return usage(tr("Unknown option %1 for add contact.").arg(opt));
    }
    if (!companyName.isEmpty()) {
        // Reuse a company of that exact name when there is one.
        auto hits = store.search(companyName, 50);
        if (hits) {
            for (const store::SearchResult& h : std::as_const(*hits)) {
                if (h.entity == QLatin1String("company") &&
                    h.title.compare(companyName, Qt::CaseInsensitive) == 0) {
                    c.companyId = h.id;
                    break;
                }
            }
        }
        if (c.companyId.isEmpty()) {
            domain::Company co;
            co.name = companyName;
            auto created = store.createCompany(co);
            if (!created)
                return fail(created.error());
            c.companyId = created->id;
        }
    }
    for (const domain::EmailAddress& e : std::as_const(c.emails)) {
        auto others = store.contactsWithChannel(QStringLiteral("email"), e.address);
        if (others && !others->isEmpty())
            std::fprintf(stderr, "%s\n",
                         tr("Warning: %1 already belongs to contact %2.")
                             .arg(e.address, others->first())
                             .toUtf8()
                             .constData());
    }
    auto created = store.createContact(c);
    if (!created)
        return fail(created.error());
    out(created->id);
    return Ok;
}

int cmdHistory(const Options& o, store::Store& store)
{
    if (o.args.size() != 2)
        return usage(tr("history needs ENTITY and ID (e.g. history contact 0193…)."));
    auto entries = store.history(o.args.at(0), o.args.at(1));
    if (!entries)
        return fail(entries.error());
    QJsonArray array;
    for (const store::HistoryEntry& e : std::as_const(*entries)) {
        if (o.json) {
            array.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("user"), e.userName},
                                     {QStringLiteral("command"), e.label},
                                     {QStringLiteral("op"), e.op},
                                     {QStringLiteral("field"), e.field},
                                     {QStringLiteral("old"), QJsonValue::fromVariant(e.oldValue)},
                                     {QStringLiteral("new"), QJsonValue::fromVariant(e.newValue)},
                                     {QStringLiteral("hlc"), e.hlc}});
            continue;
        }
        out(QStringLiteral("%1  %2  %3  %4: %5 → %6")
                .arg(e.at.toLocalTime().toString(Qt::ISODate), e.userName, e.op, e.field,
                     printable(e.oldText), printable(e.newText)));
    }
    if (o.json)
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    return Ok;
}

int cmdErase(const Options& o, store::Store& store)
{
    if (o.args.size() != 2 || o.args.at(0) != QLatin1String("contact"))
        return usage(tr("Usage: erase contact ID"));
    if (Status s = store.eraseContact(o.args.at(1)); !s)
        return fail(s.error());
    out(tr("Contact %1 was erased; the file was compacted.").arg(o.args.at(1)));
    return Ok;
}

int cmdKey(const Options& o, db::Database& db)
{
    Q_UNUSED(o);
    std::fprintf(stderr, "%s\n",
                 tr("This is the raw key of the database. Anyone with it and the file can read "
                    "everything. Use it only for the emergency path (docs/emergency-access.md).")
                     .toUtf8()
                     .constData());
    out(QString::fromLatin1(db.keyHexForEmergency()));
    return Ok;
}

} // namespace baza::cli
