// bench_viewer: the response viewer with a large Magento-like JSON response (deterministic: products with
// extension_attributes, media gallery and custom_attributes), loaded into ResponseView offscreen while a 5 ms
// timer on the UI thread measures the event loop's longest silence and the "user" scrolls and repaints.
// Reported per run and as medians: time to the first pretty lines, to fully formatted (validated, folds
// indexed), to the tree's top level, to a search of the pretty text, the longest stall, and peak RSS.
// Peers measured in the same run, on the same bytes:
//  - jq 1.6 `jq . file` (pretty-printing to /dev/null), wall time and its peak RSS;
//  - the naive viewer: QPlainTextEdit::setPlainText() of the pretty text on the UI thread (what a simple
//    implementation does; the whole call is a stall), its time and the process's peak RSS.
// Usage: bench_viewer [--mb 50] [--runs 3] [--naive-mb MB] [--no-naive] [--no-jq]

#include "core/json/jsonpretty.h"
#include "core/net/httptypes.h"
#include "tests/bench/benchsupport.h"
#include "tests/json/magentosample.h"
#include "tests/json/stallmeter.h"
#include "ui/widgets/bodyview.h"
#include "ui/widgets/jsontreemodel.h"
#include "ui/widgets/responseview.h"
#include "ui/widgets/searchbar.h"
#include "ui/widgets/textview.h"

#include <algorithm>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <sys/resource.h>

using namespace studio;
using studio::bench::median;
using studio::bench::memoryMb;

namespace {

QTextStream out(stdout);

/// Resets VmHWM to the current RSS (Linux >= 4.0), so each run's peak is its own.
void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

/// Runs the event loop until `done` or `timeoutMs`.
bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

struct ViewerRun
{
    double setResponseMs = 0;
    double firstLinesMs = 0;
    double formattedMs = 0;
    double treeMs = 0;
    double searchMs = 0;
    double stallMs = 0;
    double stallFormattingMs = 0;
    double peakMb = 0;
    double afterMb = 0; ///< RSS once the view is closed (what viewing the body left behind)
    qint64 lines = 0;
    qint64 matches = 0;
};

ViewerRun runViewer(const QByteArray& body)
{
    ViewerRun run;
    net::HttpResponse response;
    response.status = 200;
    response.reasonPhrase = "OK";
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    response.body = body;
    response.bodySize = body.size();
    response.durationMs = 1234;

    auto view = std::make_unique<ui::ResponseView>();
    view->resize(1200, 900);
    view->show();
    waitFor([] { return true; }, 0);
    ui::BodyView* bodyView = view->bodyView();
    ui::TextView* pretty = bodyView->prettyView();

    int tick = 0;
    test::StallMeter meter;
    meter.setOnTick([&] {
        if (++tick % 4 == 0) {
            if (ui::TextView* current = bodyView->currentTextView()) {
                QScrollBar* bar = current->verticalScrollBar();
                bar->setValue(int((qint64(tick) * 7919) % std::max(1, bar->maximum() + 1)));
                current->viewport()->repaint();
            }
        }
    });
    QElapsedTimer clock;
    meter.start();
    clock.start();
    view->setResponse(response);
    run.setResponseMs = double(clock.nsecsElapsed()) / 1e6;
    waitFor([&] { return pretty->document().lineCount() > 100; }, 600000);
    run.firstLinesMs = double(clock.nsecsElapsed()) / 1e6;
    waitFor([&] { return bodyView->isPrettyComplete(); }, 600000);
    run.formattedMs = double(clock.nsecsElapsed()) / 1e6;
    run.stallFormattingMs = meter.longestGapMs();
    run.lines = pretty->document().lineCount();

    clock.restart();
    bodyView->setMode(ui::BodyView::Mode::Tree);
    waitFor([&] { return bodyView->treeModel()->rowCount() > 0; }, 600000);
    run.treeMs = double(clock.nsecsElapsed()) / 1e6;

    bodyView->setMode(ui::BodyView::Mode::Pretty);
    bool searched = false;
    QObject::connect(bodyView, &ui::BodyView::searchFinished, bodyView, [&](qint64 total) {
        searched = true;
        run.matches = total;
    });
    bodyView->find();
    bodyView->searchBar()->setQueryText(QStringLiteral("performance_fabric"));
    clock.restart();
    waitFor([&] { return searched; }, 600000);
    // The search bar waits 150 ms for more typing before it searches.
    run.searchMs = double(clock.nsecsElapsed()) / 1e6 - 150;
    meter.stop();
    run.stallMs = meter.longestGapMs();
    run.peakMb = memoryMb("VmHWM:");
    view.reset();
    // Let cancelled workers finish and deferred deletions run before measuring what is left.
    waitFor([] { return false; }, 200);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    run.afterMb = memoryMb("VmRSS:");
    return run;
}

struct PeerRun
{
    double ms = 0;
    double peakMb = 0;
};

PeerRun runJq(const QString& jq, const QString& file)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(jq, {QStringLiteral("."), file});
    process.waitForFinished(-1);
    PeerRun run;
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    run.peakMb = double(usage.ru_maxrss) / 1024.0;
    if (process.exitCode() != 0)
        out << "  jq failed: " << process.readAllStandardError() << Qt::endl;
    return run;
}

PeerRun runNaive(const QByteArray& pretty)
{
    resetPeakRss();
    PeerRun run;
    auto edit = std::make_unique<QPlainTextEdit>();
    edit->setReadOnly(true);
    edit->resize(1200, 900);
    edit->show();
    waitFor([] { return true; }, 0);
    QElapsedTimer clock;
    clock.start();
    edit->setPlainText(QString::fromUtf8(pretty));
    edit->viewport()->repaint();
    run.ms = double(clock.nsecsElapsed()) / 1e6;
    run.peakMb = memoryMb("VmHWM:");
    edit.reset();
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform's complaint about window size hints says nothing about the viewer.
    static const QtMessageHandler defaultHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            defaultHandler(type, context, message);
    });
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mbOption(
        QStringLiteral("mb"), QStringLiteral("Body size in MB (50)."), QStringLiteral("MB"), QStringLiteral("50"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of the viewer and jq (3)."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption naiveOption(QStringLiteral("naive-mb"),
        QStringLiteral("Body size for the QPlainTextEdit peer (default: the same body)."), QStringLiteral("MB"));
    const QCommandLineOption noNaiveOption(QStringLiteral("no-naive"), QStringLiteral("Skip the QPlainTextEdit peer."));
    const QCommandLineOption noJqOption(QStringLiteral("no-jq"), QStringLiteral("Skip the jq peer."));
    parser.addOptions({mbOption, runsOption, naiveOption, noNaiveOption, noJqOption});
    parser.process(app);
    const qint64 bytes = qint64(parser.value(mbOption).toDouble() * 1024 * 1024);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    out << "bench_viewer: generating a " << bytes / (1024 * 1024) << " MB Magento products response..." << Qt::endl;
    const QByteArray body = test::magentoProductsJson(bytes);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("products.json"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(body) != body.size()) {
            out << "cannot write " << file << Qt::endl;
            return 1;
        }
    }
    out << "  " << body.size() << " bytes, RSS before the runs " << QString::number(memoryMb("VmRSS:"), 'f', 0)
        << " MB (the body itself included)" << Qt::endl;

    std::vector<ViewerRun> viewer;
    for (int i = 0; i < runs; ++i) {
        resetPeakRss();
        const ViewerRun r = runViewer(body);
        viewer.push_back(r);
        out << QStringLiteral("viewer run %1: setResponse %2 ms, first lines %3 ms, formatted %4 ms (%5 lines), "
                              "tree %6 ms, search %7 ms (%8 matches), longest stall %9 ms (%10 ms while "
                              "formatting), peak RSS %11 MB, RSS after closing %12 MB")
                   .arg(i + 1)
                   .arg(r.setResponseMs, 0, 'f', 1)
                   .arg(r.firstLinesMs, 0, 'f', 1)
                   .arg(r.formattedMs, 0, 'f', 0)
                   .arg(r.lines)
                   .arg(r.treeMs, 0, 'f', 0)
                   .arg(r.searchMs, 0, 'f', 0)
                   .arg(r.matches)
                   .arg(r.stallMs, 0, 'f', 1)
                   .arg(r.stallFormattingMs, 0, 'f', 1)
                   .arg(r.peakMb, 0, 'f', 0)
                   .arg(r.afterMb, 0, 'f', 0)
            << Qt::endl;
    }
    const auto medianOf = [&](double ViewerRun::*field) {
        std::vector<double> values;
        for (const ViewerRun& r : viewer)
            values.push_back(r.*field);
        return median(values);
    };

    std::vector<double> jqMs;
    double jqPeak = 0;
    const QString jq = QStandardPaths::findExecutable(QStringLiteral("jq"));
    if (!parser.isSet(noJqOption) && !jq.isEmpty()) {
        for (int i = 0; i < runs; ++i) {
            const PeerRun r = runJq(jq, file);
            jqMs.push_back(r.ms);
            jqPeak = std::max(jqPeak, r.peakMb);
            out << QStringLiteral("jq run %1: %2 ms").arg(i + 1).arg(r.ms, 0, 'f', 0) << Qt::endl;
        }
    } else if (jq.isEmpty()) {
        out << "jq not found: install Debian's jq to compare" << Qt::endl;
    }

    PeerRun naive;
    qint64 naiveBytes = 0;
    if (!parser.isSet(noNaiveOption)) {
        QByteArray naiveBody = body;
        if (parser.isSet(naiveOption))
            naiveBody = test::magentoProductsJson(qint64(parser.value(naiveOption).toDouble() * 1024 * 1024));
        const QByteArray prettyText = json::prettyJson(naiveBody);
        naiveBytes = naiveBody.size();
        naiveBody.clear();
        out << "naive: QPlainTextEdit::setPlainText of " << prettyText.size() / (1024 * 1024)
            << " MB of pretty text (one call on the UI thread)..." << Qt::endl;
        naive = runNaive(prettyText);
        out << QStringLiteral("naive run: %1 ms blocked, peak RSS %2 MB")
                   .arg(naive.ms, 0, 'f', 0)
                   .arg(naive.peakMb, 0, 'f', 0)
            << Qt::endl;
    }

    const double stall = medianOf(&ViewerRun::stallMs);
    const double formatted = medianOf(&ViewerRun::formattedMs);
    out << Qt::endl << "medians over " << runs << " runs, " << body.size() / (1024 * 1024) << " MB body:" << Qt::endl;
    out << QStringLiteral(
        "  viewer: first pretty lines %1 ms, fully formatted %2 ms, tree top level %3 ms, search %4 ms")
               .arg(medianOf(&ViewerRun::firstLinesMs), 0, 'f', 1)
               .arg(formatted, 0, 'f', 0)
               .arg(medianOf(&ViewerRun::treeMs), 0, 'f', 0)
               .arg(medianOf(&ViewerRun::searchMs), 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("  viewer: longest UI stall %1 ms (aim < 100 ms), peak RSS %2 MB (aim < 300 MB)")
               .arg(stall, 0, 'f', 1)
               .arg(medianOf(&ViewerRun::peakMb), 0, 'f', 0)
        << Qt::endl;
    if (!jqMs.empty()) {
        const double jqMedian = median(jqMs);
        out << QStringLiteral("  jq . : %1 ms, peak RSS %2 MB; viewer fully formatted / jq = %3")
                   .arg(jqMedian, 0, 'f', 0)
                   .arg(jqPeak, 0, 'f', 0)
                   .arg(formatted / jqMedian, 0, 'f', 2)
            << Qt::endl;
    }
    if (naive.ms > 0) {
        const double scale = double(body.size()) / double(naiveBytes);
        out << QStringLiteral("  QPlainTextEdit::setPlainText: %1 ms UI stall for %2 MB, peak RSS %3 MB; its stall / "
                              "viewer's longest stall = %4%5")
                   .arg(naive.ms, 0, 'f', 0)
                   .arg(naiveBytes / (1024 * 1024))
                   .arg(naive.peakMb, 0, 'f', 0)
                   .arg(naive.ms * (naiveBytes == body.size() ? 1.0 : scale) / stall, 0, 'f', 0)
                   .arg(naiveBytes == body.size() ? QString()
                                                  : QStringLiteral(" (its stall scaled linearly to the full size)"))
            << Qt::endl;
    }
    return 0;
}
