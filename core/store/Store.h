#pragma once

#include "core/changes/Hlc.h"
#include "core/common/Result.h"
#include "core/domain/Activity.h"
#include "core/domain/Company.h"
#include "core/domain/Contact.h"
#include "core/domain/Deal.h"
#include "core/domain/Money.h"
#include "core/domain/Segment.h"
#include "core/store/RemoteApply.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace baza::db {
class Database;
}

namespace baza::store {

class Command;
struct CommandContext;

// One line of a record's history, from the change log.
struct HistoryEntry
{
    QString commandId;
    QString label; // the command, e.g. "Edit contact"
    QString op;    // insert, update, delete, erase
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString hlc;
    QDateTime at;
    QString userName;
    QString deviceId;
    // The values as a person reads them: stage and record names instead of ids, lifecycle
    // stages by their translated name ("stage: Qualified → Proposal").
    QString oldText;
    QString newText;
};

struct ImportRecord;

// A group of contacts that look like the same person, and why.
struct DuplicateGroup
{
    QString reason;         // "email", "phone", "name+company"
    QString key;            // the shared normalized email, phone, or "first last @ company"
    QStringList contactIds; // oldest first
};

// How a merge picks each field: from the survivor unless the field is listed here with the
// other contact's id as its source. Lists (emails, phones, tags) are united.
struct MergeChoice
{
    QStringList fieldsFromOther; // column names: first_name, title, city …
};

// What undoing an import did.
struct UndoImportResult
{
    qint64 removed = 0;  // records the import created, removed
    qint64 restored = 0; // records the import changed, set back
    // Records left as they are because they were changed by hand after the import, or something
    // created after it points at them: (entity, id, readable name).
    struct Kept
    {
        QString entity;
        QString id;
        QString name;
        QString reason;
    };
    QList<Kept> kept;
};

struct Counts
{
    qint64 contacts = 0;
    qint64 companies = 0;
    qint64 deals = 0;
    qint64 activities = 0;
    qint64 tasks = 0;
    qint64 changes = 0;
};

// A value of this device that lost against a concurrent change from elsewhere (team sync).
struct OverwrittenValue
{
    qint64 id = 0;
    QString entity;
    QString entityId;
    QString recordName; // the record as a person reads it, when it still exists
    QString field;      // empty: the whole record was deleted
    QVariant localValue;
    QVariant winningValue;
    QString winningUserName;
    QDateTime winningAt; // invalid when the server refused ours (the winner is the current value)
    bool deleted = false;
    bool restored = false;
    // The values as a person reads them (names instead of ids, lists comma-separated), as the
    // card timeline shows them.
    QString localText;
    QString winningText;
};

// One sync with the server, for the sync log (Store::syncRuns).
struct SyncRun
{
    qint64 id = 0;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC; of the last run when several were folded into this one
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0; // values of this device overwritten
    int stale = 0;
    int rejected = 0;
    QString error; // empty: the sync succeeded
    QStringList problems;
    // Consecutive runs that exchanged nothing, or failed with the same error, share one row.
    int repeats = 1;

    bool ok() const { return error.isEmpty(); }
    bool exchangedNothing() const
    {
        return pushed == 0 && pulled == 0 && conflicts == 0 && stale == 0 && rejected == 0 &&
               problems.isEmpty();
    }
};

struct SearchResult
{
    QString entity; // contact, company, deal
    QString id;
    QString title;
    QString subtitle;
};

// A person's tasks by when they are due (Store::tasksByDue).
struct TaskBuckets
{
    QList<domain::Task> overdue;  // due before now
    QList<domain::Task> today;    // due from now to the end of the local day
    QList<domain::Task> upcoming; // due later, or without a due time
    QList<domain::Task> done;     // the most recently completed
};

// One open deal as the board shows it: the deal and the names around it, from one read.
struct BoardDeal
{
    QString id;
    QString title;
    QString pipelineId;
    QString stageId;
    qint64 position = 0;
    qint64 valueMinor = 0;
    QString currency;
    int probability = -1; // the deal's own; -1: the stage's
    QDate expectedClose;
    QString ownerId;
    QString ownerName;
    QString contactId;
    QString contactName;
    QString companyId;
    QString companyName;
    QStringList contactTags;
    QDateTime stageEnteredAt;
    QDateTime createdAt;
    QDateTime nextTaskDue; // the earliest open task of the deal; invalid when there is none
};

// What forecasts and reports need of a deal, open or closed.
struct DealFact
{
    QString id;
    QString pipelineId;
    QString stageId;
    QString ownerId;
    domain::DealStatus status = domain::DealStatus::Open;
    qint64 valueMinor = 0;
    QString currency;
    int probability = 0; // the deal's own, else its stage's
    QDate expectedClose;
    QDateTime createdAt;
    QDateTime closedAt;
};

// One step of a deal's progress as the timelines of its people and company show it
// (Store::dealHistoryFor): created, moved to another stage, won, lost or reopened.
struct DealEvent
{
    enum class Kind { Created, Moved, Won, Lost, Reopened };
    Kind kind = Kind::Moved;
    QString dealId;
    QString dealTitle;
    QString commandId;
    QString label; // the command, e.g. "Move deal", "Undo"
    QDateTime at;
    QString userName;
    QString fromStage; // stage names, as they are called now
    QString toStage;
    QString lostReason;
    qint64 valueMinor = 0; // the deal's value now, in its own currency
    QString currency;
};

// The typed gateway to the domain tables. Every command runs in one transaction that writes the
// rows, their change-log entries and the search index, then emits changed(). Each Store works on
// the calling thread's connection of the Database; create one Store per thread.
class Store final : public QObject
{
    Q_OBJECT
public:
    explicit Store(db::Database& database, QObject* parent = nullptr);
    // The database, so a window can open a Store of its own on a worker thread.
    db::Database& database() const { return m_database; }
    ~Store() override;

    // Device id, local user, clock state, pending search-index rebuild. Call once after opening.
    Status initialize();

    QString deviceId() const;
    domain::UserProfile profile() const;
    Status setProfile(const domain::UserProfile& profile);

    // Commands issued between beginBatch and endBatch carry the batch id (imports, demo data),
    // so the whole batch can be undone at once.
    QString beginBatch();
    void endBatch();
    // Generated data with a past (the demo): the commands that follow say they were made at
    // `at` on the timelines (commands.created_at) instead of now. Only that displayed time moves;
    // the HLC that orders and merges changes is never touched. An invalid time ends it.
    void setRecordedTime(const QDateTime& at) { m_recordedAt = at; }

    // Companies
    Result<domain::Company> createCompany(domain::Company company);
    Status updateCompany(const domain::Company& company);
    Status deleteCompany(const QString& id);
    Result<domain::Company> company(const QString& id) const;

    // Contacts
    Result<domain::Contact> createContact(domain::Contact contact);
    // Many contacts in one command (one transaction, one undo step).
    Result<QStringList> createContacts(QList<domain::Contact> contacts,
                                       const QString& label = QString());
    Status updateContact(const domain::Contact& contact);
    Status deleteContact(const QString& id);
    Result<domain::Contact> contact(const QString& id) const;
    // Other contacts that already use this email or phone (normalized), for duplicate warnings.
    Result<QStringList> contactsWithChannel(const QString& kind, const QString& value,
                                            const QString& exceptId = QString()) const;
    // GDPR erasure: the person leaves the entity tables, the search index and the change log's
    // values; the file is vacuumed so nothing of them remains in it.
    Status eraseContact(const QString& id);

    // Bulk actions on a list selection: each is one command (one transaction, one undo step)
    // with field-level change-log entries per record. Ids that no longer exist are skipped.
    Status tagContacts(const QStringList& ids, const QString& tag);
    Status untagContacts(const QStringList& ids, const QString& tag);
    // An empty owner id clears the owner.
    Status setContactsOwner(const QStringList& ids, const QString& ownerId);
    Status setContactsLifecycle(const QStringList& ids, domain::Lifecycle stage);
    Status deleteContacts(const QStringList& ids);
    Status setCompaniesOwner(const QStringList& ids, const QString& ownerId);
    Status deleteCompanies(const QStringList& ids);

    // Segments (saved list views)
    Result<domain::Segment> createSegment(domain::Segment segment);
    Status renameSegment(const QString& id, const QString& name);
    Status setSegmentQuery(const QString& id, const QString& query);
    Status deleteSegment(const QString& id);
    // All segments, or those of one entity ("contact", "company"), by position then name.
    Result<QList<domain::Segment>> segments(const QString& entity = QString()) const;

    // Consents
    Result<domain::Consent> addConsent(domain::Consent consent);
    Status updateConsent(const domain::Consent& consent);
    Result<QList<domain::Consent>> consents(const QString& contactId) const;

    // Pipelines and deals
    Result<domain::Pipeline> createPipeline(domain::Pipeline pipeline);
    Result<QList<domain::Pipeline>> pipelines() const;
    Result<domain::Deal> createDeal(domain::Deal deal);
    Status updateDeal(const domain::Deal& deal);
    // Moves a deal to a stage of its pipeline, placed just before `beforeDealId` in that
    // column (empty: at the end). One command; entering a new stage restarts its clock.
    Status moveDeal(const QString& dealId, const QString& stageId,
                    const QString& beforeDealId = QString());
    // Won or lost (with a reason), or reopened with DealStatus::Open. A won deal makes its
    // contact a customer, in the same command.
    Status closeDeal(const QString& dealId, domain::DealStatus status,
                     const QString& lostReason = QString());
    Status deleteDeal(const QString& id);
    // A deal brought in with a past of its own (another CRM's export, the demo): when it was
    // created, entered its current stage and (if closed) was closed. Invalid times are left as
    // they are. Refused for times in the future or out of order. One command.
    Status setDealTimes(const QString& dealId, const QDateTime& createdAt,
                        const QDateTime& stageEnteredAt, const QDateTime& closedAt = QDateTime());
    Result<domain::Deal> deal(const QString& id) const;
    // Lead conversion: a new deal for the contact (company from the contact when the draft has
    // none), and the contact's lifecycle moves on to opportunity. One command.
    Result<domain::Deal> convertLeadToDeal(const QString& contactId, domain::Deal draft);

    // The board: open deals of a pipeline in column order, or one deal (NotFound when it is not
    // open any more).
    Result<QList<BoardDeal>> boardDeals(const QString& pipelineId) const;
    Result<BoardDeal> boardDeal(const QString& dealId) const;
    Result<QList<DealFact>> dealFacts(const QString& pipelineId = QString()) const;
    // The progress of the deals of a contact (theirs and those they are involved in) or of a
    // company (its own and its people's), oldest first, one event per command and deal.
    Result<QList<DealEvent>> dealHistoryFor(const QString& entity, const QString& id) const;
    // A colleague who can own deals (the demo's sales team; later, synced team members).
    Result<domain::UserProfile> addUser(const QString& name, const QString& email = QString());

    // Pipeline editing. Each call is one command (one undo step).
    Status renamePipeline(const QString& pipelineId, const QString& name);
    // Refused while the pipeline holds deals.
    Status removePipeline(const QString& pipelineId);
    Result<domain::Stage> addStage(domain::Stage stage);
    Status updateStage(const domain::Stage& stage);
    // `stageIds` lists every stage of the pipeline in the new order.
    Status reorderStages(const QString& pipelineId, const QStringList& stageIds);
    // Removes a stage; its deals (open and closed) move to `moveDealsTo` in the same pipeline.
    // Refused when deals would be left without a stage, or for the pipeline's last stage.
    Status removeStage(const QString& stageId, const QString& moveDealsTo = QString());
    Result<qint64> dealCountInStage(const QString& stageId) const;

    // Lost reasons, in their configured order.
    Result<QList<domain::LostReason>> lostReasons() const;
    Result<domain::LostReason> addLostReason(const QString& name);
    Status renameLostReason(const QString& id, const QString& name);
    Status removeLostReason(const QString& id);

    // Money: the business's base currency (per database, in meta) and dated exchange rates.
    QString baseCurrency() const;
    Status setBaseCurrency(const QString& currency);
    Result<QList<domain::ExchangeRate>> exchangeRates() const;
    // Adds a rate, or replaces the one of the same pair and date.
    Result<domain::ExchangeRate> setExchangeRate(domain::ExchangeRate rate);
    Status removeExchangeRate(const QString& id);
    // A converter into the base currency over every stored rate.
    Result<domain::CurrencyConverter> converter() const;

    // People involved in a deal, line items and the product catalogue.
    Result<QList<domain::DealContact>> dealContacts(const QString& dealId) const;
    Result<domain::DealContact> addDealContact(const QString& dealId, const QString& contactId,
                                               const QString& role);
    Status removeDealContact(const QString& id);
    Result<QList<domain::DealItem>> dealItems(const QString& dealId) const;
    Result<domain::DealItem> addDealItem(domain::DealItem item);
    Status updateDealItem(const domain::DealItem& item);
    Status removeDealItem(const QString& id);
    // Sets the deal's value to Σ quantity × unit price of its items.
    Status setDealValueFromItems(const QString& dealId);
    Result<QList<domain::Product>> products() const;
    Result<domain::Product> createProduct(domain::Product product);

    // Activities and tasks
    Result<domain::Activity> logActivity(domain::Activity activity);
    Status updateActivity(const domain::Activity& activity);
    Status deleteActivity(const QString& id);
    Result<domain::Activity> activity(const QString& id) const;
    Result<QList<domain::Activity>> activitiesFor(const QString& entity, const QString& id) const;
    Result<domain::Task> createTask(domain::Task task);
    Status updateTask(const domain::Task& task);
    Status setTaskDone(const QString& id, bool done);
    Result<domain::Task> task(const QString& id) const;
    // Open tasks of one assignee (everyone's when empty) by due bucket, soonest first, and the
    // `doneLimit` most recently completed ones.
    Result<TaskBuckets> tasksByDue(const QString& assigneeId, const QDateTime& now,
                                   int doneLimit = 50) const;
    // Open tasks whose reminder is due: remind_at <= now and not done, oldest reminder first.
    Result<QList<domain::Task>> dueReminders(const QString& assigneeId, const QDateTime& now) const;
    // Moves a task's reminder to `until` (an invalid time clears it). One undoable command.
    Status snoozeTask(const QString& id, const QDateTime& until);
    // What a person calls a record: a contact's display name, a company's name, a deal's title;
    // empty when it does not exist.
    QString recordTitle(const QString& entity, const QString& id) const;

    // Tags
    Result<QList<domain::Tag>> tags() const;

    // Per-database setting: the region (ISO 3166-1 alpha-2, e.g. "PL") phone numbers without a
    // country code belong to. Stored in the `meta` table under `phone_region`; empty when unset
    // (callers fall back to the locale's country).
    QString phoneRegion() const;
    Status setPhoneRegion(const QString& region);

    // Imports: the record kept for the UI, and undo. Undo removes what the import created and
    // restores what it changed, except records changed by hand after the import or referenced
    // by records created after it: those are kept and listed in the result.
    Result<QList<ImportRecord>> imports() const;
    Result<UndoImportResult> undoImport(const QString& batchId);

    // Duplicates over the whole database: contacts sharing a normalized email or phone, or the
    // same first and last name (case-insensitive) at the same company.
    Result<QList<DuplicateGroup>> findDuplicates() const;
    // Merges `otherId` into `survivorId` as ONE command (undoable with undoLast or by its
    // command id): fields per `choice`, emails/phones/tags united, activities, deals, tasks and
    // consents re-linked to the survivor, the other contact deleted.
    Status mergeContacts(const QString& survivorId, const QString& otherId,
                         const MergeChoice& choice = {});
    // Undoes one command by its id (e.g. a merge), unless it was undone already.
    Status undoCommand(const QString& commandId);

    // Contacts for export, in name order, streamed to `sink` (return false to stop). `ids`
    // empty = all. With a `purpose`, only contacts whose newest consent for that purpose is
    // "granted" (a mailing). A segment is resolved to ids by its owner before calling.
    Status
    forEachContact(const QStringList& ids, const QString& purpose,
                   const std::function<bool(const domain::Contact&, const QString&)>& sink) const;

    // Team sync visibility: a private contact, company or deal is shared on the server only with
    // its owner (owner_id) and managers. Logged and synced like any field.
    Status setPrivate(const QString& entity, const QString& id, bool isPrivate);
    Result<bool> isPrivate(const QString& entity, const QString& id) const;

    // What a record card shows (StoreTimeline.cpp). `entity` is "contact" or "company"; a
    // company's lists include what is linked to the people who work there.
    // Activities newest first, at most `limit`.
    Result<QList<domain::Activity>> timelineActivities(const QString& entity, const QString& id,
                                                       int limit = 500) const;
    // Deals by expected close date, soonest first; tasks by due date, undated last.
    Result<QList<domain::Deal>> dealsFor(const QString& entity, const QString& id,
                                         bool openOnly) const;
    Result<QList<domain::Task>> tasksFor(const QString& entity, const QString& id,
                                         bool openOnly) const;
    // The people of a company by last name.
    Result<QList<domain::Contact>> contactsOfCompany(const QString& companyId,
                                                     int limit = 1000) const;
    Result<QList<domain::UserProfile>> users() const;
    // Companies whose name or other text matches, as search does (case and accents ignored).
    Result<QList<domain::Company>> companiesMatching(const QString& query, int limit = 20) const;
    // The company with exactly this name (ignoring ASCII case); NotFound names field company_id.
    Result<QString> companyIdByName(const QString& name) const;

    // Search over contacts, companies and deals.
    Result<QList<SearchResult>> search(const QString& query, int limit = 20) const;

    // History and undo
    Result<QList<HistoryEntry>> history(const QString& entity, const QString& id) const;
    // Undoes the newest command of this device that is not undone yet. Returns its label.
    Result<QString> undoLast();
    Status undoBatch(const QString& batchId);
    Result<Counts> counts() const;

    // Team sync (docs/sync.md). Applies one page of pulled changes in one transaction, recorded
    // in the log as remote (never pushed back, never undone by undoLast), and moves the pull
    // cursor to `cursor` in the same transaction (unless negative); emits changed() like any
    // command.
    Result<ApplyReport> applyRemote(const QList<sync::Change>& changes, qint64 cursor = -1);
    // The first sync of a large dataset: until endBulkPull(), the indexes that only serve reading
    // are dropped and built once at the end (db::deferReadIndexes), when the file holds fewer
    // records than `incoming` changes (rebuilding costs what the file holds). Returns whether
    // they were deferred.
    Result<bool> beginBulkPull(qsizetype incoming);
    Status endBulkPull();
    // This device's changes the server has not acknowledged, oldest first; about `limit` changes
    // (a record's insert travels as one compact change).
    Result<QList<sync::Change>> outbox(int limit);
    // Edits not acknowledged yet: one per record per command (a new contact is one).
    Result<qint64> pendingChangeCount() const;
    // The newest change-log seq of this device.
    Result<qint64> newestLocalSeq() const;
    Status acknowledge(qint64 deviceSeq);
    // A pushed change the server answered "stale": our value lost there.
    Status recordLostPush(const sync::Change& mine, const QString& reason);
    // Connecting to a server: the local profile user becomes the server user `userId` (every
    // reference is rewritten in place, in one transaction) and the server's users are added.
    // The sync position starts over (everything of this device is pushed to the new server).
    Status adoptServerIdentity(const QString& userId, const QList<sync::ServerUser>& users);
    Result<QList<OverwrittenValue>> overwrittenValues() const;
    // Writes the lost value again as a new change of this device, so it wins everywhere.
    Status restoreOverwritten(qint64 id);
    Status dismissOverwritten(qint64 id);
    // The sync log: appends a run (folding it into the newest row when both exchanged nothing,
    // or failed with the same error) and keeps the newest 200 rows.
    Status recordSyncRun(const SyncRun& run);
    // Newest first.
    Result<QList<SyncRun>> syncRuns(int limit = 200) const;
    // Sync state kept in the encrypted database (meta, keys prefixed "sync_"): server, token,
    // cursor, certificate fingerprint. Null values delete.
    QString syncValue(const QString& key) const;
    Status setSyncValues(const QVariantMap& values);
    // Re-emits changed() for a change committed through another Store of the same database
    // (an import or the sync worker, on their threads), so listeners on this thread update.
    // Stores of one Database call it on each other by themselves (queued, on the receiver's
    // thread); isExternalChange() is true while those listeners run.
    void notifyChanged(const QString& entity, const QStringList& ids);
    bool isExternalChange() const { return m_external; }
    // Tests: a clock with its own wall time (skewed clocks in the sync simulation).
    void useWallClock(changes::HybridClock::WallClock wall);

signals:
    // Emitted after a command committed: entity kind and the ids it touched.
    void changed(const QString& entity, const QStringList& ids);

private:
    friend class BulkWriter;
    QSqlDatabase connection() const;
    CommandContext context() const;
    // Runs `body` inside one command; commits and emits changed() when it succeeds.
    Status execute(const QString& label, const std::function<Status(Command&)>& body,
                   const QString& undoOf = QString());
    // Records in `keep` (entity, id) are left as they are; `extra` runs last in the same command.
    Status undoCommands(const QStringList& commandIds, const QString& label,
                        const QSet<QPair<QString, QString>>& keep = {},
                        const std::function<Status(Command&)>& extra = {});
    Status rebuildSearchIndex();
    QString readableValue(const QString& field, const QVariant& value) const;
    Status ensureTags(Command& cmd, const QStringList& tags);
    Status updateEach(const QString& label, const QString& entity, const QStringList& ids,
                      const std::function<Result<QVariantMap>(const QVariantMap& row)>& change);
    Status removeContact(Command& cmd, const QString& id);
    Status removeCompany(Command& cmd, const QString& id);
    Result<qint64> placeDeal(Command& cmd, const QString& dealId, const QString& stageId,
                             const QString& beforeDealId);

    void relayChange(const QString& entity, const QStringList& ids);
    void reloadProfile();

    db::Database& m_database;
    bool m_external = false;
    std::shared_ptr<changes::HybridClock> m_clock;
    domain::UserProfile m_profile;
    QString m_batchId;
    QDateTime m_recordedAt;
};

} // namespace baza::store
