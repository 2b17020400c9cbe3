#include "ui/importer/ExportDialog.h"

#include "core/store/Store.h"
#include "ui/importer/StoreWorker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace baza::ui {

namespace {

bool isVCard(import::ExportFormat f)
{
    return f == import::ExportFormat::VCard3 || f == import::ExportFormat::VCard4;
}

} // namespace

ExportDialog::ExportDialog(store::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export contacts"));
    setAccessibleName(tr("Export contacts"));

    m_what = new QLabel(tr("All contacts are exported."), this);
    m_what->setObjectName(QStringLiteral("exportWhat"));
    m_what->setWordWrap(true);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("File format"));
    m_format->addItem(tr("CSV for Excel (your locale's list separator, UTF-8 with BOM)"),
                      int(import::ExportFormat::CsvExcel));
    m_format->addItem(tr("CSV, RFC 4180 (commas, UTF-8)"), int(import::ExportFormat::CsvRfc4180));
    m_format->addItem(tr("vCard 3.0 (phones, Outlook, Google)"), int(import::ExportFormat::VCard3));
    m_format->addItem(tr("vCard 4.0"), int(import::ExportFormat::VCard4));

    m_mailing = new QCheckBox(tr("For a &mailing: only contacts whose consent allows"), this);
    m_mailing->setObjectName(QStringLiteral("exportForMailing"));
    m_purpose = new QComboBox(this);
    m_purpose->setObjectName(QStringLiteral("exportPurpose"));
    m_purpose->setAccessibleName(tr("Consent purpose"));
    m_purpose->setEditable(true);
    m_purpose->addItems({QStringLiteral("newsletter"), QStringLiteral("marketing")});
    m_purpose->setEnabled(false);
    connect(m_mailing, &QCheckBox::toggled, m_purpose, &QWidget::setEnabled);
    auto* mailingRow = new QHBoxLayout;
    mailingRow->addWidget(m_mailing);
    mailingRow->addWidget(m_purpose, 1);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File to write"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    m_path->setText(QDir(dir).filePath(tr("contacts") + u".csv"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(QString(), mailingRow);
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 0); // busy until the exporter knows how many there are
    m_progress->hide();
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ExportDialog::showProgress);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    m_cancel = buttons->addButton(tr("&Cancel export"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(m_watcher, &QFutureWatcher<ExportOutcome>::finished, this, &ExportDialog::done);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    resize(560, 260);
}

void ExportDialog::exportSelection(const QStringList& ids)
{
    m_ids = ids;
    m_query.reset();
    m_what->setText(tr("The %n selected contact(s) are exported.", nullptr, int(ids.size())));
}

void ExportDialog::exportList(const store::ListQuery& query, const QString& segment, qint64 count)
{
    m_ids.clear();
    m_query = query;
    if (!segment.isEmpty())
        m_what->setText(
            count < 0
                ? tr("The contacts of the segment “%1” are exported.").arg(segment)
                : tr("The %n contact(s) of the segment “%1” are exported.", nullptr, int(count))
                      .arg(segment));
    else
        m_what->setText(count < 0 ? tr("The contacts the list shows (with its filters) are "
                                       "exported.")
                                  : tr("The %n contact(s) the list shows (with its filters) are "
                                       "exported.",
                                       nullptr, int(count)));
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ExportDialog::setFormat(import::ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setPurpose(const QString& purpose)
{
    m_mailing->setChecked(!purpose.isEmpty());
    m_purpose->setCurrentText(purpose);
}

void ExportDialog::formatChanged()
{
    // Keep the file name's extension in step with the format the user picks.
    const auto format = import::ExportFormat(m_format->currentData().toInt());
    const QString path = m_path->text();
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("vcf"))
        m_path->setText(path.left(path.size() - suffix.size()) +
                        (isVCard(format) ? u"vcf" : u"csv"));
}

void ExportDialog::browse()
{
    const auto format = import::ExportFormat(m_format->currentData().toInt());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(),
                                                        isVCard(format) ? tr("vCard files (*.vcf)")
                                                                        : tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateButtons()
{
    m_export->setEnabled(!m_watcher->isRunning() && !m_path->text().trimmed().isEmpty());
}

void ExportDialog::startExport()
{
    if (m_watcher->isRunning())
        return;
    import::ExportOptions options;
    options.path = m_path->text().trimmed();
    options.format = import::ExportFormat(m_format->currentData().toInt());
    if (m_mailing->isChecked())
        options.purpose = m_purpose->currentText().trimmed();
    if (options.path.isEmpty())
        return;
    options.ids = m_ids;
    options.query = m_query;
    auto progress = std::make_shared<Progress>();
    options.progress = [progress](qint64 done, qint64 total) {
        progress->done.store(done);
        progress->total.store(total);
        return !progress->cancel.load();
    };
    m_running = progress;
    m_result->setText(tr("Exporting…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_poll->start();
    m_export->setEnabled(false);
    m_watcher->setFuture(
        runWithStore<ExportOutcome>(m_store.database(), [options](store::Store& store) {
            ExportOutcome out;
            auto written = import::exportContacts(store, options);
            if (written)
                out.count = *written;
            else
                out.error = written.message();
            return out;
        }));
}

void ExportDialog::showProgress()
{
    if (!m_running)
        return;
    const qint64 total = m_running->total.load();
    if (total <= 0)
        return;
    // Per mille: a range of a million contacts would not fit the bar's int either way.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(1000, m_running->done.load() * 1000 / total)));
}

void ExportDialog::cancelExport()
{
    if (!m_running)
        return;
    m_running->cancel.store(true);
    m_cancel->setEnabled(false);
    m_result->setText(tr("Cancelling…"));
}

void ExportDialog::done()
{
    m_outcome = m_watcher->result();
    m_poll->stop();
    m_running.reset();
    m_cancel->hide();
    m_progress->hide();
    m_result->setText(m_outcome.error.isEmpty()
                          ? tr("Exported %n contact(s) to %1.", nullptr, int(m_outcome.count))
                                .arg(QDir::toNativeSeparators(m_path->text().trimmed()))
                          : m_outcome.error);
    updateButtons();
    emit exportFinished();
}

} // namespace baza::ui
