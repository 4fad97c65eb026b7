#include "memorymodel.h"
#include "parametercount.h"
#include "scenarios.h"
#include "testregistry.h"

#include <QTest>

using namespace tce;

class TestMemoryModel : public QObject
{
    Q_OBJECT
private slots:
    void kvBytesPerToken_data();
    void kvBytesPerToken();
    void mlaCachesTheLatent();
    void slidingWindowCapsTheCache();
    void weightBytesFollowThePrecision();
    void moeReadsTheExpertsTokensWereRoutedTo();
    void whatFits();
    void maxContextIsTheLargestThatFits();
};

void TestMemoryModel::kvBytesPerToken_data()
{
    QTest::addColumn<ModelSpec>("model");
    QTest::addColumn<double>("expected");
    // cost-model.md section 4: 2*L*h_kv*d_h*2 bytes in bf16.
    QTest::newRow("Llama-2-7B") << test::llama2_7b() << 524'288.0;
    QTest::newRow("Llama-3-8B") << test::llama3_8b() << 131'072.0;
    QTest::newRow("Llama-3-70B") << test::llama3_70b() << 327'680.0;
}

void TestMemoryModel::kvBytesPerToken()
{
    QFETCH(ModelSpec, model);
    QFETCH(double, expected);
    const Precision bf16{QStringLiteral("bf16"), 16, QStringLiteral("bf16")};
    const MemoryModel memory(model, bf16, bf16);
    QCOMPARE(memory.kvBytesPerToken(), expected);
    QCOMPARE(memory.kvBytesForContext(1000), 1000 * expected);
    const Precision fp8{QStringLiteral("fp8"), 8, QStringLiteral("fp8")};
    QCOMPARE(MemoryModel(model, bf16, fp8).kvBytesPerToken(), expected / 2);
}

void TestMemoryModel::mlaCachesTheLatent()
{
    // DeepSeek-V3 (config.json: 61 layers, kv_lora_rank 512, qk_rope_head_dim 64):
    // L*(r_kv + d_rope)*2 bytes = 61*576*2 = 70,272 bytes per token in bf16.
    ModelSpec m = test::llamaSpec(61, 7168, 128, 128, 18432, 129280);
    m.mla = MlaSpec{1536, 512, 128, 64, 128};
    const Precision bf16{QStringLiteral("bf16"), 16, QStringLiteral("bf16")};
    QCOMPARE(MemoryModel(m, bf16, bf16).kvBytesPerToken(), 70'272.0);
}

void TestMemoryModel::slidingWindowCapsTheCache()
{
    // Gemma-2-9B's layout: 42 layers, 21 of them with a 4096-token window, h_kv=8, d_h=256.
    ModelSpec m = test::llamaSpec(42, 3584, 16, 8, 14336, 256000);
    m.headDim = 256;
    m.slidingWindow = 4096;
    m.slidingWindowLayers = 21;
    const Precision bf16{QStringLiteral("bf16"), 16, QStringLiteral("bf16")};
    const MemoryModel memory(m, bf16, bf16);
    const double perLayer = 2.0 * 8 * 256 * 2; // K and V, 8 heads of 256, 2 bytes
    QCOMPARE(memory.kvBytesPerTokenPerLayer(), perLayer);
    QCOMPARE(memory.kvBytesForContext(4096), perLayer * 42 * 4096);
    QCOMPARE(memory.kvBytesForContext(10000), perLayer * (21 * 10000 + 21 * 4096));
    // The sum over positions equals the loop.
    double loop = 0;
    for (int64_t p = 4000; p <= 4200; ++p)
        loop += memory.kvBytesForContext(p);
    QCOMPARE(memory.kvBytesSumBetween(4000, 4200), loop);
}

void TestMemoryModel::weightBytesFollowThePrecision()
{
    const ModelSpec m = test::llama3_8b();
    const double params = 8'030'261'248.0;
    QCOMPARE(MemoryModel(m, *precisionByName("bf16"), *precisionByName("bf16")).weightBytes(),
             2 * params);
    QCOMPARE(MemoryModel(m, *precisionByName("fp8"), *precisionByName("bf16")).weightBytes(),
             params);
    // Q4_K_M at 4.85 bits per weight (issue 2).
    QCOMPARE(MemoryModel(m, *precisionFromBits(4.85), *precisionByName("bf16")).weightBytes(),
             params * 4.85 / 8);
}

void TestMemoryModel::moeReadsTheExpertsTokensWereRoutedTo()
{
    // Mixtral-like: 32 MoE layers, E = 8, k = 2. One token reads 2 experts per layer, two
    // tokens 8*(1 - (6/8)^2) = 3.5 on average, a large batch all 8.
    ModelSpec m = test::llamaSpec(32, 4096, 32, 8, 14336, 32000);
    m.moe = MoeSpec{8, 2, 14336, 0, 0, false};
    const Precision bf16{QStringLiteral("bf16"), 16, QStringLiteral("bf16")};
    const MemoryModel memory(m, bf16, bf16);
    const ParameterCounts c = countParameters(m);
    const double expertBytes = 2.0 * c.routedExpert;
    const double allButExperts = memory.weightBytes() - 32 * 8 * expertBytes;
    QCOMPARE(memory.weightBytesReadPerStep(1), allButExperts + 32 * 2 * expertBytes);
    QCOMPARE(memory.weightBytesReadPerStep(2), allButExperts + 32 * 3.5 * expertBytes);
    QVERIFY(std::fabs(memory.weightBytesReadPerStep(4096) - memory.weightBytes()) < 1);
}

void TestMemoryModel::whatFits()
{
    Scenario s = test::idealScenario(test::llama3_8b(), 2048, 512, 16);
    s.serving.engine.memoryReserveFraction = 0.1;
    s.serving.engine.workspaceBytes = 1e9;
    const MemoryBudget b = memoryBudget(s);
    const double capacity = 80.0 * 1024 * 1024 * 1024;
    QCOMPARE(b.usableKvBytes, capacity * 0.9 - 1e9 - 2 * 8'030'261'248.0);
    // max_batch(c) = floor(usable / (kv_per_token * c)), by hand.
    QCOMPARE(maxBatchAtContext(s, 2560), int64_t(std::floor(b.usableKvBytes / (131'072.0 * 2560))));
    // Two GPUs hold the weights once and twice the memory.
    s.serving.gpus = 2;
    QCOMPARE(memoryBudget(s).usableKvBytes, 2 * capacity * 0.9 - 2e9 - 2 * 8'030'261'248.0);
}

void TestMemoryModel::maxContextIsTheLargestThatFits()
{
    for (bool sliding : {false, true}) {
        ModelSpec m = test::llama3_8b();
        if (sliding) {
            m.slidingWindow = 4096;
            m.slidingWindowLayers = 20;
        }
        Scenario s = test::idealScenario(m, 1000, 1000);
        const MemoryModel memory(m, s.weights, s.kvCache);
        const double usable = memoryBudget(s).usableKvBytes;
        for (int batch : {1, 7, 64, 1000}) {
            const int64_t c = maxContextAtBatch(s, batch);
            QVERIFY(c > 0);
            QVERIFY(batch * memory.kvBytesForContext(c) <= usable);
            QVERIFY(batch * memory.kvBytesForContext(c + 1) > usable);
        }
    }
    // Only sliding-window layers: the cache stops growing, any context fits.
    ModelSpec m = test::llama3_8b();
    m.slidingWindow = 4096;
    m.slidingWindowLayers = m.numLayers;
    QCOMPARE(maxContextAtBatch(test::idealScenario(m, 10, 10), 1), int64_t(-1));
}

TCE_TEST_GUILESS_MAIN(TestMemoryModel)
#include "tst_memorymodel.moc"
