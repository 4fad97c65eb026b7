#include "catalog.h"
#include "charttest.h"
#include "evaluation.h"
#include "scenariobuilder.h"
#include "summarystrip.h"
#include "testregistry.h"
#include "units.h"

#include <QTest>

#include <cmath>

using namespace tce;

namespace {

bool hasWarning(const Evaluation &e, ScenarioWarning::Kind kind)
{
    for (const ScenarioWarning &w : e.warnings()) {
        if (w.kind == kind)
            return true;
    }
    return false;
}

const QStringList kRunTiles{"ttft",        "speed", "latency", "cost-input",
                            "cost-output", "ratio", "request"};

} // namespace

class TestSummaryStrip : public QObject
{
    Q_OBJECT
private slots:
    void aRunnableScenarioIsNotMarked();
    void memoryTileSaysWhichPartDoesNotFit_data();
    void memoryTileSaysWhichPartDoesNotFit();
    void beyondTheContextWindowDoesNotRun();
    void warningTextsAreShownInALine();
    void pinnedReferenceShowsAAndBAndTheDifference();
    void countsOfOneAreSingular();
    void timesShowTheCrossValidatedError();
    void aGpuWithoutAPriceSaysSo();
};

void TestSummaryStrip::aRunnableScenarioIsNotMarked()
{
    SummaryStrip strip;
    const auto e = test::servingEvaluation({});
    QVERIFY(e->runnable());
    strip.setEvaluation(*e);
    for (const QString &key : kRunTiles) {
        QVERIFY2(!strip.markedNotRunnable(key), qPrintable(key));
        QVERIFY(!strip.detailText(key).contains(QStringLiteral("does not run")));
    }
    QCOMPARE(strip.valueText("fits"), QStringLiteral("Fits"));
    QVERIFY2(strip.detailText("fits").startsWith(QStringLiteral("up to ")),
             qPrintable(strip.detailText("fits")));
    QVERIFY(strip.comparisonText("ttft").isEmpty());
    QVERIFY(strip.warningText().isEmpty());
}

void TestSummaryStrip::memoryTileSaysWhichPartDoesNotFit_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<qint64>("inputTokens");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    // 405B parameters in bf16 need ~750 GiB: more than one H100 holds.
    QTest::newRow("weights") << "llama-3.1-405b" << qint64(2048) << 1
                             << int(ScenarioWarning::Kind::WeightsDoNotFit) << "the weights alone";
    // The 8B weights fit; a 100K-token cache (12 GiB) fits too, but not 60 of them.
    QTest::newRow("batch") << "llama-3.1-8b" << qint64(100'000) << 60
                           << int(ScenarioWarning::Kind::BatchDoesNotFit) << "the batch of 60";
    // One sequence of 2M tokens needs ~250 GiB of cache (it also exceeds the context window).
    QTest::newRow("sequence") << "llama-3.1-8b" << qint64(2'000'000) << 1
                              << int(ScenarioWarning::Kind::SequenceDoesNotFit)
                              << "the weights fit; one sequence's KV cache";
}

void TestSummaryStrip::memoryTileSaysWhichPartDoesNotFit()
{
    QFETCH(QString, modelId);
    QFETCH(qint64, inputTokens);
    QFETCH(int, batch);
    QFETCH(int, kind);
    QFETCH(QString, says);
    ScenarioChanges c;
    c.modelId = modelId;
    c.inputTokens = inputTokens;
    c.batch = batch;
    const auto e = test::servingEvaluation(c);
    QVERIFY(hasWarning(*e, ScenarioWarning::Kind(kind)));
    SummaryStrip strip;
    strip.setEvaluation(*e);
    QCOMPARE(strip.valueText("fits"), QStringLiteral("Does not fit"));
    QVERIFY2(strip.detailText("fits").contains(says), qPrintable(strip.detailText("fits")));
    if (ScenarioWarning::Kind(kind) != ScenarioWarning::Kind::WeightsDoNotFit)
        QVERIFY2(!strip.detailText("fits").contains(QStringLiteral("weights alone")),
                 qPrintable(strip.detailText("fits")));
    // What it would cost is still there, marked as a run that cannot happen.
    const CostReport r = evaluate(e->scenario());
    QCOMPARE(strip.valueText("ttft"), units::seconds(r.ttftSeconds));
    for (const QString &key : kRunTiles) {
        QVERIFY2(strip.markedNotRunnable(key), qPrintable(key));
        QVERIFY2(strip.detailText(key).contains(QStringLiteral("does not run")),
                 qPrintable(strip.detailText(key)));
    }
    QVERIFY(!strip.markedNotRunnable("kv"));
}

void TestSummaryStrip::beyondTheContextWindowDoesNotRun()
{
    ScenarioChanges c;
    c.inputTokens = 200'000; // Llama 3.1's window is 128K tokens; the cache fits at batch 1
    c.batch = 1;
    const auto e = test::servingEvaluation(c);
    QCOMPARE(e->warnings().size(), 1);
    QCOMPARE(e->warnings().first().kind, ScenarioWarning::Kind::ExceedsContextWindow);
    SummaryStrip strip;
    strip.setEvaluation(*e);
    QCOMPARE(strip.valueText("fits"), QStringLiteral("Fits"));
    QVERIFY(strip.markedNotRunnable("request"));
    QVERIFY2(strip.detailText("request").contains(QStringLiteral("too long for the model")),
             qPrintable(strip.detailText("request")));
    // Back to a scenario that runs: the marks go.
    strip.setEvaluation(*test::servingEvaluation({}));
    QVERIFY(!strip.markedNotRunnable("request"));
}

void TestSummaryStrip::warningTextsAreShownInALine()
{
    SummaryStrip strip;
    strip.setEvaluation(*test::servingEvaluation({}));
    strip.show();
    strip.setWarningTexts({QStringLiteral("The weights need 750 GiB."),
                           QStringLiteral("Input + output exceed the window.")});
    QVERIFY(strip.warningText().contains(QStringLiteral("750 GiB")));
    QVERIFY(strip.warningText().contains(QStringLiteral("exceed the window")));
    strip.setWarningTexts({});
    QVERIFY(strip.warningText().isEmpty());
}

void TestSummaryStrip::pinnedReferenceShowsAAndBAndTheDifference()
{
    ScenarioChanges longer;
    longer.outputTokens = 1024;
    const auto a = test::servingEvaluation({});
    const auto b = test::servingEvaluation(longer);
    SummaryStrip strip;
    strip.setEvaluation(*b);
    strip.setReference(a);
    const QString latency = strip.comparisonText("latency");
    QVERIFY2(latency.contains(units::seconds(a->report().requestSeconds)), qPrintable(latency));
    QVERIFY2(latency.contains(units::seconds(b->report().requestSeconds)), qPrintable(latency));
    // B is slower: the difference is positive, with its sign joined to the number.
    const QString difference =
        QStringLiteral("+\u2060") +
        units::seconds(b->report().requestSeconds - a->report().requestSeconds);
    QVERIFY2(latency.contains(difference), qPrintable(latency));
    // A tile without a number still names both.
    QVERIFY(strip.comparisonText("fits").contains(QStringLiteral("A: Fits")));
    // The memory per token is the same model's: no difference.
    QVERIFY2(strip.comparisonText("kv").contains(QStringLiteral("the same")),
             qPrintable(strip.comparisonText("kv")));
    strip.setReference(nullptr);
    QVERIFY(strip.comparisonText("latency").isEmpty());
    QCOMPARE(strip.valueText("latency"), units::seconds(b->report().requestSeconds));
}

void TestSummaryStrip::countsOfOneAreSingular()
{
    ScenarioChanges c;
    c.outputTokens = 2;
    c.batch = 1;
    SummaryStrip strip;
    strip.setEvaluation(*test::servingEvaluation(c));
    QVERIFY(strip.detailText("latency").startsWith(
        QStringLiteral("2 runs: 1 prefill + 1 decode step")));
    QVERIFY2(strip.detailText("ttft").startsWith(QStringLiteral("prefill of 1 prompt:")),
             qPrintable(strip.detailText("ttft")));
    c.outputTokens = 3;
    strip.setEvaluation(*test::servingEvaluation(c));
    QVERIFY(strip.detailText("latency").startsWith(
        QStringLiteral("3 runs: 1 prefill + 2 decode steps")));
}

void TestSummaryStrip::timesShowTheCrossValidatedError()
{
    // Issue 14: vLLM's numbers for the H100's class carry their leave-one-GPU-out errors.
    SummaryStrip strip;
    const auto e = test::servingEvaluation({});
    const ProfileAccuracy &accuracy = e->scenario().serving.engine.accuracy;
    QVERIFY(accuracy.rows > 0 && accuracy.decode > 0 && accuracy.prefill > 0);
    strip.setEvaluation(*e);
    const auto band = [](double error) {
        return QStringLiteral("±%1% on GPUs not in the fit").arg(std::round(100 * error));
    };
    QVERIFY2(strip.detailText("ttft").endsWith(band(accuracy.prefill)),
             qPrintable(strip.detailText("ttft")));
    QVERIFY2(strip.detailText("speed").endsWith(band(accuracy.decode)),
             qPrintable(strip.detailText("speed")));
    // The ideal roofline is no fit: no band.
    ScenarioChanges ideal;
    ideal.engineId = QStringLiteral("roofline");
    strip.setEvaluation(*test::servingEvaluation(ideal));
    for (const char *key : {"ttft", "speed", "latency"})
        QVERIFY2(!strip.detailText(key).contains(QStringLiteral("not in the fit")), key);
}

void TestSummaryStrip::aGpuWithoutAPriceSaysSo()
{
    // The RTX 4080 preset has no rental price: its costs are unknown, not $0.
    ScenarioChanges c;
    c.hardwareId = QStringLiteral("rtx-4080");
    c.modelId = QStringLiteral("llama-3.2-1b"); // fits its 16 GB in bf16
    c.batch = 1;
    const auto unpriced = test::servingEvaluation(c);
    QCOMPARE(unpriced->scenario().price.gpuHourUsd, 0.0);
    QVERIFY(unpriced->runnable());
    SummaryStrip strip;
    strip.setEvaluation(*unpriced);
    for (const char *key : {"cost-input", "cost-output", "request"}) {
        QCOMPARE(strip.valueText(key), QStringLiteral("–"));
        QVERIFY2(strip.detailText(key).startsWith(QStringLiteral("no GPU-hour price for NVIDIA "
                                                                 "GeForce RTX 4080")),
                 qPrintable(strip.detailText(key)));
    }
    // With a price typed in, the costs are back.
    c.gpuHourUsd = 0.30;
    strip.setEvaluation(*test::servingEvaluation(c));
    for (const char *key : {"cost-input", "cost-output", "request"}) {
        QVERIFY2(strip.valueText(key).startsWith(QLatin1Char('$')), key);
        QVERIFY(!strip.detailText(key).contains(QStringLiteral("no GPU-hour price")));
    }
}

TCE_TEST_MAIN(TestSummaryStrip)
#include "tst_summarystrip.moc"
