// BulkWriter's row path: records prepared on any thread, written through prepared sqlite3
// statements, duplicates found through fingerprints kept in memory.
#include "core/store/BulkWriter.h"

#include "core/common/Uuid.h"
#include "core/domain/Validation.h"
#include "core/search/SearchIndex.h"
#include "core/search/TextFolding.h"
#include "core/store/BulkWriterStage.h"
#include "core/store/Command.h"
#include "core/store/Entities.h"
#include "core/store/Indexer.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

#include <QCoreApplication>

namespace baza::store {

using namespace baza::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::store", text);
}

// The record's row and compact change-log members (see compactFields: integers as numbers,
// everything else as text, NULLs left out), in the column order of `fields`.
PreparedRecord recordFrom(const QString& entity, const QString& id, const QVariantMap& fields,
                          const QString& link)
{
    // One list per entity and thread, so that every record of a run shares it and the writer
    // recognises its statement by comparing list data pointers.
    thread_local QHash<QString, QStringList> shapes;
    PreparedRecord r;
    r.entity = entity;
    r.id = id;
    r.idUtf8 = id.toUtf8();
    QStringList& shape = shapes[entity];
    const QStringList keys = fields.keys();
    if (shape != keys)
        shape = keys;
    r.columns = shape;
    r.values.reserve(fields.size());
    int i = 0;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it, ++i) {
        const QVariant& v = it.value();
        const bool isLink = it.key() == link;
        if (isLink)
            r.link = i;
        if (v.isNull() || isLink) {
            r.values.append(QByteArray());
            continue;
        }
        const int type = v.typeId();
        const bool integer =
            type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Bool;
        if (!r.compact.isEmpty())
            r.compact += ',';
        appendJsonString(r.compact, it.key());
        r.compact += ':';
        if (integer) {
            r.integers |= 1u << i;
            const QByteArray number = QByteArray::number(v.toLongLong());
            r.values.append(number);
            r.compact += number;
        } else {
            const QString text = v.toString();
            r.values.append(text.toUtf8());
            appendJsonString(r.compact, text);
        }
    }
    return r;
}

void setSearchTexts(PreparedRecord& r, const search::SearchDocument& doc)
{
    const std::array<QString, 3> texts = search::SearchIndex::ftsTexts(doc);
    for (int i = 0; i < 3; ++i)
        r.fts[i] = texts[i].isEmpty() ? QByteArray() : texts[i].toUtf8();
}

QVariantMap stamped(QVariantMap fields)
{
    const QString now = nowText();
    fields.insert(QStringLiteral("created_at"), now);
    fields.insert(QStringLiteral("updated_at"), now);
    return fields;
}

} // namespace

BulkWriter::CacheSize::CacheSize(sqlite3* handle, qint64 kib)
    : db(handle)
{
    db::RawStatement q;
    if (q.prepare(db, "PRAGMA cache_size")) {
        if (auto row = q.step(); row.ok() && *row)
            saved = q.columnText(0);
        q.reset();
    }
    if (!saved.isEmpty() && q.prepare(db, "PRAGMA cache_size = -" + QByteArray::number(kib)))
        (void)q.exec();
}

BulkWriter::CacheSize::~CacheSize()
{
    db::RawStatement q;
    if (!saved.isEmpty() && q.prepare(db, "PRAGMA cache_size = " + saved))
        (void)q.exec();
}

Status BulkWriter::prepareStatements()
{
    m_sql = std::make_unique<Statements>();
    Statements& s = *m_sql;
    s.db = db::rawHandle(m_cmd->db());
    // 96 MiB: at 200,000 rows 13 % less CPU than 32 MiB, and a million rows stay within the
    // 300 MiB the import may take (bench/import_bench.cpp).
    if (s.db)
        m_cache = std::make_unique<CacheSize>(s.db, 96 * 1024);
    Status st = s.change.prepare(
        s.db,
        "INSERT INTO changes(command_id, entity, entity_id, op, field, old_value, "
        "new_value, hlc, device_id, user_id) VALUES (?, ?, ?, 'insert', NULL, NULL, ?, ?, ?, ?)");
    if (st)
        st = s.searchDoc.prepare(s.db, "INSERT INTO search_docs(entity, entity_id) VALUES (?, ?)");
    for (int i = 0; st && i < 3; ++i)
        st = s.fts[i].prepare(s.db,
                              (QLatin1String("INSERT INTO ") + search::SearchIndex::ftsTable(i) +
                               QLatin1String("(docid, ") + search::SearchIndex::ftsColumn(i) +
                               QLatin1String(") VALUES (?, ?)"))
                                  .toUtf8());
    if (st)
        st = s.channel.prepare(
            s.db, "INSERT INTO contact_channels(contact_id, kind, value) VALUES (?, ?, ?)");
    if (st)
        st = s.contactTag.prepare(
            s.db, "INSERT OR IGNORE INTO contact_tags(contact_id, tag) VALUES (?, ?)");
    if (st)
        st = s.checks.prepare(s.db);
    if (!s.db)
        return Error::make(ErrorCode::Sql, tr("The bulk writer needs Baza's SQLCipher driver."));
    return st;
}

PreparedContact BulkWriter::prepareContact(Contact contact, const QString& companyName)
{
    PreparedContact p;
    if (contact.id.isEmpty())
        contact.id = newUuidV7();
    contact.tags.removeDuplicates();
    if (Status s = validate(contact); !s)
        p.record.invalid = s.error();
    for (const EmailAddress& e : contact.emails) {
        const QString n = normalizedEmail(e.address);
        p.emails.append(n.toUtf8());
        p.emailKeys.append(fingerprint(KeyKind::Email, n));
    }
    for (const PhoneNumber& ph : contact.phones) {
        const QString n = normalizedPhone(ph.number);
        if (n.isEmpty())
            continue;
        p.phones.append(n.toUtf8());
        p.phoneKeys.append(fingerprint(KeyKind::Phone, n));
    }
    if (!contact.firstName.trimmed().isEmpty() && !contact.lastName.trimmed().isEmpty())
        p.nameKey = fingerprint(KeyKind::Name, nameKeyText(contact.firstName, contact.lastName));
    const Error invalid = p.record.invalid;
    p.record = recordFrom(QStringLiteral("contact"), contact.id, stamped(toFields(contact)),
                          QStringLiteral("company_id"));
    p.record.invalid = invalid;
    setSearchTexts(p.record, Indexer::contactDocument(contact, companyName));
    p.companyName = companyName;
    p.contact = std::move(contact);
    return p;
}

PreparedCompany BulkWriter::prepareCompany(Company company)
{
    PreparedCompany p;
    if (company.id.isEmpty())
        company.id = newUuidV7();
    company.name = company.name.trimmed();
    if (Status s = validate(company); !s)
        p.record.invalid = s.error();
    const Error invalid = p.record.invalid;
    p.record =
        recordFrom(QStringLiteral("company"), company.id, stamped(toFields(company)), QString());
    p.record.invalid = invalid;
    setSearchTexts(p.record, Indexer::companyDocument(company));
    if (!company.name.isEmpty())
        p.key = fingerprint(KeyKind::Company, search::fold(company.name));
    p.company = std::move(company);
    return p;
}

db::RawStatement* BulkWriter::insertStatement(const PreparedRecord& r, Status* error)
{
    auto it = m_sql->inserts.find(r.entity);
    if (it != m_sql->inserts.end() && it->first == r.columns) // shared lists compare in O(1)
        return it->second.get();
    const EntityDef* def = entityDef(r.entity);
    if (!def) {
        *error = Error::make(ErrorCode::Usage, tr("Unknown kind of record: %1").arg(r.entity));
        return nullptr;
    }
    for (const QString& c : r.columns) {
        if (!def->columns.contains(c)) {
            *error = Error::make(ErrorCode::Usage, tr("%1 has no field %2.").arg(r.entity, c));
            return nullptr;
        }
    }
    const QString sql = QStringLiteral("INSERT INTO ") + def->table +
                        QStringLiteral(" (rowid, id, ") + r.columns.join(QLatin1String(", ")) +
                        QStringLiteral(") VALUES (?, ?, ") +
                        QStringLiteral("?, ").repeated(r.columns.size() - 1) + QStringLiteral("?)");
    auto st = std::make_shared<db::RawStatement>();
    if (Status s = st->prepare(m_sql->db, sql.toUtf8()); !s) {
        *error = s;
        return nullptr;
    }
    m_sql->inserts.insert(r.entity, {r.columns, st});
    return st.get();
}

Status BulkWriter::writeRow(PreparedRecord& r, qint64 rowid, const QByteArray& linkValue)
{
    Status error;
    db::RawStatement* insert = insertStatement(r, &error);
    if (!insert)
        return error;
    if (r.link >= 0) // an empty link is NULL, never ''
        r.values[r.link] = linkValue.isEmpty() ? QByteArray() : linkValue;
    insert->bindInt64(1, rowid);
    insert->bindText(2, r.idUtf8);
    for (int i = 0; i < r.values.size(); ++i) {
        if (r.integers & (1u << i))
            insert->bindInt64(i + 3, r.values.at(i).toLongLong());
        else
            insert->bindText(i + 3, r.values.at(i));
    }
    return insert->exec();
}

Status BulkWriter::flushRows()
{
    Staging& st = *m_stage;
    for (Staging::Company& c : st.companies) {
        if (Status s = writeRow(c.prepared.record, c.rowid, QByteArray()); !s)
            return s;
    }
    for (Staging::Contact& c : st.contacts) {
        if (Status s = writeRow(c.prepared.record, c.rowid, c.companyId); !s)
            return s;
    }
    auto recordOf = [&st](const Staging::Created& c) -> PreparedRecord& {
        return c.company ? st.companies[c.index].prepared.record
                         : st.contacts[c.index].prepared.record;
    };
    // The compact change-log entry: the record's fields as one JSON object.
    db::RawStatement& change = m_sql->change;
    QByteArray compact;
    QByteArray entity;
    for (const Staging::Created& c : std::as_const(st.created)) {
        const PreparedRecord& r = recordOf(c);
        compact.clear();
        compact += '{';
        if (r.link >= 0 && !r.values.at(r.link).isEmpty()) {
            appendJsonString(compact, r.columns.at(r.link));
            compact += ':';
            appendJsonString(compact, QString::fromUtf8(r.values.at(r.link)));
            if (!r.compact.isEmpty())
                compact += ',';
        }
        compact += r.compact;
        compact += '}';
        entity = r.entity.toUtf8();
        change.bindText(1, m_commandId);
        change.bindText(2, entity);
        change.bindText(3, r.idUtf8);
        change.bindText(4, compact);
        change.bindText(5, m_hlc);
        change.bindText(6, m_device);
        change.bindText(7, m_user);
        if (Status s = change.exec(); !s)
            return s;
    }
    db::RawStatement& doc = m_sql->searchDoc;
    for (const Staging::Created& c : std::as_const(st.created)) {
        PreparedRecord& r = recordOf(c);
        entity = r.entity.toUtf8();
        doc.bindText(1, entity);
        doc.bindText(2, r.idUtf8);
        if (Status s = doc.exec(); !s)
            return s;
        const qint64 docid = doc.lastInsertRowid();
        for (int i = 0; i < 3; ++i) {
            if (!r.fts[i].isEmpty())
                st.fts[i].append({docid, std::move(r.fts[i])});
        }
    }
    db::RawStatement& channel = m_sql->channel;
    static const QByteArray email("email");
    static const QByteArray phone("phone");
    for (const Staging::Contact& c : std::as_const(st.contacts)) {
        const PreparedContact& p = c.prepared;
        for (const auto& [kind, values] : {std::pair{&email, &p.emails}, {&phone, &p.phones}}) {
            for (const QByteArray& value : *values) {
                channel.bindText(1, p.record.idUtf8);
                channel.bindText(2, *kind);
                channel.bindText(3, value);
                if (Status s = channel.exec(); !s)
                    return s;
            }
        }
    }
    db::RawStatement& tag = m_sql->contactTag;
    QByteArray name;
    for (const Staging::Contact& c : std::as_const(st.contacts)) {
        for (const QString& t : std::as_const(c.prepared.contact.tags)) {
            name = t.toUtf8();
            tag.bindText(1, c.prepared.record.idUtf8);
            tag.bindText(2, name);
            if (Status s = tag.exec(); !s)
                return s;
        }
    }
    st.companies.clear();
    st.contacts.clear();
    st.created.clear();
    for (int i = 0; i < 3; ++i) {
        if (st.fts[i].size() >= Staging::MaxFtsRows) {
            if (Status s = flushSearch(i); !s)
                return s;
        }
    }
    return {};
}

Status BulkWriter::flushSearch(int table)
{
    db::RawStatement& fts = m_sql->fts[table];
    for (const auto& [docid, text] : std::as_const(m_stage->fts[table])) {
        fts.bindInt64(1, docid);
        fts.bindText(2, text);
        if (Status s = fts.exec(); !s)
            return s;
    }
    m_stage->fts[table].clear();
    return {};
}

Status BulkWriter::flush()
{
    if (!m_stage)
        return {};
    if (Status s = flushRows(); !s)
        return s;
    for (int i = 0; i < 3; ++i) {
        if (Status s = flushSearch(i); !s)
            return s;
    }
    return {};
}

Status BulkWriter::staged()
{
    const Staging& st = *m_stage;
    if (st.companies.size() + st.contacts.size() >= Staging::MaxRecords)
        return flushRows();
    return {};
}

Result<BulkWriter::CompanyRef> BulkWriter::insertCompany(PreparedCompany& p)
{
    if (p.record.invalid.code != ErrorCode::Ok)
        return p.record.invalid;
    Staging& st = *m_stage;
    const qint64 rowid = st.nextCompanyRowid++;
    if (p.key)
        m_companyKeys.insert(p.key, rowid);
    noteWritten(QStringLiteral("company"), p.company.id);
    const CompanyRef ref{p.company.id, rowid};
    st.created.append({true, int(st.companies.size())});
    st.companies.append({std::move(p), rowid});
    if (Status s = staged(); !s)
        return s.error();
    return ref;
}

Result<QString> BulkWriter::insertCompany(Company company)
{
    PreparedCompany p = prepareCompany(std::move(company));
    auto ref = insertCompany(p);
    if (!ref)
        return ref.error();
    return ref->id;
}

Result<QString> BulkWriter::insertContact(PreparedContact& p, const CompanyRef& company)
{
    if (p.record.invalid.code != ErrorCode::Ok)
        return p.record.invalid;
    if (Status s = ensureTags(p.contact.tags); !s)
        return s.error();
    Staging& st = *m_stage;
    const qint64 rowid = st.nextContactRowid++;
    for (const quint64 key : std::as_const(p.emailKeys))
        m_contactKeys.insert(key, rowid);
    for (const quint64 key : std::as_const(p.phoneKeys))
        m_contactKeys.insert(key, rowid);
    if (p.nameKey)
        m_contactKeys.insert(nameAtCompany(p.nameKey, company.rowid), rowid);
    const QString id = p.contact.id;
    noteWritten(QStringLiteral("contact"), id);
    st.created.append({false, int(st.contacts.size())});
    st.contacts.append({std::move(p), rowid, company.id.toUtf8()});
    if (Status s = staged(); !s)
        return s.error();
    return id;
}

Result<QString> BulkWriter::insertContact(Contact contact, const QString& companyName)
{
    CompanyRef company{contact.companyId, 0};
    QString name = companyName;
    if (!contact.companyId.isEmpty()) {
        if (Status s = flush(); !s)
            return s.error();
        auto r = m_cmd->run(QStringLiteral("SELECT rowid, name FROM companies WHERE id = ?"),
                            {contact.companyId});
        if (!r)
            return r.error();
        if ((*r)->next()) {
            company.rowid = (*r)->value(0).toLongLong();
            if (name.isEmpty())
                name = (*r)->value(1).toString();
        }
        (*r)->finish();
    }
    PreparedContact p = prepareContact(std::move(contact), name);
    return insertContact(p, company);
}

} // namespace baza::store
