#include "ui/sync/SyncModels.h"

#include "ui/cards/CardText.h"
#include "ui/deals/DealTimeline.h"
#include "ui/shell/Formatting.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPalette>
#include <QTableView>

namespace baza::ui {

namespace {

// "14:05" today, the short date and time before.
QString when(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return local.date() == QDate::currentDate() ? format::time(local) : format::dateTime(local);
}

QString count(int n)
{
    return n == 0 ? QString() : format::number(n);
}

} // namespace

// ---- SyncLogModel ----------------------------------------------------------------------------

SyncLogModel::SyncLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SyncLogModel::setRuns(QList<store::SyncRun> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

int SyncLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncLogModel::details(const store::SyncRun& run) const
{
    QStringList parts;
    if (!run.error.isEmpty())
        parts << run.error;
    if (run.rejected > 0)
        parts << tr("%n change(s) refused by the server", nullptr, run.rejected);
    if (run.stale > 0)
        parts << tr("%n change(s) already outdated on the server", nullptr, run.stale);
    parts << run.problems;
    if (run.repeats > 1)
        parts << (run.ok() ? tr("%n checks with nothing new since %1", nullptr, run.repeats)
                           : tr("%n attempts since %1", nullptr, run.repeats))
                     .arg(when(run.startedAt));
    return parts.join(QStringLiteral(" · "));
}

QVariant SyncLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const store::SyncRun& run = m_runs.at(index.row());
    if (role == FailedRole)
        return !run.ok();
    if (role == Qt::ForegroundRole && !run.ok() &&
        (index.column() == Result || index.column() == Details))
        return theme::negative(QGuiApplication::palette());
    if (role == Qt::TextAlignmentRole && index.column() >= Sent && index.column() <= Overwritten)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == When)
            return format::dateTime(run.finishedAt);
        if (index.column() == Details)
            return details(run);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return when(run.finishedAt);
    case Result:
        return run.ok() ? tr("Synced") : tr("Failed");
    case Sent:
        return count(run.pushed);
    case Received:
        return count(run.pulled);
    case Overwritten:
        return count(run.conflicts);
    case Details:
        return details(run);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Result:
        return tr("Result");
    case Sent:
        return tr("Sent");
    case Received:
        return tr("Received");
    case Overwritten:
        return tr("Overwritten");
    case Details:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- OverwrittenModel ------------------------------------------------------------------------

OverwrittenModel::OverwrittenModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OverwrittenModel::setValues(QList<store::OverwrittenValue> values)
{
    beginResetModel();
    m_values = std::move(values);
    endResetModel();
}

int OverwrittenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

int OverwrittenModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverwrittenModel::entityName(const QString& entity)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("contact"), QT_TR_NOOP("Contact")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("deal"), QT_TR_NOOP("Deal")},
        {QStringLiteral("activity"), QT_TR_NOOP("Activity")},
        {QStringLiteral("task"), QT_TR_NOOP("Task")},
        {QStringLiteral("pipeline"), QT_TR_NOOP("Pipeline")},
        {QStringLiteral("stage"), QT_TR_NOOP("Stage")},
        {QStringLiteral("consent"), QT_TR_NOOP("Consent")},
        {QStringLiteral("tag"), QT_TR_NOOP("Tag")},
    };
    const auto it = names.constFind(entity);
    return it == names.constEnd() ? entity : tr(*it);
}

QString OverwrittenModel::fieldName(const QString& entity, const QString& field)
{
    if (field.isEmpty())
        return tr("The whole record");
    // The deal card's and the contact card's own names for their fields.
    if (entity == QLatin1String("deal")) {
        if (const QString label = DealTimeline::fieldLabel(field); !label.isEmpty())
            return label;
    }
    static const QHash<QString, const char*> others{
        {QStringLiteral("private"), QT_TR_NOOP("Private")},
        {QStringLiteral("due_at"), QT_TR_NOOP("Due")},
        {QStringLiteral("remind_at"), QT_TR_NOOP("Reminder")},
        {QStringLiteral("done"), QT_TR_NOOP("Done")},
        {QStringLiteral("assignee_id"), QT_TR_NOOP("Assigned to")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("occurred_at"), QT_TR_NOOP("When")},
    };
    if (const auto it = others.constFind(field); it != others.constEnd())
        return tr(*it);
    if (entity == QLatin1String("task") && field == QLatin1String("title"))
        return tr("Task");
    return cardtext::fieldName(field);
}

QVariant OverwrittenModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_values.size())
        return {};
    const store::OverwrittenValue& v = m_values.at(index.row());
    switch (role) {
    case IdRole:
        return v.id;
    case RestoredRole:
        return v.restored;
    case DeletedRole:
        return v.deleted;
    case Qt::ForegroundRole:
        if (v.restored)
            return theme::secondaryText(QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Record: {
        const QString name = v.recordName.isEmpty() ? tr("(no longer here)") : v.recordName;
        return tr("%1 · %2").arg(entityName(v.entity), name);
    }
    case Field:
        return fieldName(v.entity, v.field);
    case Yours: {
        const QString text = v.deleted && v.field.isEmpty() ? tr("your edits") : v.localText;
        if (v.restored)
            return tr("%1 (restored)").arg(text);
        return text.isEmpty() ? tr("(empty)") : text;
    }
    case Winning:
        if (v.deleted)
            return tr("deleted");
        return v.winningText.isEmpty() ? tr("(empty)") : v.winningText;
    case By:
        if (!v.winningUserName.isEmpty())
            return v.winningUserName;
        return v.winningAt.isValid() ? tr("another device") : tr("the server");
    case When:
        if (role == Qt::ToolTipRole)
            return v.winningAt.isValid() ? format::dateTime(v.winningAt)
                                         : tr("Refused by the server when this computer sent it");
        return v.winningAt.isValid() ? format::nearDateTime(v.winningAt) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OverwrittenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Yours:
        return tr("Your value");
    case Winning:
        return tr("Winning value");
    case By:
        return tr("Changed by");
    case When:
        return tr("When");
    case ColumnCount:
        break;
    }
    return {};
}

QTableView* makeSyncTable(QAbstractItemModel* model, const QString& objectName,
                          const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

} // namespace baza::ui
