#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace baza::io {

// What detectEncoding() believes a file is written in. `name` is one of supportedEncodings():
// "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1250", "windows-1251", "ISO-8859-2", "KOI8-R".
// confidence is 0..100: 100 for a BOM or non-ASCII text that is valid UTF-8, lower for plain
// ASCII (any of them would do) and for the single-byte guesses made from letter statistics.
struct EncodingGuess
{
    QByteArray name;
    bool hadBom = false;
    int confidence = 0;
};

// Guesses the encoding of a file from its first bytes (up to 64 KiB). The single-byte code
// pages are told apart by Polish and Russian letter statistics: each candidate decodes the
// sample and scores how much it looks like Polish or Russian words (mixed scripts inside a
// word, case flipping inside a word and undefined bytes count against it).
EncodingGuess detectEncoding(QByteArrayView sample);

// The encodings the readers accept, canonical names first in the order above.
QStringList supportedEncodings();

// Maps a user's or a file's spelling ("utf8", "CP1250", "koi8r", "Windows-1251", "latin2")
// to the canonical name, or an empty array when Baza cannot decode it.
QByteArray canonicalEncodingName(QByteArrayView name);

// Decodes one whole piece of text (no streaming state). Returns false when the bytes are not
// valid in `encoding`; *badOffset then receives the offset of the first invalid byte.
// For UTF-16 names the bytes are UTF-16 code units in that byte order.
bool decodeText(QByteArrayView bytes, QByteArrayView encoding, QString& out,
                qsizetype* badOffset = nullptr);

} // namespace baza::io
