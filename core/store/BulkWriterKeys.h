#pragma once

#include "core/common/Result.h"
#include "core/db/RawStatement.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <functional>
#include <vector>

namespace baza::store {

// A 64-bit fingerprint of a duplicate key (a normalized email or phone, a name at a company, a
// folded company name), tagged with its kind so that equal text of different kinds differs.
// Equal fingerprints are only a candidate: the writer checks the record before it calls it a
// duplicate, so a collision can never merge two different people.
enum class KeyKind : quint8 { Email = 1, Phone, Name, Company };
quint64 fingerprint(KeyKind kind, QStringView text);
quint64 fingerprint(KeyKind kind, const QByteArray& utf8);
// The text of a name key: first and last name trimmed and lowercased (all of Unicode, unlike
// SQLite's NOCASE).
QByteArray nameKeyText(const QString& first, const QString& last);
// A person's name at a company: the name's fingerprint mixed with the company's rowid (0: none).
quint64 nameAtCompany(quint64 nameFingerprint, qint64 companyRowid);

// Fingerprint → rowid of the first record that had it, in a flat open-addressing table: 16 bytes
// a key, so the keys of a million contacts fit in some 64 MiB where a QHash of strings would
// take several times that.
class KeyIndex
{
public:
    void reserve(qsizetype keys);
    // The rowid recorded for `key`, or 0.
    qint64 find(quint64 key) const;
    // Records `rowid` unless the key has one already (the first record stays the match).
    void insert(quint64 key, qint64 rowid);
    qsizetype size() const { return m_count; }
    void clear();

private:
    struct Slot
    {
        quint64 key = 0; // 0: empty (fingerprints are never 0)
        qint64 rowid = 0;
    };
    void grow(std::size_t capacity);

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    qsizetype m_count = 0;
};

// The fingerprints of what the database holds, in rowid order (the oldest record stays a key's
// match): every company's folded name; every contact's emails, phones and name at its company.
// `stopped` (optional) is asked every few thousand rows; when it says yes the load ends with
// ErrorCode::Cancelled (a million contacts take seconds to load).
Status loadCompanyKeys(const QSqlDatabase& db, KeyIndex& keys,
                       const std::function<bool()>& stopped = {});
Status loadContactKeys(const QSqlDatabase& db, KeyIndex& keys,
                       const std::function<bool()>& stopped = {});

// Reads that check a fingerprint's candidate against the stored record. Each answers the
// record's id when it really has the value, else an empty string.
class KeyChecks
{
public:
    Status prepare(sqlite3* db);
    // kind: "email" or "phone"; value normalized as in contact_channels.
    Result<QString> channel(qint64 contactRowid, const char* kind, const QByteArray& value);
    // The same first and last name (nameKeyText) at the company `companyId` ("" = none).
    Result<QString> name(qint64 contactRowid, const QString& first, const QString& last,
                         const QString& companyId);
    // A company whose name folds (search::fold) to `folded`.
    Result<QString> company(qint64 companyRowid, const QString& folded);

private:
    db::RawStatement m_channel;
    db::RawStatement m_name;
    db::RawStatement m_company;
};

} // namespace baza::store
