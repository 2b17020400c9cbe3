#pragma once

#include <QDateTime>
#include <QString>

namespace baza::domain {

enum class ActivityKind { Call, Email, Meeting, Note };
QString activityKindKey(ActivityKind kind);
bool activityKindFromKey(const QString& key, ActivityKind* out);

struct Activity
{
    QString id;
    ActivityKind kind = ActivityKind::Note;
    QString direction; // inbound, outbound, or empty
    QDateTime occurredAt;
    int durationSeconds = 0;
    QString outcome; // connected, no answer, left voicemail ...
    QString subject;
    QString body;
    QString contactId;
    QString companyId;
    QString dealId;
    QString ownerId;
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const Activity&, const Activity&) = default;
};

struct Task
{
    QString id;
    QString title;
    QString notes;
    QDateTime dueAt;
    QDateTime remindAt;
    bool done = false;
    QDateTime doneAt;
    QString assigneeId;
    QString contactId;
    QString companyId;
    QString dealId;
    QDateTime createdAt;
    QDateTime updatedAt;
    friend bool operator==(const Task&, const Task&) = default;
};

} // namespace baza::domain
