// The `private` flag of contacts, companies and deals (team sync visibility).
#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

namespace baza::store {

namespace {

bool hasPrivateFlag(const QString& entity)
{
    return entity == QLatin1String("contact") || entity == QLatin1String("company") ||
           entity == QLatin1String("deal");
}

} // namespace

Status Store::setPrivate(const QString& entity, const QString& id, bool isPrivate)
{
    if (!hasPrivateFlag(entity))
        return Error::make(
            ErrorCode::Usage,
            tr("Only contacts, companies and deals can be private, not %1.").arg(entity));
    return execute(isPrivate ? QStringLiteral("Make private") : QStringLiteral("Share"),
                   [&](Command& cmd) -> Status {
                       if (!cmd.exists(entity, id))
                           return Error::make(ErrorCode::NotFound,
                                              tr("No %1 with id %2.").arg(entity, id));
                       return cmd.update(entity, id,
                                         {{QStringLiteral("private"), qint64(isPrivate ? 1 : 0)},
                                          {QStringLiteral("updated_at"), nowText()}});
                   });
}

Result<bool> Store::isPrivate(const QString& entity, const QString& id) const
{
    if (!hasPrivateFlag(entity))
        return false;
    auto row = readEntity(connection(), entity, id);
    if (!row)
        return row.error();
    return row->value(QStringLiteral("private")).toLongLong() != 0;
}

} // namespace baza::store
