// Temporary: lets the import pipeline compile against the core/io headers while the readers and
// writers land. Replaced file by file.
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/VCardReader.h"
#include "core/io/VCardWriter.h"

#include <QCoreApplication>

namespace baza::io {

namespace {
Error notYet()
{
    return Error::make(ErrorCode::Usage,
                       QCoreApplication::translate("baza::io", "Not implemented yet."));
}
} // namespace

EncodingGuess detectEncoding(QByteArrayView)
{
    return {QByteArrayLiteral("UTF-8"), false, 0};
}
QStringList supportedEncodings()
{
    return {QStringLiteral("UTF-8")};
}
QByteArray canonicalEncodingName(QByteArrayView name)
{
    return name.toByteArray();
}
bool decodeText(QByteArrayView bytes, QByteArrayView, QString& out, qsizetype*)
{
    out = QString::fromUtf8(bytes);
    return true;
}

struct CsvReader::State
{
    QStringList header;
};
CsvReader::CsvReader(std::unique_ptr<State> state)
    : m(std::move(state))
{}
CsvReader::~CsvReader() = default;
Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString&, const CsvOptions&)
{
    return notYet();
}
Result<std::unique_ptr<CsvReader>> CsvReader::fromDevice(QIODevice*, const QString&,
                                                         const CsvOptions&)
{
    return notYet();
}
const QStringList& CsvReader::header() const
{
    return m->header;
}
QByteArray CsvReader::encoding() const
{
    return {};
}
QChar CsvReader::delimiter() const
{
    return {};
}
EncodingGuess CsvReader::encodingGuess() const
{
    return {};
}
Result<bool> CsvReader::next(QStringList&)
{
    return notYet();
}
qint64 CsvReader::recordNumber() const
{
    return 0;
}
qint64 CsvReader::lineNumber() const
{
    return 0;
}
qint64 CsvReader::bytesRead() const
{
    return 0;
}
qint64 CsvReader::totalBytes() const
{
    return -1;
}
int CsvReader::expectedFieldCount() const
{
    return 0;
}
qint64 CsvReader::raggedRecords() const
{
    return 0;
}
QString CsvReader::displayName() const
{
    return {};
}

struct VCardReader::State
{};
VCardReader::VCardReader(std::unique_ptr<State> state)
    : m(std::move(state))
{}
VCardReader::~VCardReader() = default;
Result<std::unique_ptr<VCardReader>> VCardReader::open(const QString&, const QByteArray&)
{
    return notYet();
}
Result<std::unique_ptr<VCardReader>> VCardReader::fromDevice(QIODevice*, const QString&,
                                                             const QByteArray&)
{
    return notYet();
}
Result<bool> VCardReader::next(VCard&)
{
    return notYet();
}
qint64 VCardReader::cardNumber() const
{
    return 0;
}
qint64 VCardReader::bytesRead() const
{
    return 0;
}
qint64 VCardReader::totalBytes() const
{
    return -1;
}
QByteArray VCardReader::encoding() const
{
    return {};
}

CsvWriter::CsvWriter(QIODevice* out, CsvProfile profile, const QLocale& locale)
    : m_out(out)
    , m_profile(profile)
    , m_delimiter(profile == CsvProfile::Excel && locale.decimalPoint() == QStringLiteral(",")
                      ? QLatin1Char(';')
                      : QLatin1Char(','))
{}
Status CsvWriter::writeRow(const QStringList&)
{
    return notYet();
}
bool CsvWriter::needsNeutralising(const QString&)
{
    return false;
}

VCardWriter::VCardWriter(QIODevice* out, VCardVersion version)
    : m_out(out)
    , m_version(version)
{}
Status VCardWriter::write(const VCard&)
{
    return notYet();
}
void VCardWriter::line(const QByteArray&, const QString&) {}

} // namespace baza::io
