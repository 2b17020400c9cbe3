#include "core/import/ImportJob.h"

#include "core/db/Database.h"
#include "core/import/RowPipeline.h"
#include "core/import/RowSource.h"
#include "core/import/RowWriter.h"
#include "core/io/CsvWriter.h"
#include "core/store/BulkWriter.h"
#include "core/store/BulkWriterProbe.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

namespace baza::import {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::import", text);
}

Result<ImportMapping> mappingFor(const ImportOptions& options, const RowSource& source)
{
    ImportMapping m = options.mapping
                          ? *options.mapping
                          : ImportMapping::automatic(source.header(), options.entity,
                                                     source.isVCard() ? QStringLiteral("google")
                                                                      : options.preset);
    m.entity = options.entity;
    m.bindTo(source.header());
    const bool anyBound = std::any_of(m.columns.cbegin(), m.columns.cend(), [](const auto& c) {
        return c.index >= 0 && !c.field.isEmpty();
    });
    if (!anyBound)
        return Error::make(ErrorCode::Validation,
                           tr("No column of %1 maps to a field of a %2 (header: %3). Choose the "
                              "columns in a mapping file (docs/import.md).")
                               .arg(QFileInfo(options.path).fileName(), entityKey(m.entity),
                                    source.header().join(QStringLiteral(", ")).left(300)));
    return m;
}

void releaseWorkerConnection(db::Database& database)
{
    if (QCoreApplication::instance() &&
        QThread::currentThread() != QCoreApplication::instance()->thread())
        database.releaseThreadConnection();
}

} // namespace

Result<ImportPreview> previewImport(db::Database& database, const ImportOptions& options, int rows)
{
    auto source = openRowSource(options.path, options.encoding, options.delimiter);
    if (!source)
        return source.error();
    auto mapping = mappingFor(options, **source);
    if (!mapping)
        return mapping.error();
    QString region;
    {
        store::Store store(database);
        if (Status s = store.initialize(); !s)
            return s.error();
        region = store.phoneRegion();
    }
    releaseWorkerConnection(database);
    RowBuilder builder(*mapping, region);
    ImportPreview p{
        (*source)->header(),  (*source)->encoding(), (*source)->delimiter(), *mapping, {}, {},
        builder.phoneRegion()};
    QStringList fields;
    while (p.rows.size() < rows) {
        auto more = (*source)->next(fields);
        if (!more)
            return more.error();
        if (!*more)
            break;
        p.rawRows.append(fields);
        p.rows.append(builder.build(fields, (*source)->recordNumber(), (*source)->lineNumber()));
    }
    return p;
}

Result<DuplicateCount> countDuplicates(db::Database& database, const ImportOptions& options,
                                       const std::function<bool(qint64 rows)>& progress)
{
    auto source = openRowSource(options.path, options.encoding, options.delimiter);
    if (!source)
        return source.error();
    auto mapping = mappingFor(options, **source);
    if (!mapping)
        return mapping.error();
    Result<DuplicateCount> result = [&]() -> Result<DuplicateCount> {
        QString region;
        {
            store::Store store(database);
            if (Status s = store.initialize(); !s)
                return s.error();
            region = store.phoneRegion();
        }
        store::DuplicateProbe probe(database.connection());
        // Asking with no new rows read: the page stops a count that is still loading keys.
        if (Status s = probe.begin([&progress] { return progress && !progress(0); }); !s) {
            if (s.error().code == ErrorCode::Cancelled)
                return Error::make(ErrorCode::Cancelled, tr("The count was stopped."));
            return s.error();
        }
        RowBuilder builder(*mapping, region);
        RowPipeline pipeline(**source, builder);
        DuplicateCount count;
        for (;;) {
            auto batch = pipeline.next();
            if (!batch)
                return batch.error();
            if (batch->isEmpty())
                return count;
            for (const PreparedRow& row : std::as_const(*batch)) {
                ++count.rows;
                if (row.built.rejected || row.built.entity == ImportEntity::Deal)
                    continue;
                auto found = row.built.entity == ImportEntity::Contact
                                 ? probe.contact(row.contact, row.company)
                                 : probe.company(row.company);
                if (!found)
                    return found.error();
                if (*found == store::DuplicateProbe::Found::InDatabase)
                    ++count.inDatabase;
                else if (*found == store::DuplicateProbe::Found::EarlierRow)
                    ++count.inFile;
            }
            if (progress && !progress(count.rows))
                return Error::make(ErrorCode::Cancelled, tr("The count was stopped."));
        }
    }();
    releaseWorkerConnection(database);
    return result;
}

ImportJob::ImportJob(db::Database& database, ImportOptions options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
{
    qRegisterMetaType<baza::import::ImportProgress>();
}

ImportJob::~ImportJob() = default;

void ImportJob::setProgressCallback(std::function<void(const ImportProgress&)> callback)
{
    m_callback = std::move(callback);
}

Result<ImportSummary> ImportJob::run()
{
    QElapsedTimer timer;
    timer.start();
    auto source = openRowSource(m_options.path, m_options.encoding, m_options.delimiter);
    if (!source)
        return source.error();
    auto mapping = mappingFor(m_options, **source);
    if (!mapping)
        return mapping.error();

    ImportSummary summary;
    summary.entity = entityKey(m_options.entity);
    summary.fileName = QFileInfo(m_options.path).fileName();
    summary.dryRun = m_options.dryRun;

    Result<ImportSummary> result = [&]() -> Result<ImportSummary> {
        store::Store store(m_database);
        if (Status s = store.initialize(); !s)
            return s.error();
        RowBuilder builder(*mapping, store.phoneRegion());
        const QDateTime started = QDateTime::currentDateTimeUtc();
        const QString batchId = store.beginBatch();
        store::BulkWriter writer(store, QStringLiteral("Import %1").arg(summary.fileName));
        // A generous guess (short rows): it only decides whether the database's contacts are
        // loaded into the duplicate fingerprints, which pays off unless the file is far smaller.
        writer.setExpectedRows((*source)->totalBytes() / 60);
        if (Status s = writer.begin(); !s) {
            store.endBatch();
            return s.error();
        }
        store.endBatch(); // the writer's command carries the batch id already
        RowWriter rows(writer, m_options.policy, summary, m_options.maxIssues);

        qint64 lastReport = -1000;
        RowPipeline pipeline(**source, builder);
        auto report = [&](bool force) {
            const qint64 now = timer.elapsed();
            if (!force && now - lastReport < 100)
                return;
            lastReport = now;
            ImportProgress p;
            p.rowsDone = summary.rows;
            p.bytesRead = pipeline.bytesRead();
            p.totalBytes = (*source)->totalBytes();
            const double secs = now / 1000.0;
            p.rowsPerSecond = secs > 0 ? summary.rows / secs : 0;
            if (p.totalBytes > 0 && p.bytesRead > 0 && secs > 0.2)
                p.etaSeconds = secs * double(p.totalBytes - p.bytesRead) / double(p.bytesRead);
            if (m_callback)
                m_callback(p);
            emit progress(p);
        };
        for (bool more = true; more && !summary.cancelled;) {
            auto batch = pipeline.next();
            if (!batch)
                return batch.error(); // unreadable file: the writer rolls back
            more = !batch->isEmpty();
            for (PreparedRow& row : *batch) {
                if (m_cancel.load()) {
                    summary.cancelled = true;
                    break;
                }
                ++summary.rows;
                if (Status s = rows.write(row); !s)
                    return s.error();
                if ((summary.rows & 255) == 0)
                    report(false);
            }
        }
        report(true);
        summary.seconds = timer.elapsed() / 1000.0;
        const bool failedStrict = m_options.strict && (summary.errors > 0 || summary.warnings > 0);
        if (summary.cancelled || failedStrict || m_options.dryRun) {
            writer.rollback();
            return summary;
        }
        const QJsonObject opts{
            {QStringLiteral("preset"), mapping->preset},
            {QStringLiteral("policy"), policyKey(m_options.policy)},
            {QStringLiteral("encoding"), QString::fromLatin1((*source)->encoding())},
            {QStringLiteral("strict"), m_options.strict}};
        store::ImportRecord record{
            batchId,
            summary.entity,
            summary.fileName,
            started,
            QDateTime::currentDateTimeUtc(),
            summary.rows,
            summary.created,
            summary.updated,
            summary.skipped,
            summary.errors,
            QString::fromUtf8(QJsonDocument(opts).toJson(QJsonDocument::Compact)),
            {}};
        if (Status s = writer.recordImport(record); !s)
            return s.error();
        if (Status s = writer.commit(); !s)
            return s.error();
        summary.batchId = batchId;
        summary.seconds = timer.elapsed() / 1000.0;
        return summary;
    }();
    releaseWorkerConnection(m_database);
    return result;
}

Status writeReport(const ImportSummary& summary, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io,
                           tr("Cannot write the report %1: %2").arg(path, file.errorString()));
    io::CsvWriter csv(&file, io::CsvProfile::Excel);
    Status s = csv.writeRow(
        {tr("Row"), tr("Line"), tr("Column"), tr("Value"), tr("Reason"), tr("Outcome")});
    for (const RowIssue& i : summary.issues) {
        if (!s)
            break;
        s = csv.writeRow({QString::number(i.row), QString::number(i.line), i.column, i.value,
                          i.reason,
                          i.duplicate  ? tr("skipped (duplicate)")
                          : i.rejected ? tr("row not imported")
                                       : tr("imported without this value")});
    }
    if (!s)
        return s;
    if (!file.commit())
        return Error::make(ErrorCode::Io,
                           tr("Cannot write the report %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace baza::import
