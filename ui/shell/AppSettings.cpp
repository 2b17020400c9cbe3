#include "ui/shell/AppSettings.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

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

QString lastOpenedKey()
{
    return QStringLiteral("databases/lastOpened");
}

QString rememberedKey()
{
    return QStringLiteral("databases/rememberedKeys");
}

QString autoLockKey()
{
    return QStringLiteral("security/autoLockSeconds");
}

QString viewKeyFor(const QString& viewKey)
{
    return QStringLiteral("views/") + viewKey;
}

void storeRecent(const QStringList& paths)
{
    QSettings().setValue(recentKey(), paths);
}

} // namespace

QString AppSettings::canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

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
    const QString entry = canonicalPath(path);
    QStringList paths = recentDatabases();
    paths.removeAll(entry);
    paths.prepend(entry);
    while (paths.size() > MaxRecentDatabases)
        paths.removeLast();
    storeRecent(paths);
    QSettings settings;
    QVariantMap opened = settings.value(lastOpenedKey()).toMap();
    opened.insert(entry, QDateTime::currentDateTimeUtc());
    // Forget the times of files that fell off the list.
    for (const QString& known : opened.keys()) {
        if (!paths.contains(known))
            opened.remove(known);
    }
    settings.setValue(lastOpenedKey(), opened);
}

void AppSettings::removeRecentDatabase(const QString& path)
{
    const QString entry = canonicalPath(path);
    QStringList paths = recentDatabases();
    paths.removeAll(entry);
    // A path stored before it was canonical (e.g. through a symlink) goes too.
    paths.removeAll(path);
    storeRecent(paths);
    QSettings settings;
    QVariantMap opened = settings.value(lastOpenedKey()).toMap();
    opened.remove(entry);
    settings.setValue(lastOpenedKey(), opened);
}

QDateTime AppSettings::lastOpened(const QString& path)
{
    return QSettings().value(lastOpenedKey()).toMap().value(canonicalPath(path)).toDateTime();
}

int AppSettings::autoLockSeconds()
{
    bool ok = false;
    const int seconds = QSettings().value(autoLockKey()).toInt(&ok);
    return ok && seconds >= 0 ? seconds : DefaultAutoLockSeconds;
}

void AppSettings::setAutoLockSeconds(int seconds)
{
    QSettings().setValue(autoLockKey(), std::max(0, seconds));
}

bool AppSettings::isKeyRemembered(const QString& path)
{
    return QSettings().value(rememberedKey()).toStringList().contains(canonicalPath(path));
}

void AppSettings::setKeyRemembered(const QString& path, bool remembered)
{
    QSettings settings;
    QStringList paths = settings.value(rememberedKey()).toStringList();
    const QString entry = canonicalPath(path);
    paths.removeAll(entry);
    if (remembered)
        paths.append(entry);
    settings.setValue(rememberedKey(), paths);
}

QByteArray AppSettings::viewState(const QString& viewKey)
{
    return QSettings().value(viewKeyFor(viewKey)).toByteArray();
}

void AppSettings::setViewState(const QString& viewKey, const QByteArray& state)
{
    QSettings().setValue(viewKeyFor(viewKey), state);
}

} // namespace baza::ui
