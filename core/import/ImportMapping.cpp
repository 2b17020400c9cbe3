#include "core/import/ImportMapping.h"

#include "core/search/TextFolding.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace baza::import {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::import", text);
}

struct Guess
{
    Guess(QString f = {}, QString l = {}, int g = 0)
        : field(std::move(f))
        , label(std::move(l))
        , group(g)
    {}
    QString field;
    QString label;
    int group = 0;
};

bool any(const QString& h, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (h == QString::fromUtf8(w))
            return true;
    }
    return false;
}

bool contains(const QString& h, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        const QString word = QString::fromUtf8(w);
        // Whole words only: "tel" must not match "hotel".
        if (h == word || h.startsWith(word + QLatin1Char(' ')) ||
            h.endsWith(QLatin1Char(' ') + word) ||
            h.contains(QLatin1Char(' ') + word + QLatin1Char(' ')))
            return true;
    }
    return false;
}

bool containsPart(const QString& h, std::initializer_list<const char*> parts)
{
    for (const char* p : parts) {
        if (h.contains(QString::fromUtf8(p)))
            return true;
    }
    return false;
}

// work / home / mobile / fax / other from the words of a header (English, Polish, Russian).
QString labelOf(const QString& h)
{
    if (containsPart(h, {"fax", "faks", "факс"}))
        return QStringLiteral("fax");
    if (containsPart(h, {"mobile", "cell", "komork", "мобильн", "сотов", "gsm"}))
        return QStringLiteral("mobile");
    if (containsPart(h, {"home", "private", "domow", "prywat", "домашн", "личн"}))
        return QStringLiteral("home");
    if (containsPart(
            h, {"work", "business", "office", "sluzbow", "praca", "рабоч", "раб ", "служебн"}) ||
        h.endsWith(QStringLiteral(" раб")))
        return QStringLiteral("work");
    if (containsPart(h, {"other", "inny", "inne", "другой", "другие", "доп"}))
        return QStringLiteral("other");
    return {};
}

// Exact headers of the presets that generic rules would get wrong.
const QHash<QString, Guess>& presetTable(const QString& preset)
{
    static const QHash<QString, QHash<QString, Guess>> tables = [] {
        QHash<QString, QHash<QString, Guess>> t;
        auto put = [&](const char* table, const char* header, const char* field,
                       const char* label = "") {
            t[QLatin1String(table)].insert(search::fold(QString::fromUtf8(header)),
                                           Guess{QLatin1String(field), QLatin1String(label), 0});
        };
        // Outlook: "Title" is the salutation; e-mail type and display name carry no data.
        for (const char* h : {"Title", "Tytuł", "Обращение"})
            put("outlook", h, "prefix");
        for (const char* h :
             {"E-mail Type", "E-mail Display Name", "E-mail 2 Type", "E-mail 2 Display Name",
              "E-mail 3 Type", "E-mail 3 Display Name", "Typ adresu e-mail",
              "Nazwa wyświetlana adresu e-mail", "Тип эл. почты", "Краткое имя эл. почты"})
            put("outlook", h, "");
        for (const char* h : {"Job Title", "Stanowisko", "Должность"})
            put("outlook", h, "title");
        for (const char* h : {"Department", "Dział", "Отдел"})
            put("outlook", h, "department");
        // Google: "Name" is the full name, "Labels"/"Group Membership" the tags.
        put("google", "Name", "full_name");
        put("google", "File As", "");
        put("google", "Nickname", "");
        put("google", "Organization 1 - Type", "");
        put("google", "Organization Department", "department");
        put("google", "Organization 1 - Department", "department");
        put("google", "Address 1 - Formatted", "");
        put("google", "Address 2 - Formatted", "");
        // HubSpot: ids and owners of the other system are not ours.
        for (const char* h : {"Record ID", "Contact owner", "Company owner", "Deal owner",
                              "Create Date", "Last Activity Date", "Associated Company IDs",
                              "Associated Contact IDs", "Lead Status"})
            put("hubspot", h, "");
        put("hubspot", "Associated Company", "company");
        put("hubspot", "Associated Contact", "contact");
        put("hubspot", "Deal Stage", "stage");
        put("hubspot", "Close Date", "expected_close");
        // Pipedrive: "Person - Name" is the full name.
        put("pipedrive", "Person - Name", "full_name");
        put("pipedrive", "Person - ID", "");
        put("pipedrive", "Organization - ID", "");
        put("pipedrive", "Deal - ID", "");
        put("pipedrive", "Person - Owner", "");
        put("pipedrive", "Deal - Owner", "");
        put("pipedrive", "Person - Organization", "company");
        put("pipedrive", "Deal - Organization", "company");
        put("pipedrive", "Deal - Contact person", "contact");
        return t;
    }();
    static const QHash<QString, Guess> none;
    auto it = tables.constFind(preset);
    return it == tables.constEnd() ? none : *it;
}

// The field a header means, from its folded words. Order matters: specific before general.
Guess guess(QString h, ImportEntity entity)
{
    // Pipedrive and similar prefix every header with the record kind.
    static const QRegularExpression kindPrefix(
        QStringLiteral("^(person|persons|contact|organization|organisation|deal|company) "));
    if (!any(h, {"contact person", "company name", "company domain name", "deal name", "deal stage",
                 "deal value", "deal title", "organization name", "contact name"}))
        h.remove(kindPrefix);

    // Google's numbered groups: "e mail 1 label", "phone 2 value", "address 1 city".
    static const QRegularExpression grouped(
        QStringLiteral("^(e mail|email|phone|website|address|organization) (\\d+) (.+)$"));
    if (const auto m = grouped.match(h); m.hasMatch()) {
        const QString kind = m.captured(1);
        const int group = m.captured(2).toInt();
        const QString part = m.captured(3);
        const bool isLabel = part == QLatin1String("label") || part == QLatin1String("type");
        if (kind == QLatin1String("e mail") || kind == QLatin1String("email"))
            return isLabel ? Guess{QStringLiteral("email_label"), {}, group}
                           : Guess{QStringLiteral("email"), {}, group};
        if (kind == QLatin1String("phone"))
            return isLabel ? Guess{QStringLiteral("phone_label"), {}, group}
                           : Guess{QStringLiteral("phone"), {}, group};
        if (kind == QLatin1String("website"))
            return isLabel ? Guess{} : Guess{QStringLiteral("website"), {}, 0};
        if (kind == QLatin1String("organization")) {
            if (part == QLatin1String("name"))
                return {entity == ImportEntity::Company ? QStringLiteral("name")
                                                        : QStringLiteral("company")};
            if (part == QLatin1String("title"))
                return {QStringLiteral("title")};
            return {};
        }
        h = part; // address parts: fall through to the address rules
        if (isLabel)
            return {};
    }

    // How a name is pronounced (Google's "Phonetic First Name", Outlook's "Yomi …") is not the
    // name, and "phon" must not make it a phone number.
    if (containsPart(h, {"phonetic", "yomi", "фонетич"}))
        return {};
    if (containsPart(h, {"display name", "wyswietlan", "краткое имя"}) ||
        (contains(h, {"type", "typ", "тип"}) && containsPart(h, {"mail", "почт"})))
        return {};

    const bool isEmail =
        containsPart(h, {"e mail", "email", "эл почт", "электронн", "почта", "mejl"}) ||
        contains(h, {"mail"});
    if (isEmail && entity != ImportEntity::Deal)
        return {QStringLiteral("email"), labelOf(h)};
    const bool isPhone = containsPart(h, {"phone", "telefon", "телефон", "komork", "мобильн",
                                          "сотов", "fax", "faks", "факс"}) ||
                         contains(h, {"tel", "mobile", "cell", "gsm", "тел"});
    if (isPhone && entity != ImportEntity::Deal)
        return {QStringLiteral("phone"), labelOf(h)};

    if (entity == ImportEntity::Contact) {
        if (any(h, {"first name", "firstname", "given name", "imie", "имя", "first", "vorname",
                    "forename"}))
            return {QStringLiteral("first_name")};
        if (any(h, {"last name", "lastname", "family name", "surname", "nazwisko", "фамилия",
                    "last", "nachname"}))
            return {QStringLiteral("last_name")};
        if (any(h, {"middle name", "additional name", "drugie imie", "отчество", "middle",
                    "second name"}))
            return {QStringLiteral("middle_name")};
        if (any(h, {"name", "full name", "fullname", "contact name", "imie i nazwisko",
                    "nazwisko i imie", "фио", "фамилия имя отчество", "имя фамилия", "фамилия имя",
                    "контакт", "kontakt", "osoba", "display name"}))
            return {QStringLiteral("full_name")};
        if (any(h, {"name prefix", "prefix", "salutation", "zwrot grzecznosciowy", "обращение",
                    "anrede"}))
            return {QStringLiteral("prefix")};
        if (any(h, {"name suffix", "suffix", "sufiks", "суффикс"}))
            return {QStringLiteral("suffix")};
        if (any(h, {"job title", "title", "organization title", "position", "stanowisko",
                    "должность", "funkcja", "role"}))
            return {QStringLiteral("title")};
        if (any(h, {"department", "dzial", "отдел"}))
            return {QStringLiteral("department")};
        if (any(h, {"company", "company name", "organization", "organisation", "organization name",
                    "firma", "nazwa firmy", "организация", "компания", "associated company",
                    "account name", "account", "employer"}))
            return {QStringLiteral("company")};
        if (any(h, {"lifecycle stage", "lifecycle", "etap cyklu zycia", "стадия жизненного цикла"}))
            return {QStringLiteral("lifecycle")};
        if (any(h, {"source", "lead source", "original source", "zrodlo", "источник"}))
            return {QStringLiteral("source")};
        if (any(h, {"birthday", "birth date", "date of birth", "urodziny", "data urodzenia",
                    "день рождения", "дата рождения"}))
            return {QStringLiteral("birthday")};
        if (any(h, {"tags", "tag", "labels", "categories", "category", "kategorie", "tagi",
                    "etykiety", "категории", "метки", "теги", "group membership"}))
            return {QStringLiteral("tags")};
    }
    if (entity == ImportEntity::Company) {
        if (any(h, {"name", "company", "company name", "organization", "organisation",
                    "organization name", "firma", "nazwa", "nazwa firmy", "организация", "компания",
                    "название", "account name"}))
            return {QStringLiteral("name")};
        if (any(h, {"domain", "company domain name", "domena", "домен"}))
            return {QStringLiteral("domain")};
        if (any(h, {"industry", "branza", "отрасль", "sector"}))
            return {QStringLiteral("industry")};
    }
    if (entity == ImportEntity::Deal) {
        if (any(h, {"title", "deal name", "deal title", "name", "deal", "nazwa", "tytul",
                    "название", "сделка"}))
            return {QStringLiteral("title")};
        if (any(h, {"value", "amount", "deal value", "wartosc", "kwota", "сумма", "стоимость",
                    "бюджет"}))
            return {QStringLiteral("value")};
        if (any(h, {"currency", "waluta", "валюта", "value currency"}))
            return {QStringLiteral("currency")};
        if (any(h, {"pipeline", "lejek", "воронка", "lejek sprzedazy"}))
            return {QStringLiteral("pipeline")};
        if (any(h, {"stage", "deal stage", "etap", "этап", "стадия"}))
            return {QStringLiteral("stage")};
        if (any(h, {"expected close date", "close date", "expected close", "closing date",
                    "data zamkniecia", "дата закрытия", "ожидаемая дата закрытия"}))
            return {QStringLiteral("expected_close")};
        if (any(h, {"status", "статус"}))
            return {QStringLiteral("status")};
        if (any(h, {"probability", "prawdopodobienstwo", "вероятность"}))
            return {QStringLiteral("probability")};
        if (any(h, {"lost reason", "powod utraty", "причина проигрыша", "причина отказа"}))
            return {QStringLiteral("lost_reason")};
        if (any(h, {"contact", "contact person", "person", "associated contact", "kontakt",
                    "osoba kontaktowa", "контакт", "контактное лицо", "contact email"}))
            return {QStringLiteral("contact")};
        if (any(h, {"company", "organization", "organisation", "firma", "организация", "компания",
                    "associated company"}))
            return {QStringLiteral("company")};
        return {};
    }
    // Addresses, notes and websites of contacts and companies (Outlook's "Business City",
    // Polish "Miejscowość (służbowy)", Russian "Город (раб. адрес)").
    if (containsPart(h, {"postal code", "postcode", "zip", "kod pocztowy", "индекс"}))
        return {QStringLiteral("postal_code")};
    if (contains(h, {"city", "town", "miasto", "miejscowosc", "город"}))
        return {QStringLiteral("city")};
    if (contains(h, {"country", "kraj", "страна"}) || containsPart(h, {"country region"}))
        return {QStringLiteral("country")};
    if (contains(h, {"state", "region", "wojewodztwo", "область", "регион", "province"}))
        return {QStringLiteral("region")};
    if (contains(h, {"street", "ulica", "улица", "address", "adres"}) ||
        any(h, {"street address", "адрес"}))
        return {QStringLiteral("street")};
    if (any(h, {"notes", "note", "notatki", "uwagi", "заметки", "примечание", "примечания",
                "комментарий", "description", "opis", "comments"}))
        return {QStringLiteral("notes")};
    if (containsPart(h, {"website", "web page", "web site", "strona www", "strona sieci web",
                         "веб страниц", "сайт"}) ||
        any(h, {"url", "www", "website url"}))
        return {QStringLiteral("website")};
    return {};
}

} // namespace

QStringList ImportMapping::presets()
{
    return {QStringLiteral("auto"), QStringLiteral("google"), QStringLiteral("outlook"),
            QStringLiteral("hubspot"), QStringLiteral("pipedrive")};
}

QString ImportMapping::recognisedPreset(const QStringList& header)
{
    QString best;
    int bestCount = 1; // one shared header ("Title", "Stanowisko") proves nothing
    bool tie = false;
    for (const QString& preset : presets()) {
        const auto& table = presetTable(preset);
        const int count = int(std::count_if(header.cbegin(), header.cend(), [&](const QString& h) {
            return table.contains(search::fold(h));
        }));
        if (count > bestCount) {
            best = preset;
            bestCount = count;
            tie = false;
        } else if (count == bestCount && !best.isEmpty()) {
            tie = true;
        }
    }
    return tie ? QString() : best;
}

bool ImportMapping::isPreset(const QString& name)
{
    return presets().contains(name);
}

ImportMapping ImportMapping::automatic(const QStringList& header, ImportEntity entity,
                                       const QString& preset)
{
    ImportMapping m;
    m.entity = entity;
    m.preset = preset;
    const QStringList tables =
        preset == QLatin1String("auto")
            ? QStringList{QStringLiteral("outlook"), QStringLiteral("google"),
                          QStringLiteral("hubspot"), QStringLiteral("pipedrive")}
            : QStringList{preset};
    // With "auto", Outlook's "Title" only means salutation when the file also has "Job Title".
    const bool outlookLike = preset == QLatin1String("outlook") ||
                             std::any_of(header.cbegin(), header.cend(), [](const QString& h) {
                                 const QString f = search::fold(h);
                                 return f == QLatin1String("job title") ||
                                        f == search::fold(QStringLiteral("Должность")) ||
                                        f == QLatin1String("stanowisko");
                             });
    for (int i = 0; i < header.size(); ++i) {
        const QString folded = search::fold(header.at(i));
        Guess g;
        bool found = false;
        for (const QString& table : tables) {
            if (table == QLatin1String("outlook") && !outlookLike)
                continue;
            const auto& t = presetTable(table);
            if (auto it = t.constFind(folded); it != t.constEnd()) {
                g = *it;
                found = true;
                break;
            }
        }
        static const QRegularExpression customColumn(
            QStringLiteral("^\\s*(?:Custom field|Pole własne|Доп\\. поле):\\s*(.+)$"),
            QRegularExpression::CaseInsensitiveOption);
        if (const auto cm = customColumn.match(header.at(i));
            !found && cm.hasMatch() && entity != ImportEntity::Deal) {
            g = Guess{QStringLiteral("custom:") + cm.captured(1).trimmed(), {}, 0};
            found = true;
        }
        if (!found)
            g = guess(folded, entity);
        // A second column for a one-value field (e.g. "Home City" after "Business City") is
        // kept as a fallback: the first non-empty one wins per row.
        m.columns.append({header.at(i), i, g.field, g.label, g.group});
    }
    return m;
}

QStringList ImportMapping::fields(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Contact:
        return {QStringLiteral("first_name"),  QStringLiteral("middle_name"),
                QStringLiteral("last_name"),   QStringLiteral("full_name"),
                QStringLiteral("prefix"),      QStringLiteral("suffix"),
                QStringLiteral("title"),       QStringLiteral("department"),
                QStringLiteral("company"),     QStringLiteral("email"),
                QStringLiteral("email_label"), QStringLiteral("phone"),
                QStringLiteral("phone_label"), QStringLiteral("street"),
                QStringLiteral("city"),        QStringLiteral("postal_code"),
                QStringLiteral("region"),      QStringLiteral("country"),
                QStringLiteral("tags"),        QStringLiteral("notes"),
                QStringLiteral("birthday"),    QStringLiteral("website"),
                QStringLiteral("lifecycle"),   QStringLiteral("source")};
    case ImportEntity::Company:
        return {QStringLiteral("name"),   QStringLiteral("domain"),  QStringLiteral("industry"),
                QStringLiteral("phone"),  QStringLiteral("email"),   QStringLiteral("website"),
                QStringLiteral("street"), QStringLiteral("city"),    QStringLiteral("postal_code"),
                QStringLiteral("region"), QStringLiteral("country"), QStringLiteral("notes")};
    case ImportEntity::Deal:
        return {QStringLiteral("title"),       QStringLiteral("value"),
                QStringLiteral("currency"),    QStringLiteral("pipeline"),
                QStringLiteral("stage"),       QStringLiteral("status"),
                QStringLiteral("probability"), QStringLiteral("expected_close"),
                QStringLiteral("lost_reason"), QStringLiteral("contact"),
                QStringLiteral("company")};
    }
    return {};
}

QString ImportMapping::fieldTitle(const QString& field)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("baza::import", "First name")},
        {QStringLiteral("middle_name"), QT_TRANSLATE_NOOP("baza::import", "Middle name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("baza::import", "Last name")},
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("baza::import", "Full name")},
        {QStringLiteral("prefix"), QT_TRANSLATE_NOOP("baza::import", "Salutation")},
        {QStringLiteral("suffix"), QT_TRANSLATE_NOOP("baza::import", "Name suffix")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("baza::import", "Title")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("baza::import", "Department")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("baza::import", "Company")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("baza::import", "Email")},
        {QStringLiteral("email_label"), QT_TRANSLATE_NOOP("baza::import", "Email type")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("baza::import", "Phone")},
        {QStringLiteral("phone_label"), QT_TRANSLATE_NOOP("baza::import", "Phone type")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("baza::import", "Street")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("baza::import", "City")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("baza::import", "Postal code")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("baza::import", "Region")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("baza::import", "Country")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("baza::import", "Tags")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("baza::import", "Notes")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("baza::import", "Birthday")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("baza::import", "Website")},
        {QStringLiteral("lifecycle"), QT_TRANSLATE_NOOP("baza::import", "Lifecycle stage")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("baza::import", "Source")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("baza::import", "Name")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("baza::import", "Domain")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("baza::import", "Industry")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("baza::import", "Value")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("baza::import", "Currency")},
        {QStringLiteral("pipeline"), QT_TRANSLATE_NOOP("baza::import", "Pipeline")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("baza::import", "Stage")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("baza::import", "Status")},
        {QStringLiteral("probability"), QT_TRANSLATE_NOOP("baza::import", "Probability")},
        {QStringLiteral("expected_close"), QT_TRANSLATE_NOOP("baza::import", "Expected close")},
        {QStringLiteral("lost_reason"), QT_TRANSLATE_NOOP("baza::import", "Lost reason")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("baza::import", "Contact")},
    };
    if (field.isEmpty())
        return tr("(ignore)");
    if (field.startsWith(QLatin1String("custom:")))
        return tr("Custom field: %1").arg(field.mid(7));
    const char* t = titles.value(field);
    return t ? QCoreApplication::translate("baza::import", t) : field;
}

QByteArray ImportMapping::toJson() const
{
    QJsonArray cols;
    for (const ColumnTarget& c : columns) {
        QJsonObject o{{QStringLiteral("column"), c.column}, {QStringLiteral("field"), c.field}};
        if (!c.label.isEmpty())
            o.insert(QStringLiteral("label"), c.label);
        if (c.group)
            o.insert(QStringLiteral("group"), c.group);
        cols.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("baza-import-mapping")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("entity"), entityKey(entity)},
                     {QStringLiteral("preset"), preset},
                     {QStringLiteral("columns"), cols}};
    if (!dateOrder.isEmpty())
        root.insert(QStringLiteral("dateOrder"), dateOrder);
    if (!currency.isEmpty())
        root.insert(QStringLiteral("currency"), currency);
    if (!phoneRegion.isEmpty())
        root.insert(QStringLiteral("phoneRegion"), phoneRegion);
    if (!pipeline.isEmpty())
        root.insert(QStringLiteral("pipeline"), pipeline);
    root.insert(QStringLiteral("createMissing"), createMissing);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorCode::Validation, tr("%1 is not a mapping file: %2 at byte %3.")
                                                      .arg(source, err.errorString())
                                                      .arg(err.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt(1) != 1)
        return Error::make(ErrorCode::Validation,
                           tr("%1: mapping version %2 is newer than this Baza reads (1).")
                               .arg(source)
                               .arg(root.value(QLatin1String("version")).toInt()));
    ImportMapping m;
    if (root.contains(QLatin1String("entity")) &&
        !entityFromKey(root.value(QLatin1String("entity")).toString(), &m.entity))
        return Error::make(ErrorCode::Validation,
                           tr("%1: \"entity\" must be contact, company or deal.").arg(source));
    m.preset = root.value(QLatin1String("preset")).toString(QStringLiteral("custom"));
    m.dateOrder = root.value(QLatin1String("dateOrder")).toString().toUpper();
    if (!m.dateOrder.isEmpty() &&
        !QStringList{QStringLiteral("DMY"), QStringLiteral("MDY"), QStringLiteral("YMD")}.contains(
            m.dateOrder))
        return Error::make(ErrorCode::Validation,
                           tr("%1: \"dateOrder\" must be DMY, MDY or YMD.").arg(source));
    m.currency = root.value(QLatin1String("currency")).toString().toUpper();
    m.phoneRegion = root.value(QLatin1String("phoneRegion")).toString().toUpper();
    m.pipeline = root.value(QLatin1String("pipeline")).toString();
    m.createMissing = root.value(QLatin1String("createMissing")).toBool(true);
    const QStringList allowed = fields(m.entity);
    const QJsonArray cols = root.value(QLatin1String("columns")).toArray();
    for (int i = 0; i < cols.size(); ++i) {
        const QJsonObject o = cols.at(i).toObject();
        ColumnTarget c;
        c.column = o.value(QLatin1String("column")).toString();
        c.field = o.value(QLatin1String("field")).toString();
        c.label = o.value(QLatin1String("label")).toString();
        c.group = o.value(QLatin1String("group")).toInt();
        if (c.column.isEmpty())
            return Error::make(ErrorCode::Validation,
                               tr("%1: column %2 has no \"column\" name.").arg(source).arg(i + 1));
        if (!c.field.isEmpty() && !allowed.contains(c.field) &&
            !(c.field.startsWith(QLatin1String("custom:")) && c.field.size() > 7 &&
              m.entity != ImportEntity::Deal))
            return Error::make(ErrorCode::Validation,
                               tr("%1: \"%2\" is not a field of a %3 (column \"%4\").")
                                   .arg(source, c.field, entityKey(m.entity), c.column));
        m.columns.append(c);
    }
    return m;
}

void ImportMapping::bindTo(const QStringList& header)
{
    QHash<QString, int> byName;
    for (int i = header.size() - 1; i >= 0; --i)
        byName.insert(search::fold(header.at(i)), i);
    for (ColumnTarget& c : columns)
        c.index = byName.value(search::fold(c.column), -1);
}

QList<const ColumnTarget*> ImportMapping::columnsFor(const QString& field) const
{
    QList<const ColumnTarget*> out;
    for (const ColumnTarget& c : columns) {
        if (c.field == field && c.index >= 0)
            out << &c;
    }
    return out;
}

QString entityKey(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Contact:
        return QStringLiteral("contact");
    case ImportEntity::Company:
        return QStringLiteral("company");
    case ImportEntity::Deal:
        return QStringLiteral("deal");
    }
    return {};
}

bool entityFromKey(const QString& key, ImportEntity* out)
{
    const QString k = key.toLower();
    if (k == QLatin1String("contact") || k == QLatin1String("contacts"))
        *out = ImportEntity::Contact;
    else if (k == QLatin1String("company") || k == QLatin1String("companies"))
        *out = ImportEntity::Company;
    else if (k == QLatin1String("deal") || k == QLatin1String("deals"))
        *out = ImportEntity::Deal;
    else
        return false;
    return true;
}

QString policyKey(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        return QStringLiteral("skip");
    case DuplicatePolicy::Fill:
        return QStringLiteral("fill");
    case DuplicatePolicy::Overwrite:
        return QStringLiteral("overwrite");
    case DuplicatePolicy::Create:
        return QStringLiteral("create");
    }
    return {};
}

bool policyFromKey(const QString& key, DuplicatePolicy* out)
{
    static const QHash<QString, DuplicatePolicy> keys{
        {QStringLiteral("skip"), DuplicatePolicy::Skip},
        {QStringLiteral("fill"), DuplicatePolicy::Fill},
        {QStringLiteral("overwrite"), DuplicatePolicy::Overwrite},
        {QStringLiteral("create"), DuplicatePolicy::Create}};
    auto it = keys.constFind(key);
    if (it == keys.constEnd())
        return false;
    *out = *it;
    return true;
}

} // namespace baza::import
