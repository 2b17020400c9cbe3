#pragma once

#include "core/changes/Hlc.h"
#include "core/sync/Protocol.h"

#include <QJsonObject>
#include <QString>

namespace baza::server {

// Which records sync and how visibility flows between them, derived from core's entity
// registry (core/store/Entities.cpp), so a new entity syncs without server changes.

// Every registered entity but `user` (accounts are managed on the server with add-user).
bool isSyncedEntity(const QString& entity);
// Entities with a `private` field (contacts, companies, deals).
bool canBePrivate(const QString& entity);
// A record belongs to its contact (a `contact_id` field) and to its deal (`deal_id`): whoever may
// not see that contact or deal may not see the record either (activities, tasks, consents,
// deals, deal contacts, deal items …). Companies do not pass their privacy on.
bool belongsToContact(const QString& entity);
bool belongsToDeal(const QString& entity);
// Device ids: 1–64 characters of [A-Za-z0-9_-] (normally a UUID).
bool isValidDeviceId(const QString& device);

// One pushed change after the protocol's codec (sync::changeFromJson) and the server's checks.
struct CheckedChange
{
    sync::Change change; // for a rejected change: only its raw names, for the server's log
    QString rawOp;
    changes::Hlc hlc;
};

enum class Verdict {
    Ok,
    Rejected, // never acceptable: answered "rejected" with the reason
    Retry,    // not acceptable yet (clock_skew): the push stops before it
};

// Decodes one change of a push from `device` and checks what the protocol leaves to the
// server: UUIDs, the HLC's device, the clock, value sizes, NUL characters (PostgreSQL cannot
// store them), flags and links. `reason` is short and machine-readable ("unknown_entity: x",
// "malformed: …", "bad_hlc", "clock_skew", "bad_value: field (why)" …); the client shows it.
Verdict checkPushedChange(const QJsonObject& o, const QString& device, qint64 nowMs,
                          qint64 maxSkewMs, CheckedChange* out, QString* reason);

// Upper bounds that keep one request from exhausting the server.
inline constexpr int MaxValueBytes = 64 * 1024;
inline constexpr int MaxFieldsBytes = 512 * 1024;

} // namespace baza::server
