#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace baza::ui {

// Typed access to the desktop app's per-user settings (QSettings), so the keys live in one place.
// Uses the default QSettings of the application (tests point it at a temporary folder).
// Per-database settings (e.g. the default phone region) live in the database file instead:
// see store::Store::phoneRegion() (the Preferences page falls back to the computer's country).
class AppSettings
{
public:
    static constexpr int MaxRecentDatabases = 8;
    static constexpr int DefaultAutoLockSeconds = 15 * 60;

    // An ISO 639-1 code, or empty to follow the system language.
    static QString language();
    static void setLanguage(const QString& language);

    // Most recently opened first.
    static QStringList recentDatabases();
    static void addRecentDatabase(const QString& path);
    static void removeRecentDatabase(const QString& path);
    // When the file was last unlocked here; invalid if never.
    static QDateTime lastOpened(const QString& path);

    // Idle time after which an unlocked database locks itself; 0 means never.
    static int autoLockSeconds();
    static void setAutoLockSeconds(int seconds);

    // Files whose key is remembered in the OS keychain. Only the paths are here, never a secret:
    // the list lets the unlock window offer "forget" without asking the keychain first.
    static bool isKeyRemembered(const QString& path);
    static void setKeyRemembered(const QString& path, bool remembered);

    // Opaque saved layout of a view (header state, splitter sizes, window geometry), by a key
    // the view chooses, e.g. "contacts/list". Empty when none was saved.
    static QByteArray viewState(const QString& viewKey);
    static void setViewState(const QString& viewKey, const QByteArray& state);

    // The canonical form of a database path, used as the key of everything per-file.
    static QString canonicalPath(const QString& path);
};

} // namespace baza::ui
