#include "ui/deals/DealsPage.h"

#include "core/db/Database.h"
#include "core/store/Store.h"
#include "ui/deals/BoardView.h"
#include "ui/deals/ConvertLeadDialog.h"
#include "ui/deals/DealTableModel.h"
#include "ui/deals/PipelineEditorDialog.h"
#include "ui/deals/RatesDialog.h"
#include "ui/shell/PageHeading.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace baza::ui {

DealsPage::DealsPage(store::Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new BoardModel(store, this))
    , m_tableModel(new DealTableModel(m_model, this))
    , m_board(new BoardView(store, m_model, this))
    , m_table(new QTableView(this))
    , m_views(new QStackedWidget(this))
    , m_pipelines(new QComboBox(this))
    , m_owners(new QComboBox(this))
    , m_tags(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_boardButton(new QToolButton(this))
    , m_listButton(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_reloadTimer(new QTimer(this))
    , m_summaryTimer(new QTimer(this))
    , m_watcher(new QFutureWatcher<BoardLoad>(this))
    , m_summaryWatcher(new QFutureWatcher<std::optional<analytics::ForecastReport>>(this))
{
    setObjectName(QStringLiteral("dealsPage"));
    setAccessibleName(tr("Deals"));

    m_pipelines->setObjectName(QStringLiteral("pipelineFilter"));
    m_pipelines->setAccessibleName(tr("Pipeline"));
    m_owners->setObjectName(QStringLiteral("ownerFilter"));
    m_owners->setAccessibleName(tr("Owner"));
    m_tags->setObjectName(QStringLiteral("tagFilter"));
    m_tags->setAccessibleName(tr("Tag"));
    m_search->setObjectName(QStringLiteral("dealSearch"));
    m_search->setAccessibleName(tr("Filter deals"));
    m_search->setPlaceholderText(tr("Filter by title, company or person"));
    m_search->setClearButtonEnabled(true);
    m_boardButton->setObjectName(QStringLiteral("boardViewButton"));
    m_boardButton->setText(tr("Board"));
    m_boardButton->setCheckable(true);
    m_boardButton->setChecked(true);
    m_listButton->setObjectName(QStringLiteral("listViewButton"));
    m_listButton->setText(tr("List"));
    m_listButton->setCheckable(true);
    auto* toggle = new QButtonGroup(this);
    toggle->addButton(m_boardButton);
    toggle->addButton(m_listButton);
    auto* newDeal = new QToolButton(this);
    newDeal->setObjectName(QStringLiteral("newDealButton"));
    newDeal->setText(tr("New deal…"));
    newDeal->setToolTip(tr("A new deal in this pipeline, in the stage of the selected card"));
    newDeal->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* stages = new QToolButton(this);
    stages->setObjectName(QStringLiteral("editPipelinesButton"));
    stages->setText(tr("Pipelines…"));
    stages->setToolTip(tr("Add, rename, reorder and remove pipelines, stages and lost reasons"));
    auto* rates = new QToolButton(this);
    rates->setObjectName(QStringLiteral("editRatesButton"));
    rates->setText(tr("Currencies…"));
    rates->setToolTip(tr("Base currency and exchange rates"));

    m_summary->setObjectName(QStringLiteral("boardSummary"));
    m_summary->setAccessibleName(tr("Pipeline summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_tableModel);
    proxy->setSortRole(DealTableModel::SortRole);
    proxy->setSortLocaleAware(true);
    m_tableModel->setLive(false); // the board shows first
    m_table->setObjectName(QStringLiteral("dealTable"));
    m_table->setAccessibleName(tr("Deals"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DealTableModel::Stage, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Fixed widths: sizing to contents would measure every one of thousands of rows.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(DealTableModel::Party, QHeaderView::Stretch);
    header->resizeSection(DealTableModel::Title, 220);
    header->resizeSection(DealTableModel::Stage, 130);
    header->resizeSection(DealTableModel::Value, 120);
    header->resizeSection(DealTableModel::BaseValue, 120);
    header->resizeSection(DealTableModel::Probability, 80);
    header->resizeSection(DealTableModel::Owner, 150);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_views->addWidget(m_board);
    m_views->addWidget(m_table);

    auto* filters = new QHBoxLayout;
    filters->addWidget(newDeal);
    filters->addSpacing(8);
    filters->addWidget(m_pipelines);
    filters->addWidget(m_owners);
    filters->addWidget(m_tags);
    filters->addWidget(m_search, 1);
    filters->addSpacing(8);
    filters->addWidget(m_boardButton);
    filters->addWidget(m_listButton);
    filters->addSpacing(8);
    filters->addWidget(stages);
    filters->addWidget(rates);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makePageHeading(tr("Deals"), this));
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(m_views, 1);

    auto* undoAction = new QAction(tr("Undo"), this);
    undoAction->setObjectName(QStringLiteral("dealsUndoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undoAction, &QAction::triggered, this, &DealsPage::undo);
    addAction(undoAction);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, &DealsPage::reload);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(400);
    connect(m_summaryTimer, &QTimer::timeout, this, &DealsPage::refreshSummary);
    connect(m_model, &BoardModel::reloadNeeded, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(&m_store, &store::Store::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("deal"))
            m_summaryTimer->start();
        else if (entity == QLatin1String("pipeline") || entity == QLatin1String("stage"))
            fillPipelines();
        else if (entity == QLatin1String("user") || entity == QLatin1String("tag"))
            fillFilters();
    });
    connect(m_watcher, &QFutureWatcher<BoardLoad>::finished, this, &DealsPage::onBoardLoaded);
    connect(m_summaryWatcher, &QFutureWatcher<std::optional<analytics::ForecastReport>>::finished,
            this, &DealsPage::onSummaryLoaded);
    connect(m_pipelines, &QComboBox::currentIndexChanged, this, &DealsPage::reload);
    connect(m_owners, &QComboBox::currentIndexChanged, this, &DealsPage::applyFilter);
    connect(m_tags, &QComboBox::currentIndexChanged, this, &DealsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &DealsPage::applyFilter);
    connect(m_listButton, &QToolButton::toggled, this, &DealsPage::showList);
    connect(newDeal, &QToolButton::clicked, this, &DealsPage::newDeal);
    connect(stages, &QToolButton::clicked, this, &DealsPage::editPipelines);
    connect(rates, &QToolButton::clicked, this, &DealsPage::editRates);
    connect(m_board, &BoardView::dealActivated, this,
            [this](const QString& id) { emit recordRequested(QStringLiteral("deal"), id); });
    connect(m_board, &BoardView::message, this, [this](const QString& text) {
        m_message->setText(text);
        m_message->setVisible(!text.isEmpty());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit recordRequested(QStringLiteral("deal"), index.data(DealTableModel::IdRole).toString());
    });

    fillFilters();
    fillPipelines();
}

DealsPage::~DealsPage()
{
    // The worker reads through the database this page's owner is about to close.
    m_watcher->waitForFinished();
    m_summaryWatcher->waitForFinished();
}

void DealsPage::fillPipelines()
{
    const QString current = m_pipelines->currentData().toString();
    const QSignalBlocker block(m_pipelines);
    m_pipelines->clear();
    if (auto pipelines = m_store.pipelines()) {
        for (const domain::Pipeline& p : std::as_const(*pipelines))
            m_pipelines->addItem(p.name, p.id);
    }
    const int at = m_pipelines->findData(current);
    m_pipelines->setCurrentIndex(at >= 0 ? at : 0);
    reload();
}

void DealsPage::fillFilters()
{
    {
        const QString owner = m_owners->currentData().toString();
        const QSignalBlocker block(m_owners);
        m_owners->clear();
        m_owners->addItem(tr("Everyone"), QString());
        if (auto users = m_store.users()) {
            for (const domain::UserProfile& u : std::as_const(*users))
                m_owners->addItem(u.name, u.id);
        }
        m_owners->setCurrentIndex(std::max(0, m_owners->findData(owner)));
    }
    {
        const QString tag = m_tags->currentData().toString();
        const QSignalBlocker block(m_tags);
        m_tags->clear();
        m_tags->addItem(tr("All tags"), QString());
        if (auto tags = m_store.tags()) {
            for (const domain::Tag& t : std::as_const(*tags))
                m_tags->addItem(t.name, t.name);
        }
        m_tags->setCurrentIndex(std::max(0, m_tags->findData(tag)));
    }
}

void DealsPage::applyFilter()
{
    m_model->setFilter(
        {m_owners->currentData().toString(), m_tags->currentData().toString(), m_search->text()});
    showSummary();
}

void DealsPage::showList(bool list)
{
    m_listButton->setChecked(list);
    m_boardButton->setChecked(!list);
    m_tableModel->setLive(list);
    m_views->setCurrentIndex(list ? 1 : 0);
}

void DealsPage::reload()
{
    startBoardLoad();
    startSummaryLoad();
}

void DealsPage::refreshSummary()
{
    startSummaryLoad();
}

// The board and the summary strip are read by two workers at once, each over its own
// connection: the board shows as soon as its read is done, the forecast follows.
void DealsPage::startBoardLoad()
{
    if (m_boardLoading) {
        // One read at a time; the next one starts when this one is done.
        m_boardAgain = true;
        return;
    }
    m_boardLoading = true;
    m_boardAgain = false;
    db::Database* database = &m_store.database();
    const QString pipelineId = m_pipelines->currentData().toString();
    m_watcher->setFuture(QtConcurrent::run([database, pipelineId]() {
        BoardLoad out;
        {
            // A store of this thread's own, over the worker's own connection.
            store::Store worker(*database);
            auto snapshot = BoardModel::readSnapshot(worker, pipelineId);
            if (snapshot)
                out.snapshot = std::move(*snapshot);
            else
                out.error = snapshot.error();
        }
        database->releaseThreadConnection();
        return out;
    }));
}

void DealsPage::startSummaryLoad()
{
    if (m_summaryLoading) {
        m_summaryAgain = true;
        return;
    }
    m_summaryLoading = true;
    m_summaryAgain = false;
    db::Database* database = &m_store.database();
    const QString pipelineId = m_pipelines->currentData().toString();
    m_summaryWatcher->setFuture(QtConcurrent::run([database, pipelineId]() {
        std::optional<analytics::ForecastReport> out;
        {
            store::Store worker(*database);
            if (auto report = analytics::forecast(worker, {pipelineId, QString()}))
                out = std::move(*report);
        }
        database->releaseThreadConnection();
        return out;
    }));
}

void DealsPage::onBoardLoaded()
{
    m_boardLoading = false;
    BoardLoad loaded = m_watcher->result();
    if (loaded.snapshot) {
        const QString selected = m_board->selectedDealId();
        m_model->setSnapshot(std::move(*loaded.snapshot));
        // A read of the pipeline shown before may finish first: the new deal waits for its own.
        if (!m_selectAfterLoad.isEmpty() && m_board->selectDeal(m_selectAfterLoad))
            m_selectAfterLoad.clear();
        else if (!selected.isEmpty())
            m_board->selectDeal(selected);
    } else if (!loaded.error.message.isEmpty()) {
        m_message->setText(loaded.error.message);
        m_message->show();
    }
    showSummary(); // the owner filter's figures follow the board
    if (m_boardAgain)
        startBoardLoad();
}

void DealsPage::onSummaryLoaded()
{
    m_summaryLoading = false;
    m_report = m_summaryWatcher->result();
    showSummary();
    if (m_summaryAgain)
        startSummaryLoad();
}

void DealsPage::showSummary()
{
    if (!m_report) {
        m_summary->clear();
        return;
    }
    const QString currency = m_report->currency;
    const QString owner = m_owners->currentData().toString();
    const analytics::Performance p =
        owner.isEmpty() ? m_report->total : m_report->byOwner.value(owner);
    QStringList parts;
    parts << tr("%n open deal(s) worth %1", nullptr, p.open)
                 .arg(formatTotal(p.openValueMinor, currency))
          << tr("weighted %1").arg(formatTotal(p.weightedMinor, currency));
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    for (const analytics::MonthForecast& m : m_report->months) {
        if (m.month == thisMonth && owner.isEmpty())
            parts << tr("expected this month %1").arg(formatTotal(m.weightedMinor, currency));
    }
    if (p.winRate >= 0)
        parts << tr("win rate %1%").arg(qRound(p.winRate * 100));
    if (p.won > 0) {
        parts << tr("average won deal %1").arg(formatTotal(p.averageWonMinor, currency))
              << tr("%n day(s) to close on average", nullptr, qRound(p.averageDaysToClose));
    }
    if (p.unconverted > 0)
        parts << tr("%n deal(s) left out: no exchange rate", nullptr, p.unconverted);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void DealsPage::undo()
{
    auto undone = m_store.undoLast();
    m_message->setText(
        undone ? tr("Undone: %1")
                     .arg(QCoreApplication::translate("baza::store", undone->toUtf8().constData()))
               : undone.message());
    m_message->show();
}

void DealsPage::newDeal()
{
    auto* dialog = new ConvertLeadDialog(m_store, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int stage = m_board->currentStage();
    dialog->preselect(m_model->pipelineId(),
                      stage >= 0 ? m_model->pipeline().stages.value(stage).id : QString());
    connect(dialog, &ConvertLeadDialog::dealCreated, this, &DealsPage::showCreatedDeal);
    dialog->open();
}

void DealsPage::showCreatedDeal(const QString& id)
{
    auto created = m_store.deal(id);
    if (!created)
        return;
    showList(false);
    QString text = tr("“%1” added. Ctrl+Z undoes it.").arg(created->title);
    if (created->pipelineId != m_model->pipelineId()) {
        // Another pipeline: show that one; the card is selected once it has loaded.
        m_selectAfterLoad = id;
        m_pipelines->setCurrentIndex(m_pipelines->findData(created->pipelineId));
    } else if (!m_board->selectDeal(id)) {
        text = tr("“%1” added; the filters hide it. Ctrl+Z undoes it.").arg(created->title);
    }
    m_message->setText(text);
    m_message->show();
}

void DealsPage::editPipelines()
{
    auto* dialog = new PipelineEditorDialog(m_store, m_pipelines->currentData().toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DealsPage::editRates()
{
    auto* dialog = new RatesDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace baza::ui
