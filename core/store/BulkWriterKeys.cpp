#include "core/store/BulkWriterKeys.h"

#include <QHashFunctions>

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

} // namespace baza::store
