#pragma once

#include "core/store/BulkWriter.h"
#include "core/store/BulkWriterKeys.h"

#include <QSqlDatabase>

namespace baza::store {

// Before an import: which rows of a file the import would find as duplicates, without writing
// anything and without the write lock. Rows go through the same fingerprints as BulkWriter's; a
// match with a record in the database is checked against the record like the import does, a
// match with an earlier row of the file is by fingerprint only (the rows are not kept).
// Contacts and companies; deals are not matched. Use on one thread, on that thread's connection.
class DuplicateProbe
{
public:
    explicit DuplicateProbe(QSqlDatabase db);

    // Loads the database's fingerprints (a few seconds for a million contacts); `stopped` is
    // asked along the way and ends the load with ErrorCode::Cancelled.
    Status begin(const std::function<bool()>& stopped = {});

    enum class Found { None, InDatabase, EarlierRow };
    // `company`: the row's company (no name: none).
    Result<Found> contact(const PreparedContact& contact, const PreparedCompany& company);
    Result<Found> company(const PreparedCompany& company);

private:
    // The database's company of that folded name: rowid 0 for no name, -1 when there is none.
    Result<BulkWriter::CompanyRef> findCompany(const PreparedCompany& company);

    QSqlDatabase m_db;
    KeyChecks m_checks;
    KeyIndex m_companies; // the database's
    KeyIndex m_contacts;  // the database's
    KeyIndex m_file;      // this file's rows so far (the value only says "seen")
};

} // namespace baza::store
