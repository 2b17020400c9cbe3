#pragma once

#include "core/io/TextDecoding.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace baza::ui {

// The first rows of a file as the import will read them: decoded with the detected (or chosen)
// encoding and split with the detected (or chosen) delimiter. vCards are flattened into the same
// columns the import maps (name, company, email, phone…), so both formats preview alike.
struct FilePreview
{
    enum class Format { Csv, VCard };
    Format format = Format::Csv;
    QStringList header;
    QList<QStringList> rows;
    QByteArray encoding; // in use
    QChar delimiter;     // CSV only
    io::EncodingGuess guess;
    qint64 raggedRows = 0;
    bool truncated = false; // the file has more rows than the preview shows
    QString error;          // why the file cannot be read as asked; rows may still hold some
};

// vCard by extension (.vcf, .vcard), CSV otherwise.
FilePreview::Format formatOf(const QString& path);

// Reads at most maxRows records. Empty encoding / null delimiter: detect.
FilePreview loadPreview(const QString& path, const QByteArray& encoding, QChar delimiter,
                        int maxRows = 50);

} // namespace baza::ui
