#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace baza::store {

// What a list view shows: all contacts or all companies, narrowed by a filter, in an order.
// The UI builds these typed values; core/store turns them into SQL (ListReader), so no SQL is
// ever written above core.
enum class ListEntity { Contacts, Companies };

QString listEntityName(ListEntity entity); // "contact" / "company", as in the change log

// The columns of the contact list, in their default order. Values are stable: saved segments
// and view settings refer to them by key (contactColumnKey), not by number.
enum class ContactColumn {
    Name,
    Email,
    Phone,
    Company,
    Title,
    City,
    Country,
    Lifecycle,
    Owner,
    Tags,
    LastContacted,
    Created,
    Updated,
    Count
};

enum class CompanyColumn {
    Name,
    Domain,
    Industry,
    City,
    Country,
    Owner,
    Contacts, // how many contacts work there
    Created,
    Updated,
    Count
};

int columnCount(ListEntity entity);
// A stable name for settings and saved segments ("name", "last_contacted" …).
QString columnKey(ListEntity entity, int column);
int columnFromKey(ListEntity entity, const QString& key); // -1 when unknown
// Whether sorting by the column reads an index in order (cheap at any size) or sorts all
// matching rows (a top-N sort for the first page, a full sort for the id list).
bool columnSortIsIndexed(ListEntity entity, int column);

// When the contact was last contacted, relative to now.
enum class LastContact { Any, Never, NotWithinDays, WithinDays };

struct ListFilter
{
    QString search;        // typed text, matched through the full-text index
    QStringList tags;      // contacts: having any of these tags
    QStringList ownerIds;  // any of these owners; an empty string stands for "no owner"
    QStringList lifecycle; // contacts: lifecycle keys (see domain::lifecycleKey)
    QString city;          // equal, ignoring case
    QString country;       // equal, ignoring case
    QString industry;      // companies: equal, ignoring case
    LastContact lastContact = LastContact::Any;
    int lastContactDays = 30;
    int createdWithinDays = 0; // created today (1), in the last 7 days (7) …; 0: any time
    QDate createdFrom;         // local dates, inclusive; invalid means open-ended
    QDate createdTo;

    bool isEmpty() const;
    friend bool operator==(const ListFilter&, const ListFilter&) = default;
};

struct ListQuery
{
    ListEntity entity = ListEntity::Contacts;
    ListFilter filter;
    int sortColumn = 0;
    bool descending = false;

    // The JSON a segment stores; columns and values by name so that it survives reordering.
    QString toJson() const;
    // Unknown keys are ignored; a malformed document gives the default query of the entity.
    static ListQuery fromJson(ListEntity entity, const QString& json);

    friend bool operator==(const ListQuery&, const ListQuery&) = default;
};

// One row of a list, with the values of every column of its entity (index = column) ready to
// show: text, numbers, QDateTime (UTC) for times. `rowid` is SQLite's, stable until the row is
// deleted; `id` the record's UUID.
struct ListRow
{
    qint64 rowid = 0;
    QString id;
    QVariantList values;
};

} // namespace baza::store
