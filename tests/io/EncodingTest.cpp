// Encoding names, the single-byte tables and detection.
#include "IoTestUtil.h"
#include "core/io/TextDecoding.h"

#include <QHash>

namespace baza::io::test {
namespace {

// Encodes with the reader's own tables read backwards, so the tests need no other codec.
QByteArray encodeSingleByte(const QString& text, const char* encoding)
{
    QHash<char16_t, char> reverse;
    for (int b = 0x80; b < 0x100; ++b) {
        QString s;
        if (decodeText(QByteArray(1, char(b)), encoding, s))
            reverse.insert(s.at(0).unicode(), char(b));
    }
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            out.append(char(c.unicode()));
        else if (reverse.contains(c.unicode()))
            out.append(reverse.value(c.unicode()));
        else
            ADD_FAILURE() << "not encodable in " << encoding;
    }
    return out;
}

TEST(Encoding, CanonicalNames)
{
    EXPECT_EQ(canonicalEncodingName("utf8"), "UTF-8");
    EXPECT_EQ(canonicalEncodingName("CP1250"), "windows-1250");
    EXPECT_EQ(canonicalEncodingName("Windows-1251"), "windows-1251");
    EXPECT_EQ(canonicalEncodingName("latin2"), "ISO-8859-2");
    EXPECT_EQ(canonicalEncodingName("iso_8859-2"), "ISO-8859-2");
    EXPECT_EQ(canonicalEncodingName("koi8r"), "KOI8-R");
    EXPECT_EQ(canonicalEncodingName("UTF-16"), "UTF-16LE");
    EXPECT_EQ(canonicalEncodingName("Shift_JIS"), QByteArray());
    const QStringList all = supportedEncodings();
    for (const char* n :
         {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1250", "windows-1251", "ISO-8859-2", "KOI8-R"})
        EXPECT_TRUE(all.contains(QString::fromLatin1(n))) << n;
}

TEST(Encoding, TableFacts)
{
    struct Fact
    {
        const char* encoding;
        unsigned char byte;
        char16_t expected;
    };
    const Fact facts[] = {
        {"windows-1250", 0xB9, u'ą'}, {"windows-1250", 0x9C, u'ś'}, {"windows-1250", 0x8F, u'Ź'},
        {"windows-1250", 0xA3, u'Ł'}, {"windows-1250", 0x80, u'€'}, {"ISO-8859-2", 0xB1, u'ą'},
        {"ISO-8859-2", 0xB6, u'ś'},   {"ISO-8859-2", 0xBC, u'ź'},   {"ISO-8859-2", 0xA3, u'Ł'},
        {"windows-1251", 0xC0, u'А'}, {"windows-1251", 0xFF, u'я'}, {"windows-1251", 0xB8, u'ё'},
        {"windows-1251", 0xB9, u'№'}, {"KOI8-R", 0xC1, u'а'},       {"KOI8-R", 0xE1, u'А'},
        {"KOI8-R", 0xA3, u'ё'},       {"KOI8-R", 0xFF, u'Ъ'},       {"ISO-8859-1", 0xE9, u'é'},
    };
    for (const Fact& f : facts) {
        QString s;
        ASSERT_TRUE(decodeText(QByteArray(1, char(f.byte)), f.encoding, s));
        EXPECT_EQ(s, QString(QChar(f.expected))) << f.encoding << " " << int(f.byte);
    }
}

TEST(Encoding, UndefinedBytesAndInvalidUtf8AreReportedWithTheirOffset)
{
    QString s;
    qsizetype at = -1;
    EXPECT_FALSE(decodeText("ab\x81", "windows-1250", s, &at));
    EXPECT_EQ(at, 2);
    EXPECT_FALSE(decodeText("ok\x98", "windows-1251", s, &at));
    EXPECT_EQ(at, 2);
    EXPECT_FALSE(decodeText("Krak\xC3\xB3w \xC3(", "UTF-8", s, &at));
    EXPECT_EQ(at, 8);
    EXPECT_FALSE(decodeText("\xC0\xAF", "UTF-8", s, &at)); // overlong '/'
    EXPECT_EQ(at, 0);
    EXPECT_FALSE(decodeText("\xED\xA0\x80", "UTF-8", s, &at)); // a surrogate
    EXPECT_TRUE(decodeText("\xF0\x9F\x98\x80", "UTF-8", s));
    EXPECT_EQ(s, u("😀"));
    EXPECT_FALSE(decodeText(QByteArray("\x00\xD8\x41\x00", 4), "UTF-16LE", s, &at));
    EXPECT_EQ(at, 0);
}

TEST(Encoding, ByteOrderMarks)
{
    const EncodingGuess utf8 = detectEncoding("\xEF\xBB\xBFName");
    EXPECT_EQ(utf8.name, "UTF-8");
    EXPECT_TRUE(utf8.hadBom);
    EXPECT_EQ(utf8.confidence, 100);
    EXPECT_EQ(detectEncoding("\xFF\xFEN\0").name, "UTF-16LE");
    EXPECT_EQ(detectEncoding("\xFE\xFF\0N").name, "UTF-16BE");
}

TEST(Encoding, AsciiAndUtf8)
{
    const EncodingGuess ascii = detectEncoding("Name,Phone\nAdam,601\n");
    EXPECT_EQ(ascii.name, "UTF-8");
    EXPECT_LT(ascii.confidence, 100);
    const EncodingGuess utf8 = detectEncoding(u("Łódź,Щука\n").toUtf8());
    EXPECT_EQ(utf8.name, "UTF-8");
    EXPECT_EQ(utf8.confidence, 100);
    // A sample cut in the middle of a character is still UTF-8.
    EXPECT_EQ(detectEncoding(u("Zażółć ż").toUtf8().chopped(1)).name, "UTF-8");
}

struct Case
{
    const char* text;
    const char* encoding;
};

class SingleByteDetection : public ::testing::TestWithParam<Case>
{};

TEST_P(SingleByteDetection, FindsTheCodePage)
{
    const Case c = GetParam();
    const QByteArray bytes = encodeSingleByte(u(c.text), c.encoding);
    const EncodingGuess g = detectEncoding(bytes);
    EXPECT_EQ(g.name, c.encoding) << c.text;
    EXPECT_FALSE(g.hadBom);
    EXPECT_GT(g.confidence, 0);
    QString decoded;
    ASSERT_TRUE(decodeText(bytes, g.name, decoded));
    EXPECT_EQ(decoded, u(c.text));
}

INSTANTIATE_TEST_SUITE_P(
    PolishAndRussian, SingleByteDetection,
    ::testing::Values(
        Case{"Imię;Nazwisko;Miasto\nŁukasz;Wiśniewski;Łódź\nAgnieszka;Dąbrowska;Gdańsk\n",
             "windows-1250"},
        Case{"Zofia Żółkiewska, Kraków, ul. Świętej Anny 5", "windows-1250"},
        Case{"Źródło: polecenie; Ścibor-Rylski", "windows-1250"},
        Case{"Imię;Nazwisko;Miasto\nŁukasz;Wiśniewski;Łódź\nAgnieszka;Dąbrowska;Gdańsk\n",
             "ISO-8859-2"},
        Case{"Фамилия;Имя;Город\nИванов;Пётр;Москва\nСмирнова;Ольга;Екатеринбург\n",
             "windows-1251"},
        Case{"ООО «Техноснаб», менеджер по закупкам", "windows-1251"},
        Case{"Фамилия,Имя,Город\nИванов,Пётр,Москва\nСмирнова,Ольга,Екатеринбург\n", "KOI8-R"},
        Case{"Морозов Виктор, НПО Энергия, Ярославль", "KOI8-R"}));

TEST(Encoding, Utf16WithoutBom)
{
    const QString text = u("Name\tPhone\r\nАнна\t+7 900\r\n");
    const QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    EXPECT_EQ(detectEncoding(le).name, "UTF-16LE");
    QByteArray be;
    for (const QChar c : text) {
        be.append(char(c.unicode() >> 8));
        be.append(char(c.unicode() & 0xFF));
    }
    EXPECT_EQ(detectEncoding(be).name, "UTF-16BE");
}

} // namespace
} // namespace baza::io::test
