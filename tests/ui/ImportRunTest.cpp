// Runs the import wizard to the end, the import history and the export dialog, on real files
// and a real encrypted database. (The Qt environment is registered in ImporterTest.cpp.)

#include "TestPaths.h"
#include "TestSupport.h"

#include "core/store/BulkWriter.h"
#include "core/store/Store.h"
#include "ui/importer/ExportDialog.h"
#include "ui/importer/ImportHistoryDialog.h"
#include "ui/importer/ImportMappingPage.h"
#include "ui/importer/ImportPages.h"
#include "ui/importer/ImportRunPages.h"
#include "ui/importer/ImportWizard.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace baza;

namespace {

QString dataFile(const char* relative)
{
    return QStringLiteral(BAZA_TEST_DATA_DIR "/") + QString::fromUtf8(relative);
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

// Clicks `button` of the open message box named `name` (window-modal, opened asynchronously).
bool answer(QWidget* parent, const char* name, QMessageBox::StandardButton button,
            QString* text = nullptr)
{
    QMessageBox* box = nullptr;
    for (int i = 0; i < 200 && !box; ++i) {
        box = child<QMessageBox>(parent, name);
        if (!box)
            QTest::qWait(10);
    }
    if (!box || !box->button(button))
        return false;
    if (text)
        *text = box->text();
    box->button(button)->click();
    return true;
}

class ImportRunTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        database = test::createDatabase(dir.path(QStringLiteral("run.baza")));
        ASSERT_TRUE(database);
        store = std::make_unique<store::Store>(*database);
        ASSERT_TRUE(store->initialize().ok());
    }

    qint64 contactCount() const { return store->counts().ok() ? store->counts()->contacts : -1; }

    // File → preview → mapping (left as recognised) → policy (Skip) → run → summary.
    import::ImportSummary runWizard(const QString& path) { ui::ImportWizard wizard(*store);
    wizard.show();
    wizard.filePage()->setPath(path);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::ImportWizard::PreviewPageId);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::ImportWizard::MappingPageId);
    EXPECT_TRUE(wizard.mappingPage()->isComplete());
    lastRecognised = child<QLabel>(&wizard, "importRecognised")->text();
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::ImportWizard::PolicyPageId);
    EXPECT_EQ(wizard.policyPage()->policy(), import::DuplicatePolicy::Skip);
    // The page counts the rows that match while the user reads it.
    EXPECT_TRUE(QTest::qWaitFor([&]() { return wizard.policyPage()->duplicateCount().has_value(); },
                                30000));
    lastDuplicates = wizard.policyPage()->duplicateCount().value_or(import::DuplicateCount{});
    lastCountText = child<QLabel>(&wizard, "importDuplicateCount")->text();
    wizard.next();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::ImportWizard::SummaryPageId), 30000);
    }();
    const ui::ImportOutcome outcome = wizard.runPage()->outcome();
    EXPECT_TRUE(outcome.error.isEmpty()) << outcome.error.toStdString();
    lastCounts = child<QLabel>(&wizard, "summaryCounts")->text();
    return outcome.summary;
}

test::TempDir dir;
std::unique_ptr<db::Database> database;
std::unique_ptr<store::Store> store;
QString lastCounts;
import::DuplicateCount lastDuplicates;
QString lastCountText;
QString lastRecognised;
}; // namespace

TEST_F(ImportRunTest, MappingPageRecognisesColumnsAndFlagsInvalidValues)
{
    // Outlook's Polish export: the preset is recognised and each column gets a field.
    ui::ImportWizard wizard(*store);
    wizard.show();
    wizard.filePage()->setPath(dataFile("csv/excel_pl_cp1250.csv"));
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::ImportWizard::MappingPageId);
    auto* page = wizard.mappingPage();
    auto* table = child<QTableView>(&wizard, "importMappingTable");
    ASSERT_TRUE(table);
    EXPECT_EQ(table->model()->rowCount(), 8); // one row per file column
    EXPECT_EQ(table->model()->index(4, 0).data().toString(), QStringLiteral("E-mail"));
    EXPECT_EQ(page->mapping().columns.at(4).field, QStringLiteral("email"));
    EXPECT_EQ(table->model()->index(4, 2).data().toString(), QStringLiteral("Email"));
    EXPECT_TRUE(table->model()->index(4, 1).data().toString().contains(
        QStringLiteral("jan.kowalski@phu-kowalski.pl")));

    // Mapping the name column to Email makes every name an invalid email: marked, with a reason.
    page->setField(0, QStringLiteral("email"));
    auto* preview = child<QTableView>(&wizard, "importMappedPreview");
    ASSERT_TRUE(preview);
    const QAbstractItemModel* model = preview->model();
    bool flagged = false;
    for (int c = 0; c < model->columnCount() && !flagged; ++c)
        if (model->index(0, c).data().toString() == QStringLiteral("Jan Kowalski"))
            flagged = !model->index(0, c).data(Qt::ToolTipRole).toString().isEmpty() &&
                      model->index(0, c).data(Qt::BackgroundRole).isValid();
    EXPECT_TRUE(flagged);

    // Save, ignore everything (the page cannot go on), load back.
    const QString saved = dir.path(QStringLiteral("mapping.json"));
    ASSERT_TRUE(page->saveMapping(saved).ok());
    for (int c = 0; c < 8; ++c)
        page->setField(c, QString());
    EXPECT_FALSE(page->isComplete());
    EXPECT_FALSE(child<QLabel>(&wizard, "importMappingError")->text().isEmpty());
    ASSERT_TRUE(page->loadMapping(saved).ok());
    EXPECT_TRUE(page->isComplete());
    EXPECT_EQ(page->mapping().columns.at(0).field, QStringLiteral("email"));
    EXPECT_EQ(page->mapping().columns.at(4).field, QStringLiteral("email"));
}

TEST_F(ImportRunTest, PhoneRegionStartsAsTheDatabasesAndChangesThePreview)
{
    ASSERT_TRUE(store->setPhoneRegion(QStringLiteral("PL")).ok());
    ui::ImportWizard wizard(*store);
    wizard.show();
    wizard.filePage()->setPath(dataFile("csv/excel_pl_cp1250.csv"));
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::ImportWizard::MappingPageId);
    auto* region = child<QComboBox>(&wizard, "importPhoneRegion");
    ASSERT_TRUE(region);
    EXPECT_EQ(region->currentData().toString(), QStringLiteral("PL"));
    EXPECT_EQ(wizard.mappingPage()->mapping().phoneRegion, QStringLiteral("PL"));
    const QAbstractItemModel* model = child<QTableView>(&wizard, "importMappedPreview")->model();
    // The phone cell of the first row and what the preview says is wrong with it.
    auto problem = [&]() -> QString {
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->index(0, c).data().toString() == QStringLiteral("601 234 567"))
                return model->index(0, c).data(Qt::ToolTipRole).toString();
        return QStringLiteral("(no phone cell)");
    };
    EXPECT_TRUE(problem().isEmpty()) << problem().toStdString(); // a valid Polish mobile

    // Read as Russian numbers instead: nine digits are too few there, and the preview says so.
    region->setCurrentIndex(region->findData(QStringLiteral("RU")));
    EXPECT_EQ(wizard.mappingPage()->mapping().phoneRegion, QStringLiteral("RU"));
    EXPECT_FALSE(problem().isEmpty());
    EXPECT_NE(problem(), QStringLiteral("(no phone cell)"));
    EXPECT_EQ(wizard.mappingPage()->options().mapping->phoneRegion, QStringLiteral("RU"));
    // The database's own setting is not changed by a choice for one import.
    EXPECT_EQ(store->phoneRegion(), QStringLiteral("PL"));
}

TEST_F(ImportRunTest, RussianSheetInAPolishDatabaseOffersRussianPhoneNumbers)
{
    ASSERT_TRUE(store->setPhoneRegion(QStringLiteral("PL")).ok());
    ui::ImportWizard wizard(*store);
    wizard.show();
    wizard.filePage()->setPath(dataFile("csv/excel_ru_cp1251.csv"));
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::ImportWizard::MappingPageId);
    auto* hint = child<QLabel>(&wizard, "importPhoneRegionHint");
    auto* use = child<QPushButton>(&wizard, "importPhoneRegionUse");
    ASSERT_TRUE(hint && use);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(use->isVisible());
    EXPECT_TRUE(use->text().contains(QStringLiteral("(RU)"))) << use->text().toStdString();
    EXPECT_TRUE(
        child<QLabel>(&wizard, "importMappedSummary")->text().contains(QStringLiteral("left out")));
    use->setFocus();
    QTest::keyClick(use, Qt::Key_Space); // by keyboard
    EXPECT_EQ(wizard.mappingPage()->mapping().phoneRegion, QStringLiteral("RU"));
    EXPECT_EQ(wizard.focusWidget(), child<QComboBox>(&wizard, "importPhoneRegion"));
    EXPECT_FALSE(hint->isVisible());
    EXPECT_FALSE(use->isVisible());
    // Every number now reads: nothing is left out.
    EXPECT_FALSE(
        child<QLabel>(&wizard, "importMappedSummary")->text().contains(QStringLiteral("left out")));
    EXPECT_EQ(store->phoneRegion(), QStringLiteral("PL")); // for this import only

    // A Polish sheet in the same database: no advice.
    ui::ImportWizard polish(*store);
    polish.show();
    polish.filePage()->setPath(dataFile("csv/excel_pl_cp1250.csv"));
    polish.next();
    polish.next();
    ASSERT_EQ(polish.currentId(), ui::ImportWizard::MappingPageId);
    EXPECT_FALSE(child<QLabel>(&polish, "importPhoneRegionHint")->isVisible());
}

TEST_F(ImportRunTest, PolishCsvEndToEndThenAgainAsDuplicates)
{
    const QString path = dataFile("csv/excel_pl_cp1250.csv");
    const import::ImportSummary first = runWizard(path);
    EXPECT_EQ(lastDuplicates.inDatabase, 0);
    EXPECT_EQ(lastCountText, QStringLiteral("No row of the file matches a record Baza already "
                                            "has."));
    EXPECT_FALSE(first.cancelled);
    EXPECT_GT(first.created, 0);
    EXPECT_EQ(first.created, contactCount());
    EXPECT_EQ(first.created + first.skipped, first.rows);
    // (No English catalogue is loaded here, so plurals read "record(s)".)
    EXPECT_TRUE(lastCounts.contains(QStringLiteral("%1 record").arg(first.created)))
        << lastCounts.toStdString();
    auto found = store->search(QStringLiteral("Łukasiewicz"));
    ASSERT_TRUE(found.ok());
    EXPECT_FALSE(found->isEmpty());

    const import::ImportSummary second = runWizard(path);
    EXPECT_EQ(lastDuplicates.inDatabase, first.created);
    EXPECT_TRUE(lastCountText.startsWith(QStringLiteral("%1 row").arg(first.created)))
        << lastCountText.toStdString();
    EXPECT_EQ(second.created, 0);
    EXPECT_EQ(second.duplicates, first.created);
    EXPECT_EQ(contactCount(), first.created);
    EXPECT_TRUE(lastCounts.contains(QStringLiteral("\n0 record"))) << lastCounts.toStdString();

    auto imports = store->imports();
    ASSERT_TRUE(imports.ok());
    EXPECT_EQ(imports->size(), 2);
}

TEST_F(ImportRunTest, DuplicateCountShowsProgressStopsOnBackAndStartsAgain)
{
    const QString path = dir.path(QStringLiteral("count.csv"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Email\n");
        for (int i = 0; i < 60000; ++i)
            file.write(QStringLiteral("Anna%1,Nowak,anna%2@example.pl\n")
                           .arg(i)
                           .arg(i % 50000) // the last 10,000 repeat earlier rows
                           .toUtf8());
    }
    domain::Contact known;
    known.firstName = QStringLiteral("Anna");
    known.lastName = QStringLiteral("Znana");
    known.emails.append({QStringLiteral("work"), QStringLiteral("anna7@example.pl")});
    ASSERT_TRUE(store->createContact(known).ok());

    ui::ImportWizard wizard(*store);
    wizard.show();
    wizard.filePage()->setPath(path);
    wizard.next();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::ImportWizard::PolicyPageId);
    auto* label = child<QLabel>(&wizard, "importDuplicateCount");
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("Looking for rows")))
        << label->text().toStdString();
    // Back before the count ends: it stops and nothing is shown for it later.
    wizard.back();
    ASSERT_EQ(wizard.currentId(), ui::ImportWizard::MappingPageId);
    QTest::qWait(300);
    EXPECT_FALSE(wizard.policyPage()->duplicateCount().has_value());

    QSignalSpy counted(wizard.policyPage(), &ui::ImportPolicyPage::duplicatesCounted);
    wizard.next();
    ASSERT_TRUE(counted.wait(60000));
    ASSERT_TRUE(wizard.policyPage()->duplicateCount().has_value());
    const import::DuplicateCount n = *wizard.policyPage()->duplicateCount();
    EXPECT_EQ(n.rows, 60000);
    EXPECT_EQ(n.inDatabase, 2); // anna7@ and the row that repeats it
    EXPECT_EQ(n.inFile, 9999);
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("2 row(s) of the file match")))
        << label->text().toStdString();
    EXPECT_TRUE(label->text().contains(QLocale().toString(9999) + QStringLiteral(" row(s) repeat")))
        << label->text().toStdString();
    EXPECT_EQ(contactCount(), 1); // counting writes nothing
}

// The "done when", as a newcomer does it: five files from five places, none mapped by
// hand, then one again (no duplicates) and an undo.
TEST_F(ImportRunTest, NewcomerImportsFiveFilesWithoutMappingThenAgainThenUndoes)
{
    ASSERT_TRUE(store->setPhoneRegion(QStringLiteral("PL")).ok());
    struct File
    {
        const char* path;
        const char* person; // searched for after the import
        const char* firstName;
        const char* lastName;
        const char* email;
    };
    const File files[] = {
        {"csv/google_contacts.csv", "Wiśniewska", "Małgorzata", "Wiśniewska",
         "m.wisniewska@iskra-hurt.pl"},
        {"csv/excel_pl_cp1250.csv", "Łukasiewicz", "Zofia", "Łukasiewicz", "zofia@lukasiewicz.law"},
        {"csv/excel_ru_cp1251.csv", "Сидорова", "Наталья", "Сидорова", "sidorova@baltika-trade.ru"},
        {"csv/hubspot_contacts.csv", "Lewandowska", "Katarzyna", "Lewandowska",
         "k.lewandowska@softmedia.pl"},
        {"vcard/outlook_android_21.vcf", "Смирнова", "Ольга", "Смирнова",
         "o.smirnova@uralhimmash.ru"}, // vCard 2.1, Windows-1251 and quoted-printable
    };
    QString hubspotBatch;
    for (const File& f : files) {
        SCOPED_TRACE(f.path);
        const qint64 before = contactCount();
        const import::ImportSummary summary = runWizard(dataFile(f.path));
        EXPECT_GT(summary.created, 0);
        EXPECT_EQ(summary.errors, 0);
        EXPECT_EQ(contactCount(), before + summary.created);
        auto found = store->search(QString::fromUtf8(f.person));
        ASSERT_TRUE(found.ok());
        ASSERT_FALSE(found->isEmpty());
        auto contact = store->contact(found->first().id);
        ASSERT_TRUE(contact.ok());
        EXPECT_EQ(contact->firstName, QString::fromUtf8(f.firstName));
        EXPECT_EQ(contact->lastName, QString::fromUtf8(f.lastName));
        ASSERT_FALSE(contact->emails.isEmpty());
        EXPECT_EQ(contact->emails.first().address, QString::fromUtf8(f.email));
        if (QByteArray(f.path).contains("hubspot")) {
            hubspotBatch = summary.batchId;
            EXPECT_EQ(lastRecognised, QStringLiteral("Recognised format: HubSpot export."));
        }
    }
    // Again: the page says they are all known, and nothing new is created.
    const qint64 all = contactCount();
    const import::ImportSummary again = runWizard(dataFile("csv/google_contacts.csv"));
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.duplicates, again.rows - again.errors);
    EXPECT_EQ(lastDuplicates.inDatabase, again.duplicates);
    EXPECT_EQ(contactCount(), all);

    // Undo the HubSpot import: its people go, the others stay.
    ASSERT_FALSE(hubspotBatch.isEmpty());
    auto undone = store->undoImport(hubspotBatch);
    ASSERT_TRUE(undone.ok()) << undone.message().toStdString();
    EXPECT_TRUE(store->search(QStringLiteral("Lewandowska"))->isEmpty());
    EXPECT_FALSE(store->search(QStringLiteral("Wiśniewska"))->isEmpty());
    EXPECT_LT(contactCount(), all);
}

TEST_F(ImportRunTest, CancelDuringRunLeavesNothing)
{
    const QString path = dir.path(QStringLiteral("large.csv"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("First Name,Last Name,Email,Phone,City\n");
        for (int i = 0; i < 300000; ++i)
            file.write(QStringLiteral("Anna%1,Nowak%1,anna%1@example.pl,+48 601 %2,Kraków\n")
                           .arg(i)
                           .arg(100000 + i)
                           .toUtf8());
    }
    ui::ImportWizard wizard(*store);
    wizard.show();
    wizard.filePage()->setPath(path);
    wizard.next();
    wizard.next();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::ImportWizard::RunPageId);
    auto* status = child<QLabel>(&wizard, "importStatus");
    // The UI thread keeps handling events: progress reaches the label while the worker writes.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("done")), 30000);
    ASSERT_TRUE(wizard.runPage()->isRunning());
    // Large counts are written as the locale groups them ("of about 313,542").
    EXPECT_TRUE(status->text().contains(
        QRegularExpression(QStringLiteral("of about \\d{1,3}(%1\\d{3})+")
                               .arg(QRegularExpression::escape(QLocale().groupSeparator())))))
        << status->text().toStdString();
    // The summary follows by itself: the wizard's disabled button does not say "Commit".
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->text().contains(QStringLiteral("Commit")));
    child<QPushButton>(&wizard, "importCancel")->click();
    QString question;
    ASSERT_TRUE(answer(&wizard, "importCancelConfirm", QMessageBox::Yes, &question));
    EXPECT_TRUE(question.contains(QStringLiteral("Nothing"))) << question.toStdString();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::ImportWizard::SummaryPageId), 30000);
    EXPECT_TRUE(wizard.runPage()->outcome().summary.cancelled);
    EXPECT_TRUE(
        child<QLabel>(&wizard, "summaryHeadline")->text().contains(QStringLiteral("cancelled")));
    EXPECT_EQ(contactCount(), 0);
    EXPECT_TRUE(store->imports()->isEmpty());
}

TEST_F(ImportRunTest, UndoFromHistoryRemovesTheImportedContacts)
{
    const import::ImportSummary summary = runWizard(dataFile("csv/excel_pl_cp1250.csv"));
    ASSERT_GT(summary.created, 0);
    ASSERT_EQ(contactCount(), summary.created);

    ui::ImportHistoryDialog dialog(*store);
    dialog.show();
    auto* table = child<QTableView>(&dialog, "importHistoryTable");
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("excel_pl_cp1250.csv"));
    auto* undo = child<QPushButton>(&dialog, "importHistoryUndo");
    ASSERT_TRUE(undo->isEnabled());
    QSignalSpy finished(&dialog, &ui::ImportHistoryDialog::undoFinished);
    undo->click();
    QString question;
    ASSERT_TRUE(answer(&dialog, "importHistoryUndoConfirm", QMessageBox::Yes, &question));
    EXPECT_TRUE(question.contains(QStringLiteral("%1 record").arg(summary.created)))
        << question.toStdString();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(contactCount(), 0);
    const QString status = child<QLabel>(&dialog, "importHistoryStatus")->text();
    EXPECT_TRUE(status.contains(
        QStringLiteral("Undone: %1 record").arg(summary.created + summary.companiesCreated)))
        << status.toStdString();
    EXPECT_TRUE(table->model()
                    ->index(0, table->model()->columnCount() - 1)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Undone")));
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(store->imports()->first().undoneAt.isValid());
}

TEST_F(ImportRunTest, ExportToExcelCsvAndImportBackRoundTrip)
{
    const import::ImportSummary imported = runWizard(dataFile("csv/excel_pl_cp1250.csv"));
    ASSERT_GT(imported.created, 0);

    ui::ExportDialog dialog(*store);
    dialog.show();
    const QString path = dir.path(QStringLiteral("exported.csv"));
    dialog.setFormat(import::ExportFormat::CsvExcel);
    dialog.setPath(path);
    QSignalSpy finished(&dialog, &ui::ExportDialog::exportFinished);
    child<QPushButton>(&dialog, "exportButton")->click();
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(dialog.outcome().error.isEmpty()) << dialog.outcome().error.toStdString();
    EXPECT_EQ(dialog.outcome().count, imported.created);
    EXPECT_TRUE(child<QLabel>(&dialog, "exportResult")
                    ->text()
                    .startsWith(QStringLiteral("Exported %1 contact").arg(imported.created)));

    // A consent purpose nobody granted exports nobody.
    dialog.setPurpose(QStringLiteral("newsletter"));
    dialog.setPath(dir.path(QStringLiteral("mailing.csv")));
    child<QPushButton>(&dialog, "exportButton")->click();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(dialog.outcome().count, 0);

    // Into the same database: every row is a duplicate of what it came from.
    const import::ImportSummary again = runWizard(path);
    EXPECT_EQ(again.rows, imported.created);
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.duplicates, imported.created);

    // Into an empty database: the same people come back, with their emails.
    const std::vector<QString> emails = {QStringLiteral("jan.kowalski@phu-kowalski.pl"),
                                         QStringLiteral("zofia@lukasiewicz.law")};
    auto before = store->search(QStringLiteral("Kowalski"));
    ASSERT_TRUE(before.ok() && !before->isEmpty());
    store.reset();
    database.reset();
    database = test::createDatabase(dir.path(QStringLiteral("second.baza")));
    ASSERT_TRUE(database);
    store = std::make_unique<store::Store>(*database);
    ASSERT_TRUE(store->initialize().ok());
    const import::ImportSummary fresh = runWizard(path);
    EXPECT_EQ(fresh.created, imported.created);
    EXPECT_EQ(fresh.errors, 0);
    EXPECT_EQ(contactCount(), imported.created);
    for (const QString& email : emails) {
        auto hits = store->search(email);
        ASSERT_TRUE(hits.ok());
        EXPECT_EQ(hits->size(), 1) << email.toStdString();
    }
}

} // namespace
