// The CSV reader's syntax, limits and errors on generated input.
#include "IoTestUtil.h"
#include "core/io/CsvWriter.h"

#include <QRandomGenerator>

namespace baza::io::test {
namespace {

class CsvReaderTest : public IoTest
{};

CsvOptions noHeader()
{
    CsvOptions o;
    o.hasHeader = false;
    return o;
}

TEST_F(CsvReaderTest, QuotedFieldsWithDelimitersQuotesAndLineBreaks)
{
    const CsvContent c =
        readCsvBytes("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\r\n1,2,3,4,5\n", noHeader());
    ASSERT_EQ(c.error, QString());
    ASSERT_EQ(c.rows.size(), 2);
    EXPECT_EQ(c.rows[0], (QStringList{u("a"), u("b,c"), u("say \"hi\""), u("two\nlines"), {}}));
    EXPECT_EQ(c.lines, (QList<qint64>{1, 3}));
}

TEST_F(CsvReaderTest, LineEndsMixedAndBlankLinesSkipped)
{
    const CsvContent c = readCsvBytes("h1,h2\r\n\r\na,b\n\nc,d\re,f\r\n,\n\n", {});
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.header, (QStringList{u("h1"), u("h2")}));
    ASSERT_EQ(c.rows.size(), 3);
    EXPECT_EQ(c.rows[0], (QStringList{u("a"), u("b")}));
    EXPECT_EQ(c.rows[1], (QStringList{u("c"), u("d")}));
    EXPECT_EQ(c.rows[2], (QStringList{u("e"), u("f")}));
    EXPECT_EQ(c.lines, (QList<qint64>{3, 5, 6}));
}

TEST_F(CsvReaderTest, SpacesAroundQuotedFieldsAreDroppedOthersKept)
{
    const CsvContent c = readCsvBytes("a, \"b, c\" , d ,\"e\"f, \"g\"\"h\"  \n", noHeader());
    ASSERT_EQ(c.error, QString());
    ASSERT_EQ(c.rows.size(), 1);
    EXPECT_EQ(c.rows[0], (QStringList{u("a"), u("b, c"), u(" d "), u("ef"), u("g\"h")}));
}

TEST_F(CsvReaderTest, QuoteInsideAnUnquotedFieldIsLiteral)
{
    const CsvContent c = readCsvBytes("Monitor 27\" LG,5\" tablet\n", noHeader());
    ASSERT_EQ(c.rows.size(), 1);
    EXPECT_EQ(c.rows[0], (QStringList{u("Monitor 27\" LG"), u("5\" tablet")}));
}

TEST_F(CsvReaderTest, LastLineWithoutLineBreak)
{
    const CsvContent c = readCsvBytes("x,y\n1,\"2\"", {});
    ASSERT_EQ(c.rows.size(), 1);
    EXPECT_EQ(c.rows[0], (QStringList{u("1"), u("2")}));
    const CsvContent d = readCsvBytes("x,y\n1,", {});
    ASSERT_EQ(d.rows.size(), 1);
    EXPECT_EQ(d.rows[0], (QStringList{u("1"), {}}));
}

TEST_F(CsvReaderTest, EmptyFileAndHeaderOnly)
{
    const CsvContent empty = readCsvBytes({}, {});
    EXPECT_EQ(empty.error, QString());
    EXPECT_TRUE(empty.header.isEmpty());
    EXPECT_TRUE(empty.rows.isEmpty());
    const CsvContent header = readCsvBytes("\xEF\xBB\xBFName;Phone\r\n", {});
    EXPECT_EQ(header.header, (QStringList{u("Name"), u("Phone")}));
    EXPECT_EQ(header.delimiter, QLatin1Char(';'));
    EXPECT_TRUE(header.rows.isEmpty());
}

TEST_F(CsvReaderTest, DelimiterDetectionIgnoresDelimitersInQuotes)
{
    // Commas inside the values would fool a count that does not respect quotes.
    const QByteArray semicolons = "Name;Company;City\n\"Nowak, Jan\";\"Alfa, Beta, Gamma\";Łódź\n"
                                  "Kot;\"X,Y\";Kraków\nLis;Z;Gdańsk\n";
    EXPECT_EQ(readCsvBytes(semicolons).delimiter, QLatin1Char(';'));
    EXPECT_EQ(readCsvBytes("a\tb\tc\n1\t2,5\t3\n4\t5\t6\n").delimiter, QLatin1Char('\t'));
    EXPECT_EQ(readCsvBytes("a|b\n1|2\n").delimiter, QLatin1Char('|'));
    EXPECT_EQ(readCsvBytes("a,b;c\n1,2;3\n4,5\n").delimiter, QLatin1Char(','));
    EXPECT_EQ(readCsvBytes("just one column\nvalue\n").delimiter, QLatin1Char(','));
}

TEST_F(CsvReaderTest, ManualDelimiterAndEncodingOverrideDetection)
{
    CsvOptions o;
    o.delimiter = QLatin1Char(',');
    o.encoding = "cp1250";
    const CsvContent c = readCsvBytes("a;b,c\n\xB3\xF3\x9F;d,e\n", o);
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "windows-1250");
    EXPECT_EQ(c.rows[0], (QStringList{u("łóź;d"), u("e")}));
}

TEST_F(CsvReaderTest, UnsupportedEncodingIsAUsageError)
{
    CsvOptions o;
    o.encoding = "Shift_JIS";
    const CsvContent c = readCsvBytes("a,b\n", o);
    EXPECT_EQ(c.error, u("contacts.csv: the encoding Shift_JIS is not supported (Baza reads "
                         "UTF-8, UTF-16LE, UTF-16BE, windows-1250, windows-1251, ISO-8859-2, "
                         "KOI8-R, ISO-8859-1)."));
}

TEST_F(CsvReaderTest, SepLineAfterBom)
{
    const CsvContent c = readCsvBytes("\xEF\xBB\xBFsep=;\r\nA;B\r\n1,5;2\r\n");
    EXPECT_EQ(c.delimiter, QLatin1Char(';'));
    EXPECT_EQ(c.header, (QStringList{u("A"), u("B")}));
    EXPECT_EQ(c.rows[0], (QStringList{u("1,5"), u("2")}));
}

TEST_F(CsvReaderTest, Utf16WithoutBomAndBigEndianWithBom)
{
    const QString text = u("Imię\tTelefon\r\nŁucja\t601 002 003\r\n");
    QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const CsvContent c = readCsvBytes(le);
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "UTF-16LE");
    EXPECT_EQ(c.rows[0], (QStringList{u("Łucja"), u("601 002 003")}));

    QByteArray be = "\xFE\xFF";
    for (const QChar ch : text) {
        be.append(char(ch.unicode() >> 8));
        be.append(char(ch.unicode() & 0xFF));
    }
    const CsvContent d = readCsvBytes(be);
    ASSERT_EQ(d.error, QString());
    EXPECT_EQ(d.encoding, "UTF-16BE");
    EXPECT_EQ(d.header, (QStringList{u("Imię"), u("Telefon")}));
}

TEST_F(CsvReaderTest, InvalidUtf8InTheSampleFallsBackToASingleByteEncoding)
{
    const CsvContent c = readCsvBytes("Nazwisko;Miasto\nWi\x9Cniewski;Gda\xF1sk\n");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "windows-1250");
    EXPECT_EQ(c.rows[0], (QStringList{u("Wiśniewski"), u("Gdańsk")}));
}

TEST_F(CsvReaderTest, InvalidUtf8AfterTheSampleNamesTheRow)
{
    QByteArray data = "Name,City\n";
    int rows = 0;
    while (data.size() < 200 * 1024) {
        data += "Zażółć Gęślą,Kraków\n";
        ++rows;
    }
    data += "Bad,Gda\xF1sk\n";
    const CsvContent c = readCsvBytes(data);
    EXPECT_EQ(c.encoding, "UTF-8");
    EXPECT_EQ(c.rows.size(), rows);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(c.error, u("contacts.csv, row %1 (line %2), column 2 (City): byte 0xF1 is not valid "
                         "in the encoding UTF-8")
                           .arg(en.toString(rows + 1), en.toString(rows + 2)));
}

TEST_F(CsvReaderTest, FieldOverTheLimit)
{
    CsvOptions o;
    o.maxFieldBytes = 1000;
    const CsvContent c =
        readCsvBytes("Name,Note\nAdam,short\nEwa,\"" + QByteArray(5000, 'x') + "\"\n", o);
    EXPECT_EQ(c.rows.size(), 1);
    EXPECT_EQ(c.error,
              u("contacts.csv, row 2 (line 3), column 2 (Note): the field is longer than 1,000 "
                "bytes"));

    // The default limit (10 MiB) on an unquoted field: an error, not 11 MB of memory per row.
    const CsvContent d = readCsvBytes("Name\n" + QByteArray(11 * 1024 * 1024, 'y') + "\n");
    EXPECT_EQ(d.error, u("contacts.csv, row 1 (line 2), column 1 (Name): the field is longer "
                         "than 10,485,760 bytes"));
}

TEST_F(CsvReaderTest, TooManyFields)
{
    CsvOptions o;
    o.maxFields = 10;
    o.hasHeader = false;
    const CsvContent c = readCsvBytes(QByteArray(30, ',') + "\n", o);
    EXPECT_EQ(c.error, u("contacts.csv, row 1 (line 1), column 11: the row has more than 10 "
                         "fields"));
}

TEST_F(CsvReaderTest, ErrorInTheHeader)
{
    const CsvContent c = readCsvBytes("Name,\"Phone\n");
    EXPECT_EQ(c.error, u("contacts.csv, header (line 1), column 2: the quoted field is never "
                         "closed"));
}

TEST_F(CsvReaderTest, ErrorsAreSticky)
{
    QBuffer buffer;
    buffer.setData("a\n\"open\n");
    buffer.open(QIODevice::ReadOnly);
    auto reader = CsvReader::fromDevice(&buffer, u("x.csv"), noHeader());
    ASSERT_TRUE(reader.ok());
    QStringList fields;
    EXPECT_TRUE(*(*reader)->next(fields));
    EXPECT_FALSE((*reader)->next(fields).ok());
    EXPECT_FALSE((*reader)->next(fields).ok());
}

// Random rows with every awkward character, written by CsvWriter and read back through many
// 64 KiB chunk boundaries (quotes, CRLF pairs and UTF-8 sequences land on them).
TEST_F(CsvReaderTest, RoundTripThroughTheWriterAcrossChunkBoundaries)
{
    QRandomGenerator rng(4242);
    const QStringList pieces = {u("Zażółć"), u("gęślą"),   u("jaźń"), u("Щука"),
                                u("\""),     u(","),       u("\r\n"), u("\n"),
                                u(" "),      u("+48 601"), u("=1+1"), u("x")};
    QList<QStringList> rows;
    for (int r = 0; r < 6000; ++r) {
        QStringList row;
        const int n = 1 + int(rng.bounded(7));
        for (int f = 0; f < n; ++f) {
            QString v;
            const int k = int(rng.bounded(6));
            for (int i = 0; i < k; ++i)
                v += pieces[qsizetype(rng.bounded(quint32(pieces.size())))];
            row.append(v);
        }
        if (row.join(QString()).isEmpty())
            row[0] = u("nonempty");
        rows.append(row);
    }
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out, CsvProfile::Rfc4180);
    for (const QStringList& row : rows)
        ASSERT_TRUE(writer.writeRow(row).ok());
    out.close();
    ASSERT_GT(out.data().size(), 3 * 64 * 1024);

    CsvOptions o = noHeader();
    o.encoding = "UTF-8";
    o.delimiter = QLatin1Char(',');
    const CsvContent c = readCsvBytes(out.data(), o);
    ASSERT_EQ(c.error, QString());
    ASSERT_EQ(c.rows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        ASSERT_EQ(c.rows[i], rows[i]) << "row " << i + 1;
}

TEST_F(CsvReaderTest, ProgressReachesTheFileSize)
{
    QByteArray data = "a,b\n";
    for (int i = 0; i < 20000; ++i)
        data += "1,2\n";
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    auto reader = CsvReader::fromDevice(&buffer, u("p.csv"));
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ((*reader)->totalBytes(), data.size());
    QStringList fields;
    while (*(*reader)->next(fields)) {
    }
    EXPECT_EQ((*reader)->bytesRead(), data.size());
    EXPECT_EQ((*reader)->recordNumber(), 20000);
}

} // namespace
} // namespace baza::io::test
