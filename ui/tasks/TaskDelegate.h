#pragma once

#include <QStyledItemDelegate>

namespace baza::ui {

// Paints the task list: group headers with an expand arrow and a count; tasks with a check box,
// the title (struck through when done), when it is due (in the error colour when overdue), the
// record it is about and its reminder. A click on the box completes the task, a click on the
// record's name opens it; Space toggles the box of the current task.
class TaskDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    // Where the check box and the record's name are painted, for hit tests (and tests).
    static QRect checkRect(const QStyleOptionViewItem& option);
    static QRect recordRect(const QStyleOptionViewItem& option, const QModelIndex& index);

signals:
    void recordClicked(const QModelIndex& index);
    void groupClicked(const QModelIndex& index);

private:
    void paintGroup(QPainter* painter, const QStyleOptionViewItem& option,
                    const QModelIndex& index) const;
};

} // namespace baza::ui
