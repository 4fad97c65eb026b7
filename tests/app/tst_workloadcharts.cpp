#include "catalog.h"
#include "chartview.h"
#include "evaluation.h"
#include "logslider.h"
#include "mainwindow.h"
#include "pricecatalog.h"
#include "scenariocontroller.h"
#include "scenariopanel.h"
#include "testregistry.h"
#include "testsupport.h"
#include "testwindow.h"
#include "workload.h"
#include "workloadcontroller.h"
#include "workloadcost.h"
#include "workloadpanel.h"

#include <QComboBox>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace tce;

class TestWorkloadCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anImportedTraceFeedsTheMarginCharts();
    void switchingTheMixReevaluates();
    void revenueFromAnImportedPriceCatalog();
    void anImportedTraceCanBeChosenAgain();
    void theLengthSlidersLeaveTheWorkloadChartsAlone();

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

// What the charts draw from an evaluation is tested without a window (tests/widgets/
// tst_workloadviews); here, what only the window does: the panel's mix and revenue boxes,
// importing files.

void TestWorkloadCharts::anImportedTraceFeedsTheMarginCharts()
{
    QVERIFY(
        m_window->workloads()
            ->importTrace(QStringLiteral(
                TCE_SHARED_DATA_DIR "/azure-llm-inference-2023/AzureLLMInferenceTrace_code.csv"))
            .ok());
    m_window->controller()->flush();
    for (const char *id : {"margins", "margin-map"}) {
        ChartView *chart = test::showChart(*m_window, QLatin1String(id));
        QVERIFY2(chart && chart->evaluation(), id);
        QCOMPARE(chart->evaluation()->workload()->size(), size_t(8819));
    }
    // Every one of the trace's requests is counted by the histogram the chart draws.
    ChartView *chart = test::showChart(*m_window, "margins");
    QCOMPARE(chart->evaluation()->marginHistogram()->counts.sum(), 8819.0);
}

void TestWorkloadCharts::switchingTheMixReevaluates()
{
    ChartView *chart = test::showChart(*m_window, "margins");
    QComboBox *mixes = m_window->workloadPanel()->mixBox();
    const int reasoning = mixes->findData("reasoning-heavy");
    QVERIFY(reasoning >= 0);
    mixes->setCurrentIndex(reasoning);
    emit mixes->activated(reasoning);
    m_window->controller()->flush();
    QCOMPARE(m_window->controller()->workloadSettings().workload->name,
             QStringLiteral("Reasoning-heavy"));
    QVERIFY(chart->rebuildCount() >= 2);
}

void TestWorkloadCharts::revenueFromAnImportedPriceCatalog()
{
    const QString file =
        QStringLiteral(TCE_SHARED_DATA_DIR "/litellm-prices/model_prices_and_context_window.json");
    QVERIFY(m_window->workloads()->importPriceCatalog(file).ok());
    QComboBox *revenue = m_window->workloadPanel()->revenueBox();
    const int sonnet = revenue->findData("claude-sonnet-4-5");
    QVERIFY(sonnet > 0);
    revenue->setCurrentIndex(sonnet);
    emit revenue->activated(sonnet);
    m_window->controller()->flush();
    ChartView *chart = test::showChart(*m_window, "margins");
    QVERIFY(chart->evaluation()->revenuePrices());
    QCOMPARE(chart->evaluation()->revenuePrices()->id, QStringLiteral("claude-sonnet-4-5"));
    // A broken catalog changes nothing.
    const Status broken = m_window->workloads()->importPriceCatalog("/nonexistent/prices.json");
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().contains("prices.json"), qPrintable(broken.error()));
    QCOMPARE(m_window->workloadPanel()->revenueBox()->findData("claude-sonnet-4-5"), sonnet);
    QCOMPARE(m_window->controller()->workloadSettings().revenuePrices->id,
             QStringLiteral("claude-sonnet-4-5"));
    // A catalog imported again puts the panel back on the scenario's prices: so is the revenue.
    QVERIFY(m_window->workloads()->importPriceCatalog(file).ok());
    QCOMPARE(m_window->workloadPanel()->revenueBox()->currentIndex(), 0);
    QVERIFY(!m_window->controller()->workloadSettings().revenuePrices);
}

void TestWorkloadCharts::anImportedTraceCanBeChosenAgain()
{
    QVERIFY(
        m_window->workloads()
            ->importTrace(QStringLiteral(
                TCE_SHARED_DATA_DIR "/azure-llm-inference-2023/AzureLLMInferenceTrace_code.csv"))
            .ok());
    QComboBox *mixes = m_window->workloadPanel()->mixBox();
    const int trace = mixes->currentIndex();
    const int reasoning = mixes->findData("reasoning-heavy");
    mixes->setCurrentIndex(reasoning);
    emit mixes->activated(reasoning);
    QCOMPARE(m_window->controller()->workloadSettings().workload->name,
             QStringLiteral("Reasoning-heavy"));
    mixes->setCurrentIndex(trace);
    emit mixes->activated(trace);
    QCOMPARE(m_window->controller()->workloadSettings().workload->size(), size_t(8819));
}

void TestWorkloadCharts::theLengthSlidersLeaveTheWorkloadChartsAlone()
{
    // The mix's requests have their own lengths: the scenario's input and output sliders change
    // nothing these charts draw, and they are not drawn again (tests/benchmarks/bench_mainwindow).
    for (const char *id : {"margins", "margin-map", "token-runs"}) {
        ChartView *chart = test::showChart(*m_window, id);
        m_window->controller()->flush();
        const int rebuilds = chart->rebuildCount();
        const Evaluation *before = chart->evaluation();
        QTest::keyClick(m_window->scenarioPanel()->inputSlider()->slider(), Qt::Key_PageDown);
        QTest::keyClick(m_window->scenarioPanel()->outputSlider()->slider(), Qt::Key_PageUp);
        m_window->controller()->flush();
        QVERIFY2(chart->evaluation() != before, id); // the new evaluation is the chart's
        QCOMPARE(chart->rebuildCount(), rebuilds);
        QCOMPARE(chart->lastRebuildMilliseconds(), 0.0);
        // The batch changes what each request costs: drawn again.
        QTest::keyClick(m_window->scenarioPanel()->batchSlider()->slider(), Qt::Key_PageUp);
        m_window->controller()->flush();
        QCOMPARE(chart->rebuildCount(), rebuilds + 1);
    }
}

TCE_TEST_MAIN(TestWorkloadCharts)
#include "tst_workloadcharts.moc"
