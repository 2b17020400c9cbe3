#include "ui/lists/SegmentNavigator.h"

#include "core/store/ListReader.h"
#include "core/store/Store.h"
#include "ui/lists/ListWorker.h"
#include "ui/lists/RecordListPage.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QListWidget>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTimer>

namespace baza::ui {

namespace {

constexpr int RecountDelayMs = 500;
constexpr int Indent = 16;

// Segment entries: indented under their section, their count right-aligned and muted.
class SegmentDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        if (index.data(SegmentNavigator::SegmentIdRole).toString().isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QVariant count = index.data(SegmentNavigator::CountRole);
        const QString countText =
            count.isValid() ? QLocale().toString(count.toLongLong()) : QStringLiteral("…");
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect r = opt.rect.adjusted(Indent + 10, 0, -10, 0);
        painter->save();
        painter->setFont(opt.font);
        const QFontMetrics fm(opt.font);
        const int countWidth = fm.horizontalAdvance(countText);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(r.adjusted(0, 0, -countWidth - 8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(name, Qt::ElideRight, r.width() - countWidth - 8));
        painter->setPen(
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, countText);
        painter->restore();
    }
};

void showStatus(QWidget* anyWidget, const QString& text)
{
    if (auto* main = qobject_cast<QMainWindow*>(anyWidget->window()))
        main->statusBar()->showMessage(text, 8000);
}

} // namespace

SegmentNavigator::SegmentNavigator(store::Store& store, ListWorker& worker, QListWidget* navigation,
                                   int sectionRole, QHash<int, RecordListPage*> pages,
                                   QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(worker)
    , m_navigation(navigation)
    , m_sectionRole(sectionRole)
    , m_pages(std::move(pages))
    , m_recount(new QTimer(this))
    , m_latest(std::make_shared<std::atomic<int>>(0))
{
    m_navigation->setItemDelegate(new SegmentDelegate(m_navigation));
    m_navigation->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_navigation, &QListWidget::customContextMenuRequested, this,
            &SegmentNavigator::showMenu);
    connect(m_navigation, &QListWidget::currentItemChanged, this,
            &SegmentNavigator::onCurrentChanged);
    auto* rename = new QAction(tr("Rename segment…"), m_navigation);
    rename->setObjectName(QStringLiteral("renameSegmentAction"));
    rename->setShortcut(Qt::Key_F2);
    rename->setShortcutContext(Qt::WidgetShortcut);
    connect(rename, &QAction::triggered, this, &SegmentNavigator::renameCurrent);
    auto* remove = new QAction(tr("Delete segment"), m_navigation);
    remove->setObjectName(QStringLiteral("deleteSegmentAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &SegmentNavigator::deleteCurrent);
    m_navigation->addActions({rename, remove});

    m_recount->setSingleShot(true);
    m_recount->setInterval(RecountDelayMs);
    connect(m_recount, &QTimer::timeout, this, &SegmentNavigator::refreshCounts);
    connect(&m_store, &store::Store::changed, this, [this](const QString& entity) {
        if (entity == QLatin1String("segment"))
            reload();
        else if (entity == QLatin1String("contact") || entity == QLatin1String("company") ||
                 entity == QLatin1String("user"))
            m_recount->start();
    });
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        const int section = it.key();
        connect(it.value(), &RecordListPage::segmentShown, this,
                [this, section](const QString& id) { select(section, id); });
    }
    reload();
}

SegmentNavigator::~SegmentNavigator() = default;

// Follows the page (a segment saved there, or left because it was deleted) without asking the
// page to show it again.
void SegmentNavigator::select(int section, const QString& segmentId)
{
    QListWidgetItem* target = sectionItem(section);
    for (int i = 0; i < m_navigation->count() && !segmentId.isEmpty(); ++i) {
        if (m_navigation->item(i)->data(SegmentIdRole).toString() == segmentId)
            target = m_navigation->item(i);
    }
    if (!target || target == m_navigation->currentItem())
        return;
    const bool wasReloading = m_reloading;
    m_reloading = true;
    m_navigation->setCurrentItem(target);
    m_reloading = wasReloading;
}

QListWidgetItem* SegmentNavigator::sectionItem(int section) const
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        if (item->data(SegmentIdRole).toString().isEmpty() &&
            item->data(m_sectionRole).toInt() == section)
            return item;
    }
    return nullptr;
}

domain::Segment SegmentNavigator::segmentOf(const QListWidgetItem* item) const
{
    return item ? m_segments.value(item->data(SegmentIdRole).toString()) : domain::Segment();
}

void SegmentNavigator::reload()
{
    auto all = m_store.segments();
    if (!all)
        return;
    m_reloading = true;
    const QListWidgetItem* was = m_navigation->currentItem();
    const QString current = was ? was->data(SegmentIdRole).toString() : QString();
    const int currentSection = was ? was->data(m_sectionRole).toInt() : -1;
    QHash<QString, QVariant> counts;
    for (int i = m_navigation->count() - 1; i >= 0; --i) {
        QListWidgetItem* item = m_navigation->item(i);
        const QString id = item->data(SegmentIdRole).toString();
        if (id.isEmpty())
            continue;
        counts.insert(id, item->data(CountRole));
        delete m_navigation->takeItem(i);
    }
    m_segments.clear();
    QListWidgetItem* restore = nullptr;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        const QString entity = store::listEntityName(it.value()->entity());
        QListWidgetItem* section = sectionItem(it.key());
        if (!section)
            continue;
        int row = m_navigation->row(section);
        for (const domain::Segment& s : std::as_const(*all)) {
            if (s.entity != entity)
                continue;
            m_segments.insert(s.id, s);
            auto* item = new QListWidgetItem(s.name);
            item->setData(SegmentIdRole, s.id);
            item->setData(m_sectionRole, it.key());
            item->setData(CountRole, counts.value(s.id));
            item->setData(Qt::AccessibleDescriptionRole, tr("Segment"));
            m_navigation->insertItem(++row, item);
            if (s.id == current)
                restore = item;
        }
    }
    if (restore)
        m_navigation->setCurrentItem(restore);
    else if (!current.isEmpty())
        m_navigation->setCurrentItem(sectionItem(currentSection));
    m_reloading = false;
    // A renamed segment's heading follows; a deleted one (or one whose creation was undone)
    // gives way to the page's own view.
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        RecordListPage* page = it.value();
        if (page->segmentId().isEmpty())
            continue;
        page->showSegment(m_segments.value(page->segmentId()));
    }
    refreshCounts();
}

void SegmentNavigator::onCurrentChanged(QListWidgetItem* item)
{
    if (m_reloading || !item)
        return;
    RecordListPage* page = m_pages.value(item->data(m_sectionRole).toInt());
    if (!page)
        return;
    page->showSegment(segmentOf(item));
}

void SegmentNavigator::refreshCounts()
{
    m_recount->stop();
    QList<domain::Segment> segments = m_segments.values();
    if (segments.isEmpty())
        return;
    const int generation = ++m_generation;
    m_latest->store(generation);
    auto latest = m_latest;
    m_worker.post(this, [this, segments, generation, latest](QSqlDatabase db) {
        QList<QPair<QString, qint64>> counts;
        store::ListReader reader(db);
        for (const domain::Segment& s : segments) {
            if (latest->load() != generation)
                return std::function<void()>(); // a newer count is on its way
            const auto entity = s.entity == QLatin1String("company") ? store::ListEntity::Companies
                                                                     : store::ListEntity::Contacts;
            auto n = reader.count(store::ListQuery::fromJson(entity, s.query));
            counts.append({s.id, n ? *n : -1});
        }
        return std::function<void()>([this, counts]() {
            for (const auto& [id, n] : counts)
                setCount(id, n);
        });
    });
}

void SegmentNavigator::setCount(const QString& segmentId, qint64 count)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        if (item->data(SegmentIdRole).toString() != segmentId)
            continue;
        if (count < 0) {
            item->setData(CountRole, QVariant());
            continue;
        }
        item->setData(CountRole, count);
        const RecordListPage* page = m_pages.value(item->data(m_sectionRole).toInt());
        const QString counted = page && page->entity() == store::ListEntity::Companies
                                    ? tr("%Ln company(ies)", nullptr, int(count))
                                    : tr("%Ln contact(s)", nullptr, int(count));
        item->setToolTip(counted);
        item->setData(Qt::AccessibleTextRole,
                      tr("%1, %2").arg(m_segments.value(segmentId).name, counted));
    }
}

void SegmentNavigator::showMenu(const QPoint& pos)
{
    QListWidgetItem* item = m_navigation->itemAt(pos);
    if (!item || item->data(SegmentIdRole).toString().isEmpty())
        return;
    m_navigation->setCurrentItem(item);
    QMenu menu;
    menu.addActions(m_navigation->actions());
    menu.exec(m_navigation->viewport()->mapToGlobal(pos));
}

void SegmentNavigator::renameCurrent()
{
    const domain::Segment segment = segmentOf(m_navigation->currentItem());
    if (segment.id.isEmpty())
        return;
    auto* dialog = new QInputDialog(m_navigation);
    dialog->setObjectName(QStringLiteral("renameSegmentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Rename segment"));
    dialog->setLabelText(tr("New name of “%1”:").arg(segment.name));
    dialog->setTextValue(segment.name);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, segment](const QString& name) {
        const Status s = m_store.renameSegment(segment.id, name);
        showStatus(m_navigation, s ? tr("Renamed the segment to “%1”.").arg(name.trimmed())
                                   : tr("The segment was not renamed: %1").arg(s.message()));
    });
    dialog->open();
}

void SegmentNavigator::deleteCurrent()
{
    const domain::Segment segment = segmentOf(m_navigation->currentItem());
    if (segment.id.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete segment"),
                                tr("Delete the segment “%1”? The records in it stay; only the "
                                   "saved filters go.")
                                    .arg(segment.name),
                                QMessageBox::Cancel, m_navigation);
    box->setObjectName(QStringLiteral("confirmDeleteSegment"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteSegmentButton"));
    connect(
        box, &QMessageBox::buttonClicked, this, [this, segment, confirm](QAbstractButton* clicked) {
            if (clicked != confirm)
                return;
            const Status s = m_store.deleteSegment(segment.id);
            showStatus(
                m_navigation,
                s ? tr("Deleted the segment “%1”. Edit → Undo brings it back.").arg(segment.name)
                  : tr("The segment was not deleted: %1").arg(s.message()));
        });
    box->open();
}

} // namespace baza::ui
