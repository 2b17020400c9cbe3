#include "ui/deals/BoardDelegate.h"

#include "ui/deals/BoardModel.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace baza::ui {

namespace {

constexpr int Gap = 4;     // between cards
constexpr int Padding = 8; // inside a card
constexpr int Radius = 5;

// A colour between two palette colours, so markers follow light and dark themes.
QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor warningColor(const QPalette& palette)
{
    // Red that reads on both light and dark bases.
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(0xc0, 0x39, 0x2b)
                                                           : QColor(0xff, 0x7b, 0x6b);
}

} // namespace

QRect BoardDelegate::cardRect(const QRect& itemRect)
{
    return itemRect.adjusted(Gap, Gap / 2, -Gap, -Gap / 2);
}

QSize BoardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {200, 3 * fm.height() + fm.lineSpacing() + 2 * Padding + Gap + 6};
}

void BoardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const QRect card = cardRect(option.rect);
    const bool selected = option.state & QStyle::State_Selected;
    const bool rotting = index.data(BoardModel::RottingRole).toBool();
    const QColor warning = warningColor(pal);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    QColor fill = pal.color(QPalette::Base);
    if (rotting)
        fill = mix(fill, warning, 0.10);
    painter->fillPath(shape, fill);
    QPen border(selected ? pal.color(QPalette::Highlight)
                         : mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.25));
    border.setWidthF(selected ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(shape);
    if (rotting) {
        // A stripe down the left edge: the deal has sat in this stage too long.
        painter->fillRect(
            QRect(card.left() + 1, card.top() + Radius, 3, card.height() - 2 * Radius), warning);
    }
    if (option.state & QStyle::State_HasFocus && selected) {
        QPen focus(pal.color(QPalette::Highlight), 1, Qt::DotLine);
        painter->setPen(focus);
        painter->drawRoundedRect(QRectF(card).adjusted(3, 3, -3, -3), Radius - 2, Radius - 2);
    }

    const QRect inner = card.adjusted(Padding + (rotting ? 3 : 0), Padding, -Padding, -Padding);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics fm(option.font);
    const QFontMetrics titleFm(titleFont);
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = mix(pal.color(QPalette::Base), text, 0.62);
    int y = inner.top();

    // Owner initials in a circle at the top right.
    const QString initials = index.data(BoardModel::OwnerInitialsRole).toString();
    const int badge = fm.height() + 4;
    const QRect badgeRect(inner.right() - badge + 1, y, badge, badge);
    int titleRight = inner.right();
    if (!initials.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.25));
        painter->drawEllipse(badgeRect);
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(text);
        painter->drawText(badgeRect, Qt::AlignCenter, initials);
        titleRight = badgeRect.left() - 4;
    }

    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(inner.left(), y, titleRight - inner.left(), titleFm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleFm.elidedText(index.data(BoardModel::TitleRole).toString(),
                                         Qt::ElideRight, titleRect.width()));
    y += titleFm.lineSpacing();

    painter->setFont(option.font);
    painter->setPen(dim);
    const QRect subRect(inner.left(), y, titleRight - inner.left(), fm.height());
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(BoardModel::SubtitleRole).toString(), Qt::ElideRight,
                                    subRect.width()));
    y += fm.lineSpacing();

    painter->setPen(text);
    painter->setFont(titleFont);
    const QRect valueRect(inner.left(), y, inner.width(), fm.height());
    painter->drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(BoardModel::ValueTextRole).toString());
    y += fm.lineSpacing() + 2;

    // Bottom line: expected close, days in stage, next-step marker.
    painter->setFont(option.font);
    const QRect bottom(inner.left(), y, inner.width(), fm.height());
    const QDate close = index.data(BoardModel::ExpectedCloseRole).toDate();
    const int days = index.data(BoardModel::DaysInStageRole).toInt();
    const QString inStage = tr("%n d", "days in stage, short", days);
    const QString both = close.isValid() ? QLocale().toString(close, QLocale::ShortFormat) +
                                               QStringLiteral(" · ") + inStage
                                         : inStage;
    const auto task = BoardModel::TaskState(index.data(BoardModel::TaskStateRole).toInt());
    const QString marker = task == BoardModel::TaskState::Overdue   ? tr("overdue")
                           : task == BoardModel::TaskState::Missing ? tr("no next step")
                                                                    : QString();
    // In narrow columns and long languages the date gives way to the marker, whole (it is on
    // the tooltip); the days in the stage are what rotting is about, so they stay, and a long
    // marker is shortened rather than them.
    const int daysWidth = fm.horizontalAdvance(inStage);
    int w = marker.isEmpty() ? 0 : fm.horizontalAdvance(marker) + 10;
    if (w > 0 && bottom.width() - w - 6 < daysWidth)
        w = std::max(fm.height() * 2, bottom.width() - daysWidth - 6);
    const int room = bottom.width() - (w > 0 ? w + 6 : 0);
    const QString left =
        fm.horizontalAdvance(both) <= room ? both : fm.elidedText(inStage, Qt::ElideRight, room);
    painter->setPen(rotting ? warning : dim);
    painter->drawText(QRect(bottom.left(), bottom.top(), room, bottom.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, left);

    if (!marker.isEmpty()) {
        const QRect pill(bottom.right() - w + 1, bottom.top(), w, bottom.height());
        const QColor tone = task == BoardModel::TaskState::Overdue ? warning : dim;
        painter->setPen(QPen(tone, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2.0,
                                 pill.height() / 2.0);
        painter->drawText(pill, Qt::AlignCenter,
                          fm.elidedText(marker, Qt::ElideRight, pill.width() - 10));
    }
    painter->restore();
}

} // namespace baza::ui
