#pragma once

#include "TestPaths.h"
#include "core/io/CsvReader.h"

#include <QBuffer>
#include <QLocale>

#include <gtest/gtest.h>

namespace baza::io::test {

inline QString dataFile(const char* relative)
{
    return QStringLiteral(BAZA_TEST_DATA_DIR "/") + QString::fromUtf8(relative);
}

// Messages format numbers with the user's locale; tests pin English ("1,204").
class IoTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
};

struct CsvContent
{
    QStringList header;
    QList<QStringList> rows;
    QList<qint64> lines;
    QByteArray encoding;
    QChar delimiter;
    qint64 ragged = 0;
    QString error; // empty when the whole file was read
};

inline CsvContent readCsv(std::unique_ptr<CsvReader> reader)
{
    CsvContent c;
    c.header = reader->header();
    c.encoding = reader->encoding();
    c.delimiter = reader->delimiter();
    QStringList fields;
    for (;;) {
        auto got = reader->next(fields);
        if (!got) {
            c.error = got.message();
            break;
        }
        if (!*got)
            break;
        c.rows.append(fields);
        c.lines.append(reader->lineNumber());
        EXPECT_EQ(reader->recordNumber(), c.rows.size());
    }
    c.ragged = reader->raggedRecords();
    return c;
}

inline CsvContent readCsvFile(const char* relative, const CsvOptions& options = {})
{
    auto reader = CsvReader::open(dataFile(relative), options);
    if (!reader) {
        CsvContent c;
        c.error = reader.message();
        return c;
    }
    return readCsv(std::move(*reader));
}

inline CsvContent readCsvBytes(const QByteArray& bytes, const CsvOptions& options = {},
                               const QString& name = QStringLiteral("contacts.csv"))
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = CsvReader::fromDevice(&buffer, name, options);
    if (!reader) {
        CsvContent c;
        c.error = reader.message();
        return c;
    }
    return readCsv(std::move(*reader));
}

inline QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace baza::io::test
