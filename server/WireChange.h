#pragma once

#include "core/changes/Hlc.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace baza::server {

// One pushed change as the server handles it. Values stay in their wire encoding (JSON:
// null, integer, string, {"real": n}, {"blob": base64}) and are stored as such, so the server
// never reinterprets a client's value; it reads only the fields visibility depends on.
struct WireChange
{
    qint64 deviceSeq = 0;
    QString commandId;
    QString entity;
    QString entityId;
    QString op; // insert, update, delete, erase
    QString field;
    QJsonValue value;
    QJsonObject fields; // compact insert
    bool compact = false;
    QString hlcText;
    changes::Hlc hlc;
    QString batchId;
    QString label;
    QJsonObject raw; // as received, for the change log
};

// Parses and checks one change of a push from `device`. On failure returns false with a short
// machine-readable reason ("unknown_entity", "unknown_field: x", "bad_value: x", "bad_hlc",
// "clock_skew" …) that the client shows and logs.
bool parseWireChange(const QJsonObject& o, const QString& device, qint64 nowMs, qint64 maxSkewMs,
                     WireChange* out, QString* reason);

// Whether `field` may be written on `entity` (core's entity registry, plus `private`).
bool isKnownField(const QString& entity, const QString& field);
bool isKnownEntity(const QString& entity);
// Entities whose visibility follows a linked contact (through their contact_id field).
bool dependsOnContact(const QString& entity);
// Device ids: 1–64 characters of [A-Za-z0-9_-] (normally a UUID).
bool isValidDeviceId(const QString& device);

// Upper bounds that keep one request from exhausting the server.
inline constexpr int MaxValueBytes = 64 * 1024;
inline constexpr int MaxFieldsBytes = 512 * 1024;

} // namespace baza::server
