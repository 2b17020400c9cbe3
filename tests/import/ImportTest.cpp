// The import pipeline end to end on a real SQLCipher database: mapping, cleaning, per-row
// problems, duplicates and policies, strict/cancel leaving nothing, undo import, deals.
#include "ImportFixture.h"

#include <QFile>

using namespace baza;
using namespace baza::import;

TEST_F(ImportFixture, CleansMapsAndFlagsPerRow)
{
    const QString file =
        write("kontakty.csv",
              "Imi\xc4\x99;Nazwisko;Firma;Telefon kom\xc3\xb3rkowy;E-mail;Urodziny;Uwagi\n"
              "JAN;KOWALSKI;Piekarnia Kowalski;501 234 567;Jan.Kowalski@Piekarnia.PL;05.03.1980;"
              "\"Lubi\n  pieczywo\"\n"
              "anna-maria;  nowak  ;Piekarnia kowalski;+48 (22) 123-45-67;anna@zla;;\n"
              "Piotr;Wi\xc5\x9bniewski;;12;piotr@x.pl;31.02.1990;\n"
              ";;;abc;nie-email;;\n");
    auto r = import(file);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->rows, 4);
    EXPECT_EQ(r->created, 3);
    EXPECT_EQ(r->errors, 1);           // the last row: nothing usable left
    EXPECT_EQ(r->warnings, 5);         // anna's email, Piotr's phone and date, the last row's two
    EXPECT_EQ(r->companiesCreated, 1); // "Piekarnia kowalski" is the same company
    EXPECT_FALSE(r->batchId.isEmpty());

    const domain::Contact jan = byEmail("jan.kowalski@piekarnia.pl");
    EXPECT_EQ(jan.firstName, s("Jan"));
    EXPECT_EQ(jan.lastName, s("Kowalski"));
    ASSERT_EQ(jan.phones.size(), 1);
    EXPECT_EQ(jan.phones.first().number, s("+48501234567"));
    EXPECT_EQ(jan.phones.first().label, s("mobile"));
    EXPECT_EQ(jan.custom.value(QStringLiteral("birthday")).toString(), s("1980-03-05"));
    EXPECT_EQ(jan.custom.value(QStringLiteral("notes")).toString(), s("Lubi\n  pieczywo"));
    EXPECT_EQ(store->company(jan.companyId)->name, s("Piekarnia Kowalski"));

    auto anna = store->contactsWithChannel(QStringLiteral("phone"), s("+48221234567"));
    ASSERT_TRUE(anna.ok());
    ASSERT_EQ(anna->size(), 1);
    const domain::Contact a = *store->contact(anna->first());
    EXPECT_EQ(a.firstName, s("Anna-Maria"));
    EXPECT_EQ(a.lastName, s("Nowak"));
    EXPECT_TRUE(a.emails.isEmpty());
    EXPECT_EQ(a.companyId, jan.companyId);
    EXPECT_NE(a.custom.value(QStringLiteral("import_rejected")).toString().indexOf(s("anna@zla")),
              -1);

    // Every problem names the row, the column, the value and why.
    bool sawEmail = false;
    bool sawRejected = false;
    for (const RowIssue& i : r->issues) {
        if (i.row == 2 && i.column == s("E-mail")) {
            sawEmail = true;
            EXPECT_EQ(i.value, s("anna@zla"));
            EXPECT_FALSE(i.reason.isEmpty());
            EXPECT_FALSE(i.rejected);
        }
        if (i.row == 4 && i.rejected)
            sawRejected = true;
    }
    EXPECT_TRUE(sawEmail);
    EXPECT_TRUE(sawRejected);
    // The search index has the new contacts.
    auto hits = store->search(s("wisniewski"));
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 1);

    // The report lists them.
    const QString report = dir.path(QStringLiteral("report.csv"));
    ASSERT_TRUE(writeReport(*r, report).ok());
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_NE(text.indexOf(s("anna@zla")), -1);
    EXPECT_NE(text.indexOf(s("nie-email")), -1);
}

TEST_F(ImportFixture, DuplicatesWithinFileAndReimport)
{
    const QString file = write("dupes.csv",
                               "First Name,Last Name,Email,Phone\n"
                               "Jan,Kowalski,jan@x.pl,501234567\n"
                               "Jan,Kowalski,JAN@X.PL,\n"          // same email
                               "Janek,Kowalski,,+48 501 234 567\n" // same phone
                               "Anna,Nowak,anna@x.pl,\n");
    auto r = import(file);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->created, 2);
    EXPECT_EQ(r->duplicates, 2);
    EXPECT_EQ(r->skipped, 2);
    EXPECT_EQ(store->counts()->contacts, 2);
    bool named = false;
    for (const RowIssue& i : r->issues)
        named |= i.duplicate && i.reason.contains(s("earlier row"));
    EXPECT_TRUE(named);

    // The same file again: nothing new.
    r = import(file);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->created, 0);
    EXPECT_EQ(r->duplicates, 4);
    EXPECT_EQ(store->counts()->contacts, 2);
}

TEST_F(ImportFixture, DuplicatePolicies)
{
    domain::Contact existing = person(s("Jan"), s("Kowalski"), s("jan@x.pl"));
    existing.title = s("Piekarz");
    const QString id = store->createContact(existing)->id;
    const QString file =
        write("policy.csv", "First Name,Last Name,Email,Job Title,City,Mobile Phone\n"
                            "Jan,Kowalski,jan@x.pl,Prezes,Łódź,501234567\n");

    auto r = import(file, DuplicatePolicy::Skip);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->duplicates, 1);
    EXPECT_EQ(store->contact(id)->title, s("Piekarz"));

    r = import(file, DuplicatePolicy::Fill);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->updated, 1);
    domain::Contact c = *store->contact(id);
    EXPECT_EQ(c.title, s("Piekarz")); // not empty: kept
    EXPECT_EQ(c.address.city, s("Łódź"));
    EXPECT_EQ(c.phones.size(), 1);

    r = import(file, DuplicatePolicy::Overwrite);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(store->contact(id)->title, s("Prezes"));
    EXPECT_EQ(store->contact(id)->phones.size(), 1);

    r = import(file, DuplicatePolicy::Create);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->created, 1);
    EXPECT_EQ(store->counts()->contacts, 2);

    // Likely duplicate: same name at the same company, different email.
    const QString likely = write("likely.csv", "Name,Company,Email\n"
                                               "Ewa Zielińska,Młyn,ewa@a.pl\n"
                                               "EWA ZIELIŃSKA,młyn,ewa@b.pl\n");
    r = import(likely);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->created, 1);
    EXPECT_EQ(r->duplicates, 1);
}

TEST_F(ImportFixture, StrictAndCancelLeaveNothing)
{
    QSqlDatabase c = db->connection();
    const qint64 changesBefore = count(c, "SELECT count(*) FROM changes");
    const qint64 commandsBefore = count(c, "SELECT count(*) FROM commands");
    const QString file = write("strict.csv", "Name,Email\n"
                                             "Jan Kowalski,jan@x.pl\n"
                                             "Anna Nowak,zly-adres\n");
    auto r = import(file, DuplicatePolicy::Skip, true);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->batchId.isEmpty());
    EXPECT_EQ(r->warnings, 1);
    EXPECT_EQ(store->counts()->contacts, 0);
    EXPECT_EQ(store->counts()->companies, 0);
    EXPECT_EQ(count(c, "SELECT count(*) FROM changes"), changesBefore);
    EXPECT_EQ(count(c, "SELECT count(*) FROM commands"), commandsBefore);
    EXPECT_EQ(count(c, "SELECT count(*) FROM imports"), 0);
    EXPECT_EQ(count(c, "SELECT count(*) FROM search_docs"), 0);

    // Cancel in the middle of a larger file.
    QByteArray big = "First Name,Last Name,Email,Company\n";
    for (int i = 0; i < 3000; ++i)
        big += "Osoba,Numer" + QByteArray::number(i) + ",o" + QByteArray::number(i) +
               "@x.pl,Firma " + QByteArray::number(i % 50) + "\n";
    const QString bigFile = write("big.csv", big.constData());
    ImportOptions o;
    o.path = bigFile;
    ImportJob job(*db, o);
    qint64 seen = 0;
    job.setProgressCallback([&](const ImportProgress& p) {
        seen = p.rowsDone;
        if (p.rowsDone >= 256)
            job.cancel();
    });
    auto cancelled = job.run();
    ASSERT_TRUE(cancelled.ok()) << cancelled.message().toStdString();
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_GE(seen, 256);
    EXPECT_LT(cancelled->rows, 3000);
    EXPECT_EQ(store->counts()->contacts, 0);
    EXPECT_EQ(store->counts()->companies, 0);
    EXPECT_EQ(count(c, "SELECT count(*) FROM changes"), changesBefore);
    EXPECT_EQ(count(c, "SELECT count(*) FROM tags"), 0);

    // Dry run: counts are real, nothing stays.
    o.dryRun = true;
    ImportJob dry(*db, o);
    auto d = dry.run();
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->created, 3000);
    EXPECT_EQ(store->counts()->contacts, 0);
}

TEST_F(ImportFixture, UndoImportKeepsTheHandEditedContact)
{
    const QString file = write("undo.csv", "Name,Email,Company\n"
                                           "Jan Kowalski,jan@x.pl,Młyn\n"
                                           "Anna Nowak,anna@x.pl,\n"
                                           "Piotr Zieliński,piotr@x.pl,\n");
    // An existing contact the import fills: undo restores it.
    domain::Contact before = person(s("Piotr"), s("Zieliński"), s("piotr@x.pl"));
    const QString piotr = store->createContact(before)->id;
    ImportOptions o;
    o.path = file;
    o.policy = DuplicatePolicy::Fill;
    ImportJob job(*db, o);
    auto r = job.run();
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->created, 2);
    EXPECT_EQ(r->updated, 0); // nothing to fill
    domain::Contact anna = byEmail("anna@x.pl");
    anna.title = s("Księgowa");
    ASSERT_TRUE(store->updateContact(anna).ok());

    auto undone = store->undoImport(r->batchId);
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    ASSERT_EQ(undone->kept.size(), 1);
    EXPECT_EQ(undone->kept.first().id, anna.id);
    EXPECT_EQ(store->contact(anna.id)->title, s("Księgowa"));
    EXPECT_TRUE(store->contactsWithChannel(QStringLiteral("email"), s("jan@x.pl"))->isEmpty());
    EXPECT_EQ(store->counts()->companies, 0);
    EXPECT_TRUE(store->contact(piotr).ok());
    EXPECT_EQ(store->counts()->contacts, 2);
}

TEST_F(ImportFixture, CompaniesAndDeals)
{
    const QString companies =
        write("firmy.csv", "Nazwa firmy;Domena;Telefon;Miasto\n"
                           "Młyn Sp. z o.o.;https://www.mlyn.pl/;22 123 45 67;Łódź\n"
                           ";brak.pl;;\n");
    auto r = import(companies, DuplicatePolicy::Skip, false, ImportEntity::Company);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->created, 1);
    EXPECT_EQ(r->errors, 1);
    const QString contacts = write("osoby.csv", "Name,Email,Company\n"
                                                "Jan Kowalski,jan@mlyn.pl,MŁYN SP. Z O.O.\n");
    ASSERT_TRUE(import(contacts).ok());
    EXPECT_EQ(store->counts()->companies, 1); // found by name, not created again

    makePipeline(); // "Sprzedaż": Qualified, Proposal
    const QString deals = write(
        "deals.csv", "Deal - Title;Deal - Value;Deal - Pipeline;Deal - Stage;Deal - "
                     "Organization;Deal - Contact person;Deal - Status\n"
                     "Licencje;1 234,50 zł;Sprzedaż;Proposal;Młyn Sp. z o.o.;jan@mlyn.pl;open\n"
                     "Serwis;€1,234.50;sprzedaż;Negotiation;;Jan Kowalski;\n"
                     "Zły;12,345.678 EUR;Sprzedaż;Proposal;;;\n");
    r = import(deals, DuplicatePolicy::Skip, false, ImportEntity::Deal);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->created, 2);
    EXPECT_EQ(r->errors, 1);
    auto pipelines = store->pipelines();
    ASSERT_EQ(pipelines->size(), 1);
    EXPECT_EQ(pipelines->first().stages.size(), 3); // "Negotiation" was created
    auto hits = store->search(s("licencje"));
    ASSERT_EQ(hits->size(), 1);
    const domain::Deal d = *store->deal(hits->first().id);
    EXPECT_EQ(d.valueMinor, 123450);
    EXPECT_EQ(d.currency, s("PLN"));
    EXPECT_EQ(d.contactId, byEmail("jan@mlyn.pl").id);
    EXPECT_FALSE(d.companyId.isEmpty());
    const domain::Deal serwis = *store->deal(store->search(s("serwis"))->first().id);
    EXPECT_EQ(serwis.valueMinor, 123450);
    EXPECT_EQ(serwis.currency, s("EUR"));
    EXPECT_EQ(serwis.contactId, d.contactId); // found by name
}

TEST_F(ImportFixture, PreviewShowsMappedRowsAndProblems)
{
    const QString file =
        write("p.csv", "Imię,Nazwisko,E-mail\nJAN,KOWALSKI,zly\nAnna,Nowak,a@x.pl\n");
    ImportOptions o;
    o.path = file;
    auto p = previewImport(*db, o, 1);
    ASSERT_TRUE(p.ok()) << p.message().toStdString();
    EXPECT_EQ(p->header.size(), 3);
    EXPECT_EQ(p->delimiter, QLatin1Char(','));
    ASSERT_EQ(p->rows.size(), 1);
    EXPECT_EQ(p->rows.first().contact.firstName, s("Jan"));
    ASSERT_EQ(p->rows.first().issues.size(), 1);
    EXPECT_EQ(p->rows.first().issues.first().column, s("E-mail"));
    EXPECT_EQ(store->counts()->contacts, 0);
}
