// baza-cli driven as a script would: a real process, the passphrase in the environment.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

TEST(Cli, ScriptedLifecycle)
{
    baza::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("cli.baza"));
    CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("init")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    r = cli({QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("contact"),
             QStringLiteral("--first"), QStringLiteral("Семён"), QStringLiteral("--last"),
             QStringLiteral("Фёдоров"), QStringLiteral("--email"), QStringLiteral("semen@x.ru"),
             QStringLiteral("--phone"), QStringLiteral("+7 912 345-67-89"),
             QStringLiteral("--company"), QStringLiteral("ООО «Север»")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString id = r.out.trimmed();
    EXPECT_EQ(id.size(), 36);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("search"),
             QStringLiteral("семен")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.at(0).toObject().value(QLatin1String("id")).toString(), id);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("912 345")});
    EXPECT_TRUE(r.out.contains(id));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--contacts"),
             QStringLiteral("50")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    // Global options after the command work too.
    r = cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(
        info.value(QLatin1String("counts")).toObject().value(QLatin1String("contacts")).toInt(),
        51);
    EXPECT_EQ(info.value(QLatin1String("cipherPageSize")).toInt(), 4096);
    EXPECT_TRUE(info.value(QLatin1String("cipherVersion")).toString().startsWith(QLatin1Char('3')));

    const QString backup = dir.path(QStringLiteral("backup.baza"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("backup"), backup});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({QStringLiteral("--db"), backup, QStringLiteral("verify")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    r = cli({QStringLiteral("--db"), db, QStringLiteral("rekey")}, baza::test::testPassphrase(),
            QStringLiteral("nowe hasło 2026"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("verify")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("verify")},
                  QStringLiteral("nowe hasło 2026"))
                  .code,
              0);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("erase"), QStringLiteral("contact"), id},
            QStringLiteral("nowe hasło 2026"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = cli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("семен")},
            QStringLiteral("nowe hasło 2026"));
    EXPECT_FALSE(r.out.contains(id));
}

TEST(Cli, ExitCodesAndRefusals)
{
    baza::test::TempDir dir;
    const QString db = dir.path(QStringLiteral("x.baza"));
    ASSERT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).code, 0);

    CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("info")}, QStringLiteral("wrong"));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("wrong passphrase, or not a Baza database")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("--passphrase"), QStringLiteral("x"),
             QStringLiteral("info")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("never taken from the command line")));

    EXPECT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}).code, 1);
    EXPECT_EQ(cli({QStringLiteral("info")}).code, 1); // no --db

    // No passphrase anywhere and no terminal: a usage error, not a hang.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("info")}, QString());
    EXPECT_EQ(r.code, 1);

    // Validation errors are "other errors" and name the field.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("contact"),
             QStringLiteral("--first"), QStringLiteral("A"), QStringLiteral("--email"),
             QStringLiteral("nope")});
    EXPECT_EQ(r.code, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("emails")));

    const QString missing = dir.path(QStringLiteral("missing.baza"));
    EXPECT_EQ(cli({QStringLiteral("--db"), missing, QStringLiteral("info")}).code, 3);
}
