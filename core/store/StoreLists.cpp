// What the list views write: bulk actions on a selection, and saved segments.
#include "core/store/Command.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

#include "core/common/Uuid.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::store", text);
}

// Labels are stored in the change log in English, like every other command's; the count is
// grouped the English way ("Add tag to 1,250 contacts").
QString countText(qsizetype n)
{
    return QLocale(QLocale::English).toString(qint64(n));
}

Error validationError(const QString& message, const char* field)
{
    Error e = Error::make(ErrorCode::Validation, message);
    e.field = QLatin1String(field);
    return e;
}

Status requireOwner(const QSqlDatabase& db, const QString& ownerId)
{
    if (ownerId.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
    q.addBindValue(ownerId);
    if (!q.exec())
        return Error::make(ErrorCode::Sql, q.lastError().databaseText());
    if (q.next())
        return {};
    return validationError(tr("The chosen owner does not exist."), "owner_id");
}

} // namespace

Status Store::updateEach(const QString& label, const QString& entity, const QStringList& ids,
                         const std::function<Result<QVariantMap>(const QVariantMap& row)>& change)
{
    return execute(label, [&](Command& cmd) -> Status {
        const QString now = nowText();
        for (const QString& id : ids) {
            auto row = cmd.read(entity, id);
            if (!row) {
                if (row.code() == ErrorCode::NotFound)
                    continue; // deleted since it was selected
                return row.error();
            }
            auto fields = change(*row);
            if (!fields)
                return fields.error();
            if (fields->isEmpty())
                continue;
            fields->insert(QStringLiteral("updated_at"), now);
            if (Status s = cmd.update(entity, id, *fields); !s)
                return s;
        }
        return {};
    });
}

Status Store::tagContacts(const QStringList& ids, const QString& tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return validationError(tr("The tag must not be empty."), "tags");
    // Reuse the spelling the tag already has ("VIP", not "vip").
    QString canonical = name;
    {
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("SELECT name FROM tags WHERE name = ?"));
        q.addBindValue(name);
        if (q.exec() && q.next())
            canonical = q.value(0).toString();
    }
    return execute(QStringLiteral("Add tag to %1 contacts").arg(countText(ids.size())),
                   [&](Command& cmd) -> Status {
                       if (Status s = ensureTags(cmd, {canonical}); !s)
                           return s;
                       const QString now = nowText();
                       for (const QString& id : ids) {
                           auto row = cmd.read(QStringLiteral("contact"), id);
                           if (!row) {
                               if (row.code() == ErrorCode::NotFound)
                                   continue;
                               return row.error();
                           }
                           QStringList tags =
                               tagsFromJson(row->value(QStringLiteral("tags")).toString());
                           if (tags.contains(canonical, Qt::CaseInsensitive))
                               continue;
                           tags << canonical;
                           if (Status s = cmd.update(QStringLiteral("contact"), id,
                                                     {{QStringLiteral("tags"), tagsToJson(tags)},
                                                      {QStringLiteral("updated_at"), now}});
                               !s)
                               return s;
                       }
                       return {};
                   });
}

Status Store::untagContacts(const QStringList& ids, const QString& tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return validationError(tr("The tag must not be empty."), "tags");
    return updateEach(
        QStringLiteral("Remove tag from %1 contacts").arg(countText(ids.size())),
        QStringLiteral("contact"), ids, [&](const QVariantMap& row) -> Result<QVariantMap> {
            QStringList tags = tagsFromJson(row.value(QStringLiteral("tags")).toString());
            const qsizetype before = tags.size();
            tags.removeIf(
                [&](const QString& t) { return t.compare(name, Qt::CaseInsensitive) == 0; });
            if (tags.size() == before)
                return QVariantMap();
            return QVariantMap{{QStringLiteral("tags"), text(tagsToJson(tags))}};
        });
}

Status Store::setContactsOwner(const QStringList& ids, const QString& ownerId)
{
    if (Status s = requireOwner(connection(), ownerId); !s)
        return s;
    return updateEach(
        QStringLiteral("Change owner of %1 contacts").arg(countText(ids.size())),
        QStringLiteral("contact"), ids, [&](const QVariantMap&) {
            return Result<QVariantMap>(QVariantMap{{QStringLiteral("owner_id"), text(ownerId)}});
        });
}

Status Store::setContactsLifecycle(const QStringList& ids, domain::Lifecycle stage)
{
    return updateEach(
        QStringLiteral("Change lifecycle stage of %1 contacts").arg(countText(ids.size())),
        QStringLiteral("contact"), ids, [&](const QVariantMap&) {
            return Result<QVariantMap>(
                QVariantMap{{QStringLiteral("lifecycle"), domain::lifecycleKey(stage)}});
        });
}

Status Store::deleteContacts(const QStringList& ids)
{
    return execute(QStringLiteral("Delete %1 contacts").arg(countText(ids.size())),
                   [&](Command& cmd) -> Status {
                       for (const QString& id : ids) {
                           if (!cmd.exists(QStringLiteral("contact"), id))
                               continue;
                           if (Status s = removeContact(cmd, id); !s)
                               return s;
                       }
                       return {};
                   });
}

Status Store::setCompaniesOwner(const QStringList& ids, const QString& ownerId)
{
    if (Status s = requireOwner(connection(), ownerId); !s)
        return s;
    return updateEach(
        QStringLiteral("Change owner of %1 companies").arg(countText(ids.size())),
        QStringLiteral("company"), ids, [&](const QVariantMap&) {
            return Result<QVariantMap>(QVariantMap{{QStringLiteral("owner_id"), text(ownerId)}});
        });
}

Status Store::deleteCompanies(const QStringList& ids)
{
    return execute(QStringLiteral("Delete %1 companies").arg(countText(ids.size())),
                   [&](Command& cmd) -> Status {
                       for (const QString& id : ids) {
                           if (!cmd.exists(QStringLiteral("company"), id))
                               continue;
                           if (Status s = removeCompany(cmd, id); !s)
                               return s;
                       }
                       return {};
                   });
}

Result<domain::Segment> Store::createSegment(domain::Segment segment)
{
    segment.name = segment.name.trimmed();
    if (segment.name.isEmpty())
        return validationError(tr("A segment needs a name."), "name");
    if (segment.entity != QLatin1String("contact") && segment.entity != QLatin1String("company"))
        return Error::make(
            ErrorCode::Usage,
            tr("Segments are lists of contacts or companies, not %1.").arg(segment.entity));
    if (segment.id.isEmpty())
        segment.id = newUuidV7();
    Status s = execute(QStringLiteral("Save segment"), [&](Command& cmd) -> Status {
        auto r = cmd.run(QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM segments"));
        if (!r)
            return r.error();
        if ((*r)->next())
            segment.position = (*r)->value(0).toInt();
        (*r)->finish();
        const QString now = nowText();
        return cmd.insert(QStringLiteral("segment"), segment.id,
                          {{QStringLiteral("entity"), segment.entity},
                           {QStringLiteral("name"), segment.name},
                           {QStringLiteral("query"), segment.query},
                           {QStringLiteral("position"), segment.position},
                           {QStringLiteral("created_at"), now},
                           {QStringLiteral("updated_at"), now}});
    });
    if (!s)
        return s.error();
    return segment;
}

Status Store::renameSegment(const QString& id, const QString& name)
{
    if (name.trimmed().isEmpty())
        return validationError(tr("A segment needs a name."), "name");
    return execute(QStringLiteral("Rename segment"), [&](Command& cmd) {
        return cmd.update(
            QStringLiteral("segment"), id,
            {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("updated_at"), nowText()}});
    });
}

Status Store::setSegmentQuery(const QString& id, const QString& query)
{
    return execute(QStringLiteral("Edit segment"), [&](Command& cmd) {
        return cmd.update(
            QStringLiteral("segment"), id,
            {{QStringLiteral("query"), query}, {QStringLiteral("updated_at"), nowText()}});
    });
}

Status Store::deleteSegment(const QString& id)
{
    return execute(QStringLiteral("Delete segment"),
                   [&](Command& cmd) { return cmd.remove(QStringLiteral("segment"), id); });
}

Result<QList<domain::Segment>> Store::segments(const QString& entity) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, entity, name, query, position FROM segments "
                             "WHERE ? = '' OR entity = ? ORDER BY position, name COLLATE NOCASE"));
    q.addBindValue(entity.isNull() ? QStringLiteral("") : entity);
    q.addBindValue(entity.isNull() ? QStringLiteral("") : entity);
    if (!q.exec())
        return Error::make(ErrorCode::Sql, q.lastError().databaseText());
    QList<domain::Segment> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt()});
    return out;
}

} // namespace baza::store
