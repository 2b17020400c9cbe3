#include "core/store/BulkWriter.h"

#include "core/common/Uuid.h"
#include "core/domain/Validation.h"
#include "core/store/BulkWriterStage.h"
#include "core/store/Command.h"
#include "core/store/Indexer.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace baza::store {

using namespace baza::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::store", text);
}

// Above this many ids changed() says "reload" instead of listing them.
constexpr int MaxListedIds = 5000;

QVariantMap stamped(QVariantMap fields, const QString& now)
{
    fields.insert(QStringLiteral("created_at"), now);
    fields.insert(QStringLiteral("updated_at"), now);
    return fields;
}

} // namespace

BulkWriter::BulkWriter(Store& store, const QString& label)
    : m_store(store)
    , m_label(label)
{}

BulkWriter::~BulkWriter() = default; // Command's destructor rolls back an open transaction

Status BulkWriter::begin()
{
    if (!m_store.m_clock)
        return Error::make(ErrorCode::Usage, tr("The store is not initialized."));
    m_cmd = std::make_unique<Command>(m_store.context(), m_label);
    if (Status s = m_cmd->begin(); !s)
        return s;
    auto r = m_cmd->run(QStringLiteral("SELECT name FROM tags"));
    if (!r)
        return r.error();
    while ((*r)->next())
        m_knownTags.insert((*r)->value(0).toString().toLower());
    (*r)->finish();
    r = m_cmd->run(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM contacts"));
    if (!r)
        return r.error();
    if ((*r)->next())
        m_contactRowidBase = (*r)->value(0).toLongLong();
    (*r)->finish();
    m_stage = std::make_unique<Staging>();
    m_stage->nextContactRowid = m_contactRowidBase + 1;
    r = m_cmd->run(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM companies"));
    if (!r)
        return r.error();
    if ((*r)->next())
        m_stage->nextCompanyRowid = (*r)->value(0).toLongLong() + 1;
    (*r)->finish();
    const CommandContext ctx = m_store.context();
    m_commandId = m_cmd->id().toUtf8();
    m_hlc = m_cmd->hlc().toString().toUtf8();
    m_device = ctx.deviceId.toUtf8();
    m_user = ctx.userId.isEmpty() ? QByteArray() : ctx.userId.toUtf8();
    if (Status s = prepareStatements(); !s)
        return s;
    return loadKeys();
}

Status BulkWriter::commit()
{
    if (!m_cmd)
        return Error::make(ErrorCode::Usage, tr("The command was not started."));
    if (Status s = flush(); !s)
        return s;
    m_stage.reset();
    m_sql.reset(); // statements are finalized before the transaction ends
    if (Status s = m_cmd->commit(); !s)
        return s;
    // Updates go through Command::update, which tracks what it touched.
    for (const auto& [entity, ids] : m_cmd->touched()) {
        if (!m_manyIds)
            m_ids[entity] << ids;
    }
    m_cmd.reset();
    m_cache.reset();
    for (auto it = m_ids.constBegin(); it != m_ids.constEnd(); ++it)
        emit m_store.changed(it.key(), m_manyIds ? QStringList() : it.value());
    return {};
}

void BulkWriter::rollback()
{
    m_stage.reset();
    m_sql.reset();
    m_cmd.reset();
    m_cache.reset();
}

void BulkWriter::noteWritten(const QString& entity, const QString& id)
{
    ++m_written;
    if (m_manyIds)
        return;
    QStringList& ids = m_ids[entity];
    ids << id;
    m_manyIds = ids.size() > MaxListedIds;
}

Status BulkWriter::ensureTags(const QStringList& tags)
{
    for (const QString& name : tags) {
        const QString key = name.toLower();
        if (m_knownTags.contains(key))
            continue;
        const QString now = nowText();
        if (Status s = m_cmd->insertCompact(QStringLiteral("tag"), newUuidV7(),
                                            stamped({{QStringLiteral("name"), name}}, now));
            !s)
            return s;
        m_knownTags.insert(key);
    }
    return {};
}

Result<QString> BulkWriter::insertDeal(Deal deal)
{
    if (Status s = flush(); !s)
        return s.error();
    if (Status s = validate(deal); !s)
        return s.error();
    if (deal.id.isEmpty())
        deal.id = newUuidV7();
    QString contactName;
    if (!deal.contactId.isEmpty()) {
        auto c = contact(deal.contactId);
        if (!c)
            return c.error();
        contactName = c->displayName();
    }
    QString companyName;
    if (!deal.companyId.isEmpty()) {
        auto c = company(deal.companyId);
        if (!c)
            return c.error();
        companyName = c->name;
    }
    QVariantMap fields = stamped(toFields(deal), nowText());
    fields.insert(QStringLiteral("stage_entered_at"), fields.value(QStringLiteral("created_at")));
    if (Status s = m_cmd->insertCompact(QStringLiteral("deal"), deal.id, fields); !s)
        return s.error();
    if (Status s = m_cmd->indexer().indexNewDeal(deal, contactName, companyName); !s)
        return s.error();
    noteWritten(QStringLiteral("deal"), deal.id);
    return deal.id;
}

Status BulkWriter::updateContact(const Contact& contact)
{
    if (Status s = flush(); !s)
        return s;
    if (Status s = validate(contact); !s)
        return s;
    if (Status s = ensureTags(contact.tags); !s)
        return s;
    QVariantMap fields = toFields(contact);
    fields.insert(QStringLiteral("updated_at"), nowText());
    if (Status s = m_cmd->update(QStringLiteral("contact"), contact.id, fields); !s)
        return s;
    // Later rows of the file must find the contact by the emails and phones it gained.
    auto r = m_cmd->run(QStringLiteral("SELECT c.rowid, coalesce(co.rowid, 0) FROM contacts c "
                                       "LEFT JOIN companies co ON co.id = c.company_id "
                                       "WHERE c.id = ?"),
                        {contact.id});
    if (!r)
        return r.error();
    if ((*r)->next()) {
        const qint64 rowid = (*r)->value(0).toLongLong();
        const PreparedContact keys = prepareContact(contact, QString());
        for (const QList<quint64>* list : {&keys.emailKeys, &keys.phoneKeys}) {
            for (const quint64 key : *list)
                m_contactKeys.insert(key, rowid);
        }
        if (keys.nameKey)
            m_contactKeys.insert(nameAtCompany(keys.nameKey, (*r)->value(1).toLongLong()), rowid);
    }
    (*r)->finish();
    return {};
}

Status BulkWriter::updateCompany(const Company& company)
{
    if (Status s = flush(); !s)
        return s;
    if (Status s = validate(company); !s)
        return s;
    QVariantMap fields = toFields(company);
    fields.insert(QStringLiteral("updated_at"), nowText());
    return m_cmd->update(QStringLiteral("company"), company.id, fields);
}

Result<QList<BulkWriter::Match>> BulkWriter::contactsWithChannel(const QString& kind,
                                                                 const QString& normalizedValue)
{
    if (Status s = flush(); !s)
        return s.error();
    return channelMatches(kind, normalizedValue);
}

Result<QList<BulkWriter::Match>> BulkWriter::contactsNamed(const QString& first,
                                                           const QString& last,
                                                           const std::optional<QString>& companyId)
{
    if (Status s = flush(); !s)
        return s.error();
    return nameMatches(first, last, companyId);
}

Result<QList<BulkWriter::Match>> BulkWriter::channelMatches(const QString& kind,
                                                            const QString& normalizedValue)
{
    auto r = m_cmd->run(QStringLiteral("SELECT DISTINCT ch.contact_id, c.rowid FROM "
                                       "contact_channels ch JOIN contacts c ON c.id = "
                                       "ch.contact_id WHERE ch.kind = ? AND ch.value = ?"),
                        {kind, normalizedValue});
    if (!r)
        return r.error();
    QList<Match> out;
    while ((*r)->next())
        out.append(
            {(*r)->value(0).toString(), (*r)->value(1).toLongLong() > m_contactRowidBase, {}, {}});
    (*r)->finish();
    return out;
}

Result<QList<BulkWriter::Match>> BulkWriter::nameMatches(const QString& first, const QString& last,
                                                         const std::optional<QString>& companyId)
{
    auto r = companyId
                 ? m_cmd->run(QStringLiteral("SELECT id, rowid FROM contacts WHERE last_name = ? "
                                             "COLLATE NOCASE AND first_name = ? COLLATE NOCASE "
                                             "AND coalesce(company_id, '') = ?"),
                              // A null string would bind as NULL and match nothing.
                              {last, first, companyId->isNull() ? QStringLiteral("") : *companyId})
                 : m_cmd->run(QStringLiteral("SELECT id, rowid FROM contacts WHERE last_name = ? "
                                             "COLLATE NOCASE AND first_name = ? COLLATE NOCASE"),
                              {last, first});
    if (!r)
        return r.error();
    QList<Match> out;
    while ((*r)->next())
        out.append(
            {(*r)->value(0).toString(), (*r)->value(1).toLongLong() > m_contactRowidBase, {}, {}});
    (*r)->finish();
    return out;
}

Result<Contact> BulkWriter::contact(const QString& id)
{
    if (Status s = flush(); !s)
        return s.error();
    auto row = m_cmd->read(QStringLiteral("contact"), id);
    if (!row)
        return row.error();
    return contactFrom(id, *row);
}

Result<Company> BulkWriter::company(const QString& id)
{
    if (Status s = flush(); !s)
        return s.error();
    auto row = m_cmd->read(QStringLiteral("company"), id);
    if (!row)
        return row.error();
    return companyFrom(id, *row);
}

Result<QPair<QString, QString>> BulkWriter::pipelineStage(const QString& pipeline,
                                                          const QString& stage, bool create)
{
    QString pipelineId;
    {
        auto r = pipeline.isEmpty()
                     ? m_cmd->run(QStringLiteral(
                           "SELECT id FROM pipelines ORDER BY position, name, id LIMIT 1"))
                     : m_cmd->run(QStringLiteral("SELECT id FROM pipelines WHERE name = ? "
                                                 "COLLATE NOCASE ORDER BY position LIMIT 1"),
                                  {pipeline.trimmed()});
        if (!r)
            return r.error();
        if ((*r)->next())
            pipelineId = (*r)->value(0).toString();
        (*r)->finish();
    }
    const QString now = nowText();
    if (pipelineId.isEmpty()) {
        if (!create || pipeline.trimmed().isEmpty()) {
            Error e =
                Error::make(ErrorCode::NotFound,
                            pipeline.isEmpty() ? tr("There is no pipeline yet.")
                                               : tr("No pipeline named \"%1\".").arg(pipeline));
            e.field = QStringLiteral("pipeline_id");
            return e;
        }
        pipelineId = newUuidV7();
        if (Status s = m_cmd->insertCompact(QStringLiteral("pipeline"), pipelineId,
                                            stamped({{QStringLiteral("name"), pipeline.trimmed()},
                                                     {QStringLiteral("position"), qlonglong(0)}},
                                                    now));
            !s)
            return s.error();
    }
    auto r = stage.isEmpty()
                 ? m_cmd->run(QStringLiteral("SELECT id FROM stages WHERE pipeline_id = ? "
                                             "ORDER BY position LIMIT 1"),
                              {pipelineId})
                 : m_cmd->run(QStringLiteral("SELECT id FROM stages WHERE pipeline_id = ? AND "
                                             "name = ? COLLATE NOCASE LIMIT 1"),
                              {pipelineId, stage.trimmed()});
    if (!r)
        return r.error();
    QString stageId;
    if ((*r)->next())
        stageId = (*r)->value(0).toString();
    (*r)->finish();
    if (!stageId.isEmpty())
        return qMakePair(pipelineId, stageId);
    if (!create || stage.trimmed().isEmpty()) {
        Error e = Error::make(ErrorCode::NotFound,
                              tr("The pipeline has no stage named \"%1\".").arg(stage));
        e.field = QStringLiteral("stage_id");
        return e;
    }
    auto last = m_cmd->run(
        QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM stages WHERE pipeline_id = ?"),
        {pipelineId});
    if (!last)
        return last.error();
    qlonglong position = 0;
    if ((*last)->next())
        position = (*last)->value(0).toLongLong();
    (*last)->finish();
    stageId = newUuidV7();
    Stage st{stageId, pipelineId, stage.trimmed(), int(position), 0, 0};
    if (Status s =
            m_cmd->insertCompact(QStringLiteral("stage"), stageId, stamped(toFields(st), now));
        !s)
        return s.error();
    return qMakePair(pipelineId, stageId);
}

Status BulkWriter::recordImport(const ImportRecord& rec)
{
    if (Status s = flush(); !s)
        return s;
    auto r = m_cmd->run(
        QStringLiteral("INSERT OR REPLACE INTO imports(id, entity, file_name, started_at, "
                       "finished_at, rows, created, updated, skipped, errors, options) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {rec.batchId, rec.entity, rec.fileName, timeValue(rec.startedAt), timeValue(rec.finishedAt),
         rec.rows, rec.created, rec.updated, rec.skipped, rec.errors, text(rec.options)});
    return r ? Status() : Status(r.error());
}

} // namespace baza::store
