#pragma once

#include "core/common/Result.h"
#include "core/io/VCardReader.h"

#include <QIODevice>

namespace baza::io {

enum class VCardVersion { V3, V4 };

// Writes cards as valid vCard 3.0 (RFC 2426) or 4.0 (RFC 6350): UTF-8, CRLF, lines folded at
// 75 octets (never inside a UTF-8 sequence), values escaped. Empty properties are left out;
// FN is always written (built from the name parts or the organization when missing).
class VCardWriter
{
public:
    VCardWriter(QIODevice* out, VCardVersion version);
    Status write(const VCard& card);

private:
    void line(const QByteArray& nameAndParams, const QString& value);
    QByteArray typeParams(const QStringList& types) const;
    QIODevice* m_out;
    VCardVersion m_version;
    QByteArray m_buffer;
};

} // namespace baza::io
