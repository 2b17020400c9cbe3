#pragma once

#include "core/common/Result.h"
#include "core/io/TextDecoding.h"

#include <QChar>
#include <QIODevice>
#include <QStringList>

#include <memory>

namespace baza::io {

struct CsvOptions
{
    QByteArray encoding; // empty = detect (see detectEncoding); otherwise any supportedEncodings()
    QChar delimiter;     // null = detect among , ; \t | (a first line "sep=X" decides too)
    bool hasHeader = true;
    qint64 maxFieldBytes = 10 * 1024 * 1024; // a longer field is an error, never a memory blow-up
    int maxFields = 16384;                   // a record with more fields is an error
};

// Streaming reader for CSV as RFC 4180 and Excel write it: quoted fields with delimiters,
// doubled quotes and line breaks inside, CRLF/LF/CR line ends, an optional BOM, a "sep=;"
// first line, spaces around quoted fields. Reads 64 KiB at a time: memory stays constant
// whatever the file size. Blank lines and rows whose fields are all empty (Excel writes ";;;"
// for them) are skipped. Rows may be ragged: next() returns the fields that are there.
class CsvReader
{
public:
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Opens the file, detects encoding and delimiter (unless given) and reads the header.
    static Result<std::unique_ptr<CsvReader>> open(const QString& path,
                                                   const CsvOptions& options = {});
    // Same over an open, readable device (not owned; must outlive the reader). displayName
    // is what error messages call the file, e.g. "contacts.csv".
    static Result<std::unique_ptr<CsvReader>>
    fromDevice(QIODevice* device, const QString& displayName, const CsvOptions& options = {});

    const QStringList& header() const; // empty when hasHeader == false
    QByteArray encoding() const;       // canonical name of the encoding in use
    QChar delimiter() const;
    EncodingGuess encodingGuess() const; // what detection said (name == encoding() if given)

    // Reads the next record into `fields` (reusing its strings' storage). Returns false at the
    // end of the data. An Error names the file, row, line and column and what is wrong; the
    // reader stops at the first structural error.
    Result<bool> next(QStringList& fields);

    qint64 recordNumber() const; // 1-based data row of the record last returned (header excluded)
    qint64 lineNumber() const;   // physical line where that record started
    qint64 bytesRead() const;    // bytes consumed from the device so far, for progress
    qint64 totalBytes() const;   // the device's size, -1 if unknown (a pipe)

    // Ragged rows: the number of fields the header has (or the first record, without a
    // header), and how many records so far had a different count.
    int expectedFieldCount() const;
    qint64 raggedRecords() const;

    QString displayName() const;

private:
    struct State;
    explicit CsvReader(std::unique_ptr<State> state);
    std::unique_ptr<State> m;
};

} // namespace baza::io
