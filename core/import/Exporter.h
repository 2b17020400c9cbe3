#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>

namespace baza::store {
class Store;
}

namespace baza::import {

enum class ExportFormat { CsvExcel, CsvRfc4180, VCard3, VCard4 };

struct ExportOptions
{
    QString path;
    ExportFormat format = ExportFormat::CsvExcel;
    QStringList ids; // empty: all contacts (a segment is resolved to ids by the caller)
    // "For a mailing": only contacts whose newest consent for this purpose is granted.
    QString purpose;
};

// Writes contacts to CSV or vCard. The CSV header is one Baza's import maps back by itself
// (Google-style numbered email/phone groups with their labels, "Custom field: NAME" columns),
// so an exported file re-imports without loss. The file is written aside and renamed when
// complete: a failed export leaves no half file. Returns the number of contacts written.
Result<qint64> exportContacts(const store::Store& store, const ExportOptions& options);

} // namespace baza::import
