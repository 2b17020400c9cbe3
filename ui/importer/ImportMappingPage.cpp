#include "ui/importer/ImportMappingPage.h"

#include "ui/importer/ImportPages.h"

#include "core/import/Normalize.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace baza::ui {

namespace {

enum MappingColumn { FileColumn, SampleColumn, FieldColumn };
constexpr int FieldRole = Qt::UserRole + 1;
constexpr int PreviewRows = 10;

QString fieldText(const QString& field)
{
    return field.isEmpty() ? ImportMappingPage::tr("(ignore)")
                           : import::ImportMapping::fieldTitle(field);
}

// The Baza field of one file column, chosen from a combo box. One editor at a time, painted
// text otherwise (no widget per row).
class FieldDelegate final : public QStyledItemDelegate
{
public:
    FieldDelegate(const import::ImportMapping* mapping, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_mapping(mapping)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("importFieldEditor"));
        combo->setAccessibleName(ImportMappingPage::tr("Baza field for %1")
                                     .arg(index.siblingAtColumn(FileColumn).data().toString()));
        combo->addItem(fieldText({}), QString());
        const QString current = index.data(FieldRole).toString();
        if (current.startsWith(QLatin1String("custom:")))
            combo->addItem(fieldText(current), current);
        for (const QString& field : import::ImportMapping::fields(m_mapping->entity))
            combo->addItem(fieldText(field), field);
        return combo;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(FieldRole).toString())));
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        const QString field = combo->currentData().toString();
        model->setData(index, fieldText(field), Qt::DisplayRole);
        model->setData(index, field, FieldRole);
    }

private:
    const import::ImportMapping* m_mapping;
};

// "Polska (PL)": the country as its own language names it, which a Polish or Russian user reads
// as easily as an English one, and the code the mapping file uses.
QString regionText(const QString& code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    QString name = QLocale(QLocale::AnyLanguage, territory).nativeTerritoryName();
    if (name.isEmpty())
        name = QLocale::territoryToString(territory);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

// The product as its maker writes it ("HubSpot", not "Hubspot").
QString presetName(const QString& preset)
{
    if (preset == QLatin1String("hubspot"))
        return QStringLiteral("HubSpot");
    return preset.isEmpty() ? preset : preset.at(0).toUpper() + preset.mid(1);
}

} // namespace

ImportMappingPage::ImportMappingPage(db::Database& database, ImportFilePage* filePage,
                                     ImportPreviewPage* previewPage, QWidget* parent)
    : QWizardPage(parent)
    , m_database(database)
    , m_filePage(filePage)
    , m_previewPage(previewPage)
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Where each column of the file goes in Baza. Change a field with a "
                   "double-click or F2; columns set to “(ignore)” are not imported."));

    m_recognised = new QLabel(this);
    m_recognised->setObjectName(QStringLiteral("importRecognised"));
    m_recognised->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("importMappingNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("importMappingError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_errorLabel->font();
    bold.setBold(true);
    m_errorLabel->setFont(bold);
    m_errorLabel->hide();

    m_model = new QStandardItemModel(0, 3, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Sample values"), tr("Baza field")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importMappingTable"));
    m_table->setAccessibleName(tr("Column mapping"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(FieldColumn, new FieldDelegate(&m_mapping, m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(SampleColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(FileColumn, 180);
    m_table->setColumnWidth(FieldColumn, 180);

    auto* save = new QPushButton(tr("&Save mapping…"), this);
    save->setObjectName(QStringLiteral("importSaveMapping"));
    auto* load = new QPushButton(tr("&Load mapping…"), this);
    load->setObjectName(QStringLiteral("importLoadMapping"));
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveClicked);
    connect(load, &QPushButton::clicked, this, &ImportMappingPage::loadClicked);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recognised, 1);
    buttons->addWidget(load);
    buttons->addWidget(save);

    m_phoneRegion = new QComboBox(this);
    m_phoneRegion->setObjectName(QStringLiteral("importPhoneRegion"));
    m_phoneRegion->setAccessibleName(tr("Country of phone numbers without a country code"));
    // The countries Baza's users write to most; another one is added when a mapping or the
    // database names it.
    QList<QPair<QString, QString>> regions;
    for (const char* code :
         {"PL", "RU", "UA", "BY", "KZ", "LT", "LV", "EE", "CZ", "SK", "DE", "AT", "CH", "GB", "IE",
          "US", "CA", "FR", "IT", "ES", "NL", "BE", "SE", "NO", "DK", "FI", "HU", "RO", "BG"}) {
        const QString c = QLatin1String(code);
        regions.append({regionText(c), c});
    }
    std::sort(regions.begin(), regions.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto& [text, code] : std::as_const(regions))
        m_phoneRegion->addItem(text, code);
    auto* regionLabel =
        new QLabel(tr("&Phone numbers written without a country code are from:"), this);
    regionLabel->setBuddy(m_phoneRegion);
    auto* regionRow = new QHBoxLayout;
    regionRow->addWidget(regionLabel);
    regionRow->addWidget(m_phoneRegion);
    regionRow->addStretch(1);
    // Most numbers of the file fail as numbers of the chosen country but read as another's (a
    // Russian sheet in a Polish database): say so, and let one click switch.
    m_regionHint = new QLabel(this);
    m_regionHint->setObjectName(QStringLiteral("importPhoneRegionHint"));
    m_regionHint->setWordWrap(true);
    m_regionUse = new QPushButton(this);
    m_regionUse->setObjectName(QStringLiteral("importPhoneRegionUse"));
    auto* hintRow = new QHBoxLayout;
    hintRow->addWidget(m_regionHint, 1);
    hintRow->addWidget(m_regionUse);
    m_regionHint->hide();
    m_regionUse->hide();
    connect(m_regionUse, &QPushButton::clicked, this, [this] {
        const int index = m_phoneRegion->findData(m_suggestedRegion);
        m_phoneRegion->setFocus(); // the button hides itself; the keyboard stays at the choice
        if (index >= 0)
            m_phoneRegion->setCurrentIndex(index); // refreshes the preview
    });
    connect(m_phoneRegion, &QComboBox::currentIndexChanged, this, [this] {
        m_mapping.phoneRegion = m_phoneRegion->currentData().toString();
        refreshPreview();
    });

    m_previewSummary = new QLabel(this);
    m_previewSummary->setObjectName(QStringLiteral("importMappedSummary"));
    m_previewSummary->setWordWrap(true);
    m_previewModel = new QStandardItemModel(this);
    m_previewTable = new QTableView(this);
    m_previewTable->setObjectName(QStringLiteral("importMappedPreview"));
    m_previewTable->setAccessibleName(tr("First rows after mapping"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_previewSummary);
    lowerLayout->addWidget(m_previewTable, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(regionRow);
    layout->addLayout(hintRow);
    layout->addWidget(m_note);
    layout->addWidget(m_errorLabel);
    layout->addWidget(splitter, 1);

    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
        if (m_filling || item->column() != FieldColumn)
            return;
        setField(item->row(), item->data(FieldRole).toString());
    });
}

import::ImportOptions ImportMappingPage::options() const {import::ImportOptions o;
o.path = m_filePage->path();
import::entityFromKey(m_filePage->entity(), &o.entity);
o.encoding = m_previewPage->chosenEncoding();
o.delimiter = m_previewPage->chosenDelimiter();
if (!m_mapping.columns.isEmpty())
    o.mapping = m_mapping;
return o;
} // namespace baza::ui

void ImportMappingPage::showPhoneRegion(const QString& region)
{
    const QString code = region.toUpper();
    int index = m_phoneRegion->findData(code);
    if (index < 0 && code.size() == 2) {
        m_phoneRegion->addItem(regionText(code), code);
        index = m_phoneRegion->count() - 1;
    }
    const QSignalBlocker quiet(m_phoneRegion);
    m_phoneRegion->setCurrentIndex(std::max(0, index));
}

void ImportMappingPage::initializePage()
{
    // The automatic mapping for this file (the import core's, exactly as a run without a
    // mapping would use), then one row per file column.
    import::ImportOptions o = options();
    o.mapping.reset();
    auto preview = import::previewImport(m_database, o, PreviewRows);
    m_header.clear();
    m_samples.clear();
    m_mapping = import::ImportMapping();
    import::entityFromKey(m_filePage->entity(), &m_mapping.entity);
    m_note->hide();
    if (preview) {
        m_header = preview->header;
        m_samples = preview->rawRows;
        m_mapping = preview->mapping;
        // The region the preview used becomes the mapping's, so the run reads numbers as shown.
        m_mapping.phoneRegion = preview->phoneRegion;
        showPhoneRegion(preview->phoneRegion);
    } else {
        // Nothing recognised: every column starts ignored and the user maps them by hand.
        m_header = m_previewPage->preview().header;
        m_samples = m_previewPage->preview().rows;
    }
    const QString preset = import::ImportMapping::recognisedPreset(m_header);
    m_recognised->setText(
        preset.isEmpty() ? tr("No export format recognised: columns were matched by their names.")
                         : tr("Recognised format: %1 export.").arg(presetName(preset)));
    fillMappingTable();
    refreshPreview();
}

bool ImportMappingPage::isComplete() const
{
    return m_error.isEmpty() && !m_header.isEmpty();
}

QString ImportMappingPage::columnField(int column) const
{
    return column < m_mapping.columns.size() ? m_mapping.columns.at(column).field : QString();
}

void ImportMappingPage::fillMappingTable()
{
    // Normalise to exactly one target per file column, in file order: a loaded mapping may name
    // columns this file lacks, and the file may have columns it does not mention.
    QList<import::ColumnTarget> columns;
    for (int i = 0; i < m_header.size(); ++i) {
        import::ColumnTarget t{m_header.at(i), i, {}, {}, 0};
        for (const auto& c : std::as_const(m_mapping.columns))
            if (c.index == i) {
                t = c;
                break;
            }
        columns.append(t);
    }
    m_mapping.columns = columns;

    m_filling = true;
    m_model->removeRows(0, m_model->rowCount());
    for (int i = 0; i < m_header.size(); ++i) {
        QStringList samples;
        for (const QStringList& row : std::as_const(m_samples)) {
            const QString v = row.value(i).simplified();
            if (!v.isEmpty() && !samples.contains(v))
                samples << v;
            if (samples.size() == 3)
                break;
        }
        auto* name = new QStandardItem(m_header.at(i));
        name->setEditable(false);
        auto* sample = new QStandardItem(samples.join(QStringLiteral(" · ")));
        sample->setEditable(false);
        sample->setToolTip(samples.join(QLatin1Char('\n')));
        auto* field = new QStandardItem(fieldText(columnField(i)));
        field->setData(columnField(i), FieldRole);
        field->setToolTip(tr("Double-click or press F2 to choose another field"));
        m_model->appendRow({name, sample, field});
    }
    m_filling = false;
}

void ImportMappingPage::setField(int column, const QString& field)
{
    if (column < 0 || column >= m_mapping.columns.size())
        return;
    auto& target = m_mapping.columns[column];
    if (target.field != field) {
        target.field = field;
        target.label.clear(); // a label guessed for the old field means nothing for the new one
    }
    m_filling = true;
    QStandardItem* item = m_model->item(column, FieldColumn);
    item->setData(fieldText(field), Qt::DisplayRole);
    item->setData(field, FieldRole);
    m_filling = false;
    refreshPreview();
}

void ImportMappingPage::refreshPreview()
{
    auto preview = import::previewImport(m_database, options(), PreviewRows);
    m_previewModel->clear();
    m_error = preview ? QString() : preview.message();
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    emit completeChanged();
    if (!preview) {
        m_previewSummary->clear();
        return;
    }
    // One preview column per mapped file column, then what becomes of the row.
    QList<int> shown;
    QStringList headers;
    for (const auto& c : std::as_const(m_mapping.columns))
        if (!c.field.isEmpty() && c.index >= 0) {
            shown << c.index;
            headers << import::ImportMapping::fieldTitle(c.field);
        }
    headers << tr("Result");
    m_previewModel->setHorizontalHeaderLabels(headers);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // A tint over the base colour that reads on light and dark palettes; the icon and tooltip
    // carry the meaning for those who do not see the colour.
    const QColor tint(220, 40, 40, 70);
    int flagged = 0;
    int rejected = 0;
    for (int r = 0; r < preview->rows.size(); ++r) {
        const import::BuiltRow& row = preview->rows.at(r);
        const QStringList& raw = preview->rawRows.at(r);
        QList<QStandardItem*> items;
        for (int index : std::as_const(shown)) {
            auto* cell = new QStandardItem(raw.value(index));
            QStringList reasons;
            for (const auto& issue : row.issues)
                if (issue.column == m_header.value(index))
                    reasons << issue.reason;
            if (!reasons.isEmpty()) {
                cell->setBackground(tint);
                cell->setIcon(warning);
                cell->setToolTip(reasons.join(QLatin1Char('\n')));
                cell->setData(reasons.join(QLatin1Char('\n')), Qt::AccessibleDescriptionRole);
            }
            items << cell;
        }
        QString result;
        if (row.rejected) {
            ++rejected;
            QStringList reasons;
            for (const auto& issue : row.issues)
                if (issue.rejected)
                    reasons << issue.reason;
            result = tr("Not imported: %1").arg(reasons.join(QStringLiteral("; ")));
        } else if (!row.issues.isEmpty()) {
            ++flagged;
            result = tr("Imported without %n value(s)", nullptr, int(row.issues.size()));
        } else {
            result = tr("OK");
        }
        auto* status = new QStandardItem(result);
        status->setToolTip(result);
        if (row.rejected || !row.issues.isEmpty()) {
            status->setBackground(tint);
            status->setIcon(warning);
        }
        items << status;
        m_previewModel->appendRow(items);
    }
    m_previewTable->resizeColumnsToContents();
    for (int c = 0; c < m_previewModel->columnCount(); ++c)
        m_previewTable->setColumnWidth(c, std::min(m_previewTable->columnWidth(c), 240));
    QString summary =
        tr("The first %n row(s) as they will be imported.", nullptr, int(preview->rows.size()));
    if (flagged > 0)
        summary += QLatin1Char(' ') + tr("%n row(s) have values that will be left out (marked; "
                                         "the reason is in the tooltip).",
                                         nullptr, flagged);
    if (rejected > 0)
        summary += QLatin1Char(' ') + tr("%n row(s) will not be imported.", nullptr, rejected);
    m_previewSummary->setText(summary);

    QStringList numbers;
    for (const auto& c : std::as_const(m_mapping.columns))
        if (c.field == QLatin1String("phone") && c.index >= 0)
            for (const QStringList& raw : std::as_const(preview->rawRows))
                numbers << raw.value(c.index);
    m_suggestedRegion =
        import::betterPhoneRegion(numbers, m_mapping.phoneRegion, preview->encoding);
    if (m_phoneRegion->findData(m_suggestedRegion) < 0)
        m_suggestedRegion.clear();
    if (!m_suggestedRegion.isEmpty()) {
        const QString country = regionText(m_suggestedRegion);
        m_regionHint->setText(tr("Most phone numbers of the file are not valid numbers of the "
                                 "chosen country, but they are valid in %1.")
                                  .arg(country));
        m_regionUse->setText(tr("Read them as numbers from %1").arg(country));
        m_regionUse->setAccessibleName(m_regionUse->text());
    }
    m_regionHint->setVisible(!m_suggestedRegion.isEmpty());
    m_regionUse->setVisible(!m_suggestedRegion.isEmpty());
}

Status ImportMappingPage::saveMapping(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(m_mapping.toJson());
    if (!file.commit())
        return Error::make(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status ImportMappingPage::loadMapping(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    auto loaded = import::ImportMapping::fromJson(file.readAll(), QFileInfo(path).fileName());
    if (!loaded)
        return loaded.error();
    import::ImportMapping m = *loaded;
    import::entityFromKey(m_filePage->entity(), &m.entity);
    m.bindTo(m_header);
    const auto missing = std::count_if(m.columns.cbegin(), m.columns.cend(), [](const auto& c) {
        return c.index < 0 && !c.field.isEmpty();
    });
    // A mapping that names no phone region keeps the one chosen here.
    const QString region = m.phoneRegion.isEmpty() ? m_mapping.phoneRegion : m.phoneRegion;
    m_mapping = m;
    m_mapping.phoneRegion = region;
    showPhoneRegion(region);
    fillMappingTable();
    m_note->setText(tr("Loaded %1.").arg(QFileInfo(path).fileName()) +
                    (missing > 0
                         ? QLatin1Char(' ') + tr("%n mapped column(s) of it are not in this file.",
                                                 nullptr, int(missing))
                         : QString()));
    m_note->show();
    refreshPreview();
    return {};
}

void ImportMappingPage::saveClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save mapping"), QFileInfo(m_filePage->path()).completeBaseName() + u".json",
        tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    const Status s = saveMapping(path);
    m_note->setText(s ? tr("Mapping saved to %1.").arg(QFileInfo(path).fileName()) : s.message());
    m_note->show();
}

void ImportMappingPage::loadClicked()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load mapping"), {}, tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (const Status s = loadMapping(path); !s) {
        m_note->setText(s.message());
        m_note->show();
    }
}

} // namespace baza::ui
