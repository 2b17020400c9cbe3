#pragma once

#include "core/common/Result.h"
#include "core/db/RawStatement.h"
#include "core/domain/Company.h"
#include "core/domain/Contact.h"
#include "core/domain/Deal.h"
#include "core/store/BulkWriterKeys.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace baza::store {

class Command;
class Store;

// What an import left in the database, for the record of imports (table `imports`).
struct ImportRecord
{
    QString batchId;
    QString entity; // contact, company, deal
    QString fileName;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 errors = 0;
    QString options; // JSON: preset, policy, encoding … as the import ran
    QDateTime undoneAt;
};

// One new row made ready for the writer on any thread: its column values as UTF-8, its
// change-log entry and its search texts, all computed from the values alone, so the writer's
// thread only binds and steps. `link` is the one column the writer fills in (a contact's
// company, known only once the writer has found or created it).
struct PreparedRecord
{
    QString entity; // contact, company
    QString id;
    QByteArray idUtf8;
    QStringList columns;      // besides id; the same list (shared) for every record of an entity
    QList<QByteArray> values; // per column, UTF-8; null: NULL
    quint32 integers = 0;     // bit i: values[i] is an integer (bound as one)
    int link = -1;            // index of the column the writer fills in, or -1
    QByteArray compact;       // the compact change-log JSON's members, without braces or `link`
    std::array<QByteArray, 3> fts; // folded text per FTS4 table (SearchIndex::ftsTexts)
    Error invalid;                 // the domain's validation failed: code != Ok
};

struct PreparedCompany
{
    domain::Company company; // id set, name trimmed
    PreparedRecord record;
    quint64 key = 0; // fingerprint of the folded name; 0: no name
};

struct PreparedContact
{
    domain::Contact contact; // id set, tags without duplicates
    QString companyName;     // as the row gives it; found or created by the writer
    PreparedRecord record;
    QList<QByteArray> emails; // normalized, as in contact_channels
    QList<QByteArray> phones;
    QList<quint64> emailKeys;
    QList<quint64> phoneKeys;
    quint64 nameKey = 0; // fingerprint of the lowercased first and last name; 0: either is empty
};

// The bulk write path for imports. The whole run is ONE store command in ONE transaction, tagged
// with the store's batch id: a cancelled or failed import rolls back and leaves nothing, a
// finished one is one undo step. Rows are logged in the compact form (one change row per
// inserted record) and written through prepared sqlite3 statements with the search index in the
// same transaction. Duplicate lookups go to fingerprints kept in memory (the database's contacts
// are loaded once when there are not too many of them, see setExpectedRows) and every candidate
// is checked against the stored record, so duplicates within the file are found like duplicates
// in the database. Use one BulkWriter per thread, on that thread's Store; prepareContact and
// prepareCompany may run on any thread.
class BulkWriter
{
public:
    BulkWriter(Store& store, const QString& label);
    ~BulkWriter(); // rolls back unless commit() succeeded
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    // How many rows the caller expects to write (0: unknown). Existing contacts are loaded into
    // the duplicate fingerprints when there are at most max(20,000, 2 × expected) of them;
    // beyond that a fingerprint miss asks the database's indexes.
    void setExpectedRows(qint64 rows) { m_expectedRows = rows; }
    // The lower bound of that limit (tests set 0 to make every lookup ask the database).
    void setPreloadLimit(qint64 contacts) { m_preloadLimit = contacts; }
    Status begin();
    // Commits and emits Store::changed (with the ids, or an empty list meaning "reload" when
    // more than a few thousand records were written).
    Status commit();
    void rollback();

    static PreparedContact prepareContact(domain::Contact contact, const QString& companyName);
    static PreparedCompany prepareCompany(domain::Company company);

    // A company found by its folded name, or none (empty id, rowid 0).
    struct CompanyRef
    {
        QString id;
        qint64 rowid = 0;
    };
    // The company whose name folds like `company`'s (search::fold: case, diacritics and
    // punctuation ignored), or an empty ref.
    Result<CompanyRef> findCompany(const PreparedCompany& company);

    // Inserts validate the value first; the Validation error names the field.
    Result<QString> insertContact(PreparedContact& contact, const CompanyRef& company);
    Result<CompanyRef> insertCompany(PreparedCompany& company);
    Result<QString> insertContact(domain::Contact contact, const QString& companyName = QString());
    Result<QString> insertCompany(domain::Company company);
    Result<QString> insertDeal(domain::Deal deal);
    // Field-level logged updates (undo restores the old values).
    Status updateContact(const domain::Contact& contact);
    Status updateCompany(const domain::Company& company);

    // A record found by a lookup; `here`: written by this writer (a duplicate within the file).
    struct Match
    {
        QString id;
        bool here = false;
        QString kind;  // email, phone, name
        QString value; // the email or phone that matched
    };
    // The first contact sharing a normalized email, then a phone, then the first and last name
    // at `company` (an unknown company, rowid -1, matches no name), or an empty match.
    Result<Match> findContact(const PreparedContact& contact, const CompanyRef& company);
    // Contacts with this normalized email or phone (kind "email" / "phone").
    Result<QList<Match>> contactsWithChannel(const QString& kind, const QString& normalizedValue);
    // Contacts with this first and last name (case-insensitive) at this company ("" = none;
    // no value = at any company).
    Result<QList<Match>> contactsNamed(const QString& first, const QString& last,
                                       const std::optional<QString>& companyId);
    Result<domain::Contact> contact(const QString& id);
    Result<domain::Company> company(const QString& id);
    // The deal pipeline and stage of these names (case-insensitive); an empty pipeline name means
    // the first pipeline. Missing ones are created when `create` is set.
    Result<QPair<QString, QString>> pipelineStage(const QString& pipeline, const QString& stage,
                                                  bool create);
    Status recordImport(const ImportRecord& record);

    qint64 written() const { return m_written; }

private:
    Status ensureTags(const QStringList& tags);
    Status prepareStatements();
    Status loadKeys();
    // Staged rows (see Staging): written a table at a time when enough have gathered, and all of
    // them before anything reads the tables or writes through the Command.
    Status staged();
    Status flushRows();
    Status flushSearch(int table);
    Status flush();
    Status writeRow(PreparedRecord& record, qint64 rowid, const QByteArray& linkValue);
    db::RawStatement* insertStatement(const PreparedRecord& record, Status* error);
    void noteWritten(const QString& entity, const QString& id);
    // The database's contacts only (staged rows are found through the fingerprints).
    Result<QList<Match>> channelMatches(const QString& kind, const QString& normalizedValue);
    Result<QList<Match>> nameMatches(const QString& first, const QString& last,
                                     const std::optional<QString>& companyId);
    Result<Match> checkChannel(qint64 rowid, const char* kind, const QByteArray& value);
    Result<Match> checkName(qint64 rowid, const domain::Contact& contact, const QString& companyId);

    struct CacheSize;

    Store& m_store;
    QString m_label;
    std::unique_ptr<CacheSize> m_cache; // outlives m_cmd: restored once the transaction ended
    std::unique_ptr<Command> m_cmd;
    QSet<QString> m_knownTags;
    // Rows with a higher rowid were written here: SQLite gives new rows max(rowid) + 1, and a set
    // of a million ids would cost more memory than the whole rest of the import.
    qint64 m_contactRowidBase = 0;
    qint64 m_expectedRows = 0;
    qint64 m_preloadLimit = 20000;     // loading this many contacts' keys takes about a second
    bool m_contactsLoaded = false;     // every existing contact's keys are in m_contactKeys
    KeyIndex m_contactKeys;            // email, phone, name at company → contact rowid
    KeyIndex m_companyKeys;            // folded name → company rowid
    QHash<QString, QStringList> m_ids; // entity → ids written, for changed()
    bool m_manyIds = false;
    qint64 m_written = 0;

    // The write path's statements and staged rows (declared after m_cmd: finalized before it
    // rolls back).
    struct Statements;
    struct Staging;
    std::unique_ptr<Statements> m_sql;
    std::unique_ptr<Staging> m_stage;
    QByteArray m_commandId;
    QByteArray m_hlc;
    QByteArray m_device;
    QByteArray m_user;
};

} // namespace baza::store
