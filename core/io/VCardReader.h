#pragma once

#include "core/common/Result.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace baza::io {

struct VCardValue
{
    QString value;
    QStringList types; // HOME, WORK, CELL, PREF… uppercased, as the file lists them
};

struct VCardAddress
{
    QString street, city, region, postalCode, country;
    QStringList types;
};

struct VCard
{
    QString formattedName, firstName, lastName, middleName, prefix, suffix, organization, title,
        note, birthday, url, uid;
    QStringList categories;
    QList<VCardValue> emails, phones;
    QList<VCardAddress> addresses;
    QString version;      // "2.1", "3.0" or "4.0" as the card says
    qint64 firstLine = 0; // physical line of BEGIN:VCARD, for messages
};

// Streaming reader for vCard 2.1, 3.0 and 4.0 (one card at a time, constant memory):
// line folding, 2.1 QUOTED-PRINTABLE with soft line breaks and CHARSET=…, BASE64 photos skipped,
// TYPE parameters in both the `TYPE=work,pref` and the bare `;WORK;PREF` forms, group prefixes
// (`item1.EMAIL`), escapes. Properties Baza does not keep are skipped.
class VCardReader
{
public:
    ~VCardReader();
    VCardReader(const VCardReader&) = delete;
    VCardReader& operator=(const VCardReader&) = delete;

    // encoding: empty = detect (UTF-8 unless the bytes say otherwise); a CHARSET parameter on
    // a property overrides it for that value.
    static Result<std::unique_ptr<VCardReader>> open(const QString& path,
                                                     const QByteArray& encoding = {});
    static Result<std::unique_ptr<VCardReader>>
    fromDevice(QIODevice* device, const QString& displayName, const QByteArray& encoding = {});

    // Reads the next card; false at the end. An Error names the file, card and line.
    Result<bool> next(VCard& card);

    qint64 cardNumber() const; // 1-based number of the card last returned
    qint64 bytesRead() const;
    qint64 totalBytes() const; // -1 if unknown
    QByteArray encoding() const;

private:
    struct State;
    explicit VCardReader(std::unique_ptr<State> state);
    std::unique_ptr<State> m;
};

} // namespace baza::io
