// Cleaning rules: names, full-name splitting, emails, phones (libphonenumber), dates, money.
#include "core/import/Normalize.h"

#include <gtest/gtest.h>

using namespace baza::import;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

std::string name(const char* utf8)
{
    return fixNameCase(s(utf8)).toStdString();
}

} // namespace

TEST(Normalize, SpacesAndNameCase)
{
    EXPECT_EQ(collapseSpaces(s("  Jan \t\u00a0 Kowalski\n ")), s("Jan Kowalski"));
    EXPECT_EQ(name("JAN"), "Jan");
    EXPECT_EQ(name("kowalski-nowak"), "Kowalski-Nowak");
    EXPECT_EQ(name("ŻÓŁTOWSKA"), "Żółtowska");
    EXPECT_EQ(name("ЁЛКИН"), "Ёлкин");
    EXPECT_EQ(name("семён"), "Семён");
    EXPECT_EQ(name("O'NEIL"), "O'Neil");
    EXPECT_EQ(name("MCDONALD"), "McDonald");
    EXPECT_EQ(name("ludwig van beethoven"), "Ludwig van Beethoven");
    // Names typed with care are left alone.
    EXPECT_EQ(name("McDonald"), "McDonald");
    EXPECT_EQ(name("van der Berg"), "van der Berg");
    EXPECT_EQ(name("DeVito"), "DeVito");
}

TEST(Normalize, FullNameSplit)
{
    PersonName n = splitFullName(s("Jan Kowalski"));
    EXPECT_EQ(n.first, s("Jan"));
    EXPECT_EQ(n.last, s("Kowalski"));
    n = splitFullName(s("Kowalski, Jan Maria"));
    EXPECT_EQ(n.first, s("Jan"));
    EXPECT_EQ(n.middle, s("Maria"));
    EXPECT_EQ(n.last, s("Kowalski"));
    n = splitFullName(s("Иванов Иван Иванович"));
    EXPECT_EQ(n.last, s("Иванов"));
    EXPECT_EQ(n.first, s("Иван"));
    EXPECT_EQ(n.middle, s("Иванович"));
    n = splitFullName(s("Анна Сергеевна Петрова"));
    EXPECT_EQ(n.first, s("Анна"));
    EXPECT_EQ(n.middle, s("Сергеевна"));
    EXPECT_EQ(n.last, s("Петрова"));
    n = splitFullName(s("Иванов Пётр"));
    EXPECT_EQ(n.last, s("Иванов"));
    EXPECT_EQ(n.first, s("Пётр"));
    n = splitFullName(s("Dr. Ludwig van Beethoven Jr."));
    EXPECT_EQ(n.prefix, s("Dr."));
    EXPECT_EQ(n.first, s("Ludwig"));
    EXPECT_EQ(n.last, s("van Beethoven"));
    EXPECT_EQ(n.suffix, s("Jr."));
    n = splitFullName(s("Anna Maria Wiśniewska"));
    EXPECT_EQ(n.first, s("Anna"));
    EXPECT_EQ(n.middle, s("Maria"));
    EXPECT_EQ(n.last, s("Wiśniewska"));
    n = splitFullName(s("Madonna"));
    EXPECT_EQ(n.first, s("Madonna"));
    EXPECT_TRUE(n.last.isEmpty());
}

TEST(Normalize, Emails)
{
    QString reason;
    EXPECT_EQ(cleanEmail(s(" Jan.Kowalski@Firma.PL "), &reason), s("jan.kowalski@firma.pl"));
    EXPECT_EQ(cleanEmail(s("mailto:A@B.COM"), &reason), s("a@b.com"));
    EXPECT_EQ(cleanEmail(s("Jan <jan@x.pl>"), &reason), s("jan@x.pl"));
    reason.clear();
    EXPECT_TRUE(cleanEmail(s("jan.kowalski.firma.pl"), &reason).isEmpty());
    EXPECT_FALSE(reason.isEmpty());
    reason.clear();
    EXPECT_TRUE(cleanEmail(s("jan@firma"), &reason).isEmpty());
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_EQ(splitMulti(s("a@x.pl; b@y.pl ::: c@z.pl")),
              (QStringList{s("a@x.pl"), s("b@y.pl"), s("c@z.pl")}));
}

TEST(Normalize, PhonesToE164)
{
    PhoneNormalizer pl(s("PL"));
    QString reason;
    EXPECT_EQ(pl.normalize(s("501 234 567"), &reason), s("+48501234567"));
    EXPECT_EQ(pl.normalize(s("+48 (501) 234-567"), &reason), s("+48501234567"));
    EXPECT_EQ(pl.normalize(s("0048501234567"), &reason), s("+48501234567"));
    EXPECT_EQ(pl.normalize(s("22 123 45 67"), &reason), s("+48221234567"));
    EXPECT_EQ(pl.normalize(s("+7 912 345-67-89"), &reason), s("+79123456789"));
    EXPECT_EQ(pl.normalize(s("+49 30 12345678"), &reason), s("+493012345678"));
    EXPECT_EQ(pl.normalize(s("4.8501234567E+10"), &reason), s("+48501234567"));
    reason.clear();
    EXPECT_TRUE(pl.normalize(s("12"), &reason).isEmpty());
    EXPECT_FALSE(reason.isEmpty());
    reason.clear();
    EXPECT_TRUE(pl.normalize(s("call me"), &reason).isEmpty());
    EXPECT_FALSE(reason.isEmpty());
    PhoneNormalizer ru(s("RU"));
    EXPECT_EQ(ru.normalize(s("8 (912) 345-67-89"), &reason), s("+79123456789"));
    // Without a region only international numbers can be understood.
    PhoneNormalizer none(s("ZZ"));
    reason.clear();
    EXPECT_TRUE(none.normalize(s("501 234 567"), &reason).isEmpty());
    EXPECT_FALSE(reason.isEmpty());
}

TEST(Normalize, BetterPhoneRegionForAFileOfAnotherCountry)
{
    // A Russian sheet read with Polish defaults: two of three numbers fail, all read as Russian.
    const QStringList russian{s("+7 (495) 123-45-67"), s("8 812 555 66 77"), s("89161234567"),
                              QString()};
    EXPECT_EQ(betterPhoneRegion(russian, s("PL"), "windows-1251"), s("RU"));
    EXPECT_EQ(betterPhoneRegion(russian, s("PL"), "UTF-8"), s("RU"));
    EXPECT_TRUE(betterPhoneRegion(russian, s("RU"), "windows-1251").isEmpty());
    // Polish numbers in a Polish database, or all international: nothing to suggest.
    const QStringList polish{s("601 234 567"), s("+48 22 628 45 12"), s("22 555 01 23")};
    EXPECT_TRUE(betterPhoneRegion(polish, s("PL"), "windows-1250").isEmpty());
    EXPECT_EQ(betterPhoneRegion(polish, s("RU"), "windows-1250"), s("PL"));
    EXPECT_TRUE(betterPhoneRegion({s("+7 912 345-67-89"), s("+48 501 234 567")}, s("DE"), "UTF-8")
                    .isEmpty());
    // Nonsense reads nowhere; no numbers, no advice.
    EXPECT_TRUE(betterPhoneRegion({s("call me"), s("12")}, s("PL"), "UTF-8").isEmpty());
    EXPECT_TRUE(betterPhoneRegion({}, s("PL"), "UTF-8").isEmpty());
}

TEST(Normalize, Dates)
{
    QString reason;
    EXPECT_EQ(parseDate(s("2024-03-05"), {}, &reason), QDate(2024, 3, 5));
    EXPECT_EQ(parseDate(s("05.03.2024"), s("MDY"), &reason), QDate(2024, 3, 5)); // dots: DMY
    EXPECT_EQ(parseDate(s("05/03/2024"), s("DMY"), &reason), QDate(2024, 3, 5));
    EXPECT_EQ(parseDate(s("05/03/2024"), s("MDY"), &reason), QDate(2024, 5, 3));
    EXPECT_EQ(parseDate(s("25/03/2024"), s("MDY"), &reason), QDate(2024, 3, 25)); // unambiguous
    EXPECT_EQ(parseDate(s("03/25/2024"), s("DMY"), &reason), QDate(2024, 3, 25));
    EXPECT_EQ(parseDate(s("2024-03-05T10:00:00Z"), {}, &reason), QDate(2024, 3, 5));
    EXPECT_EQ(parseDate(s("45356"), {}, &reason), QDate(2024, 3, 5)); // Excel serial
    EXPECT_EQ(parseDate(s("1.2.99"), {}, &reason), QDate(1999, 2, 1));
    reason.clear();
    EXPECT_FALSE(parseDate(s("31.02.2024"), {}, &reason).isValid());
    EXPECT_FALSE(reason.isEmpty());
    reason.clear();
    EXPECT_FALSE(parseDate(s("next tuesday"), {}, &reason).isValid());
    EXPECT_FALSE(reason.isEmpty());
}

TEST(Normalize, MoneyExactMinorUnits)
{
    Money m;
    QString reason;
    ASSERT_TRUE(parseMoney(s("1 234,50 zł"), {}, &m, &reason));
    EXPECT_EQ(m.minor, 123450);
    EXPECT_EQ(m.currency, s("PLN"));
    ASSERT_TRUE(parseMoney(s("€1,234.50"), {}, &m, &reason));
    EXPECT_EQ(m.minor, 123450);
    EXPECT_EQ(m.currency, s("EUR"));
    ASSERT_TRUE(parseMoney(s("1234.5 EUR"), {}, &m, &reason));
    EXPECT_EQ(m.minor, 123450);
    ASSERT_TRUE(parseMoney(s("1.234.567,89 €"), {}, &m, &reason));
    EXPECT_EQ(m.minor, 123456789);
    ASSERT_TRUE(parseMoney(s("PLN 99"), {}, &m, &reason));
    EXPECT_EQ(m.minor, 9900);
    EXPECT_EQ(m.currency, s("PLN"));
    ASSERT_TRUE(parseMoney(s("1 000 000 руб."), {}, &m, &reason));
    EXPECT_EQ(m.minor, 100000000);
    EXPECT_EQ(m.currency, s("RUB"));
    ASSERT_TRUE(parseMoney(s("1,234"), s("USD"), &m, &reason)); // thousands
    EXPECT_EQ(m.minor, 123400);
    EXPECT_EQ(m.currency, s("USD"));
    ASSERT_TRUE(parseMoney(s("0,1"), s("PLN"), &m, &reason));
    EXPECT_EQ(m.minor, 10);
    ASSERT_TRUE(parseMoney(s("0.30"), s("EUR"), &m, &reason)); // no floating point drift
    EXPECT_EQ(m.minor, 30);
    ASSERT_TRUE(parseMoney(s("1500 JPY"), {}, &m, &reason));
    EXPECT_EQ(m.minor, 1500);
    EXPECT_FALSE(parseMoney(s("12.345 JPY"), {}, &m, &reason) && m.minor == 12);
    reason.clear();
    EXPECT_FALSE(parseMoney(s("1,005 EUR cents"), {}, &m, &reason));
    reason.clear();
    EXPECT_FALSE(parseMoney(s("12.345,678 EUR"), {}, &m, &reason));
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_FALSE(parseMoney(s("-5 EUR"), {}, &m, &reason));
}
