#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace baza::import {

enum class ImportEntity { Contact, Company, Deal };
QString entityKey(ImportEntity entity); // contact, company, deal
bool entityFromKey(const QString& key, ImportEntity* out);

// What to do with a row that matches an existing record (or an earlier row of the file).
enum class DuplicatePolicy {
    Skip,      // leave the existing record alone, count the row as a duplicate
    Fill,      // fill the existing record's empty fields, add new emails and phones
    Overwrite, // the row's non-empty values replace the existing ones
    Create,    // create a new record anyway
};
QString policyKey(DuplicatePolicy policy);
bool policyFromKey(const QString& key, DuplicatePolicy* out);

// One problem with one cell (or a whole row when `column` is empty). `rejected` rows were not
// imported; otherwise the row was imported without the flagged value (it is kept in the
// record's custom field "import_rejected", see docs/import.md).
struct RowIssue
{
    qint64 row = 0;  // 1-based data row; the header is row 0
    qint64 line = 0; // line in the file where the record starts
    QString column;  // header text of the column
    QString value;
    QString reason;
    bool rejected = false;
    bool duplicate = false; // a duplicate the policy skipped (listed so the report says why)
};

struct ImportProgress
{
    qint64 rowsDone = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    double rowsPerSecond = 0;
    double etaSeconds = -1; // unknown
};

struct ImportSummary
{
    QString batchId; // empty for a dry run or when nothing was written
    QString entity;
    QString fileName;
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 duplicates = 0; // rows that matched a record (whatever the policy did with them)
    qint64 skipped = 0;    // rows not written: duplicates skipped, rows rejected
    qint64 errors = 0;     // rows rejected
    qint64 warnings = 0;   // cells left out of rows that were imported
    qint64 companiesCreated = 0;
    bool dryRun = false;
    bool cancelled = false;
    QList<RowIssue> issues; // capped (see ImportOptions::maxIssues); counts are exact
    double seconds = 0;
};

} // namespace baza::import
