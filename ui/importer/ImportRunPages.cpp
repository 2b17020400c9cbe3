#include "ui/importer/ImportRunPages.h"

#include "ui/importer/ImportWizard.h"
#include "ui/importer/StoreWorker.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <climits>

namespace baza::ui {

namespace {

constexpr int ShownIssues = 200;

QString duration(double seconds)
{
    const int s = int(seconds + 0.5);
    if (s < 1)
        return ImportRunPage::tr("under a second");
    if (s < 60)
        return ImportRunPage::tr("%n second(s)", nullptr, s);
    return ImportRunPage::tr("%n minute(s)", nullptr, (s + 30) / 60);
}

} // namespace

// ---- Step 4 -----------------------------------------------------------------------------

// Shared by the page and the worker that counts, so either can go first.
struct ImportPolicyPage::Counting
{
    std::atomic<qint64> rows{0};
    std::atomic<bool> stop{false};
    std::atomic<bool> done{false};
    Result<import::DuplicateCount> result{Error::make(ErrorCode::Cancelled, QString())};
};

ImportPolicyPage::ImportPolicyPage(db::Database& database, QWidget* parent)
    : QWizardPage(parent)
    , m_database(database)
{
    setTitle(tr("Duplicates"));
    setSubTitle(tr("A row is a duplicate when its email or phone (or, for companies, the name) "
                   "matches a record Baza already has, or an earlier row of the file."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_group = new QButtonGroup(this);
    auto* layout = new QVBoxLayout(this);
    struct Choice
    {
        import::DuplicatePolicy policy;
        const char* name;
        QString title;
        QString sentence;
    };
    const Choice choices[] = {
        {import::DuplicatePolicy::Skip, "policySkip", tr("&Skip"),
         tr("Leave the existing record as it is and count the row as a duplicate.")},
        {import::DuplicatePolicy::Fill, "policyFill", tr("&Fill empty fields"),
         tr("Fill the fields the existing record leaves empty and add new emails and phones; "
            "nothing it already has is changed.")},
        {import::DuplicatePolicy::Overwrite, "policyOverwrite", tr("&Overwrite"),
         tr("Replace the existing values with the row's non-empty values.")},
        {import::DuplicatePolicy::Create, "policyCreate", tr("&Create anyway"),
         tr("Add a new record even though a matching one exists (you can merge them later with "
            "Tools → Find duplicates).")},
    };
    for (const Choice& c : choices) {
        auto* radio = new QRadioButton(c.title, this);
        radio->setObjectName(QLatin1String(c.name));
        radio->setAccessibleDescription(c.sentence);
        auto* sentence = new QLabel(c.sentence, this);
        sentence->setWordWrap(true);
        sentence->setContentsMargins(24, 0, 0, 8);
        m_group->addButton(radio, int(c.policy));
        layout->addWidget(radio);
        layout->addWidget(sentence);
    }
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("importDuplicateCount"));
    m_countLabel->setWordWrap(true);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addSpacing(8);
    layout->addWidget(m_countLabel);
    layout->addStretch(1);
    setPolicy(import::DuplicatePolicy::Skip);
    m_poll = new QTimer(this);
    m_poll->setInterval(200);
    connect(m_poll, &QTimer::timeout, this, &ImportPolicyPage::showCount);
}

ImportPolicyPage::~ImportPolicyPage()
{
    stopCounting();
}

void ImportPolicyPage::initializePage()
{
    auto* importWizard = qobject_cast<ImportWizard*>(wizard());
    if (!importWizard)
        return;
    stopCounting();
    m_count.reset();
    auto counting = std::make_shared<Counting>();
    m_counting = counting;
    const import::ImportOptions options = importWizard->importOptions();
    db::Database& database = m_database;
    // Read-only and without the write lock: the user may go on before it ends (then it stops).
    (void)QtConcurrent::run([counting, options, &database] {
        counting->result = import::countDuplicates(database, options, [counting](qint64 rows) {
            counting->rows.store(rows);
            return !counting->stop.load();
        });
        counting->done.store(true);
    });
    m_countLabel->setText(tr("Looking for rows that match records Baza already has…"));
    m_poll->start();
}

void ImportPolicyPage::cleanupPage()
{
    stopCounting();
    QWizardPage::cleanupPage();
}

bool ImportPolicyPage::validatePage()
{
    stopCounting(); // the import reads the file itself
    return true;
}

void ImportPolicyPage::stopCounting()
{
    if (m_counting)
        m_counting->stop.store(true);
    m_counting.reset();
    if (m_poll)
        m_poll->stop();
}

void ImportPolicyPage::showCount()
{
    if (!m_counting)
        return;
    if (!m_counting->done.load()) {
        const qint64 rows = m_counting->rows.load();
        if (rows > 0)
            m_countLabel->setText(tr("Looking for rows that match records Baza already has… "
                                     "(%Ln row(s) read)",
                                     nullptr, int(std::min<qint64>(rows, INT_MAX))));
        return;
    }
    m_poll->stop();
    const Result<import::DuplicateCount> result = m_counting->result;
    m_counting.reset();
    if (!result) {
        m_countLabel->setText(
            tr("The file could not be checked for duplicates: %1").arg(result.message()));
        emit duplicatesCounted(); // finished all the same; duplicateCount() stays empty
        return;
    }
    m_count = *result;
    if (result->inDatabase == 0 && result->inFile == 0) {
        m_countLabel->setText(tr("No row of the file matches a record Baza already has."));
    } else {
        QString text = tr("%Ln row(s) of the file match records Baza already has.", nullptr,
                          int(result->inDatabase));
        if (result->inFile > 0)
            text += QLatin1Char(' ') + tr("%Ln row(s) repeat an earlier row of the file.", nullptr,
                                          int(result->inFile));
        m_countLabel->setText(text);
    }
    emit duplicatesCounted();
}

import::DuplicatePolicy ImportPolicyPage::policy() const {
    return import::DuplicatePolicy(std::max(0, m_group->checkedId()));
} // namespace baza::ui

void ImportPolicyPage::setPolicy(import::DuplicatePolicy policy)
{
    if (auto* b = m_group->button(int(policy)))
        b->setChecked(true);
}

// ---- Step 5 -----------------------------------------------------------------------------

ImportRunPage::ImportRunPage(db::Database& database, QWidget* parent)
    : QWizardPage(parent)
    , m_database(database)
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The import is written as one step: if it is cancelled or fails, nothing of "
                   "it is kept."));
    setCommitPage(true);
    // The summary follows by itself; the disabled button should not read "Commit".
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    m_file = new QLabel(this);
    m_file->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setAccessibleName(tr("Import progress"));
    m_bar->setRange(0, 1000);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("&Cancel import…"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::requestCancel);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addStretch(1);

    m_watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportRunPage::done);
}

ImportRunPage::~ImportRunPage()
{
    // The worker holds the job and finishes (rolling back) on its own.
    if (m_job && !m_done)
        m_job->cancel();
}

void ImportRunPage::initializePage()
{
    if (!m_started)
        start();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

bool ImportRunPage::isRunning() const
{
    return m_started && !m_done;
}

void ImportRunPage::start()
{
    auto* importWizard = qobject_cast<ImportWizard*>(wizard());
    if (!importWizard)
        return;
    const import::ImportOptions options = importWizard->importOptions();
    m_started = true;
    m_file->setText(tr("Importing %1…").arg(QFileInfo(options.path).fileName()));
    m_status->setText(tr("Starting…"));
    // deleteLater: the last owner may be the worker thread, the job lives on this one.
    m_job = std::shared_ptr<import::ImportJob>(new import::ImportJob(m_database, options),
                                               [](import::ImportJob* job) { job->deleteLater(); });
    connect(m_job.get(), &import::ImportJob::progress, this, &ImportRunPage::showProgress,
            Qt::QueuedConnection);
    std::shared_ptr<import::ImportJob> job = m_job;
    m_watcher->setFuture(QtConcurrent::run([job]() -> ImportOutcome {
        ImportOutcome out;
        auto result = job->run();
        if (result)
            out.summary = *result;
        else
            out.error = result.message();
        return out;
    }));
}

void ImportRunPage::showProgress(const import::ImportProgress& p)
{
    if (m_done)
        return;
    if (p.totalBytes > 0)
        m_bar->setValue(int(std::min<qint64>(1000, p.bytesRead * 1000 / p.totalBytes)));
    QStringList parts;
    if (p.bytesRead > 0 && p.totalBytes > 0 && p.bytesRead < p.totalBytes) {
        const qint64 estimate = p.rowsDone * p.totalBytes / p.bytesRead;
        parts << tr("%Ln row(s) done", nullptr, int(p.rowsDone)) + u' ' +
                     tr("of about %Ln", nullptr, int(estimate));
    } else {
        parts << tr("%Ln row(s) done", nullptr, int(p.rowsDone));
    }
    if (p.rowsPerSecond > 0)
        parts << tr("%Ln row(s) per second", nullptr, int(p.rowsPerSecond));
    if (p.etaSeconds >= 0)
        parts << tr("about %1 left").arg(duration(p.etaSeconds));
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void ImportRunPage::requestCancel()
{
    if (!isRunning() || m_job->isCancelled())
        return;
    // Window-modal and asynchronous: progress keeps updating while the question is open.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Cancel import"),
                                tr("Stop the import? Nothing of it will be kept: the rows "
                                   "imported so far are rolled back."),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("importCancelConfirm"));
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("Stop and discard"));
    box->button(QMessageBox::No)->setText(tr("Continue importing"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            cancel();
    });
    connect(this, &ImportRunPage::finished, box, &QMessageBox::close);
    box->open();
}

void ImportRunPage::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: rolling back…"));
}

void ImportRunPage::done()
{
    m_outcome = m_watcher->result();
    m_done = true;
    m_cancel->setEnabled(false);
    m_bar->setValue(m_bar->maximum());
    emit completeChanged();
    emit finished();
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

// ---- Step 6 -----------------------------------------------------------------------------

QString describeUndo(const store::UndoImportResult& r)
{
    QString text = ImportSummaryPage::tr("Undone: %n record(s) removed", nullptr, int(r.removed)) +
                   u", " +
                   ImportSummaryPage::tr("%n record(s) set back", nullptr, int(r.restored)) + u'.';
    if (!r.kept.isEmpty())
        text += u' ' + ImportSummaryPage::tr("%n record(s) kept because they were changed by "
                                             "hand after the import or are in use:",
                                             nullptr, int(r.kept.size()));
    return text;
}

ImportSummaryPage::ImportSummaryPage(db::Database& database, ImportRunPage* runPage,
                                     QWidget* parent)
    : QWizardPage(parent)
    , m_database(database)
    , m_runPage(runPage)
{
    setTitle(tr("Summary"));
    setFinalPage(true);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_issuesTitle = new QLabel(this);
    m_issuesTitle->setWordWrap(true);
    m_issues = new QStandardItemModel(0, 4, this);
    m_issues->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Reason")});
    m_issuesTable = new QTableView(this);
    m_issuesTable->setObjectName(QStringLiteral("summaryIssues"));
    m_issuesTable->setAccessibleName(tr("Problems found in the file"));
    m_issuesTable->setModel(m_issues);
    m_issuesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issuesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issuesTable->setWordWrap(false);
    m_issuesTable->verticalHeader()->hide();
    m_issuesTable->horizontalHeader()->setStretchLastSection(true);
    m_issuesTable->verticalHeader()->setDefaultSectionSize(m_issuesTable->fontMetrics().height() +
                                                           8);

    m_report = new QPushButton(tr("Save error &report…"), this);
    m_report->setObjectName(QStringLiteral("summarySaveReport"));
    connect(m_report, &QPushButton::clicked, this, &ImportSummaryPage::saveReportClicked);
    m_undo = new QPushButton(tr("&Undo this import"), this);
    m_undo->setObjectName(QStringLiteral("summaryUndo"));
    connect(m_undo, &QPushButton::clicked, this, &ImportSummaryPage::undoClicked);
    m_undoResult = new QLabel(this);
    m_undoResult->setObjectName(QStringLiteral("summaryUndoResult"));
    m_undoResult->setWordWrap(true);
    m_undoResult->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_report);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_issuesTitle);
    layout->addWidget(m_issuesTable, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_undoResult);

    m_undoWatcher = new QFutureWatcher<UndoOutcome>(this);
    connect(m_undoWatcher, &QFutureWatcher<UndoOutcome>::finished, this,
            [this] { showUndo(m_undoWatcher->result()); });
}

void ImportSummaryPage::initializePage()
{
    const ImportOutcome& out = m_runPage->outcome();
    const import::ImportSummary& s = out.summary;
    const QString file = QFileInfo(s.fileName).fileName();
    if (!out.error.isEmpty())
        m_headline->setText(tr("The import failed; nothing was imported.") + u'\n' + out.error);
    else if (s.cancelled)
        m_headline->setText(tr("The import was cancelled; nothing was imported."));
    else
        m_headline->setText(tr("Imported %1 in %2.").arg(file, duration(s.seconds)));

    const bool ran = out.error.isEmpty() && !s.cancelled;
    QStringList lines;
    if (ran) {
        lines << tr("%Ln row(s) read", nullptr, int(s.rows))
              << tr("%Ln record(s) created", nullptr, int(s.created))
              << tr("%Ln existing record(s) updated", nullptr, int(s.updated))
              << tr("%Ln duplicate(s) of existing records or earlier rows", nullptr,
                    int(s.duplicates))
              << tr("%Ln row(s) skipped", nullptr, int(s.skipped))
              << tr("%Ln row(s) with errors, not imported", nullptr, int(s.errors));
        if (s.warnings > 0)
            lines << tr("%Ln value(s) left out (kept in the custom field import_rejected)", nullptr,
                        int(s.warnings));
        if (s.companiesCreated > 0)
            lines << tr("%Ln company(ies) created for the contacts", nullptr,
                        int(s.companiesCreated));
    }
    m_counts->setText(lines.join(u'\n'));
    m_counts->setVisible(ran);

    m_issues->removeRows(0, m_issues->rowCount());
    const int shown = int(std::min<qsizetype>(s.issues.size(), ShownIssues));
    for (int i = 0; i < shown; ++i) {
        const import::RowIssue& issue = s.issues.at(i);
        auto* row = new QStandardItem;
        row->setData(issue.row, Qt::DisplayRole);
        m_issues->appendRow({row, new QStandardItem(issue.column), new QStandardItem(issue.value),
                             new QStandardItem(issue.reason)});
    }
    m_issuesTable->resizeColumnsToContents();
    for (int c = 0; c < 3; ++c)
        m_issuesTable->setColumnWidth(c, std::min(m_issuesTable->columnWidth(c), 220));
    if (s.issues.isEmpty())
        m_issuesTitle->setText(ran ? tr("No problems found.") : QString());
    else if (s.issues.size() > shown)
        m_issuesTitle->setText(
            tr("The first %n problem(s); the error report lists all.", nullptr, shown));
    else
        m_issuesTitle->setText(tr("%n problem(s):", nullptr, shown));
    m_issuesTable->setVisible(!s.issues.isEmpty());
    m_report->setEnabled(!s.issues.isEmpty());
    m_undo->setEnabled(ran && !s.batchId.isEmpty());
    m_undoResult->hide();
}

Status ImportSummaryPage::saveReport(const QString& path) const
{
    return import::writeReport(m_runPage->outcome().summary, path);
}

void ImportSummaryPage::saveReportClicked()
{
    const QString base = QFileInfo(m_runPage->outcome().summary.fileName).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save error report"), base + tr("-errors") + u".csv", tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = saveReport(path);
    m_undoResult->setText(s ? tr("Error report saved to %1.").arg(QFileInfo(path).fileName())
                            : s.message());
    m_undoResult->show();
}

void ImportSummaryPage::undoClicked()
{
    const import::ImportSummary& s = m_runPage->outcome().summary;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Undo import"),
        tr("Undo this import?") + u' ' +
            tr("%n record(s) it created will be removed", nullptr, int(s.created)) + u", " +
            tr("%n record(s) it updated will be set back.", nullptr, int(s.updated)) + u' ' +
            tr("Records changed by hand since are kept."),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("summaryUndoConfirm"));
    box->button(QMessageBox::Yes)->setText(tr("Undo import"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            undoImport();
    });
    box->open();
}

void ImportSummaryPage::undoImport()
{
    const QString batch = m_runPage->outcome().summary.batchId;
    if (batch.isEmpty() || m_undoWatcher->isRunning())
        return;
    m_undo->setEnabled(false);
    m_undoResult->setText(tr("Undoing…"));
    m_undoResult->show();
    m_undoWatcher->setFuture(runWithStore<UndoOutcome>(m_database, [batch](store::Store& store) {
        UndoOutcome out;
        auto r = store.undoImport(batch);
        if (r)
            out.result = *r;
        else
            out.error = r.message();
        return out;
    }));
}

void ImportSummaryPage::showUndo(const UndoOutcome& outcome)
{
    if (!outcome.error.isEmpty()) {
        m_undoResult->setText(outcome.error);
        m_undo->setEnabled(true);
    } else {
        QString text = describeUndo(outcome.result);
        for (const auto& kept : outcome.result.kept)
            text += u'\n' + tr("• %1 — %2").arg(kept.name, kept.reason);
        m_undoResult->setText(text);
    }
    emit undoFinished();
}

} // namespace baza::ui
