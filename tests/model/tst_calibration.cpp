#include "catalog.h"
#include "costreport.h"
#include "scenariobuilder.h"
#include "testsupport.h"

#include <QTest>

using namespace tce;

// Each engine profile's defaults against the published measurements cited beside them in
// resources/catalog/engines.json. Targets (issue 2): batch-1 decode speed within 15%,
// prefill time within 25%.
class TestCalibration : public QObject
{
    Q_OBJECT
private slots:
    void predictionsMatchPublishedMeasurements_data();
    void predictionsMatchPublishedMeasurements();
    void everyRealEngineHasDecodeAndPrefillMeasurements();
};

void TestCalibration::predictionsMatchPublishedMeasurements_data()
{
    QTest::addColumn<CalibrationPoint>("point");
    int index = 0;
    for (const CalibrationPoint &p : test::sourceCatalog().calibration) {
        const QString name = QStringLiteral("%1 #%2 %3 %4 %5")
                                 .arg(p.engineId)
                                 .arg(index++)
                                 .arg(p.modelId, p.hardwareId, p.metric);
        QTest::newRow(qPrintable(name)) << p;
    }
}

void TestCalibration::predictionsMatchPublishedMeasurements()
{
    QFETCH(CalibrationPoint, point);
    const Catalog &catalog = test::sourceCatalog();
    ScenarioChanges c;
    c.modelId = point.modelId;
    c.hardwareId = point.hardwareId;
    c.engineId = point.engineId;
    c.gpus = point.gpus;
    c.batch = point.batch;
    c.inputTokens = point.inputTokens;
    c.outputTokens = point.outputTokens;
    c.weights = precisionByName(point.weights);
    c.kvCache = precisionByName(point.kvCache);
    QVERIFY2(c.weights && c.kvCache, qPrintable(point.weights + " / " + point.kvCache));
    const auto scenario = applyChanges(catalog, defaultScenario(catalog), c);
    QVERIFY2(scenario.ok(), qPrintable(scenario.error()));
    const CostReport r = evaluate(scenario.value());

    double predicted = 0;
    double tolerance = 0;
    if (point.metric == QLatin1String("decode_tokens_per_s")) {
        predicted = r.decodeTokensPerSecondPerSequence;
        tolerance = 0.15;
    } else if (point.metric == QLatin1String("prefill_s") ||
               point.metric == QLatin1String("ttft_s")) {
        predicted = r.ttftSeconds;
        tolerance = 0.25;
    } else {
        QFAIL(qPrintable("unknown metric " + point.metric));
    }
    const double error = predicted / point.value - 1;
    qInfo("%s %s: measured %.6g, predicted %.6g (%+.1f%%)", qPrintable(point.modelId),
          qPrintable(point.metric), point.value, predicted, 100 * error);
    QVERIFY2(std::fabs(error) <= tolerance,
             qPrintable(QStringLiteral("measured %1, predicted %2 (%3%), source %4")
                            .arg(point.value)
                            .arg(predicted)
                            .arg(100 * error, 0, 'f', 1)
                            .arg(point.source)));
}

void TestCalibration::everyRealEngineHasDecodeAndPrefillMeasurements()
{
    for (const char *engine : {"generic", "vllm", "tensorrt-llm", "llama.cpp"}) {
        int decode = 0, prefill = 0;
        for (const CalibrationPoint &p : test::sourceCatalog().calibration) {
            if (p.engineId != QLatin1String(engine))
                continue;
            decode += p.metric == QLatin1String("decode_tokens_per_s") && p.batch == 1;
            prefill += p.metric != QLatin1String("decode_tokens_per_s");
        }
        QVERIFY2(decode >= 1 && prefill >= 1, engine);
    }
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
