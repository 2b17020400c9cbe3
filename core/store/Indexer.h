#pragma once

#include "core/common/Result.h"

#include <QString>

#include <memory>

namespace baza::search {
class SearchIndex;
}

namespace baza::store {

class Command;

// Keeps the data derived from entity rows in step, inside the command's transaction: the lookup
// tables for channels (duplicate detection) and tags (filters), and the search index.
class Indexer
{
public:
    explicit Indexer(Command& command);
    ~Indexer();

    // Called after a row was written, or before it is deleted (removed = true).
    Status refresh(const QString& entity, const QString& id, bool removed);

private:
    Status refreshContact(const QString& id, bool removed);
    Status refreshCompany(const QString& id, bool removed);
    Status refreshDeal(const QString& id, bool removed);
    Status indexContact(const QString& id);

    Command& m_command;
    std::unique_ptr<search::SearchIndex> m_search;
};

} // namespace baza::store
