#pragma once

#include <QStyledItemDelegate>

namespace baza::ui {

// Paints one deal card of the board: title, company or contact, value, owner initials, expected
// close date, days in stage, and markers for rotting and for an overdue or missing next step.
// One delegate paints every card; there is no widget per card.
class BoardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The card's rectangle inside an item rectangle (the rest is the gap between cards).
    static QRect cardRect(const QRect& itemRect);
};

} // namespace baza::ui
