#pragma once

#include "core/common/Result.h"

#include <QChar>
#include <QStringList>

#include <memory>

namespace baza::import {

// Where an import's rows come from: a CSV file, or a vCard file presented as rows under a fixed
// header (so both go through the same mapping, cleaning and duplicate rules).
class RowSource
{
public:
    virtual ~RowSource() = default;
    virtual const QStringList& header() const = 0;
    // false at the end; an Error names file, row and line.
    virtual Result<bool> next(QStringList& fields) = 0;
    virtual qint64 recordNumber() const = 0;
    virtual qint64 lineNumber() const = 0;
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
    virtual QByteArray encoding() const = 0;
    virtual QChar delimiter() const { return {}; }
    // True when values are exactly what the user entered (vCard); CSV cells from a spreadsheet
    // export may carry a formula-neutralising apostrophe, which is taken off.
    virtual bool isVCard() const { return false; }
};

// Opens `path` as vCard when it ends in .vcf/.vcard or starts with BEGIN:VCARD, else as CSV.
Result<std::unique_ptr<RowSource>> openRowSource(const QString& path, const QByteArray& encoding,
                                                 QChar delimiter);

} // namespace baza::import
