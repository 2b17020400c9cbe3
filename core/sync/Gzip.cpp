#include "core/sync/Gzip.h"

#include <QCoreApplication>

#include <zlib.h>

namespace baza::sync {

namespace {

// 15 window bits + 16 selects the gzip wrapper instead of zlib's.
constexpr int GzipWindowBits = 15 + 16;

} // namespace

QByteArray gzipCompress(const QByteArray& data, int level)
{
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, GzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const auto written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

Result<QByteArray> gzipDecompress(const QByteArray& data, qint64 maxSize)
{
    const auto fail = [](const QString& why) {
        return Error::make(
            ErrorCode::Protocol,
            QCoreApplication::translate("baza::sync", "The compressed body is unreadable: %1")
                .arg(why));
    };
    z_stream zs{};
    if (inflateInit2(&zs, GzipWindowBits) != Z_OK)
        return fail(QStringLiteral("inflateInit2"));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = sizeof buffer;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            const QString why =
                zs.msg ? QString::fromLatin1(zs.msg)
                       : (rc == Z_BUF_ERROR ? QStringLiteral("truncated") : QString::number(rc));
            inflateEnd(&zs);
            return fail(why);
        }
        out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
        if (out.size() > maxSize) {
            inflateEnd(&zs);
            return fail(
                QCoreApplication::translate("baza::sync", "larger than %1 bytes").arg(maxSize));
        }
    }
    inflateEnd(&zs);
    return out;
}

} // namespace baza::sync
