#pragma once

#include "core/domain/Activity.h"
#include "core/store/Store.h"

#include <QAbstractListModel>
#include <QHash>

namespace baza::ui {

// One line of a record's timeline: an activity (call, email, meeting, note) or a change from
// the change log (one command: "Edited", with "Stage: Qualified → Proposal" lines).
struct TimelineItem
{
    enum Type { Call, Email, Meeting, Note, Change, TypeCount };
    Type type = Note;
    QDateTime at; // UTC
    QString title;
    QString body;
    QString who;
    QString about; // on a company's timeline: the person an activity was with
    QString id;    // activity id or change-log command id
};

// The timeline of a card, newest first, filterable by type. Built from activities and history
// read from the store; the delegate paints it.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TypeRole = Qt::UserRole + 1,
        AtRole,
        TitleRole,
        BodyRole,
        MetaRole, // who · when · with whom, as shown under the title
        IdRole,
    };

    explicit TimelineModel(QObject* parent = nullptr);

    // Replaces everything; items are sorted newest first.
    void setItems(QList<TimelineItem> items);
    // Which types are shown (a bit per TimelineItem::Type); all by default.
    void setTypeVisible(TimelineItem::Type type, bool visible);
    bool isTypeVisible(TimelineItem::Type type) const;
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Builders. `userNames` maps user id → name; `contactNames` contact id → name (company
    // timelines say whom an activity was with).
    static QList<TimelineItem> fromActivities(const QList<domain::Activity>& activities,
                                              const QHash<QString, QString>& userNames,
                                              const QHash<QString, QString>& contactNames = {});
    static QList<TimelineItem> fromHistory(const QList<store::HistoryEntry>& history);
    static TimelineItem::Type typeOf(domain::ActivityKind kind);
    static QString typeName(TimelineItem::Type type);

private:
    void refilter();

    QList<TimelineItem> m_all;
    QList<int> m_visible; // indexes into m_all
    unsigned m_typeMask = (1u << TimelineItem::TypeCount) - 1;
};

} // namespace baza::ui
