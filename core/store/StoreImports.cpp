// The record of imports, undo of an import, the phone-region setting and contact export reads.
#include "core/store/BulkWriter.h"
#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

#include "core/db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

namespace {

Error queryError(const QSqlQuery& q)
{
    return Error{
        ErrorCode::Sql, q.lastError().databaseText(), q.lastError().nativeErrorCode().toInt(), {}};
}

using RecordKey = QPair<QString, QString>; // entity, id

// Links from one table's column to the records of an entity: what keeps a record alive.
struct Link
{
    const char* table;
    const char* column;
    const char* fromEntity;
    const char* toEntity;
};

constexpr Link Links[] = {
    {"contacts", "company_id", "contact", "company"},
    {"deals", "contact_id", "deal", "contact"},
    {"deals", "company_id", "deal", "company"},
    {"deals", "pipeline_id", "deal", "pipeline"},
    {"deals", "stage_id", "deal", "stage"},
    {"stages", "pipeline_id", "stage", "pipeline"},
    {"activities", "contact_id", "activity", "contact"},
    {"activities", "company_id", "activity", "company"},
    {"activities", "deal_id", "activity", "deal"},
    {"tasks", "contact_id", "task", "contact"},
    {"tasks", "company_id", "task", "company"},
    {"tasks", "deal_id", "task", "deal"},
    {"consents", "contact_id", "consent", "contact"},
    {"deal_contacts", "contact_id", "deal_contact", "contact"},
    {"deal_contacts", "deal_id", "deal_contact", "deal"},
    {"deal_items", "deal_id", "deal_item", "deal"},
};

} // namespace

QString Store::phoneRegion() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'phone_region'"));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Store::setPhoneRegion(const QString& region)
{
    const QString r = region.trimmed().toUpper();
    if (!r.isEmpty() && (r.size() != 2 || !r.at(0).isLetter() || !r.at(1).isLetter())) {
        Error e = Error::make(ErrorCode::Validation,
                              tr("\"%1\" is not a two-letter country code (e.g. PL).").arg(region));
        e.field = QStringLiteral("phone_region");
        return e;
    }
    QSqlQuery q(connection());
    q.prepare(r.isEmpty() ? QStringLiteral("DELETE FROM meta WHERE key = 'phone_region'")
                          : QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES "
                                           "('phone_region', ?)"));
    if (!r.isEmpty())
        q.addBindValue(r);
    if (!q.exec())
        return queryError(q);
    return {};
}

Result<QList<ImportRecord>> Store::imports() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT id, entity, file_name, started_at, finished_at, rows, "
                               "created, updated, skipped, errors, options, undone_at FROM imports "
                               "ORDER BY started_at DESC")))
        return queryError(q);
    QList<ImportRecord> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    timeFrom(q.value(3)), timeFrom(q.value(4)), q.value(5).toLongLong(),
                    q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong(),
                    q.value(9).toLongLong(), q.value(10).toString(), timeFrom(q.value(11))});
    }
    return out;
}

Result<UndoImportResult> Store::undoImport(const QString& batchId)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM commands WHERE batch_id = ? AND undo_of IS NULL AND "
                             "undone_by IS NULL ORDER BY hlc DESC"));
    q.addBindValue(batchId);
    if (!q.exec())
        return queryError(q);
    QStringList commandIds;
    while (q.next())
        commandIds << q.value(0).toString();
    q.finish();
    if (commandIds.isEmpty())
        return Error::make(ErrorCode::NotFound,
                           tr("Import %1 was undone already or does not exist.").arg(batchId));

    // What the import created and what it changed.
    QSet<RecordKey> created;
    QSet<RecordKey> changed;
    QSet<RecordKey> keep;
    QHash<RecordKey, QString> reasons;
    for (const QString& commandId : std::as_const(commandIds)) {
        q.prepare(QStringLiteral("SELECT entity, entity_id, op FROM changes WHERE command_id = ?"));
        q.addBindValue(commandId);
        if (!q.exec())
            return queryError(q);
        while (q.next()) {
            const RecordKey key{q.value(0).toString(), q.value(1).toString()};
            if (q.value(2).toString() == QLatin1String("insert"))
                created.insert(key);
            else
                changed.insert(key);
        }
        q.finish();
        // Changed later by a command outside the import that still stands.
        q.prepare(
            QStringLiteral("SELECT DISTINCT b.entity, b.entity_id FROM changes b JOIN changes l ON "
                           "l.entity = b.entity AND l.entity_id = b.entity_id AND l.seq > b.seq "
                           "JOIN commands c ON c.id = l.command_id WHERE b.command_id = ? AND "
                           "(c.batch_id IS NULL OR c.batch_id != ?) AND c.undone_by IS NULL AND "
                           "c.undo_of IS NULL"));
        q.addBindValue(commandId);
        q.addBindValue(batchId);
        if (!q.exec())
            return queryError(q);
        while (q.next()) {
            const RecordKey key{q.value(0).toString(), q.value(1).toString()};
            keep.insert(key);
            reasons.insert(key, tr("changed after the import"));
        }
        q.finish();
    }
    for (const RecordKey& k : std::as_const(created))
        changed.remove(k);

    // Created records that something staying behind points at must stay too; repeat until no
    // new one is found (a kept contact keeps its imported company).
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS undo_removing "
                               "(id TEXT PRIMARY KEY)")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.undo_removing")))
        return queryError(q);
    QSqlQuery add(db);
    add.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.undo_removing(id) VALUES (?)"));
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("DELETE FROM temp.undo_removing WHERE id = ?"));
    if (!db.transaction())
        return Error::make(ErrorCode::Sql, db.lastError().databaseText());
    for (const RecordKey& k : std::as_const(created)) {
        if (keep.contains(k))
            continue;
        add.bindValue(0, k.second);
        if (!add.exec()) {
            db.rollback();
            return queryError(add);
        }
    }
    db.commit();
    for (bool more = true; more;) {
        more = false;
        for (const Link& link : Links) {
            q.prepare(QStringLiteral("SELECT DISTINCT t.%2 FROM %1 t JOIN temp.undo_removing r ON "
                                     "r.id = t.%2 WHERE t.id NOT IN "
                                     "(SELECT id FROM temp.undo_removing)")
                          .arg(QLatin1String(link.table), QLatin1String(link.column)));
            if (!q.exec())
                return queryError(q);
            QStringList ids;
            while (q.next())
                ids << q.value(0).toString();
            q.finish();
            for (const QString& id : std::as_const(ids)) {
                const RecordKey key{QLatin1String(link.toEntity), id};
                keep.insert(key);
                reasons.insert(
                    key, tr("a %1 created later refers to it").arg(QLatin1String(link.fromEntity)));
                drop.bindValue(0, id);
                if (!drop.exec())
                    return queryError(drop);
                more = true;
            }
        }
    }
    q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.undo_removing"));

    UndoImportResult result;
    for (const RecordKey& k : std::as_const(keep)) {
        QString name = k.second;
        if (auto row = readEntity(db, k.first, k.second)) {
            if (k.first == QLatin1String("contact"))
                name = contactFrom(k.second, *row).displayName();
            else if (row->contains(QStringLiteral("name")))
                name = row->value(QStringLiteral("name")).toString();
            else if (row->contains(QStringLiteral("title")))
                name = row->value(QStringLiteral("title")).toString();
        }
        result.kept.append({k.first, k.second, name, reasons.value(k)});
    }
    std::sort(result.kept.begin(), result.kept.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
    for (const RecordKey& k : std::as_const(created))
        result.removed += keep.contains(k) ? 0 : 1;
    for (const RecordKey& k : std::as_const(changed))
        result.restored += keep.contains(k) ? 0 : 1;

    Status s = undoCommands(commandIds, QStringLiteral("Undo import"), keep, [&](Command& cmd) {
        auto r = cmd.run(QStringLiteral("UPDATE imports SET undone_at = ? WHERE id = ?"),
                         {nowText(), batchId});
        return r ? Status() : Status(r.error());
    });
    if (!s)
        return s.error();
    return result;
}

Status
Store::forEachContact(const QStringList& ids, const QString& purpose,
                      const std::function<bool(const domain::Contact&, const QString&)>& sink) const
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QHash<QString, QString> companies;
    if (!q.exec(QStringLiteral("SELECT id, name FROM companies")))
        return queryError(q);
    while (q.next())
        companies.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();

    // The newest decision per contact for the purpose decides (decided_at, then recording order).
    QHash<QString, QString> consent;
    if (!purpose.isEmpty()) {
        q.prepare(QStringLiteral("SELECT contact_id, status FROM consents WHERE purpose = ? "
                                 "COLLATE NOCASE ORDER BY contact_id, decided_at, created_at"));
        q.addBindValue(purpose);
        if (!q.exec())
            return queryError(q);
        while (q.next())
            consent.insert(q.value(0).toString(), q.value(1).toString());
        q.finish();
    }
    auto allowed = [&](const QString& id) {
        return purpose.isEmpty() || consent.value(id) == QLatin1String("granted");
    };

    const EntityDef* def = entityDef(QStringLiteral("contact"));
    if (!ids.isEmpty()) {
        for (const QString& id : ids) {
            if (!allowed(id))
                continue;
            auto row = readEntity(db, QStringLiteral("contact"), id);
            if (!row)
                return row.error();
            const domain::Contact c = contactFrom(id, *row);
            if (!sink(c, companies.value(c.companyId)))
                return {};
        }
        return {};
    }
    if (!q.exec(QStringLiteral("SELECT id, %1 FROM contacts ORDER BY last_name COLLATE NOCASE, "
                               "first_name COLLATE NOCASE, id")
                    .arg(def->columns.join(QLatin1String(", ")))))
        return queryError(q);
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!allowed(id))
            continue;
        QVariantMap row;
        for (int i = 0; i < def->columns.size(); ++i)
            row.insert(def->columns.at(i), q.value(i + 1));
        const domain::Contact c = contactFrom(id, row);
        if (!sink(c, companies.value(c.companyId)))
            break;
    }
    return {};
}

} // namespace baza::store
