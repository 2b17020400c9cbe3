// Pipelines, deals, activities and tasks.
#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"
#include "core/store/StoreHelpers.h"

#include "core/common/Uuid.h"
#include "core/db/Database.h"
#include "core/domain/Validation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

using namespace baza::domain;

using namespace detail;

Result<Pipeline> Store::createPipeline(Pipeline pipeline)
{
    if (Status s = validate(pipeline); !s)
        return s.error();
    if (pipeline.id.isEmpty())
        pipeline.id = newUuidV7();
    Status s = execute(QStringLiteral("Create pipeline"), [&](Command& cmd) -> Status {
        if (Status st =
                cmd.insert(QStringLiteral("pipeline"), pipeline.id,
                           stamped({{QStringLiteral("name"), pipeline.name.trimmed()},
                                    {QStringLiteral("position"), qlonglong(pipeline.position)}},
                                   true));
            !st)
            return st;
        for (int i = 0; i < pipeline.stages.size(); ++i) {
            Stage& stage = pipeline.stages[i];
            if (stage.id.isEmpty())
                stage.id = newUuidV7();
            stage.pipelineId = pipeline.id;
            stage.position = i;
            if (Status st =
                    cmd.insert(QStringLiteral("stage"), stage.id, stamped(toFields(stage), true));
                !st)
                return st;
        }
        return {};
    });
    if (!s)
        return s.error();
    return pipeline;
}

Result<QList<Pipeline>> Store::pipelines() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT p.id, p.name, p.position, s.id, s.name, s.position, "
                               "s.probability, s.rotting_days FROM pipelines p "
                               "LEFT JOIN stages s ON s.pipeline_id = p.id "
                               "ORDER BY p.position, p.name, p.id, s.position")))
        return Error::make(ErrorCode::Sql, q.lastError().databaseText());
    QList<Pipeline> out;
    while (q.next()) {
        const QString pid = q.value(0).toString();
        if (out.isEmpty() || out.last().id != pid)
            out.append(Pipeline{pid, q.value(1).toString(), q.value(2).toInt(), {}});
        if (!q.value(3).isNull()) {
            out.last().stages.append(Stage{q.value(3).toString(), pid, q.value(4).toString(),
                                           q.value(5).toInt(), q.value(6).toInt(),
                                           q.value(7).toInt()});
        }
    }
    return out;
}

Result<Deal> Store::createDeal(Deal deal)
{
    if (Status s = validate(deal); !s)
        return s.error();
    if (deal.id.isEmpty())
        deal.id = newUuidV7();
    if (!deal.stageEnteredAt.isValid())
        deal.stageEnteredAt = QDateTime::currentDateTimeUtc();
    if (deal.ownerId.isEmpty())
        deal.ownerId = m_profile.id;
    Status s = execute(QStringLiteral("Create deal"), [&](Command& cmd) -> Status {
        if (Status st = checkStage(cmd, deal.pipelineId, deal.stageId); !st)
            return st;
        if (Status st = checkLinks(cmd, deal.contactId, deal.companyId, QString()); !st)
            return st;
        // A new deal joins the end of its column.
        auto position = placeDeal(cmd, deal.id, deal.stageId, QString());
        if (!position)
            return position.error();
        deal.position = *position;
        return cmd.insert(QStringLiteral("deal"), deal.id, stamped(toFields(deal), true));
    });
    if (!s)
        return s.error();
    return this->deal(deal.id);
}

Status Store::updateDeal(const Deal& deal)
{
    if (Status s = validate(deal); !s)
        return s;
    return execute(QStringLiteral("Edit deal"), [&](Command& cmd) -> Status {
        auto old = cmd.read(QStringLiteral("deal"), deal.id);
        if (!old)
            return old.error();
        if (Status st = checkStage(cmd, deal.pipelineId, deal.stageId); !st)
            return st;
        if (Status st = checkLinks(cmd, deal.contactId, deal.companyId, QString()); !st)
            return st;
        QVariantMap fields = toFields(deal);
        // Entering a stage starts its clock (rotting, time-in-stage reports).
        if (old->value(QStringLiteral("stage_id")).toString() != deal.stageId)
            fields.insert(QStringLiteral("stage_entered_at"), nowText());
        else
            fields.remove(QStringLiteral("stage_entered_at"));
        return cmd.update(QStringLiteral("deal"), deal.id, stamped(fields, false));
    });
}

Status Store::deleteDeal(const QString& id)
{
    return execute(QStringLiteral("Delete deal"), [&](Command& cmd) -> Status {
        if (!cmd.exists(QStringLiteral("deal"), id))
            return Error::make(ErrorCode::NotFound, tr("No deal with id %1.").arg(id));
        if (Status s = cmd.unlinkAll({QStringLiteral("activity"), QStringLiteral("task")},
                                     QStringLiteral("deal_id"), id);
            !s)
            return s;
        // Who was involved and what was offered belong to the deal and go with it.
        for (const QString& part : {QStringLiteral("deal_contact"), QStringLiteral("deal_item")}) {
            Status s =
                cmd.forEachWhere(part, QStringLiteral("deal_id"), id,
                                 [&](const QString& partId) { return cmd.remove(part, partId); });
            if (!s)
                return s;
        }
        return cmd.remove(QStringLiteral("deal"), id);
    });
}

Result<Deal> Store::deal(const QString& id) const
{
    auto row = readEntity(connection(), QStringLiteral("deal"), id);
    if (!row)
        return row.error();
    return dealFrom(id, *row);
}

Result<Activity> Store::logActivity(Activity activity)
{
    if (!activity.occurredAt.isValid())
        activity.occurredAt = QDateTime::currentDateTimeUtc();
    if (Status s = validate(activity); !s)
        return s.error();
    if (activity.id.isEmpty())
        activity.id = newUuidV7();
    if (activity.ownerId.isEmpty())
        activity.ownerId = m_profile.id;
    Status s = execute(QStringLiteral("Log activity"), [&](Command& cmd) -> Status {
        if (Status st = checkLinks(cmd, activity.contactId, activity.companyId, activity.dealId);
            !st)
            return st;
        if (Status st = cmd.insert(QStringLiteral("activity"), activity.id,
                                   stamped(toFields(activity), true));
            !st)
            return st;
        if (activity.contactId.isEmpty() || activity.kind == ActivityKind::Note)
            return {};
        // A call, email or meeting counts as contact with the person.
        auto contact = cmd.read(QStringLiteral("contact"), activity.contactId);
        if (!contact)
            return contact.error();
        const QDateTime last = timeFrom(contact->value(QStringLiteral("last_contacted_at")));
        if (last.isValid() && last >= activity.occurredAt)
            return {};
        return cmd.update(QStringLiteral("contact"), activity.contactId,
                          {{QStringLiteral("last_contacted_at"), timeValue(activity.occurredAt)}});
    });
    if (!s)
        return s.error();
    return this->activity(activity.id);
}

Status Store::updateActivity(const Activity& activity)
{
    if (Status s = validate(activity); !s)
        return s;
    return execute(QStringLiteral("Edit activity"), [&](Command& cmd) -> Status {
        if (Status st = checkLinks(cmd, activity.contactId, activity.companyId, activity.dealId);
            !st)
            return st;
        return cmd.update(QStringLiteral("activity"), activity.id,
                          stamped(toFields(activity), false));
    });
}

Status Store::deleteActivity(const QString& id)
{
    return execute(QStringLiteral("Delete activity"),
                   [&](Command& cmd) { return cmd.remove(QStringLiteral("activity"), id); });
}

Result<Activity> Store::activity(const QString& id) const
{
    auto row = readEntity(connection(), QStringLiteral("activity"), id);
    if (!row)
        return row.error();
    return activityFrom(id, *row);
}

Result<QList<Activity>> Store::activitiesFor(const QString& entity, const QString& id) const
{
    QString column;
    if (entity == QLatin1String("contact"))
        column = QStringLiteral("contact_id");
    else if (entity == QLatin1String("company"))
        column = QStringLiteral("company_id");
    else if (entity == QLatin1String("deal"))
        column = QStringLiteral("deal_id");
    else
        return Error::make(ErrorCode::Usage, tr("Unknown kind of record: %1").arg(entity));
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM activities WHERE %1 = ? ORDER BY occurred_at DESC")
                  .arg(column));
    q.addBindValue(id);
    if (!q.exec())
        return Error::make(ErrorCode::Sql, q.lastError().databaseText());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QList<Activity> out;
    for (const QString& a : std::as_const(ids)) {
        if (auto act = activity(a))
            out.append(*act);
    }
    return out;
}

Result<Task> Store::createTask(Task task)
{
    if (Status s = validate(task); !s)
        return s.error();
    if (task.id.isEmpty())
        task.id = newUuidV7();
    if (task.assigneeId.isEmpty())
        task.assigneeId = m_profile.id;
    Status s = execute(QStringLiteral("Create task"), [&](Command& cmd) -> Status {
        if (Status st = checkLinks(cmd, task.contactId, task.companyId, task.dealId); !st)
            return st;
        return cmd.insert(QStringLiteral("task"), task.id, stamped(toFields(task), true));
    });
    if (!s)
        return s.error();
    return this->task(task.id);
}

Status Store::updateTask(const Task& task)
{
    if (Status s = validate(task); !s)
        return s;
    return execute(QStringLiteral("Edit task"), [&](Command& cmd) -> Status {
        if (Status st = checkLinks(cmd, task.contactId, task.companyId, task.dealId); !st)
            return st;
        return cmd.update(QStringLiteral("task"), task.id, stamped(toFields(task), false));
    });
}

Status Store::setTaskDone(const QString& id, bool done)
{
    return execute(
        done ? QStringLiteral("Complete task") : QStringLiteral("Reopen task"), [&](Command& cmd) {
            return cmd.update(
                QStringLiteral("task"), id,
                stamped({{QStringLiteral("done"), qlonglong(done ? 1 : 0)},
                         {QStringLiteral("done_at"), done ? QVariant(nowText()) : QVariant()}},
                        false));
        });
}

Result<Task> Store::task(const QString& id) const
{
    auto row = readEntity(connection(), QStringLiteral("task"), id);
    if (!row)
        return row.error();
    return taskFrom(id, *row);
}

} // namespace baza::store
