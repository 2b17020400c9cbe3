// The vCard reader on real-looking exports and broken files, and the writer's round trip.
#include "IoTestUtil.h"
#include "core/io/VCardReader.h"
#include "core/io/VCardWriter.h"

namespace baza::io::test {
namespace {

class VCardTest : public IoTest
{};

struct Cards
{
    QList<VCard> cards;
    QString error;
    QByteArray encoding;
};

Cards readCards(Result<std::unique_ptr<VCardReader>> reader)
{
    Cards c;
    if (!reader) {
        c.error = reader.message();
        return c;
    }
    c.encoding = (*reader)->encoding();
    VCard card;
    for (;;) {
        auto got = (*reader)->next(card);
        if (!got) {
            c.error = got.message();
            break;
        }
        if (!*got)
            break;
        c.cards.append(card);
        EXPECT_EQ((*reader)->cardNumber(), c.cards.size());
    }
    return c;
}

Cards readCardFile(const char* relative)
{
    return readCards(VCardReader::open(dataFile(relative)));
}

Cards readCardBytes(const QByteArray& bytes, const QByteArray& encoding = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readCards(VCardReader::fromDevice(&buffer, u("contacts.vcf"), encoding));
}

TEST_F(VCardTest, OutlookAndAndroid21)
{
    const Cards c = readCardFile("vcard/outlook_android_21.vcf");
    ASSERT_EQ(c.error, QString());
    ASSERT_EQ(c.cards.size(), 2);
    const VCard& o = c.cards[0];
    EXPECT_EQ(o.version, u("2.1"));
    EXPECT_EQ(o.firstLine, 1);
    EXPECT_EQ(o.lastName, u("Смирнова"));
    EXPECT_EQ(o.firstName, u("Ольга"));
    EXPECT_EQ(o.middleName, u("Викторовна"));
    EXPECT_EQ(o.formattedName, u("Ольга Смирнова"));
    EXPECT_EQ(o.organization, u("ПАО «Уралхиммаш»"));
    EXPECT_EQ(o.title, u("Начальник отдела снабжения"));
    EXPECT_EQ(o.note,
              u("Звонить после 11:00 по Москве.\r\nЗаказ на 2024 год согласован, ждём договор."));
    ASSERT_EQ(o.phones.size(), 2);
    EXPECT_EQ(o.phones[0].value, u("+7 (343) 555-12-34"));
    EXPECT_EQ(o.phones[0].types, (QStringList{u("WORK"), u("VOICE")}));
    EXPECT_EQ(o.phones[1].types, (QStringList{u("CELL"), u("VOICE")}));
    ASSERT_EQ(o.emails.size(), 1);
    EXPECT_EQ(o.emails[0].value, u("o.smirnova@uralhimmash.ru"));
    EXPECT_EQ(o.emails[0].types, (QStringList{u("PREF"), u("INTERNET")}));
    ASSERT_EQ(o.addresses.size(), 1);
    EXPECT_EQ(o.addresses[0].street, u("ул. Фронтовых бригад, д. 18"));
    EXPECT_EQ(o.addresses[0].city, u("Екатеринбург"));
    EXPECT_EQ(o.addresses[0].region, u("Свердловская обл."));
    EXPECT_EQ(o.addresses[0].postalCode, u("620017"));
    EXPECT_EQ(o.addresses[0].country, u("Россия"));
    EXPECT_EQ(o.addresses[0].types, (QStringList{u("WORK"), u("PREF")}));

    const VCard& a = c.cards[1];
    EXPECT_EQ(a.lastName, u("Łukasiewicz"));
    EXPECT_EQ(a.firstName, u("Zofia"));
    EXPECT_EQ(a.formattedName, u("Zofia Łukasiewicz"));
    EXPECT_EQ(a.note, u("Pierwsza linia\r\nDruga linia bardzo długa, z miękkim podziałem"));
    ASSERT_EQ(a.phones.size(), 2);
    EXPECT_EQ(a.phones[1].value, u("22 628 45 13"));
    EXPECT_EQ(a.phones[1].types, (QStringList{u("WORK"), u("FAX")}));
    EXPECT_EQ(a.emails[0].types, (QStringList{u("HOME")}));
    // The unindented 2.1 BASE64 photo ends at the blank line; what follows is read.
    EXPECT_EQ(a.categories, (QStringList{u("Prawnicy")}));
}

TEST_F(VCardTest, Apple30)
{
    const Cards c = readCardFile("vcard/apple_30.vcf");
    ASSERT_EQ(c.error, QString());
    EXPECT_EQ(c.encoding, "UTF-8");
    ASSERT_EQ(c.cards.size(), 2);
    const VCard& m = c.cards[0];
    EXPECT_EQ(m.version, u("3.0"));
    EXPECT_EQ(m.formattedName, u("Małgorzata Wiśniewska"));
    EXPECT_EQ(m.lastName, u("Wiśniewska"));
    EXPECT_EQ(m.middleName, u("Anna"));
    EXPECT_EQ(m.organization, u("Hurtownia Elektryczna \"Iskra\" Sp. z o.o."));
    EXPECT_EQ(m.title, u("Kierownik zakupów"));
    ASSERT_EQ(m.emails.size(), 2);
    EXPECT_EQ(m.emails[0].value, u("m.wisniewska@iskra-hurt.pl"));
    EXPECT_EQ(m.emails[0].types, (QStringList{u("INTERNET"), u("PREF"), u("WORK")}));
    EXPECT_EQ(m.emails[1].types, (QStringList{u("INTERNET"), u("HOME")}));
    ASSERT_EQ(m.phones.size(), 2);
    EXPECT_EQ(m.phones[0].types, (QStringList{u("CELL"), u("VOICE"), u("PREF")}));
    ASSERT_EQ(m.addresses.size(), 1);
    EXPECT_EQ(m.addresses[0].street, u("ul. Głogowska 148"));
    EXPECT_EQ(m.addresses[0].postalCode, u("60-243"));
    EXPECT_EQ(m.note, u("Poznana na targach Expopower 2023.\nWoli kontakt mailowy, nie "
                        "telefoniczny. Ważna klientka."));
    EXPECT_EQ(m.url, u("https://iskra-hurt.pl"));
    EXPECT_EQ(m.birthday, u("1984-03-17"));
    EXPECT_EQ(m.categories, (QStringList{u("Klienci"), u("Hurt")}));
    EXPECT_EQ(m.uid, u("5F3C2A9E-1B7D-4C8E-9A0F-2D6E8B4C1A7F"));

    const VCard& d = c.cards[1];
    EXPECT_EQ(d.organization, u("ООО \"Северный ветер\""));
    ASSERT_EQ(d.phones.size(), 2);
    EXPECT_EQ(d.phones[0].value, u("+7 (812) 555-34-21"));
    EXPECT_EQ(d.phones[0].types, (QStringList{u("РАБОЧИЙ")})); // Apple's custom label
    EXPECT_EQ(d.addresses[0].street, u("Невский проспект, 28"));
    EXPECT_EQ(d.addresses[0].region, QString());
}

TEST_F(VCardTest, Google30)
{
    const Cards c = readCardFile("vcard/google_30.vcf");
    ASSERT_EQ(c.error, QString());
    ASSERT_EQ(c.cards.size(), 2);
    EXPECT_EQ(c.cards[0].formattedName, u("Łukasz Zieliński"));
    EXPECT_EQ(c.cards[0].emails[0].types, (QStringList{u("INTERNET"), u("WORK")}));
    EXPECT_EQ(c.cards[0].categories, (QStringList{u("myContacts"), u("Dostawcy")}));
    EXPECT_EQ(c.cards[1].prefix, u("dr"));
    EXPECT_EQ(c.cards[1].note, u("Alergia na orzechy, pamiętać przy spotkaniach."));
    EXPECT_EQ(c.cards[1].firstLine, 11);
}

TEST_F(VCardTest, Rfc6350Version4)
{
    const Cards c = readCardFile("vcard/rfc6350_40.vcf");
    ASSERT_EQ(c.error, QString());
    ASSERT_EQ(c.cards.size(), 1);
    const VCard& k = c.cards[0];
    EXPECT_EQ(k.version, u("4.0"));
    EXPECT_EQ(k.uid, u("urn:uuid:0190a3c2-7f1e-7b3a-9c4d-5e6f7a8b9c0d"));
    EXPECT_EQ(k.organization, u("SoftMedia Sp. z o.o."));
    EXPECT_EQ(k.emails[0].types, (QStringList{u("WORK"), u("PREF")}));
    ASSERT_EQ(k.phones.size(), 2);
    EXPECT_EQ(k.phones[0].value, u("+48-22-890-12-34"));
    EXPECT_EQ(k.phones[0].types, (QStringList{u("VOICE"), u("WORK")}));
    EXPECT_EQ(k.phones[1].types, (QStringList{u("CELL"), u("PREF")}));
    EXPECT_EQ(k.addresses[0].city, u("Warszawa"));
    EXPECT_EQ(k.birthday, u("--0415"));
    EXPECT_EQ(k.note, u("Preferuje spotkania online; Teams lub Meet."));
}

TEST_F(VCardTest, UnterminatedCard)
{
    const Cards c = readCardFile("broken/unterminated.vcf");
    ASSERT_EQ(c.cards.size(), 1);
    EXPECT_EQ(c.cards[0].formattedName, u("Adam Nowak"));
    EXPECT_EQ(c.error,
              u("unterminated.vcf, card 2 (line 5): the card is never closed (END:VCARD is "
                "missing)"));
}

TEST_F(VCardTest, StructuralErrors)
{
    EXPECT_EQ(readCardBytes("hello\r\n").error,
              u("contacts.vcf, card 1 (line 1): expected BEGIN:VCARD"));
    EXPECT_EQ(readCardBytes("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n").error,
              u("contacts.vcf, card 1 (line 3): a new card begins before this one ends "
                "(END:VCARD is missing)"));
    EXPECT_EQ(readCardBytes("BEGIN:VCARD\nFN:A\nno colon here\nEND:VCARD\n").error,
              u("contacts.vcf, card 1 (line 3): the line is not a property (NAME:value)"));
    EXPECT_EQ(readCardBytes("BEGIN:VCARD\nVERSION:3.0\nFN:Adam \xFF\nEND:VCARD\n", "UTF-8").error,
              u("contacts.vcf, card 1 (line 3), FN: byte 0xFF is not valid in the encoding "
                "UTF-8"));
    EXPECT_EQ(readCardBytes("BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=Big5:x\nEND:VCARD\n").error,
              u("contacts.vcf, card 1 (line 3), FN: the character set Big5 is not supported "
                "(Baza reads UTF-8, UTF-16LE, UTF-16BE, windows-1250, windows-1251, "
                "ISO-8859-2, KOI8-R, ISO-8859-1)"));
    EXPECT_EQ(readCardBytes(QByteArray("BEGIN:VCARD\nFN:A") + '\0' + "B\nEND:VCARD\n").error,
              u("contacts.vcf, card 1 (line 2): the line contains a NUL byte"));
}

TEST_F(VCardTest, HugePhotoIsSkippedHugeNoteIsAnError)
{
    QByteArray photo = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ewa\r\nPHOTO;ENCODING=b;TYPE=JPEG:";
    for (int i = 0; i < 120000; ++i)
        photo += "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5\r\n ";
    photo += "AA==\r\nTEL:601\r\nEND:VCARD\r\n";
    ASSERT_GT(photo.size(), 8 * 1024 * 1024);
    const Cards c = readCardBytes(photo);
    ASSERT_EQ(c.error, QString());
    ASSERT_EQ(c.cards.size(), 1);
    EXPECT_EQ(c.cards[0].phones[0].value, u("601"));

    const QByteArray note =
        "BEGIN:VCARD\nFN:Ewa\nNOTE:" + QByteArray(5 * 1024 * 1024, 'n') + "\nEND:VCARD\n";
    EXPECT_EQ(readCardBytes(note).error,
              u("contacts.vcf, card 1 (line 3): the line is longer than 4,194,304 bytes"));
}

TEST_F(VCardTest, EscapesGroupsAndBareTypes)
{
    const Cards c = readCardBytes("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                                  "N:O\\'Neil\\;Smith;Anna\\, Maria;;;\r\n"
                                  "item7.EMAIL;TYPE=\"work,pref\":a@b.pl\r\n"
                                  "TEL;HOME;PREF:+48 1\r\n"
                                  "CATEGORIES:A\\,B,C\r\n"
                                  "NOTE:back\\\\slash\\nnew line\r\n"
                                  "END:VCARD\r\n");
    ASSERT_EQ(c.error, QString());
    const VCard& v = c.cards[0];
    EXPECT_EQ(v.lastName, u("O\\'Neil;Smith"));
    EXPECT_EQ(v.firstName, u("Anna, Maria"));
    EXPECT_EQ(v.emails[0].types, (QStringList{u("WORK"), u("PREF")}));
    EXPECT_EQ(v.phones[0].types, (QStringList{u("HOME"), u("PREF")}));
    EXPECT_EQ(v.categories, (QStringList{u("A,B"), u("C")}));
    EXPECT_EQ(v.note, u("back\\slash\nnew line"));
}

VCard sampleCard()
{
    VCard v;
    v.formattedName = u("Małgorzata Wiśniewska-Żółkiewska");
    v.firstName = u("Małgorzata");
    v.lastName = u("Wiśniewska-Żółkiewska");
    v.middleName = u("Anna");
    v.prefix = u("dr");
    v.suffix = u("PhD");
    v.organization = u("Hurtownia \"Iskra\"; oddział Poznań, hala 3");
    v.title = u("Kierownik zakupów");
    v.note = u("Pierwsza linia\nDruga linia z przecinkiem, średnikiem; i ukośnikiem \\ — "
               "a potem bardzo długi tekst, który musi zostać zawinięty: Zażółć gęślą jaźń "
               "ЗАЖЁЛЧЬ ГЕШЛЯ ЯЗЬ 😀 koniec.");
    v.birthday = u("1984-03-17");
    v.url = u("https://iskra-hurt.pl/kontakt?x=1");
    v.uid = u("0190a3c2-7f1e-7b3a-9c4d-5e6f7a8b9c0d");
    v.categories = QStringList{u("Klienci"), u("Hurt, detal")};
    v.emails = {{u("m.w@iskra-hurt.pl"), {u("WORK"), u("PREF")}},
                {u("gosia@gmail.com"), {u("HOME")}}};
    v.phones = {{u("+48 601 234 567"), {u("CELL")}},
                {u("(61) 852-14-30"), {u("WORK"), u("VOICE")}}};
    v.addresses = {{u("ul. Głogowska 148\nlok. 2"),
                    u("Poznań"),
                    u("wielkopolskie"),
                    u("60-243"),
                    u("Polska"),
                    {u("WORK")}}};
    return v;
}

void expectSame(const VCard& a, const VCard& b)
{
    EXPECT_EQ(a.formattedName, b.formattedName);
    EXPECT_EQ(a.firstName, b.firstName);
    EXPECT_EQ(a.lastName, b.lastName);
    EXPECT_EQ(a.middleName, b.middleName);
    EXPECT_EQ(a.prefix, b.prefix);
    EXPECT_EQ(a.suffix, b.suffix);
    EXPECT_EQ(a.organization, b.organization);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.note, b.note);
    EXPECT_EQ(a.birthday, b.birthday);
    EXPECT_EQ(a.url, b.url);
    EXPECT_EQ(a.uid, b.uid);
    EXPECT_EQ(a.categories, b.categories);
    ASSERT_EQ(a.emails.size(), b.emails.size());
    for (qsizetype i = 0; i < a.emails.size(); ++i) {
        EXPECT_EQ(a.emails[i].value, b.emails[i].value);
        EXPECT_EQ(a.emails[i].types, b.emails[i].types);
    }
    ASSERT_EQ(a.phones.size(), b.phones.size());
    for (qsizetype i = 0; i < a.phones.size(); ++i) {
        EXPECT_EQ(a.phones[i].value, b.phones[i].value);
        EXPECT_EQ(a.phones[i].types, b.phones[i].types);
    }
    ASSERT_EQ(a.addresses.size(), b.addresses.size());
    EXPECT_EQ(a.addresses[0].street, b.addresses[0].street);
    EXPECT_EQ(a.addresses[0].city, b.addresses[0].city);
    EXPECT_EQ(a.addresses[0].region, b.addresses[0].region);
    EXPECT_EQ(a.addresses[0].postalCode, b.addresses[0].postalCode);
    EXPECT_EQ(a.addresses[0].country, b.addresses[0].country);
    EXPECT_EQ(a.addresses[0].types, b.addresses[0].types);
}

class VCardRoundTrip : public VCardTest, public ::testing::WithParamInterface<VCardVersion>
{};

TEST_P(VCardRoundTrip, WritesValidFoldedCardsThatReadBack)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    VCardWriter writer(&out, GetParam());
    const VCard v = sampleCard();
    ASSERT_TRUE(writer.write(v).ok());
    VCard minimal;
    minimal.organization = u("Tylko Firma Sp. z o.o.");
    ASSERT_TRUE(writer.write(minimal).ok());
    const QByteArray bytes = out.data();

    // Every physical line: CRLF, at most 75 octets, valid UTF-8 on its own.
    const QList<QByteArray> lines = bytes.split('\n');
    EXPECT_TRUE(lines.last().isEmpty());
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        ASSERT_TRUE(lines[i].endsWith('\r')) << i;
        EXPECT_LE(lines[i].size() - 1, 75) << lines[i].constData();
        QString s;
        EXPECT_TRUE(decodeText(lines[i], "UTF-8", s)) << i;
    }
    const bool v4 = GetParam() == VCardVersion::V4;
    EXPECT_TRUE(bytes.contains(v4 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n"));
    EXPECT_TRUE(bytes.contains(v4 ? "EMAIL;TYPE=work;PREF=1:m.w@iskra-hurt.pl\r\n"
                                  : "EMAIL;TYPE=WORK,PREF:m.w@iskra-hurt.pl\r\n"));
    EXPECT_TRUE(bytes.contains("ORG:Hurtownia \"Iskra\"\\; oddzia"));
    EXPECT_TRUE(bytes.contains("FN:Tylko Firma Sp. z o.o.\r\n"));

    const Cards c = readCardBytes(bytes);
    ASSERT_EQ(c.error, QString());
    ASSERT_EQ(c.cards.size(), 2);
    expectSame(c.cards[0], v);
    EXPECT_EQ(c.cards[1].formattedName, u("Tylko Firma Sp. z o.o."));
    EXPECT_EQ(c.cards[1].version, v4 ? u("4.0") : u("3.0"));
}

INSTANTIATE_TEST_SUITE_P(Versions, VCardRoundTrip,
                         ::testing::Values(VCardVersion::V3, VCardVersion::V4));

} // namespace
} // namespace baza::io::test
