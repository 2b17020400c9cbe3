// Drives the import wizard, on real files from tests/data and a real encrypted database.

#include "QtTestEnvironment.h"
#include "TestPaths.h"
#include "TestSupport.h"

#include "core/store/Store.h"
#include "ui/importer/DuplicatesDialog.h"
#include "ui/importer/ImportPages.h"
#include "ui/importer/ImportWizard.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace baza;

namespace {

const auto* const qtEnvironment = ::testing::AddGlobalTestEnvironment(new test::QtTestEnvironment);

QString dataFile(const char* relative)
{
    return QStringLiteral(BAZA_TEST_DATA_DIR "/") + QString::fromUtf8(relative);
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
}

// Every cell of the preview table, joined, to look for decoded text.
QString tableText(QTableView* table)
{
    QString out;
    const QAbstractItemModel* model = table->model();
    for (int c = 0; c < model->columnCount(); ++c)
        out += model->headerData(c, Qt::Horizontal).toString() + QLatin1Char('|');
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            out += model->index(r, c).data().toString() + QLatin1Char('|');
    return out;
}

class ImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        database = test::createDatabase(dir.path(QStringLiteral("importer.baza")));
        ASSERT_TRUE(database);
        store = std::make_unique<store::Store>(*database);
        ASSERT_TRUE(store->initialize().ok());
    }

    test::TempDir dir;
    std::unique_ptr<db::Database> database;
    std::unique_ptr<store::Store> store;
};

TEST_F(ImporterTest, PreviewDecodesPolishWindows1250SemicolonCsv)
{
    ui::ImportWizard wizard(*store);
    wizard.show();
    auto* filePage = wizard.filePage();
    EXPECT_FALSE(filePage->isComplete());
    filePage->setPath(dataFile("csv/excel_pl_cp1250.csv"));
    ASSERT_TRUE(filePage->isComplete());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::ImportWizard::PreviewPageId);

    auto* table = child<QTableView>(&wizard, "importPreviewTable");
    ASSERT_TRUE(table);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const QString text = tableText(table);
    EXPECT_TRUE(text.contains(QStringLiteral("Imię i nazwisko"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Zofia Łukasiewicz"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Józef Żółkiewski"))) << text.toStdString();
    EXPECT_EQ(table->model()->columnCount(), 8);

    auto* detected = child<QLabel>(&wizard, "importDetected");
    ASSERT_TRUE(detected);
    EXPECT_TRUE(detected->text().contains(QStringLiteral("windows-1250")))
        << detected->text().toStdString();
    EXPECT_TRUE(detected->text().contains(QStringLiteral("semicolon")))
        << detected->text().toStdString();
    EXPECT_TRUE(wizard.previewPage()->isComplete());

    // Overriding the delimiter with a comma puts each row in fewer columns: the user sees it.
    auto* delimiter = child<QComboBox>(&wizard, "importDelimiter");
    ASSERT_TRUE(delimiter);
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    EXPECT_LT(table->model()->columnCount(), 8);
    EXPECT_TRUE(detected->text().contains(QStringLiteral("comma (chosen)")))
        << detected->text().toStdString();

    // Forcing UTF-8 on windows-1250 bytes is refused with a message naming the file, and the
    // wizard does not go on.
    delimiter->setCurrentIndex(0);
    auto* encoding = child<QComboBox>(&wizard, "importEncoding");
    ASSERT_TRUE(encoding);
    encoding->setCurrentIndex(encoding->findData(QByteArray("UTF-8")));
    auto* error = child<QLabel>(&wizard, "importPreviewError");
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->text().contains(QStringLiteral("excel_pl_cp1250.csv")))
        << error->text().toStdString();
    EXPECT_FALSE(wizard.previewPage()->isComplete());

    encoding->setCurrentIndex(0);
    EXPECT_TRUE(error->text().isEmpty());
    EXPECT_TRUE(wizard.previewPage()->isComplete());
}

TEST_F(ImporterTest, PreviewFlattensVCards)
{
    ui::ImportWizard wizard(*store);
    wizard.show();
    wizard.filePage()->setPath(dataFile("vcard/google_30.vcf"));
    wizard.next();
    auto* table = child<QTableView>(&wizard, "importPreviewTable");
    ASSERT_TRUE(table);
    EXPECT_GT(table->model()->rowCount(), 0);
    EXPECT_EQ(table->model()->headerData(0, Qt::Horizontal).toString(),
              QStringLiteral("Full name"));
    EXPECT_FALSE(child<QComboBox>(&wizard, "importDelimiter")->isEnabled());
    EXPECT_TRUE(tableText(table).contains(QLatin1Char('@')));
}

TEST_F(ImporterTest, MissingFileCannotGoOn)
{
    ui::ImportWizard wizard(*store);
    wizard.show();
    wizard.filePage()->setPath(dir.path(QStringLiteral("nothing-here.csv")));
    EXPECT_FALSE(wizard.filePage()->isComplete());
    EXPECT_TRUE(
        child<QLabel>(&wizard, "importFileHint")->text().contains(QStringLiteral("no file")));
}

TEST_F(ImporterTest, MergeTwoContactsFromTheMergeScreenAndUndo)
{
    domain::Contact a;
    a.firstName = QStringLiteral("Zofia");
    a.lastName = QStringLiteral("Nowak");
    a.address.city = QStringLiteral("Poznań");
    a.emails = {{QStringLiteral("work"), QStringLiteral("zofia@nowak.pl")}};
    auto first = store->createContact(a);
    ASSERT_TRUE(first.ok()) << first.message().toStdString();
    domain::Contact b;
    b.firstName = QStringLiteral("Zofia");
    b.lastName = QStringLiteral("Nowak-Kowalska");
    b.address.city = QStringLiteral("Gniezno");
    b.emails = {{QStringLiteral("home"), QStringLiteral("ZOFIA@nowak.pl")}};
    b.phones = {{QStringLiteral("mobile"), QStringLiteral("+48 601 234 567")}};
    auto second = store->createContact(b);
    ASSERT_TRUE(second.ok()) << second.message().toStdString();

    ui::DuplicatesDialog dialog(*store);
    dialog.show();
    QSignalSpy loaded(&dialog, &ui::DuplicatesDialog::groupsLoaded);
    ASSERT_TRUE(loaded.wait(10000));
    ASSERT_EQ(dialog.groupCount(), 1);
    auto* groups = child<QListWidget>(&dialog, "duplicateGroups");
    ASSERT_TRUE(groups);
    EXPECT_TRUE(groups->item(0)->text().contains(QStringLiteral("zofia@nowak.pl")))
        << groups->item(0)->text().toStdString();

    // Both last names and cities are offered; first names agree, so there is nothing to choose.
    EXPECT_TRUE(child<QRadioButton>(&dialog, "last_name_other"));
    EXPECT_TRUE(child<QRadioButton>(&dialog, "city_other"));
    EXPECT_FALSE(child<QRadioButton>(&dialog, "first_name_other"));
    child<QRadioButton>(&dialog, "city_other")->click();
    EXPECT_EQ(dialog.fieldsFromOther(), QStringList{QStringLiteral("city")});

    auto* merge = child<QPushButton>(&dialog, "mergeButton");
    ASSERT_TRUE(merge && merge->isEnabled());
    merge->click();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(dialog.groupCount(), 0);
    auto merged = store->contact(first->id);
    ASSERT_TRUE(merged.ok()) << merged.message().toStdString();
    EXPECT_EQ(merged->lastName, QStringLiteral("Nowak"));
    EXPECT_EQ(merged->address.city, QStringLiteral("Gniezno"));
    EXPECT_EQ(merged->phones.size(), 1);
    EXPECT_FALSE(store->contact(second->id).ok());

    // Ctrl+Z in the dialog undoes the merge: both contacts are back as they were.
    auto* undo = child<QPushButton>(&dialog, "undoMergeButton");
    ASSERT_TRUE(undo && undo->isEnabled());
    QTest::keySequence(&dialog, QKeySequence::Undo);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(dialog.groupCount(), 1);
    auto restored = store->contact(second->id);
    ASSERT_TRUE(restored.ok()) << restored.message().toStdString();
    EXPECT_EQ(restored->lastName, QStringLiteral("Nowak-Kowalska"));
    EXPECT_EQ(store->contact(first->id)->address.city, QStringLiteral("Poznań"));
}

} // namespace
