#pragma once

#include <QString>

namespace baza {

// A new UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Ids created on many
// machines offline never collide, and time order makes them index well.
QString newUuidV7();
// Same, for a given time in milliseconds (tests).
QString uuidV7At(qint64 unixMs);
bool isUuid(const QString& text);

} // namespace baza
