#pragma once

#include "core/common/Result.h"

#include <QByteArray>

namespace baza::sync {

// gzip (RFC 1952) for request and response bodies, both directions of the sync protocol.
QByteArray gzipCompress(const QByteArray& data);
// Refuses input that inflates beyond `maxSize` bytes (a compressed bomb must not exhaust memory).
Result<QByteArray> gzipDecompress(const QByteArray& data, qint64 maxSize = 256LL * 1024 * 1024);

} // namespace baza::sync
