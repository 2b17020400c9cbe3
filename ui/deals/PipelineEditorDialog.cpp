#include "ui/deals/PipelineEditorDialog.h"

#include "core/store/Store.h"
#include "ui/cards/InlineEdit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baza::ui {

namespace {

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

enum StageColumn { NameColumn, ProbabilityColumn, RottingColumn };

} // namespace

PipelineEditorDialog::PipelineEditorDialog(store::Store& store, const QString& pipelineId,
                                           QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_pipelines(new QListWidget(this))
    , m_stages(new QTableWidget(this))
    , m_reasons(new QListWidget(this))
    , m_error(makeErrorLabel(QStringLiteral("editorError"), this))
{
    setObjectName(QStringLiteral("pipelineEditor"));
    setWindowTitle(tr("Pipelines and stages"));
    m_pipelines->setObjectName(QStringLiteral("pipelineList"));
    m_pipelines->setAccessibleName(tr("Pipelines"));
    m_stages->setObjectName(QStringLiteral("stageTable"));
    m_stages->setAccessibleName(tr("Stages"));
    m_stages->setColumnCount(3);
    m_stages->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Win probability (%)"), tr("Rotting after (days)")});
    m_stages->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // The number columns are as wide as their headings, whatever the language.
    m_stages->horizontalHeader()->setSectionResizeMode(ProbabilityColumn,
                                                       QHeaderView::ResizeToContents);
    m_stages->horizontalHeader()->setSectionResizeMode(RottingColumn,
                                                       QHeaderView::ResizeToContents);
    m_stages->verticalHeader()->hide();
    m_stages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reasons->setObjectName(QStringLiteral("lostReasonList"));
    m_reasons->setAccessibleName(tr("Lost reasons"));

    auto* pipelineButtons = new QHBoxLayout;
    auto* addPipeline = button(tr("Add…"), QStringLiteral("addPipeline"), this);
    auto* renamePipeline = button(tr("Rename…"), QStringLiteral("renamePipeline"), this);
    auto* removePipeline = button(tr("Remove"), QStringLiteral("removePipeline"), this);
    pipelineButtons->addWidget(addPipeline);
    pipelineButtons->addWidget(renamePipeline);
    pipelineButtons->addWidget(removePipeline);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Pipelines"), this));
    left->addWidget(m_pipelines, 1);
    left->addLayout(pipelineButtons);

    auto* stageButtons = new QHBoxLayout;
    auto* addStage = button(tr("Add stage"), QStringLiteral("addStage"), this);
    auto* up = button(tr("Move up"), QStringLiteral("stageUp"), this);
    auto* down = button(tr("Move down"), QStringLiteral("stageDown"), this);
    auto* removeStage = button(tr("Remove stage…"), QStringLiteral("removeStage"), this);
    for (QPushButton* b : {addStage, up, down, removeStage})
        stageButtons->addWidget(b);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Stages, in board order (double-click to edit)"), this));
    right->addWidget(m_stages, 1);
    right->addLayout(stageButtons);

    auto* pipelinesTab = new QWidget(this);
    auto* pipelinesLayout = new QHBoxLayout(pipelinesTab);
    pipelinesLayout->addLayout(left, 1);
    pipelinesLayout->addLayout(right, 2);

    auto* reasonsTab = new QWidget(this);
    auto* reasonButtons = new QHBoxLayout;
    auto* addReason = button(tr("Add…"), QStringLiteral("addLostReason"), reasonsTab);
    auto* removeReason = button(tr("Remove"), QStringLiteral("removeLostReason"), reasonsTab);
    reasonButtons->addWidget(addReason);
    reasonButtons->addWidget(removeReason);
    reasonButtons->addStretch(1);
    auto* reasonsLayout = new QVBoxLayout(reasonsTab);
    reasonsLayout->addWidget(
        new QLabel(tr("The reasons offered when a deal is marked as lost (double-click to edit)."),
                   reasonsTab));
    reasonsLayout->addWidget(m_reasons, 1);
    reasonsLayout->addLayout(reasonButtons);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(pipelinesTab, tr("Pipelines and stages"));
    tabs->addTab(reasonsTab, tr("Lost reasons"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(close);
    // Wide enough for the stage names beside the two number columns in longer languages.
    resize(900, 440);

    connect(m_pipelines, &QListWidget::currentRowChanged, this, &PipelineEditorDialog::loadStages);
    connect(addPipeline, &QPushButton::clicked, this, &PipelineEditorDialog::addPipeline);
    connect(renamePipeline, &QPushButton::clicked, this, &PipelineEditorDialog::renamePipeline);
    connect(removePipeline, &QPushButton::clicked, this, &PipelineEditorDialog::removePipeline);
    connect(addStage, &QPushButton::clicked, this, &PipelineEditorDialog::addStage);
    connect(up, &QPushButton::clicked, this, [this]() { moveStage(-1); });
    connect(down, &QPushButton::clicked, this, [this]() { moveStage(1); });
    connect(removeStage, &QPushButton::clicked, this, &PipelineEditorDialog::askRemoveStage);
    connect(m_stages, &QTableWidget::cellChanged, this, &PipelineEditorDialog::stageEdited);
    connect(addReason, &QPushButton::clicked, this, [this]() {
        const QString name = QInputDialog::getText(this, tr("Add lost reason"), tr("Reason:"));
        if (name.trimmed().isEmpty())
            return;
        auto added = m_store.addLostReason(name);
        report(added ? Status() : Status(added.error()));
        loadReasons();
    });
    connect(removeReason, &QPushButton::clicked, this, [this]() {
        if (QListWidgetItem* item = m_reasons->currentItem())
            report(m_store.removeLostReason(item->data(Qt::UserRole).toString()));
        loadReasons();
    });
    connect(m_reasons, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling)
            return;
        report(m_store.renameLostReason(item->data(Qt::UserRole).toString(), item->text()));
        loadReasons();
    });

    loadPipelines(pipelineId);
    loadReasons();
}

QString PipelineEditorDialog::currentPipelineId() const
{
    QListWidgetItem* item = m_pipelines->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PipelineEditorDialog::report(const Status& status)
{
    m_error->setText(status.message());
    m_error->setVisible(!status.ok());
}

void PipelineEditorDialog::loadPipelines(const QString& select)
{
    m_filling = true;
    m_pipelines->clear();
    if (auto pipelines = m_store.pipelines()) {
        for (const domain::Pipeline& p : std::as_const(*pipelines)) {
            auto* item = new QListWidgetItem(p.name, m_pipelines);
            item->setData(Qt::UserRole, p.id);
            if (p.id == select)
                m_pipelines->setCurrentItem(item);
        }
    }
    if (!m_pipelines->currentItem() && m_pipelines->count() > 0)
        m_pipelines->setCurrentRow(0);
    m_filling = false;
    loadStages();
}

void PipelineEditorDialog::loadStages()
{
    m_filling = true;
    const int keep = m_stages->currentRow();
    m_stages->setRowCount(0);
    const QString id = currentPipelineId();
    if (auto pipelines = m_store.pipelines()) {
        for (const domain::Pipeline& p : std::as_const(*pipelines)) {
            if (p.id != id)
                continue;
            m_stages->setRowCount(int(p.stages.size()));
            for (int r = 0; r < p.stages.size(); ++r) {
                const domain::Stage& s = p.stages.at(r);
                auto* name = new QTableWidgetItem(s.name);
                name->setData(Qt::UserRole, s.id);
                m_stages->setItem(r, NameColumn, name);
                m_stages->setItem(r, ProbabilityColumn,
                                  new QTableWidgetItem(QString::number(s.probability)));
                m_stages->setItem(r, RottingColumn,
                                  new QTableWidgetItem(s.rottingDays > 0
                                                           ? QString::number(s.rottingDays)
                                                           : QString()));
            }
        }
    }
    if (keep >= 0 && keep < m_stages->rowCount())
        m_stages->selectRow(keep);
    m_filling = false;
}

void PipelineEditorDialog::loadReasons()
{
    m_filling = true;
    m_reasons->clear();
    if (auto reasons = m_store.lostReasons()) {
        for (const domain::LostReason& r : std::as_const(*reasons)) {
            auto* item = new QListWidgetItem(r.name, m_reasons);
            item->setData(Qt::UserRole, r.id);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_filling = false;
}

void PipelineEditorDialog::addPipeline()
{
    const QString name = QInputDialog::getText(this, tr("Add pipeline"), tr("Name:"));
    if (name.trimmed().isEmpty())
        return;
    domain::Pipeline p;
    p.name = name;
    p.position = m_pipelines->count();
    p.stages = {domain::Stage{{}, {}, tr("New"), 0, 10, 0}};
    auto created = m_store.createPipeline(p);
    report(created ? Status() : Status(created.error()));
    loadPipelines(created ? created->id : currentPipelineId());
}

void PipelineEditorDialog::renamePipeline()
{
    QListWidgetItem* item = m_pipelines->currentItem();
    if (!item)
        return;
    const QString name = QInputDialog::getText(this, tr("Rename pipeline"), tr("Name:"),
                                               QLineEdit::Normal, item->text());
    if (name.isEmpty())
        return;
    report(m_store.renamePipeline(currentPipelineId(), name));
    loadPipelines(currentPipelineId());
}

void PipelineEditorDialog::removePipeline()
{
    const QString id = currentPipelineId();
    if (id.isEmpty())
        return;
    report(m_store.removePipeline(id));
    loadPipelines(QString());
}

void PipelineEditorDialog::addStage()
{
    domain::Stage s;
    s.pipelineId = currentPipelineId();
    s.name = tr("New stage");
    s.position = m_stages->rowCount();
    auto added = m_store.addStage(s);
    report(added ? Status() : Status(added.error()));
    loadStages();
    m_stages->selectRow(m_stages->rowCount() - 1);
}

void PipelineEditorDialog::moveStage(int delta)
{
    const int row = m_stages->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_stages->rowCount())
        return;
    QStringList ids;
    for (int r = 0; r < m_stages->rowCount(); ++r)
        ids << m_stages->item(r, NameColumn)->data(Qt::UserRole).toString();
    ids.move(row, target);
    report(m_store.reorderStages(currentPipelineId(), ids));
    loadStages();
    m_stages->selectRow(target);
}

void PipelineEditorDialog::removeStage(const QString& stageId, const QString& moveTo)
{
    report(m_store.removeStage(stageId, moveTo));
    loadStages();
}

void PipelineEditorDialog::askRemoveStage()
{
    const int row = m_stages->currentRow();
    if (row < 0)
        return;
    const QString stageId = m_stages->item(row, NameColumn)->data(Qt::UserRole).toString();
    const qint64 deals = m_store.dealCountInStage(stageId).value();
    if (deals == 0) {
        removeStage(stageId, QString());
        return;
    }
    // The deals need a new stage: ask which, from the pipeline's other stages.
    QStringList names;
    QStringList ids;
    for (int r = 0; r < m_stages->rowCount(); ++r) {
        if (r == row)
            continue;
        names << m_stages->item(r, NameColumn)->text();
        ids << m_stages->item(r, NameColumn)->data(Qt::UserRole).toString();
    }
    if (ids.isEmpty()) {
        removeStage(stageId, QString()); // refused with the store's explanation
        return;
    }
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("moveDealsDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Remove stage"));
    ask->setLabelText(tr("“%1” holds %n deal(s). Move them to:", nullptr, int(deals))
                          .arg(m_stages->item(row, NameColumn)->text()));
    ask->setComboBoxItems(names);
    ask->setComboBoxEditable(false);
    connect(ask, &QInputDialog::textValueSelected, this,
            [this, stageId, names, ids](const QString& t) {
                const qsizetype at = names.indexOf(t);
                if (at >= 0)
                    removeStage(stageId, ids.at(at));
            });
    ask->open();
}

void PipelineEditorDialog::stageEdited(int row, int column)
{
    if (m_filling)
        return;
    Q_UNUSED(column);
    domain::Stage s;
    s.id = m_stages->item(row, NameColumn)->data(Qt::UserRole).toString();
    s.pipelineId = currentPipelineId();
    s.name = m_stages->item(row, NameColumn)->text();
    bool ok = true;
    s.probability = m_stages->item(row, ProbabilityColumn)->text().trimmed().toInt(&ok);
    if (!ok) {
        report(Error::make(ErrorCode::Validation,
                           tr("Win probability must be a whole number from 0 to 100.")));
        return;
    }
    const QString rotting = m_stages->item(row, RottingColumn)->text().trimmed();
    s.rottingDays = rotting.isEmpty() ? 0 : rotting.toInt(&ok);
    if (!ok) {
        report(Error::make(ErrorCode::Validation,
                           tr("Rotting days must be a whole number, or empty for never.")));
        return;
    }
    report(m_store.updateStage(s));
}

} // namespace baza::ui
