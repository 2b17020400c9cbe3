#include "core/common/Uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace baza {

QString uuidV7At(qint64 unixMs)
{
    // Within one millisecond a 12-bit counter in rand_a keeps ids from this process increasing.
    static QMutex mutex;
    static qint64 lastMs = -1;
    static quint16 counter = 0;
    quint16 seq;
    {
        QMutexLocker lock(&mutex);
        if (unixMs == lastMs) {
            counter = quint16((counter + 1) & 0x0fff);
        } else {
            lastMs = unixMs;
            counter = quint16(QRandomGenerator::global()->bounded(0x0800));
        }
        seq = counter;
    }
    unsigned char b[16];
    const quint64 ms = quint64(unixMs) & 0xffffffffffffULL;
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    b[6] = static_cast<unsigned char>(0x70 | ((seq >> 8) & 0x0f));
    b[7] = static_cast<unsigned char>(seq & 0xff);
    quint64 r = QRandomGenerator::system()->generate64();
    for (int i = 8; i < 16; ++i)
        b[i] = static_cast<unsigned char>(r >> (8 * (i - 8)));
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3f));
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0f]);
    }
    return out;
}

QString newUuidV7()
{
    return uuidV7At(QDateTime::currentMSecsSinceEpoch());
}

bool isUuid(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

} // namespace baza
