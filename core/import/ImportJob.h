#pragma once

#include "core/common/Result.h"
#include "core/import/ImportMapping.h"
#include "core/import/ImportTypes.h"
#include "core/import/RowBuilder.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

namespace baza::db {
class Database;
}

namespace baza::import {

struct ImportOptions
{
    QString path;
    ImportEntity entity = ImportEntity::Contact;
    QString preset = QStringLiteral("auto");
    std::optional<ImportMapping> mapping; // a saved or edited mapping; else automatic(preset)
    QByteArray encoding;                  // empty: detect
    QChar delimiter;                      // null: detect
    DuplicatePolicy policy = DuplicatePolicy::Skip;
    bool strict = false;    // any rejected row or flagged value: nothing is imported
    bool dryRun = false;    // everything runs, nothing is kept
    int maxIssues = 100000; // issues listed in the summary (counts stay exact)
};

// The first rows of a file after decoding and mapping, for the wizard: the raw cells, the record
// each row becomes and what is wrong with it.
struct ImportPreview
{
    QStringList header;
    QByteArray encoding;
    QChar delimiter;
    ImportMapping mapping;
    QList<QStringList> rawRows;
    QList<BuiltRow> rows;
    QString phoneRegion; // the one in effect: the mapping's, else the database's, else the locale's
};

// Reads, maps and checks the first `rows` rows. Nothing is written. A vCard file (.vcf) has a
// fixed mapping.
Result<ImportPreview> previewImport(db::Database& database, const ImportOptions& options,
                                    int rows = 20);

// Before an import: how many rows the duplicate rules would catch.
struct DuplicateCount
{
    qint64 rows = 0;       // rows read
    qint64 inDatabase = 0; // rows that match a record Baza has
    qint64 inFile = 0;     // rows that repeat an earlier row of the file
};

// Reads the whole file as the import would (mapping, cleaning, validation) and counts, writing
// nothing and taking no write lock (see store::DuplicateProbe). Contacts and companies; deals
// are not matched. `progress` gets the rows read every few hundred rows; returning false stops
// the count (ErrorCode::Cancelled).
Result<DuplicateCount> countDuplicates(db::Database& database, const ImportOptions& options,
                                       const std::function<bool(qint64 rows)>& progress = {});

// One import run: file → reader → mapping → cleaning → validation → duplicate matching →
// bulk store writes, all in ONE transaction tagged with one batch id (see BulkWriter). Cancel,
// a --strict failure, a dry run or an unreadable file roll the transaction back, so nothing is
// left behind; the record of the import (Store::imports) is written with the rows.
//
// Run it on a worker: `QtConcurrent::run([job] { return job->run(); })`. It opens its own Store
// on the worker's connection of `database` (and releases that connection when the worker is
// not the main thread). progress() is emitted from the worker at most every 100 ms; connect
// with a queued connection. cancel() may be called from any thread.
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    ImportJob(db::Database& database, ImportOptions options, QObject* parent = nullptr);
    ~ImportJob() override;

    Result<ImportSummary> run();
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }
    // Called on the worker thread with each progress report (for callers without an event loop).
    void setProgressCallback(std::function<void(const ImportProgress&)> callback);

signals:
    void progress(const baza::import::ImportProgress& progress);

private:
    db::Database& m_database;
    ImportOptions m_options;
    std::atomic<bool> m_cancel{false};
    std::function<void(const ImportProgress&)> m_callback;
};

// Writes the rows that had problems as CSV: row, line, column, value, reason, outcome.
Status writeReport(const ImportSummary& summary, const QString& path);

} // namespace baza::import

Q_DECLARE_METATYPE(baza::import::ImportProgress)
