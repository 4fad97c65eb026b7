// The view-model: what Evaluation hands the views equals what the model's functions compute,
// the lazy parts are built once, and the warnings say which part of a scenario cannot run.
#include "catalog.h"
#include "evaluation.h"
#include "memorymodel.h"
#include "result.h"
#include "scenarios.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTest>

#include <csignal>

using namespace tce;

namespace {

std::shared_ptr<const Workload> smallWorkload()
{
    auto w = std::make_shared<Workload>();
    w->id = QStringLiteral("hand");
    w->name = QStringLiteral("hand");
    w->inputTokens = {100, 2000, 30'000};
    w->outputTokens = {10, 500, 4000};
    return w;
}

QList<ScenarioWarning::Kind> kinds(const Evaluation &e)
{
    QList<ScenarioWarning::Kind> k;
    for (const ScenarioWarning &w : e.warnings())
        k << w.kind;
    return k;
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT
private slots:
    void reportIsTheModelsReport();
    void positionBreakdownMatchesTheWorkedCheck();
    void workloadPartsEqualTheModelFunctions();
    void lazyPartsAreBuiltOnce();
    void workloadResultsCarryOverWhenOnlyTheLengthsChange();
    void listPricesFromTheCatalog();
    void warningsNameWhatDoesNotFit();
    void resultOfVoidAndCheckedValue();
};

void TestEvaluation::reportIsTheModelsReport()
{
    const Scenario s = test::idealScenario(test::llama3_8b(), 2048, 512, 16);
    const auto e = Evaluation::build(s);
    const CostReport direct = evaluate(s);
    QCOMPARE(e->report().usdPerRequest, direct.usdPerRequest);
    QCOMPARE(e->report().ttftSeconds, direct.ttftSeconds);
    QCOMPARE(e->report().decodeSecondsTotal, direct.decodeSecondsTotal);
    QVERIFY(e->runnable());
    QVERIFY(e->workload() == nullptr);
    QVERIFY(e->economics() == nullptr);
    QVERIFY(e->marginHistogram() == nullptr);
    // Without a workload the workload scenario is the scenario.
    QCOMPARE(e->workloadBatch(), 16);
}

void TestEvaluation::positionBreakdownMatchesTheWorkedCheck()
{
    // cost-model.md section 3, worked check: Llama-3-8B; matmuls + logits 15,009,849,344 FLOP
    // per decode step; attention 4 x 32 layers x 32 heads x 128 = 524,288 FLOP per key, so the
    // step at position 2,049 is 15,009,849,344 + 2,049 x 524,288 = 16,084,115,456 FLOP.
    const Scenario s = test::idealScenario(test::llama3_8b(), 2048, 512, 16);
    const auto e = Evaluation::build(s);
    const PositionBreakdown decode = e->position(2049);
    QVERIFY(!decode.prompt);
    QCOMPARE(decode.matmulFlops, 15'009'849'344.0);
    QCOMPARE(decode.attentionFlops, 2049 * 524'288.0);
    QCOMPARE(decode.flops, 16'084'115'456.0);
    // One decode step serves the 16 sequences: each pays a sixteenth of it, at $3 per hour.
    QCOMPARE(decode.tokensInRun, 16.0);
    QCOMPARE(decode.shareSeconds, decode.run.seconds / 16);
    TCE_COMPARE_RELATIVE(decode.shareUsd, decode.run.seconds / 16 * 3.0 / 3600, 1e-15);
    // The step reads one sequence's cache of 2,049 tokens: 2 x 32 layers x 8 KV heads x 128
    // dims x 2 bytes = 131,072 bytes per token.
    QCOMPARE(decode.kvBytesForContext, 2049 * 131'072.0);

    const PositionBreakdown prompt = e->position(1);
    QVERIFY(prompt.prompt);
    QCOMPARE(prompt.attentionFlops, 524'288.0);
    QCOMPARE(prompt.tokensInRun, 16.0 * 2048); // the prefill batch is the batch
    QCOMPARE(prompt.shareSeconds, prompt.run.seconds / (16.0 * 2048));
    // The prefill's time, shared by all its tokens, is the report's time to first token.
    QCOMPARE(prompt.run.seconds, e->report().ttftSeconds);
}

void TestEvaluation::workloadPartsEqualTheModelFunctions()
{
    const Scenario s = test::idealScenario(test::llama3_8b(), 2048, 512, 8);
    WorkloadSettings settings;
    settings.workload = smallWorkload();
    settings.largestBatchThatFits = true;
    settings.targetMargin = 0.25;
    const auto e = Evaluation::build(s, settings, Catalog::builtIn());
    const int batch = workloadBatch(s, *settings.workload, true);
    QVERIFY(batch > 8);
    QCOMPARE(e->workloadBatch(), batch);
    QCOMPARE(e->workloadScenario().serving.batch, batch);
    QCOMPARE(e->scenario().serving.batch, 8); // the scenario itself is untouched

    Scenario atBatch = s;
    atBatch.serving.batch = batch;
    const WorkloadEconomics direct = evaluateWorkload(atBatch, *settings.workload, nullptr, 0.25);
    const WorkloadEconomics *economics = e->economics();
    QVERIFY(economics);
    QCOMPARE(economics->requests, size_t(3));
    QCOMPARE(economics->meanCostUsd, direct.meanCostUsd);
    QCOMPARE(economics->breakEvenOutputUsdPerMillion, direct.breakEvenOutputUsdPerMillion);
    QCOMPARE(e->requestCostUsd(2000, 500), RequestCostModel(atBatch).costUsd(2000, 500));
    // $5 in, $15 out per 1M: 2,000 x 5e-6 + 500 x 15e-6 = $0.0175.
    TCE_COMPARE_RELATIVE(e->requestRevenueUsd(2000, 500), 0.0175, 1e-12);

    const MarginHistogram *h = e->marginHistogram();
    QVERIFY(h);
    QCOMPARE(h->counts.sum(), 3.0);

    // The grid spans the model's context window (test spec: none given, so 128K) and 64K
    // outputs, and its cells are the request costs at the workload's batch.
    const MarginGrid &g = e->marginGrid();
    QCOMPARE(g.marginUsd.rows(), Eigen::Index(256));
    QCOMPARE(g.maxOutputTokens, int64_t(65536));
    const auto I = int64_t(g.inputTokens[100]);
    const auto O = int64_t(g.outputTokens[200]);
    TCE_COMPARE_RELATIVE(g.costUsd(100, 200), RequestCostModel(atBatch).costUsd(I, O), 1e-12);
}

void TestEvaluation::lazyPartsAreBuiltOnce()
{
    WorkloadSettings settings;
    settings.workload = smallWorkload();
    const auto e = Evaluation::build(test::idealScenario(test::llama3_8b(), 1000, 100), settings,
                                     Catalog::builtIn());
    QCOMPARE(e->economics(), e->economics());
    QCOMPARE(e->marginHistogram(), e->marginHistogram());
    QCOMPARE(&e->marginGrid(), &e->marginGrid());
}

void TestEvaluation::workloadResultsCarryOverWhenOnlyTheLengthsChange()
{
    WorkloadSettings settings;
    settings.workload = smallWorkload();
    settings.largestBatchThatFits = true;
    Scenario s = test::idealScenario(test::llama3_8b(), 1000, 100, 8);
    const auto first = Evaluation::build(s, settings, Catalog::builtIn());
    const WorkloadEconomics *economics = first->economics();
    const MarginGrid *grid = &first->marginGrid();

    // The length sliders: the mix's requests have lengths of their own.
    s.inputTokens = 50'000;
    s.outputTokens = 7'000;
    const auto longer = Evaluation::build(s, settings, Catalog::builtIn(), first.get());
    QVERIFY(longer->sameWorkloadResults(*first));
    QCOMPARE(longer->economics(), economics);
    QCOMPARE(&longer->marginGrid(), grid);
    QCOMPARE(longer->scenario().inputTokens, int64_t(50'000)); // the rest is evaluated anew
    QVERIFY(longer->report().requestSeconds > first->report().requestSeconds);
    // What it carries over is what it would compute.
    const auto fresh = Evaluation::build(s, settings, Catalog::builtIn());
    QVERIFY(!fresh->sameWorkloadResults(*first));
    QCOMPARE(fresh->economics()->meanMarginUsd, economics->meanMarginUsd);
    QVERIFY((fresh->marginGrid().marginUsd == grid->marginUsd).all());

    // Anything else the workload depends on computes them again.
    Scenario cheaper = s;
    cheaper.price.gpuHourUsd /= 2;
    const auto priced = Evaluation::build(cheaper, settings, Catalog::builtIn(), longer.get());
    QVERIFY(!priced->sameWorkloadResults(*longer));
    QVERIFY(priced->economics()->meanCostUsd < economics->meanCostUsd);
    WorkloadSettings margin = settings;
    margin.targetMargin = 0.5;
    QVERIFY(!Evaluation::build(s, margin, Catalog::builtIn(), longer.get())
                 ->sameWorkloadResults(*longer));
    WorkloadSettings otherMix = settings;
    otherMix.workload = smallWorkload(); // equal requests, another mix
    QVERIFY(!Evaluation::build(s, otherMix, Catalog::builtIn(), longer.get())
                 ->sameWorkloadResults(*longer));
}

void TestEvaluation::listPricesFromTheCatalog()
{
    const Catalog &catalog = Catalog::builtIn();
    const auto e = Evaluation::build(test::idealScenario(test::llama3_8b(), 1000, 100),
                                     WorkloadSettings{}, catalog);
    int priced = 0;
    for (const ApiPrice &p : catalog.prices)
        priced += p.inputUsdPerMillion > 0 ? 1 : 0;
    QCOMPARE(e->listPriceRatios().size(), priced);
    for (const ListPriceRatio &r : e->listPriceRatios()) {
        QVERIFY(!r.name.isEmpty());
        QCOMPARE(r.ratio, r.outputUsdPerMillion / r.inputUsdPerMillion);
    }
    QCOMPARE(e->listPriceFirstYear().size(), 4);
    QVERIFY(e->listPriceFirstYear() <= e->listPriceLastYear());
}

void TestEvaluation::warningsNameWhatDoesNotFit()
{
    using Kind = ScenarioWarning::Kind;
    // Llama 2 7B's context window is 4,096 tokens: 8,192 + 1,024 do not fit in it.
    ModelSpec llama2 = test::llama2_7b();
    llama2.contextLength = 4096;
    const auto tooLong = Evaluation::build(test::idealScenario(llama2, 8192, 1024));
    QCOMPARE(kinds(*tooLong), QList<Kind>{Kind::ExceedsContextWindow});
    QCOMPARE(tooLong->warnings().first().value, 9216.0);
    QCOMPARE(tooLong->warnings().first().limit, 4096.0);
    QVERIFY(!tooLong->runnable());

    // Llama-3-8B's KV cache is 131,072 bytes per token: one sequence of 1M tokens needs
    // 131 GB, more than the ~64 GiB an 80 GiB GPU has left after 16 GB of weights.
    const auto longSequence =
        Evaluation::build(test::idealScenario(test::llama3_8b(), 1'000'000, 1));
    QCOMPARE(kinds(*longSequence), QList<Kind>{Kind::SequenceDoesNotFit});
    QCOMPARE(longSequence->warnings().first().value, 1'000'001 * 131'072.0);

    // 64 sequences of 16,384 tokens: 2 GiB each fits, 128 GiB for the batch does not.
    const auto bigBatch =
        Evaluation::build(test::idealScenario(test::llama3_8b(), 16'000, 384, 64));
    QCOMPARE(kinds(*bigBatch), QList<Kind>{Kind::BatchDoesNotFit});
    QCOMPARE(bigBatch->warnings().first().value, 64 * 16'384 * 131'072.0);
    const MemoryBudget budget = memoryBudget(bigBatch->scenario());
    QCOMPARE(bigBatch->warnings().first().limit, budget.usableKvBytes);

    // 8 GiB of memory: the 16 GB of bf16 weights alone do not fit.
    Scenario small = test::idealScenario(test::llama3_8b(), 1000, 100);
    small.hardware.memoryBytes = 8.0 * 1024 * 1024 * 1024;
    const auto noRoom = Evaluation::build(small);
    QCOMPARE(kinds(*noRoom), QList<Kind>{Kind::WeightsDoNotFit});
    QCOMPARE(noRoom->warnings().first().value, noRoom->report().weightBytes);

    QVERIFY(Evaluation::build(test::idealScenario(test::llama3_8b(), 2048, 512, 16))
                ->warnings()
                .isEmpty());
}

void TestEvaluation::resultOfVoidAndCheckedValue()
{
    const Status fine;
    QVERIFY(fine.ok());
    const Status failed = Status::failure(QStringLiteral("--batch: \"x\" is not a number"));
    QVERIFY(!failed);
    QCOMPARE(failed.error(), QStringLiteral("--batch: \"x\" is not a number"));
    const Result<int> seven = 7;
    QCOMPARE(seven.value(), 7);
    QCOMPARE(Result<int>::failure(QStringLiteral("no")).valueOr(3), 3);
    // Reading the value of a failure stops the program in every build, not only in debug.
    // (The child drops Qt Test's message and crash handlers, so that it simply dies.)
    const int exitCode = test::exitCodeInChild([] {
        qInstallMessageHandler(nullptr);
        std::signal(SIGABRT, SIG_DFL);
        const Result<int> broken = Result<int>::failure(QStringLiteral("broken"));
        return broken.value();
    });
    QCOMPARE(exitCode, -1); // killed by the abort, not a normal exit
}

TCE_TEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
