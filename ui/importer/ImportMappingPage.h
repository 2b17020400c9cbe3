#pragma once

#include "core/import/ImportJob.h"
#include "core/import/ImportMapping.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace baza::db {
class Database;
}

namespace baza::ui {

class ImportFilePage;
class ImportPreviewPage;

// Step 3: where each column of the file goes, filled in by the import core's auto-mapping and
// editable (double-click, F2 or typing on the Baza field); a mapping can be saved and loaded as
// JSON. The region of phone numbers written without a country code starts as the database's
// setting and can be changed for this import. Below it, the first rows as they will be imported,
// with each invalid value marked and its reason as the tooltip.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    ImportMappingPage(db::Database& database, ImportFilePage* filePage,
                      ImportPreviewPage* previewPage, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    // The file, its decoding and the mapping as the user left them (no duplicate policy yet).
    import::ImportOptions options() const;
    const import::ImportMapping& mapping() const { return m_mapping; }
    // Maps the file column `column` to `field` ("" = ignore), as the editor would.
    void setField(int column, const QString& field);
    Status saveMapping(const QString& path) const;
    Status loadMapping(const QString& path);

private:
    void fillMappingTable();
    void refreshPreview();
    void saveClicked();
    void loadClicked();
    QString columnField(int column) const;
    // Shows `region` in the phone region choice (added to it when not among the usual ones).
    void showPhoneRegion(const QString& region);

    db::Database& m_database;
    ImportFilePage* m_filePage;
    ImportPreviewPage* m_previewPage;
    import::ImportMapping m_mapping; // one column per file column, in file order
    QStringList m_header;
    QList<QStringList> m_samples;
    QString m_error;
    bool m_filling = false;
    QLabel* m_recognised = nullptr;
    QComboBox* m_phoneRegion = nullptr;
    QLabel* m_regionHint = nullptr;     // "these numbers read as Russian ones"
    QPushButton* m_regionUse = nullptr; // switches to that country
    QString m_suggestedRegion;
    QLabel* m_note = nullptr;
    QLabel* m_errorLabel = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_previewSummary = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QTableView* m_previewTable = nullptr;
};

} // namespace baza::ui
