#pragma once

#include "core/common/Result.h"

#include <QByteArray>

namespace baza::sync {

// gzip (RFC 1952) for request and response bodies, both directions of the sync protocol.
// `level` is zlib's 1 (fastest) … 9 (smallest); -1 is zlib's default (6). The server answers pulls
// with level 1: JSON of records compresses nearly as well, several times faster.
QByteArray gzipCompress(const QByteArray& data, int level = -1);
// Refuses input that inflates beyond `maxSize` bytes (a compressed bomb must not exhaust memory).
Result<QByteArray> gzipDecompress(const QByteArray& data, qint64 maxSize = 256LL * 1024 * 1024);

} // namespace baza::sync
