// Throughput and memory of the file layer (core/io).
//
//   build/dev/bench/bench_io                      (1,000,000-row messy CSV, 20,000 vCards)
//   BAZA_BENCH_ROWS=5000000 build/dev/bench/bench_io
//
// Writes a messy CSV to a temporary folder (UTF-8, quoted fields with delimiters, doubled
// quotes and line breaks, Polish and Russian names, phones in many formats, ragged rows, blank
// lines), reads it with CsvReader three times and prints MB/s and rows/s of the best run, the
// same for the vCard reader, and the process's peak RSS, which stays a few MB above the
// baseline whatever the file size because the readers stream in 64 KiB chunks.
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/VCardReader.h"
#include "core/io/VCardWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <ctime>

#include <algorithm>
#include <cstdio>

using namespace baza::io;

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// CPU seconds of this process: on a shared machine wall time also counts other people's work.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

qint64 envCount(const char* name, qint64 fallback)
{
    bool ok = false;
    const qint64 n = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && n > 0 ? n : fallback;
}

const char* const FirstNames[] = {"Łukasz", "Małgorzata", "Zofia", "Grzegorz", "Дмитрий",
                                  "Ольга",  "Jan",        "Anna",  "Пётр",     "Katarzyna"};
const char* const LastNames[] = {"Wiśniewska", "Kowalski",   "Żółkiewski", "Brzęczyszczykiewicz",
                                 "Смирнова",   "Волков",     "Nowak",      "Dąbrowska",
                                 "Щербаков",   "Lewandowska"};
const char* const Companies[] = {"Hurtownia \"Iskra\" Sp. z o.o.",
                                 "ООО «Техноснаб»",
                                 "Kowalski, Nowak i Wspólnicy",
                                 "Stal-Bud Śląsk",
                                 "",
                                 "ПАО \"Уралхиммаш\""};
const char* const Phones[] = {"+48 601 234 567",    "(22) 555-01-23",  "601-234-567",
                              "+7 (495) 123-45-67", "8 912 555 67 89", "0048601234567"};
const char* const Cities[] = {"Kraków", "Łódź", "Gdańsk", "Москва", "Екатеринбург", "Poznań"};

template <size_t N> const char* pick(const char* const (&a)[N], QRandomGenerator& rng)
{
    return a[rng.bounded(quint32(N))];
}

void writeCsv(const QString& path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    CsvWriter writer(&file, CsvProfile::Rfc4180);
    QRandomGenerator rng(20240601);
    (void)writer.writeRow({QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Email"),
                           QStringLiteral("Phone"), QStringLiteral("Company"),
                           QStringLiteral("City"), QStringLiteral("Note")});
    for (qint64 i = 0; i < rows; ++i) {
        const QString first = QString::fromUtf8(pick(FirstNames, rng));
        const QString last = QString::fromUtf8(pick(LastNames, rng));
        QStringList row{QString::number(i + 1),
                        last + QStringLiteral(", ") + first,
                        QStringLiteral("user%1@example.pl").arg(i),
                        QString::fromUtf8(pick(Phones, rng)),
                        QString::fromUtf8(pick(Companies, rng)),
                        QString::fromUtf8(pick(Cities, rng))};
        const quint32 r = rng.bounded(20u);
        if (r == 0)
            row.append(QStringLiteral("Spotkanie w czwartek;\r\nprzypomnieć o \"ofercie\""));
        else if (r == 1)
            row.removeLast(); // ragged
        else
            row.append(QString());
        (void)writer.writeRow(row);
        if (r == 2)
            file.write("\r\n"); // a blank line
    }
}

void writeVcf(const QString& path, qint64 cards)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    VCardWriter writer(&file, VCardVersion::V3);
    QRandomGenerator rng(7);
    for (qint64 i = 0; i < cards; ++i) {
        VCard c;
        c.firstName = QString::fromUtf8(pick(FirstNames, rng));
        c.lastName = QString::fromUtf8(pick(LastNames, rng));
        c.organization = QString::fromUtf8(pick(Companies, rng));
        c.emails = {{QStringLiteral("user%1@example.pl").arg(i), {QStringLiteral("WORK")}}};
        c.phones = {{QString::fromUtf8(pick(Phones, rng)), {QStringLiteral("CELL")}}};
        c.addresses = {{QStringLiteral("ul. Długa 1"),
                        QString::fromUtf8(pick(Cities, rng)),
                        {},
                        QStringLiteral("00-001"),
                        QStringLiteral("Polska"),
                        {}}};
        c.note = QStringLiteral("Notatka, która jest na tyle długa, że trzeba ją zawinąć "
                                "w kilku liniach pliku vCard.");
        (void)writer.write(c);
    }
}

} // namespace

int main()
{
    const qint64 rows = envCount("BAZA_BENCH_ROWS", 1000000);
    const qint64 cards = envCount("BAZA_BENCH_CARDS", 20000);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("messy.csv"));
    const QString vcf = dir.filePath(QStringLiteral("cards.vcf"));
    writeCsv(csv, rows);
    writeVcf(vcf, cards);
    const double csvMB = double(QFile(csv).size()) / 1e6;
    const double vcfMB = double(QFile(vcf).size()) / 1e6;
    const long rssBefore = peakRssKiB();
    std::printf("CSV: %lld rows, %.1f MB; vCard: %lld cards, %.1f MB; peak RSS before reading: "
                "%.1f MiB\n",
                static_cast<long long>(rows), csvMB, static_cast<long long>(cards), vcfMB,
                double(rssBefore) / 1024.0);

    double best = 1e300, bestCpu = 1e300;
    qint64 readRows = 0, fields = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        auto reader = CsvReader::open(csv);
        if (!reader)
            qFatal("%s", qPrintable(reader.message()));
        QStringList record;
        readRows = fields = 0;
        for (;;) {
            auto got = (*reader)->next(record);
            if (!got)
                qFatal("%s", qPrintable(got.message()));
            if (!*got)
                break;
            ++readRows;
            fields += record.size();
        }
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
        bestCpu = std::min(bestCpu, cpuSeconds() - cpu0);
    }
    std::printf("CsvReader: %lld rows (%lld fields): wall %.3f s = %.0f MB/s, %.2f M rows/s; "
                "CPU %.3f s = %.0f MB/s, %.2f M rows/s\n",
                static_cast<long long>(readRows), static_cast<long long>(fields), best,
                csvMB / best, double(readRows) / best / 1e6, bestCpu, csvMB / bestCpu,
                double(readRows) / bestCpu / 1e6);

    best = bestCpu = 1e300;
    qint64 readCards = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        auto reader = VCardReader::open(vcf);
        if (!reader)
            qFatal("%s", qPrintable(reader.message()));
        VCard card;
        readCards = 0;
        for (;;) {
            auto got = (*reader)->next(card);
            if (!got)
                qFatal("%s", qPrintable(got.message()));
            if (!*got)
                break;
            ++readCards;
        }
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
        bestCpu = std::min(bestCpu, cpuSeconds() - cpu0);
    }
    std::printf("VCardReader: %lld cards: wall %.3f s = %.0f MB/s, %.0f cards/s; CPU %.3f s = "
                "%.0f MB/s, %.0f cards/s\n",
                static_cast<long long>(readCards), best, vcfMB / best, double(readCards) / best,
                bestCpu, vcfMB / bestCpu, double(readCards) / bestCpu);
    std::printf("peak RSS: %.1f MiB (%.1f MiB more than before reading)\n",
                double(peakRssKiB()) / 1024.0, double(peakRssKiB() - rssBefore) / 1024.0);
    return 0;
}
