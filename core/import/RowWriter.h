#pragma once

#include "core/import/ImportTypes.h"
#include "core/import/RowBuilder.h"
#include "core/store/BulkWriter.h"

namespace baza::import {

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

    // Errors are database failures only; row problems go into the summary.
    Status write(const BuiltRow& row);

private:
    struct Match
    {
        QString id;
        QString reason; // readable: "same email a@b.pl (existing contact)"
    };
    void issue(const RowIssue& i);
    Status writeContact(const BuiltRow& row);
    Status writeCompany(const BuiltRow& row);
    Status writeDeal(const BuiltRow& row);
    Result<Match> findContact(const domain::Contact& c, const QString& companyId);
    Status loadCompanies();
    // The company of that name, created when missing (empty name: empty id).
    Result<QString> companyFor(const QString& name);
    void duplicate(const BuiltRow& row, const Match& match);

    store::BulkWriter& m_writer;
    DuplicatePolicy m_policy;
    ImportSummary& m_summary;
    int m_maxIssues;
    QHash<QString, QString> m_companies; // folded name → id (the database's and this run's)
    bool m_companiesLoaded = false;
};

} // namespace baza::import
