#include "core/io/VCardReader.h"

#include "core/io/ChunkSource.h"
#include "core/io/TextDecoding.h"
#include "core/io/VCardLines.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace baza::io {

using detail::Property;
using detail::tr;

namespace {

// Splits on unescaped `sep` and resolves the escapes \n \, \; \\ in each part.
QStringList splitEscaped(const QString& value, QChar sep)
{
    QStringList parts;
    QString cur;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            if (n == QLatin1Char('n') || n == QLatin1Char('N'))
                cur.append(QLatin1Char('\n'));
            else if (n == QLatin1Char(',') || n == QLatin1Char(';') || n == QLatin1Char('\\') ||
                     n == QLatin1Char(':'))
                cur.append(n);
            else
                cur.append(c).append(n);
        } else if (c == sep) {
            parts.append(cur);
            cur.clear();
        } else {
            cur.append(c);
        }
    }
    parts.append(cur);
    return parts;
}

QString unescape(const QString& value)
{
    return splitEscaped(value, QChar()).join(QString());
}

QString component(const QStringList& parts, qsizetype i)
{
    return i < parts.size() ? parts.at(i).trimmed() : QString();
}

bool isEncodingWord(const QByteArray& w)
{
    for (const char* s : {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
        if (w.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QStringList typesOf(const Property& p)
{
    QStringList types;
    auto add = [&](const QByteArray& t) {
        const QString u = QString::fromUtf8(t.trimmed()).toUpper();
        if (!u.isEmpty() && !types.contains(u))
            types.append(u);
    };
    for (const auto& [k, v] : p.params) {
        if (k == "TYPE") {
            for (const QByteArray& t : v.split(','))
                add(t);
        } else if (k.isEmpty() && !isEncodingWord(v) && !detail::codecFor(v)) {
            add(v); // vCard 2.1: ;WORK;PREF
        } else if (k == "PREF") {
            add("PREF");
        }
    }
    return types;
}

// Apple's labels "_$!<Work>!$_" name a standard type; anything else is the user's own label.
QString labelType(const QString& label)
{
    if (label.startsWith(QStringLiteral("_$!<")) && label.endsWith(QStringLiteral(">!$_")))
        return label.mid(4, label.size() - 8).toUpper();
    return label.toUpper();
}

// Apple groups a value with its label: item1.TEL and item1.X-ABLabel.
struct GroupRef
{
    int list = 0; // 0 emails, 1 phones, 2 addresses
    qsizetype index = 0;
};

} // namespace

struct VCardReader::State
{
    State(QIODevice* device, const QString& name)
        : source(device, name)
        , lines(source, name)
        , displayName(name)
    {}

    detail::ChunkSource source;
    detail::VCardLineReader lines;
    std::unique_ptr<QFile> file;
    QString displayName;
    detail::Codec codec;
    qint64 cards = 0;
    std::optional<Error> failure;

    Error fail(qint64 line, const QString& what, const QByteArray& property = {});
    Result<bool> apply(VCard& card, const Property& p, qint64 line,
                       QHash<QByteArray, GroupRef>& groups);
};

Error VCardReader::State::fail(qint64 line, const QString& what, const QByteArray& property)
{
    const QLocale locale;
    QString place = tr("%1, card %2 (line %3)")
                        .arg(displayName, locale.toString(cards + 1), locale.toString(line));
    if (!property.isEmpty())
        place = tr("%1, %2").arg(place, QString::fromLatin1(property));
    Error e = Error::make(ErrorCode::Validation, tr("%1: %2").arg(place, what));
    e.field = QString::fromLatin1(property);
    failure = e;
    return e;
}

Result<bool> VCardReader::State::apply(VCard& card, const Property& p, qint64 line,
                                       QHash<QByteArray, GroupRef>& groups)
{
    static const QList<QByteArray> Kept = {"FN",   "N",   "ORG",     "TITLE",      "NOTE",
                                           "BDAY", "URL", "UID",     "CATEGORIES", "EMAIL",
                                           "TEL",  "ADR", "VERSION", "X-ABLABEL"};
    if (!Kept.contains(p.name) || p.hasWord("BASE64") || p.hasWord("B"))
        return true;

    QByteArray raw = p.value;
    if (p.hasWord("QUOTED-PRINTABLE"))
        raw = detail::decodeQuotedPrintable(raw);
    detail::Codec valueCodec = codec;
    const bool utf16File =
        codec.kind == detail::CodecKind::Utf16LE || codec.kind == detail::CodecKind::Utf16BE;
    if (const QByteArray charset = p.param("CHARSET"); !charset.isEmpty() && !utf16File) {
        auto named = detail::codecFor(charset);
        if (!named || named->kind == detail::CodecKind::Utf16LE ||
            named->kind == detail::CodecKind::Utf16BE)
            return fail(line,
                        tr("the character set %1 is not supported (Baza reads %2)")
                            .arg(QString::fromLatin1(charset),
                                 supportedEncodings().join(QStringLiteral(", "))),
                        p.name);
        valueCodec = *named;
    }
    QString text;
    const qsizetype bad = detail::decodeBytes(valueCodec, raw.constData(), raw.size(), text);
    if (bad >= 0) {
        const QString what =
            utf16File ? tr("the text is not valid %1 (an unpaired surrogate)")
                            .arg(QString::fromLatin1(valueCodec.name))
                      : tr("byte 0x%1 is not valid in the encoding %2")
                            .arg(QString::number(static_cast<unsigned char>(raw[bad]), 16)
                                     .toUpper()
                                     .rightJustified(2, QLatin1Char('0')),
                                 QString::fromLatin1(valueCodec.name));
        return fail(line, what, p.name);
    }

    const QByteArray& n = p.name;
    if (n == "VERSION") {
        card.version = text.trimmed();
    } else if (n == "FN") {
        card.formattedName = unescape(text).trimmed();
    } else if (n == "N") {
        const QStringList parts = splitEscaped(text, QLatin1Char(';'));
        card.lastName = component(parts, 0);
        card.firstName = component(parts, 1);
        card.middleName = component(parts, 2);
        card.prefix = component(parts, 3);
        card.suffix = component(parts, 4);
    } else if (n == "ORG") {
        if (card.organization.isEmpty())
            card.organization = component(splitEscaped(text, QLatin1Char(';')), 0);
    } else if (n == "TITLE") {
        card.title = unescape(text).trimmed();
    } else if (n == "NOTE") {
        const QString note = unescape(text);
        card.note = card.note.isEmpty() ? note : card.note + QLatin1Char('\n') + note;
    } else if (n == "BDAY") {
        card.birthday = text.trimmed();
    } else if (n == "URL") {
        if (card.url.isEmpty())
            card.url = unescape(text).trimmed();
    } else if (n == "UID") {
        card.uid = text.trimmed();
    } else if (n == "CATEGORIES") {
        for (const QString& c : splitEscaped(text, QLatin1Char(',')))
            if (!c.trimmed().isEmpty())
                card.categories.append(c.trimmed());
    } else if (n == "EMAIL" || n == "TEL") {
        QString value = unescape(text).trimmed();
        if (n == "TEL" && value.startsWith(QStringLiteral("tel:"), Qt::CaseInsensitive))
            value = value.mid(4);
        if (value.isEmpty())
            return true;
        auto& list = n == "EMAIL" ? card.emails : card.phones;
        list.append({value, typesOf(p)});
        if (!p.group.isEmpty())
            groups.insert(p.group, {n == "EMAIL" ? 0 : 1, list.size() - 1});
    } else if (n == "ADR") {
        const QStringList parts = splitEscaped(text, QLatin1Char(';'));
        VCardAddress a;
        // PO box and extended address are kept as extra lines of the street, not lost.
        QStringList street;
        for (qsizetype i : {2, 1, 0})
            if (!component(parts, i).isEmpty())
                street.append(component(parts, i));
        a.street = street.join(QLatin1Char('\n'));
        a.city = component(parts, 3);
        a.region = component(parts, 4);
        a.postalCode = component(parts, 5);
        a.country = component(parts, 6);
        if (a.street.isEmpty() && a.city.isEmpty() && a.region.isEmpty() &&
            a.postalCode.isEmpty() && a.country.isEmpty())
            return true;
        a.types = typesOf(p);
        card.addresses.append(a);
        if (!p.group.isEmpty())
            groups.insert(p.group, {2, card.addresses.size() - 1});
    } else if (n == "X-ABLABEL") {
        if (groups.contains(p.group)) {
            const GroupRef ref = groups.value(p.group);
            QStringList* types = ref.list == 0   ? &card.emails[ref.index].types
                                 : ref.list == 1 ? &card.phones[ref.index].types
                                                 : &card.addresses[ref.index].types;
            const QString t = labelType(unescape(text).trimmed());
            if (!t.isEmpty() && !types->contains(t))
                types->append(t);
        }
    }
    return true;
}

VCardReader::VCardReader(std::unique_ptr<State> state)
    : m(std::move(state))
{}

VCardReader::~VCardReader() = default;

Result<std::unique_ptr<VCardReader>> VCardReader::open(const QString& path,
                                                       const QByteArray& encoding)
{
    auto file = std::make_unique<QFile>(path);
    const QString name = QFileInfo(path).fileName();
    if (!file->open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::Io,
            tr("%1: the file could not be opened (%2).").arg(name, file->errorString()));
    auto reader = fromDevice(file.get(), name, encoding);
    if (reader)
        (*reader)->m->file = std::move(file);
    return reader;
}

Result<std::unique_ptr<VCardReader>>
VCardReader::fromDevice(QIODevice* device, const QString& displayName, const QByteArray& encoding)
{
    auto s = std::make_unique<State>(device, displayName);
    if (Status st = s->source.readSample(); !st)
        return st.error();
    QByteArray name;
    if (encoding.isEmpty()) {
        // Some writers fold lines inside a UTF-8 sequence; judge the text as it is unfolded.
        QByteArray unfolded = s->source.sample().toByteArray();
        unfolded.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
        name = detectEncoding(unfolded).name;
    } else {
        name = canonicalEncodingName(encoding);
        if (name.isEmpty())
            return Error::make(ErrorCode::Usage,
                               tr("%1: the encoding %2 is not supported (Baza reads %3).")
                                   .arg(displayName, QString::fromLatin1(encoding),
                                        supportedEncodings().join(QStringLiteral(", "))));
    }
    s->codec = *detail::codecFor(name);
    s->source.start(s->codec);
    return std::unique_ptr<VCardReader>(new VCardReader(std::move(s)));
}

Result<bool> VCardReader::next(VCard& card)
{
    State& s = *m;
    if (s.failure)
        return *s.failure;
    card = VCard();
    bool inCard = false;
    QHash<QByteArray, GroupRef> groups;
    detail::LogicalLine line;
    for (;;) {
        auto got = s.lines.next(line);
        if (!got) {
            s.failure = got.error();
            return got.error();
        }
        if (!*got) {
            if (inCard)
                return s.fail(card.firstLine, tr("the card is never closed (END:VCARD is "
                                                 "missing)"));
            return false;
        }
        if (line.text.contains('\0'))
            return s.fail(line.number, tr("the line contains a NUL byte"));
        if (line.truncated)
            return s.fail(line.number,
                          tr("the line is longer than %1 bytes")
                              .arg(QLocale().toString(detail::VCardLineReader::MaxLineBytes)));
        if (line.text.trimmed().isEmpty())
            continue;
        const auto prop = detail::parseProperty(line.text);
        const bool begin = prop && prop->name == "BEGIN" &&
                           prop->value.trimmed().compare("VCARD", Qt::CaseInsensitive) == 0;
        const bool end = prop && prop->name == "END" &&
                         prop->value.trimmed().compare("VCARD", Qt::CaseInsensitive) == 0;
        if (!inCard) {
            if (!begin)
                return s.fail(line.number, tr("expected BEGIN:VCARD"));
            inCard = true;
            card.firstLine = line.number;
            continue;
        }
        if (begin)
            return s.fail(line.number, tr("a new card begins before this one ends "
                                          "(END:VCARD is missing)"));
        if (end) {
            ++s.cards;
            return true;
        }
        if (!prop)
            return s.fail(line.number, tr("the line is not a property (NAME:value)"));
        if (auto applied = s.apply(card, *prop, line.number, groups); !applied)
            return applied.error();
    }
}

qint64 VCardReader::cardNumber() const
{
    return m->cards;
}
qint64 VCardReader::bytesRead() const
{
    return m->source.bytesRead();
}
qint64 VCardReader::totalBytes() const
{
    return m->source.totalBytes();
}
QByteArray VCardReader::encoding() const
{
    return m->codec.name;
}

} // namespace baza::io
