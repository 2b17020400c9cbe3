#pragma once

#include "core/common/Result.h"
#include "core/store/Command.h"
#include "core/sync/Protocol.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <deque>

namespace baza::store {

// What one page of remote changes did locally.
struct ApplyReport
{
    int applied = 0;      // changed local state (or confirmed it: an echo of our own change)
    int stale = 0;        // lost against a newer local change, or aimed at a deleted record
    int deferred = 0;     // wait for a record they need (kept, applied when it arrives)
    int conflicts = 0;    // values of this device overwritten by a concurrent change
    QStringList problems; // changes that could not be applied, with the reason
};

// The merge rule on the client: applies pulled changes inside one remote Command (one
// transaction per page). The server has already merged (per-field LWW by HLC) and hands out
// the winners in its own order, so a pulled value is applied unless this device holds a newer
// change to that field that the server has not seen yet (it will win there too). A pending
// local value that loses is recorded in sync_overwritten. Erasures are final; links to records
// not received yet stay NULL and are fixed up when the record arrives; changes that need a
// missing record wait in sync_deferred; `hide` removes a record without logging it.
class RemoteApplier
{
public:
    // How a change that cannot be applied is handled. Whole: the page stops at it (apply()
    // fails and changeFailed() is true), and the caller rolls the page back and applies it again
    // Isolated. Isolated: each change runs inside its own SAVEPOINT, and a failing one is rolled
    // back, reported and skipped. A savepoint per change is costly (SQLite copies, and SQLCipher
    // encrypts, every page a change touches into the statement journal, and FTS4 writes its
    // pending terms out as a new segment at every savepoint), so pages go Whole first.
    enum class Mode { Whole, Isolated };

    RemoteApplier(Command& cmd, QString localDevice, Mode mode = Mode::Isolated);

    Status apply(const QList<sync::Change>& changes, ApplyReport* report);
    // Whether apply() failed on one change in Whole mode (worth another try, Isolated).
    bool changeFailed() const { return m_changeFailed; }

private:
    // What this device has not pushed yet about one record (its "pending" changes, newer than
    // the last acknowledgement) and whether the record was deleted or erased here.
    struct RecordClock
    {
        QString pendingInsert;                 // newest pending insert: it covers every field
        QString pendingDelete;                 // newest pending delete
        QHash<QString, QString> pendingFields; // field → newest pending update
        QString lastExistenceOp; // "insert" or "delete": the newest of them, from any device
        bool erased = false;
        // Who wrote each field's current value (the latest write applied here), so that a
        // pulled edit whose writer never saw that value can be told from an ordinary later one.
        struct Writer
        {
            qint64 seq = 0;
            QString device;
            QString hlc;
        };
        QHash<QString, Writer> lastWrite; // field → its latest write
        Writer lastCompactInsert;         // a compact insert covers every field
        QString pendingOf(const QString& field) const
        {
            return std::max(pendingFields.value(field), pendingInsert);
        }
        Writer writerOf(const QString& field) const
        {
            const Writer w = lastWrite.value(field);
            return lastCompactInsert.seq > w.seq ? lastCompactInsert : w;
        }
    };

    Result<RecordClock*> clockOf(const QString& entity, const QString& id);
    // One query per page for the records it inserts: those with no row in the change log have
    // an empty clock, and clockOf() need not ask for each (a first sync is all of them).
    Status prefetchHistory(const QList<sync::Change>& changes);
    // A clock that may be out of step with the log (after a rollback or a hide).
    void forgetClock(const QString& entity, const QString& id);
    Status applyOne(const sync::Change& c, ApplyReport* report);
    Status applyChange(const sync::Change& c, RecordClock& clock, ApplyReport* report);
    Status applyErase(const sync::Change& c, RecordClock& clock);
    Status applyHide(const sync::Change& c);
    // Removes, without logging, what cannot exist without the record (its required links).
    Status hideDependents(const QString& entity, const QString& id, int depth);
    Status applyDelete(const sync::Change& c, RecordClock& clock, ApplyReport* report);
    Status applyInsert(const sync::Change& c, RecordClock& clock, ApplyReport* report);
    Status applyUpdate(const sync::Change& c, RecordClock& clock, ApplyReport* report);
    // Writes `fields` to an existing row, after dealing with links to missing records.
    Status writeFields(const sync::Change& c, QVariantMap fields);
    // The required link whose target is missing, if any ("" when all are present).
    QString missingRequiredTarget(const QString& entity, const QVariantMap& fields);
    // Replaces optional links to missing records with NULL and remembers them.
    Status detachMissingLinks(const QString& entity, const QString& id, QVariantMap* fields,
                              QVariantMap* intended);
    // Sets links to a record that goes away to NULL, remembering them in sync_dangling.
    Status detachIncoming(const QString& entity, const QString& id);
    Status defer(const sync::Change& c, const QString& targetId, ApplyReport* report);
    // Queues the changes waiting for `id` and fixes up links to it.
    Status recordArrived(const QString& entity, const QString& id);
    Status recordOverwritten(const sync::Change& winner, const QString& field,
                             const QVariant& localValue, const QString& localHlc, bool deleted);

    Command& m_cmd;
    QString m_device;
    Mode m_mode;
    bool m_changeFailed = false;
    qint64 m_ackedSeq = 0;
    QHash<QPair<QString, QString>, RecordClock> m_clocks;
    QSet<QPair<QString, QString>> m_noHistory; // known to have no change-log row
    // Whether sync_deferred and sync_dangling may hold rows (usually not: then a record's
    // arrival has nothing to look up there).
    bool m_deferredRows = true;
    bool m_danglingRows = true;
    std::deque<sync::Change> m_queue;
};

// Fields every edit stamps (updated_at, created_at): never listed as overwritten, since
// concurrent edits of different fields would otherwise always "conflict" there.
bool isBookkeepingField(const QString& field);

// Consecutive per-field inserts of one record by one command become one compact insert, so a
// record is written once with all its fields (NOT NULL columns included).
QList<sync::Change> compactInserts(const QList<sync::Change>& changes);

} // namespace baza::store
