// baza: the desktop app. Picks the language, then hands over to the unlock window.

#include "translations/Translations.h"
#include "ui/shell/AppController.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/Resources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Baza"));
    QApplication::setApplicationName(QStringLiteral("Baza"));
    QApplication::setApplicationVersion(QStringLiteral(BAZA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.baza.Baza"));
    baza::ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/baza/icons/baza.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Baza: an encrypted desktop CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Preselect the database file at <path>."),
                                      QStringLiteral("path"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QStringLiteral("Use language <code> (en, pl or ru) instead of the stored or system one."),
        QStringLiteral("code"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    // The command line wins over the stored choice, which wins over the system language.
    const QString requested =
        parser.isSet(langOption) ? parser.value(langOption) : baza::ui::AppSettings::language();
    const QString language = baza::i18n::resolveLanguage(requested);
    QLocale::setDefault(QLocale(language));
    baza::i18n::install(app, language);

    baza::ui::AppController controller;
    controller.start(parser.value(dbOption));
    return QApplication::exec();
}
