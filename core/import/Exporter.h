#pragma once

#include "core/common/Result.h"
#include "core/store/ListQuery.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace baza::store {
class Store;
}

namespace baza::import {

enum class ExportFormat { CsvExcel, CsvRfc4180, VCard3, VCard4 };

struct ExportOptions
{
    QString path;
    ExportFormat format = ExportFormat::CsvExcel;
    QStringList ids; // empty: all contacts, unless `query` is given
    // "For a mailing": only contacts whose newest consent for this purpose is granted.
    QString purpose;
    // The contacts a list shows (a segment's query, or the list page's filters), in its order.
    std::optional<store::ListQuery> query;
    // Called on the exporting thread every few hundred contacts with the contacts handled so
    // far and the number there are (CSV reads them twice: sizing the columns, then writing);
    // returning false cancels (ErrorCode::Cancelled, no file).
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Writes contacts to CSV or vCard. The CSV header is one Baza's import maps back by itself
// (Google-style numbered email/phone groups with their labels, "Custom field: NAME" columns),
// so an exported file re-imports without loss. The file is written aside and renamed when
// complete: a failed or cancelled export leaves no half file. Returns the number of contacts
// written.
Result<qint64> exportContacts(const store::Store& store, const ExportOptions& options);

} // namespace baza::import
