// PhoneNormalizer: libphonenumber behind the import's cleaning rules.
#include "core/import/Normalize.h"

#include <QCoreApplication>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

namespace baza::import {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::import", text);
}

using i18n::phonenumbers::PhoneNumberUtil;

} // namespace

PhoneNormalizer::PhoneNormalizer(const QString& region)
    : m_region(region.trimmed().toUpper())
{
    if (m_region.isEmpty()) {
        const QString code = QLocale::territoryToCode(QLocale().territory());
        m_region = code.size() == 2 ? code : QStringLiteral("ZZ"); // ZZ: only +numbers parse
    }
}

PhoneNormalizer::~PhoneNormalizer() = default;

QString PhoneNormalizer::normalize(const QString& raw, QString* reason) const
{
    QString text = collapseSpaces(raw);
    if (text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        text = text.mid(4);
    // Excel turns long numbers into "4.8501234567E+10"; the digits are still all there.
    if (text.contains(QLatin1String("E+"), Qt::CaseInsensitive) &&
        text.count(QLatin1Char('.')) == 1) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (ok && v > 0 && v < 1e16)
            text = QStringLiteral("+") + QString::number(qint64(v));
    }
    if (text.startsWith(QLatin1String("00")))
        text = QLatin1Char('+') + text.mid(2);
    if (text.isEmpty())
        return {};
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const auto parsed = util->Parse(text.toStdString(), m_region.toStdString(), &number);
    switch (parsed) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        *reason = m_region == QLatin1String("ZZ")
                      ? tr("The number has no country code and no default phone region is set.")
                      : tr("Unknown country calling code.");
        return {};
    case PhoneNumberUtil::NOT_A_NUMBER:
        *reason = tr("Not a phone number.");
        return {};
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        *reason = tr("Too short for a phone number.");
        return {};
    case PhoneNumberUtil::TOO_LONG_NSN:
        *reason = tr("Too long for a phone number.");
        return {};
    }
    if (!util->IsValidNumber(number)) {
        switch (util->IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            *reason = tr("Too short for a phone number of this country.");
            return {};
        case PhoneNumberUtil::TOO_LONG:
            *reason = tr("Too long for a phone number of this country.");
            return {};
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            *reason = tr("Unknown country calling code.");
            return {};
        default:
            *reason = tr("Not a valid number in the country's numbering plan.");
            return {};
        }
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString betterPhoneRegion(const QStringList& numbers, const QString& current,
                          const QByteArray& encoding)
{
    auto validUnder = [&numbers](const QString& region) {
        const PhoneNormalizer normalizer(region);
        int valid = 0;
        QString reason;
        for (const QString& n : numbers)
            valid += !n.trimmed().isEmpty() && !normalizer.normalize(n, &reason).isEmpty();
        return valid;
    };
    int given = 0;
    for (const QString& n : numbers)
        given += !n.trimmed().isEmpty();
    const int readNow = validUnder(current);
    if (given == 0 || (given - readNow) * 2 < given)
        return {};
    const QByteArray e = encoding.toLower();
    QStringList candidates;
    if (e.contains("1251") || e.contains("koi8") || e.contains("866"))
        candidates << QStringLiteral("RU") << QStringLiteral("UA") << QStringLiteral("BY")
                   << QStringLiteral("KZ") << QStringLiteral("BG");
    else if (e.contains("1250") || e.contains("8859-2"))
        candidates << QStringLiteral("PL") << QStringLiteral("CZ") << QStringLiteral("SK")
                   << QStringLiteral("HU") << QStringLiteral("RO") << QStringLiteral("HR");
    for (const char* code : {"PL", "RU", "UA", "DE", "GB", "US", "FR", "IT", "ES", "NL", "CZ",
                             "LT", "LV", "EE", "BY", "KZ", "AT", "CH", "SE", "NO", "DK", "FI"}) {
        if (!candidates.contains(QLatin1String(code)))
            candidates << QLatin1String(code);
    }
    QString best;
    int bestValid = readNow;
    for (const QString& region : std::as_const(candidates)) {
        if (region.compare(current, Qt::CaseInsensitive) == 0)
            continue;
        const int valid = validUnder(region);
        if (valid > bestValid) {
            best = region;
            bestValid = valid;
        }
    }
    return bestValid * 4 >= given * 3 ? best : QString();
}

} // namespace baza::import
