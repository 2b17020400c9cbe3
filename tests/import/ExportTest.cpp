// Export: CSV (both profiles) and vCard re-import without loss, formula neutralisation in the
// file, the consent filter for mailings.
#include "../store/StoreFixture.h"

#include "core/import/Exporter.h"
#include "core/import/ImportJob.h"

#include <QFile>

using namespace baza;
using namespace baza::import;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// A contact as the user sees it, without ids and timestamps, the company by name.
struct Seen
{
    domain::Contact c;
    QString company;
    bool operator==(const Seen& o) const
    {
        domain::Contact a = c;
        domain::Contact b = o.c;
        for (domain::Contact* x : {&a, &b}) {
            x->id.clear();
            x->companyId.clear();
            x->createdAt = x->updatedAt = QDateTime();
        }
        return a == b && company == o.company;
    }
};

QList<Seen> everything(store::Store& st)
{
    QList<Seen> out;
    Status s = st.forEachContact({}, {}, [&](const domain::Contact& c, const QString& company) {
        out.append({c, company});
        return true;
    });
    EXPECT_TRUE(s.ok());
    return out;
}

} // namespace

class ExportFixture : public StoreFixture
{
protected:
    void fill()
    {
        domain::Company co;
        co.name = s("Łódzkie Młyny");
        const QString companyId = store->createCompany(co)->id;
        domain::Contact a = person(s("Семён"), s("Ёлкин"), s("semen@x.ru"));
        a.middleName = s("Петрович");
        a.emails.append({s("home"), s("s.elkin@mail.ru")});
        a.phones = {{s("mobile"), s("+79123456789")}, {s("work"), s("+74951234567")}};
        a.title = s("Директор, \"главный\"");
        a.companyId = companyId;
        a.address = {s("ul. Piotrkowska 1"), s("Łódź"), s("90-001"), s("łódzkie"), s("PL")};
        a.tags = {s("vip"), s("rynek wschodni")};
        a.lifecycle = domain::Lifecycle::Customer;
        a.source = s("targi");
        a.custom = {
            {s("notes"), s("Pierwsza linia\nDruga linia; z przecinkiem, i \"cudzysłowem\"")},
            {s("birthday"), s("1975-04-12")},
            {s("Numer klienta"), s("K-0042")}};
        ASSERT_TRUE(store->createContact(a).ok());
        domain::Contact b = person(s("=HYPERLINK(\"http://x\")"), s("McDonald"), s("mac@x.com"));
        b.phones = {{s("work"), s("+48221234567")}};
        ASSERT_TRUE(store->createContact(b).ok());
        ASSERT_TRUE(store->createContact(person(s("Anna"), s("van der Berg"))).ok());
    }

    // Imports `file` into a fresh database and returns what it holds.
    QList<Seen> reimport(const QString& file, const char* name)
    {
        auto other = test::createDatabase(dir.path(QString::fromUtf8(name)));
        EXPECT_TRUE(other);
        store::Store st(*other);
        EXPECT_TRUE(st.initialize().ok());
        ImportOptions o;
        o.path = file;
        ImportJob job(*other, o);
        auto r = job.run();
        EXPECT_TRUE(r.ok()) << r.message().toStdString();
        if (r) {
            EXPECT_EQ(r->errors, 0);
            EXPECT_EQ(r->warnings, 0);
        }
        return everything(st);
    }
};

TEST_F(ExportFixture, CsvAndVCardRoundTripWithoutLoss)
{
    fill();
    const QList<Seen> original = everything(*store);
    ASSERT_EQ(original.size(), 3);
    for (ExportFormat f : {ExportFormat::CsvRfc4180, ExportFormat::CsvExcel}) {
        const QString file = dir.path(f == ExportFormat::CsvExcel ? QStringLiteral("x.csv")
                                                                  : QStringLiteral("r.csv"));
        auto n = exportContacts(*store, {file, f, {}, {}, {}, {}});
        ASSERT_TRUE(n.ok()) << n.message().toStdString();
        EXPECT_EQ(*n, 3);
        const QList<Seen> back =
            reimport(file, f == ExportFormat::CsvExcel ? "excel.baza" : "rfc.baza");
        ASSERT_EQ(back.size(), original.size());
        for (int i = 0; i < original.size(); ++i) {
            EXPECT_TRUE(back.at(i) == original.at(i))
                << "contact " << i << ": " << back.at(i).c.displayName().toStdString() << " / "
                << original.at(i).c.displayName().toStdString();
        }
    }
    // vCard keeps names, channels, company, title, address, notes, birthday, tags.
    const QString vcf = dir.path(QStringLiteral("all.vcf"));
    ASSERT_TRUE(exportContacts(*store, {vcf, ExportFormat::VCard3, {}, {}, {}, {}}).ok());
    const QList<Seen> back = reimport(vcf, "vcard.baza");
    ASSERT_EQ(back.size(), 3);
    const Seen& semen = back.at(2).c.lastName == s("Ёлкин") ? back.at(2) : back.at(0);
    EXPECT_EQ(semen.c.middleName, s("Петрович"));
    EXPECT_EQ(semen.company, s("Łódzkie Młyny"));
    EXPECT_EQ(semen.c.emails.size(), 2);
    EXPECT_EQ(semen.c.phones.size(), 2);
    EXPECT_EQ(semen.c.phones.first().label, s("mobile"));
    EXPECT_EQ(semen.c.address.city, s("Łódź"));
    EXPECT_EQ(semen.c.tags, (QStringList{s("vip"), s("rynek wschodni")}));
    EXPECT_EQ(semen.c.custom.value(QStringLiteral("birthday")).toString(), s("1975-04-12"));
}

TEST_F(ExportFixture, FormulaNeutralisedInExcelFile)
{
    fill();
    const QString file = dir.path(QStringLiteral("excel.csv"));
    ASSERT_TRUE(exportContacts(*store, {file, ExportFormat::CsvExcel, {}, {}, {}, {}}).ok());
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_NE(text.indexOf(s("'=HYPERLINK")), -1);
    EXPECT_EQ(text.indexOf(s(",=HYPERLINK")), -1);
    EXPECT_EQ(text.indexOf(s(";=HYPERLINK")), -1);
    EXPECT_EQ(text.indexOf(s("\"=HYPERLINK")), -1);
    EXPECT_NE(text.indexOf(s("+48221234567")), -1); // phone numbers are not touched
}

TEST_F(ExportFixture, MailingExportsOnlyGrantedConsent)
{
    const QString yes = addContact(s("Anna"), s("Tak"), s("tak@x.pl"));
    const QString withdrawn = addContact(s("Piotr"), s("Wycofal"), s("nie@x.pl"));
    addContact(s("Ewa"), s("Brak"), s("brak@x.pl"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-10);
    ASSERT_TRUE(
        store->addConsent({{}, yes, s("email"), s("newsletter"), s("granted"), t0, {}}).ok());
    ASSERT_TRUE(
        store->addConsent({{}, withdrawn, s("email"), s("newsletter"), s("granted"), t0, {}}).ok());
    ASSERT_TRUE(
        store
            ->addConsent(
                {{}, withdrawn, s("email"), s("newsletter"), s("withdrawn"), t0.addDays(5), {}})
            .ok());
    const QString file = dir.path(QStringLiteral("mailing.csv"));
    auto n = exportContacts(*store, {file, ExportFormat::CsvRfc4180, {}, s("newsletter"), {}, {}});
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 1);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_NE(text.indexOf(s("tak@x.pl")), -1);
    EXPECT_EQ(text.indexOf(s("nie@x.pl")), -1);
    EXPECT_EQ(text.indexOf(s("brak@x.pl")), -1);
    // A list of ids.
    n = exportContacts(*store, {file, ExportFormat::VCard4, {withdrawn}, {}, {}, {}});
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 1);
}

TEST_F(StoreFixture, ExportsWhatAListShowsWithProgressAndCancel)
{
    QList<domain::Contact> people;
    for (int i = 0; i < 600; ++i) {
        domain::Contact c =
            person(QStringLiteral("Osoba"), QStringLiteral("Nr %1").arg(i, 3, 10, QChar(u'0')),
                   QStringLiteral("o%1@x.pl").arg(i));
        c.address.city = i % 3 == 0 ? s("Łódź") : s("Kraków");
        people << c;
    }
    ASSERT_TRUE(store->createContacts(people).ok());
    const QString file = dir.path(QStringLiteral("lodz.csv"));

    // The list's query, in its order (names Z to A), with progress from 0 to all of them.
    store::ListQuery q;
    q.filter.city = s("Łódź");
    q.descending = true;
    ExportOptions o{file, ExportFormat::CsvRfc4180, {}, {}, q, {}};
    QList<QPair<qint64, qint64>> seen;
    o.progress = [&](qint64 done, qint64 total) {
        seen.append({done, total});
        return true;
    };
    auto n = exportContacts(*store, o);
    ASSERT_TRUE(n.ok()) << n.message().toStdString();
    EXPECT_EQ(*n, 200);
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_EQ(seen.last(), qMakePair(qint64(400), qint64(400))); // CSV: sized, then written
    for (int i = 1; i < seen.size(); ++i)
        EXPECT_LE(seen.at(i - 1).first, seen.at(i).first);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    f.close();
    EXPECT_EQ(text.count(s("Łódź")), 200);
    EXPECT_EQ(text.indexOf(s("Kraków")), -1);
    EXPECT_LT(text.indexOf(s("Nr 597")), text.indexOf(s("Nr 000")));

    // A list nobody is in: an empty export, not everyone.
    q.filter.city = s("Gdańsk");
    n = exportContacts(*store, {file, ExportFormat::VCard4, {}, {}, q, {}});
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 0);

    // Cancelled half way: an error, and the file of the earlier export is left as it was.
    const QString other = dir.path(QStringLiteral("all.vcf"));
    o = {other, ExportFormat::VCard3, {}, {}, std::nullopt, {}};
    o.progress = [](qint64 done, qint64 total) {
        EXPECT_EQ(total, 600);
        return done < 300;
    };
    n = exportContacts(*store, o);
    EXPECT_EQ(n.code(), ErrorCode::Cancelled);
    EXPECT_FALSE(QFile::exists(other));
}
