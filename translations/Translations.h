#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace baza::i18n {

// The languages Baza ships, as ISO 639-1 codes; "en" is the source language.
QStringList availableLanguages();

// The language's own name for itself ("Polski", "Русский").
QString nativeName(const QString& language);

// An explicit choice wins when Baza has that language; otherwise the system locale's language,
// otherwise English.
QString resolveLanguage(const QString& requested, const QLocale& system = QLocale::system());

// Replaces the translators installed by an earlier call with Baza's catalogue (embedded under
// :/i18n) and Qt's own for `language`. Returns false when Baza's catalogue is missing.
bool install(QCoreApplication& app, const QString& language);

} // namespace baza::i18n
