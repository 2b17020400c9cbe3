#include "core/import/RowSource.h"

#include "core/io/CsvReader.h"
#include "core/io/VCardReader.h"

#include <QFile>
#include <QFileInfo>

namespace baza::import {

namespace {

constexpr int VCardSlots = 5; // emails and phones per card kept in their own columns

class CsvSource final : public RowSource
{
public:
    explicit CsvSource(std::unique_ptr<io::CsvReader> reader)
        : m_reader(std::move(reader))
    {}
    const QStringList& header() const override { return m_reader->header(); }
    Result<bool> next(QStringList& fields) override
    {
        auto r = m_reader->next(fields);
        if (r && *r) {
            // Undo the Excel profile's formula neutralisation ("'=1+2" was "=1+2").
            for (QString& f : fields) {
                if (f.size() > 1 && f.at(0) == QLatin1Char('\'') &&
                    QStringLiteral("=+-@\t\r").contains(f.at(1)))
                    f.remove(0, 1);
            }
        }
        return r;
    }
    qint64 recordNumber() const override { return m_reader->recordNumber(); }
    qint64 lineNumber() const override { return m_reader->lineNumber(); }
    qint64 bytesRead() const override { return m_reader->bytesRead(); }
    qint64 totalBytes() const override { return m_reader->totalBytes(); }
    QByteArray encoding() const override { return m_reader->encoding(); }
    QChar delimiter() const override { return m_reader->delimiter(); }

private:
    std::unique_ptr<io::CsvReader> m_reader;
};

class VCardSource final : public RowSource
{
public:
    explicit VCardSource(std::unique_ptr<io::VCardReader> reader)
        : m_reader(std::move(reader))
    {
        m_header = QStringList{QStringLiteral("Full name"),   QStringLiteral("First name"),
                               QStringLiteral("Middle name"), QStringLiteral("Last name"),
                               QStringLiteral("Prefix"),      QStringLiteral("Suffix"),
                               QStringLiteral("Company"),     QStringLiteral("Job title"),
                               QStringLiteral("Notes"),       QStringLiteral("Birthday"),
                               QStringLiteral("Website"),     QStringLiteral("Categories")};
        for (const char* kind : {"E-mail", "Phone"}) {
            for (int i = 1; i <= VCardSlots; ++i) {
                m_header << QStringLiteral("%1 %2 - Label").arg(QLatin1String(kind)).arg(i)
                         << QStringLiteral("%1 %2 - Value").arg(QLatin1String(kind)).arg(i);
            }
        }
        m_header << QStringLiteral("Street") << QStringLiteral("City") << QStringLiteral("Region")
                 << QStringLiteral("Postal code") << QStringLiteral("Country");
    }
    const QStringList& header() const override { return m_header; }
    Result<bool> next(QStringList& fields) override
    {
        io::VCard card;
        auto r = m_reader->next(card);
        if (!r || !*r)
            return r;
        m_line = card.firstLine;
        fields = QStringList{
            card.formattedName, card.firstName, card.middleName,
            card.lastName,      card.prefix,    card.suffix,
            card.organization,  card.title,     card.note,
            card.birthday,      card.url,       card.categories.join(QStringLiteral(" ::: "))};
        for (const QList<io::VCardValue>* values : {&card.emails, &card.phones}) {
            for (int i = 0; i < VCardSlots; ++i) {
                // The last slot takes the rest, so no value is dropped.
                QStringList rest;
                for (int j = i; j < values->size() && (i == VCardSlots - 1 || j == i); ++j)
                    rest << values->at(j).value;
                const QString label =
                    i < values->size() ? typeLabel(values->at(i).types) : QString();
                fields << label << rest.join(QStringLiteral(" ; "));
            }
        }
        const io::VCardAddress a = card.addresses.value(0);
        fields << a.street << a.city << a.region << a.postalCode << a.country;
        return true;
    }
    qint64 recordNumber() const override { return m_reader->cardNumber(); }
    qint64 lineNumber() const override { return m_line; }
    qint64 bytesRead() const override { return m_reader->bytesRead(); }
    qint64 totalBytes() const override { return m_reader->totalBytes(); }
    QByteArray encoding() const override { return m_reader->encoding(); }
    bool isVCard() const override { return true; }

private:
    static QString typeLabel(const QStringList& types)
    {
        for (const QString& t : types) {
            const QString u = t.toUpper();
            if (u == QLatin1String("CELL"))
                return QStringLiteral("mobile");
            if (u == QLatin1String("WORK") || u == QLatin1String("HOME") ||
                u == QLatin1String("FAX") || u == QLatin1String("OTHER"))
                return u.toLower();
        }
        return {};
    }

    std::unique_ptr<io::VCardReader> m_reader;
    QStringList m_header;
    qint64 m_line = 0;
};

bool looksLikeVCard(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray head = f.read(64).trimmed();
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    return head.toUpper().startsWith("BEGIN:VCARD");
}

} // namespace

Result<std::unique_ptr<RowSource>> openRowSource(const QString& path, const QByteArray& encoding,
                                                 QChar delimiter)
{
    if (looksLikeVCard(path)) {
        auto reader = io::VCardReader::open(path, encoding);
        if (!reader)
            return reader.error();
        return std::unique_ptr<RowSource>(std::make_unique<VCardSource>(std::move(*reader)));
    }
    io::CsvOptions options;
    options.encoding = encoding;
    options.delimiter = delimiter;
    auto reader = io::CsvReader::open(path, options);
    if (!reader)
        return reader.error();
    return std::unique_ptr<RowSource>(std::make_unique<CsvSource>(std::move(*reader)));
}

} // namespace baza::import
