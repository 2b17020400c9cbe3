// Pipeline board speed: opening a board of 10,000 open deals, and moving a card.
//
//   QT_QPA_PLATFORM=offscreen build/dev/bench/bench_board
//   BAZA_BENCH_DEALS=2000 QT_QPA_PLATFORM=offscreen build/dev/bench/bench_board
//
// Prints, with p50/p95 over repeated runs: the board read (one query, as the page's worker runs
// it), building the model, the whole open (read + model + laying out and painting the columns),
// opening the Deals page as a user does (the board's read on a worker, the model and the paint;
// then the forecast for the summary strip, read alongside on another worker),
// a move (Store::moveDeal: the write with its change-log entries, plus the model following the
// change), the same move on the whole Deals page (with the events it sets off), one pointer move
// while dragging a card across the board, switching to the list view and sorting it, peak RSS.
#include "core/db/Database.h"
#include "core/demo/DemoData.h"
#include "core/store/Store.h"
#include "ui/deals/BoardModel.h"
#include "ui/deals/BoardView.h"
#include "ui/deals/DealTableModel.h"
#include "ui/deals/DealsPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QMouseEvent>
#include <QTableView>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace baza;

namespace {

int dealCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("BAZA_BENCH_DEALS", &ok);
    return ok && n > 0 ? n : 10000;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// CPU time, which other work on a shared machine does not inflate the way it does wall time.
double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

void print(const char* what, const std::vector<double>& ms)
{
    std::printf("%-48s p50 %8.2f ms   p95 %8.2f ms   (n=%zu)\n", what, percentile(ms, 0.5),
                percentile(ms, 0.95), ms.size());
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.baza"));
    auto created = db::Database::create(path, QStringLiteral("bench passphrase"));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.message()));
        return 1;
    }
    std::unique_ptr<db::Database> database = std::move(*created);
    store::Store store(*database);
    if (!store.initialize() || !store.setBaseCurrency(QStringLiteral("PLN"))) {
        std::fprintf(stderr, "store failed\n");
        return 1;
    }

    // The data: 2,000 people at 300 companies, one pipeline of six stages, N open deals in
    // PLN, EUR and USD with owners, half of them with a next step.
    const int deals = dealCount();
    QElapsedTimer fill;
    fill.start();
    demo::DemoData data(7);
    QStringList companies;
    for (int i = 0; i < 300; ++i)
        companies << store.createCompany(data.company())->id;
    QList<domain::Contact> people;
    for (int i = 0; i < 2000; ++i) {
        domain::Contact c = data.contact();
        c.companyId = companies.at(i % companies.size());
        people << c;
    }
    const QStringList contacts = *store.createContacts(people);
    domain::Pipeline p;
    p.name = QStringLiteral("Bench");
    for (int i = 0; i < 6; ++i)
        p.stages << domain::Stage{{}, {}, QStringLiteral("Stage %1").arg(i), i, 10 + 15 * i, 14};
    const domain::Pipeline pipeline = *store.createPipeline(p);
    (void)store.setExchangeRate(
        {{}, QStringLiteral("EUR"), QStringLiteral("PLN"), QDate(2020, 1, 1), 427350000});
    (void)store.setExchangeRate(
        {{}, QStringLiteral("USD"), QStringLiteral("PLN"), QDate(2020, 1, 1), 398120000});
    const char* currencies[] = {"PLN", "EUR", "USD"};
    for (int i = 0; i < deals; ++i) {
        domain::Deal d;
        d.title = QStringLiteral("Deal %1").arg(i);
        d.pipelineId = pipeline.id;
        d.stageId = pipeline.stages.at(i % 6).id;
        d.contactId = contacts.at(i % contacts.size());
        d.companyId = companies.at(i % companies.size());
        d.currency = QLatin1String(currencies[i % 3]);
        d.valueMinor = qint64(1000 + (i * 7919) % 200000) * 100;
        d.expectedClose = QDate::currentDate().addDays(i % 120);
        auto deal = store.createDeal(d);
        if (!deal) {
            std::fprintf(stderr, "%s\n", qPrintable(deal.message()));
            return 1;
        }
        if (i % 2 == 0) {
            domain::Task t;
            t.title = QStringLiteral("Call back");
            t.dealId = deal->id;
            t.dueAt = QDateTime::currentDateTimeUtc().addDays(i % 10 - 3);
            (void)store.createTask(t);
        }
    }
    std::printf("bench_board: %d open deals in 6 stages, 2,000 contacts (filled in %.1f s)\n",
                deals, double(fill.elapsed()) / 1000.0);
    std::fflush(stdout); // a profiler can attach from here on

    std::vector<double> readMs, modelMs, openMs, openCpuMs, moveMs;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        auto snapshot = ui::BoardModel::readSnapshot(store, pipeline.id);
        readMs.push_back(double(t.nsecsElapsed()) / 1e6);
        ui::BoardModel model(store);
        QElapsedTimer m;
        m.start();
        model.setSnapshot(std::move(*snapshot));
        modelMs.push_back(double(m.nsecsElapsed()) / 1e6);
        ui::BoardView view(store, &model);
        view.resize(1600, 900);
        view.show();
        view.grab(); // lays out and paints every column
        openMs.push_back(double(t.nsecsElapsed()) / 1e6);
        openCpuMs.push_back(cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpu);
        if (run == 14) {
            // Moves between and within columns on the open board.
            for (int i = 0; i < 200; ++i) {
                const int from = i % 6;
                QListView* list = view.columnView(from);
                const QModelIndex root = model.stageIndex(from);
                const QString id =
                    model.index(i % 50, 0, root).data(ui::BoardModel::IdRole).toString();
                const int to = i % 4 == 0 ? from : (from + 1) % 6;
                const QModelIndex target = model.stageIndex(to);
                const QString before =
                    model.index((i * 13) % 100, 0, target).data(ui::BoardModel::IdRole).toString();
                QElapsedTimer mv;
                mv.start();
                if (!view.moveDeal(id, to, before == id ? QString() : before)) {
                    std::fprintf(stderr, "move failed\n");
                    return 1;
                }
                list->viewport()->repaint();
                view.columnView(to)->viewport()->repaint();
                moveMs.push_back(double(mv.nsecsElapsed()) / 1e6);
            }
        }
    }
    // Opening the Deals page as a user does: the worker reads the board and the forecast, the
    // UI thread builds the model and lays out and paints the columns and the summary strip.
    std::vector<double> pageOpenMs, pageSummaryMs, pageCpuMs;
    for (int run = 0; run < 10; ++run) {
        QElapsedTimer t;
        t.start();
        const double cpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        ui::DealsPage page(store);
        page.resize(1600, 900);
        page.show();
        while ((page.isBoardLoading() || page.boardModel()->stageCount() == 0) &&
               t.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        page.grab();
        pageOpenMs.push_back(double(t.nsecsElapsed()) / 1e6);
        while (page.isLoading() && t.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        page.grab();
        pageSummaryMs.push_back(double(t.nsecsElapsed()) / 1e6);
        pageCpuMs.push_back(cpuMs(CLOCK_PROCESS_CPUTIME_ID) - cpu);
    }
    // The whole page as a user has it: filters, summary strip and the (hidden) list view
    // following the board. A move there includes the events it sets off on the UI thread.
    std::vector<double> pageMoveMs, dragMs, listMs, sortMs;
    {
        ui::DealsPage page(store);
        page.resize(1600, 900);
        page.show();
        QElapsedTimer wait;
        wait.start();
        while ((page.isLoading() || page.boardModel()->stageCount() == 0) && wait.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        ui::BoardModel& model = *page.boardModel();
        for (int i = 0; i < 100; ++i) {
            const int from = i % 6;
            const QString id = model.index(i % 40, 0, model.stageIndex(from))
                                   .data(ui::BoardModel::IdRole)
                                   .toString();
            QElapsedTimer mv;
            mv.start();
            if (!page.boardView()->moveDeal(id, (from + 1) % 6, QString())) {
                std::fprintf(stderr, "move failed\n");
                return 1;
            }
            QCoreApplication::processEvents();
            page.boardView()->columnView((from + 1) % 6)->viewport()->repaint();
            pageMoveMs.push_back(double(mv.nsecsElapsed()) / 1e6);
        }
        // Dragging a card across the board: each pointer move finds the drop target, moves the
        // card's picture and the insertion line, and the frame is painted. The drop itself is
        // the move measured above.
        {
            QListView* from = page.boardView()->columnView(0);
            QWidget* viewport = from->viewport();
            const QPoint start = from->visualRect(model.index(0, 0, model.stageIndex(0))).center();
            auto send = [viewport](QEvent::Type type, const QPoint& local, Qt::MouseButton button,
                                   Qt::MouseButtons buttons) {
                QMouseEvent e(type, QPointF(local), QPointF(viewport->mapToGlobal(local)), button,
                              buttons, Qt::NoModifier);
                QApplication::sendEvent(viewport, &e);
            };
            send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
            const int width = page.boardView()->width();
            for (int i = 0; i < 400; ++i) {
                // Sideways across all columns and back, up and down through the cards.
                const int x = (i * 13) % (2 * width);
                const QPoint at(x < width ? x : 2 * width - x, 20 + (i * 37) % 700);
                QElapsedTimer mv;
                mv.start();
                send(QEvent::MouseMove, at - viewport->mapTo(page.boardView(), QPoint()),
                     Qt::NoButton, Qt::LeftButton);
                QCoreApplication::processEvents(); // paints the frame (offscreen backing store)
                dragMs.push_back(double(mv.nsecsElapsed()) / 1e6);
            }
            send(QEvent::MouseMove, start, Qt::NoButton, Qt::LeftButton);
            send(QEvent::MouseButtonRelease, start, Qt::LeftButton, Qt::NoButton);
        }
        auto* table = page.findChild<QTableView*>(QStringLiteral("dealTable"));
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            page.showList(true);
            QCoreApplication::processEvents();
            table->viewport()->repaint();
            listMs.push_back(double(t.nsecsElapsed()) / 1e6);
            QElapsedTimer s;
            s.start();
            table->sortByColumn(run % 2 ? ui::DealTableModel::BaseValue
                                        : ui::DealTableModel::Probability,
                                Qt::DescendingOrder);
            table->viewport()->repaint();
            sortMs.push_back(double(s.nsecsElapsed()) / 1e6);
            page.showList(false);
            QCoreApplication::processEvents();
        }
    }
    print("board read (query + names + next step)", readMs);
    print("model build (conversion, columns, totals)", modelMs);
    print("board open (read + model + layout + paint)", openMs);
    print("  the same, CPU time (no other load counted)", openCpuMs);
    print("Deals page open: board shown (worker + paint)", pageOpenMs);
    print("Deals page open: summary strip shown too", pageSummaryMs);
    print("  the same, CPU time of all threads", pageCpuMs);
    print("move a card (store write + model + repaint)", moveMs);
    print("move a card on the whole page (+ its events)", pageMoveMs);
    print("drag: one pointer move (hit test + paint)", dragMs);
    print("switch to the list view (all deals, sorted)", listMs);
    print("sort the list by another column", sortMs);
    double load[3] = {};
    if (getloadavg(load, 3) > 0)
        std::printf("load average %.1f (other work on the machine inflates wall times)\n", load[0]);
    std::printf("peak RSS %.1f MiB\n", peakRssMiB());
    return 0;
}
