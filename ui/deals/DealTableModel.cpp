#include "ui/deals/DealTableModel.h"

#include "core/domain/Money.h"
#include "ui/deals/BoardModel.h"

#include <QLocale>
#include <QTimer>

namespace baza::ui {

DealTableModel::DealTableModel(BoardModel* board, QObject* parent)
    : QAbstractTableModel(parent)
    , m_board(board)
{
    connect(board, &QAbstractItemModel::modelReset, this, &DealTableModel::changed);
    connect(board, &QAbstractItemModel::rowsInserted, this, &DealTableModel::changed);
    connect(board, &QAbstractItemModel::rowsRemoved, this, &DealTableModel::changed);
    connect(board, &QAbstractItemModel::dataChanged, this, &DealTableModel::changed);
    refresh();
}

void DealTableModel::setLive(bool live)
{
    m_live = live;
    if (live && m_stale)
        refresh();
}

void DealTableModel::changed()
{
    if (!m_live) {
        m_stale = true;
        return;
    }
    // The board's rows change one at a time; the table rereads them once per event-loop turn.
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &DealTableModel::refresh);
}

void DealTableModel::refresh()
{
    m_pending = false;
    m_stale = false;
    beginResetModel();
    m_stageNames.clear();
    for (const domain::Stage& s : m_board->pipeline().stages)
        m_stageNames.insert(s.id, s.name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<const store::BoardDeal*> deals = m_board->visibleDeals();
    m_rows.clear();
    m_rows.reserve(deals.size());
    for (const store::BoardDeal* d : deals) {
        Row row;
        row.deal = *d;
        row.base = m_board->baseValue(d->id);
        row.probability = m_board->probability(d->id);
        row.stage = m_board->stageOf(d->stageId);
        row.days = d->stageEnteredAt.isValid() ? int(d->stageEnteredAt.daysTo(now)) : 0;
        m_rows.append(std::move(row));
    }
    endResetModel();
}

int DealTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Deal");
    case Party:
        return tr("Company or person");
    case Stage:
        return tr("Stage");
    case Value:
        return tr("Value");
    case BaseValue:
        return tr("Value (%1)").arg(m_board->baseCurrency());
    case Probability:
        return tr("Probability");
    case ExpectedClose:
        return tr("Expected close");
    case Owner:
        return tr("Owner");
    case DaysInStage:
        return tr("Days in stage");
    default:
        return {};
    }
}

QVariant DealTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const store::BoardDeal& d = row.deal;
    if (role == IdRole)
        return d.id;
    const qint64 base = row.base;
    const int days = row.days;
    const int probability = row.probability;
    if (role == SortRole) {
        switch (index.column()) {
        case Value:
        case BaseValue:
            return base;
        case Probability:
            return probability;
        case ExpectedClose:
            return d.expectedClose;
        case DaysInStage:
            return days;
        case Stage:
            return row.stage;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Value:
        case BaseValue:
        case Probability:
        case DaysInStage:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return d.title;
    case Party:
        return d.companyName.isEmpty() ? d.contactName : d.companyName;
    case Stage:
        return m_stageNames.value(d.stageId);
    case Value:
        return domain::formatMoney(d.valueMinor, d.currency);
    case BaseValue:
        return base < 0 ? tr("no rate") : domain::formatMoney(base, m_board->baseCurrency());
    case Probability:
        return QStringLiteral("%1%").arg(probability);
    case ExpectedClose:
        return d.expectedClose.isValid() ? QLocale().toString(d.expectedClose, QLocale::ShortFormat)
                                         : QString();
    case Owner:
        return d.ownerName;
    case DaysInStage:
        return days;
    default:
        return {};
    }
}

} // namespace baza::ui
