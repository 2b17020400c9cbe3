// Header auto-mapping: the real headers of Google, Outlook (English, Polish, Russian), HubSpot
// and Pipedrive exports, and everyday spreadsheet headers.
#include "core/import/ImportMapping.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace baza::import;

namespace {

// header → field (and label) after auto-mapping, for compact assertions.
std::string fieldOf(const ImportMapping& m, const char* column)
{
    for (const ColumnTarget& c : m.columns) {
        if (c.column == QString::fromUtf8(column))
            return (c.label.isEmpty() ? c.field : c.field + QLatin1Char('/') + c.label)
                .toStdString();
    }
    return "<missing>";
}

QStringList split(const char* csvHeader)
{
    return QString::fromUtf8(csvHeader).split(QLatin1Char(','));
}

} // namespace

TEST(Mapping, GoogleContactsCsv)
{
    const QStringList header = split(
        "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last "
        "Name,Name Prefix,Name Suffix,Nickname,"
        "File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,"
        "Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - "
        "Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address "
        "1 - City,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Website 1 - "
        "Label,Website 1 - Value");
    const ImportMapping m =
        ImportMapping::automatic(header, ImportEntity::Contact, QStringLiteral("google"));
    EXPECT_EQ(fieldOf(m, "First Name"), "first_name");
    EXPECT_EQ(fieldOf(m, "Last Name"), "last_name");
    EXPECT_EQ(fieldOf(m, "Middle Name"), "middle_name");
    // Pronunciations: neither names nor ("phon…") phone numbers.
    EXPECT_EQ(fieldOf(m, "Phonetic First Name"), "");
    EXPECT_EQ(fieldOf(m, "Phonetic Middle Name"), "");
    EXPECT_EQ(fieldOf(m, "Phonetic Last Name"), "");
    EXPECT_EQ(fieldOf(m, "Name Prefix"), "prefix");
    EXPECT_EQ(fieldOf(m, "Nickname"), "");
    EXPECT_EQ(fieldOf(m, "Organization Name"), "company");
    EXPECT_EQ(fieldOf(m, "Organization Title"), "title");
    EXPECT_EQ(fieldOf(m, "Organization Department"), "department");
    EXPECT_EQ(fieldOf(m, "Labels"), "tags");
    EXPECT_EQ(fieldOf(m, "E-mail 1 - Label"), "email_label");
    EXPECT_EQ(fieldOf(m, "E-mail 2 - Value"), "email");
    EXPECT_EQ(fieldOf(m, "Phone 1 - Value"), "phone");
    EXPECT_EQ(fieldOf(m, "Address 1 - City"), "city");
    EXPECT_EQ(fieldOf(m, "Address 1 - Postal Code"), "postal_code");
    EXPECT_EQ(fieldOf(m, "Address 1 - Formatted"), "");
    EXPECT_EQ(fieldOf(m, "Website 1 - Value"), "website");
    EXPECT_EQ(fieldOf(m, "Birthday"), "birthday");
    // The value columns know their label column.
    for (const ColumnTarget& c : m.columns) {
        if (c.column == QLatin1String("E-mail 2 - Value")) {
            EXPECT_EQ(c.group, 2);
        }
    }
}

TEST(Mapping, OutlookEnglishPolishRussian)
{
    const QStringList en = split(
        "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business "
        "Street,Business City,Business State,Business Postal Code,Business Country/Region,Home "
        "City,Business Fax,Business Phone,Home Phone,Mobile Phone,E-mail Address,E-mail Type,"
        "E-mail Display Name,E-mail 2 Address,Notes,Web Page,Categories");
    ImportMapping m = ImportMapping::automatic(en, ImportEntity::Contact);
    EXPECT_EQ(fieldOf(m, "Title"), "prefix");
    EXPECT_EQ(fieldOf(m, "Job Title"), "title");
    EXPECT_EQ(fieldOf(m, "Company"), "company");
    EXPECT_EQ(fieldOf(m, "Business City"), "city");
    EXPECT_EQ(fieldOf(m, "Home City"), "city");
    EXPECT_EQ(fieldOf(m, "Business State"), "region");
    EXPECT_EQ(fieldOf(m, "Business Country/Region"), "country");
    EXPECT_EQ(fieldOf(m, "Business Postal Code"), "postal_code");
    EXPECT_EQ(fieldOf(m, "Business Street"), "street");
    EXPECT_EQ(fieldOf(m, "Business Fax"), "phone/fax");
    EXPECT_EQ(fieldOf(m, "Business Phone"), "phone/work");
    EXPECT_EQ(fieldOf(m, "Home Phone"), "phone/home");
    EXPECT_EQ(fieldOf(m, "Mobile Phone"), "phone/mobile");
    EXPECT_EQ(fieldOf(m, "E-mail Address"), "email");
    EXPECT_EQ(fieldOf(m, "E-mail Type"), "");
    EXPECT_EQ(fieldOf(m, "E-mail Display Name"), "");
    EXPECT_EQ(fieldOf(m, "E-mail 2 Address"), "email");
    EXPECT_EQ(fieldOf(m, "Notes"), "notes");
    EXPECT_EQ(fieldOf(m, "Web Page"), "website");
    EXPECT_EQ(fieldOf(m, "Categories"), "tags");

    const QStringList pl = split(
        "Tytuł,Imię,Drugie imię,Nazwisko,Sufiks,Firma,Dział,Stanowisko,Ulica (służbowy),"
        "Miejscowość (służbowy),Województwo (służbowy),Kod pocztowy (służbowy),Kraj/region "
        "(służbowy),Telefon służbowy,Telefon komórkowy,Telefon domowy,Faks służbowy,Adres e-mail,"
        "Adres e-mail 2,Notatki,Kategorie");
    m = ImportMapping::automatic(pl, ImportEntity::Contact, QStringLiteral("outlook"));
    EXPECT_EQ(fieldOf(m, "Tytuł"), "prefix");
    EXPECT_EQ(fieldOf(m, "Imię"), "first_name");
    EXPECT_EQ(fieldOf(m, "Drugie imię"), "middle_name");
    EXPECT_EQ(fieldOf(m, "Nazwisko"), "last_name");
    EXPECT_EQ(fieldOf(m, "Firma"), "company");
    EXPECT_EQ(fieldOf(m, "Stanowisko"), "title");
    EXPECT_EQ(fieldOf(m, "Dział"), "department");
    EXPECT_EQ(fieldOf(m, "Ulica (służbowy)"), "street");
    EXPECT_EQ(fieldOf(m, "Miejscowość (służbowy)"), "city");
    EXPECT_EQ(fieldOf(m, "Województwo (służbowy)"), "region");
    EXPECT_EQ(fieldOf(m, "Kod pocztowy (służbowy)"), "postal_code");
    EXPECT_EQ(fieldOf(m, "Kraj/region (służbowy)"), "country");
    EXPECT_EQ(fieldOf(m, "Telefon służbowy"), "phone/work");
    EXPECT_EQ(fieldOf(m, "Telefon komórkowy"), "phone/mobile");
    EXPECT_EQ(fieldOf(m, "Telefon domowy"), "phone/home");
    EXPECT_EQ(fieldOf(m, "Faks służbowy"), "phone/fax");
    EXPECT_EQ(fieldOf(m, "Adres e-mail"), "email");
    EXPECT_EQ(fieldOf(m, "Adres e-mail 2"), "email");
    EXPECT_EQ(fieldOf(m, "Notatki"), "notes");
    EXPECT_EQ(fieldOf(m, "Kategorie"), "tags");

    const QStringList ru =
        split("Обращение,Имя,Отчество,Фамилия,Организация,Отдел,Должность,Улица (раб. адрес),Город "
              "(раб. адрес),Индекс (раб. адрес),Страна или регион (раб. адрес),Рабочий телефон,"
              "Мобильный телефон,Домашний телефон,Факс (раб.),Адрес эл. почты,Адрес 2 эл. почты,"
              "Заметки,Категории");
    m = ImportMapping::automatic(ru, ImportEntity::Contact, QStringLiteral("outlook"));
    EXPECT_EQ(fieldOf(m, "Обращение"), "prefix");
    EXPECT_EQ(fieldOf(m, "Имя"), "first_name");
    EXPECT_EQ(fieldOf(m, "Отчество"), "middle_name");
    EXPECT_EQ(fieldOf(m, "Фамилия"), "last_name");
    EXPECT_EQ(fieldOf(m, "Организация"), "company");
    EXPECT_EQ(fieldOf(m, "Должность"), "title");
    EXPECT_EQ(fieldOf(m, "Улица (раб. адрес)"), "street");
    EXPECT_EQ(fieldOf(m, "Город (раб. адрес)"), "city");
    EXPECT_EQ(fieldOf(m, "Индекс (раб. адрес)"), "postal_code");
    EXPECT_EQ(fieldOf(m, "Страна или регион (раб. адрес)"), "country");
    EXPECT_EQ(fieldOf(m, "Рабочий телефон"), "phone/work");
    EXPECT_EQ(fieldOf(m, "Мобильный телефон"), "phone/mobile");
    EXPECT_EQ(fieldOf(m, "Домашний телефон"), "phone/home");
    EXPECT_EQ(fieldOf(m, "Факс (раб.)"), "phone/fax");
    EXPECT_EQ(fieldOf(m, "Адрес эл. почты"), "email");
    EXPECT_EQ(fieldOf(m, "Адрес 2 эл. почты"), "email");
    EXPECT_EQ(fieldOf(m, "Заметки"), "notes");
    EXPECT_EQ(fieldOf(m, "Категории"), "tags");
}

TEST(Mapping, HubSpotAndPipedrive)
{
    ImportMapping m = ImportMapping::automatic(
        split("Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Company "
              "Name,Job Title,Lifecycle Stage,Contact owner,City,State/Region,Postal Code,"
              "Country/Region,Associated Company"),
        ImportEntity::Contact, QStringLiteral("hubspot"));
    EXPECT_EQ(fieldOf(m, "Record ID"), "");
    EXPECT_EQ(fieldOf(m, "Email"), "email");
    EXPECT_EQ(fieldOf(m, "Phone Number"), "phone");
    EXPECT_EQ(fieldOf(m, "Mobile Phone Number"), "phone/mobile");
    EXPECT_EQ(fieldOf(m, "Company Name"), "company");
    EXPECT_EQ(fieldOf(m, "Lifecycle Stage"), "lifecycle");
    EXPECT_EQ(fieldOf(m, "Contact owner"), "");
    EXPECT_EQ(fieldOf(m, "State/Region"), "region");
    EXPECT_EQ(fieldOf(m, "Country/Region"), "country");
    EXPECT_EQ(fieldOf(m, "Associated Company"), "company");

    m = ImportMapping::automatic(split("Record ID,Deal Name,Deal Stage,Pipeline,Amount,Close "
                                       "Date,Deal owner,Associated Company,Associated Contact"),
                                 ImportEntity::Deal, QStringLiteral("hubspot"));
    EXPECT_EQ(fieldOf(m, "Deal Name"), "title");
    EXPECT_EQ(fieldOf(m, "Deal Stage"), "stage");
    EXPECT_EQ(fieldOf(m, "Pipeline"), "pipeline");
    EXPECT_EQ(fieldOf(m, "Amount"), "value");
    EXPECT_EQ(fieldOf(m, "Close Date"), "expected_close");
    EXPECT_EQ(fieldOf(m, "Associated Company"), "company");
    EXPECT_EQ(fieldOf(m, "Associated Contact"), "contact");

    m = ImportMapping::automatic(
        split("Person - ID,Person - Name,Person - Organization,Person - Email - Work,Person - "
              "Email - Home,Person - Phone - Work,Person - Phone - Mobile,Person - Labels,Person - "
              "Owner"),
        ImportEntity::Contact, QStringLiteral("pipedrive"));
    EXPECT_EQ(fieldOf(m, "Person - ID"), "");
    EXPECT_EQ(fieldOf(m, "Person - Name"), "full_name");
    EXPECT_EQ(fieldOf(m, "Person - Organization"), "company");
    EXPECT_EQ(fieldOf(m, "Person - Email - Work"), "email/work");
    EXPECT_EQ(fieldOf(m, "Person - Email - Home"), "email/home");
    EXPECT_EQ(fieldOf(m, "Person - Phone - Mobile"), "phone/mobile");
    EXPECT_EQ(fieldOf(m, "Person - Labels"), "tags");

    m = ImportMapping::automatic(split("Deal - ID,Deal - Title,Deal - Value,Deal - Currency,"
                                       "Deal - Pipeline,Deal - Stage,Deal - Status,Deal - "
                                       "Expected close date,Deal - Organization,Deal - Contact "
                                       "person,Deal - Lost reason"),
                                 ImportEntity::Deal, QStringLiteral("pipedrive"));
    EXPECT_EQ(fieldOf(m, "Deal - Title"), "title");
    EXPECT_EQ(fieldOf(m, "Deal - Value"), "value");
    EXPECT_EQ(fieldOf(m, "Deal - Currency"), "currency");
    EXPECT_EQ(fieldOf(m, "Deal - Stage"), "stage");
    EXPECT_EQ(fieldOf(m, "Deal - Status"), "status");
    EXPECT_EQ(fieldOf(m, "Deal - Expected close date"), "expected_close");
    EXPECT_EQ(fieldOf(m, "Deal - Organization"), "company");
    EXPECT_EQ(fieldOf(m, "Deal - Contact person"), "contact");
    EXPECT_EQ(fieldOf(m, "Deal - Lost reason"), "lost_reason");
}

TEST(Mapping, EverydayHeadersCaseAndDiacriticInsensitive)
{
    const ImportMapping m = ImportMapping::automatic(
        split("IMIE,nazwisko,FIRMA,Telefon komórkowy,E-mail,Фамилия,ИМЯ,отчество,Эл. почта,"
              "Телефон,Организация,ФИО,Imię i nazwisko,Miasto,Uwagi,Tagi,Mail,Tel."),
        ImportEntity::Contact);
    EXPECT_EQ(fieldOf(m, "IMIE"), "first_name");
    EXPECT_EQ(fieldOf(m, "nazwisko"), "last_name");
    EXPECT_EQ(fieldOf(m, "FIRMA"), "company");
    EXPECT_EQ(fieldOf(m, "Telefon komórkowy"), "phone/mobile");
    EXPECT_EQ(fieldOf(m, "E-mail"), "email");
    EXPECT_EQ(fieldOf(m, "Фамилия"), "last_name");
    EXPECT_EQ(fieldOf(m, "ИМЯ"), "first_name");
    EXPECT_EQ(fieldOf(m, "отчество"), "middle_name");
    EXPECT_EQ(fieldOf(m, "Эл. почта"), "email");
    EXPECT_EQ(fieldOf(m, "Телефон"), "phone");
    EXPECT_EQ(fieldOf(m, "Организация"), "company");
    EXPECT_EQ(fieldOf(m, "ФИО"), "full_name");
    EXPECT_EQ(fieldOf(m, "Imię i nazwisko"), "full_name");
    EXPECT_EQ(fieldOf(m, "Miasto"), "city");
    EXPECT_EQ(fieldOf(m, "Uwagi"), "notes");
    EXPECT_EQ(fieldOf(m, "Tagi"), "tags");
    EXPECT_EQ(fieldOf(m, "Mail"), "email");
    EXPECT_EQ(fieldOf(m, "Tel."), "phone");
}

TEST(Mapping, JsonRoundTripAndBinding)
{
    ImportMapping m = ImportMapping::automatic(split("Imię,Nazwisko,Komórka,Notatka prywatna"),
                                               ImportEntity::Contact);
    m.columns[3].field = QStringLiteral("custom:Prywatne");
    m.dateOrder = QStringLiteral("DMY");
    m.phoneRegion = QStringLiteral("PL");
    const QByteArray json = m.toJson();
    auto back = ImportMapping::fromJson(json, QStringLiteral("m.json"));
    ASSERT_TRUE(back.ok()) << back.message().toStdString();
    EXPECT_EQ(back->columns.size(), 4);
    EXPECT_EQ(back->columns.at(3).field, QStringLiteral("custom:Prywatne"));
    EXPECT_EQ(back->dateOrder, QStringLiteral("DMY"));
    EXPECT_EQ(back->phoneRegion, QStringLiteral("PL"));
    // A file with the columns in another order and different case binds by name.
    back->bindTo(split("NOTATKA PRYWATNA,nazwisko,Imie"));
    EXPECT_EQ(back->columns.at(0).index, 2);
    EXPECT_EQ(back->columns.at(1).index, 1);
    EXPECT_EQ(back->columns.at(2).index, -1);
    EXPECT_EQ(back->columns.at(3).index, 0);

    auto bad =
        ImportMapping::fromJson(QByteArrayLiteral(R"({"entity":"contact","columns":[{"column":"A",
        "field":"shoe_size"}]})"),
                                QStringLiteral("bad.json"));
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.message().indexOf(QStringLiteral("shoe_size")), -1);
    EXPECT_NE(bad.message().indexOf(QStringLiteral("bad.json")), -1);
    EXPECT_FALSE(
        ImportMapping::fromJson(QByteArrayLiteral("{not json"), QStringLiteral("x.json")).ok());
}
