#include "core/store/StoreHelpers.h"

#include "core/store/Command.h"
#include "core/store/Mapping.h"

#include <QCoreApplication>
#include <QSqlError>

namespace baza::store::detail {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::store", text);
}

Error queryError(const QSqlQuery& q)
{
    return Error{
        ErrorCode::Sql, q.lastError().databaseText(), q.lastError().nativeErrorCode().toInt(), {}};
}

Error fieldError(const char* field, const QString& message)
{
    Error e = Error::make(ErrorCode::Validation, message);
    e.field = QLatin1String(field);
    return e;
}

QVariantMap stamped(QVariantMap fields, bool created)
{
    const QString now = nowText();
    if (created)
        fields.insert(QStringLiteral("created_at"), now);
    fields.insert(QStringLiteral("updated_at"), now);
    return fields;
}

namespace {

Status linkError(const QString& what, const char* field)
{
    return fieldError(field, tr("The linked %1 does not exist.").arg(what));
}

} // namespace

Status checkLinks(Command& cmd, const QString& contactId, const QString& companyId,
                  const QString& dealId)
{
    if (!contactId.isEmpty() && !cmd.exists(QStringLiteral("contact"), contactId))
        return linkError(QStringLiteral("contact"), "contact_id");
    if (!companyId.isEmpty() && !cmd.exists(QStringLiteral("company"), companyId))
        return linkError(QStringLiteral("company"), "company_id");
    if (!dealId.isEmpty() && !cmd.exists(QStringLiteral("deal"), dealId))
        return linkError(QStringLiteral("deal"), "deal_id");
    return {};
}

Status checkStage(Command& cmd, const QString& pipelineId, const QString& stageId)
{
    auto stage = cmd.read(QStringLiteral("stage"), stageId);
    if (!stage)
        return linkError(QStringLiteral("stage"), "stage_id");
    if (stage->value(QStringLiteral("pipeline_id")).toString() != pipelineId)
        return fieldError("stage_id", tr("The stage belongs to another pipeline."));
    return {};
}

} // namespace baza::store::detail
