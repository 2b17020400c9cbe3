#include "ui/lists/RecordListPage.h"

#include "core/db/Database.h"
#include "core/store/ListReader.h"
#include "core/store/Store.h"
#include "ui/deals/ConvertLeadDialog.h"
#include "ui/importer/ExportDialog.h"
#include "ui/lists/BulkActions.h"
#include "ui/lists/ListFilterBar.h"
#include "ui/lists/ListViewSettings.h"
#include "ui/lists/RecordListModel.h"
#include "ui/shell/PageHeading.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace baza::ui {

using store::ListEntity;

namespace {

constexpr int MessageMs = 8000;

// Shown until the user chooses otherwise: what a salesperson looks at first.
bool hiddenByDefault(ListEntity entity, int column)
{
    if (entity == ListEntity::Contacts)
        return column == ContactListModel::Title || column == ContactListModel::Country ||
               column == ContactListModel::Created || column == ContactListModel::Updated;
    return column == CompanyListModel::Updated;
}

} // namespace

RecordListPage::RecordListPage(ListEntity entity, store::Store& store, ListWorker& worker,
                               QWidget* parent)
    : QWidget(parent)
    , m_entity(entity)
    , m_store(store)
{
    const bool contacts = entity == ListEntity::Contacts;
    setObjectName(contacts ? QStringLiteral("contactsPage") : QStringLiteral("companiesPage"));
    setAccessibleName(contacts ? tr("Contacts") : tr("Companies"));
    if (contacts)
        m_model = new ContactListModel(store, worker, this);
    else
        m_model = new CompanyListModel(store, worker, this);

    m_heading = makePageHeading(contacts ? tr("Contacts") : tr("Companies"), this);
    m_heading->setObjectName(QStringLiteral("listHeading"));
    m_count = new QLabel(this);
    m_count->setObjectName(contacts ? QStringLiteral("contactCount")
                                    : QStringLiteral("companyCount"));
    m_count->setAccessibleName(tr("Number of records"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_count);

    m_filters = new ListFilterBar(entity, this);
    auto* tools = new QHBoxLayout;
    m_saveSegment = new QPushButton(tr("Save as &segment…"), this);
    m_saveSegment->setObjectName(QStringLiteral("saveSegmentButton"));
    m_updateSegment = new QPushButton(tr("&Update segment"), this);
    m_updateSegment->setObjectName(QStringLiteral("updateSegmentButton"));
    m_updateSegment->hide();
    auto* clear = new QPushButton(tr("C&lear filters"), this);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_columns = new QToolButton(this);
    m_columns->setObjectName(QStringLiteral("columnsButton"));
    m_columns->setText(tr("Colu&mns"));
    m_columns->setAccessibleName(tr("Choose columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    auto* columnsMenu = new QMenu(m_columns);
    m_columns->setMenu(columnsMenu);
    connect(columnsMenu, &QMenu::aboutToShow, this,
            [this, columnsMenu]() { fillColumnsMenu(columnsMenu); });
    tools->addWidget(m_saveSegment);
    tools->addWidget(m_updateSegment);
    tools->addWidget(clear);
    if (contacts) {
        auto* exportList = new QPushButton(tr("E&xport list…"), this);
        exportList->setObjectName(QStringLiteral("exportListButton"));
        exportList->setToolTip(tr("Export the contacts this list shows to a CSV or vCard file"));
        exportList->setAccessibleName(tr("Export the contacts of this list"));
        connect(exportList, &QPushButton::clicked, this, &RecordListPage::exportList);
        tools->addWidget(exportList);
    }
    tools->addStretch(1);
    tools->addWidget(m_columns);

    m_bulk = new BulkActions(
        entity, store, [this]() { return selectedIds(); }, this);
    connect(m_bulk, &BulkActions::message, this, &RecordListPage::showMessage);
    connect(m_bulk, &BulkActions::exportRequested, this, &RecordListPage::exportSelection);

    m_view = new QTableView(this);
    m_view->setObjectName(contacts ? QStringLiteral("contactList") : QStringLiteral("companyList"));
    m_view->setAccessibleName(contacts ? tr("Contact list") : tr("Company list"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultSectionSize(140);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu;
        fillColumnsMenu(&menu);
        menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
    });
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnHidden(c, hiddenByDefault(entity, c));
    header->restoreState(ListViewSettings::headerState(entity));

    store::ListQuery initial;
    initial.entity = entity;
    ListViewSettings::sort(entity, &initial.sortColumn, &initial.descending);
    header->setSortIndicator(initial.sortColumn,
                             initial.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_model->setQuery(initial);
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &RecordListPage::saveViewState);
    connect(header, &QHeaderView::sectionMoved, this, &RecordListPage::saveViewState);
    connect(header, &QHeaderView::sectionResized, this, &RecordListPage::saveViewState);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(RecordListModel::IdRole).toString();
        if (!id.isEmpty())
            emit recordRequested(m_model->entityName(), id);
    });
    auto* remove = new QAction(tr("Delete selected"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, m_bulk, &BulkActions::deleteSelected);
    m_view->addAction(remove);
    if (contacts) {
        // Lead conversion from the list, as from the card: a deal for the person in a chosen
        // pipeline and stage (docs/deals.md).
        auto* convert = new QAction(tr("Convert to deal…"), m_view);
        convert->setObjectName(QStringLiteral("convertToDealAction"));
        connect(convert, &QAction::triggered, this, [this]() {
            const QStringList ids = selectedIds();
            if (ids.size() != 1) {
                showMessage(tr("Choose one person to convert to a deal."));
                return;
            }
            auto* dialog = new ConvertLeadDialog(m_store, ids.first(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ConvertLeadDialog::dealCreated, this, [this](const QString& dealId) {
                emit recordRequested(QStringLiteral("deal"), dealId);
            });
            dialog->open();
        });
        m_view->addAction(convert);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addLayout(tools);
    layout->addWidget(m_bulk);
    layout->addWidget(m_view, 1);

    connect(m_filters, &ListFilterBar::filterChanged, this, &RecordListPage::applyFilter);
    connect(m_model, &RecordListModel::stateChanged, this, &RecordListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPage::updateSelection);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &RecordListPage::updateSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordListPage::updateSelection);
    connect(m_saveSegment, &QPushButton::clicked, this, &RecordListPage::saveSegment);
    connect(m_updateSegment, &QPushButton::clicked, this, &RecordListPage::updateSegment);
    connect(clear, &QPushButton::clicked, this, &RecordListPage::clearFilters);
    connect(&m_store, &store::Store::changed, this, [this](const QString& changed) {
        if (changed == QLatin1String("tag") || changed == QLatin1String("user"))
            refreshChoices();
    });
    setFocusProxy(m_filters->searchField());
    refreshChoices();
    updateCount();
    updateSelection();
}

RecordListPage::~RecordListPage() = default;

void RecordListPage::setQuery(const QString& text)
{
    m_filters->searchField()->setText(text);
    applyFilter();
}

void RecordListPage::applyFilter()
{
    m_model->setFilter(m_filters->filter());
    updateCount();
}

void RecordListPage::updateCount()
{
    const bool contacts = m_entity == ListEntity::Contacts;
    const int n = m_model->rowCount();
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else if (!m_model->isComplete())
        m_count->setText(tr("Counting…"));
    else if (m_model->query().filter.isEmpty())
        m_count->setText(contacts ? tr("%Ln contact(s)", nullptr, n)
                                  : tr("%Ln company(ies)", nullptr, n));
    else
        m_count->setText(contacts ? tr("%Ln matching contact(s)", nullptr, n)
                                  : tr("%Ln matching company(ies)", nullptr, n));
    if (!m_segment.id.isEmpty())
        m_updateSegment->setEnabled(m_model->query().toJson() != m_segment.query);
}

void RecordListPage::updateSelection()
{
    qint64 selected = 0;
    for (const QItemSelectionRange& r : m_view->selectionModel()->selection())
        selected += r.height();
    m_bulk->setSelectedCount(selected);
}

QStringList RecordListPage::selectedIds() const
{
    const std::vector<qint64> rowids = m_model->rowidsOf(m_view->selectionModel()->selection());
    auto ids = store::ListReader(m_store.database().connection()).ids(m_entity, rowids);
    return ids ? *ids : QStringList();
}

void RecordListPage::exportSelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto* dialog = new ExportDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->exportSelection(ids);
    dialog->open();
}

void RecordListPage::exportList()
{
    auto* dialog = new ExportDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The segment's name only while the list still shows what the segment saved.
    const bool segment = !m_segment.id.isEmpty() && m_model->query().toJson() == m_segment.query;
    dialog->exportList(m_model->query(), segment ? m_segment.name : QString(),
                       m_model->isComplete() ? m_model->rowCount() : -1);
    dialog->open();
}

void RecordListPage::showMessage(const QString& text)
{
    if (auto* main = qobject_cast<QMainWindow*>(window()))
        main->statusBar()->showMessage(text, MessageMs);
}

void RecordListPage::refreshChoices()
{
    QStringList tags;
    if (auto all = m_store.tags()) {
        for (const domain::Tag& t : *all)
            tags << t.name;
    }
    m_filters->setTags(tags);
    if (auto owners = store::ListReader(m_store.database().connection()).owners())
        m_filters->setOwners(*owners);
}

void RecordListPage::clearFilters()
{
    m_filters->setFilter({});
    applyFilter();
}

void RecordListPage::saveSegment()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("segmentNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Save as segment"));
    dialog->setLabelText(tr("Name of the segment:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        domain::Segment segment;
        segment.entity = m_model->entityName();
        segment.name = name;
        segment.query = m_model->query().toJson();
        // Leaving the new segment later shows the whole list, in the same order.
        store::ListQuery own = m_segment.id.isEmpty() ? m_model->query() : m_ownQuery;
        own.filter = {};
        auto created = m_store.createSegment(segment);
        if (!created) {
            showMessage(tr("The segment was not saved: %1").arg(created.message()));
            return;
        }
        showSegment(*created);
        m_ownQuery = own;
        showMessage(tr("Saved segment “%1”.").arg(created->name));
    });
    dialog->open();
}

void RecordListPage::updateSegment()
{
    if (m_segment.id.isEmpty())
        return;
    const QString query = m_model->query().toJson();
    const Status s = m_store.setSegmentQuery(m_segment.id, query);
    if (!s) {
        showMessage(tr("The segment was not updated: %1").arg(s.message()));
        return;
    }
    m_segment.query = query;
    updateCount();
    showMessage(tr("Updated segment “%1”.").arg(m_segment.name));
}

void RecordListPage::showSegment(const domain::Segment& segment)
{
    if (!segment.id.isEmpty() && segment.id == m_segment.id) {
        // The same segment, renamed or saved again: keep what the user is looking at.
        m_segment = segment;
        m_heading->setText(segment.name);
        m_heading->setAccessibleName(segment.name);
        updateCount();
        return;
    }
    store::ListQuery query;
    if (segment.id.isEmpty()) {
        if (m_segment.id.isEmpty())
            return;
        query = m_ownQuery;
        m_heading->setText(m_entity == ListEntity::Contacts ? tr("Contacts") : tr("Companies"));
    } else {
        if (m_segment.id.isEmpty())
            m_ownQuery = m_model->query();
        query = store::ListQuery::fromJson(m_entity, segment.query);
        m_heading->setText(segment.name);
    }
    m_heading->setAccessibleName(m_heading->text());
    m_segment = segment;
    m_updateSegment->setVisible(!segment.id.isEmpty());
    m_filters->setFilter(query.filter);
    // The model first: the header's sort indicator then asks for the order it already has.
    m_model->setQuery(query);
    m_view->horizontalHeader()->setSortIndicator(
        query.sortColumn, query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    updateCount();
    emit segmentShown(segment.id);
}

void RecordListPage::fillColumnsMenu(QMenu* menu)
{
    menu->clear();
    int visible = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        visible += m_view->isColumnHidden(c) ? 0 : 1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* a = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        // The last visible column stays: a list without columns cannot be used.
        a->setEnabled(m_view->isColumnHidden(c) || visible > 1);
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_view->setColumnHidden(c, !on);
            saveViewState();
        });
    }
}

void RecordListPage::saveViewState()
{
    ListViewSettings::setHeaderState(m_entity, m_view->horizontalHeader()->saveState());
    const store::ListQuery& q = m_model->query();
    const QHeaderView* header = m_view->horizontalHeader();
    ListViewSettings::setSort(m_entity,
                              header->sortIndicatorSection() >= 0 ? header->sortIndicatorSection()
                                                                  : q.sortColumn,
                              header->sortIndicatorOrder() == Qt::DescendingOrder);
}

} // namespace baza::ui
