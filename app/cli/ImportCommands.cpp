// baza-cli commands for moving data in and out: import, export, duplicates, merge.
#include "app/cli/Cli.h"
#include "app/cli/Output.h"

#include "core/db/Database.h"
#include "core/import/Exporter.h"
#include "core/import/ImportJob.h"
#include "core/store/BulkWriter.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <unistd.h>

namespace baza::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::cli", text);
}

QString jsonText(const QJsonDocument& doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// Options of a subcommand: "--name value" pairs and flags; the rest are positional.
struct SubOptions
{
    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList positional;
};

bool parseSub(const QStringList& args, const QStringList& valueNames, const QStringList& flagNames,
              SubOptions* out, QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (valueNames.contains(a)) {
            if (i + 1 >= args.size()) {
                *error = tr("%1 needs a value.").arg(a);
                return false;
            }
            out->values.insert(a, args.at(++i));
        } else if (flagNames.contains(a)) {
            out->flags.insert(a);
        } else if (a.startsWith(QLatin1String("--"))) {
            *error = tr("Unknown option %1.").arg(a);
            return false;
        } else {
            out->positional << a;
        }
    }
    return true;
}

void showProgress(const import::ImportProgress& p)
{
    // The count is computed first: lupdate's parser loops on a template argument list inside
    // a translate() call.
    const int rows = int(std::min<qint64>(p.rowsDone, INT_MAX));
    QString line = QCoreApplication::translate("baza::cli", "%n rows", nullptr, rows);
    if (p.totalBytes > 0)
        line += QStringLiteral(", %1%").arg(100.0 * double(p.bytesRead) / double(p.totalBytes), 0,
                                            'f', 0);
    line += tr(", %1 rows/s").arg(p.rowsPerSecond, 0, 'f', 0);
    if (p.etaSeconds >= 0)
        line += tr(", %1 s left").arg(p.etaSeconds, 0, 'f', 0);
    std::fprintf(stderr, "\r%s   ", line.toUtf8().constData());
    std::fflush(stderr);
}

int cmdImportRun(const Options& o, db::Database& database, import::ImportEntity entity,
                 const SubOptions& sub)
{
    import::ImportOptions options;
    options.entity = entity;
    options.path = sub.positional.value(1);
    if (options.path.isEmpty())
        return usage(tr("import %1 needs a FILE.").arg(sub.positional.value(0)));
    if (!QFileInfo::exists(options.path))
        return fail(Error::make(ErrorCode::Io, tr("%1 does not exist.").arg(options.path)));
    options.preset = sub.values.value(QStringLiteral("--preset"), QStringLiteral("auto"));
    if (!import::ImportMapping::isPreset(options.preset))
        return usage(tr("--preset must be one of %1.")
                         .arg(import::ImportMapping::presets().join(QStringLiteral(", "))));
    if (const QString path = sub.values.value(QStringLiteral("--mapping")); !path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(
                Error::make(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, f.errorString())));
        auto mapping = import::ImportMapping::fromJson(f.readAll(), path);
        if (!mapping)
            return fail(mapping.error());
        if (mapping->entity != entity)
            return usage(
                tr("%1 is a mapping for %2, not %3.")
                    .arg(path, import::entityKey(mapping->entity), import::entityKey(entity)));
        options.mapping = *mapping;
    }
    const QString encoding = sub.values.value(QStringLiteral("--encoding"));
    if (!encoding.isEmpty() && encoding != QLatin1String("auto"))
        options.encoding = encoding.toLatin1();
    const QString delimiter = sub.values.value(QStringLiteral("--delimiter"));
    if (!delimiter.isEmpty() && delimiter != QLatin1String("auto")) {
        const QString d = delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t")
                              ? QStringLiteral("\t")
                              : delimiter;
        if (d.size() != 1)
            return usage(tr("--delimiter must be one character, tab or auto."));
        options.delimiter = d.at(0);
    }
    if (const QString p = sub.values.value(QStringLiteral("--on-duplicate"));
        !p.isEmpty() && !import::policyFromKey(p, &options.policy))
        return usage(tr("--on-duplicate must be skip, fill, overwrite or create."));
    options.strict = sub.flags.contains(QStringLiteral("--strict"));
    options.dryRun = sub.flags.contains(QStringLiteral("--dry-run"));

    import::ImportJob job(database, options);
    if (isatty(fileno(stderr)) && !o.json)
        job.setProgressCallback(showProgress);
    auto summary = job.run();
    if (isatty(fileno(stderr)) && !o.json)
        std::fputs("\n", stderr);
    if (!summary)
        return fail(summary.error());
    const QString reportPath = sub.values.value(QStringLiteral("--report"));
    if (!reportPath.isEmpty()) {
        if (Status s = import::writeReport(*summary, reportPath); !s)
            return fail(s.error());
    }
    const bool strictFailed = options.strict && (summary->errors > 0 || summary->warnings > 0);
    if (o.json) {
        out(jsonText(QJsonDocument(QJsonObject{
            {QStringLiteral("rows"), summary->rows},
            {QStringLiteral("created"), summary->created},
            {QStringLiteral("updated"), summary->updated},
            {QStringLiteral("duplicates"), summary->duplicates},
            {QStringLiteral("skipped"), summary->skipped},
            {QStringLiteral("errors"), summary->errors},
            {QStringLiteral("warnings"), summary->warnings},
            {QStringLiteral("companiesCreated"), summary->companiesCreated},
            {QStringLiteral("batch"), summary->batchId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(summary->batchId)},
            {QStringLiteral("dryRun"), summary->dryRun},
            {QStringLiteral("imported"), !summary->batchId.isEmpty()},
            {QStringLiteral("seconds"), summary->seconds}})));
    } else {
        out(tr("%1: %2 rows, %3 created, %4 updated, %5 duplicates, %6 rejected, %7 values "
               "left out.")
                .arg(summary->fileName)
                .arg(summary->rows)
                .arg(summary->created)
                .arg(summary->updated)
                .arg(summary->duplicates)
                .arg(summary->errors)
                .arg(summary->warnings));
        if (summary->dryRun)
            out(tr("Dry run: nothing was written."));
        else if (strictFailed)
            out(tr("--strict: nothing was imported because of the problems above."));
        else
            out(tr("Batch %1 (undo with: baza-cli import undo %1)").arg(summary->batchId));
        if ((summary->errors > 0 || summary->warnings > 0) && reportPath.isEmpty())
            out(tr("Use --report FILE for the list of problems."));
    }
    if (strictFailed) {
        std::fprintf(stderr, "baza-cli: %s\n",
                     QCoreApplication::translate(
                         "baza::cli", "--strict: %n problem(s) found; nothing was imported.",
                         nullptr, int(summary->errors + summary->warnings))
                         .toUtf8()
                         .constData());
        return Failure;
    }
    return Ok;
}

int cmdImportList(const Options& o, store::Store& store)
{
    auto list = store.imports();
    if (!list)
        return fail(list.error());
    QJsonArray array;
    for (const store::ImportRecord& r : std::as_const(*list)) {
        if (o.json) {
            array.append(QJsonObject{
                {QStringLiteral("batch"), r.batchId},
                {QStringLiteral("entity"), r.entity},
                {QStringLiteral("file"), r.fileName},
                {QStringLiteral("started"), r.startedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("rows"), r.rows},
                {QStringLiteral("created"), r.created},
                {QStringLiteral("updated"), r.updated},
                {QStringLiteral("skipped"), r.skipped},
                {QStringLiteral("errors"), r.errors},
                {QStringLiteral("undone"), r.undoneAt.isValid()
                                               ? QJsonValue(r.undoneAt.toString(Qt::ISODateWithMs))
                                               : QJsonValue(QJsonValue::Null)}});
            continue;
        }
        out(QStringLiteral("%1  %2  %3  %4  %5")
                .arg(r.batchId, r.startedAt.toLocalTime().toString(Qt::ISODate), r.entity,
                     r.fileName,
                     tr("%1 rows, %2 created, %3 updated%4")
                         .arg(r.rows)
                         .arg(r.created)
                         .arg(r.updated)
                         .arg(r.undoneAt.isValid() ? tr(", undone") : QString())));
    }
    if (o.json)
        out(jsonText(QJsonDocument(array)));
    return Ok;
}

int cmdImportUndo(const Options& o, store::Store& store, const QString& batch)
{
    auto result = store.undoImport(batch);
    if (!result)
        return fail(result.error());
    if (o.json) {
        QJsonArray kept;
        for (const auto& k : std::as_const(result->kept))
            kept.append(QJsonObject{{QStringLiteral("entity"), k.entity},
                                    {QStringLiteral("id"), k.id},
                                    {QStringLiteral("name"), k.name},
                                    {QStringLiteral("reason"), k.reason}});
        out(jsonText(QJsonDocument(QJsonObject{{QStringLiteral("removed"), result->removed},
                                               {QStringLiteral("restored"), result->restored},
                                               {QStringLiteral("kept"), kept}})));
        return Ok;
    }
    out(tr("Import %1 undone: %2 records removed, %3 restored.")
            .arg(batch)
            .arg(result->removed)
            .arg(result->restored));
    for (const auto& k : std::as_const(result->kept))
        out(tr("Kept %1 %2 (%3): %4").arg(k.entity, k.name, k.id, k.reason));
    return Ok;
}

} // namespace

int cmdImport(const Options& o, db::Database& database, store::Store& store)
{
    SubOptions sub;
    QString error;
    if (!parseSub(o.args,
                  {QStringLiteral("--preset"), QStringLiteral("--mapping"),
                   QStringLiteral("--encoding"), QStringLiteral("--delimiter"),
                   QStringLiteral("--on-duplicate"), QStringLiteral("--report")},
                  {QStringLiteral("--strict"), QStringLiteral("--dry-run")}, &sub, &error))
        return usage(error);
    const QString what = sub.positional.value(0);
    if (what == QLatin1String("list"))
        return cmdImportList(o, store);
    if (what == QLatin1String("undo")) {
        if (sub.positional.size() != 2)
            return usage(tr("Usage: import undo BATCH"));
        return cmdImportUndo(o, store, sub.positional.at(1));
    }
    import::ImportEntity entity;
    if (!import::entityFromKey(what, &entity))
        return usage(tr("Usage: import contacts|companies|deals FILE [options], import list, "
                        "import undo BATCH"));
    return cmdImportRun(o, database, entity, sub);
}

// The query of the contact segment with this name: exactly as typed, else ignoring case when
// that leaves one.
Result<store::ListQuery> segmentQuery(store::Store& store, const QString& name)
{
    auto segments = store.segments();
    if (!segments)
        return segments.error();
    QList<domain::Segment> matches;
    for (const domain::Segment& s : std::as_const(*segments)) {
        if (s.name == name)
            matches = {s};
    }
    if (matches.isEmpty()) {
        for (const domain::Segment& s : std::as_const(*segments)) {
            if (s.name.compare(name, Qt::CaseInsensitive) == 0)
                matches << s;
        }
    }
    QStringList contactSegments;
    for (const domain::Segment& s : std::as_const(*segments)) {
        if (s.entity == QLatin1String("contact"))
            contactSegments << s.name;
    }
    if (matches.size() > 1)
        return Error::make(ErrorCode::Validation,
                           tr("Several segments are named \"%1\" when case is ignored; type the "
                              "name exactly.")
                               .arg(name));
    if (matches.size() == 1 && matches.first().entity != QLatin1String("contact"))
        return Error::make(ErrorCode::Validation,
                           tr("\"%1\" is a segment of companies; only contacts can be exported.")
                               .arg(matches.first().name));
    if (matches.isEmpty())
        return Error::make(ErrorCode::NotFound,
                           contactSegments.isEmpty()
                               ? tr("There is no segment named \"%1\" (no contact segments are "
                                    "saved yet).")
                                     .arg(name)
                               : tr("There is no segment named \"%1\". Contact segments: %2.")
                                     .arg(name, contactSegments.join(QStringLiteral(", "))));
    return store::ListQuery::fromJson(store::ListEntity::Contacts, matches.first().query);
}

int cmdExport(const Options& o, store::Store& store)
{
    SubOptions sub;
    QString error;
    if (!parseSub(o.args,
                  {QStringLiteral("--format"), QStringLiteral("--profile"),
                   QStringLiteral("--segment"), QStringLiteral("--purpose"),
                   QStringLiteral("--vcard-version")},
                  {}, &sub, &error))
        return usage(error);
    if (sub.positional.value(0) != QLatin1String("contacts") || sub.positional.size() != 2)
        return usage(tr("Usage: export contacts FILE [--format csv|vcard] [--profile "
                        "excel|rfc4180] [--segment NAME] [--purpose NAME]"));
    import::ExportOptions options;
    options.path = sub.positional.at(1);
    options.purpose = sub.values.value(QStringLiteral("--purpose"));
    const QString format = sub.values.value(QStringLiteral("--format"), QStringLiteral("csv"));
    const QString profile = sub.values.value(QStringLiteral("--profile"), QStringLiteral("excel"));
    const QString version =
        sub.values.value(QStringLiteral("--vcard-version"), QStringLiteral("3.0"));
    if (format == QLatin1String("csv")) {
        if (profile == QLatin1String("excel"))
            options.format = import::ExportFormat::CsvExcel;
        else if (profile == QLatin1String("rfc4180"))
            options.format = import::ExportFormat::CsvRfc4180;
        else
            return usage(tr("--profile must be excel or rfc4180."));
    } else if (format == QLatin1String("vcard")) {
        if (version == QLatin1String("3.0") || version == QLatin1String("3"))
            options.format = import::ExportFormat::VCard3;
        else if (version == QLatin1String("4.0") || version == QLatin1String("4"))
            options.format = import::ExportFormat::VCard4;
        else
            return usage(tr("--vcard-version must be 3.0 or 4.0."));
    } else {
        return usage(tr("--format must be csv or vcard."));
    }
    const QString segment = sub.values.value(QStringLiteral("--segment"));
    if (!segment.isEmpty()) {
        auto query = segmentQuery(store, segment);
        if (!query)
            return fail(query.error());
        options.query = *query;
    }
    auto written = import::exportContacts(store, options);
    if (!written)
        return fail(written.error());
    if (o.json)
        out(jsonText(QJsonDocument(QJsonObject{{QStringLiteral("contacts"), *written},
                                               {QStringLiteral("file"), options.path},
                                               {QStringLiteral("segment"), segment}})));
    else
        out(tr("%1 contacts written to %2.").arg(*written).arg(options.path));
    return Ok;
}

int cmdDuplicates(const Options& o, store::Store& store)
{
    auto groups = store.findDuplicates();
    if (!groups)
        return fail(groups.error());
    QJsonArray array;
    for (const store::DuplicateGroup& g : std::as_const(*groups)) {
        if (o.json) {
            QJsonArray contacts;
            for (const QString& id : g.contactIds) {
                auto c = store.contact(id);
                contacts.append(
                    QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("name"), c ? c->displayName() : QString()}});
            }
            array.append(QJsonObject{{QStringLiteral("reason"), g.reason},
                                     {QStringLiteral("key"), g.key},
                                     {QStringLiteral("contacts"), contacts}});
            continue;
        }
        QStringList names;
        for (const QString& id : g.contactIds) {
            auto c = store.contact(id);
            names << QStringLiteral("%1 (%2)").arg(c ? c->displayName() : QString(), id);
        }
        out(QStringLiteral("%1 %2: %3").arg(g.reason, g.key, names.join(QStringLiteral(", "))));
    }
    if (o.json)
        out(jsonText(QJsonDocument(array)));
    return Ok;
}

int cmdMerge(const Options& o, store::Store& store)
{
    if (o.args.size() != 2)
        return usage(tr("Usage: merge SURVIVOR OTHER (contact ids; OTHER is merged into "
                        "SURVIVOR)"));
    if (Status s = store.mergeContacts(o.args.at(0), o.args.at(1)); !s)
        return fail(s.error());
    out(tr("%1 was merged into %2 (baza-cli undo reverts it).").arg(o.args.at(1), o.args.at(0)));
    return Ok;
}

} // namespace baza::cli
