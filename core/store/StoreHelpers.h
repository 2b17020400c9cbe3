#pragma once

// Small pieces shared by the store's deal, pipeline and money files.
#include "core/common/Result.h"

#include <QSqlQuery>
#include <QVariantMap>

namespace baza::store {

class Command;

namespace detail {

QString tr(const char* text);
Error queryError(const QSqlQuery& q);
Error fieldError(const char* field, const QString& message);
// Adds updated_at (and created_at for a new row) to a column map.
QVariantMap stamped(QVariantMap fields, bool created);
// The linked records must exist.
Status checkLinks(Command& cmd, const QString& contactId, const QString& companyId,
                  const QString& dealId);
// The stage must exist and belong to the pipeline.
Status checkStage(Command& cmd, const QString& pipelineId, const QString& stageId);

} // namespace detail
} // namespace baza::store
