#include "core/search/TextFolding.h"

#include <gtest/gtest.h>

using namespace baza::search;

namespace {

struct Sample
{
    const char* in;
    const char* out;
};

void expectFolds(std::initializer_list<Sample> samples)
{
    for (const Sample& s : samples)
        EXPECT_EQ(fold(QString::fromUtf8(s.in)).toStdString(), s.out) << s.in;
}

} // namespace

TEST(TextFolding, Polish)
{
    expectFolds({{"Łódź", "lodz"},
                 {"Zażółć gęślą jaźń", "zazolc gesla jazn"},
                 {"ŁUKASZ ŚWIĄTEK", "lukasz swiatek"},
                 {"Bielsko-Biała", "bielsko biala"},
                 {"Grzegorz Brzęczyszczykiewicz", "grzegorz brzeczyszczykiewicz"},
                 {"Żółw", "zolw"}});
}

TEST(TextFolding, Russian)
{
    expectFolds({{"Семён", "семен"},
                 {"ЁЛКА", "елка"},
                 {"Фёдор Пётр", "федор петр"},
                 {"Андрей Йошкар-Ола", "андрей йошкар ола"},
                 {"Ростов-на-Дону", "ростов на дону"},
                 {"ООО «Ромашка»", "ооо ромашка"}});
}

TEST(TextFolding, German)
{
    expectFolds({{"Straße", "strasse"},
                 {"GROẞ", "gross"},
                 {"Müller-Lüdenscheidt", "muller ludenscheidt"},
                 {"Köln Düsseldorf", "koln dusseldorf"},
                 {"Käthe Weiß GmbH & Co. KG", "kathe weiss gmbh co kg"}});
}

TEST(TextFolding, French)
{
    expectFolds({{"Crème brûlée", "creme brulee"},
                 {"Œuvre d'Éloïse", "oeuvre d eloise"},
                 {"Ça va, garçon?", "ca va garcon"},
                 {"Hôtel Noël", "hotel noel"}});
}

TEST(TextFolding, Czech)
{
    expectFolds(
        {{"Příliš žluťoučký kůň úpěl ďábelské ódy", "prilis zlutoucky kun upel dabelske ody"},
         {"Dvořák", "dvorak"},
         {"ČESKÉ BUDĚJOVICE", "ceske budejovice"}});
}

TEST(TextFolding, OtherScriptsAndForms)
{
    expectFolds({{"Søren Kierkegaard", "soren kierkegaard"},
                 {"Þór Æsir", "thor aesir"},
                 {"Đorđe", "dorde"},
                 {"İstanbul", "istanbul"},
                 {"ﬁnance", "finance"},
                 {"ＡＢＣ１２", "abc12"},
                 {"٤٢ km²", "42 km2"},
                 {"Ελλάδα", "ελλαδα"},
                 {"東京 tower", "東京 tower"},
                 {"emoji 😀 here", "emoji here"},
                 {"𝐁old", "bold"}});
}

TEST(TextFolding, PunctuationAndSpaces)
{
    expectFolds({{"", ""},
                 {"   ", ""},
                 {"  a--b  ", "a b"},
                 {"jan.kowalski+crm@wp.pl", "jan kowalski crm wp pl"},
                 {"O'Brien", "o brien"},
                 {"\"quoted\" * -minus ^caret name:x", "quoted minus caret name x"},
                 {"tab\tnew\nline", "tab new line"},
                 {"ALL_CAPS_42", "all caps 42"}});
}

TEST(TextFolding, FoldIsIdempotent)
{
    for (const char* s : {"Łódź", "Семён Йошкин", "Straße", "Œuvre", "Příliš"}) {
        const QString once = fold(QString::fromUtf8(s));
        EXPECT_EQ(fold(once), once) << s;
    }
}

TEST(TextFolding, DigitsOnly)
{
    EXPECT_EQ(digitsOnly(QStringLiteral("+48 (501) 234-567")), QStringLiteral("48501234567"));
    EXPECT_EQ(digitsOnly(QStringLiteral("tel. 0501/234.567 w. 12")),
              QStringLiteral("050123456712"));
    EXPECT_EQ(digitsOnly(QString::fromUtf8("٠٥٠١")), QStringLiteral("0501"));
    EXPECT_EQ(digitsOnly(QStringLiteral("no digits")), QString());
    EXPECT_EQ(digitsOnly(QString()), QString());
}

TEST(TextFolding, PhoneKeys)
{
    auto keys = [](const char* phone) {
        return phoneKeys(QString::fromUtf8(phone));
    };
    auto list = [](std::initializer_list<const char*> l) {
        QStringList out;
        for (const char* s : l)
            out.append(QString::fromLatin1(s));
        return out;
    };
    EXPECT_EQ(keys("+48 501 234 567"), list({"48501234567", "501234567"}));
    EXPECT_EQ(keys("+7 (912) 345-67-89"), list({"79123456789", "9123456789"}));
    EXPECT_EQ(keys("+44 20 7946 0958"), list({"442079460958", "2079460958"}));
    EXPECT_EQ(keys("+49 151 23456789"), list({"4915123456789", "15123456789"}));
    EXPECT_EQ(keys("0049 30 123456"), list({"4930123456", "30123456"}));
    EXPECT_EQ(keys("+380 44 123 4567"), list({"380441234567", "441234567"}));
    EXPECT_EQ(keys("+1 415 555 0100"), list({"14155550100", "4155550100"}));
    EXPECT_EQ(keys("0501 234 567"), list({"0501234567", "501234567"}));
    EXPECT_EQ(keys("501 234 567"), list({"501234567"}));
    EXPECT_EQ(keys("n/a"), QStringList());
}
