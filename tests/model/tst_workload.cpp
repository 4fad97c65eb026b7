#include "catalog.h"
#include "costreport.h"
#include "pricecatalog.h"
#include "scenariobuilder.h"
#include "scenarios.h"
#include "testregistry.h"
#include "testsupport.h"
#include "workload.h"
#include "workloadcost.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

#include <numeric>

using namespace tce;

namespace {

QString shared(const QString &relative)
{
    return QStringLiteral(TCE_SHARED_DATA_DIR "/") + relative;
}
const QString kConv = QStringLiteral("azure-llm-inference-2023/AzureLLMInferenceTrace_conv.csv");
const QString kCode = QStringLiteral("azure-llm-inference-2023/AzureLLMInferenceTrace_code.csv");
const QString kLiteLlm = QStringLiteral("litellm-prices/model_prices_and_context_window.json");

double mean(const std::vector<int64_t> &v)
{
    return double(std::accumulate(v.begin(), v.end(), int64_t(0))) / double(v.size());
}

// A broken copy of a real file, made by the test (the real files stay where they are).
QString brokenCopy(const QTemporaryDir &dir, const QString &source,
                   const std::function<QByteArray(QByteArray)> &edit)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QString path = dir.filePath(QFileInfo(source).fileName());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(edit(in.readAll()));
    return path;
}

} // namespace

class TestWorkload : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void liteLlmCatalogImports();
    void longContextTierAppliesToTheWholeRequest();
    void workloadRevenueBillsTheCachedPrefix();
    void ownPriceCsv();
    void tracesMatchTheFiles_data();
    void tracesMatchTheFiles();
    void traceImporterNamesLineAndColumn_data();
    void traceImporterNamesLineAndColumn();
    void builtInMixesMatchTheTraceMedians_data();
    void builtInMixesMatchTheTraceMedians();
    void aggregatesEqualAPerRequestLoop();
    void breakEvenPriceEarnsTheTargetMargin();
    void marginGridAndItsBreakEvenLine();
};

void TestWorkload::initTestCase()
{
    if (!QFile::exists(shared(kConv)) || !QFile::exists(shared(kLiteLlm)))
        QFAIL(qPrintable("the shared data is missing: " + shared(QString())));
}

void TestWorkload::liteLlmCatalogImports()
{
    const auto catalog = importLiteLlmPrices(shared(kLiteLlm));
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    // litellm-prices/README.md: 1,708 top-level keys, one per model plus "sample_spec".
    QCOMPARE(catalog->entries.size() + catalog->skippedEntries, 1707);
    // Entries with both input_cost_per_token and output_cost_per_token (counted in the file
    // with python3's json module): 1,445; the others price images, audio or embeddings.
    QCOMPARE(catalog->entries.size(), 1445);
    const PriceEntry *gpt4o = catalog->find("gpt-4o");
    QVERIFY(gpt4o);
    QCOMPARE(gpt4o->inputUsdPerToken, 2.5e-06);
    QCOMPARE(gpt4o->outputUsdPerToken, 1e-05);
    QCOMPARE(gpt4o->cachedInputUsdPerToken, 1.25e-06);
    QCOMPARE(gpt4o->maxOutputTokens, int64_t(16384));
    const PriceEntry *sonnet = catalog->find("claude-sonnet-4-5");
    QVERIFY(sonnet);
    QCOMPARE(sonnet->tiers.size(), 1);
    QCOMPARE(sonnet->tiers[0].aboveInputTokens, int64_t(200'000));
    QCOMPARE(sonnet->tiers[0].inputUsdPerToken, 6e-06);
    QCOMPARE(sonnet->tiers[0].outputUsdPerToken, 2.25e-05);
    QCOMPARE(sonnet->tiers[0].cachedInputUsdPerToken, 6e-07);
    const PriceEntry *gemini15 = catalog->find("gemini-1.5-pro");
    QVERIFY(gemini15);
    QCOMPARE(gemini15->tiers[0].aboveInputTokens, int64_t(128'000));
    QCOMPARE(gemini15->tiers[0].outputUsdPerToken, 1e-05);
}

void TestWorkload::longContextTierAppliesToTheWholeRequest()
{
    const auto catalog = importLiteLlmPrices(shared(kLiteLlm));
    const PriceEntry *sonnet = catalog->find("claude-sonnet-4-5");
    // 100K in, 1K out: base prices. 300K in: every token at the tier's prices, by hand.
    QCOMPARE(sonnet->requestUsd(100'000, 1'000), 100'000 * 3e-06 + 1'000 * 1.5e-05);
    TCE_COMPARE_RELATIVE(sonnet->requestUsd(300'000, 1'000), 300'000 * 6e-06 + 1'000 * 2.25e-05,
                         1e-12);
    // Cached input is priced on its own: 50K of the 100K prompt from the cache.
    TCE_COMPARE_RELATIVE(sonnet->requestUsd(100'000, 1'000, 50'000),
                         50'000 * 3e-06 + 50'000 * 3e-07 + 1'000 * 1.5e-05, 1e-12);
    // A request that writes the 50K prefix pays LiteLLM's cache_creation_input_token_cost
    // (3.75e-06), above 200K its _above_200k_tokens price (7.5e-06).
    QCOMPARE(sonnet->cacheWriteUsdPerToken, 3.75e-06);
    TCE_COMPARE_RELATIVE(sonnet->requestUsd(100'000, 1'000, 50'000, true),
                         50'000 * 3e-06 + 50'000 * 3.75e-06 + 1'000 * 1.5e-05, 1e-12);
    TCE_COMPARE_RELATIVE(sonnet->requestUsd(300'000, 1'000, 50'000, true),
                         250'000 * 6e-06 + 50'000 * 7.5e-06 + 1'000 * 2.25e-05, 1e-12);
    // The 1-hour write (cache_creation_input_token_cost_above_1hr): Claude Haiku 4.5 has
    // input 1e-06, 5-minute write 1.25e-06, 1-hour write 2e-06, read 1e-07, output 5e-06.
    const PriceEntry *haiku = catalog->find("claude-haiku-4-5-20251001");
    QVERIFY(haiku);
    QCOMPARE(haiku->cacheWrite1hUsdPerToken, 2e-06);
    TCE_COMPARE_RELATIVE(haiku->requestUsd(10'000, 500, 8'000, true, true),
                         2'000 * 1e-06 + 8'000 * 2e-06 + 500 * 5e-06, 1e-12);
    TCE_COMPARE_RELATIVE(haiku->requestUsd(10'000, 500, 8'000, true, false),
                         2'000 * 1e-06 + 8'000 * 1.25e-06 + 500 * 5e-06, 1e-12);
}

// A workload's requests carry the scenario's cached prefix: each request bills it at the cache
// price (a read covers at most I - 1 tokens, as the compute skips), and the margins follow.
void TestWorkload::workloadRevenueBillsTheCachedPrefix()
{
    Scenario s = defaultServingScenario(Catalog::builtIn());
    s.price.inputUsdPerMillion = 3;
    s.price.outputUsdPerMillion = 15;
    s.price.cachedInputUsdPerMillion = 0.3;
    s.price.cacheWriteUsdPerMillion = 3.75;
    s.promptCache.prefixTokens = 1'000;
    // 4,000 in, 200 out: 3,000 x $3 + 1,000 x $0.30 + 200 x $15 per 1M = $0.0123.
    TCE_COMPARE_RELATIVE(requestRevenueUsd(s, nullptr, 4'000, 200), 0.0123, 1e-12);
    // 600 in: a read covers 599 tokens: 1 x $3 + 599 x $0.30 + 200 x $15 per 1M.
    TCE_COMPARE_RELATIVE(requestRevenueUsd(s, nullptr, 600, 200),
                         (3.0 + 599 * 0.3 + 200 * 15.0) / 1e6, 1e-12);
    s.promptCache.writesCache = true; // 3,000 x $3 + 1,000 x $3.75 + 200 x $15 = $0.01575
    TCE_COMPARE_RELATIVE(requestRevenueUsd(s, nullptr, 4'000, 200), 0.01575, 1e-12);
    s.promptCache.writesCache = false;
    Workload w;
    w.inputTokens = {4'000, 600};
    w.outputTokens = {200, 200};
    const WorkloadEconomics e = evaluateWorkload(s, w);
    TCE_COMPARE_RELATIVE(e.revenueUsd[0], 0.0123, 1e-12);
    TCE_COMPARE_RELATIVE(e.revenueUsd[1], (3.0 + 599 * 0.3 + 200 * 15.0) / 1e6, 1e-12);
}

void TestWorkload::ownPriceCsv()
{
    const QByteArray csv =
        "id,input_per_million,output_per_million,cached_input_per_million,"
        "tier_above_input_tokens,tier_input_per_million,tier_output_per_million\n"
        "house-model,0.5,2,0.1,128000,1,4\r\n";
    const auto catalog = parsePriceCsv(csv, "prices.csv");
    QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
    const PriceEntry &e = catalog->entries.first();
    TCE_COMPARE_RELATIVE(e.requestUsd(1'000, 100), 1'000 * 0.5e-6 + 100 * 2e-6, 1e-12);
    TCE_COMPARE_RELATIVE(e.requestUsd(200'000, 100), 200'000 * 1e-6 + 100 * 4e-6, 1e-12);
    const auto bad =
        parsePriceCsv("id,input_per_million,output_per_million\nx,cheap,2\n", "prices.csv");
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains("line 2") && bad.error().contains("input_per_million") &&
                 bad.error().contains("cheap"),
             qPrintable(bad.error()));
}

void TestWorkload::tracesMatchTheFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("inputMean");
    QTest::addColumn<double>("inputMedian");
    QTest::addColumn<double>("outputMean");
    QTest::addColumn<double>("outputMedian");
    // Row counts from azure-llm-inference-2023/README.md; means and medians computed from the
    // files with python3 (csv + statistics.fmean / statistics.median).
    QTest::newRow("conversation") << kConv << 19366 << 1154.6974078281523 << 1020.0
                                  << 211.12594237323142 << 129.0;
    QTest::newRow("code") << kCode << 8819 << 2047.848282118154 << 1469.0 << 27.88252636353328
                          << 13.0;
}

void TestWorkload::tracesMatchTheFiles()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(double, inputMean);
    QFETCH(double, inputMedian);
    QFETCH(double, outputMean);
    QFETCH(double, outputMedian);
    const auto trace = importTraceCsv(shared(file));
    QVERIFY2(trace.ok(), qPrintable(trace.error()));
    QCOMPARE(int(trace->size()), rows);
    TCE_COMPARE_RELATIVE(mean(trace->inputTokens), inputMean, 1e-12);
    TCE_COMPARE_RELATIVE(mean(trace->outputTokens), outputMean, 1e-12);
    QCOMPARE(median(trace->inputTokens), inputMedian);
    QCOMPARE(median(trace->outputTokens), outputMedian);
}

void TestWorkload::traceImporterNamesLineAndColumn_data()
{
    QTest::addColumn<int>("edit");
    QTest::addColumn<QStringList>("messageParts");
    QTest::newRow("missing column") << 0 << QStringList{"line 1", "GeneratedTokens"};
    QTest::newRow("bad number") << 1 << QStringList{"line 5", "ContextTokens", "\"12x\""};
    QTest::newRow("negative") << 2 << QStringList{"line 3", "GeneratedTokens", "\"-7\""};
    QTest::newRow("short row") << 3 << QStringList{"line 4", "columns"};
    QTest::newRow("empty") << 4 << QStringList{"empty"};
}

void TestWorkload::traceImporterNamesLineAndColumn()
{
    QFETCH(int, edit);
    QFETCH(QStringList, messageParts);
    QTemporaryDir dir;
    const QString path = brokenCopy(dir, shared(kConv), [edit](QByteArray bytes) {
        QList<QByteArray> lines = bytes.split('\n');
        switch (edit) {
        case 0:
            lines[0] = "TIMESTAMP,ContextTokens";
            break;
        case 1:
            lines[4] = "2023-11-16 18:15:51.2224670,12x,55";
            break;
        case 2:
            lines[2] = "2023-11-16 18:15:50.9951690,396,-7";
            break;
        case 3:
            lines[3] = "2023-11-16 18:15:51.2224670";
            break;
        default:
            return QByteArray();
        }
        return lines.join('\n');
    });
    QVERIFY(!path.isEmpty());
    const auto trace = importTraceCsv(path);
    QVERIFY(!trace.ok());
    QVERIFY2(trace.error().contains("AzureLLMInferenceTrace_conv.csv"), qPrintable(trace.error()));
    for (const QString &part : messageParts)
        QVERIFY2(trace.error().contains(part), qPrintable(trace.error()));
}

void TestWorkload::builtInMixesMatchTheTraceMedians_data()
{
    QTest::addColumn<QString>("mix");
    QTest::addColumn<QString>("file");
    QTest::newRow("chat") << "chat" << kConv;
    QTest::newRow("code") << "code" << kCode;
}

void TestWorkload::builtInMixesMatchTheTraceMedians()
{
    QFETCH(QString, mix);
    QFETCH(QString, file);
    const WorkloadMix *m = test::sourceCatalog().findMix(mix);
    QVERIFY(m);
    const auto trace = importTraceCsv(shared(file));
    const Workload sampled = sampleMix(*m, int(trace->size()));
    // Issue 6: within 10% of the trace's medians.
    TCE_COMPARE_RELATIVE(median(sampled.inputTokens), median(trace->inputTokens), 0.10);
    TCE_COMPARE_RELATIVE(median(sampled.outputTokens), median(trace->outputTokens), 0.10);
}

void TestWorkload::aggregatesEqualAPerRequestLoop()
{
    // Every aggregate against an independent loop over evaluate() (the full cost report),
    // on the real conversation trace.
    Scenario s = test::idealScenario(test::llama3_8b(), 1, 1, 16);
    s.serving.engine.memoryEfficiency = 0.65;
    s.serving.engine.computeEfficiency = 0.6;
    s.serving.engine.stepOverheadSeconds = 9e-4;
    s.price.inputUsdPerMillion = 0.05;
    s.price.outputUsdPerMillion = 0.08;
    const auto trace = importTraceCsv(shared(kConv));
    const WorkloadEconomics e = evaluateWorkload(s, trace.value());
    std::vector<double> costs;
    double revenue = 0, losses = 0;
    for (size_t i = 0; i < trace->size(); ++i) {
        Scenario one = s;
        one.inputTokens = trace->inputTokens[i];
        one.outputTokens = trace->outputTokens[i];
        const CostReport r = evaluate(one);
        TCE_COMPARE_RELATIVE(e.costUsd[Eigen::Index(i)], r.usdPerRequest, 1e-12);
        TCE_COMPARE_RELATIVE(e.revenueUsd[Eigen::Index(i)], r.revenuePerRequestUsd, 1e-12);
        costs.push_back(r.usdPerRequest);
        revenue += r.revenuePerRequestUsd;
        losses += r.marginPerRequestUsd < 0;
    }
    const double total = std::accumulate(costs.begin(), costs.end(), 0.0);
    TCE_COMPARE_RELATIVE(e.meanCostUsd, total / double(costs.size()), 1e-12);
    TCE_COMPARE_RELATIVE(e.meanRevenueUsd, revenue / double(costs.size()), 1e-12);
    QCOMPARE(e.lossFraction, losses / double(costs.size()));
    QVERIFY(e.lossFraction > 0 && e.lossFraction < 1); // these prices make some requests lose
    std::sort(costs.begin(), costs.end(), std::greater<>());
    const size_t top = (costs.size() + 99) / 100; // the most expensive 1%: 194 of 19,366
    TCE_COMPARE_RELATIVE(e.top1PercentCostShare,
                         std::accumulate(costs.begin(), costs.begin() + long(top), 0.0) / total,
                         1e-12);
}

void TestWorkload::breakEvenPriceEarnsTheTargetMargin()
{
    Scenario s = test::idealScenario(test::llama3_8b(), 1, 1, 8);
    s.price.inputUsdPerMillion = 0.01;
    s.price.outputUsdPerMillion = 0.01;
    const Workload w = sampleMix(*test::sourceCatalog().findMix("chat"), 2000);
    const WorkloadEconomics e = evaluateWorkload(s, w, nullptr, 0.4);
    s.price.outputUsdPerMillion = e.breakEvenOutputUsdPerMillion;
    const WorkloadEconomics priced = evaluateWorkload(s, w);
    // (revenue - cost) / revenue = 40% at the break-even output price.
    TCE_COMPARE_RELATIVE(priced.meanMarginUsd / priced.meanRevenueUsd, 0.4, 1e-9);
}

void TestWorkload::marginGridAndItsBreakEvenLine()
{
    Scenario s = test::idealScenario(test::llama3_8b(), 1, 1, 16);
    s.price.inputUsdPerMillion = 0.05;
    s.price.outputUsdPerMillion = 0.05;
    const MarginGrid g = marginGrid(s, 100'000, 100'000, 256);
    QCOMPARE(g.marginUsd.rows(), Eigen::Index(256));
    QCOMPARE(g.marginUsd.cols(), Eigen::Index(256));
    const RequestCostModel model(s);
    // Every row, both halves (the second is costed in a thread of its own on two cores).
    for (Eigen::Index r = 0; r < g.inputTokens.size(); ++r) {
        for (Eigen::Index c : {Eigen::Index(0), Eigen::Index(20), Eigen::Index(255)})
            QCOMPARE(g.costUsd(r, c),
                     model.costUsd(int64_t(g.inputTokens[r]), int64_t(g.outputTokens[c])));
    }
    // Where the line says the loss starts, the margin is negative, and one token before it
    // is not.
    for (Eigen::Index r = 0; r < g.inputTokens.size(); r += 17) {
        const double o = g.lossFromOutputTokens[r];
        if (o <= 1)
            continue;
        const auto I = int64_t(g.inputTokens[r]);
        const double revenue = double(I) * 0.05e-6;
        QVERIFY(revenue + o * 0.05e-6 - model.costUsd(I, int64_t(o)) < 0);
        QVERIFY(revenue + (o - 1) * 0.05e-6 - model.costUsd(I, int64_t(o) - 1) >= 0);
    }
}

TCE_TEST_GUILESS_MAIN(TestWorkload)
#include "tst_workload.moc"
