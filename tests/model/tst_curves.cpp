#include "costreport.h"
#include "curves.h"
#include "randomspecs.h"
#include "scenarios.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTest>

using namespace tce;

class TestCurves : public QObject
{
    Q_OBJECT
private slots:
    void samplesIncludeEndsAndBoundary();
    void cumulativeIsTheSumOfPerToken();
    void endsAgreeWithTheReport();
    void tenMillionTokensCostNoMorePoints();
};

void TestCurves::samplesIncludeEndsAndBoundary()
{
    for (SampleSpacing spacing : {SampleSpacing::Linear, SampleSpacing::Logarithmic}) {
        const Eigen::ArrayXd p = samplePositions(1, 10'000'000, 2000, spacing, {2048, 2049});
        QVERIFY(p.size() <= 2000);
        QVERIFY(p.size() >= 1900);
        QCOMPARE(p[0], 1.0);
        QCOMPARE(p[p.size() - 1], 10'000'000.0);
        QVERIFY((p == 2048.0).any());
        QVERIFY((p == 2049.0).any());
        for (Eigen::Index i = 1; i < p.size(); ++i)
            QVERIFY(p[i] > p[i - 1]);
    }
    // Short ranges get every position.
    QCOMPARE(samplePositions(1, 50, 2000, SampleSpacing::Linear).size(), Eigen::Index(50));
}

void TestCurves::cumulativeIsTheSumOfPerToken()
{
    // With every position sampled, cumulative[i] must equal the running sum of per-token values.
    QRandomGenerator rng(99);
    for (int trial = 0; trial < 20; ++trial) {
        Scenario s = test::idealScenario(test::randomModel(rng), rng.bounded(1, 300),
                                         rng.bounded(1, 300), 1 << rng.bounded(0, 5));
        s.serving.gpus = 1 + rng.bounded(0, 2);
        s.useKvCache = trial % 4 != 3;
        const PositionCurves c = positionCurves(s, 100000);
        QCOMPARE(c.position.size(), Eigen::Index(c.lastPosition));
        double flops = 0, bytes = 0, seconds = 0;
        for (Eigen::Index i = 0; i < c.position.size(); ++i) {
            flops += c.flops[i];
            bytes += c.bytes[i];
            seconds += c.seconds[i];
            TCE_COMPARE_RELATIVE(c.cumulativeFlops[i], flops, 1e-12);
            TCE_COMPARE_RELATIVE(c.cumulativeBytes[i], bytes, 1e-9);
            TCE_COMPARE_RELATIVE(c.cumulativeSeconds[i], seconds, 1e-9);
        }
    }
}

void TestCurves::endsAgreeWithTheReport()
{
    const Scenario s = test::idealScenario(test::llama3_8b(), 2048, 512, 8);
    const PositionCurves c = positionCurves(s, 500);
    const CostReport r = evaluate(s);
    const Eigen::Index last = c.position.size() - 1;
    QCOMPARE(c.position[last], 2559.0);
    // Per sequence: the batch report's FLOPs divided by the batch.
    TCE_COMPARE_RELATIVE(c.cumulativeFlops[last], (r.prefillFlops + r.decodeTotalFlops) / 8, 1e-12);
    TCE_COMPARE_RELATIVE(c.cumulativeUsd[last], r.usdPerRequest, 1e-12);
    // The first output step costs F_step(I + 1), as in the worked check.
    Eigen::Index firstDecode = 0;
    while (c.position[firstDecode] < 2049)
        ++firstDecode;
    QCOMPARE(c.flops[firstDecode], 16'084'115'456.0);
    QCOMPARE(c.kvBytes[firstDecode], 131'072.0 * 2049);
}

void TestCurves::tenMillionTokensCostNoMorePoints()
{
    const Scenario s = test::idealScenario(test::llama3_8b(), 10'000'000, 10'000'000, 1);
    const PositionCurves c = positionCurves(s, 2000);
    QVERIFY(c.position.size() <= 2000);
    QVERIFY(c.cumulativeFlops.allFinite());
    QVERIFY(c.cumulativeSeconds.allFinite());
    QVERIFY((c.flops > 0).all());
    // Monotone: every token adds cost.
    for (Eigen::Index i = 1; i < c.position.size(); ++i)
        QVERIFY(c.cumulativeFlops[i] > c.cumulativeFlops[i - 1]);
}

TCE_TEST_GUILESS_MAIN(TestCurves)
#include "tst_curves.moc"
