#pragma once

#include "core/common/Result.h"
#include "core/import/ImportTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace baza::import {

// Where one column of the file goes. `field` is a target key (see ImportMapping::fields), a
// custom field "custom:Name", or empty to ignore the column.
struct ColumnTarget
{
    QString column; // the header text, as in the file
    int index = -1; // its position in the file's header (-1: not in this file)
    QString field;  // first_name, email, phone … ; empty = ignore
    QString label;  // for email, phone: work, home, mobile, fax, other
    int group = 0;  // pairs an "…_label" column with its value column (Google "E-mail 1")
    friend bool operator==(const ColumnTarget&, const ColumnTarget&) = default;
};

// How a file's columns become a record's fields: built automatically from the header (presets
// auto, google, outlook, hubspot, pipedrive), adjusted by the user, saved as JSON and reused
// (format in docs/import.md). The import wizard edits `columns` directly.
class ImportMapping
{
public:
    ImportEntity entity = ImportEntity::Contact;
    QString preset = QStringLiteral("auto");
    QList<ColumnTarget> columns;
    QString dateOrder;         // DMY, MDY or YMD for ambiguous dates; empty: from the locale
    QString currency;          // ISO 4217 for amounts that name none; empty: EUR
    QString phoneRegion;       // ISO 3166 for numbers without +; empty: the database's setting
    QString pipeline;          // deals: pipeline when the file names none; empty: the first one
    bool createMissing = true; // deals: create pipelines and stages the file names

    // Header auto-mapping. Matching is case- and diacritic-insensitive (core/search folding);
    // columns nothing recognises are ignored (field empty).
    static ImportMapping automatic(const QStringList& header, ImportEntity entity,
                                   const QString& preset = QStringLiteral("auto"));
    static QStringList presets();
    // The preset whose own headers the file uses (at least two of them, more than any other
    // preset), or empty when only the generic rules apply: tells the user what was recognised.
    static QString recognisedPreset(const QStringList& header);
    static bool isPreset(const QString& name);

    // The target keys a column can be mapped to for an entity, and their readable names.
    static QStringList fields(ImportEntity entity);
    static QString fieldTitle(const QString& field);

    QByteArray toJson() const;
    // A saved mapping; `source` names the file in errors.
    static Result<ImportMapping> fromJson(const QByteArray& json, const QString& source);
    // Resolves each column's index against a file's header (by folded header text). Columns the
    // file lacks get index -1; file columns the mapping does not mention are ignored.
    void bindTo(const QStringList& header);

    // The columns mapped to `field`, in file order.
    QList<const ColumnTarget*> columnsFor(const QString& field) const;
};

} // namespace baza::import
