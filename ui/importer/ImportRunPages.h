#pragma once

#include "core/import/ImportJob.h"
#include "core/store/Store.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace baza::db {
class Database;
}

namespace baza::ui {

// Step 4: what happens to a row that matches a record Baza already has, and how many rows do
// (counted on a worker while the user reads; see import::countDuplicates). Its Next button
// starts the import (a commit page: no going back once it runs).
class ImportPolicyPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPolicyPage(db::Database& database, QWidget* parent = nullptr);
    ~ImportPolicyPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    import::DuplicatePolicy policy() const;
    void setPolicy(import::DuplicatePolicy policy);
    // The count shown, once it is there.
    const std::optional<import::DuplicateCount>& duplicateCount() const { return m_count; }

signals:
    // The count ended (duplicateCount() is empty when the file could not be read).
    void duplicatesCounted();

private:
    struct Counting;
    void stopCounting();
    void showCount();

    db::Database& m_database;
    QButtonGroup* m_group = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer* m_poll = nullptr;
    std::shared_ptr<Counting> m_counting;
    std::optional<import::DuplicateCount> m_count;
};

struct ImportOutcome
{
    import::ImportSummary summary;
    QString error;
};

// Step 5: the import runs on a worker (its own Store and connection) with progress, speed,
// time left and Cancel; the wizard moves on to the summary when it ends.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(db::Database& database, QWidget* parent = nullptr);
    ~ImportRunPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    // Asks whether to stop (nothing will be kept), then cancels.
    void requestCancel();
    // Cancels without asking.
    void cancel();
    const ImportOutcome& outcome() const { return m_outcome; }

signals:
    void finished();

private:
    void start();
    void showProgress(const import::ImportProgress& progress);
    void done();

    db::Database& m_database;
    // Shared with the worker, so a wizard closed mid-run cannot pull the job from under it.
    std::shared_ptr<import::ImportJob> m_job;
    QFutureWatcher<ImportOutcome>* m_watcher = nullptr;
    ImportOutcome m_outcome;
    bool m_started = false;
    bool m_done = false;
    QLabel* m_file = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
};

struct UndoOutcome
{
    store::UndoImportResult result;
    QString error;
};

// Step 6: what the import did, the first problems, the error report and Undo.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT
public:
    ImportSummaryPage(db::Database& database, ImportRunPage* runPage, QWidget* parent = nullptr);
    void initializePage() override;
    Status saveReport(const QString& path) const;
    // Undoes the import on a worker without asking (the button asks first); undoFinished()
    // tells when it is done.
    void undoImport();

signals:
    void undoFinished();

private:
    void saveReportClicked();
    void undoClicked();
    void showUndo(const UndoOutcome& outcome);

    db::Database& m_database;
    ImportRunPage* m_runPage;
    QLabel* m_headline = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_issuesTitle = nullptr;
    QStandardItemModel* m_issues = nullptr;
    QTableView* m_issuesTable = nullptr;
    QPushButton* m_report = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_undoResult = nullptr;
    QFutureWatcher<UndoOutcome>* m_undoWatcher = nullptr;
};

// Text for what undoing an import did, shared by the summary and the history.
QString describeUndo(const store::UndoImportResult& result);

} // namespace baza::ui
