#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace baza::store {

// What the generic writer needs to know of an entity: its table and its columns (besides "id").
struct EntityDef
{
    QString entity; // the name used in the change log: contact, company, deal ...
    QString table;
    QStringList columns;
};

const EntityDef* entityDef(const QString& entity);
QStringList entityNames();

// One row as column → value, or NotFound.
Result<QVariantMap> readEntity(QSqlDatabase db, const QString& entity, const QString& id);

} // namespace baza::store
