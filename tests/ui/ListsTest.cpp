// The Contacts and Companies list pages, driven like a user would, over a real encrypted store:
// search, filters, sort, segments in the navigation, bulk actions, delete and undo.
#include "QtTestEnvironment.h"
#include "TestSupport.h"

#include "core/store/ListQuery.h"
#include "core/store/Store.h"
#include "ui/importer/ExportDialog.h"
#include "ui/lists/ListWorker.h"
#include "ui/lists/RecordListModel.h"
#include "ui/lists/RecordListPage.h"
#include "ui/lists/SegmentNavigator.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace baza;

namespace {

const auto* const qtEnvironment = ::testing::AddGlobalTestEnvironment(new test::QtTestEnvironment);

constexpr int WaitMs = 10000;

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

// A dialog the page opened with open(): it is a child of some widget of the window.
template <typename T> T* waitForDialog(QWidget* window, const char* name)
{
    T* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&]() {
            dialog = child<T>(window, name);
            return dialog && dialog->isVisible();
        },
        WaitMs);
    return shown ? dialog : nullptr;
}

class ListsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        database = test::createDatabase(dir.path(QStringLiteral("lists.baza")));
        ASSERT_TRUE(database);
        store = std::make_unique<store::Store>(*database);
        ASSERT_TRUE(store->initialize().ok());
    }

    // `n` people; every third one tagged "VIP", the even ones in Kraków; names sort by number.
    void addPeople(int n)
    {
        QList<domain::Contact> people;
        for (int i = 0; i < n; ++i) {
            domain::Contact c;
            c.firstName = i % 10 == 0 ? QStringLiteral("Kowal") : QStringLiteral("Jan");
            c.lastName = QStringLiteral("Osoba %1").arg(i, 4, 10, QLatin1Char('0'));
            c.address.city = i % 2 == 0 ? QStringLiteral("Kraków") : QStringLiteral("Łódź");
            if (i % 3 == 0)
                c.tags = {QStringLiteral("VIP")};
            people << c;
        }
        auto ids = store->createContacts(people);
        ASSERT_TRUE(ids.ok()) << ids.message().toStdString();
    }

    test::TempDir dir;
    std::unique_ptr<db::Database> database;
    std::unique_ptr<store::Store> store;
};

// The texts as the page shows them, plural forms included (English ones come from the catalogue
// once the translation pass has added these strings).
QString pageText(const char* context, const char* text, int n)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

bool waitComplete(ui::RecordListModel* model)
{
    return QTest::qWaitFor([&]() { return model->isComplete(); }, WaitMs);
}

} // namespace

TEST_F(ListsTest, ModelPassesTheTesterThroughLoadsSortsAndChanges)
{
    addPeople(450); // more than two blocks
    {
        ui::ListWorker worker(*database);
        ui::ContactListModel model(*store, worker);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        store::ListQuery q;
        model.setQuery(q);
        ASSERT_TRUE(waitComplete(&model));
        EXPECT_EQ(model.rowCount(), 450);
        EXPECT_EQ(model.index(449, ui::ContactListModel::Name).data().toString(),
                  QStringLiteral("Jan Osoba 0449"));
        EXPECT_EQ(model.index(0, ui::ContactListModel::City).data().toString(),
                  QStringLiteral("Kraków"));

        model.sort(ui::ContactListModel::Name, Qt::DescendingOrder);
        ASSERT_TRUE(waitComplete(&model));
        EXPECT_EQ(model.index(0, ui::ContactListModel::Name).data().toString(),
                  QStringLiteral("Jan Osoba 0449"));

        store::ListFilter vip;
        vip.tags = {QStringLiteral("vip")};
        model.setFilter(vip);
        ASSERT_TRUE(waitComplete(&model));
        EXPECT_EQ(model.rowCount(), 150);

        // A change in the store: rows leave the filtered list in place, without a reset.
        int resets = 0;
        QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&]() { ++resets; });
        const QPersistentModelIndex last = model.index(149, 0);
        const QString lastId = last.data(ui::RecordListModel::IdRole).toString();
        QStringList firstTwo{model.index(0, 0).data(ui::RecordListModel::IdRole).toString(),
                             model.index(1, 0).data(ui::RecordListModel::IdRole).toString()};
        ASSERT_TRUE(store->untagContacts(firstTwo, QStringLiteral("VIP")).ok());
        EXPECT_TRUE(QTest::qWaitFor([&]() { return model.rowCount() == 148; }, WaitMs));
        EXPECT_EQ(resets, 0);
        ASSERT_TRUE(last.isValid());
        EXPECT_EQ(last.row(), 147) << "the persistent index followed its record";
        EXPECT_EQ(last.data(ui::RecordListModel::IdRole).toString(), lastId);
    }
}

TEST_F(ListsTest, ContactsPageSearchesFiltersSortsAndSavesSegments)
{
    addPeople(60);
    ui::MainWindow main(*store, dir.path(QStringLiteral("lists.baza")));
    main.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&main));
    auto* page = child<ui::RecordListPage>(&main, "contactsPage");
    ASSERT_TRUE(page);
    auto* list = child<QTableView>(page, "contactList");
    auto* count = child<QLabel>(page, "contactCount");
    ASSERT_TRUE(list && count);
    ASSERT_TRUE(waitComplete(page->model()));
    EXPECT_EQ(count->text(), pageText("baza::ui::RecordListPage", "%Ln contact(s)", 60));

    // Search as you type, through the full-text index.
    auto* search = child<QLineEdit>(page, "contactSearch");
    ASSERT_TRUE(search);
    QTest::keyClicks(search, QStringLiteral("kowal"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() { return page->model()->isComplete() && list->model()->rowCount() == 6; }, WaitMs));
    EXPECT_EQ(count->text(), pageText("baza::ui::RecordListPage", "%Ln matching contact(s)", 6));

    // A tag filter on top of the search.
    auto* tag = child<QComboBox>(page, "tagFilter");
    ASSERT_TRUE(tag);
    tag->setCurrentIndex(tag->findData(QStringLiteral("VIP")));
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() { return page->model()->isComplete() && list->model()->rowCount() == 2; }, WaitMs));

    // Sort by clicking the Name header: descending on the second click.
    QHeaderView* header = list->horizontalHeader();
    const int nameX = header->sectionViewportPosition(ui::ContactListModel::Name) + 10;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(nameX, 5));
    ASSERT_TRUE(waitComplete(page->model()));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(nameX, 5));
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            return page->model()->isComplete() && header->sortIndicatorOrder() != first &&
                   list->model()->rowCount() == 2;
        },
        WaitMs));
    const bool descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    EXPECT_EQ(list->model()->index(0, 0).data().toString(),
              descending ? QStringLiteral("Kowal Osoba 0030") : QStringLiteral("Kowal Osoba 0000"));

    // Save as a segment: it appears in the navigation, under Contacts, with its count.
    QTest::mouseClick(child<QPushButton>(page, "saveSegmentButton"), Qt::LeftButton);
    auto* name = waitForDialog<QInputDialog>(&main, "segmentNameDialog");
    ASSERT_TRUE(name);
    name->setTextValue(QStringLiteral("Kowale VIP"));
    name->accept();
    auto* navigation = child<QListWidget>(&main, "navigation");
    QListWidgetItem* entry = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            const auto found =
                navigation->findItems(QStringLiteral("Kowale VIP"), Qt::MatchExactly);
            entry = found.isEmpty() ? nullptr : found.first();
            return entry && entry->data(ui::SegmentNavigator::CountRole).isValid();
        },
        WaitMs));
    EXPECT_EQ(navigation->row(entry), 1) << "right below Contacts";
    EXPECT_EQ(entry->data(ui::SegmentNavigator::CountRole).toLongLong(), 2);
    EXPECT_EQ(entry->toolTip(), pageText("baza::ui::SegmentNavigator", "%Ln contact(s)", 2));
    EXPECT_EQ(child<QLabel>(page, "listHeading")->text(), QStringLiteral("Kowale VIP"));

    // Back to the whole list, then into the segment again from the navigation.
    navigation->setCurrentRow(0);
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() { return page->model()->isComplete() && list->model()->rowCount() == 60; }, WaitMs));
    EXPECT_TRUE(search->text().isEmpty());
    navigation->setCurrentItem(entry);
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() { return page->model()->isComplete() && list->model()->rowCount() == 2; }, WaitMs));
    EXPECT_EQ(search->text(), QStringLiteral("kowal"));

    // The count follows the data: tag one more Kowal.
    auto kowal40 = store->search(QStringLiteral("kowal osoba 0040"), 1);
    ASSERT_TRUE(kowal40.ok() && kowal40->size() == 1);
    ASSERT_TRUE(store->tagContacts({kowal40->first().id}, QStringLiteral("VIP")).ok());
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() { return entry->data(ui::SegmentNavigator::CountRole).toLongLong() == 3; }, WaitMs));
    EXPECT_TRUE(QTest::qWaitFor([&]() { return list->model()->rowCount() == 3; }, WaitMs));
}

TEST_F(ListsTest, BulkTagThenDeleteAndUndo)
{
    addPeople(40);
    ui::MainWindow main(*store, dir.path(QStringLiteral("lists.baza")));
    main.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&main));
    auto* page = child<ui::RecordListPage>(&main, "contactsPage");
    auto* list = child<QTableView>(page, "contactList");
    ASSERT_TRUE(page && list && waitComplete(page->model()));

    // Select the first 25 rows with the keyboard.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < 24; ++i)
        QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    auto* selected = child<QLabel>(page, "selectionCount");
    ASSERT_TRUE(selected);
    EXPECT_EQ(selected->text(), pageText("baza::ui::BulkActions", "%Ln selected", 25));
    EXPECT_TRUE(child<QWidget>(page, "bulkActions")->isVisible());

    QTest::mouseClick(child<QPushButton>(page, "addTagButton"), Qt::LeftButton);
    auto* tagDialog = waitForDialog<QInputDialog>(&main, "tagDialog");
    ASSERT_TRUE(tagDialog);
    tagDialog->setTextValue(QStringLiteral("Targi 2025"));
    tagDialog->accept();
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() {
            return main.statusBar()->currentMessage() ==
                   pageText("baza::ui::BulkActions", "Added tag “%1” to %Ln contact(s).", 25)
                       .arg(QStringLiteral("Targi 2025"));
        },
        WaitMs))
        << main.statusBar()->currentMessage().toStdString();
    const QString firstId = list->model()->index(0, 0).data(ui::RecordListModel::IdRole).toString();
    EXPECT_TRUE(store->contact(firstId)->tags.contains(QStringLiteral("Targi 2025")));
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() {
            return list->model()
                ->index(0, ui::ContactListModel::Tags)
                .data()
                .toString()
                .contains(QStringLiteral("Targi 2025"));
        },
        WaitMs));

    // Delete asks first, naming the count; Ctrl+Z brings everyone back.
    ASSERT_TRUE(QTest::qWaitForWindowActive(&main));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    auto* confirm = waitForDialog<QMessageBox>(&main, "confirmDelete");
    ASSERT_TRUE(confirm);
    EXPECT_TRUE(confirm->text().contains(QStringLiteral("25"))) << confirm->text().toStdString();
    QTest::mouseClick(child<QPushButton>(confirm, "confirmDeleteButton"), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() { return page->model()->isComplete() && list->model()->rowCount() == 15; }, WaitMs));
    EXPECT_EQ(selected->text(), pageText("baza::ui::BulkActions", "%Ln selected", 0));
    EXPECT_EQ(store->counts()->contacts, 15);

    main.activateWindow(); // the confirmation was the active window
    ASSERT_TRUE(QTest::qWaitForWindowActive(&main));
    QTest::keyClick(&main, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() { return page->model()->isComplete() && list->model()->rowCount() == 40; }, WaitMs));
    EXPECT_EQ(store->counts()->contacts, 40);
    EXPECT_TRUE(main.statusBar()->currentMessage().startsWith(QStringLiteral("Undone: Delete 25")))
        << main.statusBar()->currentMessage().toStdString();
}

TEST_F(ListsTest, ExportsTheListAndTheSelection)
{
    addPeople(40);
    ui::MainWindow main(*store, dir.path(QStringLiteral("lists.baza")));
    main.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&main));
    auto* page = child<ui::RecordListPage>(&main, "contactsPage");
    auto* list = child<QTableView>(page, "contactList");
    ASSERT_TRUE(page && list && waitComplete(page->model()));
    auto readFile = [](const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    auto runExport = [&](const QString& path) {
        auto* dialog = waitForDialog<ui::ExportDialog>(&main, "exportDialog");
        EXPECT_TRUE(dialog);
        if (!dialog)
            return QString();
        const QString what = child<QLabel>(dialog, "exportWhat")->text();
        dialog->setFormat(import::ExportFormat::CsvRfc4180);
        dialog->setPath(path);
        QSignalSpy finished(dialog, &ui::ExportDialog::exportFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        EXPECT_TRUE(finished.wait(WaitMs));
        EXPECT_TRUE(dialog->outcome().error.isEmpty()) << dialog->outcome().error.toStdString();
        dialog->close();
        return what;
    };

    // What the list shows: the search typed (Kowal: every tenth person), in its order.
    page->setQuery(QStringLiteral("Kowal"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return page->model()->isComplete() && list->model()->rowCount() == 4; }, WaitMs));
    QTest::mouseClick(child<QPushButton>(page, "exportListButton"), Qt::LeftButton);
    const QString listFile = dir.path(QStringLiteral("lista.csv"));
    const QString what = runExport(listFile);
    EXPECT_EQ(what,
              pageText("baza::ui::ExportDialog",
                       "The %n contact(s) the list shows (with its filters) are exported.", 4));
    QString text = readFile(listFile);
    EXPECT_EQ(text.count(QStringLiteral("Kowal,")), 4) << text.toStdString();
    EXPECT_EQ(text.indexOf(QStringLiteral("Osoba 0001")), -1);
    EXPECT_LT(text.indexOf(QStringLiteral("Osoba 0000")),
              text.indexOf(QStringLiteral("Osoba 0030")));

    // The selection: three rows of the whole list.
    page->setQuery(QString());
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return page->model()->isComplete() && list->model()->rowCount() == 40; }, WaitMs));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(list, Qt::Key_Down, Qt::ShiftModifier);
    auto* exportSelected = child<QPushButton>(page, "exportSelectedButton");
    ASSERT_TRUE(exportSelected && exportSelected->isVisible());
    QTest::mouseClick(exportSelected, Qt::LeftButton);
    const QString selectionFile = dir.path(QStringLiteral("zaznaczone.csv"));
    EXPECT_EQ(runExport(selectionFile),
              pageText("baza::ui::ExportDialog", "The %n selected contact(s) are exported.", 3));
    text = readFile(selectionFile);
    for (const char* name : {"Osoba 0000", "Osoba 0001", "Osoba 0002"})
        EXPECT_NE(text.indexOf(QLatin1String(name)), -1) << name;
    EXPECT_EQ(text.indexOf(QStringLiteral("Osoba 0003")), -1);
}

TEST_F(ListsTest, CompaniesPageListsCompaniesWithTheirContactCounts)
{
    domain::Company acme;
    acme.name = QStringLiteral("Acme");
    acme.address.city = QStringLiteral("Gdańsk");
    auto created = store->createCompany(acme);
    ASSERT_TRUE(created.ok());
    domain::Contact worker;
    worker.firstName = QStringLiteral("Ewa");
    worker.companyId = created->id;
    ASSERT_TRUE(store->createContact(worker).ok());

    ui::MainWindow main(*store, dir.path(QStringLiteral("lists.baza")));
    main.showSection(ui::MainWindow::Companies);
    auto* page = child<ui::RecordListPage>(&main, "companiesPage");
    ASSERT_TRUE(page && waitComplete(page->model()));
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* list = child<QTableView>(page, "companyList");
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_EQ(list->model()->index(0, ui::CompanyListModel::Contacts).data().toString(),
              QStringLiteral("1"));
    QString opened;
    QObject::connect(page, &ui::RecordListPage::recordRequested, page,
                     [&](const QString& entity, const QString& id) { opened = entity + id; });
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(opened, QStringLiteral("company") + created->id);
}
