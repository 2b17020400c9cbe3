// The pipeline board: reading open deals in column order, moving, ordering and closing them.
#include "core/store/Command.h"
#include "core/store/Mapping.h"
#include "core/store/Store.h"
#include "core/store/StoreHelpers.h"

#include "core/common/Uuid.h"
#include "core/domain/Validation.h"

#include <QSqlQuery>

#include <algorithm>

namespace baza::store {

using namespace baza::domain;
using namespace detail;

namespace {

// Gap between neighbours when a column is numbered afresh; a drop between two cards takes the
// midpoint, so about ten drops into the same gap fit before the column is renumbered.
constexpr qint64 PositionStep = 1024;

// One query for the whole board: deals with their names and the earliest open task, all from
// indexed lookups (deals_board, tasks_deal, primary keys).
const char* const BoardSelect =
    "SELECT d.id, d.title, d.pipeline_id, d.stage_id, d.position, d.value_minor, d.currency, "
    "d.probability, d.expected_close, d.owner_id, u.name, d.contact_id, c.first_name, "
    "c.middle_name, c.last_name, d.company_id, co.name, c.tags, d.stage_entered_at, "
    "d.created_at, (SELECT min(t.due_at) FROM tasks t WHERE t.deal_id = d.id AND t.done = 0) "
    "FROM deals d LEFT JOIN users u ON u.id = d.owner_id "
    "LEFT JOIN contacts c ON c.id = d.contact_id "
    "LEFT JOIN companies co ON co.id = d.company_id ";

// The board reads three timestamps for each of thousands of deals; QDateTime::fromString is
// the slowest part of that. The store always writes "YYYY-MM-DDTHH:MM:SS.zzzZ", so read that
// shape directly and fall back to the general parser for anything else.
QDateTime fastTime(const QVariant& v)
{
    if (v.isNull())
        return {};
    const QString s = v.toString();
    if (s.size() != 24 || s.at(10) != QLatin1Char('T') || s.at(23) != QLatin1Char('Z'))
        return timeFrom(v);
    auto num = [&s](int at, int len) {
        int n = 0;
        for (int i = at; i < at + len; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const QDate date(num(0, 4), num(5, 2), num(8, 2));
    const QTime time(num(11, 2), num(14, 2), num(17, 2), num(20, 3));
    if (!date.isValid() || !time.isValid())
        return timeFrom(v);
    return QDateTime(date, time, Qt::UTC);
}

BoardDeal boardDealFrom(const QSqlQuery& q)
{
    BoardDeal d;
    d.id = q.value(0).toString();
    d.title = q.value(1).toString();
    d.pipelineId = q.value(2).toString();
    d.stageId = q.value(3).toString();
    d.position = q.value(4).toLongLong();
    d.valueMinor = q.value(5).toLongLong();
    d.currency = q.value(6).toString();
    d.probability = q.value(7).isNull() ? -1 : q.value(7).toInt();
    d.expectedClose = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    d.ownerId = q.value(9).toString();
    d.ownerName = q.value(10).toString();
    d.contactId = q.value(11).toString();
    if (!d.contactId.isEmpty()) {
        Contact c;
        c.firstName = q.value(12).toString();
        c.middleName = q.value(13).toString();
        c.lastName = q.value(14).toString();
        d.contactName = c.displayName();
    }
    d.companyId = q.value(15).toString();
    d.companyName = q.value(16).toString();
    const QString tags = q.value(17).toString();
    if (!tags.isEmpty())
        d.contactTags = tagsFromJson(tags);
    d.stageEnteredAt = fastTime(q.value(18));
    d.createdAt = fastTime(q.value(19));
    d.nextTaskDue = fastTime(q.value(20));
    return d;
}

} // namespace

Result<QList<BoardDeal>> Store::boardDeals(const QString& pipelineId) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    // In the order of the deals_board index, so SQLite streams the rows without sorting them
    // (sorting all of a 10,000-deal board's rows was most of the read).
    q.prepare(QLatin1String(BoardSelect) +
              QStringLiteral("WHERE d.pipeline_id = ? AND d.status = 'open' "
                             "ORDER BY d.stage_id, d.position"));
    q.addBindValue(pipelineId);
    if (!q.exec())
        return queryError(q);
    QList<BoardDeal> out;
    while (q.next())
        out.append(boardDealFrom(q));
    // Equal places in a column (rare: edits merged from two devices) go in id order, so every
    // read shows the same board.
    for (qsizetype i = 0; i < out.size();) {
        qsizetype j = i + 1;
        while (j < out.size() && out.at(j).position == out.at(i).position &&
               out.at(j).stageId == out.at(i).stageId)
            ++j;
        if (j - i > 1)
            std::sort(out.begin() + i, out.begin() + j,
                      [](const BoardDeal& a, const BoardDeal& b) { return a.id < b.id; });
        i = j;
    }
    return out;
}

Result<BoardDeal> Store::boardDeal(const QString& dealId) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(BoardSelect) + QStringLiteral("WHERE d.id = ? AND d.status = 'open'"));
    q.addBindValue(dealId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return Error::make(ErrorCode::NotFound, tr("No open deal with id %1.").arg(dealId));
    return boardDealFrom(q);
}

Result<QList<DealFact>> Store::dealFacts(const QString& pipelineId) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT d.id, d.pipeline_id, d.stage_id, d.owner_id, d.status, d.value_minor, "
            "d.currency, coalesce(d.probability, s.probability, 0), d.expected_close, "
            "d.created_at, d.closed_at FROM deals d LEFT JOIN stages s ON s.id = d.stage_id") +
        (pipelineId.isEmpty() ? QString() : QStringLiteral(" WHERE d.pipeline_id = ?")));
    if (!pipelineId.isEmpty())
        q.addBindValue(pipelineId);
    if (!q.exec())
        return queryError(q);
    QList<DealFact> out;
    while (q.next()) {
        DealFact f;
        f.id = q.value(0).toString();
        f.pipelineId = q.value(1).toString();
        f.stageId = q.value(2).toString();
        f.ownerId = q.value(3).toString();
        dealStatusFromKey(q.value(4).toString(), &f.status);
        f.valueMinor = q.value(5).toLongLong();
        f.currency = q.value(6).toString();
        f.probability = q.value(7).toInt();
        f.expectedClose = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        f.createdAt = timeFrom(q.value(9));
        f.closedAt = timeFrom(q.value(10));
        out.append(f);
    }
    return out;
}

Result<QList<DealEvent>> Store::dealHistoryFor(const QString& entity, const QString& id) const
{
    QString deals;
    if (entity == QLatin1String("contact"))
        deals = QStringLiteral("SELECT id FROM deals WHERE contact_id = ? UNION "
                               "SELECT deal_id FROM deal_contacts WHERE contact_id = ?");
    else if (entity == QLatin1String("company"))
        deals = QStringLiteral("SELECT id FROM deals WHERE company_id = ? OR contact_id IN "
                               "(SELECT id FROM contacts WHERE company_id = ?)");
    else
        return Error::make(ErrorCode::Usage, tr("Unknown kind of record: %1").arg(entity));
    // Only what moves a deal along: its creation, stage, pipeline and status. The change log's
    // (entity, entity_id, seq) index serves each deal.
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.entity_id, d.title, c.command_id, m.label, c.op, c.field, "
                       "c.old_value, c.new_value, m.created_at, u.name, d.value_minor, d.currency "
                       "FROM changes c JOIN deals d ON d.id = c.entity_id "
                       "JOIN commands m ON m.id = c.command_id "
                       "LEFT JOIN users u ON u.id = c.user_id "
                       "WHERE c.entity = 'deal' AND c.entity_id IN (%1) AND (c.op = 'insert' OR "
                       "c.field IN ('stage_id', 'status', 'lost_reason')) ORDER BY c.seq")
            .arg(deals));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    QList<DealEvent> out;
    QHash<QPair<QString, QString>, qsizetype> byCommand; // (command, deal) → event
    // The status a command set, applied after all its rows are read.
    QHash<qsizetype, QString> statusOf;
    while (q.next()) {
        const QString dealId = q.value(0).toString();
        const QString commandId = q.value(2).toString();
        const auto key = qMakePair(commandId, dealId);
        auto it = byCommand.constFind(key);
        if (it == byCommand.constEnd()) {
            DealEvent e;
            e.dealId = dealId;
            e.dealTitle = q.value(1).toString();
            e.commandId = commandId;
            e.label = q.value(3).toString();
            e.at = timeFrom(q.value(8));
            e.userName = q.value(9).toString();
            e.valueMinor = q.value(10).toLongLong();
            e.currency = q.value(11).toString();
            out.append(e);
            it = byCommand.insert(key, out.size() - 1);
        }
        DealEvent& e = out[*it];
        const QString op = q.value(4).toString();
        const QString field = q.value(5).toString();
        if (op == QLatin1String("insert")) {
            e.kind = DealEvent::Kind::Created;
            QVariant stage;
            if (field == QLatin1String("stage_id"))
                stage = q.value(7);
            else if (field.isEmpty() && !q.value(7).isNull()) // the compact form of bulk inserts
                stage = fieldsFromCompact(q.value(7)).value(QStringLiteral("stage_id"));
            if (!stage.isNull())
                e.toStage = readableValue(QStringLiteral("stage_id"), stage);
            continue;
        }
        if (field == QLatin1String("stage_id")) {
            e.fromStage = readableValue(field, q.value(6));
            e.toStage = readableValue(field, q.value(7));
        } else if (field == QLatin1String("status")) {
            statusOf.insert(*it, q.value(7).toString());
        } else if (field == QLatin1String("lost_reason")) {
            e.lostReason = q.value(7).toString();
        }
    }
    for (auto it = statusOf.constBegin(); it != statusOf.constEnd(); ++it) {
        DealEvent& e = out[it.key()];
        if (e.kind == DealEvent::Kind::Created)
            continue;
        DealStatus status = DealStatus::Open;
        dealStatusFromKey(it.value(), &status);
        e.kind = status == DealStatus::Won    ? DealEvent::Kind::Won
                 : status == DealStatus::Lost ? DealEvent::Kind::Lost
                                              : DealEvent::Kind::Reopened;
    }
    // A command that touched none of this (only the reason of an open deal) says nothing.
    QList<DealEvent> kept;
    kept.reserve(out.size());
    for (const DealEvent& e : std::as_const(out)) {
        if (e.kind != DealEvent::Kind::Moved || e.fromStage != e.toStage)
            kept.append(e);
    }
    return kept;
}

Result<UserProfile> Store::addUser(const QString& name, const QString& email)
{
    if (name.trimmed().isEmpty())
        return fieldError("name", tr("A person needs a name."));
    UserProfile user{newUuidV7(), name.trimmed(), email.trimmed()};
    Status s = execute(QStringLiteral("Add team member"), [&](Command& cmd) {
        return cmd.insert(QStringLiteral("user"), user.id,
                          stamped({{QStringLiteral("name"), user.name},
                                   {QStringLiteral("email"), text(user.email)}},
                                  true));
    });
    if (!s)
        return s.error();
    return user;
}

Result<qint64> Store::placeDeal(Command& cmd, const QString& dealId, const QString& stageId,
                                const QString& beforeDealId)
{
    // The column as it is, without the deal being placed.
    auto r = cmd.run(QStringLiteral("SELECT id, position FROM deals WHERE stage_id = ? AND "
                                    "status = 'open' AND id <> ? ORDER BY position, id"),
                     {stageId, dealId});
    if (!r)
        return r.error();
    QList<QPair<QString, qint64>> column;
    while ((*r)->next())
        column.append({(*r)->value(0).toString(), (*r)->value(1).toLongLong()});
    (*r)->finish();
    qsizetype at = column.size();
    if (!beforeDealId.isEmpty()) {
        at = -1;
        for (qsizetype i = 0; i < column.size(); ++i) {
            if (column.at(i).first == beforeDealId) {
                at = i;
                break;
            }
        }
        if (at < 0)
            return fieldError("position",
                              tr("The deal to place this one before is not in that stage."));
    }
    if (column.isEmpty())
        return qint64(0);
    if (at == column.size())
        return column.last().second + PositionStep;
    if (at == 0)
        return column.first().second - PositionStep;
    const qint64 prev = column.at(at - 1).second;
    const qint64 next = column.at(at).second;
    if (next - prev >= 2)
        return prev + (next - prev) / 2;
    // No room left between the neighbours: number the column afresh (logged like any edit, so
    // undo and sync see it), leaving a gap where the deal goes.
    for (qsizetype i = 0; i < column.size(); ++i) {
        const qint64 position = qint64(i < at ? i : i + 1) * PositionStep;
        if (column.at(i).second == position)
            continue;
        if (Status s = cmd.update(QStringLiteral("deal"), column.at(i).first,
                                  {{QStringLiteral("position"), position}});
            !s)
            return s.error();
    }
    return qint64(at) * PositionStep;
}

Status Store::moveDeal(const QString& dealId, const QString& stageId, const QString& beforeDealId)
{
    return execute(QStringLiteral("Move deal"), [&](Command& cmd) -> Status {
        auto old = cmd.read(QStringLiteral("deal"), dealId);
        if (!old)
            return old.error();
        if (Status st =
                checkStage(cmd, old->value(QStringLiteral("pipeline_id")).toString(), stageId);
            !st)
            return st;
        auto position = placeDeal(cmd, dealId, stageId, beforeDealId);
        if (!position)
            return position.error();
        QVariantMap fields{{QStringLiteral("stage_id"), stageId},
                           {QStringLiteral("position"), *position}};
        // Entering a stage starts its clock (rotting, time-in-stage reports).
        if (old->value(QStringLiteral("stage_id")).toString() != stageId)
            fields.insert(QStringLiteral("stage_entered_at"), nowText());
        return cmd.update(QStringLiteral("deal"), dealId, stamped(fields, false));
    });
}

Status Store::closeDeal(const QString& dealId, DealStatus status, const QString& lostReason)
{
    auto current = deal(dealId);
    if (!current)
        return current.error();
    Deal closed = *current;
    closed.status = status;
    closed.lostReason = status == DealStatus::Lost ? lostReason.trimmed() : QString();
    closed.closedAt = status == DealStatus::Open ? QDateTime() : QDateTime::currentDateTimeUtc();
    if (Status s = validate(closed); !s)
        return s;
    const char* label = status == DealStatus::Won    ? "Win deal"
                        : status == DealStatus::Lost ? "Lose deal"
                                                     : "Reopen deal";
    return execute(QLatin1String(label), [&](Command& cmd) -> Status {
        QVariantMap fields{{QStringLiteral("status"), dealStatusKey(closed.status)},
                           {QStringLiteral("lost_reason"), text(closed.lostReason)},
                           {QStringLiteral("closed_at"), timeValue(closed.closedAt)}};
        if (status == DealStatus::Open) {
            // A reopened deal goes back to the end of its column.
            auto position = placeDeal(cmd, dealId, closed.stageId, QString());
            if (!position)
                return position.error();
            fields.insert(QStringLiteral("position"), *position);
        }
        if (Status s = cmd.update(QStringLiteral("deal"), dealId, stamped(fields, false)); !s)
            return s;
        if (status != DealStatus::Won || closed.contactId.isEmpty())
            return {};
        // Buying makes a person a customer (unless they are already further along).
        auto contact = cmd.read(QStringLiteral("contact"), closed.contactId);
        if (!contact)
            return {};
        Lifecycle stage = Lifecycle::Lead;
        lifecycleFromKey(contact->value(QStringLiteral("lifecycle")).toString(), &stage);
        if (stage == Lifecycle::Customer || stage == Lifecycle::Evangelist)
            return {};
        return cmd.update(
            QStringLiteral("contact"), closed.contactId,
            stamped({{QStringLiteral("lifecycle"), lifecycleKey(Lifecycle::Customer)}}, false));
    });
}

Status Store::setDealTimes(const QString& dealId, const QDateTime& createdAt,
                           const QDateTime& stageEnteredAt, const QDateTime& closedAt)
{
    auto current = deal(dealId);
    if (!current)
        return current.error();
    const QDateTime created = createdAt.isValid() ? createdAt : current->createdAt;
    const QDateTime entered = stageEnteredAt.isValid() ? stageEnteredAt : current->stageEnteredAt;
    const QDateTime closed = closedAt.isValid() ? closedAt : current->closedAt;
    // A minute of slack: "now" on this machine may be a moment behind the caller's.
    const QDateTime latest = QDateTime::currentDateTimeUtc().addSecs(60);
    for (const auto& [time, field] :
         {std::pair{createdAt, "created_at"}, std::pair{stageEnteredAt, "stage_entered_at"},
          std::pair{closedAt, "closed_at"}}) {
        if (time.isValid() && time > latest)
            return fieldError(field, tr("A deal's history cannot lie in the future."));
    }
    if (closedAt.isValid() && current->status == DealStatus::Open)
        return fieldError("closed_at", tr("An open deal has no close date."));
    if (entered.isValid() && created.isValid() && entered < created)
        return fieldError("stage_entered_at",
                          tr("A deal cannot enter its stage before it was created."));
    if (closed.isValid() && created.isValid() && closed < created)
        return fieldError("closed_at", tr("A deal cannot close before it was created."));
    QVariantMap fields;
    if (createdAt.isValid())
        fields.insert(QStringLiteral("created_at"), timeValue(createdAt.toUTC()));
    if (stageEnteredAt.isValid())
        fields.insert(QStringLiteral("stage_entered_at"), timeValue(stageEnteredAt.toUTC()));
    if (closedAt.isValid())
        fields.insert(QStringLiteral("closed_at"), timeValue(closedAt.toUTC()));
    if (fields.isEmpty())
        return {};
    return execute(QStringLiteral("Set deal dates"), [&](Command& cmd) {
        return cmd.update(QStringLiteral("deal"), dealId, fields);
    });
}

Result<Deal> Store::convertLeadToDeal(const QString& contactId, Deal draft)
{
    auto person = contact(contactId);
    if (!person)
        return person.error();
    draft.contactId = contactId;
    if (draft.companyId.isEmpty())
        draft.companyId = person->companyId;
    if (draft.title.trimmed().isEmpty())
        draft.title = person->displayName();
    if (Status s = validate(draft); !s)
        return s.error();
    if (draft.id.isEmpty())
        draft.id = newUuidV7();
    if (draft.ownerId.isEmpty())
        draft.ownerId = m_profile.id;
    draft.status = DealStatus::Open;
    draft.stageEnteredAt = QDateTime::currentDateTimeUtc();
    Status s = execute(QStringLiteral("Convert lead to deal"), [&](Command& cmd) -> Status {
        if (Status st = checkStage(cmd, draft.pipelineId, draft.stageId); !st)
            return st;
        if (Status st = checkLinks(cmd, draft.contactId, draft.companyId, QString()); !st)
            return st;
        auto position = placeDeal(cmd, draft.id, draft.stageId, QString());
        if (!position)
            return position.error();
        draft.position = *position;
        if (Status st =
                cmd.insert(QStringLiteral("deal"), draft.id, stamped(toFields(draft), true));
            !st)
            return st;
        switch (person->lifecycle) {
        case Lifecycle::Subscriber:
        case Lifecycle::Lead:
        case Lifecycle::Qualified:
        case Lifecycle::Other:
            return cmd.update(
                QStringLiteral("contact"), contactId,
                stamped({{QStringLiteral("lifecycle"), lifecycleKey(Lifecycle::Opportunity)}},
                        false));
        default:
            return {};
        }
    });
    if (!s)
        return s.error();
    return deal(draft.id);
}

} // namespace baza::store
