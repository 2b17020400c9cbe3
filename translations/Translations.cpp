#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace baza::i18n {

namespace {

const auto TranslatorName = QStringLiteral("baza-translator");

void removeInstalled(QCoreApplication& app)
{
    const auto installed =
        app.findChildren<QTranslator*>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool load(QCoreApplication& app, const QString& file, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(TranslatorName);
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("ru")};
}

QString nativeName(const QString& language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString resolveLanguage(const QString& requested, const QLocale& system)
{
    const QStringList languages = availableLanguages();
    const QString wanted = requested.trimmed().toLower();
    if (languages.contains(wanted))
        return wanted;
    for (const QString& uiLanguage : system.uiLanguages()) {
        const QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).toLower();
        if (languages.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool install(QCoreApplication& app, const QString& language)
{
    removeInstalled(app);
    // Qt's own strings (standard buttons, file dialogs); missing ones are not an error.
    if (language != QLatin1String("en"))
        load(app, QStringLiteral("qtbase_") + language,
             QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English is the source language; its catalogue holds only the plural forms.
    return load(app, QStringLiteral("baza_") + language, QStringLiteral(":/i18n"));
}

} // namespace baza::i18n
