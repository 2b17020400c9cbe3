#include "core/io/CsvReader.h"

#include "core/io/ChunkSource.h"
#include "core/io/CsvScan.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace baza::io {

using detail::tr;

namespace {

enum class St { Start, Unquoted, Quoted, QuoteSeen, AfterQuoted, EndOfLine };

// Where one field lies in the buffer. Unquoted: [begin, end). Quoted: the opening quote is at
// `open`, the closing one at `close`, the raw field ends at `end`; `complex` when it holds
// doubled quotes or text after the closing quote, so it has to be rebuilt.
struct Span
{
    qsizetype begin = 0, end = 0, open = -1, close = -1;
    bool complex = false;
};

enum class Parsed { Record, End, Failed };

} // namespace

struct CsvReader::State
{
    State(QIODevice* device, const QString& name)
        : source(device, name)
        , displayName(name)
    {}

    detail::ChunkSource source;
    std::unique_ptr<QFile> file;
    QString displayName;
    CsvOptions options;
    detail::Codec codec;
    EncodingGuess guess;
    char delim = ',';
    bool headerMode = false;

    QByteArray buf;
    bool eof = false;
    St st = St::Start;
    qsizetype recStart = 0, pos = 0, fieldBegin = 0, open = -1, close = -1;
    bool complex = false;
    std::vector<Span> spans;
    qint64 line = 1;    // physical line at `pos`
    qint64 recLine = 1; // line where the record being parsed started

    QStringList header;
    qint64 records = 0, lastLine = 0, ragged = 0;
    int expected = -1;
    QByteArray scratch;
    std::optional<Error> failure;

    Parsed parse();
    Parsed fail(const QString& what, qsizetype column);
    bool refill();
    void shift(qsizetype by);
    Parsed finishAtEof();
    bool decode(QStringList& fields);
    QString where(qsizetype column) const;
};

QString CsvReader::State::where(qsizetype column) const
{
    const QLocale locale;
    QString place;
    if (headerMode)
        place = tr("%1, header (line %2)").arg(displayName, locale.toString(recLine));
    else
        place = tr("%1, row %2 (line %3)")
                    .arg(displayName, locale.toString(records + 1), locale.toString(recLine));
    if (column <= 0)
        return place;
    const QString col = locale.toString(column);
    if (!headerMode && column <= header.size() && !header.at(column - 1).isEmpty())
        return tr("%1, column %2 (%3)").arg(place, col, header.at(column - 1));
    return tr("%1, column %2").arg(place, col);
}

Parsed CsvReader::State::fail(const QString& what, qsizetype column)
{
    Error e = Error::make(ErrorCode::Validation, tr("%1: %2").arg(where(column), what));
    if (!headerMode && column > 0 && column <= header.size())
        e.field = header.at(column - 1);
    failure = e;
    return Parsed::Failed;
}

void CsvReader::State::shift(qsizetype by)
{
    buf.remove(0, by);
    recStart -= by;
    pos -= by;
    fieldBegin -= by;
    if (open >= 0)
        open -= by;
    if (close >= 0)
        close -= by;
    for (Span& s : spans) {
        s.begin -= by;
        s.end -= by;
        if (s.open >= 0)
            s.open -= by;
        if (s.close >= 0)
            s.close -= by;
    }
}

bool CsvReader::State::refill()
{
    if (recStart > 0)
        shift(recStart);
    auto more = source.appendTo(buf);
    if (!more) {
        failure = more.error();
        return false;
    }
    if (!*more)
        eof = true;
    return true;
}

Parsed CsvReader::State::finishAtEof()
{
    const qsizetype n = buf.size();
    switch (st) {
    case St::Start:
        if (spans.empty() && fieldBegin >= n)
            return Parsed::End;
        spans.push_back({fieldBegin, n});
        break;
    case St::Unquoted:
        spans.push_back({fieldBegin, n});
        break;
    case St::Quoted:
        return fail(tr("the quoted field is never closed"), qsizetype(spans.size()) + 1);
    case St::QuoteSeen:
        spans.push_back({open, n, open, n - 1, complex});
        break;
    case St::AfterQuoted:
        spans.push_back({open, n, open, close, complex});
        break;
    case St::EndOfLine:
        ++line;
        break;
    }
    pos = n;
    return Parsed::Record;
}

Parsed CsvReader::State::parse()
{
    const qint64 maxField = options.maxFieldBytes;
    const auto tooLong = [&] {
        return fail(tr("the field is longer than %1 bytes").arg(QLocale().toString(maxField)),
                    qsizetype(spans.size()) + 1);
    };
    const auto nul = [&] {
        return fail(tr("the field contains a NUL byte (is this a binary file, or UTF-16 "
                       "without a byte order mark?)"),
                    qsizetype(spans.size()) + 1);
    };
    const unsigned char d = static_cast<unsigned char>(delim);
    const detail::CsvSpecials special(delim);
    for (;;) {
        const char* b = buf.constData();
        const qsizetype n = buf.size();
        bool needMore = false;
        switch (st) {
        case St::Start: {
            qsizetype j = pos;
            while (j < n && (b[j] == ' ' || (b[j] == '\t' && d != '\t')))
                ++j;
            if (j - fieldBegin > maxField)
                return tooLong();
            if (j == n) {
                needMore = true;
                break;
            }
            if (b[j] == '"') {
                open = j;
                close = -1;
                complex = false;
                pos = j + 1;
                st = St::Quoted;
            } else {
                pos = fieldBegin;
                st = St::Unquoted;
            }
            break;
        }
        case St::Unquoted: {
            qsizetype k = pos;
            while (k < n && !special.unquoted[static_cast<unsigned char>(b[k])])
                ++k;
            pos = k;
            if (k - fieldBegin > maxField)
                return tooLong();
            if (k == n) {
                needMore = true;
                break;
            }
            if (b[k] == 0)
                return nul();
            spans.push_back({fieldBegin, k});
            if (static_cast<unsigned char>(b[k]) == d) {
                pos = fieldBegin = k + 1;
                st = St::Start;
            } else {
                st = St::EndOfLine;
            }
            break;
        }
        case St::Quoted: {
            qsizetype k = pos;
            for (; k < n; ++k) {
                const char c = b[k];
                if (!special.quoted[static_cast<unsigned char>(c)])
                    continue;
                if (c == '"')
                    break;
                if (c == 0) {
                    pos = k;
                    return nul();
                }
                if (c == '\r' || b[k - 1] != '\r')
                    ++line;
            }
            pos = k;
            if (k - open > maxField)
                return tooLong();
            if (k == n) {
                needMore = true;
                break;
            }
            pos = k + 1;
            st = St::QuoteSeen;
            break;
        }
        case St::QuoteSeen:
            if (pos == n) {
                needMore = true;
                break;
            }
            if (b[pos] == '"') {
                complex = true;
                ++pos;
                st = St::Quoted;
            } else {
                close = pos - 1;
                st = St::AfterQuoted;
            }
            break;
        case St::AfterQuoted: {
            qsizetype k = pos;
            while (k < n && !special.unquoted[static_cast<unsigned char>(b[k])]) {
                if (b[k] != ' ' && b[k] != '\t')
                    complex = true;
                ++k;
            }
            pos = k;
            if (k - open > maxField)
                return tooLong();
            if (k == n) {
                needMore = true;
                break;
            }
            if (b[k] == 0)
                return nul();
            spans.push_back({open, k, open, close, complex});
            if (static_cast<unsigned char>(b[k]) == d) {
                pos = fieldBegin = k + 1;
                st = St::Start;
            } else {
                st = St::EndOfLine;
            }
            break;
        }
        case St::EndOfLine:
            if (b[pos] == '\n') {
                ++pos;
            } else if (pos + 1 < n) {
                pos += b[pos + 1] == '\n' ? 2 : 1;
            } else {
                needMore = true;
                break;
            }
            ++line;
            return Parsed::Record;
        }
        if (qsizetype(spans.size()) > options.maxFields)
            return fail(
                tr("the row has more than %1 fields").arg(QLocale().toString(options.maxFields)),
                options.maxFields + 1);
        if (!needMore)
            continue;
        if (eof)
            return finishAtEof();
        if (!refill())
            return Parsed::Failed;
    }
}

bool CsvReader::State::decode(QStringList& fields)
{
    const qsizetype count = qsizetype(spans.size());
    if (fields.size() != count)
        fields.resize(count);
    const char* b = buf.constData();
    for (qsizetype f = 0; f < count; ++f) {
        const Span& s = spans[size_t(f)];
        const char* from = b + s.begin;
        qsizetype size = s.end - s.begin;
        if (s.open >= 0 && !s.complex) {
            from = b + s.open + 1;
            size = s.close - s.open - 1;
        } else if (s.open >= 0) {
            scratch.clear();
            qsizetype p = s.open + 1;
            for (; p < s.close; ++p) {
                scratch.append(b[p]);
                if (b[p] == '"')
                    ++p; // a doubled quote stands for one
            }
            // Text after the closing quote is kept as Excel does; the spaces around are not.
            qsizetype tailEnd = s.end;
            while (tailEnd > s.close + 1 && (b[tailEnd - 1] == ' ' || b[tailEnd - 1] == '\t'))
                --tailEnd;
            qsizetype tail = s.close + 1;
            while (tail < tailEnd && (b[tail] == ' ' || b[tail] == '\t'))
                ++tail;
            scratch.append(b + tail, tailEnd - tail);
            from = scratch.constData();
            size = scratch.size();
        }
        const qsizetype bad = detail::decodeBytes(codec, from, size, fields[f]);
        if (bad >= 0) {
            QString what;
            if (codec.kind == detail::CodecKind::Utf16LE ||
                codec.kind == detail::CodecKind::Utf16BE)
                what = tr("the text is not valid %1 (an unpaired surrogate)")
                           .arg(QString::fromLatin1(codec.name));
            else
                what = tr("byte 0x%1 is not valid in the encoding %2")
                           .arg(QString::number(static_cast<unsigned char>(from[bad]), 16)
                                    .toUpper()
                                    .rightJustified(2, QLatin1Char('0')),
                                QString::fromLatin1(codec.name));
            fail(what, f + 1);
            return false;
        }
    }
    return true;
}

CsvReader::CsvReader(std::unique_ptr<State> state)
    : m(std::move(state))
{}

CsvReader::~CsvReader() = default;

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, const CsvOptions& options)
{
    auto file = std::make_unique<QFile>(path);
    const QString name = QFileInfo(path).fileName();
    if (!file->open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::Io,
            tr("%1: the file could not be opened (%2).").arg(name, file->errorString()));
    auto reader = fromDevice(file.get(), name, options);
    if (reader)
        (*reader)->m->file = std::move(file);
    return reader;
}

Result<std::unique_ptr<CsvReader>>
CsvReader::fromDevice(QIODevice* device, const QString& displayName, const CsvOptions& options)
{
    auto s = std::make_unique<State>(device, displayName);
    s->options = options;
    if (options.maxFieldBytes <= 0 || options.maxFields <= 0)
        return Error::make(ErrorCode::Usage,
                           tr("%1: the field limits must be positive.").arg(displayName));
    if (Status st = s->source.readSample(); !st)
        return st.error();
    if (options.encoding.isEmpty()) {
        s->guess = detectEncoding(s->source.sample());
    } else {
        const QByteArray canonical = canonicalEncodingName(options.encoding);
        if (canonical.isEmpty())
            return Error::make(ErrorCode::Usage,
                               tr("%1: the encoding %2 is not supported (Baza reads %3).")
                                   .arg(displayName, QString::fromLatin1(options.encoding),
                                        supportedEncodings().join(QStringLiteral(", "))));
        s->guess = {canonical, false, 100};
    }
    s->codec = *detail::codecFor(s->guess.name);
    s->source.start(s->codec);
    if (!s->refill())
        return *s->failure;

    // Excel's "sep=;" first line names the delimiter and is not data.
    if (auto sep = detail::excelSeparatorLine(s->buf, s->eof)) {
        s->delim = sep->delimiter;
        s->pos = s->recStart = s->fieldBegin = sep->length;
        s->line = 2;
    } else {
        s->delim = detail::detectDelimiter(QByteArrayView(s->buf), s->eof);
    }
    if (!options.delimiter.isNull()) {
        if (options.delimiter.unicode() > 0x7F || options.delimiter == QLatin1Char('"') ||
            options.delimiter == QLatin1Char('\n') || options.delimiter == QLatin1Char('\r'))
            return Error::make(ErrorCode::Usage, tr("%1: the delimiter must be an ASCII "
                                                    "character other than a quote or a line "
                                                    "break.")
                                                     .arg(displayName));
        s->delim = char(options.delimiter.unicode());
    }

    auto reader = std::unique_ptr<CsvReader>(new CsvReader(std::move(s)));
    if (options.hasHeader) {
        State& st = *reader->m;
        st.headerMode = true;
        QStringList header;
        auto got = reader->next(header);
        st.headerMode = false;
        if (!got)
            return got.error();
        for (QString& h : header)
            h = h.trimmed();
        st.header = header;
        st.records = 0;
        st.expected = *got ? int(header.size()) : -1;
    }
    return reader;
}

Result<bool> CsvReader::next(QStringList& fields)
{
    State& s = *m;
    if (s.failure)
        return *s.failure;
    for (;;) {
        s.recLine = s.line;
        const Parsed p = s.parse();
        if (p == Parsed::Failed)
            return *s.failure;
        if (p == Parsed::End) {
            fields.clear();
            return false;
        }
        if (!s.decode(fields))
            return *s.failure;
        s.recStart = s.fieldBegin = s.pos;
        s.spans.clear();
        s.st = St::Start;
        bool blank = true;
        for (const QString& f : std::as_const(fields))
            if (!f.isEmpty()) {
                blank = false;
                break;
            }
        if (blank)
            continue; // empty lines and Excel's ";;;" rows carry nothing
        if (!s.headerMode) {
            ++s.records;
            if (s.expected < 0)
                s.expected = int(fields.size());
            else if (fields.size() != s.expected)
                ++s.ragged;
        }
        s.lastLine = s.recLine;
        return true;
    }
}

const QStringList& CsvReader::header() const
{
    return m->header;
}
QByteArray CsvReader::encoding() const
{
    return m->codec.name;
}
QChar CsvReader::delimiter() const
{
    return QLatin1Char(m->delim);
}
EncodingGuess CsvReader::encodingGuess() const
{
    return m->guess;
}
qint64 CsvReader::recordNumber() const
{
    return m->records;
}
qint64 CsvReader::lineNumber() const
{
    return m->lastLine;
}
qint64 CsvReader::bytesRead() const
{
    return m->source.bytesRead();
}
qint64 CsvReader::totalBytes() const
{
    return m->source.totalBytes();
}
int CsvReader::expectedFieldCount() const
{
    return std::max(0, m->expected);
}
qint64 CsvReader::raggedRecords() const
{
    return m->ragged;
}
QString CsvReader::displayName() const
{
    return m->displayName;
}

} // namespace baza::io
