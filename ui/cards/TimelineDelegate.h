#pragma once

#include <QStyledItemDelegate>

namespace baza::ui {

// Paints one timeline item: a coloured dot with the type's letter, the title in bold, who and
// when below it, and the body wrapped to a few lines. No widget per row.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor typeColor(int type);

private:
    struct Layout
    {
        QRect dot, title, meta, body;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
};

} // namespace baza::ui
