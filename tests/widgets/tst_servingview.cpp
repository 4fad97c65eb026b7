// The serving charts (issue 13) as the layers have them: views from the chart registry, fed
// an Evaluation and the serving simulation's results through setServing(). Dragging the load
// point in the window is tests/app/tst_servingcontroller's.
#include "catalog.h"
#include "chartexport.h"
#include "chartregistry.h"
#include "evaluation.h"
#include "priceratioview.h"
#include "scenariobuilder.h"
#include "servingsnapshot.h"
#include "servingsweep.h"
#include "servingtimelineview.h"
#include "servingview.h"
#include "summarystrip.h"
#include "testregistry.h"
#include "units.h"

#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <qcustomplot.h>

using namespace tce;

namespace {

Scenario servingScenario()
{
    Scenario s = defaultServingScenario(Catalog::builtIn());
    s.load.sloTtftSeconds = 1;
    return s;
}

std::shared_ptr<const ServingSnapshot> simulated(const Scenario &s, bool withSweep = true)
{
    return std::make_shared<const ServingSnapshot>(
        simulateServingSnapshot(s, scenarioLengths(s), withSweep));
}

template<class View> std::unique_ptr<View> view(const QString &id, const Scenario &scenario)
{
    std::unique_ptr<ChartView> chart = createChart(id);
    auto *typed = qobject_cast<View *>(chart.get());
    if (!typed)
        return nullptr;
    chart.release();
    std::unique_ptr<View> out(typed);
    out->resize(1280, 720);
    out->setEvaluation(Evaluation::build(scenario));
    return out;
}

QList<ChartView::Table::Cell> rowOf(const ChartView::Table &t, const QString &series, int n)
{
    int seen = 0;
    for (const auto &row : t.rows) {
        if (row.first().text == series && seen++ == n)
            return row;
    }
    return {};
}

int rowsOf(const ChartView::Table &t, const QString &series)
{
    int n = 0;
    for (const auto &row : t.rows)
        n += row.first().text == series;
    return n;
}

void mouse(QWidget *target, QEvent::Type type, const QPointF &at, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, at, target->mapToGlobal(at), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

} // namespace

class TestServingView : public QObject
{
    Q_OBJECT
private slots:
    void chartDrawsARealSweepPointByPoint();
    void partialSweepAndErrorsKeepWhatIsDrawn();
    void timelineDrawsTheCurrentLoad();
    void exportsSimulateOnTheirOwn();
    void priceRatiosAndSummaryShowTheCostAtLoad();
    void draggingTheLoadNamesAClientCountOfTheSweep();
};

void TestServingView::chartDrawsARealSweepPointByPoint()
{
    const Scenario s = servingScenario();
    const auto snapshot = simulated(s);
    QVERIFY2(snapshot->error.isEmpty(), qPrintable(snapshot->error));
    QVERIFY(snapshot->sweepComplete());
    auto chart = view<ServingView>("serving", s);
    QVERIFY(chart);
    chart->setServing(snapshot);
    chart->renderNow();
    QVERIFY(chart->statusText().isEmpty());

    const ChartView::Table t = chart->table();
    const int points = int(defaultConcurrencySweep().values.size());
    QCOMPARE(rowsOf(t, "sweep"), points);
    QCOMPARE(rowsOf(t, "this load"), 1);
    const int knee = kneeIndex(snapshot->sweep);
    QVERIFY(knee > 0);
    for (int i = 0; i < points; ++i) {
        const ServingResult &r = snapshot->sweep[size_t(i)];
        const auto row = rowOf(t, "sweep", i);
        QCOMPARE(row[1].number, defaultConcurrencySweep().values[size_t(i)]);
        QCOMPARE(row[2].number, r.outputTokensPerSecond / s.serving.gpus);
        QCOMPARE(row[3].number, r.ttft.p50);
        QCOMPARE(row[4].number, r.ttft.p99);
        QCOMPARE(row[5].number, r.itl.p50);
        QCOMPARE(row[6].number, r.itl.p99);
        QCOMPARE(row[8].number, r.goodputRequestsPerSecond);
        QCOMPARE(row.last().text.contains("knee"), i == knee);
    }
    // Four curves of a point per client count, the knee and the TTFT target drawn.
    int curves = 0;
    for (int p = 0; p < chart->plot()->plottableCount(); ++p) {
        if (auto *curve = qobject_cast<QCPCurve *>(chart->plot()->plottable(p))) {
            QCOMPARE(curve->dataCount(), points);
            ++curves;
        }
    }
    QCOMPARE(curves, 4);
    QStringList texts;
    for (int i = 0; i < chart->plot()->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(chart->plot()->item(i)))
            texts << text->property("tceFullLabel").toString() + text->text();
    }
    const int kneeClients = snapshot->sweep[size_t(knee)].load.concurrency;
    QVERIFY2(texts.join('|').contains(QStringLiteral("knee: %1 clients").arg(kneeClients)),
             qPrintable(texts.join('|')));
    QVERIFY2(texts.join('|').contains("TTFT target: " + units::seconds(1)),
             qPrintable(texts.join('|')));
    // The scenario's load, named in the legend.
    QStringList names;
    for (int p = 0; p < chart->plot()->plottableCount(); ++p)
        names << chart->plot()->plottable(p)->name();
    QVERIFY2(names.join('|').contains("This load: 16 clients"), qPrintable(names.join('|')));
}

void TestServingView::partialSweepAndErrorsKeepWhatIsDrawn()
{
    const Scenario s = servingScenario();
    const auto whole = simulated(s);
    auto partial = std::make_shared<ServingSnapshot>(*whole);
    partial->sweep.resize(5);
    partial->pending = true;
    auto chart = view<ServingView>("serving", s);
    chart->setServing(partial);
    chart->renderNow();
    QCOMPARE(rowsOf(chart->table(), "sweep"), 5);
    QCOMPARE(chart->statusText(), QStringLiteral("Simulating…"));
    // No knee of a sweep that has not ended: it would be its last point.
    for (const auto &row : chart->table().rows)
        QVERIFY(!row.last().text.contains("knee"));

    auto failed = std::make_shared<ServingSnapshot>(*whole);
    failed->error = QStringLiteral("the weights do not fit");
    chart->setServing(failed);
    chart->renderNow();
    QVERIFY(chart->statusText().contains("the weights do not fit"));
    QCOMPARE(rowsOf(chart->table(), "sweep"), int(whole->sweep.size()));

    // Nothing yet: an empty chart that says so.
    auto empty = view<ServingView>("serving", s);
    auto nothing = std::make_shared<ServingSnapshot>();
    nothing->pending = true;
    empty->setServing(nothing);
    empty->renderNow();
    QCOMPARE(empty->statusText(), QStringLiteral("Simulating…"));
    QCOMPARE(empty->table().rows.size(), 0);
}

void TestServingView::timelineDrawsTheCurrentLoad()
{
    const Scenario s = servingScenario();
    const auto snapshot = simulated(s, false);
    auto chart = view<ServingTimelineView>("serving-timeline", s);
    QVERIFY(chart);
    chart->setServing(snapshot);
    chart->renderNow();
    const ServingResult &r = *snapshot->current;
    const QCPGraph *running = chart->plot()->graph(0);
    const QCPGraph *kv = chart->plot()->graph(2);
    QCOMPARE(running->dataCount(), int(r.timeline.size()) + 1); // from 0 s
    QCOMPARE(kv->valueAxis(), chart->plot()->yAxis2);
    double peakRunning = 0, peakKv = 0;
    for (int i = 0; i < running->dataCount(); ++i) {
        peakRunning = std::max(peakRunning, running->data()->at(i)->value);
        peakKv = std::max(peakKv, kv->data()->at(i)->value);
    }
    QVERIFY(peakRunning <= r.maxRunning + 1e-9);
    QVERIFY(peakKv <= 100 * r.kvPeakBytes / r.kvCapacityBytes + 1e-9);
    QVERIFY(peakKv > 0);
}

void TestServingView::exportsSimulateOnTheirOwn()
{
    // An export (or the command line) gives no results: the chart simulates, in this thread,
    // and its CSV holds a row per sweep point.
    auto chart = createChart("serving");
    chart->resize(1280, 720);
    chart->setEvaluation(Evaluation::build(servingScenario()));
    ExportOptions options;
    options.format = ExportFormat::Csv;
    QTemporaryDir dir;
    QVERIFY(exportChart(*chart, options, dir.filePath("serving.csv")).ok());
    QCOMPARE(rowsOf(chart->table(), "sweep"), int(defaultConcurrencySweep().values.size()));
}

void TestServingView::priceRatiosAndSummaryShowTheCostAtLoad()
{
    const Scenario s = servingScenario();
    const auto snapshot = simulated(s, false);
    const ServingCost &cost = snapshot->current->cost;
    auto ratios = view<PriceRatioView>("price-ratios", s);
    ratios->setServing(snapshot);
    ratios->renderNow();
    const ChartView::Table t = ratios->table();
    QCOMPARE(rowsOf(t, "cost at load"), 1);
    const auto row = rowOf(t, "cost at load", 0);
    QCOMPARE(row[2].number, cost.perMillionInput);
    QCOMPARE(row[3].number, cost.perMillionOutput);
    QCOMPARE(row[4].number, cost.outputInputRatio);
    // Its own bar, after the list prices'.
    auto *bar = qobject_cast<QCPBars *>(ratios->plot()->plottable(2));
    QVERIFY(bar);
    QCOMPARE(bar->data()->size(), 1);
    QCOMPARE(bar->data()->at(0)->key, double(Catalog::builtIn().prices.size()));
    QCOMPARE(bar->data()->at(0)->value, cost.outputInputRatio);

    SummaryStrip summary;
    summary.setEvaluation(*Evaluation::build(s));
    summary.setServing(nullptr);
    QVERIFY(summary.atLoadText("cost-output").contains("simulating"));
    summary.setServing(snapshot);
    QCOMPARE(summary.atLoadText("cost-output"),
             QStringLiteral("at 16 clients: %1").arg(units::usd(cost.perMillionOutput)));
    QCOMPARE(summary.atLoadText("cost-input"),
             QStringLiteral("at 16 clients: %1").arg(units::usd(cost.perMillionInput)));
    QCOMPARE(summary.atLoadText("ratio"),
             QStringLiteral("at 16 clients: %1").arg(units::ratio(cost.outputInputRatio)));
    QVERIFY(summary.atLoadText("ttft").isEmpty());

    // Without a GPU-hour price the dollars are unknown; the ratio, in GPU-seconds, still holds.
    Scenario unpriced = s;
    unpriced.price.gpuHourUsd = 0;
    const auto free = simulated(unpriced, false);
    QVERIFY(free->current);
    QCOMPARE(free->current->cost.perMillionOutput, 0.0);
    QVERIFY(std::fabs(free->current->cost.outputInputRatio / cost.outputInputRatio - 1) < 1e-9);
    summary.setEvaluation(*Evaluation::build(unpriced));
    summary.setServing(free);
    QCOMPARE(summary.atLoadText("cost-output"), QStringLiteral("at 16 clients: –"));
    QCOMPARE(summary.atLoadText("cost-input"), QStringLiteral("at 16 clients: –"));
    QCOMPARE(summary.atLoadText("ratio"),
             QStringLiteral("at 16 clients: %1").arg(units::ratio(cost.outputInputRatio)));
    QCOMPARE(summary.valueText("ratio"),
             units::ratio(Evaluation::build(s)->report().outputInputCostRatio));
}

void TestServingView::draggingTheLoadNamesAClientCountOfTheSweep()
{
    // What the chart does with the mouse; the edit it makes in the window (one undo step) is
    // tests/app/tst_servingcontroller's.
    const Scenario s = servingScenario();
    const auto snapshot = simulated(s);
    auto chart = view<ServingView>("serving", s);
    chart->setServing(snapshot);
    chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
    chart->renderNow();
    chart->plot()->replot();
    QSignalSpy dragged(chart.get(), &ServingView::loadDragged);
    QSignalSpy finished(chart.get(), &ServingView::dragFinished);

    // Press on the load, move to the 64-client point of the TTFT median curve, release.
    const auto at = chart->currentLoadPixel();
    QVERIFY(at);
    std::optional<ServingResult> target;
    for (const ServingResult &r : snapshot->sweep) {
        if (r.load.concurrency == 64)
            target = r;
    }
    QVERIFY(target);
    QCustomPlot *plot = chart->plot();
    const QPointF to(plot->xAxis->coordToPixel(target->outputTokensPerSecond / s.serving.gpus),
                     plot->yAxis->coordToPixel(target->ttft.p50));
    QCOMPARE(chart->concurrencyNearest(to), 64);
    mouse(plot, QEvent::MouseButtonPress, *at, Qt::LeftButton);
    mouse(plot, QEvent::MouseMove, (*at + to) / 2, Qt::LeftButton);
    mouse(plot, QEvent::MouseMove, to, Qt::LeftButton);
    QVERIFY(!dragged.isEmpty());
    QCOMPARE(dragged.last().at(0).toInt(), 64);
    QCOMPARE(dragged.last().at(1).toBool(), true);
    QCOMPARE(finished.count(), 0);
    mouse(plot, QEvent::MouseButtonRelease, to, Qt::NoButton);
    QCOMPARE(finished.count(), 1);
    // The point follows the mouse at once (where the scenario's own result then puts it is
    // the window's: tests/app/tst_servingcontroller).
    QStringList names;
    for (int p = 0; p < plot->plottableCount(); ++p)
        names << plot->plottable(p)->name();
    QVERIFY2(names.join('|').contains("This load: 64 clients"), qPrintable(names.join('|')));

    // A press away from the load pans the plot: no drag.
    const qsizetype drags = dragged.count();
    mouse(plot, QEvent::MouseButtonPress, QPointF(5, 5), Qt::LeftButton);
    mouse(plot, QEvent::MouseMove, QPointF(40, 40), Qt::LeftButton);
    mouse(plot, QEvent::MouseButtonRelease, QPointF(40, 40), Qt::NoButton);
    QCOMPARE(dragged.count(), drags);
    QCOMPARE(finished.count(), 1);
}

TCE_TEST_MAIN(TestServingView)
#include "tst_servingview.moc"
