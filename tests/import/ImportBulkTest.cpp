// Imports larger than one batch of the writer and the reader's queue: duplicates across
// batches, a company only for rows that are written, a file that breaks in the middle.
#include "ImportFixture.h"

#include "core/store/BulkWriter.h"

namespace {

QByteArray manyRows(int rows)
{
    QByteArray csv = "First Name,Last Name,Email,Mobile Phone,Company\n";
    for (int i = 0; i < rows; ++i)
        csv += "Osoba,Numer" + QByteArray::number(i) + ",o" + QByteArray::number(i) +
               "@x.pl,+48 600 " + QByteArray::number(100000 + i) + ",Firma " +
               QByteArray::number(i % 40) + "\n";
    return csv;
}

} // namespace

TEST_F(ImportFixture, DuplicatesAcrossBatchesAndUndo)
{
    QByteArray csv = manyRows(1500);
    csv += "Ktoś,Inny,O3@X.PL,,Firma nowa\n";          // row 1501: row 4's email
    csv += "Ktoś,Jeszcze,,+48600101400,Firma 3\n";     // row 1502: row 1401's phone
    csv += "Osoba,NUMER1499,,,firma 19\n";             // row 1503: row 1500's name and company
    csv += "Osoba,Numer1499,,+48600999999,Firma 18\n"; // same name elsewhere: a new person
    const QString file = write("many.csv", csv.constData());
    auto r = import(file);
    ASSERT_TRUE(r.ok()) << r.message().toStdString();
    EXPECT_EQ(r->rows, 1504);
    EXPECT_EQ(r->created, 1501);
    EXPECT_EQ(r->duplicates, 3);
    EXPECT_EQ(r->companiesCreated, 40); // not "Firma nowa": its row was a skipped duplicate
    EXPECT_EQ(store->counts()->contacts, 1501);
    EXPECT_EQ(store->counts()->companies, 40);
    QStringList reasons;
    for (const RowIssue& i : r->issues) {
        if (i.duplicate)
            reasons << QString::number(i.row) + QLatin1Char(' ') + i.reason;
    }
    ASSERT_EQ(reasons.size(), 3) << reasons.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(reasons.at(0).startsWith(s("1501 Skipped: same email o3@x.pl as an earlier row")))
        << reasons.at(0).toStdString();
    EXPECT_TRUE(reasons.at(1).contains(s("same phone +48600101400")));
    EXPECT_TRUE(reasons.at(2).contains(s("likely duplicate")));
    auto hits = store->search(s("numer1234"));
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 1);

    // Again: every row is a duplicate of a contact in the database now.
    r = import(file);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->created, 0);
    EXPECT_EQ(r->duplicates, 1504);

    auto imports = store->imports();
    ASSERT_TRUE(imports.ok());
    ASSERT_EQ(imports->size(), 2);
    for (const store::ImportRecord& rec : *imports)
        ASSERT_TRUE(store->undoImport(rec.batchId).ok());
    EXPECT_EQ(store->counts()->contacts, 0);
    EXPECT_EQ(store->counts()->companies, 0);
    EXPECT_EQ(count(db->connection(), "SELECT count(*) FROM contact_channels"), 0);
    EXPECT_EQ(count(db->connection(), "SELECT count(*) FROM search_docs"), 0);
    EXPECT_TRUE(store->search(s("numer1234"))->isEmpty());
}

TEST_F(ImportFixture, FileBrokenInTheMiddleLeavesNothing)
{
    QByteArray csv = manyRows(2000);
    csv += "Zła,Linia,\"niezamknięty cudzysłów\n";
    const QString file = write("broken.csv", csv.constData());
    const qint64 changesBefore = count(db->connection(), "SELECT count(*) FROM changes");
    auto r = import(file);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.message().indexOf(s("broken.csv")), -1) << r.message().toStdString();
    EXPECT_EQ(store->counts()->contacts, 0);
    EXPECT_EQ(store->counts()->companies, 0);
    EXPECT_EQ(count(db->connection(), "SELECT count(*) FROM changes"), changesBefore);
    EXPECT_EQ(count(db->connection(), "SELECT count(*) FROM search_docs"), 0);
}

TEST_F(ImportFixture, CountsDuplicatesBeforeImportingWithoutWriting)
{
    domain::Company mlyn;
    mlyn.name = s("Młyn");
    const QString mlynId = store->createCompany(mlyn)->id;
    ASSERT_TRUE(store->createContact(person(s("Jan"), s("Kowalski"), s("jan@x.pl"))).ok());
    domain::Contact ewa = person(s("Ewa"), s("Zielińska"));
    ewa.phones.append({s("mobile"), s("+48501234567")});
    ewa.companyId = mlynId;
    ASSERT_TRUE(store->createContact(ewa).ok());
    const QString file = write("count.csv", "First Name,Last Name,Email,Company\n"
                                            "Janek,K,JAN@X.PL,\n"            // in the database
                                            "Anna,Nowak,anna@x.pl,\n"        // new
                                            "Ania,N,anna@x.pl,\n"            // an earlier row
                                            "EWA,ZIELIŃSKA,,MŁYN\n"          // in the database
                                            "Piotr,Nowy,,Nowa firma\n"       // new, new company
                                            "Piotr,Nowy,p@x.pl,nowa FIRMA\n" // an earlier row
                                            ",,,\n");                        // no row at all
    const qint64 changes = count(db->connection(), "SELECT count(*) FROM changes");
    ImportOptions o;
    o.path = file;
    qint64 reported = -1;
    auto n = countDuplicates(*db, o, [&](qint64 rows) {
        reported = rows;
        return true;
    });
    ASSERT_TRUE(n.ok()) << n.message().toStdString();
    EXPECT_EQ(n->rows, 6);
    EXPECT_EQ(reported, 6);
    EXPECT_EQ(n->inDatabase, 2);
    EXPECT_EQ(n->inFile, 2);
    EXPECT_EQ(store->counts()->contacts, 2);
    EXPECT_EQ(store->counts()->companies, 1);
    EXPECT_EQ(count(db->connection(), "SELECT count(*) FROM changes"), changes);

    // The import finds the same ones.
    auto r = import(file);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->duplicates, 4);
    EXPECT_EQ(r->created, 2);

    // Stopped by the caller: an error that says so. The caller is asked while the database's
    // keys load, before any row is read (a million contacts take seconds to load).
    qint64 calls = 0;
    reported = -1;
    n = countDuplicates(*db, o, [&](qint64 rows) {
        ++calls;
        reported = rows;
        return false;
    });
    EXPECT_EQ(n.code(), ErrorCode::Cancelled);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(reported, 0);
}
