#include "ui/tasks/TaskDelegate.h"

#include "ui/shell/Formatting.h"
#include "ui/shell/Icons.h"
#include "ui/tasks/TaskListModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTreeView>

namespace baza::ui {

namespace {

constexpr int Padding = 6;
constexpr int CheckSize = 18;
constexpr int SmallIcon = 14;

bool isGroup(const QModelIndex& index)
{
    return index.data(TaskListModel::IsGroupRole).toBool();
}

QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QString dueText(const QModelIndex& index)
{
    const QDateTime due = index.data(TaskListModel::DueRole).toDateTime();
    return due.isValid() ? format::nearDateTime(due) : TaskDelegate::tr("No due date");
}

} // namespace

QSize TaskDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int line = QFontMetrics(option.font).height();
    if (isGroup(index))
        return {option.rect.width(), line + 3 * Padding};
    return {option.rect.width(), 2 * line + 3 * Padding};
}

QRect TaskDelegate::checkRect(const QStyleOptionViewItem& option)
{
    return {option.rect.left() + 2 * Padding, option.rect.center().y() - CheckSize / 2, CheckSize,
            CheckSize};
}

QRect TaskDelegate::recordRect(const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const QString title = index.data(TaskListModel::RecordTitleRole).toString();
    if (title.isEmpty())
        return {};
    const QFontMetrics fm(option.font);
    const int left = checkRect(option).right() + 2 * Padding;
    const int top = option.rect.top() + Padding + fm.height() + Padding;
    const int dueWidth = fm.horizontalAdvance(dueText(index) + QStringLiteral("   "));
    const int width = std::min(fm.horizontalAdvance(title) + SmallIcon + Padding + 4,
                               std::max(0, option.rect.right() - Padding - left - dueWidth));
    return {left + dueWidth, top, width, fm.height()};
}

void TaskDelegate::paintGroup(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const auto* view = qobject_cast<const QTreeView*>(option.widget);
    const bool expanded = view && view->isExpanded(index);
    QStyleOption arrow;
    arrow.initFrom(option.widget);
    arrow.rect = QRect(option.rect.left() + Padding, option.rect.center().y() - 6, 12, 12);
    arrow.palette = option.palette;
    styleOf(option)->drawPrimitive(expanded ? QStyle::PE_IndicatorArrowDown
                                            : QStyle::PE_IndicatorArrowRight,
                                   &arrow, painter, option.widget);

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const auto group = index.data(TaskListModel::GroupRole).value<TaskListModel::Group>();
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                    : group == TaskListModel::Group::Overdue
                        ? theme::negative(option.palette)
                        : option.palette.color(QPalette::Text));
    const QString text = QStringLiteral("%1  ·  %2")
                             .arg(index.data(Qt::DisplayRole).toString(),
                                  QLocale().toString(index.data(TaskListModel::CountRole).toInt()));
    painter->drawText(option.rect.adjusted(Padding + 12 + Padding, 0, -Padding, 0),
                      Qt::AlignLeft | Qt::AlignVCenter, text);
}

void TaskDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    opt.icon = QIcon();
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    if (isGroup(index)) {
        paintGroup(painter, option, index);
        painter->restore();
        return;
    }

    const bool done = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& pal = option.palette;
    const QColor primary = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? primary : theme::secondaryText(pal);

    // Drawn from the palette rather than the style's indicator, which some styles draw in the
    // list's own base colour (invisible in dark themes).
    const QRect box = checkRect(option);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(selected ? primary : theme::secondaryText(pal), 1.5));
    painter->setBrush(done ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(box).adjusted(0.75, 0.75, -0.75, -0.75), 3, 3);
    if (done) {
        painter->setPen(QPen(pal.color(QPalette::HighlightedText), 2, Qt::SolidLine, Qt::RoundCap,
                             Qt::RoundJoin));
        const QPointF o = box.topLeft();
        const qreal u = box.width() / 18.0;
        painter->drawPolyline(QList<QPointF>{o + QPointF(4.5 * u, 9.5 * u),
                                             o + QPointF(7.5 * u, 12.5 * u),
                                             o + QPointF(13.5 * u, 5.5 * u)});
    }
    painter->setRenderHint(QPainter::Antialiasing, false);

    const QFontMetrics fm(option.font);
    const int left = box.right() + 2 * Padding;
    const int right = option.rect.right() - Padding;
    QRect titleRect(left, option.rect.top() + Padding, right - left, fm.height());

    // The reminder, right-aligned on the title line.
    const QDateTime remind = index.data(TaskListModel::RemindRole).toDateTime();
    if (remind.isValid() && !done) {
        const QString when = format::nearDateTime(remind);
        const int w = fm.horizontalAdvance(when);
        const QRect whenRect(right - w, titleRect.top(), w, fm.height());
        painter->setPen(secondary);
        painter->drawText(whenRect, Qt::AlignRight | Qt::AlignVCenter, when);
        themedIcon(QStringLiteral("bell"))
            .paint(
                painter,
                QRect(whenRect.left() - SmallIcon - 4, titleRect.top() + 1, SmallIcon, SmallIcon),
                Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
        titleRect.setRight(whenRect.left() - SmallIcon - 2 * Padding);
    }

    QFont titleFont = option.font;
    titleFont.setStrikeOut(done);
    painter->setFont(titleFont);
    painter->setPen(done ? secondary : primary);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data().toString(), Qt::ElideRight,
                                                         titleRect.width()));

    // Second line: when it is due, then the record it is about.
    painter->setFont(option.font);
    const auto group = index.data(TaskListModel::GroupRole).value<TaskListModel::Group>();
    const bool overdue = group == TaskListModel::Group::Overdue;
    painter->setPen(overdue && !selected ? theme::negative(pal) : secondary);
    const QRect dueRect(left, titleRect.bottom() + Padding, right - left, fm.height());
    painter->drawText(dueRect, Qt::AlignLeft | Qt::AlignVCenter, dueText(index));

    const QRect record = recordRect(option, index);
    if (!record.isEmpty()) {
        const QString entity = index.data(TaskListModel::RecordEntityRole).toString();
        const QString icon = entity == QLatin1String("company") ? QStringLiteral("companies")
                             : entity == QLatin1String("deal")  ? QStringLiteral("deals")
                                                                : QStringLiteral("contacts");
        themedIcon(icon).paint(painter,
                               QRect(record.left(), record.top() + 1, SmallIcon, SmallIcon),
                               Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
        QFont link = option.font;
        link.setUnderline(true);
        painter->setFont(link);
        painter->setPen(selected ? primary : pal.color(QPalette::Link));
        const QRect text = record.adjusted(SmallIcon + Padding, 0, 0, 0);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(TaskListModel::RecordTitleRole).toString(),
                                        Qt::ElideRight, text.width()));
    }
    painter->restore();
}

bool TaskDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                               const QStyleOptionViewItem& option, const QModelIndex& index)
{
    const auto toggle = [&]() {
        const bool done = index.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        model->setData(index, done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    };
    switch (event->type()) {
    case QEvent::MouseButtonRelease: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        if (isGroup(index)) {
            emit groupClicked(index);
            return true;
        }
        const QPoint at = mouse->position().toPoint();
        if (checkRect(option).adjusted(-4, -4, 4, 4).contains(at)) {
            toggle();
            return true;
        }
        if (recordRect(option, index).contains(at)) {
            emit recordClicked(index);
            return true;
        }
        return false;
    }
    case QEvent::MouseButtonDblClick:
        // A quick second click on the box toggles again instead of opening the record.
        return !isGroup(index) &&
               checkRect(option)
                   .adjusted(-4, -4, 4, 4)
                   .contains(static_cast<QMouseEvent*>(event)->position().toPoint());
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Space || key == Qt::Key_Select) && !isGroup(index)) {
            toggle();
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

} // namespace baza::ui
