#include "ui/deals/DealTimeline.h"

#include "core/domain/Money.h"
#include "ui/cards/CardText.h"

#include <algorithm>

namespace baza::ui {

using namespace baza::domain;

namespace {

QString quoted(const QString& title)
{
    return DealTimeline::tr("“%1”").arg(title);
}

QString statusName(const QString& key)
{
    DealStatus status = DealStatus::Open;
    if (!dealStatusFromKey(key, &status))
        return key;
    switch (status) {
    case DealStatus::Open:
        return DealTimeline::tr("open");
    case DealStatus::Won:
        return DealTimeline::tr("won");
    case DealStatus::Lost:
        return DealTimeline::tr("lost");
    }
    return key;
}

// What a command did to the deal, by its label; the fields follow in the body.
QString commandTitle(const QString& label)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("Create deal"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Created")},
        {QStringLiteral("Convert lead to deal"),
         QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Created from a lead")},
        {QStringLiteral("Move deal"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Moved")},
        {QStringLiteral("Win deal"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Won")},
        {QStringLiteral("Lose deal"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Lost")},
        {QStringLiteral("Reopen deal"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Reopened")},
        {QStringLiteral("Edit deal"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Edited")},
        {QStringLiteral("Remove stage"),
         QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Moved: its stage was removed")},
        {QStringLiteral("Set deal value from line items"),
         QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Value set from the line items")},
    };
    const auto it = titles.constFind(label);
    return it == titles.constEnd() ? cardtext::commandName(label) : DealTimeline::tr(*it);
}

} // namespace

QString DealTimeline::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Title")},
        {QStringLiteral("stage_id"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Stage")},
        {QStringLiteral("pipeline_id"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Pipeline")},
        {QStringLiteral("value_minor"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Value")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Currency")},
        {QStringLiteral("probability"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Probability")},
        {QStringLiteral("expected_close"),
         QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Expected close")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Owner")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Status")},
        {QStringLiteral("lost_reason"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Lost reason")},
        {QStringLiteral("contact_id"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Person")},
        {QStringLiteral("company_id"), QT_TRANSLATE_NOOP("baza::ui::DealTimeline", "Company")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? QString() : tr(*it);
}

QList<TimelineItem> DealTimeline::fromEvents(const QList<store::DealEvent>& events)
{
    QList<TimelineItem> out;
    out.reserve(events.size());
    for (const store::DealEvent& e : events) {
        TimelineItem item;
        item.type = TimelineItem::Change;
        item.at = e.at;
        item.who = e.userName;
        item.id = e.commandId;
        const bool undo = e.label.startsWith(QLatin1String("Undo"));
        const QString deal = quoted(e.dealTitle);
        switch (e.kind) {
        case store::DealEvent::Kind::Created:
            item.title = e.label == QLatin1String("Convert lead to deal")
                             ? tr("Deal %1 created from the lead").arg(deal)
                             : tr("Deal %1 created").arg(deal);
            if (!e.toStage.isEmpty())
                item.body = tr("In %1").arg(e.toStage);
            break;
        case store::DealEvent::Kind::Moved:
            item.title = undo ? tr("%1 moved back to %2").arg(deal, e.toStage)
                              : tr("%1 moved to %2").arg(deal, e.toStage);
            item.body = tr("%1 → %2").arg(e.fromStage, e.toStage);
            break;
        case store::DealEvent::Kind::Won:
            item.title = tr("%1 won").arg(deal);
            item.body = formatMoney(e.valueMinor, e.currency);
            break;
        case store::DealEvent::Kind::Lost:
            item.title = tr("%1 lost").arg(deal);
            if (!e.lostReason.isEmpty())
                item.body = tr("Reason: %1").arg(e.lostReason);
            break;
        case store::DealEvent::Kind::Reopened:
            item.title =
                undo ? tr("%1 open again (undone)").arg(deal) : tr("%1 reopened").arg(deal);
            break;
        }
        out.append(item);
    }
    // Newest first: events recorded in the same millisecond (a move and a close in one go) keep
    // that order through the timeline's stable sort by time.
    std::reverse(out.begin(), out.end());
    return out;
}

QList<TimelineItem> DealTimeline::forDeal(const store::Store& store, const QString& dealId)
{
    QHash<QString, QString> users;
    if (auto all = store.users()) {
        for (const UserProfile& u : std::as_const(*all))
            users.insert(u.id, u.name);
    }
    QList<TimelineItem> out;
    if (auto activities = store.timelineActivities(QStringLiteral("deal"), dealId))
        out = TimelineModel::fromActivities(*activities, users);
    auto history = store.history(QStringLiteral("deal"), dealId);
    if (!history)
        return out;
    auto deal = store.deal(dealId);
    const QString currency = deal ? deal->currency : QString();
    auto show = [&](const store::HistoryEntry& e, const QString& text, const QVariant& raw) {
        if (raw.isNull())
            return tr("none");
        if (e.field == QLatin1String("value_minor"))
            return formatMoney(raw.toLongLong(), currency);
        if (e.field == QLatin1String("owner_id"))
            return users.value(raw.toString(), tr("someone else"));
        if (e.field == QLatin1String("status"))
            return statusName(raw.toString());
        if (e.field == QLatin1String("expected_close"))
            return cardtext::date(QDate::fromString(raw.toString(), Qt::ISODate));
        if (e.field == QLatin1String("probability"))
            return tr("%1%").arg(raw.toInt());
        return text.isEmpty() ? tr("none") : text;
    };
    // One item per command; a command that only touched bookkeeping (its place in the column,
    // a neighbour's renumbering) is left out.
    QString command;
    bool created = false;
    bool keep = false; // an item worth showing even without changed fields
    for (const store::HistoryEntry& e : std::as_const(*history)) {
        if (e.commandId != command) {
            if (!command.isEmpty() && !keep && out.last().body.isEmpty())
                out.removeLast();
            command = e.commandId;
            created = e.op == QLatin1String("insert");
            keep = e.op != QLatin1String("update");
            TimelineItem item;
            item.type = TimelineItem::Change;
            item.at = e.at;
            item.who = e.userName;
            item.id = e.commandId;
            item.title = commandTitle(e.label);
            if (e.op == QLatin1String("delete") || e.op == QLatin1String("erase"))
                item.title = tr("Deleted");
            out.append(item);
        }
        TimelineItem& item = out.last();
        const QString label = fieldLabel(e.field);
        if (label.isEmpty())
            continue;
        QString line;
        if (created) {
            // A creation lists where the deal started; the card shows the rest.
            if (e.field != QLatin1String("stage_id"))
                continue;
            line = tr("%1: %2").arg(label, show(e, e.newText, e.newValue));
        } else if (e.op == QLatin1String("update")) {
            line = tr("%1: %2 → %3")
                       .arg(label, show(e, e.oldText, e.oldValue), show(e, e.newText, e.newValue));
        } else {
            continue;
        }
        item.body += (item.body.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    }
    if (!command.isEmpty() && !keep && out.last().body.isEmpty())
        out.removeLast();
    return out;
}

} // namespace baza::ui
