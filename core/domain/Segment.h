#pragma once

#include <QString>

namespace baza::domain {

// A saved list view (smart list): a name and the query of a contact or company list, kept as
// JSON (see store::ListQuery::toJson) so that its meaning survives new columns and filters.
struct Segment
{
    QString id;
    QString entity; // "contact" or "company"
    QString name;
    QString query;
    int position = 0;
    friend bool operator==(const Segment&, const Segment&) = default;
};

} // namespace baza::domain
