#include "ui/importer/FilePreview.h"

#include "core/io/CsvReader.h"
#include "core/io/VCardReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace baza::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::ui::FilePreview", text);
}

QString joinedValues(const QList<io::VCardValue>& values)
{
    QStringList out;
    for (const io::VCardValue& v : values)
        out << v.value;
    return out.join(QStringLiteral(", "));
}

void loadCsv(const QString& path, const QByteArray& encoding, QChar delimiter, int maxRows,
             FilePreview& out)
{
    io::CsvOptions options;
    options.encoding = encoding;
    options.delimiter = delimiter;
    auto opened = io::CsvReader::open(path, options);
    if (!opened) {
        out.error = opened.message();
        return;
    }
    io::CsvReader& reader = **opened;
    out.header = reader.header();
    out.encoding = reader.encoding();
    out.delimiter = reader.delimiter();
    out.guess = reader.encodingGuess();
    QStringList fields;
    while (out.rows.size() <= maxRows) {
        auto more = reader.next(fields);
        if (!more) {
            out.error = more.message();
            break;
        }
        if (!*more)
            break;
        if (out.rows.size() == maxRows) {
            out.truncated = true;
            break;
        }
        out.rows << fields;
    }
    out.raggedRows = reader.raggedRecords();
}

void loadVCard(const QString& path, const QByteArray& encoding, int maxRows, FilePreview& out)
{
    auto opened = io::VCardReader::open(path, encoding);
    if (!opened) {
        out.error = opened.message();
        return;
    }
    io::VCardReader& reader = **opened;
    out.encoding = reader.encoding();
    out.guess.name = reader.encoding();
    // The columns a vCard offers, in the order a person reads a card.
    out.header = {tr("Full name"), tr("First name"), tr("Last name"),  tr("Organization"),
                  tr("Title"),     tr("Email"),      tr("Phone"),      tr("City"),
                  tr("Country"),   tr("Birthday"),   tr("Categories"), tr("Note")};
    io::VCard card;
    while (out.rows.size() <= maxRows) {
        auto more = reader.next(card);
        if (!more) {
            out.error = more.message();
            break;
        }
        if (!*more)
            break;
        if (out.rows.size() == maxRows) {
            out.truncated = true;
            break;
        }
        const io::VCardAddress address =
            card.addresses.isEmpty() ? io::VCardAddress{} : card.addresses.first();
        out.rows << QStringList{card.formattedName,
                                card.firstName,
                                card.lastName,
                                card.organization,
                                card.title,
                                joinedValues(card.emails),
                                joinedValues(card.phones),
                                address.city,
                                address.country,
                                card.birthday,
                                card.categories.join(QStringLiteral(", ")),
                                card.note};
    }
}

} // namespace

FilePreview::Format formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")
               ? FilePreview::Format::VCard
               : FilePreview::Format::Csv;
}

FilePreview loadPreview(const QString& path, const QByteArray& encoding, QChar delimiter,
                        int maxRows)
{
    FilePreview out;
    out.format = formatOf(path);
    if (out.format == FilePreview::Format::VCard)
        loadVCard(path, encoding, maxRows, out);
    else
        loadCsv(path, encoding, delimiter, maxRows, out);
    return out;
}

} // namespace baza::ui
