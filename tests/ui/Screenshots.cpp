// baza_screenshots OUTPUT_DIR: renders the unlock window, the new-database dialog and the main
// window in English, Polish and Russian to PNG files, on a throwaway database with sample data.
// Run it with QT_QPA_PLATFORM=offscreen (the `screenshots` target does).

#include "core/db/Database.h"
#include "core/store/Store.h"
#include "translations/Translations.h"
#include "ui/contacts/ContactsPage.h"
#include "ui/importer/DuplicatesDialog.h"
#include "ui/importer/ExportDialog.h"
#include "ui/importer/ImportHistoryDialog.h"
#include "ui/importer/ImportPages.h"
#include "ui/importer/ImportRunPages.h"
#include "ui/importer/ImportWizard.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NewDatabaseDialog.h"
#include "ui/shell/Resources.h"
#include "ui/shell/UnlockWindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace baza;

namespace {

struct Sample
{
    const char* first;
    const char* last;
    const char* company;
    const char* city;
    const char* email;
    const char* phone;
};

// Invented people, in the languages Baza's users write in.
const Sample Samples[] = {
    {"Anna", "Kowalska", "Piekarnia Kowalski", "Kraków", "anna@piekarnia-kowalski.pl",
     "+48 601 234 567"},
    {"Jan", "Kowalczyk", "Kowalczyk i Syn", "Łódź", "jan.kowalczyk@example.pl", "+48 42 630 11 22"},
    {"Łucja", "Wiśniewska", "Studio Łucja", "Gdańsk", "lucja@studio-lucja.pl", "+48 58 301 44 55"},
    {"Семён", "Ковалёв", "ООО «Северный мост»", "Санкт-Петербург", "semen@sev-most.ru",
     "+7 812 555-01-23"},
    {"Ольга", "Кузнецова", "Кузнецова и партнёры", "Москва", "olga@kuznetsova.ru",
     "+7 495 123-45-67"},
    {"Marek", "Kowal", "Kowal Serwis", "Wrocław", "marek@kowalserwis.pl", "+48 71 344 55 66"},
    {"Emma", "Koval", "Northgate Supplies", "Leeds", "emma.koval@northgate.example",
     "+44 113 496 0123"},
    {"Zofia", "Nowak", "Nowak Logistyka", "Poznań", "zofia.nowak@logistyka.pl", "+48 61 850 12 34"},
};

bool fill(store::Store& store)
{
    for (const Sample& s : Samples) {
        domain::Company company;
        company.name = QString::fromUtf8(s.company);
        auto createdCompany = store.createCompany(company);
        if (!createdCompany)
            return false;
        domain::Contact contact;
        contact.firstName = QString::fromUtf8(s.first);
        contact.lastName = QString::fromUtf8(s.last);
        contact.companyId = createdCompany->id;
        contact.address.city = QString::fromUtf8(s.city);
        contact.emails = {{QStringLiteral("work"), QString::fromUtf8(s.email)}};
        contact.phones = {{QStringLiteral("work"), QString::fromUtf8(s.phone)}};
        if (!store.createContact(contact))
            return false;
    }
    return true;
}

bool save(QWidget& widget, const QString& dir, const QString& name)
{
    widget.show();
    QApplication::processEvents();
    const QString file = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    const bool ok = widget.grab().save(file);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    widget.hide();
    return ok;
}

bool render(store::Store& store, const QString& dbPath, const QString& out, const QString& lang)
{
    // What a user's path looks like, rather than the scratch folder's.
    const QString shownPath = QStringLiteral("/home/anna/Documents/customers.baza");
    bool ok = true;
    {
        ui::UnlockWindow unlock;
        unlock.setDatabasePath(shownPath);
        unlock.resize(560, 380);
        unlock.findChild<QLineEdit*>(QStringLiteral("passphrase"))
            ->setText(QStringLiteral("secret passphrase"));
        ok &= save(unlock, out, QStringLiteral("unlock-") + lang);
        unlock.showError(db::wrongPassphraseError(shownPath).message);
        ok &= save(unlock, out, QStringLiteral("unlock-error-") + lang);
    }
    {
        ui::NewDatabaseDialog dialog;
        dialog.findChild<QLineEdit*>(QStringLiteral("newPassphrase"))
            ->setText(QStringLiteral("granat-żurek-42"));
        ok &= save(dialog, out, QStringLiteral("new-database-") + lang);
    }
    {
        ui::MainWindow main(store, dbPath);
        main.resize(900, 560);
        main.findChild<ui::ContactsPage*>()->setQuery(QStringLiteral("kow"));
        ok &= save(main, out, QStringLiteral("main-contacts-") + lang);
        main.showSection(ui::MainWindow::Dashboard);
        ok &= save(main, out, QStringLiteral("main-dashboard-") + lang);
    }
    {
        ui::ImportWizard wizard(store);
        wizard.filePage()->setPath(QStringLiteral(BAZA_TEST_DATA_DIR "/csv/excel_pl_cp1250.csv"));
        ok &= save(wizard, out, QStringLiteral("import-file-") + lang);
        wizard.show();
        wizard.next();
        ok &= save(wizard, out, QStringLiteral("import-preview-") + lang);
        wizard.next();
        ok &= save(wizard, out, QStringLiteral("import-mapping-") + lang);
        wizard.next();
        ok &= save(wizard, out, QStringLiteral("import-duplicates-") + lang);
        QEventLoop loop;
        QObject::connect(wizard.runPage(), &ui::ImportRunPage::finished, &loop, &QEventLoop::quit);
        wizard.next();
        loop.exec();
        ok &= save(wizard, out, QStringLiteral("import-summary-") + lang);
        {
            ui::ImportHistoryDialog history(store);
            ok &= save(history, out, QStringLiteral("import-history-") + lang);
        }
        {
            ui::ExportDialog exporter(store);
            exporter.setPath(QStringLiteral("/home/anna/Documents/contacts.csv"));
            exporter.setPurpose(QStringLiteral("newsletter"));
            ok &= save(exporter, out, QStringLiteral("export-") + lang);
        }
        // Leave the sample data as it was for the next language.
        ok &= store.undoImport(wizard.runPage()->outcome().summary.batchId).ok();
    }
    {
        // A second Anna Kowalska with the same email, for the duplicate finder; undone after.
        domain::Contact twin;
        twin.firstName = QStringLiteral("Anna");
        twin.lastName = QStringLiteral("Kowalska-Nowak");
        twin.title = QStringLiteral("Właścicielka");
        twin.address.city = QStringLiteral("Wieliczka");
        twin.emails = {{QStringLiteral("home"), QStringLiteral("anna@piekarnia-kowalski.pl")}};
        twin.phones = {{QStringLiteral("mobile"), QStringLiteral("+48 602 111 222")}};
        ok &= store.createContact(twin).ok();
        ui::DuplicatesDialog dialog(store);
        QEventLoop loop;
        QObject::connect(&dialog, &ui::DuplicatesDialog::groupsLoaded, &loop, &QEventLoop::quit);
        loop.exec();
        ok &= save(dialog, out, QStringLiteral("duplicates-") + lang);
        ok &= store.undoLast().ok();
    }
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QTemporaryDir scratch;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BazaScreenshots"));
    QApplication::setApplicationName(QStringLiteral("BazaScreenshots"));
    ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/baza/icons/baza.svg")));

    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QDir().mkpath(out);

    // BAZA_SCREENSHOT_DB (with BAZA_PASSPHRASE) renders an existing database, e.g. the demo one;
    // otherwise a throwaway database with a few sample people.
    const QString existing = qEnvironmentVariable("BAZA_SCREENSHOT_DB");
    const QString dbPath =
        existing.isEmpty() ? scratch.filePath(QStringLiteral("customers.baza")) : existing;
    auto opened = existing.isEmpty()
                      ? db::Database::create(dbPath, QStringLiteral("screenshots only"))
                      : db::Database::open(dbPath, qEnvironmentVariable("BAZA_PASSPHRASE"));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    std::unique_ptr<db::Database> database = std::move(*opened);
    store::Store store(*database);
    if (!store.initialize() || (existing.isEmpty() && !fill(store))) {
        std::fprintf(stderr, "could not prepare the sample database\n");
        return 1;
    }

    bool ok = true;
    for (const QString& lang : i18n::availableLanguages()) {
        QLocale::setDefault(QLocale(lang));
        i18n::install(app, lang);
        ok &= render(store, dbPath, out, lang);
    }
    return ok ? 0 : 1;
}
