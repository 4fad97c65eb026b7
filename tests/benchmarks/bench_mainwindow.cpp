// Drives the real main window offscreen at 1920x1080 through 200 slider steps at input and
// output lengths of 1K, 100K and 10M tokens, and prints one JSON line per length and slider:
// value change -> evaluation -> visible charts rebuilt and replotted -> events processed.
// Two sliders: the input and output lengths (alternating), and the batch, which every chart
// draws (the workload charts serve requests of their own lengths, so a length step leaves them
// as they are).
// A benchmark, not a test: numbers on a shared machine vary; read them, do not assert them.
#include "catalog.h"
#include "chartview.h"
#include "logslider.h"
#include "mainwindow.h"
#include "scenariocontroller.h"
#include "scenariopanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tce;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t index = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[index];
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window(Catalog::builtIn());
    window.resize(1920, 1080);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "bench_mainwindow: the window was not exposed\n");
        return 1;
    }
    ScenarioController *controller = window.controller();
    // Optional arguments: the chart to show (per-token by default, as the window opens), then
    // --pinned: each length's starting scenario pinned as A, drawn beside every step's B.
    const QString chartId =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("per-token");
    const bool pinned = argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("--pinned");
    ChartView *chart = nullptr;
    for (int i = 0; i < window.charts().size(); ++i) {
        if (window.charts()[i]->chartId() == chartId) {
            window.chartTabs()->setCurrentIndex(i);
            chart = window.charts()[i];
        }
    }
    if (!chart) {
        std::fprintf(stderr, "bench_mainwindow: unknown chart %s\n", qPrintable(chartId));
        return 2;
    }

    const int steps = 200;
    for (const bool lengths : {true, false}) {
        for (int64_t length : {int64_t(1000), int64_t(100'000), int64_t(10'000'000)}) {
            Scenario s = controller->scenario();
            s.inputTokens = length;
            s.outputTokens = length;
            controller->setScenario(s);
            controller->flush();
            if (pinned)
                window.pinComparison();
            QCoreApplication::processEvents();

            std::vector<double> total, evaluation, replot;
            for (int i = 0; i < steps; ++i) {
                // Alternate the input and the output slider, stepping down then back up so the
                // lengths stay near the target (10M is the slider's top). The batch goes by its
                // spin box, 16 -> 15 -> 14 -> 15 -> 16: a slider step of the batch's log scale
                // can round to the batch it had, and then nothing is evaluated.
                const bool down = (i / 2) % 2 == 0;
                QWidget *target = window.scenarioPanel()->batchSlider()->spinBox();
                Qt::Key key = down ? Qt::Key_Down : Qt::Key_Up;
                if (lengths) {
                    target = (i % 2 == 0 ? window.scenarioPanel()->inputSlider()
                                         : window.scenarioPanel()->outputSlider())
                                 ->slider();
                    key = down ? Qt::Key_Left : Qt::Key_Right;
                }
                const int evaluationsBefore = controller->evaluationCount();
                QElapsedTimer timer;
                timer.start();
                QTest::keyClick(target, key);
                while (controller->evaluationCount() == evaluationsBefore)
                    QCoreApplication::processEvents();
                QCoreApplication::processEvents(); // the repaint the replot asked for
                total.push_back(double(timer.nsecsElapsed()) / 1e6);
                evaluation.push_back(controller->lastEvaluationMilliseconds() +
                                     chart->lastRebuildMilliseconds());
                replot.push_back(chart->lastReplotMilliseconds());
            }
            std::printf("{\"length\":%lld,\"slider\":\"%s\",\"chart\":\"%s\",\"pinned\":%s,"
                        "\"steps\":%d,\"median_ms\":%.3f,\"p95_ms\":%.3f,"
                        "\"eval_median_ms\":%.3f,\"replot_median_ms\":%.3f,\"peak_rss_mb\":%.1f}\n",
                        static_cast<long long>(length), lengths ? "lengths" : "batch",
                        qPrintable(chart->chartId()), pinned ? "true" : "false", steps,
                        percentile(total, 0.5), percentile(total, 0.95),
                        percentile(evaluation, 0.5), percentile(replot, 0.5), peakRssMb());
            std::fflush(stdout);
        }
    }
    return 0;
}
