// Every chart of the registry, built alone and fed an Evaluation of the window's starting
// scenario: each draws the model's numbers, its tracer shows exact values with units, each
// explains the point under the mouse, and a pinned reference is drawn dashed under the current
// series. What the window adds (tabs, the Explain dock, pinning from the menu) is
// tests/app/tst_mainwindow's.
#include "catalog.h"
#include "charttest.h"
#include "costreport.h"
#include "curves.h"
#include "servingchartview.h"
#include "sweeps.h"
#include "testregistry.h"
#include "units.h"

#include <QSignalSpy>
#include <QTest>

#include <qcustomplot.h>

using namespace tce;

namespace {

// The window's evaluation as it opens: its starting scenario and the first mix of the catalog.
std::shared_ptr<const Evaluation> windowEvaluation()
{
    return test::servingEvaluation({}, Catalog::builtIn().mixes.first().id);
}

std::unique_ptr<ChartView> chartAsInTheWindow(const QString &id,
                                              std::shared_ptr<const Evaluation> evaluation)
{
    return test::shownChart(id, std::move(evaluation), QSize(1280, 720));
}

// What a chart shows: each visible, named series with data, as its points in key order.
using Points = QList<std::pair<double, double>>;
QHash<QString, Points> namedSeries(const ChartView &chart, bool pinned)
{
    QHash<QString, Points> out;
    for (int p = 0; p < chart.plot()->plottableCount(); ++p) {
        QCPAbstractPlottable *plottable = chart.plot()->plottable(p);
        QCPPlottableInterface1D *data = plottable->interface1D();
        const bool isA = plottable->name().startsWith(QStringLiteral("A: "));
        if (!data || !plottable->visible() || plottable->name().isEmpty() || isA != pinned)
            continue;
        Points points;
        for (int i = 0; i < data->dataCount(); ++i)
            points.append({data->dataMainKey(i), data->dataMainValue(i)});
        std::sort(points.begin(), points.end());
        out.insert(isA ? plottable->name().mid(3) : plottable->name(), points);
    }
    return out;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void everyChartDrawsTheModelsNumbers();
    void tracerShowsExactValuesWithUnits();
    void explainShowsTheFormulaWithNumbers();
    void aReferenceIsDrawnDashed();
    void everyChartDrawsAFromItsOwnEvaluation();
    void doubleClickGoesBackToTheChartsFraming();
};

void TestCharts::everyChartDrawsTheModelsNumbers()
{
    const auto e = windowEvaluation();
    const Scenario &s = e->scenario();
    QCOMPARE(chartIds().size(), 14);
    for (const QString &id : chartIds()) {
        const auto chart = chartAsInTheWindow(id, e);
        // Series, or (the token-by-token view) drawn items beyond the tracer and its label.
        bool drawn = chart->plot()->itemCount() > 2;
        for (int p = 0; p < chart->plot()->plottableCount(); ++p) {
            QCPPlottableInterface1D *data = chart->plot()->plottable(p)->interface1D();
            drawn = drawn || !data || data->dataCount() > 0; // a color map has no 1D data
        }
        QVERIFY2(drawn, qPrintable(id));
    }
    // Spot checks against the model functions the charts draw.
    const OutputCostCurve out = outputCostCurve(s, 600);
    const auto cumulative = chartAsInTheWindow(QStringLiteral("cumulative"), e);
    const QCPGraph *total = cumulative->plot()->graph(0);
    QCOMPARE(test::values(total).last(), out.totalUsd[out.totalUsd.size() - 1]);
    QCOMPARE(test::values(total).last(), evaluate(s).usdPerRequest);
    const RooflinePoints roof = rooflinePoints(s);
    const auto roofline = chartAsInTheWindow(QStringLiteral("roofline"), e);
    QCOMPARE(test::values(roofline->plot()->graph(3)).first(), roof.decodeFlopsPerSecond);
    const OutputCostCurve cache = outputCostCurve(s, 800);
    const auto kvCache = chartAsInTheWindow(QStringLiteral("kv-cache"), e);
    QCOMPARE(test::values(kvCache->plot()->graph(1)).last(),
             cache.flopsWithoutCache[cache.flopsWithoutCache.size() - 1]);
}

void TestCharts::tracerShowsExactValuesWithUnits()
{
    const auto chart = chartAsInTheWindow(QStringLiteral("per-token"), windowEvaluation());
    const QCPGraph *output = chart->plot()->graph(1);
    const auto point = output->data()->at(output->dataCount() / 2);
    const QPointF pixel = output->coordsToPixels(point->key, point->value);
    const QString text = chart->tracerTextAt(pixel);
    QVERIFY2(text.contains(units::flops(point->value)), qPrintable(text));
    QVERIFY2(text.contains(units::tokens(point->key)), qPrintable(text));
}

void TestCharts::explainShowsTheFormulaWithNumbers()
{
    const auto e = windowEvaluation();
    {
        const auto chart = chartAsInTheWindow(QStringLiteral("per-token"), e); // FLOPs
        QSignalSpy explained(chart.get(), &ChartView::explanationChanged);
        const QCPGraph *output = chart->plot()->graph(1);
        // The first decode step, position 2,049 (0 is the boundary).
        const auto point = output->data()->at(1);
        chart->tracerTextAt(output->coordsToPixels(point->key, point->value));
        QVERIFY(!explained.isEmpty());
        const QString text = explained.last().first().toString();
        // 2 x 32 layers x 32 heads x (128 + 128) dims x 2,049 keys = 1,074,266,112 FLOP =
        // 1.07 GFLOP; the step: 16,084,115,456 FLOP (cost-model.md worked check) = 16.1 GFLOP.
        QVERIFY2(text.contains("2 × 32 layers × 32 heads × (128 + 128 dims) × 2,049"),
                 qPrintable(text));
        QVERIFY2(text.contains(units::flops(1'074'266'112.0)), qPrintable(text));
        QVERIFY2(text.contains(units::flops(16'084'115'456.0)), qPrintable(text));
    }

    // Every chart with series (lines or bars) explains the point under the mouse.
    for (const QString &id : chartIds()) {
        const auto chart = chartAsInTheWindow(id, e);
        QSignalSpy explained(chart.get(), &ChartView::explanationChanged);
        for (int p = 0; p < chart->plot()->plottableCount(); ++p) {
            QCPAbstractPlottable *plottable = chart->plot()->plottable(p);
            QCPPlottableInterface1D *data = plottable->interface1D();
            if (!data || plottable->name().isEmpty() || data->dataCount() == 0 ||
                !plottable->visible())
                continue;
            const int middle = data->dataCount() / 2;
            chart->tracerTextAt(
                plottable->coordsToPixels(data->dataMainKey(middle), data->dataMainValue(middle)));
            QVERIFY2(!explained.isEmpty(), qPrintable(id));
            QVERIFY2(!explained.last().first().toString().isEmpty(), qPrintable(id));
            break;
        }
    }
}

void TestCharts::aReferenceIsDrawnDashed()
{
    const auto pinned = windowEvaluation();
    const auto chart = chartAsInTheWindow(QStringLiteral("per-token"), pinned);
    const QVector<double> before = test::values(chart->plot()->graph(1));
    chart->setReference(pinned);
    ScenarioChanges longer;
    longer.inputTokens = 4096;
    chart->setEvaluation(test::servingEvaluation(longer, Catalog::builtIn().mixes.first().id));
    chart->renderNow();
    const QCPGraph *shadow = nullptr;
    for (int i = 0; i < chart->plot()->graphCount(); ++i) {
        if (chart->plot()->graph(i)->name() ==
            QStringLiteral("A: Output tokens: one decode run each"))
            shadow = chart->plot()->graph(i);
    }
    QVERIFY(shadow);
    QCOMPARE(shadow->pen().style(), Qt::DashLine);
    QCOMPARE(test::values(shadow), before); // A keeps the numbers of the pinned scenario
    QVERIFY(test::values(chart->plot()->graph(1)) != before);
    chart->setReference(nullptr);
    chart->renderNow();
    QVERIFY(!shadow->visible());
}

// Issue 12: a pinned A is drawn from the chart's drawing of A's evaluation, not by building
// the plot for A and copying its graphs by index: a draw rebuilds the plot once, and the
// "A: ..." series are exactly the series the chart shows when A is the current scenario that
// differ from B's (a series both share, such as the list prices, is drawn once), with A's
// points. A has a longer prompt and output and a larger batch on dearer GPUs, so nearly every
// series differs. Charts of the serving simulation draw no A: they hold the current
// scenario's simulation only, and an A drawn from it was B.
void TestCharts::everyChartDrawsAFromItsOwnEvaluation()
{
    ScenarioChanges changes;
    changes.inputTokens = 4096;
    changes.outputTokens = 1024;
    changes.batch = 64;
    changes.gpuHourUsd = 9;
    const auto a = test::servingEvaluation(changes, Catalog::builtIn().mixes.first().id);
    const auto b = windowEvaluation();
    int chartsWithA = 0;
    for (const QString &id : chartIds()) {
        const QHash<QString, Points> aAlone = namedSeries(*chartAsInTheWindow(id, a), false);
        const auto chart = chartAsInTheWindow(id, b);
        const QHash<QString, Points> bAlone = namedSeries(*chart, false);
        const int rebuilds = chart->rebuildCount();
        chart->setReference(a);
        chart->renderNow();
        QCOMPARE(chart->rebuildCount(), rebuilds + 1);
        const QHash<QString, Points> shadows = namedSeries(*chart, true);
        if (qobject_cast<const ServingChartView *>(chart.get())) {
            QVERIFY2(shadows.isEmpty(), qPrintable(id));
            continue;
        }
        QHash<QString, Points> differing;
        for (auto it = aAlone.cbegin(); it != aAlone.cend(); ++it) {
            // The price-ratio chart's bar at the serving load is the simulation's: A keeps none.
            const bool simulated = it.key().contains(QStringLiteral("simulated"));
            if (bAlone.value(it.key()) != it.value() && !simulated)
                differing.insert(it.key(), it.value());
        }
        QVERIFY2(shadows == differing,
                 qPrintable(QStringLiteral("%1: A drawn for %2, differing from B: %3")
                                .arg(id, QStringList(shadows.keys()).join(QStringLiteral("; ")),
                                     QStringList(differing.keys()).join(QStringLiteral("; ")))));
        chartsWithA += !shadows.isEmpty();
    }
    // All 14 but the two charts of the serving simulation and the cells of token-runs.
    QCOMPARE(chartsWithA, 11);
}

// Double-click resets the view to what the chart framed (the KV-memory chart's cap, the batch
// chart's 0.8 to 5,000, a pinned A in view), not to the bounds of the data drawn.
void TestCharts::doubleClickGoesBackToTheChartsFraming()
{
    ScenarioChanges longer;
    longer.outputTokens = 8192;
    for (const QString &id : chartIds()) {
        const auto chart = chartAsInTheWindow(id, windowEvaluation());
        if (id == QLatin1String("kv-memory"))
            chart->setReference(test::servingEvaluation(longer));
        chart->renderNow();
        QList<QCPRange> framed;
        for (const QCPAxis *axis : chart->plot()->axisRect()->axes())
            framed << axis->range();
        for (QCPAxis *axis : chart->plot()->axisRect()->axes())
            axis->setRange(axis->range().lower + 1, axis->range().upper * 3); // panned, zoomed
        QTest::mouseDClick(chart->plot(), Qt::LeftButton, {}, chart->plot()->rect().center());
        const QList<QCPAxis *> axes = chart->plot()->axisRect()->axes();
        for (int i = 0; i < axes.size(); ++i)
            QVERIFY2(axes[i]->range() == framed[i],
                     qPrintable(QStringLiteral("%1 axis %2").arg(id).arg(i)));
    }
}

TCE_TEST_MAIN(TestCharts)
#include "tst_charts.moc"
