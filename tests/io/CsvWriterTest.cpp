// CsvWriter: the Excel and RFC 4180 profiles, formula neutralisation, quoting.
#include "core/io/CsvWriter.h"
#include "IoTestUtil.h"

namespace baza::io::test {
namespace {

QByteArray writeCsv(CsvProfile profile, const QLocale& locale, const QList<QStringList>& rows)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out, profile, locale);
    for (const QStringList& row : rows)
        EXPECT_TRUE(writer.writeRow(row).ok());
    return out.data();
}

const QLocale Polish(QLocale::Polish, QLocale::Poland);
const QLocale Russian(QLocale::Russian, QLocale::Russia);
const QLocale English(QLocale::English, QLocale::UnitedStates);

TEST(CsvWriter, ExcelUsesTheLocalesListSeparatorAndABom)
{
    QBuffer sink;
    EXPECT_EQ(CsvWriter(&sink, CsvProfile::Excel, Polish).delimiter(), QLatin1Char(';'));
    EXPECT_EQ(CsvWriter(&sink, CsvProfile::Excel, Russian).delimiter(), QLatin1Char(';'));
    EXPECT_EQ(CsvWriter(&sink, CsvProfile::Excel, English).delimiter(), QLatin1Char(','));
    EXPECT_EQ(CsvWriter(&sink, CsvProfile::Rfc4180, Polish).delimiter(), QLatin1Char(','));

    const QByteArray pl =
        writeCsv(CsvProfile::Excel, Polish,
                 {{u("Imię"), u("Miasto")}, {u("Łukasz"), u("Kraków; Nowa Huta")}});
    // (QString::fromUtf8 would drop a BOM, so it is spelled out.)
    EXPECT_EQ(pl, "\xEF\xBB\xBF" + u("Imię;Miasto\r\nŁukasz;\"Kraków; Nowa Huta\"\r\n").toUtf8());
}

TEST(CsvWriter, ExcelNeutralisesFormulasButNotPhoneNumbers)
{
    const QByteArray out =
        writeCsv(CsvProfile::Excel, English,
                 {{u("=SUM(A1:A9)"), u("+48 601 234 567"), u("-15"), u("-2+3"), u("@cmd"),
                   u("+cmd|' /C calc'!A0"), u("\tx"), u("(22) 555-01-23"), u("-"), u("a=b")}});
    EXPECT_EQ(out, "\xEF\xBB\xBF'=SUM(A1:A9),+48 601 234 567,-15,'-2+3,'@cmd,'+cmd|' /C "
                   "calc'!A0,'\tx,(22) 555-01-23,'-,a=b\r\n");
    EXPECT_TRUE(CsvWriter::needsNeutralising(u("=1")));
    EXPECT_TRUE(CsvWriter::needsNeutralising(u("\r=1")));
    EXPECT_TRUE(CsvWriter::needsNeutralising(u("-SUM(1)")));
    EXPECT_FALSE(CsvWriter::needsNeutralising(u("+7 (495) 123-45-67")));
    EXPECT_FALSE(CsvWriter::needsNeutralising(u("-3,5")));
    EXPECT_FALSE(CsvWriter::needsNeutralising(u("Nowak")));
    EXPECT_FALSE(CsvWriter::needsNeutralising(QString()));
}

TEST(CsvWriter, QuotingAndEscaping)
{
    const QByteArray out = writeCsv(
        CsvProfile::Excel, English,
        {{u("say \"hi\""), u("two\nlines"), u(" padded "), u("a,b"), QString(), u("plain")}});
    EXPECT_EQ(out, "\xEF\xBB\xBF\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",\"a,b\",,plain\r\n");
}

TEST(CsvWriter, Rfc4180IsPlain)
{
    const QByteArray out = writeCsv(CsvProfile::Rfc4180, Polish,
                                    {{u("=SUM(A1)"), u("Zażółć"), u("x;y"), u("p,q")}, {u("2")}});
    EXPECT_EQ(out, u("=SUM(A1),Zażółć,x;y,\"p,q\"\r\n2\r\n").toUtf8());
}

TEST(CsvWriter, ExcelOutputReadsBack)
{
    const QList<QStringList> rows = {{u("Imię"), u("Telefon"), u("Notatka")},
                                     {u("Łucja"), u("+48 601 002 003"), u("=HYPERLINK(\"x\")")},
                                     {u("Ольга"), u("-"), u("a;b\r\nc")}};
    const CsvContent c = readCsvBytes(writeCsv(CsvProfile::Excel, Polish, rows));
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.delimiter, QLatin1Char(';'));
    EXPECT_EQ(c.header, rows[0]);
    EXPECT_EQ(c.rows[0], (QStringList{u("Łucja"), u("+48 601 002 003"), u("'=HYPERLINK(\"x\")")}));
    EXPECT_EQ(c.rows[1], (QStringList{u("Ольга"), u("'-"), u("a;b\r\nc")}));
}

} // namespace
} // namespace baza::io::test
