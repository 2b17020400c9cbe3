#pragma once

#include "core/domain/Company.h"
#include "core/domain/Contact.h"
#include "core/domain/Deal.h"
#include "core/import/ImportMapping.h"
#include "core/import/Normalize.h"

namespace baza::import {

// One file row after mapping, cleaning and validation: the record it becomes, plus what was
// wrong with it. Rule (docs/import.md): invalid emails, phones, dates and the like are left out
// of the record and reported as warnings (the typed text is kept in the custom field
// "import_rejected", so nothing is lost); a row that no longer identifies a record (contact: no
// name, email or phone; company: no name; deal: no title or an unreadable value) is rejected.
struct BuiltRow
{
    ImportEntity entity = ImportEntity::Contact;
    qint64 row = 0;
    qint64 line = 0;
    domain::Contact contact;
    domain::Company company;
    domain::Deal deal;
    QString companyName;  // contact's or deal's company, to find or create
    QString contactRef;   // deal's contact: an email or a name
    QString pipelineName; // deal
    QString stageName;    // deal
    bool hasCurrency = false;
    QList<RowIssue> issues; // warnings, and the rejection when `rejected`
    bool rejected = false;
};

class RowBuilder
{
public:
    RowBuilder(const ImportMapping& mapping, const QString& phoneRegion);

    BuiltRow build(const QStringList& fields, qint64 row, qint64 line) const;
    const ImportMapping& mapping() const { return m_mapping; }
    // The region numbers without a country code are read in (ISO 3166-1 alpha-2).
    QString phoneRegion() const { return m_phones.region(); }

private:
    QString first(const QStringList& fields, const QString& field) const;
    void warn(BuiltRow& out, const ColumnTarget* col, const QString& value,
              const QString& reason) const;
    void reject(BuiltRow& out, const ColumnTarget* col, const QString& value,
                const QString& reason) const;
    void buildContact(const QStringList& fields, BuiltRow& out) const;
    void buildCompany(const QStringList& fields, BuiltRow& out) const;
    void buildDeal(const QStringList& fields, BuiltRow& out) const;
    QList<domain::EmailAddress> emails(const QStringList& fields, BuiltRow& out) const;
    QList<domain::PhoneNumber> phones(const QStringList& fields, BuiltRow& out) const;
    domain::Address address(const QStringList& fields) const;
    QString pairedLabel(const QStringList& fields, const ColumnTarget* col,
                        const QString& labelField) const;

    ImportMapping m_mapping;
    PhoneNormalizer m_phones;
    QString m_dateOrder;
};

// ISO 3166-1 alpha-2 for common country names in English, Polish and Russian; the text as
// typed otherwise.
QString countryCode(const QString& name);

} // namespace baza::import
