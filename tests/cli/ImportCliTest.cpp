// baza-cli import, export, duplicates and merge: exit codes, --json output, the report file.
#include "CliRunner.h"

#include "core/db/Database.h"
#include "core/store/ListQuery.h"
#include "core/store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString writeFile(const baza::test::TempDir& dir, const char* name, const char* utf8)
{
    const QString p = dir.path(QString::fromUtf8(name));
    QFile f(p);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(utf8);
    return p;
}

QJsonObject object(const CliRun& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST(ImportCli, ImportReportUndoExportDuplicatesMerge)
{
    baza::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("i.baza"));
    ASSERT_EQ(cli({s("--db"), db, s("init")}).code, 0);
    const QString csv = writeFile(dir, "kontakty.csv",
                                  "Imię;Nazwisko;E-mail;Telefon\n"
                                  "Jan;Kowalski;jan@x.pl;+48 501 234 567\n"
                                  "Anna;Nowak;zly-adres;\n"
                                  ";;;\n"
                                  "Ewa;;;xyz\n"
                                  "JAN;KOWALSKI;jan2@x.pl;\n");
    const QString report = dir.path(s("report.csv"));

    // --strict: a problem and nothing is imported (exit 3).
    CliRun r = cli({s("--db"), db, s("--json"), s("import"), s("contacts"), csv, s("--strict")});
    EXPECT_EQ(r.code, 3) << r.err.toStdString();
    EXPECT_TRUE(object(r).value(s("batch")).isNull());
    EXPECT_FALSE(object(r).value(s("imported")).toBool());

    r = cli({s("--db"), db, s("import"), s("contacts"), csv, s("--report"), report, s("--json"),
             s("--on-duplicate"), s("skip")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject j = object(r);
    EXPECT_EQ(j.value(s("rows")).toInt(), 4);       // the all-empty row is no row
    EXPECT_EQ(j.value(s("created")).toInt(), 3);    // Anna without her email, Ewa without phone
    EXPECT_EQ(j.value(s("duplicates")).toInt(), 1); // JAN KOWALSKI: same name, no company
    EXPECT_EQ(j.value(s("errors")).toInt(), 0);
    EXPECT_EQ(j.value(s("warnings")).toInt(), 2);
    const QString batch = j.value(s("batch")).toString();
    EXPECT_EQ(batch.size(), 36);
    QFile rep(report);
    ASSERT_TRUE(rep.open(QIODevice::ReadOnly));
    const QString reportText = QString::fromUtf8(rep.readAll());
    EXPECT_NE(reportText.indexOf(s("zly-adres")), -1);
    EXPECT_NE(reportText.indexOf(s("xyz")), -1);

    r = cli({s("--db"), db, s("--json"), s("import"), s("list")});
    ASSERT_EQ(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.at(0).toObject().value(s("batch")).toString(), batch);
    EXPECT_EQ(list.at(0).toObject().value(s("file")).toString(), s("kontakty.csv"));

    const QString out = dir.path(s("out.csv"));
    r = cli({s("--db"), db, s("--json"), s("export"), s("contacts"), out, s("--profile"),
             s("rfc4180")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(object(r).value(s("contacts")).toInt(), 3);
    EXPECT_EQ(cli({s("--db"), db, s("export"), s("contacts"), out, s("--format"), s("pdf")}).code,
              1);
    r = cli({s("--db"), db, s("export"), s("contacts"), out, s("--segment"), s("VIP")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(s("no contact segments"))) << r.err.toStdString();

    // Two Jans with different emails and the same name: a duplicate group; merge; undo.
    r = cli({s("--db"), db, s("import"), s("contacts"), csv, s("--on-duplicate"), s("create")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({s("--db"), db, s("--json"), s("duplicates")});
    ASSERT_EQ(r.code, 0);
    const QJsonArray groups = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_FALSE(groups.isEmpty());
    const QJsonArray pair = groups.at(0).toObject().value(s("contacts")).toArray();
    ASSERT_GE(pair.size(), 2);
    const QString survivor = pair.at(0).toObject().value(s("id")).toString();
    const QString other = pair.at(1).toObject().value(s("id")).toString();
    r = cli({s("--db"), db, s("merge"), survivor, other});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({s("--db"), db, s("undo")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(s("Merge contacts")));
    EXPECT_EQ(cli({s("--db"), db, s("merge"), survivor, survivor}).code, 1);

    r = cli({s("--db"), db, s("--json"), s("import"), s("undo"), batch});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(object(r).value(s("removed")).toInt(), 3);
    EXPECT_EQ(cli({s("--db"), db, s("import"), s("undo"), batch}).code, 3); // undone already
}

TEST(ImportCli, ExportsASegment)
{
    baza::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("seg.baza"));
    ASSERT_EQ(cli({s("--db"), db, s("init")}).code, 0);
    const QString csv = writeFile(dir, "tagi.csv",
                                  "First Name,Last Name,Email,Tags,City\n"
                                  "Jan,Kowalski,jan@x.pl,vip,Łódź\n"
                                  "Anna,Nowak,anna@x.pl,,Łódź\n"
                                  "Ewa,Zielińska,ewa@x.pl,vip;hurt,Kraków\n");
    ASSERT_EQ(cli({s("--db"), db, s("import"), s("contacts"), csv}).code, 0);
    {
        // Segments are saved from the list screen; here straight through the store.
        auto database = baza::db::Database::open(db, baza::test::testPassphrase());
        ASSERT_TRUE(database.ok()) << database.message().toStdString();
        baza::store::Store store(**database);
        ASSERT_TRUE(store.initialize().ok());
        auto segment = [&](const char* name, baza::store::ListQuery q) {
            baza::domain::Segment seg;
            seg.entity = baza::store::listEntityName(q.entity);
            seg.name = s(name);
            seg.query = q.toJson();
            ASSERT_TRUE(store.createSegment(seg).ok());
        };
        baza::store::ListQuery vip;
        vip.filter.tags = {s("vip")};
        vip.descending = true; // by name, Z to A
        segment("VIP klienci", vip);
        baza::store::ListQuery nobody;
        nobody.filter.city = s("Gdańsk");
        segment("Gdańsk", nobody);
        baza::store::ListQuery firms;
        firms.entity = baza::store::ListEntity::Companies;
        segment("Firmy", firms);
    }

    const QString out = dir.path(s("vip.csv"));
    CliRun r = cli({s("--db"), db, s("--json"), s("export"), s("contacts"), out, s("--segment"),
                    s("vip KLIENCI"), s("--profile"), s("rfc4180")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(object(r).value(s("contacts")).toInt(), 2);
    EXPECT_EQ(object(r).value(s("segment")).toString(), s("vip KLIENCI"));
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_EQ(text.indexOf(s("anna@x.pl")), -1);
    // In the segment's order: Zielińska before Kowalski.
    EXPECT_LT(text.indexOf(s("ewa@x.pl")), text.indexOf(s("jan@x.pl")));
    EXPECT_NE(text.indexOf(s("jan@x.pl")), -1);

    // A segment nobody is in gives an empty file, not every contact.
    r = cli(
        {s("--db"), db, s("--json"), s("export"), s("contacts"), out, s("--segment"), s("Gdańsk")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(object(r).value(s("contacts")).toInt(), 0);

    r = cli({s("--db"), db, s("export"), s("contacts"), out, s("--segment"), s("Firmy")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(s("segment of companies"))) << r.err.toStdString();
    r = cli({s("--db"), db, s("export"), s("contacts"), out, s("--segment"), s("Brak")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(s("VIP klienci, Gdańsk")) ||
                r.err.contains(s("Gdańsk, VIP klienci")))
        << r.err.toStdString();
}

TEST(ImportCli, UsageErrors)
{
    baza::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("u.baza"));
    ASSERT_EQ(cli({s("--db"), db, s("init")}).code, 0);
    const QString csv = writeFile(dir, "a.csv", "Name\nJan\n");
    EXPECT_EQ(cli({s("--db"), db, s("import"), s("widgets"), csv}).code, 1);
    EXPECT_EQ(cli({s("--db"), db, s("import"), s("contacts"), csv, s("--preset"), s("sap")}).code,
              1);
    EXPECT_EQ(
        cli({s("--db"), db, s("import"), s("contacts"), csv, s("--on-duplicate"), s("maybe")}).code,
        1);
    EXPECT_EQ(cli({s("--db"), db, s("import"), s("contacts"), csv, s("--bogus")}).code, 1);
    EXPECT_EQ(cli({s("--db"), db, s("import"), s("contacts"), dir.path(s("none.csv"))}).code, 3);
    const QString mapping = writeFile(dir, "m.json", "{\"entity\":\"deal\",\"columns\":[]}");
    EXPECT_EQ(cli({s("--db"), db, s("import"), s("contacts"), csv, s("--mapping"), mapping}).code,
              1);
    const QString broken = writeFile(dir, "b.json", "{nope");
    CliRun r = cli({s("--db"), db, s("import"), s("contacts"), csv, s("--mapping"), broken});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(s("b.json")));
    // Dry run imports nothing but counts.
    r = cli({s("--db"), db, s("--json"), s("import"), s("contacts"), csv, s("--dry-run")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(object(r).value(s("created")).toInt(), 1);
    EXPECT_TRUE(object(r).value(s("batch")).isNull());
}
