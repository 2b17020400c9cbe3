#include "ui/shell/SettingsPages.h"

#include "core/store/Store.h"
#include "translations/Translations.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/Formatting.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

#include <algorithm>

namespace baza::ui {

GeneralSettingsPage::GeneralSettingsPage(QWidget* parent)
    : SettingsPage(parent)
{
    setObjectName(QStringLiteral("generalSettings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString& code : i18n::availableLanguages())
        m_language->addItem(i18n::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    m_languageNote = new QLabel(tr("A new language applies the next time Baza starts."), this);
    m_languageNote->setWordWrap(true);
    theme::markAsSecondary(m_languageNote);

    m_autoLock = new QSpinBox(this);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setAccessibleName(tr("Lock after minutes without use"));
    m_autoLock->setRange(0, 24 * 60);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    const int seconds = AppSettings::autoLockSeconds();
    m_autoLock->setValue(seconds == 0 ? 0 : std::max(1, (seconds + 59) / 60));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Lock after idle:"), m_autoLock);
    auto* lockNote = new QLabel(tr("The database locks itself after this long without a key "
                                   "press or mouse movement. Ctrl+L locks at once."),
                                this);
    lockNote->setWordWrap(true);
    theme::markAsSecondary(lockNote);
    form->addRow(QString(), lockNote);
}

QString GeneralSettingsPage::title() const
{
    return tr("General");
}

Status GeneralSettingsPage::apply()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setAutoLockSeconds(m_autoLock->value() * 60);
    return {};
}

namespace {

// The countries Baza's users mostly call; any other two-letter code can be typed.
const char* const CommonRegions[] = {"PL", "RU", "UA", "BY", "LT", "LV", "EE", "DE", "CZ",
                                     "SK", "AT", "CH", "FR", "IT", "ES", "NL", "BE", "SE",
                                     "NO", "DK", "FI", "GB", "IE", "US", "CA", "KZ"};

QString regionLabel(const QString& code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    // The country's own name for itself (Qt has no country names in other languages), which
    // people recognise whatever the interface language.
    const QString name = territory == QLocale::AnyTerritory
                             ? code
                             : QLocale(QLocale::AnyLanguage, territory).nativeTerritoryName();
    return QStringLiteral("%1 (%2)").arg(name, code);
}

// The stored region, or (not chosen yet) the computer's country, or Poland when it names none.
QString effectiveRegion(const store::Store& store)
{
    const QString stored = store.phoneRegion();
    if (!stored.isEmpty())
        return stored;
    const QString system = QLocale::territoryToCode(QLocale::system().territory());
    return system.size() == 2 ? system.toUpper() : QStringLiteral("PL");
}

} // namespace

DatabaseSettingsPage::DatabaseSettingsPage(store::Store& store, QWidget* parent)
    : SettingsPage(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("databaseSettings"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("phoneRegion"));
    m_region->setAccessibleName(tr("Default phone region"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    QList<QPair<QString, QString>> regions;
    for (const char* code : CommonRegions)
        regions.append({regionLabel(QLatin1String(code)), QLatin1String(code)});
    std::sort(regions.begin(), regions.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const auto& [label, code] : std::as_const(regions))
        m_region->addItem(label, code);
    const QString current = effectiveRegion(store);
    if (m_region->findData(current) < 0)
        m_region->addItem(regionLabel(current), current);
    m_region->setCurrentIndex(m_region->findData(current));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Default &phone region:"), m_region);
    auto* note = new QLabel(tr("Phone numbers typed or imported without a country code are read "
                               "as numbers of this country. Stored in this database, so it "
                               "applies to everyone who opens it."),
                            this);
    note->setWordWrap(true);
    theme::markAsSecondary(note);
    form->addRow(QString(), note);
}

QString DatabaseSettingsPage::title() const
{
    return tr("This database");
}

Status DatabaseSettingsPage::apply()
{
    // A typed entry: "DE" or "Germany (DE)" both give the code.
    QString code = m_region->currentData().toString();
    const QString typed = m_region->currentText().trimmed();
    if (m_region->findText(typed) < 0) {
        const qsizetype open = typed.lastIndexOf(QLatin1Char('('));
        code = open >= 0 ? typed.mid(open + 1).chopped(1) : typed;
    }
    // Unchanged: keep following the computer's country when nothing was chosen yet.
    if (code == effectiveRegion(m_store))
        return {};
    return m_store.setPhoneRegion(code);
}

} // namespace baza::ui
