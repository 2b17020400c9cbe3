#include "ui/importer/ImportPages.h"

#include "core/io/TextDecoding.h"
#include "ui/importer/PreviewModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace baza::ui {

namespace {

QString delimiterName(QChar c)
{
    switch (c.unicode()) {
    case u',':
        return ImportPreviewPage::tr("comma");
    case u';':
        return ImportPreviewPage::tr("semicolon");
    case u'\t':
        return ImportPreviewPage::tr("tab");
    case u'|':
        return ImportPreviewPage::tr("vertical bar");
    default:
        return QString(c);
    }
}

} // namespace

ImportFilePage::ImportFilePage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV file from Excel, Google, Outlook or another CRM, or vCards (.vcf)."));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Path to a .csv, .txt or .vcf file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("importEntity"));
    m_entity->setAccessibleName(tr("What the file holds"));
    m_entity->addItem(tr("Contacts"), QStringLiteral("contact"));
    m_entity->addItem(tr("Companies"), QStringLiteral("company"));
    m_entity->addItem(tr("Deals"), QStringLiteral("deal"));

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("importFileHint"));
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto* entityLabel = new QLabel(tr("&Import as:"), this);
    entityLabel->setBuddy(m_entity);
    form->addRow(entityLabel, m_entity);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        const QFileInfo info(path());
        if (path().isEmpty())
            m_hint->clear();
        else if (!info.isFile())
            m_hint->setText(tr("There is no file at this path."));
        else if (!info.isReadable())
            m_hint->setText(tr("This file cannot be read (permissions)."));
        else if (formatOf(path()) == FilePreview::Format::VCard) {
            m_hint->setText(tr("vCards become contacts."));
            m_entity->setCurrentIndex(0);
        } else
            m_hint->clear();
        m_entity->setEnabled(formatOf(path()) == FilePreview::Format::Csv);
        emit completeChanged();
    });
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(path());
    return info.isFile() && info.isReadable();
}

QString ImportFilePage::path() const
{
    return m_path->text().trimmed();
}

QString ImportFilePage::entity() const
{
    return m_entity->currentData().toString();
}

void ImportFilePage::setPath(const QString& path)
{
    m_path->setText(path);
}

void ImportFilePage::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Import from"), path(),
        tr("Contacts files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

ImportPreviewPage::ImportPreviewPage(ImportFilePage* filePage, QWidget* parent)
    : QWizardPage(parent)
    , m_filePage(filePage)
{
    setTitle(tr("Check the text"));
    setSubTitle(tr("The first rows as Baza reads them. If letters look wrong or everything is in "
                   "one column, choose another encoding or delimiter."));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->addItem(tr("As detected"), QByteArray());
    for (const QString& name : io::supportedEncodings())
        m_encoding->addItem(name, name.toLatin1());

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("As detected"), QString());
    for (const QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(delimiterName(c), QString(c));

    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("importDetected"));
    m_detected->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importPreviewError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);

    m_model = new PreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto* options = new QHBoxLayout;
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    options->addWidget(encodingLabel);
    options->addWidget(m_encoding);
    options->addSpacing(16);
    options->addWidget(delimiterLabel);
    options->addWidget(m_delimiter);
    options->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_detected);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
}

void ImportPreviewPage::initializePage()
{
    const bool csv = formatOf(m_filePage->path()) == FilePreview::Format::Csv;
    m_delimiter->setEnabled(csv);
    reload();
}

bool ImportPreviewPage::isComplete() const
{
    return m_preview.error.isEmpty() && !m_preview.rows.isEmpty();
}

QByteArray ImportPreviewPage::chosenEncoding() const
{
    return m_encoding->currentData().toByteArray();
}

QChar ImportPreviewPage::chosenDelimiter() const
{
    const QString d = m_delimiter->currentData().toString();
    return d.isEmpty() ? QChar() : d.at(0);
}

void ImportPreviewPage::reload()
{
    // A preview reads at most 50 records of the first 64 KiB block or so: quick enough here.
    m_preview = loadPreview(m_filePage->path(), chosenEncoding(), chosenDelimiter());
    m_model->setContents(m_preview.header, m_preview.rows);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    if (!m_preview.error.isEmpty())
        m_error->setText(m_preview.error);
    else if (m_preview.rows.isEmpty())
        m_error->setText(tr("The file has no rows to import."));
    else
        m_error->clear();
    m_error->setVisible(!m_error->text().isEmpty());
    showDetected();
    emit completeChanged();
}

void ImportPreviewPage::showDetected()
{
    QStringList parts;
    if (!m_preview.encoding.isEmpty()) {
        parts << (chosenEncoding().isEmpty()
                      ? tr("Encoding %1 (detected).").arg(QString::fromLatin1(m_preview.encoding))
                      : tr("Encoding %1 (chosen).").arg(QString::fromLatin1(m_preview.encoding)));
    }
    if (m_preview.format == FilePreview::Format::Csv && !m_preview.delimiter.isNull()) {
        parts << (chosenDelimiter().isNull()
                      ? tr("Delimiter: %1 (detected).").arg(delimiterName(m_preview.delimiter))
                      : tr("Delimiter: %1 (chosen).").arg(delimiterName(m_preview.delimiter)));
    }
    if (!m_preview.rows.isEmpty()) {
        parts << (m_preview.truncated
                      ? tr("Showing the first %n row(s).", nullptr, int(m_preview.rows.size()))
                      : tr("%n row(s) in the file.", nullptr, int(m_preview.rows.size())));
    }
    if (m_preview.raggedRows > 0)
        parts << tr("%n row(s) have a different number of columns than the header.", nullptr,
                    int(m_preview.raggedRows));
    m_detected->setText(parts.join(QLatin1Char(' ')));
}

} // namespace baza::ui
