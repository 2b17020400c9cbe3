// libFuzzer target: VCardReader on arbitrary bytes must end in cards or an Error, never a crash,
// a hang or a sanitizer report; every card it returns must be writable by VCardWriter.
#include "core/io/VCardReader.h"
#include "core/io/VCardWriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace baza::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    auto reader = VCardReader::fromDevice(&buffer, QStringLiteral("fuzz.vcf"));
    if (!reader)
        return 0;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    VCardWriter writer(&out, size % 2 ? VCardVersion::V3 : VCardVersion::V4);
    VCard card;
    for (;;) {
        auto got = (*reader)->next(card);
        if (!got) {
            if (got.message().isEmpty())
                std::abort();
            break;
        }
        if (!*got)
            break;
        if (!writer.write(card))
            std::abort();
    }
    return 0;
}
