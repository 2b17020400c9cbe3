#include "ui/cards/TimelineModel.h"

#include "ui/cards/CardText.h"

#include <QCoreApplication>

#include <algorithm>

namespace baza::ui {

namespace {

// Fields that change as a side effect of something the timeline already shows.
bool isNoise(const QString& field)
{
    return field == QLatin1String("last_contacted_at") || field == QLatin1String("created_at") ||
           field == QLatin1String("updated_at");
}

QString changeLine(const store::HistoryEntry& e)
{
    const QString name = cardtext::fieldName(e.field);
    const QString empty = QCoreApplication::translate("baza::ui::TimelineModel", "(empty)");
    const QString from = e.oldText.isEmpty() ? empty : e.oldText;
    const QString to = e.newText.isEmpty() ? empty : e.newText;
    return QStringLiteral("%1: %2 → %3").arg(name, from, to);
}

} // namespace

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void TimelineModel::setItems(QList<TimelineItem> items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const TimelineItem& a, const TimelineItem& b) { return a.at > b.at; });
    beginResetModel();
    m_all = std::move(items);
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_typeMask & (1u << m_all.at(i).type))
            m_visible.append(i);
    }
    endResetModel();
}

void TimelineModel::setTypeVisible(TimelineItem::Type type, bool visible)
{
    const unsigned bit = 1u << type;
    const unsigned mask = visible ? (m_typeMask | bit) : (m_typeMask & ~bit);
    if (mask == m_typeMask)
        return;
    m_typeMask = mask;
    refilter();
}

bool TimelineModel::isTypeVisible(TimelineItem::Type type) const
{
    return m_typeMask & (1u << type);
}

void TimelineModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_typeMask & (1u << m_all.at(i).type))
            m_visible.append(i);
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const TimelineItem& item = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case Qt::AccessibleTextRole: {
        QStringList parts{typeName(item.type), item.title, data(index, MetaRole).toString()};
        if (!item.body.isEmpty())
            parts << item.body;
        return parts.join(QLatin1String(". "));
    }
    case TypeRole:
        return int(item.type);
    case AtRole:
        return item.at;
    case BodyRole:
        return item.body;
    case MetaRole: {
        QStringList parts;
        if (!item.about.isEmpty())
            parts << item.about;
        parts << cardtext::dateTime(item.at);
        if (!item.who.isEmpty())
            parts << item.who;
        return parts.join(QStringLiteral(" · "));
    }
    case IdRole:
        return item.id;
    default:
        return {};
    }
}

TimelineItem::Type TimelineModel::typeOf(domain::ActivityKind kind)
{
    switch (kind) {
    case domain::ActivityKind::Call:
        return TimelineItem::Call;
    case domain::ActivityKind::Email:
        return TimelineItem::Email;
    case domain::ActivityKind::Meeting:
        return TimelineItem::Meeting;
    case domain::ActivityKind::Note:
        return TimelineItem::Note;
    }
    return TimelineItem::Note;
}

QString TimelineModel::typeName(TimelineItem::Type type)
{
    switch (type) {
    case TimelineItem::Call:
        return tr("Calls");
    case TimelineItem::Email:
        return tr("Emails");
    case TimelineItem::Meeting:
        return tr("Meetings");
    case TimelineItem::Note:
        return tr("Notes");
    case TimelineItem::Change:
    case TimelineItem::TypeCount:
        break;
    }
    return tr("Changes");
}

QList<TimelineItem> TimelineModel::fromActivities(const QList<domain::Activity>& activities,
                                                  const QHash<QString, QString>& userNames,
                                                  const QHash<QString, QString>& contactNames)
{
    QList<TimelineItem> out;
    out.reserve(activities.size());
    for (const domain::Activity& a : activities) {
        TimelineItem item;
        item.type = typeOf(a.kind);
        item.at = a.occurredAt;
        item.id = a.id;
        item.who = userNames.value(a.ownerId);
        item.about = contactNames.value(a.contactId);
        QString title = cardtext::activityKindName(a.kind);
        if (a.direction == QLatin1String("inbound"))
            title = tr("%1 (inbound)").arg(title);
        QStringList details;
        if (!a.outcome.isEmpty())
            details << cardtext::callOutcomeName(a.outcome);
        if (a.durationSeconds > 0)
            details << cardtext::duration(a.durationSeconds);
        if (!details.isEmpty())
            title += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
        if (!a.subject.isEmpty())
            title += QStringLiteral(": ") + a.subject;
        item.title = title;
        item.body = a.body;
        out.append(item);
    }
    return out;
}

QList<TimelineItem> TimelineModel::fromHistory(const QList<store::HistoryEntry>& history)
{
    // One item per command: its field changes become the lines of the body.
    QList<TimelineItem> out;
    QList<bool> isUpdate;
    QString current;
    for (const store::HistoryEntry& e : history) {
        if (e.commandId != current) {
            current = e.commandId;
            TimelineItem item;
            item.type = TimelineItem::Change;
            item.at = e.at;
            item.id = e.commandId;
            item.who = e.userName;
            item.title = cardtext::commandName(e.label);
            if (e.op == QLatin1String("delete") || e.op == QLatin1String("erase"))
                item.title =
                    e.label == QLatin1String("Undo") ? tr("Creation undone") : tr("Deleted");
            out.append(item);
            isUpdate.append(e.op == QLatin1String("update"));
        }
        // A creation lists no fields: the card shows them.
        if (e.op != QLatin1String("update") || e.field.isEmpty() || isNoise(e.field))
            continue;
        TimelineItem& item = out.last();
        item.body += (item.body.isEmpty() ? QString() : QStringLiteral("\n")) + changeLine(e);
    }
    // An update that only touched bookkeeping fields (logging a call sets "last contacted")
    // says nothing to a person.
    QList<TimelineItem> kept;
    for (int i = 0; i < out.size(); ++i) {
        if (!isUpdate.at(i) || !out.at(i).body.isEmpty())
            kept.append(out.at(i));
    }
    return kept;
}

} // namespace baza::ui
