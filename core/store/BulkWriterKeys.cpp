#include "core/store/BulkWriterKeys.h"

#include "core/search/TextFolding.h"

#include <QHashFunctions>
#include <QSqlError>
#include <QSqlQuery>

namespace baza::store {

namespace {

// A fixed seed: fingerprints only live in memory, but runs that hash the same are easier to
// reason about than runs that do not.
constexpr size_t Seed = 0x9e3779b97f4a7c15ULL;

quint64 mix(quint64 h)
{
    // The finalizer of MurmurHash3: spreads every input bit over the slot index bits.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

quint64 nonZero(quint64 h)
{
    return h ? h : 1;
}

Error queryError(const QSqlQuery& q)
{
    return Error{ErrorCode::Sql, q.lastError().text(), q.lastError().nativeErrorCode().toInt(), {}};
}

} // namespace

quint64 fingerprint(KeyKind kind, QStringView text)
{
    return nonZero(mix(
        quint64(qHashBits(text.data(), size_t(text.size()) * sizeof(QChar), Seed + size_t(kind)))));
}

quint64 fingerprint(KeyKind kind, const QByteArray& utf8)
{
    return nonZero(
        mix(quint64(qHashBits(utf8.constData(), size_t(utf8.size()), Seed + size_t(kind)))));
}

QByteArray nameKeyText(const QString& first, const QString& last)
{
    return (first.trimmed().toLower() + QChar(0x1f) + last.trimmed().toLower()).toUtf8();
}

quint64 nameAtCompany(quint64 nameFingerprint, qint64 companyRowid)
{
    return nonZero(mix(nameFingerprint ^ mix(quint64(companyRowid) + 0x632be59bd9b4e019ULL)));
}

void KeyIndex::reserve(qsizetype keys)
{
    std::size_t capacity = 1024;
    while (capacity * 3 < std::size_t(keys) * 4) // at most 3/4 full
        capacity *= 2;
    if (capacity > m_slots.size())
        grow(capacity);
}

qint64 KeyIndex::find(quint64 key) const
{
    if (m_slots.empty())
        return 0;
    for (std::size_t i = key & m_mask;; i = (i + 1) & m_mask) {
        const Slot& s = m_slots[i];
        if (s.key == key)
            return s.rowid;
        if (s.key == 0)
            return 0;
    }
}

void KeyIndex::insert(quint64 key, qint64 rowid)
{
    if ((std::size_t(m_count) + 1) * 4 > m_slots.size() * 3)
        grow(m_slots.empty() ? 1024 : m_slots.size() * 2);
    for (std::size_t i = key & m_mask;; i = (i + 1) & m_mask) {
        Slot& s = m_slots[i];
        if (s.key == key)
            return;
        if (s.key == 0) {
            s = {key, rowid};
            ++m_count;
            return;
        }
    }
}

void KeyIndex::clear()
{
    m_slots = {};
    m_mask = 0;
    m_count = 0;
}

void KeyIndex::grow(std::size_t capacity)
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    m_count = 0;
    for (const Slot& s : old) {
        if (s.key)
            insert(s.key, s.rowid);
    }
}

// Whether a load should end now: asked at the first row and once every 4,096 after it.
bool stopNow(const std::function<bool()>& stopped, qint64 row)
{
    return stopped && (row & 4095) == 1 && stopped();
}

Error stoppedError()
{
    return Error::make(ErrorCode::Cancelled, QString()); // the caller says what stopped
}

Status loadCompanyKeys(const QSqlDatabase& db, KeyIndex& keys, const std::function<bool()>& stopped)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rowid, name FROM companies ORDER BY rowid")))
        return queryError(q);
    for (qint64 row = 1; q.next(); ++row) {
        if (stopNow(stopped, row))
            return stoppedError();
        keys.insert(fingerprint(KeyKind::Company, search::fold(q.value(1).toString())),
                    q.value(0).toLongLong());
    }
    return {};
}

Status loadContactKeys(const QSqlDatabase& db, KeyIndex& keys, const std::function<bool()>& stopped)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.rowid, ch.kind, ch.value FROM contacts c "
                               "JOIN contact_channels ch ON ch.contact_id = c.id "
                               "ORDER BY c.rowid")))
        return queryError(q);
    for (qint64 row = 1; q.next(); ++row) {
        if (stopNow(stopped, row))
            return stoppedError();
        const KeyKind kind =
            q.value(1).toString() == QLatin1String("email") ? KeyKind::Email : KeyKind::Phone;
        keys.insert(fingerprint(kind, q.value(2).toString()), q.value(0).toLongLong());
    }
    if (!q.exec(QStringLiteral("SELECT c.rowid, c.first_name, c.last_name, "
                               "coalesce(co.rowid, 0) FROM contacts c LEFT JOIN companies co "
                               "ON co.id = c.company_id WHERE c.first_name IS NOT NULL AND "
                               "c.last_name IS NOT NULL ORDER BY c.rowid")))
        return queryError(q);
    for (qint64 row = 1; q.next(); ++row) {
        if (stopNow(stopped, row))
            return stoppedError();
        const quint64 name =
            fingerprint(KeyKind::Name, nameKeyText(q.value(1).toString(), q.value(2).toString()));
        keys.insert(nameAtCompany(name, q.value(3).toLongLong()), q.value(0).toLongLong());
    }
    return {};
}

Status KeyChecks::prepare(sqlite3* db)
{
    Status s = m_channel.prepare(
        db, "SELECT c.id FROM contacts c WHERE c.rowid = ?1 AND EXISTS (SELECT 1 FROM "
            "contact_channels ch WHERE ch.contact_id = c.id AND ch.kind = ?2 AND ch.value = ?3)");
    if (s)
        s = m_name.prepare(db, "SELECT id, first_name, last_name, coalesce(company_id, '') FROM "
                               "contacts WHERE rowid = ?");
    if (s)
        s = m_company.prepare(db, "SELECT id, name FROM companies WHERE rowid = ?");
    return s;
}

Result<QString> KeyChecks::channel(qint64 contactRowid, const char* kind, const QByteArray& value)
{
    m_channel.bindInt64(1, contactRowid);
    m_channel.bindText(2, QByteArray::fromRawData(kind, int(qstrlen(kind))));
    m_channel.bindText(3, value);
    auto row = m_channel.step();
    if (!row)
        return row.error();
    const QString id = *row ? m_channel.columnString(0) : QString();
    m_channel.reset();
    return id;
}

Result<QString> KeyChecks::name(qint64 contactRowid, const QString& first, const QString& last,
                                const QString& companyId)
{
    m_name.bindInt64(1, contactRowid);
    auto row = m_name.step();
    if (!row)
        return row.error();
    QString id;
    if (*row &&
        nameKeyText(m_name.columnString(1), m_name.columnString(2)) == nameKeyText(first, last) &&
        m_name.columnString(3) == companyId)
        id = m_name.columnString(0);
    m_name.reset();
    return id;
}

Result<QString> KeyChecks::company(qint64 companyRowid, const QString& folded)
{
    m_company.bindInt64(1, companyRowid);
    auto row = m_company.step();
    if (!row)
        return row.error();
    QString id;
    if (*row && search::fold(m_company.columnString(1)) == folded)
        id = m_company.columnString(0);
    m_company.reset();
    return id;
}

} // namespace baza::store
