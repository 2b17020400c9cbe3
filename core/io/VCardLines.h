#pragma once

// Internal to core/io: the vCard reader's line layer (physical lines, unfolding, 2.1's
// quoted-printable soft breaks and unindented BASE64 blocks) and the property parser.

#include "core/common/Result.h"
#include "core/io/ChunkSource.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace baza::io::detail {

struct PhysicalLine
{
    QByteArray text;
    qint64 number = 0;
    bool truncated = false; // longer than the cap; the rest was consumed and dropped
};

struct LogicalLine
{
    QByteArray text;
    qint64 number = 0;
    bool truncated = false;
};

class VCardLineReader
{
public:
    static constexpr qsizetype MaxLineBytes = 4 * 1024 * 1024;

    VCardLineReader(ChunkSource& source, QString displayName)
        : m_source(source)
        , m_name(std::move(displayName))
    {}

    // The next unfolded line; false at the end. Binary properties (PHOTO, LOGO, SOUND, KEY)
    // come back with their header only: their data is consumed and dropped on the way.
    Result<bool> next(LogicalLine& line);

private:
    Result<bool> physical(PhysicalLine& line);
    Result<bool> peek(std::optional<PhysicalLine>& line);

    ChunkSource& m_source;
    QString m_name;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 0;
    std::optional<PhysicalLine> m_pending;
};

struct Property
{
    QByteArray group, name;                      // name uppercased
    QList<QPair<QByteArray, QByteArray>> params; // name uppercased ("" for 2.1's bare values)
    QByteArray value;
    QByteArray param(const char* name) const;
    bool hasWord(const char* word) const; // a bare parameter or an ENCODING/TYPE value
};

std::optional<Property> parseProperty(const QByteArray& line);
QByteArray decodeQuotedPrintable(QByteArrayView in);
bool isBinaryPropertyName(QByteArrayView name);

} // namespace baza::io::detail
