#include "ui/deals/BoardModel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace baza::ui {

using namespace baza::domain;

QString initialsOf(const QString& name)
{
    QString out;
    for (const QString& part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (out.size() == 2)
            break;
        out += part.at(0).toUpper();
    }
    return out;
}

QString formatTotal(qint64 amountMinor, const QString& currency)
{
    qint64 scale = 1;
    for (int i = 0; i < currencyMinorDigits(currency); ++i)
        scale *= 10;
    const qint64 half = scale / 2;
    const qint64 whole =
        amountMinor >= 0 ? (amountMinor + half) / scale : -((-amountMinor + half) / scale);
    return formatMoneyShort(whole * scale, currency);
}

BoardModel::BoardModel(store::Store& store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_now(QDateTime::currentDateTimeUtc())
{
    connect(&m_store, &store::Store::changed, this, &BoardModel::onStoreChanged);
}

Result<BoardSnapshot> BoardModel::readSnapshot(const store::Store& store, const QString& pipelineId)
{
    BoardSnapshot snapshot;
    auto pipelines = store.pipelines();
    if (!pipelines)
        return pipelines.error();
    for (const Pipeline& p : std::as_const(*pipelines)) {
        if (p.id == pipelineId || pipelineId.isEmpty()) {
            snapshot.pipeline = p;
            break;
        }
    }
    if (snapshot.pipeline.id.isEmpty())
        return snapshot;
    auto deals = store.boardDeals(snapshot.pipeline.id);
    if (!deals)
        return deals.error();
    snapshot.deals = std::move(*deals);
    auto converter = store.converter();
    if (!converter)
        return converter.error();
    snapshot.converter = std::move(*converter);
    return snapshot;
}

Status BoardModel::load(const QString& pipelineId)
{
    auto snapshot = readSnapshot(m_store, pipelineId);
    if (!snapshot)
        return snapshot.error();
    setSnapshot(std::move(*snapshot));
    return {};
}

void BoardModel::setSnapshot(BoardSnapshot snapshot)
{
    beginResetModel();
    m_today = QDate::currentDate();
    m_pipeline = std::move(snapshot.pipeline);
    m_converter = std::move(snapshot.converter);
    m_items.clear();
    m_items.reserve(snapshot.deals.size());
    for (store::BoardDeal& d : snapshot.deals) {
        const QString id = d.id;
        m_items.insert(id, makeItem(std::move(d)));
    }
    rebuild();
    endResetModel();
}

void BoardModel::setFilter(const BoardFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void BoardModel::setNow(const QDateTime& now)
{
    m_now = now;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (!m_columns.at(c).ids.isEmpty())
            emit dataChanged(index(0, 0, stageIndex(c)),
                             index(int(m_columns.at(c).ids.size()) - 1, 0, stageIndex(c)));
    }
}

BoardModel::Item BoardModel::makeItem(store::BoardDeal deal) const
{
    Item item;
    item.deal = std::move(deal);
    item.probability = item.deal.probability;
    if (item.probability < 0) {
        for (const Stage& s : m_pipeline.stages) {
            if (s.id == item.deal.stageId)
                item.probability = s.probability;
        }
    }
    // Open deals count at today's rate.
    const QDate today = m_today;
    qint64 base = 0;
    qint64 weighted = 0;
    if (m_converter.convert(item.deal.valueMinor, item.deal.currency, today, &base) &&
        m_converter.convert(item.deal.valueMinor, item.deal.currency, today, &weighted,
                            std::max(0, item.probability))) {
        item.baseMinor = base;
        item.weightedMinor = weighted;
    }
    return item;
}

bool BoardModel::matches(const Item& item) const
{
    const store::BoardDeal& d = item.deal;
    if (!m_filter.ownerId.isEmpty() && d.ownerId != m_filter.ownerId)
        return false;
    if (!m_filter.tag.isEmpty() && !d.contactTags.contains(m_filter.tag, Qt::CaseInsensitive))
        return false;
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty() && !d.title.contains(text, Qt::CaseInsensitive) &&
        !d.companyName.contains(text, Qt::CaseInsensitive) &&
        !d.contactName.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool BoardModel::before(const Item& a, const Item& b)
{
    if (a.deal.position != b.deal.position)
        return a.deal.position < b.deal.position;
    return a.deal.id < b.deal.id;
}

void BoardModel::rebuild()
{
    m_columns.clear();
    QHash<QString, int> byStage;
    for (const Stage& s : std::as_const(m_pipeline.stages)) {
        byStage.insert(s.id, int(m_columns.size()));
        m_columns.append(Column{s, {}, 0, 0, 0, 0});
    }
    QList<QList<const Item*>> sorted(m_columns.size());
    for (const Item& item : std::as_const(m_items)) {
        const auto it = byStage.constFind(item.deal.stageId);
        if (it != byStage.constEnd() && matches(item))
            sorted[*it].append(&item);
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        std::sort(sorted[c].begin(), sorted[c].end(),
                  [](const Item* a, const Item* b) { return before(*a, *b); });
        QStringList& ids = m_columns[c].ids;
        ids.reserve(sorted.at(c).size());
        for (const Item* item : std::as_const(sorted.at(c)))
            ids.append(item->deal.id);
        Column& col = m_columns[c];
        col.count = int(ids.size());
        for (const Item* item : std::as_const(sorted.at(c))) {
            if (item->baseMinor < 0) {
                ++col.unconverted;
                continue;
            }
            col.total += item->baseMinor;
            col.weighted += item->weightedMinor;
        }
    }
}

void BoardModel::recount(int c)
{
    Column& col = m_columns[c];
    col.count = int(col.ids.size());
    col.total = col.weighted = 0;
    col.unconverted = 0;
    for (const QString& id : std::as_const(col.ids)) {
        const Item& item = m_items[id];
        if (item.baseMinor < 0) {
            ++col.unconverted;
            continue;
        }
        col.total += item.baseMinor;
        col.weighted += item.weightedMinor;
    }
    const QModelIndex i = stageIndex(c);
    emit dataChanged(i, i);
}

int BoardModel::stageOf(const QString& stageId) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).stage.id == stageId)
            return c;
    }
    return -1;
}

QModelIndex BoardModel::indexOfDeal(const QString& dealId) const
{
    const auto it = m_items.constFind(dealId);
    if (it == m_items.constEnd())
        return {};
    const int c = stageOf(it->deal.stageId);
    if (c < 0)
        return {};
    const qsizetype row = m_columns.at(c).ids.indexOf(dealId);
    return row < 0 ? QModelIndex() : index(int(row), 0, stageIndex(c));
}

QList<const store::BoardDeal*> BoardModel::visibleDeals() const
{
    QList<const store::BoardDeal*> out;
    for (const Column& c : m_columns) {
        for (const QString& id : c.ids)
            out.append(&m_items.find(id)->deal);
    }
    return out;
}

const store::BoardDeal* BoardModel::deal(const QString& id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.constEnd() ? nullptr : &it->deal;
}

qint64 BoardModel::baseValue(const QString& id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.constEnd() ? -1 : it->baseMinor;
}

int BoardModel::probability(const QString& id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.constEnd() ? 0 : it->probability;
}

int BoardModel::insertionRow(int c, const Item& item) const
{
    const QStringList& ids = m_columns.at(c).ids;
    const auto at =
        std::lower_bound(ids.cbegin(), ids.cend(), item, [this](const QString& id, const Item& x) {
            return before(m_items.find(id).value(), x);
        });
    return int(at - ids.cbegin());
}

void BoardModel::removeVisible(const QString& id, int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    const qsizetype row = m_columns.at(column).ids.indexOf(id);
    if (row < 0)
        return;
    beginRemoveRows(stageIndex(column), int(row), int(row));
    m_columns[column].ids.removeAt(row);
    endRemoveRows();
}

void BoardModel::onStoreChanged(const QString& entity, const QStringList& ids)
{
    if (m_pipeline.id.isEmpty())
        return;
    if (entity == QLatin1String("deal")) {
        // A large batch (an import, a renumbered column elsewhere) is cheaper to read whole.
        if (ids.size() > 500) {
            emit reloadNeeded();
            return;
        }
        QSet<QString> moving;
        QSet<int> touched;
        QStringList staying;
        QHash<QString, int> oldColumns; // where each changed deal is shown now
        // Fresh reads first, so every decision below sees the new data of all changed deals.
        QHash<QString, std::optional<Item>> fresh;
        for (const QString& id : ids) {
            auto d = m_store.boardDeal(id);
            if (d && d->pipelineId == m_pipeline.id && stageOf(d->stageId) >= 0)
                fresh.insert(id, makeItem(std::move(*d)));
            else
                fresh.insert(id, std::nullopt);
        }
        for (const QString& id : ids) {
            const QModelIndex old = indexOfDeal(id);
            const int oldCol = old.isValid() ? old.parent().row() : -1;
            oldColumns.insert(id, oldCol);
            const std::optional<Item>& item = fresh.value(id);
            const int newCol = item && matches(*item) ? stageOf(item->deal.stageId) : -1;
            if (oldCol != newCol)
                moving.insert(id);
            else if (oldCol >= 0)
                staying << id;
            if (oldCol >= 0)
                touched.insert(oldCol);
            if (newCol >= 0)
                touched.insert(newCol);
        }
        // Removals first (they only need the old rows), then the data, then insertions.
        auto sortedWithout = [this, &moving](int c) {
            const Item* prev = nullptr;
            for (const QString& id : std::as_const(m_columns.at(c).ids)) {
                if (moving.contains(id))
                    continue;
                const Item* cur = &m_items.find(id).value();
                if (prev && !before(*prev, *cur))
                    return false;
                prev = cur;
            }
            return true;
        };
        for (const QString& id : ids) {
            if (const auto& item = fresh.value(id))
                m_items.insert(id, *item);
        }
        for (int c : std::as_const(touched)) {
            if (!sortedWithout(c)) {
                for (const QString& id : std::as_const(staying)) {
                    if (m_columns.at(c).ids.contains(id))
                        moving.insert(id);
                }
            }
        }
        for (const QString& id : ids) {
            if (moving.contains(id))
                removeVisible(id, oldColumns.value(id, -1));
            if (!fresh.value(id))
                m_items.remove(id);
        }
        for (const QString& id : ids) {
            const std::optional<Item>& item = fresh.value(id);
            if (!moving.contains(id) || !item || !matches(*item))
                continue;
            const int c = stageOf(item->deal.stageId);
            const int row = insertionRow(c, *item);
            beginInsertRows(stageIndex(c), row, row);
            m_columns[c].ids.insert(row, id);
            endInsertRows();
        }
        for (const QString& id : std::as_const(staying)) {
            if (moving.contains(id))
                continue;
            const QModelIndex i = indexOfDeal(id);
            emit dataChanged(i, i);
        }
        for (int c : std::as_const(touched))
            recount(c);
        return;
    }
    // Names, tasks, rates and stages show on the cards and headers: read the board again.
    static const QStringList affecting{
        QStringLiteral("stage"),   QStringLiteral("pipeline"),      QStringLiteral("task"),
        QStringLiteral("contact"), QStringLiteral("company"),       QStringLiteral("user"),
        QStringLiteral("setting"), QStringLiteral("exchange_rate"),
    };
    if (affecting.contains(entity))
        emit reloadNeeded();
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_columns.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_columns.size())
        return {};
    if (row >= m_columns.at(parent.row()).ids.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int BoardModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.internalId() == 0 && parent.row() < m_columns.size())
        return int(m_columns.at(parent.row()).ids.size());
    return 0;
}

int BoardModel::columnCount(const QModelIndex&) const
{
    return 1;
}

Qt::ItemFlags BoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Column& c = m_columns.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return c.stage.name;
        case StageIdRole:
            return c.stage.id;
        case CountRole:
            return c.count;
        case TotalRole:
            return c.total;
        case WeightedRole:
            return c.weighted;
        case UnconvertedRole:
            return c.unconverted;
        case ProbabilityRole:
            return c.stage.probability;
        case HeaderTextRole:
            // Two lines, so every column's header has the same shape.
            return QString(tr("%n deal(s)", nullptr, c.count) + QStringLiteral(" · ") +
                           formatTotal(c.total, baseCurrency()) + QLatin1Char('\n') +
                           tr("weighted %1").arg(formatTotal(c.weighted, baseCurrency())));
        default:
            return {};
        }
    }
    const int col = int(index.internalId() - 1);
    const Item& item = m_items.find(m_columns.at(col).ids.at(index.row())).value();
    const store::BoardDeal& d = item.deal;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return d.title;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3")
            .arg(d.title, d.companyName.isEmpty() ? d.contactName : d.companyName,
                 formatMoney(d.valueMinor, d.currency));
    case IdRole:
        return d.id;
    case SubtitleRole:
        return d.companyName.isEmpty() ? d.contactName : d.companyName;
    case ValueTextRole:
        return formatMoneyShort(d.valueMinor, d.currency);
    case BaseValueRole:
        return item.baseMinor;
    case OwnerInitialsRole:
        return initialsOf(d.ownerName);
    case OwnerNameRole:
        return d.ownerName;
    case ExpectedCloseRole:
        return d.expectedClose;
    case DaysInStageRole:
        return d.stageEnteredAt.isValid() ? int(d.stageEnteredAt.daysTo(m_now)) : 0;
    case TaskStateRole:
        if (!d.nextTaskDue.isValid())
            return int(TaskState::Missing);
        return int(d.nextTaskDue < m_now ? TaskState::Overdue : TaskState::Planned);
    case RottingRole: {
        const int limit = m_columns.at(col).stage.rottingDays;
        return limit > 0 && d.stageEnteredAt.isValid() && d.stageEnteredAt.daysTo(m_now) > limit;
    }
    case ProbabilityRole:
        return item.probability;
    case StageIdRole:
        return d.stageId;
    case Qt::ToolTipRole: {
        QStringList lines{d.title};
        QStringList party;
        for (const QString& name : {d.companyName, d.contactName}) {
            if (!name.isEmpty())
                party << name;
        }
        if (!party.isEmpty())
            lines << party.join(QStringLiteral(" · "));
        QString value = formatMoney(d.valueMinor, d.currency);
        // The card shows the deal's own currency; the totals count it in the base currency.
        if (d.currency != baseCurrency())
            value = item.baseMinor >= 0
                        ? tr("%1 (%2)").arg(value, formatMoney(item.baseMinor, baseCurrency()))
                        : tr("%1 (no exchange rate into %2)").arg(value, baseCurrency());
        lines << value;
        if (!d.ownerName.isEmpty())
            lines << tr("Owner: %1").arg(d.ownerName);
        const int days = d.stageEnteredAt.isValid() ? int(d.stageEnteredAt.daysTo(m_now)) : 0;
        const int limit = m_columns.at(col).stage.rottingDays;
        lines << (data(index, RottingRole).toBool()
                      ? tr("%n day(s) in this stage: rotting (more than %1)", nullptr, days)
                            .arg(limit)
                      : tr("%n day(s) in this stage", nullptr, days));
        if (d.nextTaskDue.isValid())
            lines << (d.nextTaskDue < m_now ? tr("Next step overdue since %1")
                                            : tr("Next step due %1"))
                         .arg(
                             QLocale().toString(d.nextTaskDue.toLocalTime(), QLocale::ShortFormat));
        else
            lines << tr("No next step planned");
        // How to move it, for whoever has not read the manual (the keys work on the selection).
        lines << QString()
              << tr("Drag it to another stage, or Ctrl+Left/Right; Ctrl+Up/Down reorders; W wins, "
                    "L loses, Enter opens.");
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

} // namespace baza::ui
