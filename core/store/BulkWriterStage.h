#pragma once

// Internal to BulkWriter: its prepared statements and the rows waiting to be written.
#include "core/db/RawStatement.h"
#include "core/store/BulkWriter.h"

#include <QHash>
#include <QPair>

#include <memory>

namespace baza::store {

// A larger page cache while the import's transaction is open: with SQLite's usual 32 MiB a
// million-row import spills dirty pages to the write-ahead log over and over (each spill
// encrypted, written, read back and decrypted). The connection's own size comes back after the
// transaction.
struct BulkWriter::CacheSize
{
    CacheSize(sqlite3* db, qint64 kib);
    ~CacheSize();
    sqlite3* db;
    QByteArray saved; // the PRAGMA value before
};

struct BulkWriter::Statements
{
    sqlite3* db = nullptr;
    // Entity rows by entity, with the column list the statement was made for.
    QHash<QString, QPair<QStringList, std::shared_ptr<db::RawStatement>>> inserts;
    db::RawStatement change;
    db::RawStatement searchDoc;
    db::RawStatement fts[3];
    db::RawStatement channel;
    db::RawStatement contactTag;
    KeyChecks checks;
};

// New rows are not written one record at a time (row, change, search document, channels, FTS,
// then the next record) but a table at a time for a few hundred records: each statement then
// finds the pages it needs where the previous one left them, which more than halves the time
// SQLite spends per record. FTS4 gets larger batches still. Rowids of contacts and companies are
// given out here, so the duplicate fingerprints can point at rows that are not written yet.
struct BulkWriter::Staging
{
    struct Company
    {
        PreparedCompany prepared;
        qint64 rowid = 0;
    };
    struct Contact
    {
        PreparedContact prepared;
        qint64 rowid = 0;
        QByteArray companyId;
    };
    struct Created
    {
        bool company = false;
        int index = 0; // in companies or contacts
    };
    QList<Company> companies;                // rowids consecutive from companies.first().rowid
    QList<Contact> contacts;                 // likewise
    QList<Created> created;                  // creation order: change log and search documents
    QList<QPair<qint64, QByteArray>> fts[3]; // docid, folded text

    qint64 nextContactRowid = 1;
    qint64 nextCompanyRowid = 1;

    static constexpr int MaxRecords = 512;
    static constexpr int MaxFtsRows = 16384;
};

} // namespace baza::store
