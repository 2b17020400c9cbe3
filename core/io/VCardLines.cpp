#include "core/io/VCardLines.h"

#include <cstring>

namespace baza::io::detail {

namespace {

QByteArrayView headerOf(const QByteArray& line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return QByteArrayView(line).first(i);
    }
    return QByteArrayView(line);
}

QByteArrayView nameOf(QByteArrayView header)
{
    qsizetype end = header.indexOf(';');
    if (end < 0)
        end = header.size();
    QByteArrayView name = header.first(end);
    const qsizetype dot = name.lastIndexOf('.');
    return dot >= 0 ? name.sliced(dot + 1) : name;
}

bool isBase64Line(QByteArrayView line)
{
    if (line.trimmed().isEmpty())
        return false;
    for (const char c : line) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=' || c == ' ' ||
                        c == '\t';
        if (!ok)
            return false;
    }
    return true;
}

bool containsWord(QByteArrayView header, const char* word)
{
    const QByteArray upper = header.toByteArray().toUpper();
    return upper.contains(word);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

bool isBinaryPropertyName(QByteArrayView name)
{
    for (const char* n : {"PHOTO", "LOGO", "SOUND", "KEY"})
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

Result<bool> VCardLineReader::physical(PhysicalLine& line)
{
    line.text.clear();
    line.truncated = false;
    bool any = false;
    for (;;) {
        const char* b = m_buf.constData();
        const qsizetype n = m_buf.size();
        qsizetype k = m_pos;
        while (k < n && b[k] != '\n' && b[k] != '\r')
            ++k;
        const qsizetype take = std::min(k - m_pos, MaxLineBytes - line.text.size());
        if (take > 0)
            line.text.append(b + m_pos, take);
        if (k - m_pos > take)
            line.truncated = true;
        any = any || k > m_pos;
        m_pos = k;
        if (k < n && (b[k] == '\n' || k + 1 < n || m_eof)) {
            m_pos += (b[k] == '\r' && k + 1 < n && b[k + 1] == '\n') ? 2 : 1;
            line.number = ++m_line;
            return true;
        }
        if (m_eof) {
            if (!any)
                return false;
            line.number = ++m_line;
            return true;
        }
        if (k < n)
            any = true; // a CR waiting for the next chunk to see whether an LF follows
        m_buf.remove(0, m_pos);
        m_pos = 0;
        auto more = m_source.appendTo(m_buf);
        if (!more)
            return more.error();
        if (!*more)
            m_eof = true;
    }
}

Result<bool> VCardLineReader::peek(std::optional<PhysicalLine>& line)
{
    if (!m_pending) {
        PhysicalLine next;
        auto got = physical(next);
        if (!got)
            return got.error();
        if (*got)
            m_pending = std::move(next);
    }
    line = m_pending;
    return true;
}

Result<bool> VCardLineReader::next(LogicalLine& out)
{
    std::optional<PhysicalLine> first;
    if (auto got = peek(first); !got)
        return got.error();
    if (!first)
        return false;
    m_pending.reset();
    out.text = std::move(first->text);
    out.number = first->number;
    out.truncated = first->truncated;

    const QByteArrayView header = headerOf(out.text);
    const bool binary = isBinaryPropertyName(nameOf(header));
    const bool qp = containsWord(header, "QUOTED-PRINTABLE");
    const bool base64 = containsWord(header, "BASE64") || containsWord(header, "ENCODING=B");
    if (binary)
        out.text = header.toByteArray() + ':';
    for (;;) {
        std::optional<PhysicalLine> next;
        if (auto got = peek(next); !got)
            return got.error();
        if (!next)
            break;
        const QByteArray& t = next->text;
        if (qp && out.text.endsWith('=')) {
            // 2.1 soft line break: the '=' and the line break vanish.
            out.text.chop(1);
            out.text.append(t);
        } else if (!t.isEmpty() && (t[0] == ' ' || t[0] == '\t')) {
            if (!binary)
                out.text.append(t.constData() + 1, t.size() - 1);
        } else if (base64 && isBase64Line(t)) {
            // vCard 2.1 writers put BASE64 data on unindented lines up to a blank line.
        } else {
            if (base64 && t.isEmpty())
                m_pending.reset(); // the blank line that ends a 2.1 BASE64 block
            break;
        }
        out.truncated = out.truncated || next->truncated || out.text.size() > MaxLineBytes;
        m_pending.reset();
        if (out.text.size() > MaxLineBytes)
            out.text.truncate(MaxLineBytes);
    }
    if (binary)
        out.truncated = false;
    return true;
}

QByteArray Property::param(const char* wanted) const
{
    for (const auto& [k, v] : params)
        if (k == wanted)
            return v;
    return {};
}

bool Property::hasWord(const char* word) const
{
    for (const auto& [k, v] : params) {
        if ((k.isEmpty() || k == "ENCODING") && v.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<Property> parseProperty(const QByteArray& line)
{
    const QByteArrayView header = headerOf(line);
    if (header.size() == line.size())
        return std::nullopt; // no ':'
    Property p;
    p.value = line.sliced(header.size() + 1);
    // Split the header on ';' outside quotes.
    QList<QByteArrayView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= header.size(); ++i) {
        if (i < header.size() && header[i] == '"')
            quoted = !quoted;
        if (i == header.size() || (header[i] == ';' && !quoted)) {
            parts.append(header.sliced(start, i - start));
            start = i + 1;
        }
    }
    QByteArrayView name = parts.first().trimmed();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0) {
        p.group = name.first(dot).toByteArray().toUpper();
        name = name.sliced(dot + 1);
    }
    if (name.isEmpty())
        return std::nullopt;
    p.name = name.toByteArray().toUpper();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArrayView part = parts[i].trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq < 0 ? QByteArray() : part.first(eq).trimmed().toByteArray().toUpper();
        QByteArray value = (eq < 0 ? part : part.sliced(eq + 1)).trimmed().toByteArray();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        p.params.append({key, value});
    }
    return p;
}

QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '=' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            out.append(char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2])));
            i += 2;
        } else if (c == '=' && i + 1 == in.size()) {
            // A soft break at the very end: nothing follows.
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace baza::io::detail
