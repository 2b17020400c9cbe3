#include "ui/deals/BoardView.h"

#include "core/store/Store.h"
#include "ui/deals/BoardDelegate.h"
#include "ui/deals/BoardModel.h"
#include "ui/deals/LostReasonDialog.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace baza::ui {

namespace {

// Columns share the width of the board between these bounds; more stages than fit scroll.
constexpr int MinColumnWidth = 220;
constexpr int MaxColumnWidth = 340;

QLabel* makeZone(const QString& text, const QString& name, QWidget* parent)
{
    auto* zone = new QLabel(text, parent);
    zone->setObjectName(name);
    zone->setAccessibleName(text);
    zone->setAlignment(Qt::AlignCenter);
    zone->setFrameShape(QFrame::StyledPanel);
    zone->setMinimumHeight(48);
    QFont f = zone->font();
    f.setBold(true);
    zone->setFont(f);
    return zone;
}

} // namespace

BoardView::BoardView(store::Store& store, BoardModel* model, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_delegate(new BoardDelegate(this))
    , m_scroll(new QScrollArea(this))
    , m_strip(new QWidget)
    , m_stripLayout(new QHBoxLayout(m_strip))
    , m_zones(new QFrame(this))
{
    setObjectName(QStringLiteral("boardView"));
    setAccessibleName(tr("Pipeline board"));
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stripLayout->setContentsMargins(0, 0, 0, 0);
    m_stripLayout->setSpacing(8);
    m_scroll->viewport()->installEventFilter(this);

    m_won = makeZone(tr("Won"), QStringLiteral("wonZone"), m_zones);
    m_lost = makeZone(tr("Lost"), QStringLiteral("lostZone"), m_zones);
    auto* zoneLayout = new QHBoxLayout(m_zones);
    zoneLayout->setContentsMargins(0, 4, 0, 0);
    zoneLayout->addWidget(m_won);
    zoneLayout->addWidget(m_lost);
    m_zones->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_zones);

    m_indicator = new QFrame(this);
    m_indicator->setObjectName(QStringLiteral("dropIndicator"));
    m_indicator->setFrameShape(QFrame::HLine);
    m_indicator->setLineWidth(2);
    m_indicator->setForegroundRole(QPalette::Highlight);
    m_indicator->setAutoFillBackground(true);
    m_indicator->setBackgroundRole(QPalette::Highlight);
    m_indicator->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_indicator->hide();
    m_ghost = new QLabel(this);
    m_ghost->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_ghost->hide();

    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardView::rebuildColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (!topLeft.parent().isValid())
            updateHeader(topLeft.row());
    });
    rebuildColumns();
}

QListView* BoardView::columnView(int stage) const
{
    return stage >= 0 && stage < m_columns.size() ? m_columns.at(stage).view : nullptr;
}

QWidget* BoardView::wonZone() const
{
    return m_won;
}

QWidget* BoardView::lostZone() const
{
    return m_lost;
}

void BoardView::rebuildColumns()
{
    const QString selected = selectedDealId();
    const bool sameShape = m_columns.size() == m_model->stageCount();
    if (!sameShape) {
        for (const Column& c : std::as_const(m_columns))
            delete c.frame;
        m_columns.clear();
        delete m_stripLayout->takeAt(m_stripLayout->count() - 1); // the trailing stretch
        for (int i = 0; i < m_model->stageCount(); ++i) {
            Column c;
            c.frame = new QFrame(m_strip);
            c.frame->setObjectName(QStringLiteral("stageColumn_%1").arg(i));
            c.frame->setFrameShape(QFrame::StyledPanel);
            c.frame->setBackgroundRole(QPalette::Window);
            c.title = new QLabel(c.frame);
            c.title->setObjectName(QStringLiteral("stageTitle_%1").arg(i));
            QFont f = c.title->font();
            f.setBold(true);
            c.title->setFont(f);
            c.totals = new QLabel(c.frame);
            c.totals->setObjectName(QStringLiteral("stageTotals_%1").arg(i));
            c.totals->setWordWrap(true);
            c.view = new QListView(c.frame);
            c.view->setObjectName(QStringLiteral("stageList_%1").arg(i));
            c.view->setModel(m_model);
            c.view->setItemDelegate(m_delegate);
            c.view->setUniformItemSizes(true);
            c.view->setSelectionMode(QAbstractItemView::SingleSelection);
            c.view->setFrameShape(QFrame::NoFrame);
            c.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            c.view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
            c.view->verticalScrollBar()->setSingleStep(24);
            c.view->setBackgroundRole(QPalette::Window);
            c.view->viewport()->setBackgroundRole(QPalette::Window);
            c.view->installEventFilter(this);
            c.view->viewport()->installEventFilter(this);
            c.frame->installEventFilter(this);
            connect(c.view, &QListView::activated, this, [this](const QModelIndex& index) {
                emit dealActivated(index.data(BoardModel::IdRole).toString());
            });
            auto* layout = new QVBoxLayout(c.frame);
            layout->setContentsMargins(4, 6, 4, 4);
            layout->setSpacing(2);
            layout->addWidget(c.title);
            layout->addWidget(c.totals);
            layout->addWidget(c.view, 1);
            m_stripLayout->addWidget(c.frame);
            m_columns.append(c);
        }
        m_stripLayout->addStretch(1);
        fitColumns();
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns[i].view->setRootIndex(m_model->stageIndex(i));
        updateHeader(i);
    }
    if (!selected.isEmpty())
        selectDeal(selected);
}

void BoardView::fitColumns()
{
    const int n = int(m_columns.size());
    if (n == 0)
        return;
    const int spacing = m_stripLayout->spacing();
    const int width = std::clamp((m_scroll->viewport()->width() - spacing * (n - 1)) / n,
                                 MinColumnWidth, MaxColumnWidth);
    for (const Column& c : std::as_const(m_columns))
        c.frame->setFixedWidth(width);
}

void BoardView::updateHeader(int stage)
{
    if (stage < 0 || stage >= m_columns.size())
        return;
    const QModelIndex i = m_model->stageIndex(stage);
    const QString name = i.data().toString();
    const int probability = i.data(BoardModel::ProbabilityRole).toInt();
    Column& c = m_columns[stage];
    c.title->setText(tr("%1 · %2%").arg(name).arg(probability));
    QString totals = i.data(BoardModel::HeaderTextRole).toString();
    const int unconverted = i.data(BoardModel::UnconvertedRole).toInt();
    if (unconverted > 0)
        totals +=
            QLatin1Char('\n') + tr("%n deal(s) without an exchange rate", nullptr, unconverted);
    c.totals->setText(totals);
    c.view->setAccessibleName(tr("Stage %1").arg(name));
    c.view->setAccessibleDescription(totals);
}

int BoardView::columnOfView(const QObject* viewOrViewport) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column& c = m_columns.at(i);
        if (c.view == viewOrViewport || c.view->viewport() == viewOrViewport ||
            c.frame == viewOrViewport)
            return i;
    }
    return -1;
}

bool BoardView::selectDeal(const QString& dealId)
{
    const QModelIndex index = m_model->indexOfDeal(dealId);
    if (!index.isValid())
        return false;
    const int stage = index.parent().row();
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i != stage)
            m_columns.at(i).view->clearSelection();
    }
    QListView* view = m_columns.at(stage).view;
    view->setCurrentIndex(index);
    view->scrollTo(index);
    view->setFocus();
    m_scroll->ensureWidgetVisible(m_columns.at(stage).frame, 0, 0);
    return true;
}

QString BoardView::selectedDealId() const
{
    for (const Column& c : m_columns) {
        const QModelIndexList selected = c.view->selectionModel()
                                             ? c.view->selectionModel()->selectedIndexes()
                                             : QModelIndexList();
        if (!selected.isEmpty())
            return selected.first().data(BoardModel::IdRole).toString();
    }
    return {};
}

int BoardView::currentStage() const
{
    const QModelIndex selected = m_model->indexOfDeal(selectedDealId());
    if (selected.isValid())
        return selected.parent().row();
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).view->hasFocus())
            return i;
    }
    return -1;
}

bool BoardView::moveDeal(const QString& dealId, int stage, const QString& beforeDealId)
{
    if (stage < 0 || stage >= m_model->stageCount())
        return false;
    const QString stageId = m_model->stageIndex(stage).data(BoardModel::StageIdRole).toString();
    const Status s = m_store.moveDeal(dealId, stageId, beforeDealId);
    if (!s) {
        emit message(s.message());
        return false;
    }
    selectDeal(dealId);
    return true;
}

bool BoardView::winDeal(const QString& dealId)
{
    const store::BoardDeal* deal = m_model->deal(dealId);
    const QString title = deal ? deal->title : QString();
    const Status s = m_store.closeDeal(dealId, domain::DealStatus::Won);
    if (!s) {
        emit message(s.message());
        return false;
    }
    emit message(tr("“%1” won. Ctrl+Z undoes it.").arg(title));
    return true;
}

void BoardView::loseDeal(const QString& dealId)
{
    const store::BoardDeal* deal = m_model->deal(dealId);
    if (!deal)
        return;
    auto* dialog = new LostReasonDialog(m_store, deal->title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString title = deal->title;
    connect(dialog, &QDialog::accepted, this, [this, dialog, dealId, title]() {
        const Status s = m_store.closeDeal(dealId, domain::DealStatus::Lost, dialog->reason());
        emit message(s ? tr("“%1” lost: %2. Ctrl+Z undoes it.").arg(title, dialog->reason())
                       : s.message());
    });
    dialog->open();
}

BoardView::DropTarget BoardView::targetAt(const QPoint& globalPos) const
{
    DropTarget t;
    auto inside = [&globalPos](const QWidget* w) {
        return w->isVisible() && w->rect().contains(w->mapFromGlobal(globalPos));
    };
    if (inside(m_won)) {
        t.kind = DropKind::Won;
        return t;
    }
    if (inside(m_lost)) {
        t.kind = DropKind::Lost;
        return t;
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column& c = m_columns.at(i);
        if (!inside(c.frame))
            continue;
        t.kind = DropKind::Stage;
        t.stage = i;
        QWidget* viewport = c.view->viewport();
        const QPoint local = viewport->mapFromGlobal(globalPos);
        const QModelIndex root = m_model->stageIndex(i);
        const int rows = m_model->rowCount(root);
        t.indicatorY = 0;
        if (rows > 0) {
            const QRect last = c.view->visualRect(m_model->index(rows - 1, 0, root));
            t.indicatorY = last.bottom();
        }
        if (viewport->rect().contains(local)) {
            const QModelIndex at = c.view->indexAt(local);
            if (at.isValid()) {
                const QRect r = c.view->visualRect(at);
                const int row = local.y() < r.center().y() ? at.row() : at.row() + 1;
                if (row < rows) {
                    const QModelIndex before = m_model->index(row, 0, root);
                    t.beforeId = before.data(BoardModel::IdRole).toString();
                    t.indicatorY = c.view->visualRect(before).top();
                }
            }
        }
        return t;
    }
    return t;
}

void BoardView::startDrag(const QPoint& globalPos)
{
    const QModelIndex index = m_model->indexOfDeal(m_pressId);
    if (!index.isValid())
        return;
    m_dragging = true;
    // The card follows the pointer as a picture of itself.
    QListView* view = m_columns.at(index.parent().row()).view;
    const QRect rect = view->visualRect(index);
    QPixmap picture(rect.size() * devicePixelRatioF());
    picture.setDevicePixelRatio(devicePixelRatioF());
    picture.fill(Qt::transparent);
    {
        QPainter p(&picture);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = QRect(QPoint(0, 0), rect.size());
        option.state |= QStyle::State_Selected;
        m_delegate->paint(&p, option, index);
    }
    m_ghost->setPixmap(picture);
    m_ghost->resize(rect.size());
    m_zones->show();
    m_ghost->show();
    m_ghost->raise();
    updateDrag(globalPos);
}

void BoardView::updateDrag(const QPoint& globalPos)
{
    m_ghost->move(mapFromGlobal(globalPos) - QPoint(20, 12));
    const DropTarget t = targetAt(globalPos);
    auto highlight = [](QLabel* zone, bool on) {
        zone->setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
        zone->setForegroundRole(on ? QPalette::HighlightedText : QPalette::WindowText);
        zone->setAutoFillBackground(on);
    };
    highlight(m_won, t.kind == DropKind::Won);
    highlight(m_lost, t.kind == DropKind::Lost);
    if (t.kind == DropKind::Stage) {
        QWidget* viewport = m_columns.at(t.stage).view->viewport();
        const QPoint topLeft = viewport->mapTo(this, QPoint(0, t.indicatorY));
        m_indicator->setGeometry(topLeft.x() + 4, topLeft.y() - 1, viewport->width() - 8, 3);
        m_indicator->show();
        m_indicator->raise();
    } else {
        m_indicator->hide();
    }
}

void BoardView::finishDrag(const QPoint& globalPos)
{
    const DropTarget t = targetAt(globalPos);
    const QString id = m_pressId;
    cancelDrag();
    switch (t.kind) {
    case DropKind::None:
        return;
    case DropKind::Won:
        winDeal(id);
        return;
    case DropKind::Lost:
        loseDeal(id);
        return;
    case DropKind::Stage:
        break;
    }
    // Dropping a card just above or below itself leaves it where it is.
    const QModelIndex current = m_model->indexOfDeal(id);
    if (current.isValid() && current.parent().row() == t.stage) {
        const QModelIndex next = current.sibling(current.row() + 1, 0);
        if (t.beforeId == id || (next.isValid() && next.data(BoardModel::IdRole) == t.beforeId) ||
            (!next.isValid() && t.beforeId.isEmpty())) {
            selectDeal(id);
            return;
        }
    }
    moveDeal(id, t.stage, t.beforeId);
}

void BoardView::cancelDrag()
{
    m_dragging = false;
    m_pressId.clear();
    m_ghost->hide();
    m_indicator->hide();
    m_zones->hide();
}

bool BoardView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
        return false;
    }
    const int stage = columnOfView(watched);
    if (stage < 0)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress:
        if (watched == m_columns.at(stage).view)
            return handleKey(stage, static_cast<QKeyEvent*>(event));
        break;
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton || watched != m_columns.at(stage).view->viewport())
            break;
        const QModelIndex at = m_columns.at(stage).view->indexAt(e->position().toPoint());
        m_pressId = at.isValid() ? at.data(BoardModel::IdRole).toString() : QString();
        m_pressGlobal = e->globalPosition().toPoint();
        if (at.isValid())
            selectDeal(m_pressId);
        return at.isValid(); // the board handles selection and dragging of cards
    }
    case QEvent::MouseMove: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (m_pressId.isEmpty() || !(e->buttons() & Qt::LeftButton))
            break;
        const QPoint global = e->globalPosition().toPoint();
        if (!m_dragging &&
            (global - m_pressGlobal).manhattanLength() >= QApplication::startDragDistance())
            startDrag(global);
        else if (m_dragging)
            updateDrag(global);
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton || m_pressId.isEmpty())
            break;
        if (m_dragging)
            finishDrag(e->globalPosition().toPoint());
        else
            m_pressId.clear();
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        auto* e = static_cast<QMouseEvent*>(event);
        const QModelIndex at = m_columns.at(stage).view->indexAt(e->position().toPoint());
        if (at.isValid() && watched == m_columns.at(stage).view->viewport()) {
            emit dealActivated(at.data(BoardModel::IdRole).toString());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

bool BoardView::handleKey(int stage, QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_dragging) {
        cancelDrag();
        return true;
    }
    QListView* view = m_columns.at(stage).view;
    const QModelIndex current = view->currentIndex();
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const QModelIndex root = m_model->stageIndex(stage);
    const int rows = m_model->rowCount(root);
    const QString id = current.isValid() ? current.data(BoardModel::IdRole).toString() : QString();
    auto idAt = [this](int column, int row) {
        const QModelIndex r = m_model->stageIndex(column);
        return row < m_model->rowCount(r)
                   ? m_model->index(row, 0, r).data(BoardModel::IdRole).toString()
                   : QString();
    };
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int target = stage + (event->key() == Qt::Key_Left ? -1 : 1);
        if (target < 0 || target >= m_columns.size())
            return true;
        const int row = current.isValid() ? current.row() : 0;
        if (ctrl && !id.isEmpty()) {
            moveDeal(id, target, idAt(target, row));
            return true;
        }
        // Without Ctrl the arrows walk between columns, keeping roughly the same row.
        QListView* next = m_columns.at(target).view;
        const QModelIndex r = m_model->stageIndex(target);
        const int n = m_model->rowCount(r);
        if (n > 0) {
            next->setCurrentIndex(m_model->index(std::min(row, n - 1), 0, r));
            view->clearSelection();
        }
        next->setFocus();
        m_scroll->ensureWidgetVisible(m_columns.at(target).frame, 0, 0);
        return true;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!ctrl || id.isEmpty())
            return false;
        if (event->key() == Qt::Key_Up && current.row() > 0)
            moveDeal(id, stage, idAt(stage, current.row() - 1));
        else if (event->key() == Qt::Key_Down && current.row() + 1 < rows)
            moveDeal(id, stage, idAt(stage, current.row() + 2));
        return true;
    case Qt::Key_W:
        if (id.isEmpty() || event->modifiers() != Qt::NoModifier)
            return false;
        winDeal(id);
        return true;
    case Qt::Key_L:
        if (id.isEmpty() || event->modifiers() != Qt::NoModifier)
            return false;
        loseDeal(id);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (id.isEmpty())
            return false;
        emit dealActivated(id);
        return true;
    default:
        return false;
    }
}

} // namespace baza::ui
