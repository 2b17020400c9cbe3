#pragma once

#include "core/import/ImportTypes.h"
#include "core/import/RowBuilder.h"
#include "core/store/BulkWriter.h"

namespace baza::import {

// A built row with what the writer needs computed from its values already (ids, column texts,
// change-log JSON, search texts, duplicate fingerprints), so that this part can run on another
// thread than the writer (see RowPipeline).
struct PreparedRow
{
    BuiltRow built;
    store::PreparedContact contact; // contacts
    store::PreparedCompany company; // the row's company (contacts, deals by name) or the company
};

// The duplicate rules and the policy, applied to one built row at a time on a BulkWriter.
// Contacts: the same normalized email or phone is a duplicate; the same first and last name at
// the same company a likely duplicate; both get the policy. Companies: the same name
// (case-insensitive). Deals: the same title at the same company and contact. Rows already
// written by this import count too (duplicates within the file).
class RowWriter
{
public:
    RowWriter(store::BulkWriter& writer, DuplicatePolicy policy, ImportSummary& summary,
              int maxIssues);

    // Thread-safe: depends on the row alone.
    static PreparedRow prepare(BuiltRow row);
    // Errors are database failures only; row problems go into the summary.
    Status write(PreparedRow& row);
    Status write(const BuiltRow& row);

private:
    struct Match
    {
        QString id;
        QString reason; // readable: "same email a@b.pl (existing contact)"
    };
    void issue(const RowIssue& i);
    Status writeContact(PreparedRow& row);
    Status writeCompany(PreparedRow& row);
    Status writeDeal(const BuiltRow& row);
    // The company of that name, created when missing (no name: an empty ref).
    Result<store::BulkWriter::CompanyRef> companyFor(store::PreparedCompany& company);
    void duplicate(const BuiltRow& row, const Match& match);
    // A row the domain refused although it passed the import's checks: reported, not fatal.
    Status refused(const BuiltRow& row, const Error& error);

    store::BulkWriter& m_writer;
    DuplicatePolicy m_policy;
    ImportSummary& m_summary;
    int m_maxIssues;
};

} // namespace baza::import
