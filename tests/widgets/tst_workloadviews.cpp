#include "catalog.h"
#include "chartregistry.h"
#include "chartview.h"
#include "evaluation.h"
#include "pricecatalog.h"
#include "scenariobuilder.h"
#include "testregistry.h"
#include "workload.h"
#include "workloadcost.h"

#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace tce;

// The workload charts as the layers have them: a view from the chart registry, fed an
// Evaluation built from a scenario, workload settings and the catalog. No window: what
// needs one (the mix box, importing files, pinning) is in tst_workloadcharts.

namespace {

const QString kTrace =
    QStringLiteral(TCE_SHARED_DATA_DIR "/azure-llm-inference-2023/AzureLLMInferenceTrace_code.csv");

WorkloadSettings chatMix()
{
    WorkloadSettings settings;
    settings.workload =
        std::make_shared<const Workload>(sampleMix(*Catalog::builtIn().findMix("chat")));
    return settings;
}

std::unique_ptr<ChartView> viewOf(const QString &id, const Scenario &scenario,
                                  const WorkloadSettings &settings)
{
    auto chart = createChart(id);
    chart->resize(1280, 720);
    chart->setEvaluation(Evaluation::build(scenario, settings, Catalog::builtIn()));
    chart->renderNow();
    return chart;
}

double barsTotal(const QCPAbstractPlottable *plottable)
{
    const auto *bars = qobject_cast<const QCPBars *>(plottable);
    double total = 0;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        total += it->value;
    return total;
}

} // namespace

class TestWorkloadViews : public QObject
{
    Q_OBJECT
private slots:
    void histogramCountsEveryRequestOfTheTrace();
    void histogramBillsAtACatalogEntrysPrices();
    void marginMapHoldsTheModelsGrid();
    void priceRatiosAreTheCatalogs();
    void referenceOverlaysBarsAndRatios();
};

void TestWorkloadViews::histogramCountsEveryRequestOfTheTrace()
{
    // Cheap prices, so that some requests lose money.
    Scenario s = defaultServingScenario(Catalog::builtIn());
    s.price.inputUsdPerMillion = 0.05;
    s.price.outputUsdPerMillion = 0.08;
    const auto trace = importTraceCsv(kTrace);
    QVERIFY2(trace.ok(), qPrintable(trace.error()));
    WorkloadSettings settings;
    settings.workload = std::make_shared<const Workload>(trace.value());
    auto chart = viewOf("margins", s, settings);
    const QCPAbstractPlottable *losses = chart->plot()->plottable(0);
    const QCPAbstractPlottable *profits = chart->plot()->plottable(1);
    QVERIFY(qobject_cast<const QCPBars *>(losses) && qobject_cast<const QCPBars *>(profits));
    // Every one of the trace's 8,819 requests is in exactly one bar.
    QCOMPARE(barsTotal(losses) + barsTotal(profits), 8819.0);
    const WorkloadEconomics e = evaluateWorkload(s, trace.value(), nullptr, 0.3);
    QVERIFY(e.lossFraction > 0);
    QCOMPARE(barsTotal(losses), std::round(e.lossFraction * 8819));
    QVERIFY(losses->name().contains(QString::number(100 * e.lossFraction, 'f', 1).left(3)));
}

void TestWorkloadViews::histogramBillsAtACatalogEntrysPrices()
{
    const auto catalog = importLiteLlmPrices(
        QStringLiteral(TCE_SHARED_DATA_DIR "/litellm-prices/model_prices_and_context_window.json"));
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    const PriceEntry *sonnet = catalog->find("claude-sonnet-4-5");
    QVERIFY(sonnet);
    const Scenario s = defaultServingScenario(Catalog::builtIn());
    WorkloadSettings settings = chatMix();
    settings.revenuePrices = std::make_shared<const PriceEntry>(*sonnet);
    auto chart = viewOf("margins", s, settings);
    QCOMPARE(chart->evaluation()->revenuePrices()->id, QStringLiteral("claude-sonnet-4-5"));
    // The histogram bills every request at the entry's prices (its long-context tier too).
    const WorkloadEconomics e = evaluateWorkload(s, *settings.workload, sonnet, 0.3);
    const QCPAbstractPlottable *losses = chart->plot()->plottable(0);
    const QCPAbstractPlottable *profits = chart->plot()->plottable(1);
    QCOMPARE(barsTotal(losses), std::round(e.lossFraction * double(e.requests)));
    QCOMPARE(barsTotal(losses) + barsTotal(profits), double(e.requests));
}

void TestWorkloadViews::marginMapHoldsTheModelsGrid()
{
    const Scenario s = defaultServingScenario(Catalog::builtIn());
    auto chart = viewOf("margin-map", s, chatMix());
    QCPColorMap *map = nullptr;
    for (int p = 0; p < chart->plot()->plottableCount(); ++p)
        map = map ? map : qobject_cast<QCPColorMap *>(chart->plot()->plottable(p));
    QVERIFY(map);
    QCOMPARE(map->data()->keySize(), 256);
    QCOMPARE(map->data()->valueSize(), 256);
    const MarginGrid g = marginGrid(s, s.model.contextLength, 65536, 256);
    for (int i : {0, 40, 128, 255})
        for (int j : {0, 77, 200, 255})
            QCOMPARE(map->data()->cell(i, j), g.marginUsd(i, j));
}

void TestWorkloadViews::priceRatiosAreTheCatalogs()
{
    auto chart = viewOf("price-ratios", defaultServingScenario(Catalog::builtIn()), chatMix());
    auto *bars = qobject_cast<QCPBars *>(chart->plot()->plottable(0));
    QVERIFY(bars);
    const ApiPrice *gpt4o = Catalog::builtIn().findPrice("gpt-4o-2024-05");
    QCOMPARE(bars->data()->at(0)->value,
             gpt4o->outputUsdPerMillion / gpt4o->inputUsdPerMillion); // 3.0
    QCOMPARE(bars->data()->size(), Catalog::builtIn().prices.size());
}

void TestWorkloadViews::referenceOverlaysBarsAndRatios()
{
    // A/B: the pinned evaluation's bars come back as a dashed outline under the current ones.
    const Scenario a = defaultServingScenario(Catalog::builtIn());
    Scenario b = a;
    b.serving.batch = 64;
    b.price.outputUsdPerMillion = 2;
    for (const char *id : {"margins", "price-ratios"}) {
        auto chart = createChart(QLatin1String(id));
        chart->setReference(Evaluation::build(a, chatMix(), Catalog::builtIn()));
        chart->setEvaluation(Evaluation::build(b, chatMix(), Catalog::builtIn()));
        chart->renderNow();
        int overlays = 0;
        for (int g = 0; g < chart->plot()->graphCount(); ++g) {
            const QCPGraph *graph = chart->plot()->graph(g);
            overlays += graph->visible() && graph->name().startsWith(QStringLiteral("A: ")) &&
                        !graph->data()->isEmpty();
        }
        QVERIFY2(overlays >= 1, id);
    }
}

TCE_TEST_MAIN(TestWorkloadViews)
#include "tst_workloadviews.moc"
