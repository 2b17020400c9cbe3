#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace baza::search {
class SearchIndex;
struct SearchDocument;
} // namespace baza::search
namespace baza::domain {
struct Contact;
struct Company;
struct Deal;
} // namespace baza::domain

namespace baza::store {

class Command;

// Keeps the data derived from entity rows in step, inside the command's transaction: the lookup
// tables for channels (duplicate detection) and tags (filters), and the search index.
class Indexer
{
public:
    explicit Indexer(Command& command);
    ~Indexer();

    // Whether the derived data of an `entity` row reads any of these fields.
    static bool dependsOn(const QString& entity, const QStringList& fields);

    // The search documents of a contact (found by its company's name too) and of a company.
    static search::SearchDocument contactDocument(const domain::Contact& contact,
                                                  const QString& companyName);
    static search::SearchDocument companyDocument(const domain::Company& company);

    // Called after a row was written, or before it is deleted (removed = true).
    Status refresh(const QString& entity, const QString& id, bool removed);

    // Derived data of a row just inserted with these values (`row`: its non-default columns):
    // written fresh for contacts, through refresh() for the rest.
    Status indexInserted(const QString& entity, const QString& id, const QVariantMap& row);

    // Bulk path: derived data of a row that was just inserted (it has no lookup rows or search
    // document yet), from the values in hand instead of reading the row back.
    Status indexNewContact(const domain::Contact& contact, const QString& companyName);
    Status indexNewCompany(const domain::Company& company);
    Status indexNewDeal(const domain::Deal& deal, const QString& contactName,
                        const QString& companyName);

private:
    Status refreshContact(const QString& id, bool removed);
    Status refreshCompany(const QString& id, bool removed);
    Status refreshDeal(const QString& id, bool removed);
    Status indexContact(const QString& id);
    // Lookup rows and search document of a contact; `fresh`: it has none yet.
    Status writeContact(const domain::Contact& c, const QString& companyName, bool fresh);
    Status writeDocument(const search::SearchDocument& doc, bool fresh);
    Status writeCompany(const domain::Company& c, bool fresh);
    Status writeDeal(const domain::Deal& d, const QString& contactName, const QString& companyName,
                     bool fresh);

    Command& m_command;
    std::unique_ptr<search::SearchIndex> m_search;
};

} // namespace baza::store
