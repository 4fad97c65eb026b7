#include "catalog.h"
#include "chartview.h"
#include "evaluation.h"
#include "mainwindow.h"
#include "pricecatalog.h"
#include "scenariocontroller.h"
#include "testsupport.h"
#include "testwindow.h"
#include "workload.h"
#include "workloadcost.h"
#include "workloadpanel.h"

#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <qcustomplot.h>

using namespace tce;

namespace {

ChartView *showChart(MainWindow &window, const QString &id)
{
    for (int i = 0; i < window.charts().size(); ++i) {
        if (window.charts()[i]->chartId() == id) {
            window.chartTabs()->setCurrentIndex(i);
            return window.charts()[i];
        }
    }
    return nullptr;
}

double barsTotal(const QCPBars *bars)
{
    double total = 0;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        total += it->value;
    return total;
}

} // namespace

class TestWorkloadCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void histogramCountsEveryRequestOfTheTrace();
    void marginMapHoldsTheModelsGrid();
    void priceRatiosAreTheCatalogs();
    void switchingTheMixReevaluates();
    void revenueFromAnImportedPriceCatalog();
    void pinnedScenarioOverlaysBarsAndRatios();

private:
    MainWindow *m_window = nullptr;
};

void TestWorkloadCharts::initTestCase()
{
    test::useTestSettings();
}

void TestWorkloadCharts::init()
{
    m_window = test::openWindow();
}

void TestWorkloadCharts::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestWorkloadCharts::histogramCountsEveryRequestOfTheTrace()
{
    // Cheap prices, so that some requests lose money.
    Scenario s = m_window->controller()->scenario();
    s.price.inputUsdPerMillion = 0.05;
    s.price.outputUsdPerMillion = 0.08;
    m_window->controller()->setScenario(s);
    QCOMPARE(m_window->importTrace(QStringLiteral(
                 TCE_SHARED_DATA_DIR "/azure-llm-inference-2023/AzureLLMInferenceTrace_code.csv")),
             QString());
    m_window->controller()->flush();
    ChartView *chart = showChart(*m_window, "margins");
    QVERIFY(chart);
    auto *losses = qobject_cast<QCPBars *>(chart->plot()->plottable(0));
    auto *profits = qobject_cast<QCPBars *>(chart->plot()->plottable(1));
    QVERIFY(losses && profits);
    // Every one of the trace's 8,819 requests is in exactly one bar.
    QCOMPARE(barsTotal(losses) + barsTotal(profits), 8819.0);
    const auto trace = importTraceCsv(QStringLiteral(
        TCE_SHARED_DATA_DIR "/azure-llm-inference-2023/AzureLLMInferenceTrace_code.csv"));
    const WorkloadEconomics e =
        evaluateWorkload(m_window->controller()->scenario(), trace.value(), nullptr, 0.3);
    QCOMPARE(barsTotal(losses), std::round(e.lossFraction * 8819));
    QVERIFY(losses->name().contains(QString::number(100 * e.lossFraction, 'f', 1).left(3)));
}

void TestWorkloadCharts::marginMapHoldsTheModelsGrid()
{
    ChartView *chart = showChart(*m_window, "margin-map");
    QVERIFY(chart);
    QCPColorMap *map = nullptr;
    for (int p = 0; p < chart->plot()->plottableCount(); ++p)
        map = map ? map : qobject_cast<QCPColorMap *>(chart->plot()->plottable(p));
    QVERIFY(map);
    QCOMPARE(map->data()->keySize(), 256);
    QCOMPARE(map->data()->valueSize(), 256);
    const Scenario &s = m_window->controller()->scenario();
    const MarginGrid g = marginGrid(s, s.model.contextLength, 65536, 256);
    for (int i : {0, 40, 128, 255})
        for (int j : {0, 77, 200, 255})
            QCOMPARE(map->data()->cell(i, j), g.marginUsd(i, j));
}

void TestWorkloadCharts::priceRatiosAreTheCatalogs()
{
    ChartView *chart = showChart(*m_window, "price-ratios");
    auto *bars = qobject_cast<QCPBars *>(chart->plot()->plottable(0));
    QVERIFY(bars);
    const ApiPrice *gpt4o = Catalog::builtIn().findPrice("gpt-4o-2024-05");
    QCOMPARE(bars->data()->at(0)->value,
             gpt4o->outputUsdPerMillion / gpt4o->inputUsdPerMillion); // 3.0
    QCOMPARE(bars->data()->size(), Catalog::builtIn().prices.size());
}

void TestWorkloadCharts::switchingTheMixReevaluates()
{
    ChartView *chart = showChart(*m_window, "margins");
    QComboBox *mixes = m_window->workloadPanel()->mixBox();
    const int reasoning = mixes->findData("reasoning-heavy");
    QVERIFY(reasoning >= 0);
    mixes->setCurrentIndex(reasoning);
    emit mixes->activated(reasoning);
    m_window->controller()->flush();
    QCOMPARE(m_window->controller()->workloadSettings().workload->name, QStringLiteral("Reasoning-heavy"));
    QVERIFY(chart->rebuildCount() >= 2);
}

void TestWorkloadCharts::revenueFromAnImportedPriceCatalog()
{
    const QString file =
        QStringLiteral(TCE_SHARED_DATA_DIR "/litellm-prices/model_prices_and_context_window.json");
    QCOMPARE(m_window->importPriceCatalog(file), QString());
    QComboBox *revenue = m_window->workloadPanel()->revenueBox();
    const int sonnet = revenue->findData("claude-sonnet-4-5");
    QVERIFY(sonnet > 0);
    revenue->setCurrentIndex(sonnet);
    emit revenue->activated(sonnet);
    m_window->controller()->flush();
    ChartView *chart = showChart(*m_window, "margins");
    QVERIFY(chart->evaluation()->revenuePrices());
    QCOMPARE(chart->evaluation()->revenuePrices()->id, QStringLiteral("claude-sonnet-4-5"));
    // The histogram bills every request at the entry's prices.
    const auto catalog = importLiteLlmPrices(file);
    const WorkloadEconomics e =
        evaluateWorkload(m_window->controller()->scenario(), *m_window->controller()->workloadSettings().workload,
                         catalog->find("claude-sonnet-4-5"), 0.3);
    auto *profits = qobject_cast<QCPBars *>(chart->plot()->plottable(1));
    auto *losses = qobject_cast<QCPBars *>(chart->plot()->plottable(0));
    QCOMPARE(barsTotal(losses), std::round(e.lossFraction * double(e.requests)));
    QCOMPARE(barsTotal(losses) + barsTotal(profits), double(e.requests));
    // A broken catalog changes nothing.
    QVERIFY(m_window->importPriceCatalog("/nonexistent/prices.json").contains("prices.json"));
    QCOMPARE(m_window->workloadPanel()->revenueBox()->findData("claude-sonnet-4-5"), sonnet);
}

void TestWorkloadCharts::pinnedScenarioOverlaysBarsAndRatios()
{
    for (const char *id : {"margins", "price-ratios"}) {
        ChartView *chart = showChart(*m_window, QLatin1String(id));
        m_window->pinComparison();
        Scenario s = m_window->controller()->scenario();
        s.serving.batch = 64;
        s.price.outputUsdPerMillion = 2;
        m_window->controller()->setScenario(s);
        m_window->controller()->flush();
        int overlays = 0;
        for (int g = 0; g < chart->plot()->graphCount(); ++g) {
            const QCPGraph *graph = chart->plot()->graph(g);
            overlays += graph->visible() && graph->name().startsWith(QStringLiteral("A: ")) &&
                        !graph->data()->isEmpty();
        }
        QVERIFY2(overlays >= 1, id);
        m_window->clearComparison();
    }
}

QTEST_MAIN(TestWorkloadCharts)
#include "tst_workloadcharts.moc"
