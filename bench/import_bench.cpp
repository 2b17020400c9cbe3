// Import throughput against the stock sqlcipher shell.
//
//   build/dev/bench/bench_import                      (1,000,000 rows)
//   BAZA_BENCH_ROWS=100000 build/dev/bench/bench_import
//   BAZA_BENCH_CSV=/tmp/contacts-1m.csv build/dev/bench/bench_import   (keeps the CSV; a later
//                                                   run with the same path reuses it)
//   BAZA_BENCH_NO_SHELL=1 …                          (our import only, for profiling)
//
// Generates a deterministic messy contact CSV (multilingual names in random case, phones in many
// formats, quoted notes with line breaks, 3 % near-duplicates of earlier rows), imports it into a
// new encrypted database with cleaning, duplicate matching and search indexing, and prints rows/s
// and peak RSS. Then times the stock `sqlcipher` shell loading the same file into one table
// (.mode csv, .import) plus an FTS4 table over it (key fed on stdin with PRAGMA key, never on the
// command line), and prints the ratio ours/theirs (lower is better; the target is <= 1.0).
#include "DataGenerator.h"

#include "core/db/Database.h"
#include "core/import/ImportJob.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace baza;

namespace {

int rowCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("BAZA_BENCH_ROWS", &ok);
    return ok && n > 0 ? n : 1000000;
}

// CPU seconds (user + system) of this process or of its finished children: the machine is
// shared, so wall time says as much about the neighbours as about us.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QString csvField(const QString& v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return v;
}

QString messyCase(bench::DataGenerator& g, const QString& name)
{
    switch (g.uniform(10)) {
    case 0:
        return name.toUpper();
    case 1:
        return name.toLower();
    case 2:
        return QStringLiteral("  ") + name + QLatin1Char(' ');
    default:
        return name;
    }
}

// The same number written the ways people write it.
QString messyPhone(bench::DataGenerator& g, const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    const bool polish = digits.startsWith(QLatin1String("48"));
    const QString national = polish ? digits.mid(2) : QString();
    switch (g.uniform(6)) {
    case 0:
        return polish ? national.left(3) + QLatin1Char(' ') + national.mid(3, 3) +
                            QLatin1Char(' ') + national.mid(6)
                      : phone;
    case 1:
        return polish ? national.left(3) + QLatin1Char('-') + national.mid(3, 3) +
                            QLatin1Char('-') + national.mid(6)
                      : phone;
    case 2:
        return QStringLiteral("00") + digits;
    case 3:
        return QLatin1Char('+') + digits;
    default:
        return phone;
    }
}

const char* const Notes[] = {
    "Spotkanie na targach, zainteresowany ofertą",
    "Звонил по поводу счёта,\nпросил перезвонить в понедельник",
    "Met at the \"Baltic\" conference.\nFollow up in Q3, send pricing",
    "Klient VIP; rabat 10%",
};

qint64 generate(const QString& path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    bench::DataGenerator g(20240611);
    QList<bench::GeneratedContact> recent;
    f.write("Imię,Nazwisko,Firma,E-mail,Telefon komórkowy,Miasto,Uwagi,Tagi\n");
    QByteArray buffer;
    for (int i = 0; i < rows; ++i) {
        bench::GeneratedContact c;
        const bool nearDuplicate = !recent.isEmpty() && g.uniform(100) < 3;
        if (nearDuplicate) {
            c = recent.at(g.uniform(int(recent.size())));
            c.email = c.email.toUpper(); // same person, typed differently
        } else {
            c = g.next();
            // The generator's pools are skewed for search benchmarks; a number keeps emails
            // and companies apart so that duplicates are the 3 % made on purpose.
            const QString serial = QString::number(i);
            c.email.insert(c.email.indexOf(QLatin1Char('@')), serial);
            c.company += QStringLiteral(" %1").arg(g.uniform(200) + 1);
            if (recent.size() < 5000)
                recent.append(c);
            else
                recent[g.uniform(5000)] = c;
        }
        QStringList fields{messyCase(g, c.first),
                           messyCase(g, c.last),
                           c.company,
                           g.uniform(50) == 0 ? QStringLiteral("nie-ma-maila") : c.email,
                           messyPhone(g, c.phone),
                           c.city,
                           g.uniform(5) == 0 ? QString::fromUtf8(Notes[g.uniform(4)]) : QString(),
                           c.tags.join(QStringLiteral(";"))};
        for (QString& v : fields)
            v = csvField(v);
        buffer += fields.join(QLatin1Char(',')).toUtf8();
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return f.size();
}

// The stock shell: one table from the CSV, then an FTS4 table over its text.
double sqlcipherShellSeconds(const QString& csv, const QString& db, QString* error)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
    if (shell.isEmpty()) {
        *error = QStringLiteral("sqlcipher shell not found (Debian package sqlcipher)");
        return -1;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(shell, {db});
    if (!p.waitForStarted()) {
        *error = p.errorString();
        return -1;
    }
    // The key goes through stdin; the command line only names the file.
    const QString script =
        QStringLiteral("PRAGMA key = 'bench shell passphrase';\n"
                       "PRAGMA cipher_page_size = 4096;\n"
                       "PRAGMA journal_mode = WAL;\n"
                       ".mode csv\n"
                       ".import '%1' contacts\n"
                       "CREATE VIRTUAL TABLE contacts_fts USING fts4(content);\n"
                       "INSERT INTO contacts_fts(docid, content) SELECT rowid, "
                       "\"Imię\" || ' ' || \"Nazwisko\" || ' ' || \"Firma\" || ' ' || "
                       "\"E-mail\" || ' ' || \"Telefon komórkowy\" || ' ' || \"Miasto\" "
                       "|| ' ' || \"Tagi\" FROM contacts;\n"
                       "SELECT count(*) FROM contacts;\n"
                       ".quit\n")
            .arg(csv);
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(-1)) {
        *error = p.errorString();
        return -1;
    }
    const double secs = t.elapsed() / 1000.0;
    const QString output = QString::fromUtf8(p.readAll()).trimmed();
    if (p.exitCode() != 0) {
        *error = output;
        return -1;
    }
    std::printf("sqlcipher shell: %s rows in the table\n", qPrintable(output.section(u'\n', -1)));
    return secs;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const int rows = rowCount();
    const QString kept = qEnvironmentVariable("BAZA_BENCH_CSV");
    const QString csv = kept.isEmpty() ? dir.filePath(QStringLiteral("contacts.csv")) : kept;
    QElapsedTimer t;
    t.start();
    if (!kept.isEmpty() && QFile::exists(kept)) {
        std::printf("reusing %s (%.1f MiB)\n", qPrintable(kept),
                    double(QFileInfo(kept).size()) / 1048576.0);
    } else {
        const qint64 bytes = generate(csv, rows);
        std::printf("generated %d rows, %.1f MiB in %.1f s\n", rows, double(bytes) / 1048576.0,
                    t.elapsed() / 1000.0);
    }

    auto db = db::Database::create(dir.filePath(QStringLiteral("bench.baza")),
                                   QStringLiteral("bench passphrase"));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    {
        store::Store store(**db);
        if (Status s = store.initialize(); !s || !store.setPhoneRegion(QStringLiteral("PL"))) {
            std::fprintf(stderr, "store: %s\n", qPrintable(s.message()));
            return 1;
        }
    }
    import::ImportOptions options;
    options.path = csv;
    options.maxIssues = 1000; // counts stay exact; the list is what a UI would page through
    import::ImportJob job(**db, options);
    t.restart();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    auto summary = job.run();
    const double ours = t.elapsed() / 1000.0;
    const double oursCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    if (!summary) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(summary.message()));
        return 1;
    }
    std::printf("baza import: %lld rows in %.1f s = %.0f rows/s; created %lld, duplicates %lld, "
                "rejected %lld, values left out %lld, companies %lld\n",
                qlonglong(summary->rows), ours, double(summary->rows) / ours,
                qlonglong(summary->created), qlonglong(summary->duplicates),
                qlonglong(summary->errors), qlonglong(summary->warnings),
                qlonglong(summary->companiesCreated));
    std::printf("baza import CPU: %.1f s = %.0f rows/s of CPU\n", oursCpu,
                double(summary->rows) / oursCpu);
    std::printf("peak RSS: %.0f MiB\n", peakRssMiB());

    if (qEnvironmentVariableIsSet("BAZA_BENCH_NO_SHELL"))
        return 0; // profiling our side only
    QString error;
    const double theirs =
        sqlcipherShellSeconds(csv, dir.filePath(QStringLiteral("shell.db")), &error);
    if (theirs < 0) {
        std::fprintf(stderr, "sqlcipher shell failed: %s\n", qPrintable(error));
        return 1;
    }
    const double theirsCpu = cpuSeconds(RUSAGE_CHILDREN);
    std::printf("sqlcipher shell (.import + FTS4): %.1f s wall, %.1f s CPU\n", theirs, theirsCpu);
    std::printf("ratio ours/theirs: %.2f wall, %.2f CPU (target <= 1.0)\n", ours / theirs,
                oursCpu / theirsCpu);
    return 0;
}
