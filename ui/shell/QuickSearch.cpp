#include "ui/shell/QuickSearch.h"

#include "ui/shell/Formatting.h"
#include "ui/shell/Icons.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace baza::ui {

namespace {

// Store::search reads the FTS4 index with a limit: a few milliseconds even on a million
// contacts (bench_search), so it runs on the UI thread after a short pause in typing.
constexpr int SearchDelayMs = 120;
constexpr int ResultLimit = 20;
constexpr int Padding = 6;
constexpr int IconSize = 20;

class QuickSearchDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {option.rect.width(), 2 * QFontMetrics(option.font).height() + 3 * Padding};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        if (QStyle* style = opt.widget ? opt.widget->style() : nullptr)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette& pal = opt.palette;
        const QColor primary = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor secondary = selected ? primary : theme::secondaryText(pal);
        const QRect r = opt.rect.adjusted(Padding * 2, Padding, -Padding * 2, -Padding);
        const QFontMetrics fm(opt.font);
        const QString entity = index.data(QuickSearchModel::EntityRole).toString();

        painter->save();
        const QRect iconRect(r.left(), r.center().y() - IconSize / 2, IconSize, IconSize);
        const QString iconName = entity == QLatin1String("company") ? QStringLiteral("companies")
                                 : entity == QLatin1String("deal")  ? QStringLiteral("deals")
                                                                    : QStringLiteral("contacts");
        themedIcon(iconName).paint(painter, iconRect, Qt::AlignCenter,
                                   selected ? QIcon::Selected : QIcon::Normal);

        const QString kind = QuickSearchModel::kindName(entity);
        const int kindWidth = fm.horizontalAdvance(kind);
        const int textLeft = iconRect.right() + Padding * 2;
        const int textWidth = r.right() - textLeft - kindWidth - Padding * 2;
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(primary);
        const QRect top(textLeft, r.top(), textWidth, fm.height());
        painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(title, Qt::ElideRight, textWidth));
        painter->setFont(opt.font);
        painter->setPen(secondary);
        const QRect bottom(textLeft, top.bottom() + Padding, textWidth, fm.height());
        painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(QuickSearchModel::SubtitleRole).toString(),
                                        Qt::ElideRight, textWidth));
        painter->drawText(QRect(r.right() - kindWidth, r.top(), kindWidth, r.height()),
                          Qt::AlignRight | Qt::AlignVCenter, kind);
        painter->restore();
    }
};

} // namespace

int QuickSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant QuickSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const store::SearchResult& r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.title;
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(kindName(r.entity), r.title, r.subtitle);
    case SubtitleRole:
        return r.subtitle;
    case EntityRole:
        return r.entity;
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

void QuickSearchModel::setResults(QList<store::SearchResult> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

QString QuickSearchModel::kindName(const QString& entity)
{
    if (entity == QLatin1String("company"))
        return tr("Company");
    if (entity == QLatin1String("deal"))
        return tr("Deal");
    return tr("Contact");
}

QuickSearchPopup::QuickSearchPopup(store::Store& store, QWidget* parent)
    : QFrame(parent)
    , m_store(store)
    , m_model(new QuickSearchModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("quickSearch"));
    setAccessibleName(tr("Search everywhere"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("quickSearchInput"));
    m_input->setAccessibleName(tr("Search contacts, companies and deals"));
    m_input->setPlaceholderText(tr("Search contacts, companies and deals"));
    m_input->setClearButtonEnabled(true);
    m_input->addAction(themedIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_input->installEventFilter(this);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("quickSearchResults"));
    m_list->setAccessibleName(tr("Search results"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new QuickSearchDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("quickSearchHint"));
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(Padding, 0, Padding, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Padding, Padding, Padding, Padding);
    layout->addWidget(m_input);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(SearchDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &QuickSearchPopup::runSearch);
    connect(m_input, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_list, &QListView::clicked, this, &QuickSearchPopup::choose);
    parent->installEventFilter(this);
    // Clicking or tabbing anywhere else closes it, as a popup would.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            hide();
    });
    hide();
}

void QuickSearchPopup::popup()
{
    place();
    show();
    raise();
    m_input->setFocus(Qt::ShortcutFocusReason);
    m_input->selectAll();
    runSearch();
}

void QuickSearchPopup::setQuery(const QString& text)
{
    m_input->setText(text);
    m_debounce->stop();
    runSearch();
}

void QuickSearchPopup::place()
{
    const QWidget* host = parentWidget();
    const int width = std::min(560, host->width() - 40);
    const int height = std::min(420, host->height() - 80);
    move((host->width() - width) / 2, 48);
    resize(width, height);
}

void QuickSearchPopup::runSearch()
{
    const QString query = m_input->text().trimmed();
    if (query.isEmpty()) {
        m_model->setResults({});
        m_hint->setText(tr("Type a name, email, phone, company or deal."));
        return;
    }
    auto results = m_store.search(query, ResultLimit);
    if (!results) {
        m_model->setResults({});
        m_hint->setText(results.message());
        return;
    }
    const int found = int(results->size());
    m_model->setResults(std::move(*results));
    m_hint->setText(found == 0 ? tr("Nothing matches “%1”.").arg(query)
                               : tr("%n result(s) — Enter opens, Esc closes", nullptr, found));
    if (found > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void QuickSearchPopup::choose(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QString entity = index.data(QuickSearchModel::EntityRole).toString();
    const QString id = index.data(QuickSearchModel::IdRole).toString();
    hide();
    emit recordChosen(entity, id);
}

void QuickSearchPopup::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_list->currentIndex().row() + delta, 0, rows - 1);
    m_list->setCurrentIndex(m_model->index(row, 0));
}

bool QuickSearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched != m_input || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_PageDown:
        moveCurrent(5);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-5);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Typed faster than the pause: search now, then open the first match.
        if (m_debounce->isActive()) {
            m_debounce->stop();
            runSearch();
        }
        choose(m_list->currentIndex());
        return true;
    case Qt::Key_Escape:
        hide();
        if (parentWidget())
            parentWidget()->setFocus();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace baza::ui
