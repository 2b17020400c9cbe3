#pragma once

#include "core/common/Result.h"
#include "core/domain/Company.h"
#include "core/domain/Contact.h"
#include "core/domain/Deal.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

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

// The bulk write path for imports. The whole run is ONE store command in ONE transaction, tagged
// with the store's batch id: a cancelled or failed import rolls back and leaves nothing, a
// finished one is one undo step. Rows are logged in the compact form (one change row per
// inserted record), statements are prepared once and reused, the search index is written in the
// same session. Lookups see the rows written so far, so duplicates within the file are found
// like duplicates in the database. Use one BulkWriter per thread, on that thread's Store.
class BulkWriter
{
public:
    BulkWriter(Store& store, const QString& label);
    ~BulkWriter(); // rolls back unless commit() succeeded
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    Status begin();
    // Commits and emits Store::changed (with the ids, or an empty list meaning "reload" when
    // more than a few thousand records were written).
    Status commit();
    void rollback();

    // Inserts validate the value first; the Validation error names the field.
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
    };
    // Contacts with this normalized email or phone (kind "email" / "phone").
    Result<QList<Match>> contactsWithChannel(const QString& kind, const QString& normalizedValue);
    // Contacts with this first and last name (case-insensitive) at this company ("" = none;
    // no value = at any company).
    Result<QList<Match>> contactsNamed(const QString& first, const QString& last,
                                       const std::optional<QString>& companyId);
    // Every company: id → name (for matching names the way search folds them, which SQLite's
    // NOCASE cannot do for Ł/ł or Cyrillic).
    Result<QHash<QString, QString>> companyNames();
    // The company of that name (case-insensitive), or an empty string.
    Result<QString> companyNamed(const QString& name);
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

    Store& m_store;
    QString m_label;
    std::unique_ptr<Command> m_cmd;
    QSet<QString> m_knownTags;
    // Rows with a higher rowid were written here: SQLite gives new rows max(rowid) + 1, and a set
    // of a million ids would cost more memory than the whole rest of the import.
    qint64 m_contactRowidBase = 0;
    QHash<QString, QString> m_companyNames; // company id → name, for search documents
    QHash<QString, QStringList> m_ids;      // entity → ids written, for changed()
    bool m_manyIds = false;
    qint64 m_written = 0;
};

} // namespace baza::store
