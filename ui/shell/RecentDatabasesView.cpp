#include "ui/shell/RecentDatabasesView.h"

#include "ui/shell/AppSettings.h"
#include "ui/shell/Formatting.h"

#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace baza::ui {

namespace {

constexpr int Padding = 6;

class RecentDatabaseDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        const QFontMetrics fm(option.font);
        return {option.rect.width(), 2 * fm.height() + 3 * Padding};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette& pal = opt.palette;
        const QColor primary = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor secondary = selected ? primary : theme::secondaryText(pal);
        const QRect r = opt.rect.adjusted(Padding * 2, Padding, -Padding * 2, -Padding);
        const QFontMetrics fm(opt.font);

        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(primary);
        const QRect top(r.left(), r.top(), r.width(), fm.height());
        painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(name, Qt::ElideMiddle, r.width()));

        const QString path = index.data(RecentDatabasesView::PathRole).toString();
        const QDateTime opened = index.data(RecentDatabasesView::LastOpenedRole).toDateTime();
        QString detail = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        if (index.data(RecentDatabasesView::MissingRole).toBool())
            detail = RecentDatabasesView::tr("%1 · file not found").arg(detail);
        else if (opened.isValid())
            detail =
                RecentDatabasesView::tr("%1 · opened %2").arg(detail, format::nearDateTime(opened));
        painter->setFont(opt.font);
        painter->setPen(secondary);
        const QRect bottom(r.left(), top.bottom() + Padding, r.width(), fm.height());
        painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(detail, Qt::ElideMiddle, r.width()));
        painter->restore();
    }
};

} // namespace

RecentDatabasesView::RecentDatabasesView(QWidget* parent)
    : QListView(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("recentDatabases"));
    setAccessibleName(tr("Recent databases"));
    setModel(m_model);
    setItemDelegate(new RecentDatabaseDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit pathSelected(current.data(PathRole).toString());
            });
    connect(this, &QListView::activated, this, [this](const QModelIndex& index) {
        emit pathActivated(index.data(PathRole).toString());
    });
    reload();
}

void RecentDatabasesView::reload()
{
    const QString keep = selectedPath();
    const QSignalBlocker block(selectionModel());
    m_model->clear();
    for (const QString& path : AppSettings::recentDatabases()) {
        auto* item = new QStandardItem(QFileInfo(path).fileName());
        item->setData(path, PathRole);
        item->setData(AppSettings::lastOpened(path), LastOpenedRole);
        item->setData(!QFileInfo::exists(path), MissingRole);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(QDir::toNativeSeparators(path), Qt::AccessibleTextRole);
        m_model->appendRow(item);
    }
    if (!keep.isEmpty())
        selectPath(keep);
}

QString RecentDatabasesView::selectedPath() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    return current.isValid() && selectionModel()->isSelected(current)
               ? current.data(PathRole).toString()
               : QString();
}

void RecentDatabasesView::selectPath(const QString& path)
{
    const QString wanted = AppSettings::canonicalPath(path);
    const QSignalBlocker block(selectionModel());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(PathRole).toString() == wanted) {
            selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            return;
        }
    }
    selectionModel()->clear();
}

void RecentDatabasesView::removeSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    AppSettings::removeRecentDatabase(path);
    reload();
}

bool RecentDatabasesView::isEmpty() const
{
    return m_model->rowCount() == 0;
}

void RecentDatabasesView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        removeSelected();
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace baza::ui
