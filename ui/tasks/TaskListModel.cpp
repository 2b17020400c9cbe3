#include "ui/tasks/TaskListModel.h"

#include "core/store/Store.h"
#include "ui/tasks/TaskHelpers.h"

#include <QTimer>

namespace baza::ui {

namespace {

// Group rows carry this internal id; task rows carry their section's row + 1.
constexpr quintptr GroupRowId = 0;

} // namespace

TaskListModel::TaskListModel(store::Store& store, QObject* parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(&m_store, &store::Store::changed, this, [this](const QString& entity) {
        static const QStringList relevant{QStringLiteral("task"), QStringLiteral("contact"),
                                          QStringLiteral("company"), QStringLiteral("deal")};
        if (relevant.contains(entity))
            scheduleReload();
    });
    reload();
}

void TaskListModel::scheduleReload()
{
    // An import may send many changes in a row: read once after them.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this]() { reload(); });
}

void TaskListModel::reload(const QDateTime& now)
{
    m_reloadPending = false;
    auto buckets = m_store.tasksByDue(m_store.profile().id, now);
    beginResetModel();
    m_sections.clear();
    if (!buckets) {
        endResetModel();
        emit errorOccurred(buckets.message());
        return;
    }
    QHash<QString, QString> titles; // "entity/id" → title, read once per record
    auto section = [&](Group group, const QList<domain::Task>& tasks) {
        if (tasks.isEmpty())
            return;
        Section s{group, {}};
        for (const domain::Task& task : tasks) {
            Item item{task, {}, {}, {}};
            const auto [entity, id] = tasks::linkedRecord(task);
            if (!entity.isEmpty()) {
                const QString key = entity + QLatin1Char('/') + id;
                auto it = titles.constFind(key);
                if (it == titles.constEnd())
                    it = titles.insert(key, m_store.recordTitle(entity, id));
                item.recordEntity = entity;
                item.recordId = id;
                item.recordTitle = *it;
            }
            s.items.append(std::move(item));
        }
        m_sections.append(std::move(s));
    };
    section(Group::Overdue, buckets->overdue);
    section(Group::Today, buckets->today);
    section(Group::Upcoming, buckets->upcoming);
    section(Group::Done, buckets->done);
    endResetModel();
}

QModelIndex TaskListModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, 0, GroupRowId) : QModelIndex();
    if (parent.internalId() != GroupRowId || parent.row() >= m_sections.size())
        return {};
    if (row >= m_sections.at(parent.row()).items.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex TaskListModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() == GroupRowId && parent.row() < m_sections.size())
        return int(m_sections.at(parent.row()).items.size());
    return 0;
}

int TaskListModel::columnCount(const QModelIndex&) const
{
    return 1;
}

const TaskListModel::Item* TaskListModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == GroupRowId)
        return nullptr;
    const qsizetype section = qsizetype(index.internalId() - 1);
    if (section >= m_sections.size() || index.row() >= m_sections.at(section).items.size())
        return nullptr;
    return &m_sections.at(section).items.at(index.row());
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupRowId) {
        if (index.row() >= m_sections.size())
            return {};
        const Section& s = m_sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return groupName(s.group);
        case Qt::AccessibleTextRole:
            return tr("%1: %n task(s)", nullptr, int(s.items.size())).arg(groupName(s.group));
        case IsGroupRole:
            return true;
        case GroupRole:
            return QVariant::fromValue(s.group);
        case CountRole:
            return int(s.items.size());
        default:
            return {};
        }
    }
    const Item* item = itemAt(index);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return item->task.title;
    case Qt::AccessibleTextRole:
        return item->recordTitle.isEmpty()
                   ? item->task.title
                   : tr("%1, about %2").arg(item->task.title, item->recordTitle);
    case Qt::CheckStateRole:
        return item->task.done ? Qt::Checked : Qt::Unchecked;
    case IsGroupRole:
        return false;
    case GroupRole:
        return QVariant::fromValue(m_sections.at(qsizetype(index.internalId() - 1)).group);
    case TaskIdRole:
        return item->task.id;
    case DueRole:
        return item->task.dueAt;
    case RemindRole:
        return item->task.remindAt;
    case RecordEntityRole:
        return item->recordEntity;
    case RecordIdRole:
        return item->recordId;
    case RecordTitleRole:
        return item->recordTitle;
    default:
        return {};
    }
}

bool TaskListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Item* item = itemAt(index);
    if (!item || role != Qt::CheckStateRole)
        return false;
    const bool done = value.value<Qt::CheckState>() == Qt::Checked;
    if (done == item->task.done)
        return false;
    // The store's changed() signal reloads the model with the task in its new group.
    if (const Status s = m_store.setTaskDone(item->task.id, done); !s) {
        emit errorOccurred(s.message());
        return false;
    }
    return true;
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupRowId)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

QModelIndex TaskListModel::groupIndex(Group group) const
{
    for (int row = 0; row < m_sections.size(); ++row) {
        if (m_sections.at(row).group == group)
            return index(row, 0);
    }
    return {};
}

QModelIndex TaskListModel::indexOfTask(const QString& taskId) const
{
    for (int s = 0; s < m_sections.size(); ++s) {
        const QList<Item>& items = m_sections.at(s).items;
        for (int row = 0; row < items.size(); ++row) {
            if (items.at(row).task.id == taskId)
                return createIndex(row, 0, quintptr(s) + 1);
        }
    }
    return {};
}

int TaskListModel::openTaskCount() const
{
    int count = 0;
    for (const Section& s : m_sections) {
        if (s.group != Group::Done)
            count += int(s.items.size());
    }
    return count;
}

QString TaskListModel::groupName(Group group)
{
    switch (group) {
    case Group::Overdue:
        return tr("Overdue");
    case Group::Today:
        return tr("Today");
    case Group::Upcoming:
        return tr("Upcoming");
    case Group::Done:
        return tr("Done");
    }
    return {};
}

} // namespace baza::ui
