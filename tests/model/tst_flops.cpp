#include "exactsums.h"
#include "flops.h"
#include "parametercount.h"
#include "randomspecs.h"
#include "specs.h"
#include "testregistry.h"

#include <QTest>

using namespace tce;
using exact::Int128;

namespace {

// An independent, step-by-step reference: every position, every layer, exact integers.
struct ReferenceFlops
{
    explicit ReferenceFlops(const ModelSpec &m)
        : model(m)
    {
        const ParameterCounts c = countParameters(m);
        matmul = 2 * Int128(c.body);
        logits = 2 * Int128(c.head);
    }

    Int128 attention(int64_t position) const
    {
        Int128 sum = 0;
        const int sliding = model.slidingWindow > 0 ? model.slidingWindowLayers : 0;
        for (int layer = 0; layer < model.numLayers; ++layer) {
            const bool windowed = layer < sliding;
            const int64_t keys =
                windowed ? std::min<int64_t>(position, model.slidingWindow) : position;
            // QK^T over the query-key head dim, softmax(QK^T) V over the value head dim.
            sum += Int128(2) * model.numHeads * model.queryKeyHeadDim() * keys +
                   Int128(2) * model.numHeads * model.valueHeadDim() * keys;
        }
        return sum;
    }
    Int128 prefill(int64_t tokens) const
    {
        Int128 sum = logits;
        for (int64_t p = 1; p <= tokens; ++p)
            sum += matmul + attention(p);
        return sum;
    }
    Int128 decodeStep(int64_t p) const { return matmul + logits + attention(p); }

    ModelSpec model;
    Int128 matmul = 0;
    Int128 logits = 0;
};

double d(Int128 v)
{
    return exact::toDouble(v);
}

} // namespace

class TestFlops : public QObject
{
    Q_OBJECT
private slots:
    void workedCheckLlama3_8b();
    void exactSumsMatchLoops();
    void closedFormsEqualSummation();
    void participationAddsUpToTheDotProducts();
    void outputTokensTakePartInHalfTheRuns();
};

void TestFlops::workedCheckLlama3_8b()
{
    // cost-model.md section 3, "Worked check": Llama-3-8B, I = 2048, O = 512, exact integers.
    const FlopModel f(test::llama3_8b());
    QCOMPARE(f.matmulFlopsPerToken() + f.logitFlopsPerPosition(), 15'009'849'344.0);
    QCOMPARE(f.attentionFlopsPerKeyGlobal(), 524'288.0); // A = 4*L*h*d_h = 4*32*32*128
    QCOMPARE(f.prefillFlops(2048), 29'689'492'013'056.0);
    QCOMPARE(f.decodeTotalFlops(2048, 512), 8'287'300'345'856.0);
    QCOMPARE(f.decodeStepFlops(2049), 16'084'115'456.0);
    QCOMPARE(f.decodeStepFlops(2559), 16'351'502'336.0);
}

void TestFlops::exactSumsMatchLoops()
{
    for (int64_t window : {0, 1, 7, 100}) {
        Int128 tri = 0, tet = 0, wtri = 0, wtet = 0;
        for (int64_t n = 1; n <= 300; ++n) {
            tri += n;
            tet += tri;
            wtri += window > 0 ? std::min(n, window) : n;
            wtet += wtri;
            QVERIFY(exact::triangular(n) == tri);
            QVERIFY(exact::tetrahedral(n) == tet);
            QVERIFY(exact::windowedTriangular(n, window) == wtri);
            QVERIFY(exact::windowedTetrahedral(n, window) == wtet);
        }
    }
}

void TestFlops::closedFormsEqualSummation()
{
    // Issue 2: closed forms equal explicit per-step summation for randomized specs with
    // I, O up to 5,000 (MoE, MLA and sliding windows included). Exact integer equality.
    QRandomGenerator rng(20261126);
    for (int trial = 0; trial < 60; ++trial) {
        const ModelSpec m = test::randomModel(rng);
        const int64_t I = trial < 3 ? 1 + trial : rng.bounded(1, 5001);
        const int64_t O = trial < 3 ? 1 + trial : rng.bounded(1, 5001);
        const FlopModel f(m);
        const ReferenceFlops ref(m);
        const QByteArray what = QByteArray("trial ") + QByteArray::number(trial) +
                                " I=" + QByteArray::number(I) + " O=" + QByteArray::number(O) +
                                " window=" + QByteArray::number(m.slidingWindow) +
                                " moe=" + QByteArray::number(m.moe.numExperts) +
                                " mla=" + QByteArray::number(m.mla.kvLoraRank);

        // Prefill, and every prefix of it.
        Int128 prefix = 0;
        for (int64_t p = 1; p <= I; ++p) {
            prefix += ref.matmul + ref.attention(p);
            if (p == I / 2 || p == I)
                QVERIFY2(f.prefillFlopsThrough(p) == d(prefix), what);
        }
        QVERIFY2(f.prefillFlops(I) == d(prefix + ref.logits), what);

        // Decode: output token j >= 2 comes from the step at position I + j - 1.
        Int128 decode = 0;
        for (int64_t j = 2; j <= O; ++j)
            decode += ref.decodeStep(I + j - 1);
        QVERIFY2(f.decodeTotalFlops(I, O) == d(decode), what);
        QVERIFY2(f.decodeStepFlops(I + O) == d(ref.decodeStep(I + O)), what);

        // Without a cache: a prefill over I + j - 1 tokens for every output token j.
        Int128 naive = 0;
        Int128 prefillOfN = ref.prefill(I) - ref.logits;
        for (int64_t j = 1; j <= O; ++j) {
            const int64_t n = I + j - 1;
            if (j > 1)
                prefillOfN += ref.matmul + ref.attention(n);
            naive += prefillOfN + ref.logits;
        }
        QVERIFY2(f.noKvCacheTotalFlops(I, O) == d(naive), what);
    }
}

void TestFlops::participationAddsUpToTheDotProducts()
{
    // Every query-key dot product uses one key: summing how often each token's key is used
    // gives all dot products of the request, S(I + O - 1) per head and layer.
    for (const auto &[I, O] : {std::pair<int64_t, int64_t>{6, 6}, {1, 1}, {1, 9}, {100, 37}}) {
        int64_t uses = 0;
        for (int64_t q = 1; q <= I; ++q)
            uses += inputTokenParticipation(q, I, O);
        for (int64_t j = 1; j <= O; ++j)
            uses += outputTokenParticipation(j, O);
        QCOMPARE(double(uses),
                 FlopModel::prefillDotProducts(I) + FlopModel::decodeDotProducts(I, O));
        QCOMPARE(double(uses), double((I + O - 1) * (I + O) / 2));
    }
    // I = 6, O = 6 by hand: prompt token 1 is used by all 6 prefill queries and 5 decode steps.
    QCOMPARE(inputTokenParticipation(1, 6, 6), int64_t(11));
    QCOMPARE(inputTokenParticipation(6, 6, 6), int64_t(6));
    QCOMPARE(outputTokenParticipation(1, 6), int64_t(5));
    QCOMPARE(outputTokenParticipation(6, 6), int64_t(0)); // the last token is never processed
}

void TestFlops::outputTokensTakePartInHalfTheRuns()
{
    const int64_t O = 1001;
    double mean = 0;
    for (int64_t j = 1; j <= O; ++j)
        mean += double(outputTokenParticipation(j, O)) / O;
    // (O - 1) / 2 of the O - 1 decode runs: exactly half.
    QCOMPARE(mean / double(O - 1), 0.5);
}

TCE_TEST_GUILESS_MAIN(TestFlops)
#include "tst_flops.moc"
