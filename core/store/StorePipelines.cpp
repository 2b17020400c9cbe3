// Editing pipelines and their stages, and the list of lost reasons.
#include "core/store/Command.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"
#include "core/store/StoreHelpers.h"

#include "core/common/Uuid.h"
#include "core/domain/Validation.h"

#include <QSqlQuery>

namespace baza::store {

using namespace baza::domain;
using namespace detail;

namespace {

Result<QStringList> stageIdsOf(Command& cmd, const QString& pipelineId)
{
    auto r = cmd.run(QStringLiteral("SELECT id FROM stages WHERE pipeline_id = ? "
                                    "ORDER BY position, id"),
                     {pipelineId});
    if (!r)
        return r.error();
    QStringList ids;
    while ((*r)->next())
        ids << (*r)->value(0).toString();
    (*r)->finish();
    return ids;
}

// Positions 0, 1, 2 … in the given order, writing only what changed.
Status renumber(Command& cmd, const QString& entity, const QStringList& ids)
{
    for (int i = 0; i < ids.size(); ++i) {
        if (Status s = cmd.update(entity, ids.at(i), {{QStringLiteral("position"), qlonglong(i)}});
            !s)
            return s;
    }
    return {};
}

} // namespace

Status Store::renamePipeline(const QString& pipelineId, const QString& name)
{
    if (name.trimmed().isEmpty())
        return fieldError("name", tr("A pipeline needs a name."));
    return execute(QStringLiteral("Rename pipeline"), [&](Command& cmd) {
        return cmd.update(QStringLiteral("pipeline"), pipelineId,
                          stamped({{QStringLiteral("name"), name.trimmed()}}, false));
    });
}

Status Store::removePipeline(const QString& pipelineId)
{
    return execute(QStringLiteral("Remove pipeline"), [&](Command& cmd) -> Status {
        if (!cmd.exists(QStringLiteral("pipeline"), pipelineId))
            return Error::make(ErrorCode::NotFound, tr("No pipeline with id %1.").arg(pipelineId));
        auto deals =
            cmd.idsWhere(QStringLiteral("deal"), QStringLiteral("pipeline_id"), pipelineId);
        if (!deals)
            return deals.error();
        if (!deals->isEmpty())
            return Error::make(ErrorCode::Conflict,
                               tr("The pipeline still holds %n deal(s). Move or delete them "
                                  "first.",
                                  nullptr, int(deals->size())));
        auto stages = stageIdsOf(cmd, pipelineId);
        if (!stages)
            return stages.error();
        for (const QString& id : std::as_const(*stages)) {
            if (Status s = cmd.remove(QStringLiteral("stage"), id); !s)
                return s;
        }
        return cmd.remove(QStringLiteral("pipeline"), pipelineId);
    });
}

Result<Stage> Store::addStage(Stage stage)
{
    if (Status s = validate(stage); !s)
        return s.error();
    if (stage.id.isEmpty())
        stage.id = newUuidV7();
    Status s = execute(QStringLiteral("Add stage"), [&](Command& cmd) -> Status {
        if (!cmd.exists(QStringLiteral("pipeline"), stage.pipelineId))
            return fieldError("pipeline_id",
                              tr("The linked %1 does not exist.").arg(QStringLiteral("pipeline")));
        auto ids = stageIdsOf(cmd, stage.pipelineId);
        if (!ids)
            return ids.error();
        // Inserted at its position (clamped); the others shift to make room.
        const int at = std::clamp(stage.position, 0, int(ids->size()));
        stage.position = at;
        if (Status st =
                cmd.insert(QStringLiteral("stage"), stage.id, stamped(toFields(stage), true));
            !st)
            return st;
        ids->insert(at, stage.id);
        return renumber(cmd, QStringLiteral("stage"), *ids);
    });
    if (!s)
        return s.error();
    return stage;
}

Status Store::updateStage(const Stage& stage)
{
    if (Status s = validate(stage); !s)
        return s;
    return execute(QStringLiteral("Edit stage"), [&](Command& cmd) -> Status {
        auto old = cmd.read(QStringLiteral("stage"), stage.id);
        if (!old)
            return old.error();
        QVariantMap fields = toFields(stage);
        // Order and pipeline change through reorderStages; this edits what a stage is.
        fields.remove(QStringLiteral("position"));
        fields.remove(QStringLiteral("pipeline_id"));
        return cmd.update(QStringLiteral("stage"), stage.id, stamped(fields, false));
    });
}

Status Store::reorderStages(const QString& pipelineId, const QStringList& stageIds)
{
    return execute(QStringLiteral("Reorder stages"), [&](Command& cmd) -> Status {
        auto ids = stageIdsOf(cmd, pipelineId);
        if (!ids)
            return ids.error();
        QStringList sortedOld = *ids;
        QStringList sortedNew = stageIds;
        sortedOld.sort();
        sortedNew.sort();
        if (sortedOld != sortedNew)
            return Error::make(ErrorCode::Usage,
                               tr("The new order must list every stage of the pipeline once."));
        return renumber(cmd, QStringLiteral("stage"), stageIds);
    });
}

Result<qint64> Store::dealCountInStage(const QString& stageId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ?"));
    q.addBindValue(stageId);
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Status Store::removeStage(const QString& stageId, const QString& moveDealsTo)
{
    return execute(QStringLiteral("Remove stage"), [&](Command& cmd) -> Status {
        auto stage = cmd.read(QStringLiteral("stage"), stageId);
        if (!stage)
            return stage.error();
        const QString pipelineId = stage->value(QStringLiteral("pipeline_id")).toString();
        auto ids = stageIdsOf(cmd, pipelineId);
        if (!ids)
            return ids.error();
        if (ids->size() <= 1)
            return Error::make(ErrorCode::Conflict,
                               tr("A pipeline needs at least one stage; this is its last."));
        auto deals = cmd.idsWhere(QStringLiteral("deal"), QStringLiteral("stage_id"), stageId);
        if (!deals)
            return deals.error();
        if (!deals->isEmpty()) {
            if (moveDealsTo.isEmpty() || moveDealsTo == stageId)
                return fieldError("stage_id",
                                  tr("The stage holds %n deal(s); choose the stage they move to.",
                                     nullptr, int(deals->size())));
            if (Status st = checkStage(cmd, pipelineId, moveDealsTo); !st)
                return st;
            auto last = cmd.run(QStringLiteral("SELECT coalesce(max(position), 0) FROM deals "
                                               "WHERE stage_id = ? AND status = 'open'"),
                                {moveDealsTo});
            if (!last)
                return last.error();
            (*last)->next();
            qint64 position = (*last)->value(0).toLongLong();
            (*last)->finish();
            auto ordered = cmd.run(QStringLiteral("SELECT id FROM deals WHERE stage_id = ? "
                                                  "ORDER BY position, id"),
                                   {stageId});
            if (!ordered)
                return ordered.error();
            QStringList moving;
            while ((*ordered)->next())
                moving << (*ordered)->value(0).toString();
            (*ordered)->finish();
            const QString now = nowText();
            // The deals join the end of the target column in their current order.
            for (const QString& dealId : std::as_const(moving)) {
                position += 1024;
                if (Status st = cmd.update(QStringLiteral("deal"), dealId,
                                           {{QStringLiteral("stage_id"), moveDealsTo},
                                            {QStringLiteral("position"), position},
                                            {QStringLiteral("stage_entered_at"), now},
                                            {QStringLiteral("updated_at"), now}});
                    !st)
                    return st;
            }
        }
        if (Status st = cmd.remove(QStringLiteral("stage"), stageId); !st)
            return st;
        ids->removeAll(stageId);
        return renumber(cmd, QStringLiteral("stage"), *ids);
    });
}

Result<QList<LostReason>> Store::lostReasons() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT id, name, position FROM lost_reasons "
                               "ORDER BY position, name COLLATE NOCASE")))
        return queryError(q);
    QList<LostReason> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

Result<LostReason> Store::addLostReason(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fieldError("name", tr("A lost reason needs a text."));
    LostReason reason{newUuidV7(), trimmed, 0};
    Status s = execute(QStringLiteral("Add lost reason"), [&](Command& cmd) -> Status {
        auto r = cmd.run(QStringLiteral("SELECT count(*), coalesce(max(position) + 1, 0), "
                                        "sum(name = ? COLLATE NOCASE) FROM lost_reasons"),
                         {trimmed});
        if (!r)
            return r.error();
        (*r)->next();
        reason.position = (*r)->value(1).toInt();
        const bool duplicate = (*r)->value(2).toInt() > 0;
        (*r)->finish();
        if (duplicate)
            return fieldError("name", tr("\"%1\" is already in the list.").arg(trimmed));
        return cmd.insert(QStringLiteral("lost_reason"), reason.id,
                          stamped({{QStringLiteral("name"), trimmed},
                                   {QStringLiteral("position"), qlonglong(reason.position)}},
                                  true));
    });
    if (!s)
        return s.error();
    return reason;
}

Status Store::renameLostReason(const QString& id, const QString& name)
{
    if (name.trimmed().isEmpty())
        return fieldError("name", tr("A lost reason needs a text."));
    return execute(QStringLiteral("Rename lost reason"), [&](Command& cmd) {
        return cmd.update(QStringLiteral("lost_reason"), id,
                          stamped({{QStringLiteral("name"), name.trimmed()}}, false));
    });
}

Status Store::removeLostReason(const QString& id)
{
    // Deals keep the reason's text: it is what was said when they were lost.
    return execute(QStringLiteral("Remove lost reason"),
                   [&](Command& cmd) { return cmd.remove(QStringLiteral("lost_reason"), id); });
}

} // namespace baza::store
