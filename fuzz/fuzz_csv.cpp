// libFuzzer target: CsvReader on arbitrary bytes must end in records or an Error, never a crash,
// a hang or a sanitizer report; what it reads must survive a CsvWriter round trip unchanged.
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace baza::io;

namespace {

QList<QStringList> readAll(const QByteArray& bytes, const CsvOptions& options, bool& ok)
{
    QList<QStringList> rows;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ok = false;
    auto reader = CsvReader::fromDevice(&buffer, QStringLiteral("fuzz.csv"), options);
    if (!reader) {
        if (reader.message().isEmpty())
            std::abort();
        return rows;
    }
    QStringList fields;
    for (;;) {
        auto got = (*reader)->next(fields);
        if (!got) {
            if (got.message().isEmpty())
                std::abort();
            return rows;
        }
        if (!*got)
            break;
        rows.append(fields);
    }
    ok = true;
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    CsvOptions options;
    if (size > 0) {
        options.hasHeader = data[0] & 1;
        if (data[0] & 2)
            options.maxFieldBytes = 64;
        if (data[0] & 4)
            options.maxFields = 8;
    }
    bool ok = false;
    const QList<QStringList> rows = readAll(bytes, options, ok);
    if (!ok || rows.isEmpty())
        return 0;
    // Two first values a plain file cannot carry back: a leading U+FEFF (read as a BOM) and
    // "sep=X" (read as Excel's delimiter line).
    const QString& first = rows.first().first();
    if (first.startsWith(QChar(0xFEFF)) ||
        first.startsWith(QStringLiteral("sep="), Qt::CaseInsensitive))
        return 0;

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out, CsvProfile::Rfc4180);
    for (const QStringList& row : rows)
        if (!writer.writeRow(row))
            std::abort();
    CsvOptions plain;
    plain.hasHeader = false;
    plain.encoding = "UTF-8";
    plain.delimiter = QLatin1Char(',');
    plain.maxFields = 1 << 20;
    plain.maxFieldBytes = qint64(1) << 30;
    bool again = false;
    if (readAll(out.data(), plain, again) != rows || !again)
        std::abort();
    return 0;
}
