#include "ui/shell/LanguageMenu.h"

#include "translations/Translations.h"
#include "ui/shell/AppSettings.h"

#include <QActionGroup>
#include <QMessageBox>

namespace baza::ui {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    const QString current = AppSettings::language();

    QStringList choices{QString()};
    choices += i18n::availableLanguages();
    for (const QString& language : choices) {
        const QString label =
            language.isEmpty() ? tr("System language") : i18n::nativeName(language);
        QAction* action = addAction(label);
        action->setCheckable(true);
        action->setChecked(language == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language]() { choose(language); });
        if (language.isEmpty())
            addSeparator();
    }
}

void LanguageMenu::choose(const QString& language)
{
    if (language == AppSettings::language())
        return;
    AppSettings::setLanguage(language);
    auto* box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Baza will use the new language the next time it starts."),
                                QMessageBox::Ok, parentWidget());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace baza::ui
