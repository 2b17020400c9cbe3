// Reads for the record cards: what belongs to a contact or a company (people, deals, tasks,
// activities), in one query each rather than one read per row.
#include "core/store/Entities.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

#include "core/db/Database.h"
#include "core/search/SearchIndex.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

using namespace baza::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::store", text);
}

using Row = QPair<QString, QVariantMap>;

// Rows of `entity` matching `where` (with `?` placeholders bound to `binds`), in `order`.
Result<QList<Row>> readRows(QSqlDatabase db, const QString& entity, const QString& where,
                            const QVariantList& binds, const QString& order, int limit)
{
    const EntityDef* def = entityDef(entity);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT %5")
                  .arg(def->columns.join(QLatin1String(", ")), def->table, where, order)
                  .arg(limit));
    // A single bind value fills every placeholder (the link clauses repeat the id).
    const int placeholders = int(where.count(QLatin1Char('?')));
    for (int i = 0; i < placeholders; ++i)
        q.addBindValue(binds.size() == 1 ? binds.first() : binds.value(i));
    if (!q.exec())
        return Error::make(ErrorCode::Sql, q.lastError().databaseText());
    QList<Row> out;
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < def->columns.size(); ++i)
            row.insert(def->columns.at(i), q.value(i + 1));
        out.append({q.value(0).toString(), row});
    }
    return out;
}

template <typename T, typename From> Result<QList<T>> mapRows(Result<QList<Row>> rows, From from)
{
    if (!rows)
        return rows.error();
    QList<T> out;
    out.reserve(rows->size());
    for (const Row& r : std::as_const(*rows))
        out.append(from(r.first, r.second));
    return out;
}

// The WHERE clause linking a deal, task or activity to a record. A company's includes what is
// linked to the people who work there.
Result<QString> linkClause(const QString& entity)
{
    if (entity == QLatin1String("contact"))
        return QStringLiteral("(contact_id = ?)");
    if (entity == QLatin1String("company"))
        return QStringLiteral(
            "(company_id = ? OR contact_id IN (SELECT id FROM contacts WHERE company_id = ?))");
    if (entity == QLatin1String("deal"))
        return QStringLiteral("(deal_id = ?)");
    return Error::make(ErrorCode::Usage, tr("Unknown kind of record: %1").arg(entity));
}

} // namespace

Result<QList<Activity>> Store::timelineActivities(const QString& entity, const QString& id,
                                                  int limit) const
{
    auto where = linkClause(entity);
    if (!where)
        return where.error();
    return mapRows<Activity>(readRows(connection(), QStringLiteral("activity"), *where, {id},
                                      QStringLiteral("occurred_at DESC, id DESC"), limit),
                             activityFrom);
}

Result<QList<Deal>> Store::dealsFor(const QString& entity, const QString& id, bool openOnly) const
{
    if (entity == QLatin1String("deal"))
        return Error::make(ErrorCode::Usage, tr("Unknown kind of record: %1").arg(entity));
    auto where = linkClause(entity);
    if (!where)
        return where.error();
    const QString clause = openOnly ? *where + QStringLiteral(" AND status = 'open'") : *where;
    return mapRows<Deal>(readRows(connection(), QStringLiteral("deal"), clause, {id},
                                  QStringLiteral("expected_close IS NULL, expected_close, title"),
                                  1000),
                         dealFrom);
}

Result<QList<Task>> Store::tasksFor(const QString& entity, const QString& id, bool openOnly) const
{
    auto where = linkClause(entity);
    if (!where)
        return where.error();
    const QString clause = openOnly ? *where + QStringLiteral(" AND done = 0") : *where;
    return mapRows<Task>(readRows(connection(), QStringLiteral("task"), clause, {id},
                                  QStringLiteral("done, due_at IS NULL, due_at, title"), 1000),
                         taskFrom);
}

Result<QList<Contact>> Store::contactsOfCompany(const QString& companyId, int limit) const
{
    return mapRows<Contact>(
        readRows(connection(), QStringLiteral("contact"), QStringLiteral("company_id = ?"),
                 {companyId},
                 QStringLiteral("last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"), limit),
        contactFrom);
}

Result<QList<UserProfile>> Store::users() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT id, name, email FROM users ORDER BY name COLLATE NOCASE")))
        return Error::make(ErrorCode::Sql, q.lastError().databaseText());
    QList<UserProfile> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<QList<Company>> Store::companiesMatching(const QString& query, int limit) const
{
    search::SearchIndex index(connection());
    auto hits = index.search(query, limit, {QStringLiteral("company")});
    if (!hits)
        return hits.error();
    QList<Company> out;
    for (const search::SearchHit& h : std::as_const(*hits)) {
        if (auto c = company(h.id))
            out.append(*c);
    }
    return out;
}

Result<QString> Store::companyIdByName(const QString& name) const
{
    QSqlQuery q(connection());
    // Exact name first, then ignoring (ASCII) case.
    q.prepare(QStringLiteral("SELECT id FROM companies WHERE name = ? COLLATE NOCASE "
                             "ORDER BY name = ? DESC, id LIMIT 1"));
    q.addBindValue(name.trimmed());
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Error::make(ErrorCode::Sql, q.lastError().databaseText());
    if (!q.next()) {
        Error e = Error::make(ErrorCode::NotFound,
                              tr("There is no company named \"%1\".").arg(name.trimmed()));
        e.field = QStringLiteral("company_id");
        return e;
    }
    return q.value(0).toString();
}

} // namespace baza::store
