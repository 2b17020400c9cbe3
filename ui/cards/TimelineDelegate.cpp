#include "ui/cards/TimelineDelegate.h"

#include "ui/cards/TimelineModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace baza::ui {

namespace {
constexpr int Margin = 6;
constexpr int Dot = 24;
constexpr int MaxBodyLines = 6;

QFont boldOf(QFont f)
{
    f.setBold(true);
    return f;
}

QFont smallOf(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

// The body's height when wrapped to `width`, capped at MaxBodyLines.
int bodyHeight(const QString& body, const QFont& font, int width)
{
    if (body.isEmpty())
        return 0;
    const QFontMetrics fm(font);
    const QRect r = fm.boundingRect(QRect(0, 0, width, fm.lineSpacing() * MaxBodyLines),
                                    Qt::TextWordWrap, body);
    return std::min(r.height(), fm.lineSpacing() * MaxBodyLines);
}

} // namespace

QColor TimelineDelegate::typeColor(int type)
{
    switch (type) {
    case TimelineItem::Call:
        return QColor(0x2e, 0x7d, 0x32);
    case TimelineItem::Email:
        return QColor(0x15, 0x65, 0xc0);
    case TimelineItem::Meeting:
        return QColor(0x8e, 0x24, 0xaa);
    case TimelineItem::Note:
        return QColor(0xef, 0x6c, 0x00);
    default:
        return QColor(0x75, 0x75, 0x75);
    }
}

TimelineDelegate::Layout TimelineDelegate::layoutFor(const QStyleOptionViewItem& option,
                                                     const QModelIndex& index, int width) const
{
    Layout l;
    const QFont title = boldOf(option.font);
    const QFont small = smallOf(option.font);
    const int textX = Margin + Dot + Margin;
    const int textWidth = std::max(60, width - textX - Margin);
    const QFontMetrics tfm(title);
    const QRect titleRect =
        tfm.boundingRect(QRect(0, 0, textWidth, tfm.lineSpacing() * 2), Qt::TextWordWrap,
                         index.data(TimelineModel::TitleRole).toString());
    int y = Margin;
    l.dot = QRect(Margin, y, Dot, Dot);
    l.title = QRect(textX, y, textWidth, std::min(titleRect.height(), tfm.lineSpacing() * 2));
    y += l.title.height();
    l.meta = QRect(textX, y, textWidth, QFontMetrics(small).lineSpacing());
    y += l.meta.height();
    const int bh =
        bodyHeight(index.data(TimelineModel::BodyRole).toString(), option.font, textWidth);
    if (bh > 0) {
        y += 2;
        l.body = QRect(textX, y, textWidth, bh);
        y += bh;
    }
    l.height = std::max(y, Margin + Dot) + Margin;
    return l;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The view's width, not the option's (which is not the row's width when asked for a hint).
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const int width = view ? view->viewport()->width() : 400;
    return {width, layoutFor(option, index, width).height};
}

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background and selection as the platform draws them, without the default text.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Layout l = layoutFor(option, index, option.rect.width());
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);
    const int type = index.data(TimelineModel::TypeRole).toInt();
    painter->setPen(Qt::NoPen);
    painter->setBrush(typeColor(type));
    painter->drawEllipse(l.dot);
    QFont dotFont = boldOf(option.font);
    dotFont.setPixelSize(Dot / 2);
    painter->setFont(dotFont);
    painter->setPen(Qt::white);
    const QString typeName = TimelineModel::typeName(TimelineItem::Type(type));
    painter->drawText(l.dot, Qt::AlignCenter, typeName.left(1));

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = selected ? text : option.palette.color(group, QPalette::PlaceholderText);
    painter->setPen(text);
    painter->setFont(boldOf(option.font));
    painter->drawText(l.title, Qt::TextWordWrap, index.data(TimelineModel::TitleRole).toString());
    painter->setFont(smallOf(option.font));
    painter->setPen(dim);
    const QFontMetrics sfm(painter->font());
    painter->drawText(l.meta, Qt::AlignLeft,
                      sfm.elidedText(index.data(TimelineModel::MetaRole).toString(), Qt::ElideRight,
                                     l.meta.width()));
    if (!l.body.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(text);
        painter->setClipRect(l.body);
        painter->drawText(l.body, Qt::TextWordWrap, index.data(TimelineModel::BodyRole).toString());
    }
    painter->restore();
}

} // namespace baza::ui
