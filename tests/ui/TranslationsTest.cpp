// The catalogues are embedded, load, and are looked up under the contexts the code really uses
// (a context mismatch silently leaves the UI in English).

#include "translations/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <gtest/gtest.h>

#include <memory>

namespace {

class Catalogues : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        static int argc = 1;
        static char name[] = "test_translations";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    static void TearDownTestSuite() { app.reset(); }

    static QString tr(const char* context, const char* text, int n = -1)
    {
        return QCoreApplication::translate(context, text, nullptr, n);
    }

    static inline std::unique_ptr<QCoreApplication> app;
};

} // namespace

TEST_F(Catalogues, AreEmbedded)
{
    for (const QString& lang : baza::i18n::availableLanguages())
        EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/baza_%1.qm").arg(lang)))
            << lang.toStdString();
}

TEST_F(Catalogues, PolishCoversUiAndCore)
{
    ASSERT_TRUE(baza::i18n::install(*app, QStringLiteral("pl")));
    EXPECT_EQ(tr("baza::ui::UnlockWindow", "&Unlock"), QStringLiteral("&Odblokuj"));
    EXPECT_EQ(tr("baza::db", "Cannot open %1: wrong passphrase, or not a Baza database."),
              QStringLiteral("Nie można otworzyć %1: błędne hasło lub to nie jest baza danych "
                             "Baza."));
    EXPECT_EQ(tr("baza::domain", "Customer"), QStringLiteral("Klient"));
    const char* contacts = "%Ln contact(s)";
    QLocale::setDefault(QLocale(QStringLiteral("pl")));
    EXPECT_EQ(tr("baza::ui::RecordListPage", contacts, 1), QStringLiteral("1 kontakt"));
    EXPECT_EQ(tr("baza::ui::RecordListPage", contacts, 3), QStringLiteral("3 kontakty"));
    EXPECT_EQ(tr("baza::ui::RecordListPage", contacts, 25), QStringLiteral("25 kontaktów"));
}

TEST_F(Catalogues, RussianHasThreePluralForms)
{
    ASSERT_TRUE(baza::i18n::install(*app, QStringLiteral("ru")));
    QLocale::setDefault(QLocale(QStringLiteral("ru")));
    const char* contacts = "%Ln contact(s)";
    EXPECT_EQ(tr("baza::ui::RecordListPage", contacts, 21), QStringLiteral("21 контакт"));
    EXPECT_EQ(tr("baza::ui::RecordListPage", contacts, 2), QStringLiteral("2 контакта"));
    EXPECT_EQ(tr("baza::ui::RecordListPage", contacts, 11), QStringLiteral("11 контактов"));
    EXPECT_EQ(tr("baza::store::Store", "There is nothing to undo."),
              QStringLiteral("Нечего отменять."));
}

TEST_F(Catalogues, EnglishHasPluralsAndSourceTextOtherwise)
{
    ASSERT_TRUE(baza::i18n::install(*app, QStringLiteral("en")));
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    EXPECT_EQ(tr("baza::ui::RecordListPage", "%Ln contact(s)", 1), QStringLiteral("1 contact"));
    EXPECT_EQ(tr("baza::ui::RecordListPage", "%Ln contact(s)", 7), QStringLiteral("7 contacts"));
    EXPECT_EQ(tr("baza::ui::UnlockWindow", "&Unlock"), QStringLiteral("&Unlock"));
}

TEST_F(Catalogues, LanguageResolution)
{
    using baza::i18n::resolveLanguage;
    EXPECT_EQ(resolveLanguage(QStringLiteral("PL")), QStringLiteral("pl"));
    EXPECT_EQ(resolveLanguage(QString(), QLocale(QStringLiteral("ru_RU"))), QStringLiteral("ru"));
    EXPECT_EQ(resolveLanguage(QStringLiteral("de"), QLocale(QStringLiteral("de_DE"))),
              QStringLiteral("en"));
}
