#include "costreport.h"
#include "scenarios.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTest>

using namespace tce;

class TestCostReport : public QObject
{
    Q_OBJECT
private slots:
    void requestAddsUpItsRuns();
    void dollarsFollowTheGpuClock();
    void batchingSharesTheWeightReads();
    void oneOutputTokenNeedsNoDecode();
    void withoutCacheEveryStepIsAPrefill();
};

void TestCostReport::requestAddsUpItsRuns()
{
    const Scenario s = test::idealScenario(test::llama3_8b(), 2048, 512);
    const CostReport r = evaluate(s);
    QCOMPARE(r.runs, int64_t(512));
    QCOMPARE(r.prefillFlops, 29'689'492'013'056.0);
    QCOMPARE(r.decodeTotalFlops, 8'287'300'345'856.0);
    QCOMPARE(r.totalFlops, 29'689'492'013'056.0 + 8'287'300'345'856.0);
    QCOMPARE(r.firstDecodeStep.flops, 16'084'115'456.0);
    QCOMPARE(r.lastDecodeStep.flops, 16'351'502'336.0);
    TCE_COMPARE_RELATIVE(r.requestSeconds, r.ttftSeconds + 511 * r.decodeStepMeanSeconds, 1e-12);
    // Memory-bound throughout: the mean step is the step at the mean position, by linearity.
    TCE_COMPARE_RELATIVE(r.decodeStepMeanSeconds,
                         (16'060'522'496.0 + 131'072.0 * (2049 + 2559) / 2.0) / 3.35e12, 1e-9);
    TCE_COMPARE_RELATIVE(r.decodeTokensPerSecond, 1 / r.decodeStepMeanSeconds, 1e-12);
    TCE_COMPARE_RELATIVE(r.prefillTokensPerSecond, 2048 / r.ttftSeconds, 1e-12);
    QCOMPARE(r.kvCacheBytes, 131'072.0 * 2560);
    QVERIFY(r.fits);
}

void TestCostReport::dollarsFollowTheGpuClock()
{
    const Scenario s = test::idealScenario(test::llama3_8b(), 2048, 512, 4);
    const CostReport r = evaluate(s);
    const double usdPerSecond = 3.0 / 3600; // $3 per GPU-hour, one GPU
    QCOMPARE(r.usdPerSecond, usdPerSecond);
    // cost-model.md section 6: an input token's share of the prefill, an output token's
    // share of a decode step.
    TCE_COMPARE_RELATIVE(r.usdPerInputToken, usdPerSecond * r.ttftSeconds / (4 * 2048), 1e-12);
    TCE_COMPARE_RELATIVE(r.usdPerOutputToken, usdPerSecond * r.decodeStepMeanSeconds / 4, 1e-12);
    TCE_COMPARE_RELATIVE(r.usdPerMillionOutput, 1e6 * r.usdPerOutputToken, 1e-12);
    TCE_COMPARE_RELATIVE(r.outputInputCostRatio, r.usdPerOutputToken / r.usdPerInputToken, 1e-12);
    TCE_COMPARE_RELATIVE(r.usdPerRequest,
                         usdPerSecond * (r.ttftSeconds / 4 + r.decodeSecondsTotal / 4), 1e-12);
    QCOMPARE(r.listPriceRatio, 3.0); // $15 / $5
    TCE_COMPARE_RELATIVE(r.revenuePerRequestUsd, (2048 * 5.0 + 512 * 15.0) / 1e6, 1e-12);
    TCE_COMPARE_RELATIVE(r.marginPerRequestUsd, r.revenuePerRequestUsd - r.usdPerRequest, 1e-12);
}

void TestCostReport::batchingSharesTheWeightReads()
{
    // A memory-bound step costs nearly the same for 1 or 16 sequences, so an output token
    // costs ~16x less at batch 16: the reason providers batch.
    const CostReport one = evaluate(test::idealScenario(test::llama3_8b(), 2048, 512, 1));
    const CostReport sixteen = evaluate(test::idealScenario(test::llama3_8b(), 2048, 512, 16));
    QVERIFY(sixteen.decodeStepMeanSeconds < 1.5 * one.decodeStepMeanSeconds);
    QVERIFY(sixteen.usdPerOutputToken < one.usdPerOutputToken / 10);
    // The prefill is compute-bound: batching prompts barely changes an input token's cost.
    TCE_COMPARE_RELATIVE(sixteen.usdPerInputToken, one.usdPerInputToken, 0.01);
}

void TestCostReport::oneOutputTokenNeedsNoDecode()
{
    const CostReport r = evaluate(test::idealScenario(test::llama3_8b(), 100, 1));
    QCOMPARE(r.runs, int64_t(1));
    QCOMPARE(r.decodeTotalFlops, 0.0);
    QCOMPARE(r.decodeSecondsTotal, 0.0);
    QCOMPARE(r.requestSeconds, r.ttftSeconds);
}

void TestCostReport::withoutCacheEveryStepIsAPrefill()
{
    Scenario s = test::idealScenario(test::llama3_8b(), 512, 64);
    const CostReport cached = evaluate(s);
    s.useKvCache = false;
    const CostReport naive = evaluate(s);
    QCOMPARE(naive.kvCacheBytes, 0.0);
    QCOMPARE(naive.totalFlops, naive.noKvCacheTotalFlops);
    QCOMPARE(naive.noKvCacheTotalFlops, cached.noKvCacheTotalFlops);
    QVERIFY(naive.totalFlops > 30 * cached.totalFlops);
    QVERIFY(naive.requestSeconds > cached.requestSeconds);
}

TCE_TEST_GUILESS_MAIN(TestCostReport)
#include "tst_costreport.moc"
