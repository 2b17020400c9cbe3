#pragma once

#include <QString>
#include <QStringList>

namespace baza::ui {

// Typed access to the desktop app's settings, so the keys live in one place. Uses the default
// QSettings of the application (tests point it at a temporary folder).
class AppSettings
{
public:
    static constexpr int MaxRecentDatabases = 8;

    // An ISO 639-1 code, or empty to follow the system language.
    static QString language();
    static void setLanguage(const QString& language);

    // Most recently opened first.
    static QStringList recentDatabases();
    static void addRecentDatabase(const QString& path);
    static void removeRecentDatabase(const QString& path);
};

} // namespace baza::ui
