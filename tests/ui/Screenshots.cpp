// baza_screenshots OUTPUT_DIR: renders the main screens in English, Polish and Russian to PNG
// files, on a throwaway demo database (core/demo): the unlock window, the new-database dialog,
// every section, the Ctrl+K search, the tasks page with a due reminder, the preferences; and the
// unlock window and tasks page once more in a dark palette. Run it with QT_QPA_PLATFORM=offscreen
// (the `screenshots` target does). Other screens (lists, cards) add themselves in render(); the
// team sync screens are in SyncScreenshots.cpp.

#include "SyncScreenshots.h"

#include "core/db/Database.h"
#include "core/demo/DemoData.h"
#include "core/store/Store.h"
#include "translations/Translations.h"
#include "ui/deals/BoardView.h"
#include "ui/deals/ConvertLeadDialog.h"
#include "ui/deals/DealsPage.h"
#include "ui/deals/LostReasonDialog.h"
#include "ui/deals/PipelineEditorDialog.h"
#include "ui/deals/RatesDialog.h"
#include "ui/importer/DuplicatesDialog.h"
#include "ui/importer/ExportDialog.h"
#include "ui/importer/ImportHistoryDialog.h"
#include "ui/importer/ImportPages.h"
#include "ui/importer/ImportRunPages.h"
#include "ui/importer/ImportWizard.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RecordListPage.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NewDatabaseDialog.h"
#include "ui/shell/QuickSearch.h"
#include "ui/shell/Resources.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/UnlockWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace baza;

namespace {

constexpr int DemoContacts = 300;

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
    int i = 0;
    for (const Sample& s : Samples) {
        ++i;
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
        contact.lifecycle = domain::Lifecycle(i % 5);
        contact.ownerId = i % 3 == 0 ? QString() : store.profile().id;
        if (i % 2 == 0)
            contact.tags = {QStringLiteral("VIP")};
        if (i % 3 == 1)
            contact.tags << QStringLiteral("Targi 2025");
        if (i % 4 != 0)
            contact.lastContactedAt = QDateTime::currentDateTimeUtc().addDays(-i * 9);
        if (!store.createContact(contact))
            return false;
    }
    store::ListQuery vip;
    vip.filter.tags = {QStringLiteral("VIP")};
    store::ListQuery quiet;
    quiet.filter.lastContact = store::LastContact::NotWithinDays;
    quiet.filter.lastContactDays = 30;
    return store
               .createSegment(
                   {{}, QStringLiteral("contact"), QStringLiteral("VIP"), vip.toJson(), 0})
               .ok() &&
           store
               .createSegment({{},
                               QStringLiteral("contact"),
                               QStringLiteral("Not contacted in 30 days"),
                               quiet.toJson(),
                               0})
               .ok();
}

// A demo company with a few people, and one of them with a history worth showing on a card:
// tags, a consent, calls and notes, an open deal and a task, and edits in the change log.
struct CardRecords
{
    QString contactId;
    QString companyId;
};

CardRecords fillCardDemo(store::Store& store)
{
    demo::DemoData data(7);
    domain::Company company = data.company();
    auto createdCompany = store.createCompany(company);
    if (!createdCompany)
        return {};
    CardRecords out{{}, createdCompany->id};
    for (int i = 0; i < 4; ++i) {
        domain::Contact person = data.contact();
        person.companyId = out.companyId;
        if (i == 0) {
            person.lifecycle = domain::Lifecycle::Qualified;
            person.tags = {QStringLiteral("vip"), QStringLiteral("targi 2025")};
            person.custom = {{QStringLiteral("NIP"), QStringLiteral("526-104-08-28")}};
            person.address.street = QStringLiteral("ul. Piotrkowska 104");
            person.address.city = QStringLiteral("Łódź");
            person.address.postalCode = QStringLiteral("90-926");
        }
        auto created = store.createContact(person);
        if (!created)
            return {};
        if (i == 0)
            out.contactId = created->id;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto log = [&](domain::ActivityKind kind, const char* subject, const char* body, int hoursAgo,
                   int minutes, const char* outcome) {
        domain::Activity a;
        a.kind = kind;
        a.subject = QString::fromUtf8(subject);
        a.body = QString::fromUtf8(body);
        a.contactId = out.contactId;
        a.occurredAt = now.addSecs(-qint64(hoursAgo) * 3600);
        a.durationSeconds = minutes * 60;
        a.outcome = QString::fromUtf8(outcome);
        a.direction = kind == domain::ActivityKind::Note ? QString() : QStringLiteral("outbound");
        return store.logActivity(a).ok();
    };
    bool ok = log(domain::ActivityKind::Meeting, "Demo", "Showed the pipeline board and imports.",
                  24 * 9, 45, "") &&
              log(domain::ActivityKind::Call, "Pricing", "Wants a two-year price; send an offer.",
                  24 * 2, 12, "connected") &&
              log(domain::ActivityKind::Note, "", "Prefers email before 10 am.", 5, 0, "");
    auto contact = store.contact(out.contactId);
    if (!ok || !contact)
        return {};
    contact->lifecycle = domain::Lifecycle::Opportunity;
    contact->emails.append({QStringLiteral("home"), QStringLiteral("prywatny@example.pl")});
    if (!store.updateContact(*contact))
        return {};
    domain::Consent consent{{},
                            out.contactId,
                            QStringLiteral("email"),
                            QStringLiteral("newsletter"),
                            QStringLiteral("granted"),
                            now.addDays(-30),
                            QStringLiteral("web form")};
    if (!store.addConsent(consent))
        return {};
    domain::Pipeline pipeline;
    pipeline.name = QStringLiteral("Sales");
    pipeline.stages = {domain::Stage{{}, {}, QStringLiteral("Qualified"), 0, 25, 14},
                       domain::Stage{{}, {}, QStringLiteral("Proposal"), 1, 50, 21}};
    auto createdPipeline = store.createPipeline(pipeline);
    if (createdPipeline) {
        domain::Deal deal;
        deal.title = QStringLiteral("Wdrożenie CRM");
        deal.pipelineId = createdPipeline->id;
        deal.stageId = createdPipeline->stages.at(1).id;
        deal.contactId = out.contactId;
        deal.valueMinor = 4850000;
        deal.currency = QStringLiteral("PLN");
        deal.expectedClose = now.date().addDays(21);
        if (!store.createDeal(deal))
            return {};
    }
    domain::Task task;
    task.title = QStringLiteral("Send the two-year offer");
    task.contactId = out.contactId;
    task.dueAt = now.addDays(1);
    task.remindAt = task.dueAt.addSecs(-3600);
    if (!store.createTask(task))
        return {};
    return out;
}

bool save(QWidget& widget, const QString& dir, const QString& name)
{
    return saveScreenshot(widget, dir, name);
}

// Waits (without blocking the event loop) until the list page's worker has answered.
void settle(ui::RecordListPage* page)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000 && !page->model()->isComplete())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    QApplication::processEvents();
}

bool renderLists(ui::MainWindow& main, const QString& out, const QString& lang)
{
    bool ok = true;
    main.resize(1100, 640);
    auto* contacts = main.findChild<ui::RecordListPage*>(QStringLiteral("contactsPage"));
    settle(contacts);
    ok &= save(main, out, QStringLiteral("main-contacts-") + lang);
    // A selection shows the bulk actions.
    contacts->view()->selectRow(1);
    contacts->view()->selectionModel()->select(
        contacts->model()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ok &= save(main, out, QStringLiteral("main-contacts-selected-") + lang);
    contacts->view()->clearSelection();
    contacts->setQuery(QStringLiteral("kow"));
    settle(contacts);
    ok &= save(main, out, QStringLiteral("main-contacts-search-") + lang);
    contacts->setQuery(QString());
    settle(contacts);
    main.showSection(ui::MainWindow::Companies);
    auto* companies = main.findChild<ui::RecordListPage*>(QStringLiteral("companiesPage"));
    settle(companies);
    ok &= save(main, out, QStringLiteral("main-companies-") + lang);
    main.showSection(ui::MainWindow::Contacts);
    main.resize(900, 560);
    return ok;
}

// Tasks due at telling times, so every group of the tasks page shows, and one due reminder.
bool addTasks(store::Store& store)
{
    struct TaskSample
    {
        const char* title;
        qint64 dueInMinutes;
        bool done;
        bool remindNow;
    };
    const TaskSample samples[] = {
        {"Send the signed contract", -26 * 60, false, false},
        {"Call back about the offer", -30, false, true},
        {"Prepare the quarterly price list", 5 * 60, false, false},
        {"Visit the Gdańsk warehouse", 2 * 24 * 60, false, false},
        {"Renew the support agreement", 6 * 24 * 60, false, false},
        {"Confirm the delivery date", -3 * 24 * 60, true, false},
    };
    auto contacts = store.search(QStringLiteral("a"), 10);
    const QDateTime now = QDateTime::currentDateTime();
    int i = 0;
    for (const TaskSample& s : samples) {
        domain::Task task;
        task.title = QString::fromUtf8(s.title);
        task.dueAt = now.addSecs(s.dueInMinutes * 60);
        task.remindAt = s.remindNow ? now.addSecs(-60) : task.dueAt.addSecs(-3600);
        if (contacts && i < contacts->size() && contacts->at(i).entity == QLatin1String("contact"))
            task.contactId = contacts->at(i).id;
        ++i;
        auto created = store.createTask(task);
        if (!created || (s.done && !store.setTaskDone(created->id, true)))
            return false;
    }
    return true;
}

// What a user's files look like in the recent list, rather than the scratch folder's names.
QString seedRecent(const QString& scratch)
{
    const QString docs = scratch + QStringLiteral("/Documents");
    QDir().mkpath(docs);
    QString first;
    for (const char* name : {"archive-2023.baza", "warsaw-office.baza", "customers.baza"}) {
        const QString path = docs + QLatin1Char('/') + QLatin1String(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray(4096, '\x5a'));
        file.close();
        ui::AppSettings::addRecentDatabase(path);
        first = path;
    }
    return first;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

bool renderUnlock(const QString& recentPath, const QString& out, const QString& name)
{
    bool ok = true;
    ui::UnlockWindow unlock;
    unlock.setDatabasePath(recentPath);
    unlock.resize(600, 560);
    unlock.findChild<QLineEdit*>(QStringLiteral("passphrase"))
        ->setText(QStringLiteral("secret passphrase"));
    ok &= save(unlock, out, name);
    unlock.showError(db::wrongPassphraseError(recentPath).message);
    ok &= save(unlock, out, name + QStringLiteral("-error"));
    return ok;
}

bool renderMain(store::Store& store, const QString& dbPath, const QString& out,
                const QString& suffix)
{
    bool ok = true;
    ui::MainWindow main(store, dbPath);
    main.resize(1000, 620);
    ok &= renderLists(main, out, suffix);
    for (auto [section, name] : {std::pair{ui::MainWindow::Companies, "companies"},
                                 {ui::MainWindow::Deals, "deals"},
                                 {ui::MainWindow::Tasks, "tasks"},
                                 {ui::MainWindow::Dashboard, "dashboard"}}) {
        main.showSection(section);
        ok &= save(main, out, QStringLiteral("main-%1-").arg(QLatin1String(name)) + suffix);
    }
    main.showSection(ui::MainWindow::Contacts);
    main.showQuickSearch();
    main.findChild<ui::QuickSearchPopup*>()->setQuery(QStringLiteral("kow"));
    ok &= save(main, out, QStringLiteral("quick-search-") + suffix);
    main.hide();
    return ok;
}

bool renderCards(store::Store& store, const QString& dbPath, const QString& out,
                 const QString& lang, const CardRecords& cards)
{
    if (cards.contactId.isEmpty())
        return true;
    bool ok = true;
    ui::MainWindow main(store, dbPath);
    main.resize(1100, 720);
    main.openRecord(QStringLiteral("contact"), cards.contactId);
    ok &= save(main, out, QStringLiteral("card-contact-") + lang);
    main.openRecord(QStringLiteral("company"), cards.companyId);
    ok &= save(main, out, QStringLiteral("card-company-") + lang);
    main.hide();
    return ok;
}

bool render(store::Store& store, const QString& dbPath, const QString& recentPath,
            const QString& out, const QString& lang, const CardRecords& cards)
{
    bool ok = renderUnlock(recentPath, out, QStringLiteral("unlock-") + lang);
    {
        ui::NewDatabaseDialog dialog;
        dialog.findChild<QLineEdit*>(QStringLiteral("newPassphrase"))
            ->setText(QStringLiteral("granat-żurek-42"));
        ok &= save(dialog, out, QStringLiteral("new-database-") + lang);
    }
    ok &= renderMain(store, dbPath, out, lang);
    ok &= renderCards(store, dbPath, out, lang, cards);
    {
        ui::SettingsDialog dialog(store);
        ok &= save(dialog, out, QStringLiteral("preferences-") + lang);
        dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
        ok &= save(dialog, out, QStringLiteral("preferences-database-") + lang);
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
        {
            // The page counts the matching rows on a worker; show it with the count.
            QEventLoop counted;
            QObject::connect(wizard.policyPage(), &ui::ImportPolicyPage::duplicatesCounted,
                             &counted, &QEventLoop::quit);
            QTimer::singleShot(30000, &counted, &QEventLoop::quit);
            if (!wizard.policyPage()->duplicateCount())
                counted.exec();
        }
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

// A busy board: the demo database (two pipelines, deals in PLN, EUR, USD, RUB and GBP, some
// rotting, some overdue), made in the language being rendered so its stage names match.
bool renderDeals(const QString& out, const QString& lang)
{
    QTemporaryDir scratch;
    const QString path = scratch.filePath(QStringLiteral("demo.baza"));
    auto opened = db::Database::create(path, QStringLiteral("screenshots only"));
    if (!opened)
        return false;
    std::unique_ptr<db::Database> database = std::move(*opened);
    store::Store store(*database);
    demo::DemoData demo;
    if (!store.initialize() || !demo.populate(store, 1500))
        return false;
    bool ok = true;
    ui::MainWindow main(store, QStringLiteral("/home/anna/Documents/customers.baza"));
    main.resize(1400, 820);
    main.show();
    main.showSection(ui::MainWindow::Deals);
    auto* page = main.findChild<ui::DealsPage*>();
    QElapsedTimer wait;
    wait.start();
    while (page->isLoading() && wait.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    // A selected card shows the focus frame as a keyboard user sees it.
    if (QListView* column = page->boardView()->columnView(1))
        page->boardView()->selectDeal(
            column->model()->index(0, 0, column->rootIndex()).data(Qt::UserRole + 1).toString());
    ok &= save(main, out, QStringLiteral("main-deals-") + lang);
    page->showList(true);
    ok &= save(main, out, QStringLiteral("main-deals-list-") + lang);
    page->showList(false);
    const QString selected = page->boardView()->selectedDealId();
    const QString pipelineId = page->boardModel()->pipelineId();
    {
        ui::PipelineEditorDialog dialog(store, pipelineId, &main);
        ok &= save(dialog, out, QStringLiteral("deal-pipelines-") + lang);
    }
    {
        ui::RatesDialog dialog(store, &main);
        ok &= save(dialog, out, QStringLiteral("deal-rates-") + lang);
    }
    {
        ui::ConvertLeadDialog dialog(store, QString(), &main);
        dialog.preselect(pipelineId, page->boardModel()->pipeline().stages.value(1).id);
        ok &= save(dialog, out, QStringLiteral("deal-new-") + lang);
    }
    if (!selected.isEmpty()) {
        {
            ui::LostReasonDialog dialog(store, store.deal(selected)->title, &main);
            ok &= save(dialog, out, QStringLiteral("deal-lost-reason-") + lang);
        }
        main.openRecord(QStringLiteral("deal"), selected);
        ok &= save(main, out, QStringLiteral("deal-card-") + lang);
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

    // BAZA_SCREENSHOT_DB (with BAZA_PASSPHRASE) renders an existing database; otherwise a
    // throwaway demo database.
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
    if (!store.initialize()) {
        std::fprintf(stderr, "could not open the store\n");
        return 1;
    }
    if (existing.isEmpty()) {
        demo::DemoData demo;
        if (const Status s = demo.populate(store, DemoContacts);
            !s || !fill(store) || !addTasks(store)) {
            std::fprintf(stderr, "could not fill the demo database: %s\n", qPrintable(s.message()));
            return 1;
        }
    }
    const QString recentPath = seedRecent(scratch.path());
    const CardRecords cards = existing.isEmpty() ? fillCardDemo(store) : CardRecords{};

    // BAZA_SCREENSHOTS=deals renders only the Deals screens (quicker while working on them).
    const bool onlyDeals = qEnvironmentVariable("BAZA_SCREENSHOTS") == QLatin1String("deals");
    bool ok = true;
    for (const QString& lang : i18n::availableLanguages()) {
        QLocale::setDefault(QLocale(lang));
        i18n::install(app, lang);
        if (!onlyDeals)
            ok &= render(store, dbPath, recentPath, out, lang, cards);
        ok &= renderDeals(out, lang);
        ok &= renderSyncScreens(out, lang);
    }
    if (onlyDeals)
        return ok ? 0 : 1;
    // The same screens in a dark palette: nothing may assume a white background.
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    i18n::install(app, QStringLiteral("en"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    ok &= renderUnlock(recentPath, out, QStringLiteral("dark-unlock-en"));
    ok &= renderMain(store, dbPath, out, QStringLiteral("dark-en"));
    ok &= renderSyncScreens(out, QStringLiteral("dark-en"));
    return ok ? 0 : 1;
}
