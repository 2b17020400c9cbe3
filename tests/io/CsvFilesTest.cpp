// The CSV reader against real-looking exports in tests/data/csv.
#include "IoTestUtil.h"

namespace baza::io::test {
namespace {

class CsvFiles : public IoTest
{};

TEST_F(CsvFiles, GoogleContactsExport)
{
    const CsvContent c = readCsvFile("csv/google_contacts.csv");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "UTF-8");
    EXPECT_EQ(c.delimiter, QLatin1Char(','));
    ASSERT_EQ(c.header.size(), 36);
    EXPECT_EQ(c.header.first(), u("First Name"));
    EXPECT_EQ(c.header.last(), u("Website 1 - Value"));
    ASSERT_EQ(c.rows.size(), 4);
    EXPECT_EQ(c.lines, (QList<qint64>{2, 6, 7, 8}));
    EXPECT_EQ(c.rows[0][0], u("Małgorzata"));
    EXPECT_EQ(c.rows[0][10], u("Hurtownia Elektryczna \"Iskra\" Sp. z o.o."));
    EXPECT_EQ(c.rows[0][14], u("Poznana na targach Expopower 2023.\nWoli kontakt mailowy."));
    EXPECT_EQ(c.rows[0][16], u("* myContacts ::: Klienci"));
    EXPECT_EQ(c.rows[0][22], u("+48 601 234 567"));
    EXPECT_EQ(c.rows[0][26], u("ul. Głogowska 148\n60-243 Poznań\nPolska"));
    EXPECT_EQ(c.rows[2][0], u("Дмитрий"));
    EXPECT_EQ(c.rows[2][10], u("ООО \"Северный ветер\""));
    EXPECT_EQ(c.rows[2][24], u("8 921 555 12 34"));
    EXPECT_EQ(c.rows[3][14], u("Alergia na orzechy, pamiętać przy spotkaniach."));
    for (const QStringList& row : c.rows)
        EXPECT_EQ(row.size(), 36);
    EXPECT_EQ(c.ragged, 0);
}

TEST_F(CsvFiles, OutlookEnglishWithBom)
{
    auto reader = CsvReader::open(dataFile("csv/outlook_en.csv"));
    ASSERT_TRUE(reader.ok()) << qPrintable(reader.message());
    EXPECT_TRUE((*reader)->encodingGuess().hadBom);
    const CsvContent c = readCsv(std::move(*reader));
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.header.first(), u("Title")); // the BOM is not part of the first name
    EXPECT_EQ(c.header[16], u("E-mail Address"));
    ASSERT_EQ(c.rows.size(), 3);
    EXPECT_EQ(c.lines, (QList<qint64>{2, 4, 5}));
    EXPECT_EQ(c.rows[0][14], u("+48 (0) 603 111 222"));
    EXPECT_EQ(c.rows[0][19],
              u("Zamówienie ramowe do 31.12.\r\nKontakt przez asystentkę: pani Ewa, wew. 214"));
    EXPECT_EQ(c.rows[1][3], u("Nowak-Dąbrowska"));
    EXPECT_EQ(c.rows[1][21], u("0/0/00"));
    EXPECT_EQ(c.rows[2][1], u("Sergey"));
}

TEST_F(CsvFiles, OutlookPolishWindows1250)
{
    const CsvContent c = readCsvFile("csv/outlook_pl_cp1250.csv");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "windows-1250");
    EXPECT_EQ(c.delimiter, QLatin1Char(','));
    EXPECT_EQ(c.header[1], u("Imię"));
    EXPECT_EQ(c.header[8], u("Ulica (służbowy)"));
    ASSERT_EQ(c.rows.size(), 3);
    EXPECT_EQ(c.rows[0][1], u("Bożena"));
    EXPECT_EQ(c.rows[0][5], u("Przedsiębiorstwo Handlowe \"Żuraw\""));
    EXPECT_EQ(c.rows[0][17], u("Źródło: polecenie od p. Ściegiennego"));
    EXPECT_EQ(c.rows[1][3], u("Ślęzak"));
    EXPECT_EQ(c.rows[1][9], u("Gdańsk"));
    EXPECT_EQ(c.rows[2][9], u("Wrocław"));
}

TEST_F(CsvFiles, OutlookRussianWindows1251)
{
    const CsvContent c = readCsvFile("csv/outlook_ru_cp1251.csv");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "windows-1251");
    EXPECT_EQ(c.header[1], u("Имя"));
    EXPECT_EQ(c.header[12], u("Страна или регион (раб. адрес)"));
    ASSERT_EQ(c.rows.size(), 2);
    EXPECT_EQ(c.rows[0][5], u("ПАО «Уралхиммаш»"));
    EXPECT_EQ(c.rows[0][8], u("ул. Фронтовых бригад, д. 18"));
    EXPECT_EQ(c.rows[1][14], u("8-913-555-44-33"));
}

TEST_F(CsvFiles, HubSpotExport)
{
    const CsvContent c = readCsvFile("csv/hubspot_contacts.csv");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.header.size(), 14);
    ASSERT_EQ(c.rows.size(), 3);
    EXPECT_EQ(c.rows[0][0], u("51237801"));
    EXPECT_EQ(c.rows[1][1], u("Иван"));
    EXPECT_EQ(c.rows[1][5], u("+79165554433"));
    EXPECT_EQ(c.rows[2][3], QString());
    EXPECT_EQ(c.rows[2][2], u("Kamiński"));
}

TEST_F(CsvFiles, PipedriveExport)
{
    const CsvContent c = readCsvFile("csv/pipedrive_people.csv");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.header.first(), u("ID"));
    ASSERT_EQ(c.rows.size(), 3);
    EXPECT_EQ(c.rows[0][7], u("+48 89 527 11 22, +48 89 527 11 23"));
    EXPECT_EQ(c.rows[0][9], u("Hot lead, Rolnictwo"));
    EXPECT_EQ(c.rows[1][4], u("Торговый дом \"Восток\""));
    EXPECT_EQ(c.rows[1][11], u("Owner's visibility group"));
    EXPECT_EQ(c.rows[2], (QStringList{u("1044"),
                                      u("Marek Dudek"),
                                      u("Marek"),
                                      u("Dudek"),
                                      {},
                                      {},
                                      {},
                                      {},
                                      {},
                                      {},
                                      u("Marta Krawczyk"),
                                      u("Entire company"),
                                      u("0"),
                                      u("0"),
                                      u("2024-01-15 09:00:00")}));
}

TEST_F(CsvFiles, PolishExcelSemicolonsWindows1250)
{
    const CsvContent c = readCsvFile("csv/excel_pl_cp1250.csv");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "windows-1250");
    EXPECT_EQ(c.delimiter, QLatin1Char(';'));
    EXPECT_EQ(c.header,
              (QStringList{u("Imię i nazwisko"), u("Firma"), u("Stanowisko"), u("Telefon"),
                           u("E-mail"), u("Miasto"), u("Obrót 2023"), u("Uwagi")}));
    ASSERT_EQ(c.rows.size(), 4); // the ";;;;;;;" row is skipped
    EXPECT_EQ(c.lines, (QList<qint64>{2, 3, 6, 7}));
    EXPECT_EQ(c.rows[0][1], u("PHU \"Kowalski\""));
    EXPECT_EQ(c.rows[0][6], u("1 234 567,89"));
    EXPECT_EQ(c.rows[1][6], u("987 654,00"));
    EXPECT_EQ(c.rows[1][7], u("Spotkanie co kwartał;\r\nprzypomnieć o fakturze"));
    EXPECT_EQ(c.rows[2][0], u("Józef Żółkiewski"));
    EXPECT_EQ(c.rows[2][3], u("(32) 253-77-10"));
    EXPECT_EQ(c.rows[3], (QStringList{u("Krystyna Ćwiklińska"),
                                      {},
                                      {},
                                      u("0 601 111 222"),
                                      u("k.cwiklinska@o2.pl"),
                                      u("Częstochowa")}));
    EXPECT_EQ(c.ragged, 1);
}

TEST_F(CsvFiles, RussianExcelWindows1251)
{
    const CsvContent c = readCsvFile("csv/excel_ru_cp1251.csv");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "windows-1251");
    EXPECT_EQ(c.delimiter, QLatin1Char(';'));
    EXPECT_EQ(c.header[0], u("ФИО"));
    ASSERT_EQ(c.rows.size(), 3);
    EXPECT_EQ(c.rows[0][0], u("Иванов Пётр Сергеевич"));
    EXPECT_EQ(c.rows[0][1], u("ООО «Техноснаб»"));
    EXPECT_EQ(c.rows[2][0], u("Щербаков Юрий Эдуардович"));
    EXPECT_EQ(c.rows[2][6], u("Счёт №17; оплачен"));
}

TEST_F(CsvFiles, ExcelUnicodeTextIsUtf16TabSeparated)
{
    const CsvContent c = readCsvFile("csv/excel_unicode_utf16le.txt");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "UTF-16LE");
    EXPECT_EQ(c.delimiter, QLatin1Char('\t'));
    EXPECT_EQ(c.header,
              (QStringList{u("Nazwisko"), u("Imię"), u("Firma"), u("Telefon"), u("E-mail")}));
    ASSERT_EQ(c.rows.size(), 3);
    EXPECT_EQ(c.rows[0][2], u("Inter-Cars Łódź"));
    EXPECT_EQ(c.rows[1], (QStringList{u("Кузьмина"), u("Анастасия"), u("Газпром нефть, филиал"),
                                      u("+7 812 555-00-11"), u("kuzmina@gpn.example.ru")}));
    EXPECT_EQ(c.rows[2], (QStringList{u("Dąbrowski"), u("Michał"), {}, u("505 606 707"), {}}));
}

TEST_F(CsvFiles, Koi8r)
{
    const CsvContent c = readCsvFile("csv/koi8r.csv");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "KOI8-R");
    EXPECT_EQ(c.header,
              (QStringList{u("Фамилия"), u("Имя"), u("Организация"), u("Телефон"), u("Город")}));
    ASSERT_EQ(c.rows.size(), 3);
    EXPECT_EQ(c.rows[0][2], u("НПО \"Энергия\""));
    EXPECT_EQ(c.rows[1][2], u("Хлебозавод N3, цех 2"));
    EXPECT_EQ(c.rows[2][2], u("Завод \"Красный пролетарий\""));
    EXPECT_EQ(c.rows[2][4], u("Москва"));
}

TEST_F(CsvFiles, ExcelSepLine)
{
    const CsvContent c = readCsvFile("csv/excel_sep_line.csv");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.delimiter, QLatin1Char('|'));
    EXPECT_EQ(c.header, (QStringList{u("Name"), u("Phone"), u("City")}));
    ASSERT_EQ(c.rows.size(), 1);
    EXPECT_EQ(c.rows[0], (QStringList{u("Nowak, Adam"), u("+48 601 000 001"), u("Lublin")}));
    EXPECT_EQ(c.lines, (QList<qint64>{3}));
}

TEST_F(CsvFiles, OldMacLoneCarriageReturns)
{
    const CsvContent c = readCsvFile("csv/mac_cr.csv");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.header, (QStringList{u("Name"), u("Phone")}));
    ASSERT_EQ(c.rows.size(), 2);
    EXPECT_EQ(c.rows[0], (QStringList{u("Kot, Alicja"), u("601 700 800")}));
    EXPECT_EQ(c.rows[1], (QStringList{u("Bartosz Lis"), u("+48\r502 000 111")}));
    EXPECT_EQ(c.lines, (QList<qint64>{2, 3}));
}

TEST_F(CsvFiles, RaggedRowsAreReturnedAndCounted)
{
    auto reader = CsvReader::open(dataFile("csv/ragged.csv"));
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ((*reader)->expectedFieldCount(), 3);
    const CsvContent c = readCsv(std::move(*reader));
    ASSERT_EQ(c.rows.size(), 4);
    EXPECT_EQ(c.rows[1], (QStringList{u("4"), u("5")}));
    EXPECT_EQ(c.rows[2], (QStringList{u("6"), u("7"), u("8"), u("9")}));
    EXPECT_EQ(c.ragged, 2);
}

TEST_F(CsvFiles, UnclosedQuoteNamesRowLineAndColumn)
{
    const CsvContent c = readCsvFile("broken/unclosed_quote.csv");
    EXPECT_EQ(c.rows.size(), 1);
    EXPECT_EQ(c.error, u("unclosed_quote.csv, row 2 (line 3), column 3 (Note): the quoted field "
                         "is never closed"));
}

TEST_F(CsvFiles, NulByte)
{
    const CsvContent c = readCsvFile("broken/nul_byte.csv");
    EXPECT_EQ(c.rows.size(), 1);
    EXPECT_EQ(c.error, u("nul_byte.csv, row 2 (line 3), column 1 (Name): the field contains a NUL "
                         "byte (is this a binary file, or UTF-16 without a byte order mark?)"));
}

TEST_F(CsvFiles, InvalidUtf8AfterABom)
{
    const CsvContent c = readCsvFile("broken/invalid_utf8_bom.csv");
    ASSERT_EQ(c.rows.size(), 1);
    EXPECT_EQ(c.rows[0], (QStringList{u("Adam"), u("Kraków")}));
    EXPECT_EQ(c.error, u("invalid_utf8_bom.csv, row 2 (line 3), column 2 (City): byte 0xF1 is "
                         "not valid in the encoding UTF-8"));
}

TEST_F(CsvFiles, MissingFileIsAnIoError)
{
    auto reader = CsvReader::open(dataFile("csv/no_such_file.csv"));
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.code(), ErrorCode::Io);
    EXPECT_TRUE(reader.message().startsWith(u("no_such_file.csv: the file could not be opened")))
        << qPrintable(reader.message());
}

} // namespace
} // namespace baza::io::test
