#include "core/store/ListQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace baza::store {

namespace {

// Keys by column; the order matches ContactColumn / CompanyColumn.
constexpr std::array<const char*, int(ContactColumn::Count)> ContactKeys{
    "name",      "email", "phone", "company",        "title",   "city",   "country",
    "lifecycle", "owner", "tags",  "last_contacted", "created", "updated"};
constexpr std::array<const char*, int(CompanyColumn::Count)> CompanyKeys{
    "name", "domain", "industry", "city", "country", "owner", "contacts", "created", "updated"};

constexpr std::array<std::pair<LastContact, const char*>, 4> LastContactKeys{{
    {LastContact::Any, "any"},
    {LastContact::Never, "never"},
    {LastContact::NotWithinDays, "not_within"},
    {LastContact::WithinDays, "within"},
}};

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

} // namespace

QString listEntityName(ListEntity entity)
{
    return entity == ListEntity::Contacts ? QStringLiteral("contact") : QStringLiteral("company");
}

int columnCount(ListEntity entity)
{
    return entity == ListEntity::Contacts ? int(ContactColumn::Count) : int(CompanyColumn::Count);
}

QString columnKey(ListEntity entity, int column)
{
    if (column < 0 || column >= columnCount(entity))
        return {};
    return QLatin1String(entity == ListEntity::Contacts ? ContactKeys.at(size_t(column))
                                                        : CompanyKeys.at(size_t(column)));
}

int columnFromKey(ListEntity entity, const QString& key)
{
    for (int c = 0; c < columnCount(entity); ++c) {
        if (columnKey(entity, c) == key)
            return c;
    }
    return -1;
}

bool columnSortIsIndexed(ListEntity entity, int column)
{
    if (entity == ListEntity::Contacts) {
        switch (ContactColumn(column)) {
        case ContactColumn::Name:
        case ContactColumn::City:
        case ContactColumn::LastContacted:
        case ContactColumn::Created:
        case ContactColumn::Updated:
            return true;
        default:
            return false;
        }
    }
    switch (CompanyColumn(column)) {
    case CompanyColumn::Name:
    case CompanyColumn::Domain:
    case CompanyColumn::Industry:
    case CompanyColumn::City:
    case CompanyColumn::Country:
    case CompanyColumn::Created:
    case CompanyColumn::Updated:
        return true;
    default:
        return false;
    }
}

bool ListFilter::isEmpty() const
{
    return *this == ListFilter{};
}

QString ListQuery::toJson() const
{
    QJsonObject f;
    if (!filter.search.isEmpty())
        f.insert(QStringLiteral("search"), filter.search);
    if (!filter.tags.isEmpty())
        f.insert(QStringLiteral("tags"), toArray(filter.tags));
    if (!filter.ownerIds.isEmpty())
        f.insert(QStringLiteral("owners"), toArray(filter.ownerIds));
    if (!filter.lifecycle.isEmpty())
        f.insert(QStringLiteral("lifecycle"), toArray(filter.lifecycle));
    if (!filter.city.isEmpty())
        f.insert(QStringLiteral("city"), filter.city);
    if (!filter.country.isEmpty())
        f.insert(QStringLiteral("country"), filter.country);
    if (!filter.industry.isEmpty())
        f.insert(QStringLiteral("industry"), filter.industry);
    if (filter.lastContact != LastContact::Any) {
        for (const auto& [value, key] : LastContactKeys) {
            if (value == filter.lastContact)
                f.insert(QStringLiteral("last_contact"), QLatin1String(key));
        }
        f.insert(QStringLiteral("last_contact_days"), filter.lastContactDays);
    }
    if (filter.createdWithinDays > 0)
        f.insert(QStringLiteral("created_within_days"), filter.createdWithinDays);
    if (filter.createdFrom.isValid())
        f.insert(QStringLiteral("created_from"), filter.createdFrom.toString(Qt::ISODate));
    if (filter.createdTo.isValid())
        f.insert(QStringLiteral("created_to"), filter.createdTo.toString(Qt::ISODate));
    const QJsonObject o{{QStringLiteral("filter"), f},
                        {QStringLiteral("sort"), columnKey(entity, sortColumn)},
                        {QStringLiteral("descending"), descending}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ListQuery ListQuery::fromJson(ListEntity entity, const QString& json)
{
    ListQuery q;
    q.entity = entity;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject f = o.value(QLatin1String("filter")).toObject();
    q.filter.search = f.value(QLatin1String("search")).toString();
    q.filter.tags = fromArray(f.value(QLatin1String("tags")));
    q.filter.ownerIds = fromArray(f.value(QLatin1String("owners")));
    q.filter.lifecycle = fromArray(f.value(QLatin1String("lifecycle")));
    q.filter.city = f.value(QLatin1String("city")).toString();
    q.filter.country = f.value(QLatin1String("country")).toString();
    q.filter.industry = f.value(QLatin1String("industry")).toString();
    const QString last = f.value(QLatin1String("last_contact")).toString();
    for (const auto& [value, key] : LastContactKeys) {
        if (last == QLatin1String(key))
            q.filter.lastContact = value;
    }
    q.filter.lastContactDays = f.value(QLatin1String("last_contact_days")).toInt(30);
    q.filter.createdWithinDays = f.value(QLatin1String("created_within_days")).toInt();
    q.filter.createdFrom =
        QDate::fromString(f.value(QLatin1String("created_from")).toString(), Qt::ISODate);
    q.filter.createdTo =
        QDate::fromString(f.value(QLatin1String("created_to")).toString(), Qt::ISODate);
    q.sortColumn = std::max(0, columnFromKey(entity, o.value(QLatin1String("sort")).toString()));
    q.descending = o.value(QLatin1String("descending")).toBool();
    return q;
}

} // namespace baza::store
