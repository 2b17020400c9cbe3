#include "core/import/Exporter.h"

#include "core/db/Database.h"
#include "core/io/CsvWriter.h"
#include "core/io/VCardWriter.h"
#include "core/store/ListReader.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSet>

namespace baza::import {

using namespace baza::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("baza::import", text);
}

// Custom keys with a column of their own (the import maps them back to the same keys).
const QStringList& namedCustom()
{
    static const QStringList keys{QStringLiteral("prefix"),     QStringLiteral("suffix"),
                                  QStringLiteral("department"), QStringLiteral("notes"),
                                  QStringLiteral("birthday"),   QStringLiteral("website")};
    return keys;
}

struct Shape
{
    int emails = 1;
    int phones = 1;
    QStringList custom; // other custom keys, sorted
};

QStringList csvHeader(const Shape& shape)
{
    QStringList h{QStringLiteral("First name"),  QStringLiteral("Middle name"),
                  QStringLiteral("Last name"),   QStringLiteral("Name prefix"),
                  QStringLiteral("Name suffix"), QStringLiteral("Company"),
                  QStringLiteral("Job title"),   QStringLiteral("Department")};
    for (int i = 1; i <= shape.emails; ++i)
        h << QStringLiteral("E-mail %1 - Label").arg(i)
          << QStringLiteral("E-mail %1 - Value").arg(i);
    for (int i = 1; i <= shape.phones; ++i)
        h << QStringLiteral("Phone %1 - Label").arg(i) << QStringLiteral("Phone %1 - Value").arg(i);
    h << QStringLiteral("Street") << QStringLiteral("City") << QStringLiteral("Postal code")
      << QStringLiteral("Region") << QStringLiteral("Country") << QStringLiteral("Tags")
      << QStringLiteral("Lifecycle stage") << QStringLiteral("Source") << QStringLiteral("Notes")
      << QStringLiteral("Birthday") << QStringLiteral("Website");
    for (const QString& k : shape.custom)
        h << QStringLiteral("Custom field: %1").arg(k);
    return h;
}

QStringList csvRow(const Contact& c, const QString& company, const Shape& shape)
{
    auto custom = [&](const char* key) {
        return c.custom.value(QLatin1String(key)).toString();
    };
    QStringList r{c.firstName,      c.middleName, c.lastName, custom("prefix"),
                  custom("suffix"), company,      c.title,    custom("department")};
    for (int i = 0; i < shape.emails; ++i)
        r << (i < c.emails.size() ? c.emails.at(i).label : QString())
          << (i < c.emails.size() ? c.emails.at(i).address : QString());
    for (int i = 0; i < shape.phones; ++i)
        r << (i < c.phones.size() ? c.phones.at(i).label : QString())
          << (i < c.phones.size() ? c.phones.at(i).number : QString());
    r << c.address.street << c.address.city << c.address.postalCode << c.address.region
      << c.address.country << c.tags.join(QStringLiteral(" ::: ")) << lifecycleKey(c.lifecycle)
      << c.source << custom("notes") << custom("birthday") << custom("website");
    for (const QString& k : shape.custom)
        r << c.custom.value(k).toString();
    return r;
}

io::VCard toCard(const Contact& c, const QString& company)
{
    io::VCard v;
    v.firstName = c.firstName;
    v.middleName = c.middleName;
    v.lastName = c.lastName;
    v.formattedName = c.displayName();
    v.prefix = c.custom.value(QStringLiteral("prefix")).toString();
    v.suffix = c.custom.value(QStringLiteral("suffix")).toString();
    v.organization = company;
    v.title = c.title;
    v.note = c.custom.value(QStringLiteral("notes")).toString();
    v.birthday = c.custom.value(QStringLiteral("birthday")).toString();
    v.url = c.custom.value(QStringLiteral("website")).toString();
    v.uid = c.id;
    v.categories = c.tags;
    auto types = [](const QString& label) {
        if (label == QLatin1String("mobile"))
            return QStringList{QStringLiteral("CELL")};
        return label.isEmpty() ? QStringList() : QStringList{label.toUpper()};
    };
    for (const EmailAddress& e : c.emails)
        v.emails.append({e.address, types(e.label)});
    for (const PhoneNumber& p : c.phones)
        v.phones.append({p.number, types(p.label)});
    if (!(c.address == Address{}))
        v.addresses.append({c.address.street,
                            c.address.city,
                            c.address.region,
                            c.address.postalCode,
                            c.address.country,
                            {}});
    return v;
}

// The ids of the contacts a list query matches, in its order.
Result<QStringList> idsOf(const store::Store& store, const store::ListQuery& query)
{
    if (query.entity != store::ListEntity::Contacts)
        return Error::make(ErrorCode::Usage, tr("Only lists of contacts can be exported."));
    store::ListReader reader(store.database().connection());
    auto rowids = reader.rowids(query);
    if (!rowids)
        return rowids.error();
    if (rowids->empty())
        return QStringList();
    return reader.ids(store::ListEntity::Contacts, *rowids);
}

} // namespace

Result<qint64> exportContacts(const store::Store& store, const ExportOptions& options)
{
    const bool csv =
        options.format == ExportFormat::CsvExcel || options.format == ExportFormat::CsvRfc4180;
    QStringList ids = options.ids;
    bool none = false; // a list that matches nobody: an empty file, not every contact
    if (options.query) {
        auto matched = idsOf(store, *options.query);
        if (!matched)
            return matched.error();
        ids = *matched;
        none = ids.isEmpty();
    }
    qint64 total = ids.size();
    if (ids.isEmpty() && !none) {
        auto counts = store.counts();
        if (!counts)
            return counts.error();
        total = counts->contacts;
    }
    total *= csv ? 2 : 1;
    qint64 done = 0;
    bool cancelled = false;
    // Every contact handed to a sink passes here first.
    auto step = [&]() {
        ++done;
        if (options.progress && (done & 255) == 0 && !options.progress(done, total))
            cancelled = true;
        return !cancelled;
    };
    auto each = [&](const std::function<bool(const Contact&, const QString&)>& sink) -> Status {
        if (none)
            return {};
        return store.forEachContact(
            ids, options.purpose,
            [&](const Contact& c, const QString& company) { return step() && sink(c, company); });
    };
    Shape shape;
    if (csv) {
        // A first pass sizes the columns: as many email and phone groups as the fullest contact.
        QSet<QString> keys;
        Status s = each([&](const Contact& c, const QString&) {
            shape.emails = std::max(shape.emails, int(c.emails.size()));
            shape.phones = std::max(shape.phones, int(c.phones.size()));
            for (auto it = c.custom.constBegin(); it != c.custom.constEnd(); ++it) {
                if (!namedCustom().contains(it.key()))
                    keys.insert(it.key());
            }
            return true;
        });
        if (!s)
            return s.error();
        shape.custom = QStringList(keys.cbegin(), keys.cend());
        shape.custom.sort();
    }
    QSaveFile file(options.path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io,
                           tr("Cannot write %1: %2").arg(options.path, file.errorString()));
    qint64 count = 0;
    Status failure;
    if (csv) {
        io::CsvWriter writer(&file, options.format == ExportFormat::CsvExcel
                                        ? io::CsvProfile::Excel
                                        : io::CsvProfile::Rfc4180);
        failure = writer.writeRow(csvHeader(shape));
        if (failure) {
            Status s = each([&](const Contact& c, const QString& company) {
                failure = writer.writeRow(csvRow(c, company, shape));
                ++count;
                return failure.ok();
            });
            if (!s)
                return s.error();
        }
    } else {
        io::VCardWriter writer(&file, options.format == ExportFormat::VCard3
                                          ? io::VCardVersion::V3
                                          : io::VCardVersion::V4);
        Status s = each([&](const Contact& c, const QString& company) {
            failure = writer.write(toCard(c, company));
            ++count;
            return failure.ok();
        });
        if (!s)
            return s.error();
    }
    if (cancelled)
        return Error::make(ErrorCode::Cancelled,
                           tr("The export was cancelled; no file was written."));
    if (!failure)
        return failure.error();
    if (options.progress)
        options.progress(total, total);
    if (!file.commit())
        return Error::make(ErrorCode::Io,
                           tr("Cannot write %1: %2").arg(options.path, file.errorString()));
    return count;
}

} // namespace baza::import
