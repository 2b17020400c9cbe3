#include "ui/shell/AppSettings.h"

#include <QFileInfo>
#include <QSettings>

namespace baza::ui {

namespace {

QString languageKey()
{
    return QStringLiteral("ui/language");
}

QString recentKey()
{
    return QStringLiteral("databases/recent");
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

void storeRecent(const QStringList& paths)
{
    QSettings().setValue(recentKey(), paths);
}

} // namespace

QString AppSettings::language()
{
    return QSettings().value(languageKey()).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey());
    else
        settings.setValue(languageKey(), language);
}

QStringList AppSettings::recentDatabases()
{
    return QSettings().value(recentKey()).toStringList();
}

void AppSettings::addRecentDatabase(const QString& path)
{
    const QString entry = canonical(path);
    QStringList paths = recentDatabases();
    paths.removeAll(entry);
    paths.prepend(entry);
    while (paths.size() > MaxRecentDatabases)
        paths.removeLast();
    storeRecent(paths);
}

void AppSettings::removeRecentDatabase(const QString& path)
{
    QStringList paths = recentDatabases();
    paths.removeAll(canonical(path));
    storeRecent(paths);
}

} // namespace baza::ui
