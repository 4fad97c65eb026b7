#include "costreport.h"
#include "curves.h"
#include "parametercount.h"
#include "scenarios.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTest>

using namespace tce;

namespace {

// ~2T parameters: L=130, d=32768, h=256 (d_h=128), h_kv=16, d_ff=131072, V=256000.
ModelSpec twoTrillion()
{
    return test::llamaSpec(130, 32768, 256, 16, 131072, 256000);
}

bool finiteAndNonNegative(const CostReport &r)
{
    for (double v :
         {r.prefillFlops, r.decodeTotalFlops, r.totalFlops, r.noKvCacheTotalFlops, r.ttftSeconds,
          r.decodeSecondsTotal, r.decodeStepMeanSeconds, r.requestSeconds, r.kvCacheBytes,
          r.usdPerMillionInput, r.usdPerMillionOutput, r.usdPerRequest, r.weightBytes,
          r.prefillRun.bytes, r.lastDecodeStep.bytes, r.outputInputCostRatio}) {
        if (!std::isfinite(v) || v < 0)
            return false;
    }
    return true;
}

} // namespace

class TestExtremes : public QObject
{
    Q_OBJECT
private slots:
    void twoTrillionParametersTenMillionTokensBatch4096();
    void noCacheTotalsStayPrecise();
    void everyCombinationIsFiniteAndNonNegative();
    void moreOutputNeverCostsLess();
    void moreBandwidthIsNeverSlower();
};

void TestExtremes::twoTrillionParametersTenMillionTokensBatch4096()
{
    const ModelSpec m = twoTrillion();
    const ParameterCounts c = countParameters(m);
    QVERIFY(c.total > 1.9e12 && c.total < 2.1e12);
    Scenario s = test::idealScenario(m, 10'000'000, 10'000'000, 4096);
    s.serving.gpus = 4096;
    const CostReport r = evaluate(s);
    QVERIFY(finiteAndNonNegative(r));
    // Independent long-double closed forms (cost-model.md section 3), relative 1e-12.
    const long double I = 1e7, O = 1e7, B = 4096;
    const long double matmul = 2.0L * c.body, logits = 2.0L * c.head;
    const long double A = 4.0L * 130 * 256 * 128;
    const long double prefill = matmul * I + A * I * (I + 1) / 2 + logits;
    const long double S = [](long double n) {
        return n * (n + 1) / 2;
    }(I + O - 1) - I * (I + 1) / 2;
    const long double decode = (O - 1) * (matmul + logits) + A * S;
    TCE_COMPARE_RELATIVE(r.prefillFlops, double(B * prefill), 1e-12);
    TCE_COMPARE_RELATIVE(r.decodeTotalFlops, double(B * decode), 1e-12);
    // ~1e25 FLOPs: past int64 (9.2e18) and a double's exact integers (9e15).
    QVERIFY(r.decodeTotalFlops > 1e24);
}

void TestExtremes::noCacheTotalsStayPrecise()
{
    // sum_{n=I}^{I+O-1} F_prefill(n) ~ A * O * I^2 / 2 + ...: compare with long double.
    const ModelSpec m = twoTrillion();
    const ParameterCounts c = countParameters(m);
    const FlopModel f(m);
    const long double I = 1e7, O = 1e7;
    const long double matmul = 2.0L * c.body, logits = 2.0L * c.head, A = 4.0L * 130 * 256 * 128;
    auto S = [](long double n) {
        return n * (n + 1) / 2;
    };
    auto T = [](long double n) {
        return n * (n + 1) * (n + 2) / 6;
    };
    const long double last = I + O - 1;
    const long double expected =
        matmul * (S(last) - S(I - 1)) + A * (T(last) - T(I - 1)) + O * logits;
    TCE_COMPARE_RELATIVE(f.noKvCacheTotalFlops(10'000'000, 10'000'000), double(expected), 1e-12);
}

void TestExtremes::everyCombinationIsFiniteAndNonNegative()
{
    // 1 token to 10M, batch 1 to 4096, 1M to 2T parameters, 1 to 32 bits.
    const ModelSpec tiny = test::llamaSpec(2, 128, 2, 1, 512, 1000); // ~1M parameters
    for (const ModelSpec &m : {tiny, test::llama3_8b(), twoTrillion()}) {
        for (int64_t length : {int64_t(1), int64_t(1000), int64_t(10'000'000)}) {
            for (int batch : {1, 64, 4096}) {
                for (double bits : {1.0, 4.85, 16.0, 32.0}) {
                    Scenario s = test::idealScenario(m, length, length, batch);
                    s.weights = *precisionFromBits(bits);
                    s.kvCache = *precisionFromBits(bits);
                    for (bool cache : {true, false}) {
                        s.useKvCache = cache;
                        const CostReport r = evaluate(s);
                        QVERIFY2(finiteAndNonNegative(r),
                                 qPrintable(QStringLiteral("length %1 batch %2 bits %3 cache %4")
                                                .arg(length)
                                                .arg(batch)
                                                .arg(bits)
                                                .arg(cache)));
                    }
                }
            }
        }
    }
}

void TestExtremes::moreOutputNeverCostsLess()
{
    for (bool cache : {true, false}) {
        double previousCost = 0, previousFlops = 0;
        for (int64_t O : {1, 2, 10, 1000, 100'000, 10'000'000}) {
            Scenario s = test::idealScenario(test::llama3_8b(), 1000, O, 8);
            s.useKvCache = cache;
            const CostReport r = evaluate(s);
            QVERIFY(r.usdPerRequest >= previousCost);
            QVERIFY(r.totalFlops >= previousFlops);
            previousCost = r.usdPerRequest;
            previousFlops = r.totalFlops;
        }
    }
}

void TestExtremes::moreBandwidthIsNeverSlower()
{
    double previous = std::numeric_limits<double>::infinity();
    for (double bandwidth : {1e11, 1e12, 3.35e12, 8e12, 1e14}) {
        Scenario s = test::idealScenario(test::llama3_8b(), 4096, 1024, 32);
        s.hardware.memoryBandwidthBytesPerSecond = bandwidth;
        const double seconds = evaluate(s).requestSeconds;
        QVERIFY(seconds <= previous);
        previous = seconds;
    }
}

TCE_TEST_GUILESS_MAIN(TestExtremes)
#include "tst_extremes.moc"
