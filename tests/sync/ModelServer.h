#pragma once

#include "core/sync/Protocol.h"

#include <QHash>
#include <QList>
#include <QSet>

// The simulation's server: an in-process model of baza-server's merge (docs/sync.md) with the
// same rule as the client, idempotent pushes and a gap-free version log. The real server is
// tested end to end separately.
class ModelServer
{
public:
    struct Field
    {
        QVariant value;
        QString hlc;
    };
    struct Record
    {
        QString existence;
        QString lastInsert;
        bool alive = false;
        bool erased = false;
        QHash<QString, Field> fields;
        QString fieldClock(const QString& f) const
        {
            return std::max(fields.value(f).hlc, lastInsert);
        }
    };

    qint64 nowMs = 0;

    baza::sync::PushResponse push(const baza::sync::PushRequest& request);
    baza::sync::PullResponse pull(qint64 cursor, int limit) const;

    const QHash<QPair<QString, QString>, Record>& records() const { return m_records; }
    bool knows(const QString& device, qint64 seq) const
    {
        return m_results.contains(qMakePair(device, seq));
    }
    baza::sync::PushStatus statusOf(const QString& device, qint64 seq) const
    {
        return m_results.value(qMakePair(device, seq)).status;
    }
    // Applied changes: (entity, id, field, hlc) of each, to check that none was lost.
    struct Write
    {
        QString entity;
        QString id;
        QString field;
        QString hlc;
        qint64 version = 0;
    };
    // Whether the record was deleted after `version` (a delete beats concurrent edits).
    bool deletedAfter(const QString& entity, const QString& id, qint64 version) const
    {
        for (qint64 v = version; v < m_log.size(); ++v) {
            const auto& c = m_log.at(v);
            if (c.entityId == id && c.entity == entity && c.op != baza::sync::Op::Update &&
                c.op != baza::sync::Op::Insert)
                return true;
        }
        return false;
    }
    const QList<Write>& appliedWrites() const { return m_writes; }
    QString describe(const QString& entity, const QString& id) const
    {
        const Record r = m_records.value(qMakePair(entity, id));
        QString out = QStringLiteral("alive=%1 existence=%2 erased=%3; log:")
                          .arg(r.alive)
                          .arg(r.existence)
                          .arg(r.erased);
        for (const auto& c : m_log) {
            if (c.entityId == id)
                out += QStringLiteral(" [v%1 %2 %3 %4]")
                           .arg(c.version)
                           .arg(baza::sync::opName(c.op), c.field, c.hlc);
        }
        return out;
    }

private:
    baza::sync::PushResult apply(const baza::sync::Change& c);

    QHash<QPair<QString, QString>, Record> m_records;
    QList<baza::sync::Change> m_log; // version = index + 1
    QHash<QString, qint64> m_acked;
    QHash<QPair<QString, qint64>, baza::sync::PushResult> m_results;
    QList<Write> m_writes;
};
