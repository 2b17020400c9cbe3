#include "ui/importer/ImportHistoryDialog.h"

#include "core/store/BulkWriter.h"
#include "core/store/Store.h"
#include "ui/importer/StoreWorker.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace baza::ui {

namespace {

enum Column {
    FileCol,
    DateCol,
    EntityCol,
    RowsCol,
    CreatedCol,
    UpdatedCol,
    SkippedCol,
    ErrorsCol,
    StateCol,
    ColumnCount
};

QString entityName(const QString& key)
{
    if (key == QLatin1String("company"))
        return ImportHistoryDialog::tr("Companies");
    if (key == QLatin1String("deal"))
        return ImportHistoryDialog::tr("Deals");
    return ImportHistoryDialog::tr("Contacts");
}

QStandardItem* number(qint64 n)
{
    auto* item = new QStandardItem;
    item->setData(n, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(store::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    setAccessibleName(tr("Import history"));

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("File"), tr("Date"), tr("Records"), tr("Rows"),
                                        tr("Created"), tr("Updated"), tr("Skipped"), tr("Errors"),
                                        tr("State")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setAccessibleName(tr("Past imports"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importHistoryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kept = new QListWidget(this);
    m_kept->setObjectName(QStringLiteral("importHistoryKept"));
    m_kept->setAccessibleName(tr("Records kept by the undo"));
    m_kept->setMaximumHeight(110);
    m_kept->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("importHistoryUndo"));
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoClicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_kept);
    layout->addWidget(buttons);

    m_watcher = new QFutureWatcher<UndoOutcome>(this);
    connect(m_watcher, &QFutureWatcher<UndoOutcome>::finished, this,
            [this] { showUndo(m_watcher->result()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    resize(860, 420);
    reload();
}

void ImportHistoryDialog::reload()
{
    // A small table (one row per import), read on this thread like any list of the UI.
    auto records = m_store.imports();
    m_model->removeRows(0, m_model->rowCount());
    m_records.clear();
    if (!records) {
        m_status->setText(records.message());
        updateButtons();
        return;
    }
    m_records = *records;
    const QLocale locale;
    for (const store::ImportRecord& r : std::as_const(m_records)) {
        auto* file = new QStandardItem(QFileInfo(r.fileName).fileName());
        file->setToolTip(r.fileName);
        const QString state =
            r.undoneAt.isValid()
                ? tr("Undone %1")
                      .arg(locale.toString(r.undoneAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Imported");
        m_model->appendRow(
            {file,
             new QStandardItem(locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)),
             new QStandardItem(entityName(r.entity)), number(r.rows), number(r.created),
             number(r.updated), number(r.skipped), number(r.errors), new QStandardItem(state)});
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(FileCol, std::min(m_table->columnWidth(FileCol), 240));
    if (m_records.isEmpty())
        m_status->setText(tr("No imports yet."));
    else if (m_table->selectionModel()->selectedRows().isEmpty())
        selectImport(0);
    updateButtons();
}

void ImportHistoryDialog::selectImport(int row)
{
    m_table->selectRow(row);
}

int ImportHistoryDialog::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ImportHistoryDialog::updateButtons()
{
    const int row = selectedRow();
    m_undo->setEnabled(row >= 0 && row < m_records.size() &&
                       !m_records.at(row).undoneAt.isValid() && !m_watcher->isRunning());
}

void ImportHistoryDialog::undoClicked()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_records.size())
        return;
    const store::ImportRecord& r = m_records.at(row);
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Undo import"),
        tr("Undo the import of %1 from %2?")
                .arg(QFileInfo(r.fileName).fileName(),
                     QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)) +
            u'\n' + tr("%n record(s) it created will be removed", nullptr, int(r.created)) + u", " +
            tr("%n record(s) it updated will be set back.", nullptr, int(r.updated)) + u'\n' +
            tr("Records changed by hand since the import are kept as they are."),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("importHistoryUndoConfirm"));
    box->button(QMessageBox::Yes)->setText(tr("Undo import"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            undoSelected();
    });
    box->open();
}

void ImportHistoryDialog::undoSelected()
{
    const int row = selectedRow();
    if (row < 0 || row >= m_records.size() || m_watcher->isRunning())
        return;
    const QString batch = m_records.at(row).batchId;
    m_status->setText(tr("Undoing…"));
    m_kept->hide();
    m_watcher->setFuture(runWithStore<UndoOutcome>(m_store.database(), [batch](store::Store& s) {
        UndoOutcome out;
        auto r = s.undoImport(batch);
        if (r)
            out.result = *r;
        else
            out.error = r.message();
        return out;
    }));
    updateButtons();
}

void ImportHistoryDialog::showUndo(const UndoOutcome& outcome)
{
    const int row = selectedRow();
    reload();
    selectImport(row);
    if (!outcome.error.isEmpty()) {
        m_status->setText(outcome.error);
    } else {
        m_status->setText(describeUndo(outcome.result));
        m_kept->clear();
        for (const auto& kept : outcome.result.kept)
            m_kept->addItem(tr("%1 — %2").arg(kept.name, kept.reason));
        m_kept->setVisible(!outcome.result.kept.isEmpty());
    }
    updateButtons();
    emit undoFinished();
}

} // namespace baza::ui
