// Numeric robustness over random and extreme scenarios (issue 8): 1 to 10M tokens, batch 1 to
// 4096, about 1M to 2T parameters, 1 to 32 bits, every architecture branch. Every output is
// finite and non-negative; costs move the way they must; closed forms equal summation where
// summation is feasible. Fixed seeds: a failure names its sample and reproduces.
#include "costreport.h"
#include "flops.h"
#include "parametercount.h"
#include "randomspecs.h"
#include "scenarios.h"
#include "specs.h"
#include "testregistry.h"
#include "timingmodel.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace tce;

namespace {

// Log-uniform whole number in [lo, hi].
int64_t logUniform(QRandomGenerator &rng, double lo, double hi)
{
    const double x = std::exp(std::log(lo) + rng.generateDouble() * (std::log(hi) - std::log(lo)));
    return std::clamp<int64_t>(std::llround(x), int64_t(lo), int64_t(hi));
}

// A model of random size: a dense/GQA transformer from ~1M to ~2T parameters, or one of the
// small random architectures with MoE, MLA and sliding windows.
ModelSpec randomSizedModel(QRandomGenerator &rng)
{
    if (rng.bounded(3) == 0)
        return test::randomModel(rng);
    const int widthStep = int(rng.bounded(0, 10)); // d = 64 ... 32768
    const int hidden = 64 << widthStep;
    const int heads = std::max(1, hidden / 128);
    const int kvHeads = std::max(1, heads >> rng.bounded(0, 4));
    const int layers = int(logUniform(rng, 1, 160));
    const int64_t ffn = int64_t(hidden) * int64_t(rng.bounded(2, 5));
    const int64_t vocab = logUniform(rng, 1000, 256000);
    return test::llamaSpec(layers, hidden, heads, kvHeads, ffn, vocab);
}

Scenario randomScenario(QRandomGenerator &rng)
{
    Scenario s = test::idealScenario(randomSizedModel(rng), logUniform(rng, 1, 1e7),
                                     logUniform(rng, 1, 1e7), int(logUniform(rng, 1, 4096)));
    const int weightBits = int(rng.bounded(1, 33));
    const int kvBits = int(rng.bounded(1, 33));
    s.weights = Precision{QStringLiteral("w%1").arg(weightBits), double(weightBits),
                          QStringLiteral("bf16")};
    s.kvCache =
        Precision{QStringLiteral("kv%1").arg(kvBits), double(kvBits), QStringLiteral("bf16")};
    s.serving.gpus = int(rng.bounded(1, 9));
    s.serving.prefillBatch = int(rng.bounded(0, 3)) == 0 ? 0 : int(logUniform(rng, 1, 64));
    s.serving.engine.computeEfficiency = 0.05 + 0.95 * rng.generateDouble();
    s.serving.engine.memoryEfficiency = 0.05 + 0.95 * rng.generateDouble();
    s.serving.engine.stepOverheadSeconds = rng.bounded(2) ? 0 : 1e-3 * rng.generateDouble();
    s.useKvCache = rng.bounded(5) != 0;
    return s;
}

QString describe(int sample, const Scenario &s)
{
    return QStringLiteral("sample %1: L=%2 d=%3 h=%4/%5 moe=%6 mla=%7 window=%8 I=%9 O=%10 B=%11 "
                          "wbits=%12 kvbits=%13 gpus=%14 cache=%15")
        .arg(sample)
        .arg(s.model.numLayers)
        .arg(s.model.hiddenSize)
        .arg(s.model.numHeads)
        .arg(s.model.numKvHeads)
        .arg(s.model.moe.numExperts)
        .arg(s.model.mla.kvLoraRank)
        .arg(s.model.slidingWindow)
        .arg(s.inputTokens)
        .arg(s.outputTokens)
        .arg(s.serving.batch)
        .arg(s.weights.bitsPerValue)
        .arg(s.kvCache.bitsPerValue)
        .arg(s.serving.gpus)
        .arg(s.useKvCache);
}

QStringList badFields(const CostReport &r)
{
    const std::pair<const char *, double> fields[] = {
        {"weightBytes", r.weightBytes},
        {"kvBytesPerToken", r.kvBytesPerToken},
        {"prefillRun.seconds", r.prefillRun.seconds},
        {"prefillRun.bytes", r.prefillRun.bytes},
        {"firstDecodeStep.seconds", r.firstDecodeStep.seconds},
        {"lastDecodeStep.seconds", r.lastDecodeStep.seconds},
        {"lastDecodeStep.bytes", r.lastDecodeStep.bytes},
        {"prefillFlops", r.prefillFlops},
        {"decodeTotalFlops", r.decodeTotalFlops},
        {"totalFlops", r.totalFlops},
        {"noKvCacheTotalFlops", r.noKvCacheTotalFlops},
        {"ttftSeconds", r.ttftSeconds},
        {"decodeSecondsTotal", r.decodeSecondsTotal},
        {"decodeStepMeanSeconds", r.decodeStepMeanSeconds},
        {"requestSeconds", r.requestSeconds},
        {"prefillTokensPerSecond", r.prefillTokensPerSecond},
        {"decodeTokensPerSecond", r.decodeTokensPerSecond},
        {"decodeTokensPerSecondPerSequence", r.decodeTokensPerSecondPerSequence},
        {"kvCacheBytes", r.kvCacheBytes},
        {"usdPerSecond", r.usdPerSecond},
        {"usdPerInputToken", r.usdPerInputToken},
        {"usdPerOutputToken", r.usdPerOutputToken},
        {"usdPerMillionInput", r.usdPerMillionInput},
        {"usdPerMillionOutput", r.usdPerMillionOutput},
        {"usdPerRequest", r.usdPerRequest},
        {"outputInputCostRatio", r.outputInputCostRatio},
        {"revenuePerRequestUsd", r.revenuePerRequestUsd},
        {"maxBatchAtContext", double(r.maxBatchAtContext)},
        {"runs", double(r.runs)},
    };
    QStringList bad;
    for (const auto &[name, value] : fields) {
        if (!std::isfinite(value) || value < 0)
            bad << QStringLiteral("%1 = %2").arg(QLatin1String(name)).arg(value);
    }
    if (!std::isfinite(r.marginPerRequestUsd))
        bad << QStringLiteral("marginPerRequestUsd = %1").arg(r.marginPerRequestUsd);
    return bad;
}

// Relative slack for "never less": the closed forms are evaluated in double precision.
constexpr double kSlack = 1e-12;
bool notLess(double later, double earlier)
{
    return later >= earlier * (1 - kSlack);
}

} // namespace

class TestProperties : public QObject
{
    Q_OBJECT
private slots:
    void samplesSpanTheRanges()
    {
        // The generator reaches both ends of every range the issue names.
        QRandomGenerator rng(8);
        double fewest = 1e300, most = 0;
        int64_t shortest = INT64_MAX, longest = 0;
        int smallestBatch = INT32_MAX, largestBatch = 0;
        for (int i = 0; i < kSamples; ++i) {
            const Scenario s = randomScenario(rng);
            const double params = countParameters(s.model).total;
            fewest = std::min(fewest, params);
            most = std::max(most, params);
            shortest = std::min({shortest, s.inputTokens, s.outputTokens});
            longest = std::max({longest, s.inputTokens, s.outputTokens});
            smallestBatch = std::min(smallestBatch, s.serving.batch);
            largestBatch = std::max(largestBatch, s.serving.batch);
        }
        QVERIFY2(fewest < 2e6 && most > 1e12,
                 qPrintable(QStringLiteral("%1 .. %2 parameters").arg(fewest).arg(most)));
        QVERIFY(shortest <= 3 && longest >= 5'000'000);
        QVERIFY(smallestBatch <= 2 && largestBatch >= 2048);
    }

    void everyOutputIsFiniteAndNonNegative()
    {
        QRandomGenerator rng(8);
        for (int i = 0; i < kSamples; ++i) {
            const Scenario s = randomScenario(rng);
            const QStringList bad = badFields(evaluate(s));
            QVERIFY2(bad.isEmpty(), qPrintable(describe(i, s) + QStringLiteral(": ") +
                                               bad.join(QStringLiteral(", "))));
        }
    }

    void costsMoveTheWayTheyMust()
    {
        QRandomGenerator rng(9);
        for (int i = 0; i < kSamples; ++i) {
            const Scenario s = randomScenario(rng);
            const CostReport base = evaluate(s);
            const QString what = describe(i, s);

            // More output tokens never cost less, take less time or fewer FLOPs.
            Scenario longer = s;
            longer.outputTokens = std::min<int64_t>(10'000'000, s.outputTokens * 2 + 1);
            const CostReport l = evaluate(longer);
            QVERIFY2(notLess(l.usdPerRequest, base.usdPerRequest), qPrintable(what));
            QVERIFY2(notLess(l.requestSeconds, base.requestSeconds), qPrintable(what));
            QVERIFY2(notLess(l.totalFlops, base.totalFlops), qPrintable(what));

            // A longer prompt never makes the prefill cheaper.
            Scenario longerPrompt = s;
            longerPrompt.inputTokens = std::min<int64_t>(10'000'000, s.inputTokens * 2 + 1);
            const CostReport p = evaluate(longerPrompt);
            QVERIFY2(notLess(p.prefillFlops, base.prefillFlops), qPrintable(what));
            QVERIFY2(notLess(p.ttftSeconds, base.ttftSeconds), qPrintable(what));

            // More bandwidth, or more arithmetic, is never slower.
            Scenario faster = s;
            faster.hardware.memoryBandwidthBytesPerSecond *= 1.5;
            QVERIFY2(notLess(base.requestSeconds, evaluate(faster).requestSeconds),
                     qPrintable(what));
            Scenario moreFlops = s;
            for (auto it = moreFlops.hardware.peakFlopsPerSecond.begin();
                 it != moreFlops.hardware.peakFlopsPerSecond.end(); ++it)
                it.value() *= 1.5;
            QVERIFY2(notLess(base.requestSeconds, evaluate(moreFlops).requestSeconds),
                     qPrintable(what));

            // Fewer bits never mean more bytes.
            if (s.weights.bitsPerValue > 1) {
                Scenario smaller = s;
                smaller.weights.bitsPerValue -= 1;
                QVERIFY2(notLess(base.weightBytes, evaluate(smaller).weightBytes),
                         qPrintable(what));
            }
        }
    }

    void closedFormsEqualSummation()
    {
        // Where a loop over every step is affordable (I + O <= 3,000): the closed forms of the
        // decode FLOPs and seconds equal the sums of the per-step values. Tolerance 1e-9
        // relative: a double sum of 3,000 terms drifts by about 3,000 x 1e-16.
        QRandomGenerator rng(10);
        int checked = 0;
        for (int i = 0; checked < 200; ++i) {
            Scenario s = randomScenario(rng);
            s.inputTokens = 1 + rng.bounded(1500);
            s.outputTokens = 1 + rng.bounded(1500);
            s.useKvCache = true;
            const TimingModel timing(s);
            const FlopModel &flops = timing.flops();
            const int64_t first = s.inputTokens + 1, last = s.inputTokens + s.outputTokens - 1;
            double flopSum = 0, secondsSum = 0;
            for (int64_t p = first; p <= last; ++p) {
                flopSum += flops.decodeStepFlops(p);
                secondsSum += timing.decodeStep(p).seconds;
            }
            const QString what = describe(i, s);
            const double closedFlops = flops.decodeTotalFlops(s.inputTokens, s.outputTokens);
            QVERIFY2(std::fabs(closedFlops - flopSum) <= 1e-9 * std::max(1.0, flopSum),
                     qPrintable(what));
            const double closedSeconds =
                last >= first ? timing.decodeSecondsBetween(first, last) : 0;
            QVERIFY2(std::fabs(closedSeconds - secondsSum) <= 1e-9 * std::max(1e-30, secondsSum),
                     qPrintable(what));
            ++checked;
        }
    }

    void peakFlopsAreNeverZero()
    {
        // Found by fuzz_scenario: a compute format the chip does not list (or a typo) made the
        // peak 0 and every compute-bound time infinite. Wider formats stand in; an unknown key
        // counts as bf16; with only narrower formats listed, the slowest of them.
        HardwareSpec h = test::h100Sxm();
        QCOMPARE(h.peakFlopsFor(QStringLiteral("fp4")), 1978.9e12); // fp8 stands in
        QCOMPARE(h.peakFlopsFor(QStringLiteral("bf08")), 989.4e12);
        h.peakFlopsPerSecond = {{QStringLiteral("int8"), 2e15}, {QStringLiteral("fp8"), 1.9e15}};
        QCOMPARE(h.peakFlopsFor(QStringLiteral("bf16")), 1.9e15);
        QCOMPARE(h.peakFlopsFor(QStringLiteral("bf08")), 1.9e15);
    }

private:
    static constexpr int kSamples = 600;
};

TCE_TEST_GUILESS_MAIN(TestProperties)
#include "tst_properties.moc"
