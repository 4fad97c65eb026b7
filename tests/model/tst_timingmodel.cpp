#include "catalog.h"
#include "engineresolution.h"
#include "precision.h"
#include "randomspecs.h"
#include "scenarios.h"
#include "testregistry.h"
#include "testsupport.h"
#include "timingmodel.h"

#include <QTest>

using namespace tce;

class TestTimingModel : public QObject
{
    Q_OBJECT
private slots:
    void workedCheckTimes();
    void decodeIsMemoryBoundAtBatchOneAndComputeBoundWhenLarge();
    void closedFormSumEqualsStepByStep();
    void noCacheSumEqualsStepByStep();
    void tensorParallelAllReduce();
    void efficiencyAndOverheadAreApplied();
    void quantizedWeightsAreUnpackedOnTheVectorUnits();
    void unfusedAttentionMovesItsScores();
    void llamaCppScoreBytesFollowTheBackend();
};

void TestTimingModel::workedCheckTimes()
{
    // cost-model.md section 5 worked check: Llama-3-8B bf16 on one H100 SXM, eta = 1.
    const TimingModel t(test::idealScenario(test::llama3_8b(), 2048, 512));
    const RunTime step = t.decodeStep(2049);
    QCOMPARE(step.bound, Bound::Memory);
    TCE_COMPARE_RELATIVE(step.seconds, (16'060'522'496.0 + 131'072.0 * 2049) / 3.35e12, 1e-9);
    TCE_COMPARE_RELATIVE(step.seconds, 4.87e-3, 1e-3); // the text's rounded 4.87 ms
    const RunTime prefill = t.prefill(2048, 1);
    QCOMPARE(prefill.bound, Bound::Compute);
    TCE_COMPARE_RELATIVE(prefill.seconds, 29'689'492'013'056.0 / 989.4e12, 1e-9);
    TCE_COMPARE_RELATIVE(prefill.seconds, 30.0e-3, 2e-3); // "30.0 ms"
}

void TestTimingModel::decodeIsMemoryBoundAtBatchOneAndComputeBoundWhenLarge()
{
    const ModelSpec m = test::llama3_8b();
    QCOMPARE(TimingModel(test::idealScenario(m, 100, 100, 1)).decodeStep(101).bound, Bound::Memory);
    // The ridge of an H100 is 989.4e12 / 3.35e12 = 295 FLOP/byte; at batch 1024 and a
    // short context a step does ~1024*15e9 FLOPs over ~16e9 bytes = ~960 FLOP/byte.
    QCOMPARE(TimingModel(test::idealScenario(m, 100, 100, 1024)).decodeStep(101).bound,
             Bound::Compute);
}

void TestTimingModel::closedFormSumEqualsStepByStep()
{
    // The sum of max(compute, memory) over positions in closed form, against a loop, for
    // random models whose compute/memory crossover falls inside the range.
    QRandomGenerator rng(42);
    int crossingTrials = 0;
    for (int trial = 0; trial < 80; ++trial) {
        const ModelSpec m = test::randomModel(rng);
        Scenario s = test::idealScenario(m, rng.bounded(1, 3000), rng.bounded(2, 3000),
                                         1 << rng.bounded(0, 13));
        s.serving.gpus = 1 + rng.bounded(0, 4);
        s.serving.engine.computeEfficiency = 0.1 + 0.9 * rng.generateDouble();
        s.serving.engine.memoryEfficiency = 0.1 + 0.9 * rng.generateDouble();
        s.serving.engine.stepOverheadSeconds = rng.generateDouble() * 1e-3;
        if (trial % 3 == 0) {
            // 4-bit weights unpacked on the vector units: a cost per run on the compute side.
            s.weights = Precision{QStringLiteral("q4_k_m"), 4.85, QStringLiteral("bf16")};
            s.hardware.peakFlopsPerSecond[QStringLiteral("fp32")] = 1e12 * (1 + rng.bounded(60));
            s.serving.engine.dequantOpsPerWeight = 40 * rng.generateDouble();
        }
        if (trial % 4 == 1) {
            // Without flash attention: scores through memory, a term growing with p.
            s.serving.engine.flashAttention = false;
            s.serving.engine.unfusedScoreBytes = 8 + rng.bounded(24);
        }
        const int64_t first = s.inputTokens + 1;
        const int64_t last = s.inputTokens + s.outputTokens - 1;
        if (trial % 2 == 0) {
            // Balance the machine at the middle step, so compute and memory time cross there.
            const RunTime middle = TimingModel(s).decodeStep((first + last) / 2);
            s.hardware.peakFlopsPerSecond[QStringLiteral("bf16")] *=
                middle.computeSeconds / middle.memorySeconds;
        } else {
            s.hardware.peakFlopsPerSecond[QStringLiteral("bf16")] = 1e9 * (1 << rng.bounded(0, 16));
        }
        const TimingModel t(s);
        double loop = 0;
        double busy = 0;
        int computeBound = 0;
        for (int64_t p = first; p <= last; ++p) {
            const RunTime step = t.decodeStep(p);
            loop += step.seconds;
            busy += t.busySeconds(step);
            computeBound += step.bound == Bound::Compute;
        }
        // Relative 1e-9: the loop adds thousands of doubles, the closed form a few products.
        TCE_COMPARE_RELATIVE(t.decodeSecondsBetween(first, last), loop, 1e-9);
        TCE_COMPARE_RELATIVE(t.decodeBusySecondsBetween(first, last), busy, 1e-9);
        crossingTrials += computeBound > 0 && computeBound < last - first + 1;
    }
    // The split at the crossover is exercised, not only the all-one-side shortcut.
    QVERIFY2(crossingTrials >= 5, qPrintable(QString::number(crossingTrials)));
}

void TestTimingModel::noCacheSumEqualsStepByStep()
{
    QRandomGenerator rng(7);
    for (int trial = 0; trial < 40; ++trial) {
        const ModelSpec m = test::randomModel(rng);
        Scenario s = test::idealScenario(m, rng.bounded(1, 500), rng.bounded(2, 500),
                                         1 << rng.bounded(0, 6));
        s.serving.gpus = 1 + rng.bounded(0, 2);
        s.hardware.peakFlopsPerSecond[QStringLiteral("bf16")] = 1e9 * (1 << rng.bounded(0, 16));
        if (trial % 2 == 0) {
            s.weights = Precision{QStringLiteral("q4_k_m"), 4.85, QStringLiteral("bf16")};
            s.hardware.peakFlopsPerSecond[QStringLiteral("fp32")] = 1e12 * (1 + rng.bounded(60));
            s.serving.engine.dequantOpsPerWeight = 40 * rng.generateDouble();
        }
        if (trial % 3 != 0) {
            // Without flash attention each step's prompt goes in micro-batches of 512 tokens:
            // lengths up to 1500 cross several micro-batch boundaries.
            s.serving.engine.flashAttention = false;
            s.serving.engine.unfusedScoreBytes = 8 + rng.bounded(24);
            s.inputTokens = rng.bounded(1, 1000);
            s.outputTokens = rng.bounded(2, 600);
        }
        const TimingModel t(s);
        double loop = 0;
        double busy = 0;
        for (int64_t p = s.inputTokens + 1; p < s.inputTokens + s.outputTokens; ++p) {
            loop += t.noCacheStep(p).seconds;
            busy += t.busySeconds(t.noCacheStep(p));
        }
        TCE_COMPARE_RELATIVE(
            t.noCacheSecondsBetween(s.inputTokens + 1, s.inputTokens + s.outputTokens - 1), loop,
            1e-9);
        TCE_COMPARE_RELATIVE(
            t.noCacheBusySecondsBetween(s.inputTokens + 1, s.inputTokens + s.outputTokens - 1),
            busy, 1e-9);
    }
}

void TestTimingModel::tensorParallelAllReduce()
{
    // 2 ring all-reduces per layer of B*d*2 bytes: each moves 2*(n-1)/n of the message over
    // the link, plus the per-call latency (cost-model.md section 5).
    Scenario s = test::idealScenario(test::llama3_8b(), 100, 100, 8);
    s.serving.gpus = 4;
    const TimingModel t(s);
    const double message = 8.0 * 4096 * 2;
    const double perCall = 2.0 * 3 / 4 * message / 450e9 + 10e-6;
    TCE_COMPARE_RELATIVE(t.allReduceSeconds(8), 2 * 32 * perCall, 1e-12);
    // Four GPUs split the weights: the memory time of a step drops fourfold.
    const RunTime one =
        TimingModel(test::idealScenario(test::llama3_8b(), 100, 100, 8)).decodeStep(150);
    TCE_COMPARE_RELATIVE(t.decodeStep(150).memorySeconds, one.memorySeconds / 4, 1e-12);
    TCE_COMPARE_RELATIVE(t.decodeStep(150).communicationSeconds, 2 * 32 * perCall, 1e-12);
    QCOMPARE(one.communicationSeconds, 0.0);
}

void TestTimingModel::efficiencyAndOverheadAreApplied()
{
    Scenario s = test::idealScenario(test::llama3_8b(), 2048, 512);
    s.serving.engine.memoryEfficiency = 0.8;
    s.serving.engine.computeEfficiency = 0.5;
    s.serving.engine.stepOverheadSeconds = 1e-3;
    const TimingModel t(s);
    TCE_COMPARE_RELATIVE(t.decodeStep(2049).seconds,
                         (16'060'522'496.0 + 131'072.0 * 2049) / (3.35e12 * 0.8) + 1e-3, 1e-12);
    TCE_COMPARE_RELATIVE(t.prefill(2048, 1).seconds, 29'689'492'013'056.0 / (989.4e12 * 0.5) + 1e-3,
                         1e-12);
}

void TestTimingModel::quantizedWeightsAreUnpackedOnTheVectorUnits()
{
    // Llama 3.1 70B (70.55e9 weights, Meta's model card) in q4_k_m on an M1 Max (10.617e12
    // FLOP/s fp32 = fp16, 400e9 B/s), ideal shares, 30 operations per weight to unpack: a decode
    // step at batch 1 unpacks every weight once, 70.55e9 x 30 / 10.617e12 = 0.19935 s, beside
    // 2 x 70.55e9 / 10.617e12 = 0.01329 s of matmuls; reading 70.55e9 x 4.85 / 8 bytes takes
    // 0.1069 s. So the step is compute-bound at about 0.2126 s (1%: the catalog's parameter
    // count and the attention and logits at position 1). In fp16 nothing is unpacked: the
    // weights' 141.1e9 bytes take 0.3528 s.
    const Catalog &catalog = test::sourceCatalog();
    Scenario s = test::idealScenario(*catalog.findModel(QStringLiteral("llama-3.1-70b")), 1, 2);
    s.hardware = *catalog.findHardware(QStringLiteral("apple-m1-max"));
    s.weights = *precisionByName(QStringLiteral("q4_k_m"));
    s.serving.engine.dequantOpsPerWeight = 30;
    const RunTime step = TimingModel(s).decodeStep(1);
    QCOMPARE(step.bound, Bound::Compute);
    TCE_COMPARE_RELATIVE(step.computeSeconds, 0.19935 + 0.01329, 0.01);
    TCE_COMPARE_RELATIVE(step.memorySeconds, 70.55e9 * 4.85 / 8 / 400e9, 0.01);
    s.weights = *precisionByName(QStringLiteral("fp16"));
    const RunTime plain = TimingModel(s).decodeStep(1);
    QCOMPARE(plain.bound, Bound::Memory);
    TCE_COMPARE_RELATIVE(plain.seconds, 70.55e9 * 2 / 400e9, 0.01);
    // Nothing to unpack for an engine that unpacks for free (0).
    s.weights = *precisionByName(QStringLiteral("q4_k_m"));
    s.serving.engine.dequantOpsPerWeight = 0;
    QCOMPARE(TimingModel(s).decodeStep(1).bound, Bound::Memory);
}

void TestTimingModel::unfusedAttentionMovesItsScores()
{
    // Llama-3-8B (32 layers, 32 query heads) on an ideal H100 (3.35e12 B/s), 24 bytes per score.
    // A 1200-token prompt goes in micro-batches of 512: 512 x 512 + 512 x 1024 + 176 x 1200 =
    // 997,632 scores per head and layer, x 32 x 32 x 24 = 24,517,804,032 bytes, 7.3187 ms on
    // top of the same prompt with flash attention.
    Scenario s = test::idealScenario(test::llama3_8b(), 1200, 16);
    const RunTime fused = TimingModel(s).prefill(1200, 1);
    QCOMPARE(fused.scoreBytes, 0.0);
    s.serving.engine.flashAttention = false;
    s.serving.engine.unfusedScoreBytes = 24;
    const TimingModel t(s);
    const RunTime unfused = t.prefill(1200, 1);
    QCOMPARE(unfused.scoreBytes, 24'517'804'032.0);
    TCE_COMPARE_RELATIVE(unfused.scoreSeconds, 24'517'804'032.0 / 3.35e12, 1e-12);
    TCE_COMPARE_RELATIVE(unfused.seconds - fused.seconds, 7.3187e-3, 1e-4);
    TCE_COMPARE_RELATIVE(unfused.bytes, fused.bytes + 24'517'804'032.0, 1e-12);
    // With the first 512 tokens cached the micro-batches start at 513: 512 x 1024 + 176 x 1200.
    QCOMPARE(t.prefill(1200, 1, 512).scoreBytes, (512.0 * 1024 + 176.0 * 1200) * 32 * 32 * 24);
    // Two prompts move twice the scores.
    QCOMPARE(t.prefill(1200, 2).scoreBytes, 2 * 24'517'804'032.0);
    // Per token the prompt slows as it grows: 4096 tokens cost more per token than 512.
    const double per512 = t.prefill(512, 1).seconds / 512;
    QVERIFY(t.prefill(4096, 1).seconds / 4096 > per512);
    // A decode step at position 2049 scores 2049 keys: 2049 x 1024 x 24 bytes, beside the
    // memory-bound roofline of the weights and the cache.
    const RunTime step = t.decodeStep(2049);
    QCOMPARE(step.scoreBytes, 2049.0 * 1024 * 24);
    TCE_COMPARE_RELATIVE(
        step.seconds,
        (16'060'522'496.0 + 131'072.0 * 2049) / 3.35e12 + 2049.0 * 1024 * 24 / 3.35e12, 1e-9);
}

void TestTimingModel::llamaCppScoreBytesFollowTheBackend()
{
    // engines.json: 24 bytes per score on cuBLAS/hipBLAS, 16 on Metal, flash attention on by
    // default (-fa auto since b6327). A resolved engine holds its hardware's number only.
    const Catalog &catalog = test::sourceCatalog();
    const EngineProfile &llama = *catalog.findEngine(QStringLiteral("llama.cpp"));
    QVERIFY(llama.flashAttention);
    const EngineProfile onCuda =
        resolveEngine(llama, *catalog.findHardware(QStringLiteral("rtx-4090")));
    const EngineProfile onMetal =
        resolveEngine(llama, *catalog.findHardware(QStringLiteral("apple-m2-ultra")));
    QCOMPARE(onCuda.unfusedScoreBytes, 24.0);
    QCOMPARE(onMetal.unfusedScoreBytes, 16.0);
    QVERIFY(onMetal.unfusedScoreBytesByVendor.isEmpty());
    QCOMPARE(
        resolveEngine(llama, *catalog.findHardware(QStringLiteral("mi300x"))).unfusedScoreBytes,
        24.0);
    // An engine with fused attention only has no number to give.
    QCOMPARE(catalog.findEngine(QStringLiteral("vllm"))->unfusedScoreBytes, 0.0);
}

TCE_TEST_GUILESS_MAIN(TestTimingModel)
#include "tst_timingmodel.moc"
