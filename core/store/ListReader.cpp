#include "core/store/ListReader.h"

#include "core/domain/Contact.h"
#include "core/search/SearchIndex.h"
#include "core/store/Mapping.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::store", text);
}

Error readFailed(const QSqlQuery& q)
{
    return Error{ErrorCode::Sql,
                 tr("Reading the list failed: %1").arg(q.lastError().text()),
                 q.lastError().nativeErrorCode().toInt(),
                 {}};
}

// The SQL of one query, built from its typed parts. Joins are added only when a column of the
// joined table is read, so an id list sorted by an indexed column stays an index-only scan.
struct Sql
{
    QString where;
    QVariantList values;
    QString orderBy;
    bool joinCompany = false; // contacts: co = the contact's company
    bool joinOwner = false;   // u = the owner
};

// Lifecycle stages sort in journey order, not alphabetically.
QString lifecycleOrder()
{
    QString out = QStringLiteral("CASE c.lifecycle");
    const domain::Lifecycle stages[] = {
        domain::Lifecycle::Subscriber,  domain::Lifecycle::Lead,     domain::Lifecycle::Qualified,
        domain::Lifecycle::Opportunity, domain::Lifecycle::Customer, domain::Lifecycle::Evangelist,
        domain::Lifecycle::Other};
    int i = 0;
    for (domain::Lifecycle s : stages)
        out += QStringLiteral(" WHEN '%1' THEN %2").arg(domain::lifecycleKey(s)).arg(i++);
    return out + QStringLiteral(" ELSE %1 END").arg(i);
}

QString contactSort(ContactColumn column, Sql& sql)
{
    switch (column) {
    case ContactColumn::Name:
        return QStringLiteral("c.last_name COLLATE NOCASE %1, c.first_name COLLATE NOCASE %1");
    case ContactColumn::Email:
        return QStringLiteral("(SELECT min(value) FROM contact_channels ch WHERE ch.contact_id = "
                              "c.id AND ch.kind = 'email') %1");
    case ContactColumn::Phone:
        return QStringLiteral("(SELECT min(value) FROM contact_channels ch WHERE ch.contact_id = "
                              "c.id AND ch.kind = 'phone') %1");
    case ContactColumn::Company:
        sql.joinCompany = true;
        return QStringLiteral("co.name COLLATE NOCASE %1");
    case ContactColumn::Title:
        return QStringLiteral("c.title COLLATE NOCASE %1");
    case ContactColumn::City:
        return QStringLiteral("c.city COLLATE NOCASE %1");
    case ContactColumn::Country:
        return QStringLiteral("c.country COLLATE NOCASE %1");
    case ContactColumn::Lifecycle:
        return lifecycleOrder() + QStringLiteral(" %1");
    case ContactColumn::Owner:
        sql.joinOwner = true;
        return QStringLiteral("u.name COLLATE NOCASE %1");
    case ContactColumn::Tags:
        return QStringLiteral("c.tags COLLATE NOCASE %1");
    case ContactColumn::LastContacted:
        return QStringLiteral("c.last_contacted_at %1");
    case ContactColumn::Created:
        return QStringLiteral("c.created_at %1");
    case ContactColumn::Updated:
    case ContactColumn::Count:
        break;
    }
    return QStringLiteral("c.updated_at %1");
}

QString companySort(CompanyColumn column, Sql& sql)
{
    switch (column) {
    case CompanyColumn::Name:
        return QStringLiteral("c.name COLLATE NOCASE %1");
    case CompanyColumn::Domain:
        return QStringLiteral("c.domain COLLATE NOCASE %1");
    case CompanyColumn::Industry:
        return QStringLiteral("c.industry COLLATE NOCASE %1");
    case CompanyColumn::City:
        return QStringLiteral("c.city COLLATE NOCASE %1");
    case CompanyColumn::Country:
        return QStringLiteral("c.country COLLATE NOCASE %1");
    case CompanyColumn::Owner:
        sql.joinOwner = true;
        return QStringLiteral("u.name COLLATE NOCASE %1");
    case CompanyColumn::Contacts:
        return QStringLiteral("(SELECT count(*) FROM contacts k WHERE k.company_id = c.id) %1");
    case CompanyColumn::Created:
        return QStringLiteral("c.created_at %1");
    case CompanyColumn::Updated:
    case CompanyColumn::Count:
        break;
    }
    return QStringLiteral("c.updated_at %1");
}

QString placeholders(qsizetype n)
{
    return QStringLiteral("?, ").repeated(n).chopped(2);
}

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Sql buildSql(const ListQuery& query)
{
    Sql sql;
    const ListFilter& f = query.filter;
    const bool contacts = query.entity == ListEntity::Contacts;
    QStringList where;
    auto add = [&](const QString& condition, const QVariantList& values) {
        where << condition;
        sql.values << values;
    };
    if (!f.search.trimmed().isEmpty()) {
        const search::MatchSql match =
            search::SearchIndex::matchingIds(f.search, listEntityName(query.entity));
        if (!match.sql.isEmpty())
            add(QStringLiteral("c.id IN (%1)").arg(match.sql), match.values);
    }
    if (contacts && !f.tags.isEmpty()) {
        QVariantList tags;
        for (const QString& t : f.tags)
            tags << t;
        add(QStringLiteral("c.id IN (SELECT contact_id FROM contact_tags WHERE tag IN (%1))")
                .arg(placeholders(tags.size())),
            tags);
    }
    if (!f.ownerIds.isEmpty()) {
        QVariantList owners;
        for (const QString& o : f.ownerIds) {
            if (!o.isEmpty())
                owners << o;
        }
        QStringList alternatives;
        if (!owners.isEmpty())
            alternatives << QStringLiteral("c.owner_id IN (%1)").arg(placeholders(owners.size()));
        if (f.ownerIds.contains(QString()))
            alternatives << QStringLiteral("c.owner_id IS NULL");
        add(QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')'), owners);
    }
    if (contacts && !f.lifecycle.isEmpty()) {
        QVariantList stages;
        for (const QString& s : f.lifecycle)
            stages << s;
        add(QStringLiteral("c.lifecycle IN (%1)").arg(placeholders(stages.size())), stages);
    }
    if (!f.city.trimmed().isEmpty())
        add(QStringLiteral("c.city = ? COLLATE NOCASE"), {f.city.trimmed()});
    if (!f.country.trimmed().isEmpty())
        add(QStringLiteral("c.country = ? COLLATE NOCASE"), {f.country.trimmed()});
    if (!contacts && !f.industry.trimmed().isEmpty())
        add(QStringLiteral("c.industry = ? COLLATE NOCASE"), {f.industry.trimmed()});
    if (contacts) {
        const QString cutoff =
            utcText(QDateTime::currentDateTimeUtc().addDays(-qMax(0, f.lastContactDays)));
        switch (f.lastContact) {
        case LastContact::Any:
            break;
        case LastContact::Never:
            add(QStringLiteral("c.last_contacted_at IS NULL"), {});
            break;
        case LastContact::NotWithinDays:
            add(QStringLiteral("(c.last_contacted_at IS NULL OR c.last_contacted_at < ?)"),
                {cutoff});
            break;
        case LastContact::WithinDays:
            add(QStringLiteral("c.last_contacted_at >= ?"), {cutoff});
            break;
        }
    }
    // Stored times are UTC text of one format, so text order is time order.
    if (f.createdWithinDays > 0) {
        const QDate first = QDate::currentDate().addDays(1 - f.createdWithinDays);
        add(QStringLiteral("c.created_at >= ?"), {utcText(first.startOfDay())});
    }
    if (f.createdFrom.isValid())
        add(QStringLiteral("c.created_at >= ?"), {utcText(f.createdFrom.startOfDay())});
    if (f.createdTo.isValid())
        add(QStringLiteral("c.created_at < ?"), {utcText(f.createdTo.addDays(1).startOfDay())});
    sql.where = where.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));

    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString order =
        contacts
            ? contactSort(ContactColumn(qBound(0, query.sortColumn, int(ContactColumn::Count) - 1)),
                          sql)
            : companySort(CompanyColumn(qBound(0, query.sortColumn, int(CompanyColumn::Count) - 1)),
                          sql);
    // The rowid breaks ties, so the order is total and the same on every read.
    sql.orderBy = QStringLiteral(" ORDER BY ") + order.arg(direction) +
                  QStringLiteral(", c.rowid ") + direction;
    return sql;
}

QString fromClause(ListEntity entity, bool joinCompany, bool joinOwner)
{
    QString from = entity == ListEntity::Contacts ? QStringLiteral(" FROM contacts c")
                                                  : QStringLiteral(" FROM companies c");
    if (joinCompany)
        from += QStringLiteral(" LEFT JOIN companies co ON co.id = c.company_id");
    if (joinOwner)
        from += QStringLiteral(" LEFT JOIN users u ON u.id = c.owner_id");
    return from;
}

// The columns rowFrom() reads, after rowid and id.
QString selectList(ListEntity entity)
{
    if (entity == ListEntity::Contacts)
        return QStringLiteral(
            "SELECT c.rowid, c.id, c.first_name, c.middle_name, c.last_name, c.emails, c.phones, "
            "co.name, c.title, c.city, c.country, c.lifecycle, u.name, c.tags, "
            "c.last_contacted_at, c.created_at, c.updated_at");
    return QStringLiteral(
        "SELECT c.rowid, c.id, c.name, c.domain, c.industry, c.city, c.country, u.name, "
        "(SELECT count(*) FROM contacts k WHERE k.company_id = c.id), c.created_at, "
        "c.updated_at");
}

ListRow rowFrom(ListEntity entity, const QSqlQuery& q)
{
    ListRow row;
    row.rowid = q.value(0).toLongLong();
    row.id = q.value(1).toString();
    QVariantList& v = row.values;
    if (entity == ListEntity::Contacts) {
        v.resize(int(ContactColumn::Count));
        QStringList name{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        name.removeAll(QString());
        v[int(ContactColumn::Name)] = name.join(QLatin1Char(' '));
        const auto emails = emailsFromJson(q.value(5).toString());
        v[int(ContactColumn::Email)] = emails.isEmpty() ? QString() : emails.first().address;
        const auto phones = phonesFromJson(q.value(6).toString());
        v[int(ContactColumn::Phone)] = phones.isEmpty() ? QString() : phones.first().number;
        v[int(ContactColumn::Company)] = q.value(7).toString();
        v[int(ContactColumn::Title)] = q.value(8).toString();
        v[int(ContactColumn::City)] = q.value(9).toString();
        v[int(ContactColumn::Country)] = q.value(10).toString();
        v[int(ContactColumn::Lifecycle)] = q.value(11).toString();
        v[int(ContactColumn::Owner)] = q.value(12).toString();
        v[int(ContactColumn::Tags)] = tagsFromJson(q.value(13).toString());
        v[int(ContactColumn::LastContacted)] = timeFrom(q.value(14));
        v[int(ContactColumn::Created)] = timeFrom(q.value(15));
        v[int(ContactColumn::Updated)] = timeFrom(q.value(16));
        return row;
    }
    v.resize(int(CompanyColumn::Count));
    v[int(CompanyColumn::Name)] = q.value(2).toString();
    v[int(CompanyColumn::Domain)] = q.value(3).toString();
    v[int(CompanyColumn::Industry)] = q.value(4).toString();
    v[int(CompanyColumn::City)] = q.value(5).toString();
    v[int(CompanyColumn::Country)] = q.value(6).toString();
    v[int(CompanyColumn::Owner)] = q.value(7).toString();
    v[int(CompanyColumn::Contacts)] = q.value(8).toLongLong();
    v[int(CompanyColumn::Created)] = timeFrom(q.value(9));
    v[int(CompanyColumn::Updated)] = timeFrom(q.value(10));
    return row;
}

bool execWith(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

QString rowidList(const std::vector<qint64>& rowids)
{
    QStringList parts;
    parts.reserve(qsizetype(rowids.size()));
    for (qint64 r : rowids)
        parts << QString::number(r);
    return parts.join(QLatin1Char(','));
}

} // namespace

ListReader::ListReader(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<ListRow>> ListReader::firstPage(const ListQuery& query, int limit) const
{
    const Sql sql = buildSql(query);
    QSqlQuery q(m_db);
    QVariantList values = sql.values;
    values << limit;
    if (!execWith(q,
                  selectList(query.entity) +
                      fromClause(query.entity, query.entity == ListEntity::Contacts, true) +
                      sql.where + sql.orderBy + QStringLiteral(" LIMIT ?"),
                  values))
        return readFailed(q);
    QList<ListRow> out;
    while (q.next())
        out.append(rowFrom(query.entity, q));
    return out;
}

Result<std::vector<qint64>> ListReader::rowids(const ListQuery& query) const
{
    const Sql sql = buildSql(query);
    QSqlQuery q(m_db);
    if (!execWith(q,
                  QStringLiteral("SELECT c.rowid") +
                      fromClause(query.entity, sql.joinCompany, sql.joinOwner) + sql.where +
                      sql.orderBy,
                  sql.values))
        return readFailed(q);
    std::vector<qint64> out;
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return readFailed(q);
    return out;
}

Result<qint64> ListReader::count(const ListQuery& query) const
{
    const Sql sql = buildSql(query);
    QSqlQuery q(m_db);
    if (!execWith(q,
                  QStringLiteral("SELECT count(*)") + fromClause(query.entity, false, false) +
                      sql.where,
                  sql.values) ||
        !q.next())
        return readFailed(q);
    return q.value(0).toLongLong();
}

Result<QList<ListRow>> ListReader::rows(ListEntity entity, const std::vector<qint64>& rowids) const
{
    if (rowids.empty())
        return QList<ListRow>();
    QSqlQuery q(m_db);
    // Rowids are integers, so listing them inline is safe, and one statement of any length
    // beats hundreds of bound variables (SQLite 3.15 allows 999).
    if (!execWith(q,
                  selectList(entity) + fromClause(entity, entity == ListEntity::Contacts, true) +
                      QStringLiteral(" WHERE c.rowid IN (%1)").arg(rowidList(rowids)),
                  {}))
        return readFailed(q);
    QHash<qint64, ListRow> found;
    found.reserve(qsizetype(rowids.size()));
    while (q.next()) {
        ListRow row = rowFrom(entity, q);
        found.insert(row.rowid, std::move(row));
    }
    QList<ListRow> out;
    out.reserve(found.size());
    for (qint64 r : rowids) {
        auto it = found.find(r);
        if (it != found.end())
            out.append(std::move(*it));
    }
    return out;
}

Result<QStringList> ListReader::ids(ListEntity entity, const std::vector<qint64>& rowids) const
{
    QStringList out;
    out.reserve(qsizetype(rowids.size()));
    QHash<qint64, QString> found;
    constexpr size_t Chunk = 5000;
    for (size_t start = 0; start < rowids.size(); start += Chunk) {
        const std::vector<qint64> part(rowids.begin() + qsizetype(start),
                                       rowids.begin() +
                                           qsizetype(std::min(rowids.size(), start + Chunk)));
        QSqlQuery q(m_db);
        if (!execWith(q,
                      QStringLiteral("SELECT c.rowid, c.id") + fromClause(entity, false, false) +
                          QStringLiteral(" WHERE c.rowid IN (%1)").arg(rowidList(part)),
                      {}))
            return readFailed(q);
        while (q.next())
            found.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    for (qint64 r : rowids) {
        auto it = found.constFind(r);
        if (it != found.constEnd())
            out << *it;
    }
    return out;
}

Result<QList<QPair<QString, QString>>> ListReader::owners() const
{
    QSqlQuery q(m_db);
    if (!execWith(q, QStringLiteral("SELECT id, name FROM users ORDER BY name COLLATE NOCASE"), {}))
        return readFailed(q);
    QList<QPair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace baza::store
