#include "costreport.h"
#include "curves.h"
#include "exactsums.h"
#include "scenarios.h"
#include "testregistry.h"
#include "testsupport.h"
#include "timingmodel.h"

#include <QTest>

using namespace tce;

// Prompt caching and reasoning tokens (cost-model.md section 8): a cached prefix skips its
// prefill but keeps its KV; hidden reasoning tokens decode and bill as output.
class TestRequestFeatures : public QObject
{
    Q_OBJECT
private slots:
    void cachedPrefillFlopsClosedForm_data();
    void cachedPrefillFlopsClosedForm();
    void cachedPrefixSpeedsOnlyThePrefill();
    void cacheWriteComputesTheWholePrompt();
    void revenueAtCachePrices();
    void reasoningTokensDecodeAndBillAsOutput();
    void cachedPromptTokensIsCappedBelowThePrompt();
};

namespace {

using exact::Int128;

// Llama-3-8B (tests/model/specs.h), cost-model.md sections 2-3, by hand:
//   N_body = 6,979,588,096, so 2*N_body = 13,959,176,192 FLOPs per token;
//   N_head = d*V = 4096*128,256 = 525,336,576, so 2*N_head = 1,050,673,152 per logit position;
//   A = 4*L*h*d_h = 4*32*32*128 = 524,288 FLOPs per query-key pair.
constexpr int64_t kTwoNBody = 13'959'176'192;
constexpr int64_t kTwoNHead = 1'050'673'152;
constexpr int64_t kA = 524'288;

// cost-model.md section 8: F = 2*N_body*(I-k) + A*(S(I) - S(k)) + 2*N_head, in integers.
Int128 cachedPrefillFlops(int64_t I, int64_t k)
{
    return Int128(kTwoNBody) * (I - k) +
           Int128(kA) * (exact::triangular(I) - exact::triangular(k)) + kTwoNHead;
}

// The same as a sum over the positions the run computes: position p attends to p keys and
// costs 2*N_body + A*p (cost-model.md section 3), logits once at the last position.
Int128 perPositionSum(int64_t I, int64_t k)
{
    Int128 sum = kTwoNHead;
    for (int64_t p = k + 1; p <= I; ++p)
        sum += Int128(kTwoNBody) + Int128(kA) * p;
    return sum;
}

double toDouble(Int128 v)
{
    return exact::toDouble(v);
}

} // namespace

void TestRequestFeatures::cachedPrefillFlopsClosedForm_data()
{
    QTest::addColumn<qint64>("I");
    QTest::addColumn<qint64>("k");
    // Expected F by hand (Python integers), from the formula above:
    QTest::addColumn<double>("expected");
    // k = 0 is the uncached prefill of cost-model.md section 3's worked check.
    QTest::newRow("I=2048 k=0") << qint64(2048) << qint64(0) << 29'689'492'013'056.0;
    // 13,959,176,192*1024 + 524,288*(2,098,176 - 524,800) + 1,050,673,152
    //   = 14,294,196,420,608 + 824,902,156,288 + 1,050,673,152 = 15,120,149,250,048
    QTest::newRow("I=2048 k=1024") << qint64(2048) << qint64(1024) << 15'120'149'250'048.0;
    // One computed position: 2*N_body + A*2048 + 2*N_head = 15,009,849,344 + 1,073,741,824.
    QTest::newRow("I=2048 k=I-1") << qint64(2048) << qint64(2047) << 16'083'591'168.0;
    // 2*N_body + A*1 + 2*N_head.
    QTest::newRow("I=1 k=0") << qint64(1) << qint64(0) << 15'010'373'632.0;
    QTest::newRow("I=100 k=I-1") << qint64(100) << qint64(99) << 15'062'278'144.0;
    QTest::newRow("I=8192 k=4096") << qint64(8192) << qint64(4096) << 70'373'049'630'720.0;
    QTest::newRow("I=32768 k=I-1") << qint64(32768) << qint64(32767) << 32'189'718'528.0;
    // Still below 2^53: exact in a double.
    QTest::newRow("I=131072 k=65536") << qint64(131072) << qint64(65536) << 4'292'546'521'989'120.0;
}

void TestRequestFeatures::cachedPrefillFlopsClosedForm()
{
    QFETCH(qint64, I);
    QFETCH(qint64, k);
    QFETCH(double, expected);
    const Scenario s = test::idealScenario(test::llama3_8b(), I, 16);
    const TimingModel t(s);
    // The constants above are the code's own (FlopModel), not only the text's.
    QCOMPARE(t.flops().matmulFlopsPerToken(), double(kTwoNBody));
    QCOMPARE(t.flops().logitFlopsPerPosition(), double(kTwoNHead));
    QCOMPARE(t.flops().attentionFlopsPerKeyGlobal(), double(kA));
    QCOMPARE(t.flops().attentionFlopsAtPosition(1000), double(kA) * 1000);

    // The hand figure, the closed form and the per-position sum agree exactly (integers); the
    // model's double within 1e-12 relative (every figure here is below 2^53, so it is exact
    // in practice; the tolerance allows one rounding of a larger product).
    QCOMPARE(toDouble(cachedPrefillFlops(I, k)), expected);
    QCOMPARE(toDouble(perPositionSum(I, k)), expected);
    const RunTime run = t.prefill(I, 1, k);
    TCE_COMPARE_RELATIVE(run.flops, expected, 1e-12);
    // A batch of prompts: B_p times one prompt's.
    TCE_COMPARE_RELATIVE(t.prefill(I, 3, k).flops, 3 * expected, 1e-12);

    // The curves' per-position FLOPs (every position sampled) add up to the same run.
    if (I <= 8192) {
        Scenario cached = s;
        cached.promptCache.prefixTokens = k;
        const PositionCurves c = positionCurves(cached, int(I + 16));
        QCOMPARE(c.position.size(), Eigen::Index(I + 15));
        double prompt = 0;
        for (Eigen::Index i = 0; i < c.position.size(); ++i) {
            if (c.position[i] <= double(I))
                prompt += c.flops[i];
        }
        TCE_COMPARE_RELATIVE(prompt, expected, 1e-12);
        // Cumulative at the last prompt token: the whole (cached) prefill.
        TCE_COMPARE_RELATIVE(c.cumulativeFlops[Eigen::Index(I - 1)], expected, 1e-12);
        // Cached positions cost nothing.
        for (Eigen::Index i = 0; i < Eigen::Index(k); ++i)
            QCOMPARE(c.flops[i], 0.0);
    }
}

void TestRequestFeatures::cachedPrefixSpeedsOnlyThePrefill()
{
    // Llama-3-8B bf16 on one H100 SXM (eta = 1, no overhead), I = 2048, O = 512, batch 4;
    // 1536 of the 2048 prompt tokens from the cache.
    const Scenario plain = test::idealScenario(test::llama3_8b(), 2048, 512, 4);
    Scenario hit = plain;
    hit.promptCache.prefixTokens = 1536;
    const CostReport a = evaluate(plain);
    const CostReport b = evaluate(hit);
    QCOMPARE(b.cachedPromptTokens, int64_t(1536));

    // Decode is untouched: every step still reads the prefix's KV (exact: same arithmetic).
    QCOMPARE(b.firstDecodeStep.seconds, a.firstDecodeStep.seconds);
    QCOMPARE(b.firstDecodeStep.bytes, a.firstDecodeStep.bytes);
    QCOMPARE(b.lastDecodeStep.bytes, a.lastDecodeStep.bytes);
    QCOMPARE(b.decodeSecondsTotal, a.decodeSecondsTotal);
    QCOMPARE(b.decodeTotalFlops, a.decodeTotalFlops);
    // The cache holds all I + O tokens: 4 * 131,072 * 2560 bytes.
    QCOMPARE(b.kvCacheBytes, 4 * 131'072.0 * 2560);
    QCOMPARE(b.kvCacheBytes, a.kvCacheBytes);
    // The prefill still reads the prefix's KV and writes the rest: kv(I) per prompt.
    QCOMPARE(b.prefillRun.bytes, a.prefillRun.bytes);

    // The prefill computes 512 positions instead of 2048. Both runs are compute-bound
    // (512 positions: ~7.6e12 FLOPs per prompt, 30.8 ms for 4 against 5.1 ms of memory), so
    // the time falls with the FLOPs: F(2048, 1536) / F(2048, 0), by hand
    // (13,959,176,192*512 + 524,288*(2,098,176 - 1,180,416) + 1,050,673,152)
    //   / 29,689,492,013,056 = 7,629,319,438,336 / 29,689,492,013,056.
    QCOMPARE(b.prefillRun.bound, Bound::Compute);
    QCOMPARE(a.prefillRun.bound, Bound::Compute);
    TCE_COMPARE_RELATIVE(b.prefillRun.flops, 4 * 7'629'319'438'336.0, 1e-12);
    TCE_COMPARE_RELATIVE(b.prefillRun.seconds / a.prefillRun.seconds,
                         7'629'319'438'336.0 / 29'689'492'013'056.0, 1e-12);
    QVERIFY(b.ttftSeconds < 0.3 * a.ttftSeconds);
    TCE_COMPARE_RELATIVE(a.ttftSeconds - b.ttftSeconds, a.prefillRun.seconds - b.prefillRun.seconds,
                         1e-12);
    TCE_COMPARE_RELATIVE(a.requestSeconds - b.requestSeconds, a.ttftSeconds - b.ttftSeconds, 1e-9);
    // Cheaper to serve; the report keeps the uncached figure for comparison.
    QVERIFY(b.usdPerRequest < a.usdPerRequest);
    TCE_COMPARE_RELATIVE(b.usdPerRequestWithoutCache, a.usdPerRequest, 1e-12);
    // Prefill speed counts the tokens computed: 4 * 512 over the shorter prefill.
    TCE_COMPARE_RELATIVE(b.prefillTokensPerSecond, 4 * 512 / b.ttftSeconds, 1e-12);

    // A memory-bound prefill: with I - 1 tokens cached one position is computed, and the run
    // reads the weights and the KV of all 2048 tokens for 4 prompts:
    // (16,060,522,496 + 4*131,072*2048) / 3.35e12 = 5.115 ms.
    hit.promptCache.prefixTokens = 2047;
    const RunTime last = TimingModel(hit).prefill(2048, 4, 2047);
    QCOMPARE(last.bound, Bound::Memory);
    TCE_COMPARE_RELATIVE(last.seconds, (16'060'522'496.0 + 4 * 131'072.0 * 2048) / 3.35e12, 1e-12);
}

void TestRequestFeatures::cacheWriteComputesTheWholePrompt()
{
    // A miss that writes the prefix prefills everything: the same run as no cache at all.
    const Scenario plain = test::idealScenario(test::llama3_8b(), 2048, 512);
    Scenario write = plain;
    write.promptCache = {1536, true};
    const CostReport a = evaluate(plain);
    const CostReport w = evaluate(write);
    QCOMPARE(w.cachedPromptTokens, int64_t(0));
    QCOMPARE(w.prefillRun.flops, a.prefillRun.flops);
    QCOMPARE(w.ttftSeconds, a.ttftSeconds);
    QCOMPARE(w.usdPerRequest, a.usdPerRequest);
}

void TestRequestFeatures::revenueAtCachePrices()
{
    // Claude Sonnet 4.5 in resources/catalog/prices.json (id claude-sonnet-4.5-2025-11,
    // LiteLLM snapshot 2025-11-01): input $3, cache read $0.30, 5-minute cache write $3.75,
    // output $15 per 1M tokens.
    const ApiPrice *sonnet =
        test::sourceCatalog().findPrice(QStringLiteral("claude-sonnet-4.5-2025-11"));
    QVERIFY(sonnet);
    QCOMPARE(sonnet->inputUsdPerMillion, 3.0);
    QCOMPARE(sonnet->cachedInputUsdPerMillion, 0.30);
    QCOMPARE(sonnet->cacheWriteUsdPerMillion, 3.75);
    QCOMPARE(sonnet->outputUsdPerMillion, 15.0);
    PriceSpec price;
    applyApiPrice(price, *sonnet);

    // I = 10,000 prompt tokens of which 8,000 are the prefix, O = 500, by hand:
    //   no cache: 10,000*3 + 500*15 = 37,500 -> $0.0375
    //   hit:      2,000*3 + 8,000*0.30 + 500*15 = 6,000 + 2,400 + 7,500 = 15,900 -> $0.0159
    //   write:    2,000*3 + 8,000*3.75 + 500*15 = 6,000 + 30,000 + 7,500 = 43,500 -> $0.0435
    TCE_COMPARE_RELATIVE(price.revenueUsd(10'000, 500), 0.0375, 1e-12);
    TCE_COMPARE_RELATIVE(price.revenueUsd(10'000, 500, 8'000, false), 0.0159, 1e-12);
    TCE_COMPARE_RELATIVE(price.revenueUsd(10'000, 500, 8'000, true), 0.0435, 1e-12);
    // A prefix longer than the prompt bills the prompt; a negative one nothing.
    TCE_COMPARE_RELATIVE(price.revenueUsd(10'000, 500, 20'000, false),
                         (10'000 * 0.30 + 500 * 15.0) / 1e6, 1e-12);
    TCE_COMPARE_RELATIVE(price.revenueUsd(10'000, 500, -5, false), 0.0375, 1e-12);

    // Without cache prices both bill at the input price (cost-model.md section 8: 0 = input).
    PriceSpec flat = price;
    flat.cachedInputUsdPerMillion = 0;
    flat.cacheWriteUsdPerMillion = 0;
    TCE_COMPARE_RELATIVE(flat.revenueUsd(10'000, 500, 8'000, false), 0.0375, 1e-12);
    TCE_COMPARE_RELATIVE(flat.revenueUsd(10'000, 500, 8'000, true), 0.0375, 1e-12);

    // The report bills the same, with R reasoning tokens as output: R = 300, O = 200 bills
    // 500 output tokens as above.
    Scenario s = test::idealScenario(test::llama3_8b(), 10'000, 200);
    s.reasoningTokens = 300;
    s.price = price;
    s.price.gpuHourUsd = 3.0;
    s.promptCache.prefixTokens = 8'000;
    CostReport r = evaluate(s);
    TCE_COMPARE_RELATIVE(r.revenuePerRequestUsd, 0.0159, 1e-12);
    TCE_COMPARE_RELATIVE(r.revenueWithoutCacheUsd, 0.0375, 1e-12);
    TCE_COMPARE_RELATIVE(r.marginPerRequestUsd, 0.0159 - r.usdPerRequest, 1e-12);
    s.promptCache.writesCache = true;
    r = evaluate(s);
    TCE_COMPARE_RELATIVE(r.revenuePerRequestUsd, 0.0435, 1e-12);
}

void TestRequestFeatures::reasoningTokensDecodeAndBillAsOutput()
{
    // R = 5000 hidden + O = 500 visible against R = 0, O = 5500: the same 5500 decoded
    // tokens at positions I+1..I+5500, so the same runs (exact: the same arithmetic).
    Scenario hidden = test::idealScenario(test::llama3_8b(), 2048, 500, 8);
    hidden.reasoningTokens = 5000;
    hidden.hardware.boardPowerWatts = 700;
    hidden.hardware.idlePowerWatts = 85;
    Scenario shown = hidden;
    shown.reasoningTokens = 0;
    shown.outputTokens = 5500;
    QCOMPARE(hidden.decodedTokens(), int64_t(5500));
    const CostReport r = evaluate(hidden);
    const CostReport v = evaluate(shown);

    QCOMPARE(r.reasoningTokens, int64_t(5000));
    QCOMPARE(r.visibleOutputTokens, int64_t(500));
    QCOMPARE(r.billedOutputTokens, int64_t(5500));
    QCOMPARE(v.reasoningTokens, int64_t(0));
    QCOMPARE(v.visibleOutputTokens, int64_t(5500));
    QCOMPARE(v.billedOutputTokens, int64_t(5500));
    QCOMPARE(r.runs, int64_t(5500));

    QCOMPARE(r.usdPerRequest, v.usdPerRequest);
    QCOMPARE(r.requestSeconds, v.requestSeconds);
    QCOMPARE(r.decodeSecondsTotal, v.decodeSecondsTotal);
    QCOMPARE(r.totalFlops, v.totalFlops);
    QCOMPARE(r.kvCacheBytes, v.kvCacheBytes);
    QCOMPARE(r.energy.joulesPerRequest, v.energy.joulesPerRequest);
    // The KV holds I + R + O tokens: 8 * 131,072 * 7548.
    QCOMPARE(r.kvCacheBytes, 8 * 131'072.0 * 7548);
    // Billed: 2048 * $5 + 5500 * $15 per 1M (idealScenario's prices).
    TCE_COMPARE_RELATIVE(r.revenuePerRequestUsd, (2048 * 5.0 + 5500 * 15.0) / 1e6, 1e-12);
    QCOMPARE(r.revenuePerRequestUsd, v.revenuePerRequestUsd);
    // Without the hidden tokens the request is cheaper: they are not free.
    Scenario none = hidden;
    none.reasoningTokens = 0;
    QVERIFY(evaluate(none).usdPerRequest < 0.2 * r.usdPerRequest);

    // The curves mark where the hidden tokens end: the prefill makes output token 1, the
    // steps at I+1..I+R-1 the other R-1 hidden ones.
    const PositionCurves c = positionCurves(hidden, 500);
    QCOMPARE(c.lastReasoningPosition, int64_t(2048 + 5000 - 1));
    QCOMPARE(c.lastPosition, int64_t(2048 + 5500 - 1));
    QVERIFY((c.position == double(2048 + 4999)).any());
    QVERIFY((c.position == double(2048 + 5000)).any());
}

void TestRequestFeatures::cachedPromptTokensIsCappedBelowThePrompt()
{
    // cachedPromptTokens() = min(prefix, I - 1) on a hit (the last prompt token is always
    // recomputed for the first output's logits), 0 on a write, without a KV cache, or for a
    // negative prefix.
    Scenario s = test::idealScenario(test::llama3_8b(), 2048, 16);
    QCOMPARE(s.cachedPromptTokens(), int64_t(0));
    const std::pair<int64_t, int64_t> cases[] = {
        {0, 0}, {1, 1}, {1000, 1000}, {2047, 2047}, {2048, 2047}, {100'000, 2047}, {-5, 0}};
    for (const auto &[prefix, expected] : cases) {
        s.promptCache.prefixTokens = prefix;
        s.promptCache.writesCache = false;
        QCOMPARE(s.cachedPromptTokens(), expected);
        QCOMPARE(evaluate(s).cachedPromptTokens, expected);
        QCOMPARE(positionCurves(s, 64).cachedPromptTokens, expected);
        // The timing model caps the same way: a prefix of the whole prompt costs what one of
        // I - 1 tokens does.
        QCOMPARE(TimingModel(s).prefill(2048, 1, prefix).flops,
                 TimingModel(s).prefill(2048, 1, expected).flops);
        s.promptCache.writesCache = true;
        QCOMPARE(s.cachedPromptTokens(), int64_t(0));
        QCOMPARE(evaluate(s).cachedPromptTokens, int64_t(0));
    }
    // A one-token prompt has nothing to take from the cache.
    s.inputTokens = 1;
    s.promptCache = {1, false};
    QCOMPARE(s.cachedPromptTokens(), int64_t(0));
    // Without a KV cache nothing is kept between requests either.
    s.inputTokens = 2048;
    s.promptCache = {1000, false};
    s.useKvCache = false;
    QCOMPARE(s.cachedPromptTokens(), int64_t(0));
    QCOMPARE(evaluate(s).cachedPromptTokens, int64_t(0));
}

TCE_TEST_GUILESS_MAIN(TestRequestFeatures)
#include "tst_requestfeatures.moc"
