#include "core/io/VCardWriter.h"

#include "core/io/ChunkSource.h"

namespace baza::io {

namespace {

QString escaped(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out.append(QLatin1Char('\\')).append(c);
        } else if (c == QLatin1Char('\r')) {
            out.append(QStringLiteral("\\n"));
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            out.append(QStringLiteral("\\n"));
        } else {
            out.append(c);
        }
    }
    return out;
}

QString joined(const QStringList& parts, QChar sep)
{
    QStringList e;
    e.reserve(parts.size());
    for (const QString& p : parts)
        e.append(escaped(p));
    return e.join(sep);
}

// A TYPE value that can be written without quoting in both versions.
bool isSafeType(const QString& t)
{
    if (t.isEmpty())
        return false;
    for (const QChar c : t)
        if (c == QLatin1Char(';') || c == QLatin1Char(':') || c == QLatin1Char(',') ||
            c == QLatin1Char('"') || c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    return true;
}

} // namespace

VCardWriter::VCardWriter(QIODevice* out, VCardVersion version)
    : m_out(out)
    , m_version(version)
{}

QByteArray VCardWriter::typeParams(const QStringList& types) const
{
    QStringList kept;
    bool pref = false;
    for (const QString& t : types) {
        if (t.compare(QStringLiteral("PREF"), Qt::CaseInsensitive) == 0) {
            pref = true;
            continue;
        }
        if (isSafeType(t))
            kept.append(m_version == VCardVersion::V4 ? t.toLower() : t.toUpper());
    }
    QByteArray params;
    if (m_version == VCardVersion::V3 && pref)
        kept.append(QStringLiteral("PREF"));
    if (!kept.isEmpty())
        params += ";TYPE=" + kept.join(QLatin1Char(',')).toUtf8();
    if (m_version == VCardVersion::V4 && pref)
        params += ";PREF=1";
    return params;
}

void VCardWriter::line(const QByteArray& nameAndParams, const QString& value)
{
    const QByteArray content = nameAndParams + ':' + value.toUtf8();
    // Fold at 75 octets (RFC 2426 / 6350), never inside a UTF-8 sequence.
    qsizetype start = 0;
    qsizetype limit = 75;
    while (content.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start + 1 && (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80)
            --cut;
        m_buffer.append(content.constData() + start, cut - start);
        m_buffer.append("\r\n ");
        start = cut;
        limit = 74; // the leading space counts
    }
    m_buffer.append(content.constData() + start, content.size() - start);
    m_buffer.append("\r\n");
}

Status VCardWriter::write(const VCard& card)
{
    m_buffer.clear();
    const bool v4 = m_version == VCardVersion::V4;
    line("BEGIN", QStringLiteral("VCARD"));
    line("VERSION", v4 ? QStringLiteral("4.0") : QStringLiteral("3.0"));

    QString fn = card.formattedName.trimmed();
    if (fn.isEmpty()) {
        QStringList parts;
        for (const QString& p :
             {card.prefix, card.firstName, card.middleName, card.lastName, card.suffix})
            if (!p.trimmed().isEmpty())
                parts.append(p.trimmed());
        fn = parts.join(QLatin1Char(' '));
    }
    if (fn.isEmpty())
        fn = card.organization.trimmed();
    if (fn.isEmpty() && !card.emails.isEmpty())
        fn = card.emails.first().value;
    line("FN", escaped(fn));
    const QStringList n{card.lastName, card.firstName, card.middleName, card.prefix, card.suffix};
    if (!v4 || !n.join(QString()).isEmpty())
        line("N", joined(n, QLatin1Char(';'))); // required in 3.0
    if (!card.organization.isEmpty())
        line("ORG", escaped(card.organization));
    if (!card.title.isEmpty())
        line("TITLE", escaped(card.title));
    for (const VCardValue& e : card.emails)
        line("EMAIL" + typeParams(e.types), escaped(e.value));
    for (const VCardValue& t : card.phones)
        line("TEL" + typeParams(t.types), escaped(t.value));
    for (const VCardAddress& a : card.addresses)
        line("ADR" + typeParams(a.types),
             joined({QString(), QString(), a.street, a.city, a.region, a.postalCode, a.country},
                    QLatin1Char(';')));
    if (!card.birthday.isEmpty())
        line("BDAY", card.birthday);
    if (!card.url.isEmpty())
        line("URL", card.url);
    if (!card.note.isEmpty())
        line("NOTE", escaped(card.note));
    if (!card.categories.isEmpty())
        line("CATEGORIES", joined(card.categories, QLatin1Char(',')));
    if (!card.uid.isEmpty())
        line("UID", card.uid);
    line("END", QStringLiteral("VCARD"));
    if (m_out->write(m_buffer) != m_buffer.size())
        return Error::make(
            ErrorCode::Io,
            detail::tr("The vCard file could not be written (%1).").arg(m_out->errorString()));
    return {};
}

} // namespace baza::io
