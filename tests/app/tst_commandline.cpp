#include "catalog.h"
#include "chartregistry.h"
#include "commandline.h"
#include "exportcommand.h"
#include "programrun.h"
#include "servingsimulator.h"
#include "testregistry.h"
#include "testsupport.h"
#include "workload.h"
#include "workloadcommand.h"
#include "workloadcost.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace tce;
using tce::test::optionsIn;
using tce::test::Run;
using tce::test::runProgram;

namespace {

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    // export goes to the program's chart commands, as main() sends it; every export here fails
    // while reading its options, before any chart widget (which would need a QApplication).
    r.exitCode =
        isChartCommand(args) ? runChartCommand(args, out, err) : runCommandLine(args, out, err);
    out.flush();
    err.flush();
    return r;
}

// Fails when `command` rejects `option` as unknown. A value follows it: a flag then fails as
// "unexpected argument", a valued option may fail on the value, neither says "unknown".
bool accepts(const QString &command, const QString &option, QString *error)
{
    const Run r = run({command, option, "1"});
    *error = r.err;
    return !r.err.contains(QLatin1String("unknown option"));
}

QStringList warningsOf(const Run &r)
{
    QStringList texts;
    for (const QJsonValue &v : r.json().value("warnings").toArray())
        texts << v.toString();
    return texts;
}

double at(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &key : path.split('.'))
        v = v.toObject().value(key);
    if (!v.isDouble())
        qWarning("missing %s", qPrintable(path));
    return v.toDouble(std::nan(""));
}

// The report of cost-model.md's worked checks: batch 1 on the ideal roofline engine
// (efficiency 1, no overhead), Llama 3.1 8B in bf16 on one H100 SXM.
const QStringList kIdealReport{"report", "--batch", "1", "--engine", "roofline"};

// Llama 3.1 8B (cost-model.md sections 2 and 3): 2 N_body, 2 N_head, A = 4 L h d_h.
constexpr double kTwiceBody = 13'959'176'192.0;
constexpr double kTwiceHead = 1'050'673'152.0;
constexpr double kAttention = 524'288.0;

// S(n) = n (n + 1) / 2, the positions a causal prefill attends to.
constexpr double triangle(double n)
{
    return n * (n + 1) / 2;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void reportReproducesTheWorkedCheck();
    void reportHasEveryContractField();
    void overridesAndBitsPerValue();
    void configJsonAsModel();
    void scenarioFileAsBase();
    void listsPresetIds();
    void badOptionsExitWithTwoAndNameTheOption_data();
    void badOptionsExitWithTwoAndNameTheOption();
    void workloadOverARealTrace();
    void workloadWithACatalogPrice();
    void theRealProgramPrintsJsonWithoutADisplay();
    void commandsStartFromTheServingScenario();
    void reportWarnsAsTheWindowDoes();
    void helpListsExactlyWhatEachCommandAccepts_data();
    void helpListsExactlyWhatEachCommandAccepts();
    void readmeOptionsAreAccepted();
    void exportMarginsWithAMixOrATrace();
    void exportMetricPicksWhatAChartPlots();
    void cachedPrefixInScientificNotationIsACount();
    void cacheWritesForFiveMinutesOrAnHour();
    void exportSizesOutOfRangeAreBadOptions_data();
    void exportSizesOutOfRangeAreBadOptions();
    void commandLineExportsEveryChart();
    void commandLineNamesBadOptions_data();
    void commandLineNamesBadOptions();
    void anUnknownCommandIsRefusedWithoutADisplay();
    void serveIsTheModelsSimulation();
    void serveSweepAndPlan();
    void serveBadInputExitsWithTwo_data();
    void serveBadInputExitsWithTwo();
    void calibrateOnRealBenchmarkFiles_data();
    void calibrateOnRealBenchmarkFiles();
    void calibrateSavesAProfileEveryCommandUses();
    void calibrateBadFilesNameFileLineAndValue_data();
    void calibrateBadFilesNameFileLineAndValue();
    void reasoningTokensDecodeAndBillAsOutput();
    void cachedPrefixSkipsItsPrefillNotItsKv();
    void cacheWriteBillsThePrefixAtTheWritePrice();
    void speculativeDecodingByHand();
    void gridIntensityTimesTheEnergy();
};

void TestCommandLine::reportReproducesTheWorkedCheck()
{
    // Issue 2: this command prints the worked-check values of cost-model.md.
    // At batch 1 on the ideal engine; the default serving scenario runs batch 16 on vLLM.
    const Run r = run({"report", "--model", "llama-3.1-8b", "--hardware", "h100-sxm", "--input",
                       "2048", "--output", "512", "--batch", "1", "--engine", "roofline"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject j = r.json();
    QCOMPARE(at(j, "model.params_total"), 8'030'261'248.0);
    QCOMPARE(at(j, "model.kv_bytes_per_token"), 131'072.0);
    QCOMPARE(at(j, "model.weight_bytes"), 16'060'522'496.0);
    QCOMPARE(at(j, "flops.prefill"), 29'689'492'013'056.0);
    QCOMPARE(at(j, "flops.decode_first_step"), 16'084'115'456.0);
    QCOMPARE(at(j, "flops.decode_last_step"), 16'351'502'336.0);
    QCOMPARE(at(j, "flops.decode_total"), 8'287'300'345'856.0);
    QCOMPARE(at(j, "flops.total"), 29'689'492'013'056.0 + 8'287'300'345'856.0);
    TCE_COMPARE_RELATIVE(at(j, "time_s.ttft"), 29'689'492'013'056.0 / 989.4e12, 1e-9);
    TCE_COMPARE_RELATIVE(at(j, "time_s.decode_step_first"),
                         (16'060'522'496.0 + 131'072.0 * 2049) / 3.35e12, 1e-9);
    QCOMPARE(at(j, "runs"), 512.0);
    QCOMPARE(at(j, "cost_usd.list_price_ratio"), 3.0);
    // decode_tokens_per_s = batch / decode_step_mean
    TCE_COMPARE_RELATIVE(at(j, "throughput.decode_tokens_per_s"),
                         1.0 / at(j, "time_s.decode_step_mean"), 1e-12);
    // Integers print as integers, not 2.97e+13.
    QVERIFY2(r.out.contains("29689492013056"), qPrintable(r.out.left(400)));
}

void TestCommandLine::reportHasEveryContractField()
{
    const QJsonObject j = run({"report"}).json();
    for (const char *path : {"model.params_total",
                             "model.params_active",
                             "model.weight_bytes",
                             "model.kv_bytes_per_token",
                             "hardware.gpus",
                             "hardware.peak_flops",
                             "hardware.memory_bandwidth",
                             "hardware.memory_bytes",
                             "request.input_tokens",
                             "request.output_tokens",
                             "request.batch",
                             "flops.prefill",
                             "flops.decode_first_step",
                             "flops.decode_last_step",
                             "flops.decode_total",
                             "flops.total",
                             "time_s.ttft",
                             "time_s.decode_step_first",
                             "time_s.decode_step_last",
                             "time_s.decode_step_mean",
                             "time_s.request_total",
                             "throughput.prefill_tokens_per_s",
                             "throughput.decode_tokens_per_s",
                             "memory.kv_cache_bytes",
                             "memory.max_batch_at_context",
                             "memory.max_context_at_batch",
                             "cost_usd.per_million_input",
                             "cost_usd.per_million_output",
                             "cost_usd.request",
                             "cost_usd.output_input_ratio",
                             "runs"})
        QVERIFY2(std::isfinite(at(j, QString::fromLatin1(path))), path);
    QVERIFY(j.value("model").toObject().value("name").isString());
    QVERIFY(j.value("hardware").toObject().value("name").isString());
    QVERIFY(j.value("memory").toObject().value("fits").isBool());
}

void TestCommandLine::overridesAndBitsPerValue()
{
    const QJsonObject j =
        run({"report", "--batch",  "16",   "--gpus",         "2",       "--weight-bits",
             "4.85",   "--kv",     "fp8",  "--peak-flops",   "1e15",    "--bandwidth",
             "2e12",   "--memory", "48e9", "--gpu-hour-usd", "1.5",     "--input",
             "1000",   "--output", "10",   "--engine",       "roofline"})
            .json();
    QCOMPARE(at(j, "request.batch"), 16.0);
    QCOMPARE(at(j, "hardware.gpus"), 2.0);
    QCOMPARE(at(j, "hardware.peak_flops"), 1e15);
    QCOMPARE(at(j, "hardware.memory_bandwidth"), 2e12);
    QCOMPARE(at(j, "hardware.memory_bytes"), 48e9);
    QCOMPARE(at(j, "hardware.gpu_hour_usd"), 1.5);
    QCOMPARE(at(j, "model.weight_bytes"), 8'030'261'248.0 * 4.85 / 8);
    QCOMPARE(at(j, "model.kv_bytes_per_token"), 65'536.0);
    // Whole batch: 16 prompts prefilled, 16 sequences per decode step.
    QCOMPARE(at(j, "flops.decode_first_step"), 16 * (15'009'849'344.0 + 524'288.0 * 1001));
    // Memory-bound first step on 2 GPUs: (weights + 16 sequences' caches) / (2 * 2e12), plus
    // 2 all-reduces per layer of 16 tokens x 4096 x 2 bytes over the H100's link.
    const HardwareSpec *h100 = Catalog::builtIn().findHardware("h100-sxm");
    const double allReduce =
        2 * 32 *
        (16 * 4096 * 2.0 / h100->interconnectBytesPerSecond + h100->interconnectLatencySeconds);
    TCE_COMPARE_RELATIVE(at(j, "time_s.decode_step_first"),
                         (8'030'261'248.0 * 4.85 / 8 + 16 * 65'536.0 * 1001) / 4e12 + allReduce,
                         1e-9);
    const QJsonObject naive =
        run({"report", "--no-kv-cache", "--input", "100", "--output", "10"}).json();
    QCOMPARE(naive.value("request").toObject().value("kv_cache").toBool(), false);
    QCOMPARE(at(naive, "flops.total"), at(naive, "flops.no_kv_cache_total"));
}

void TestCommandLine::configJsonAsModel()
{
    const Run r = run({"report", "--model", test::dataPath("configs/mixtral-8x7b.config.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Mixtral-8x7B: 46,702,792,704 parameters with our counting (resources/catalog/models.json).
    QCOMPARE(at(r.json(), "model.params_total"), 46'702'792'704.0);
}

void TestCommandLine::scenarioFileAsBase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("s.tce.json");
    // Write a scenario through the report's own defaults, edit it, and read it back.
    const Run base = run({"report", "--batch", "3"});
    QCOMPARE(base.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"token-cost-explorer-scenario\", \"version\": 1}");
    file.close();
    const Run bad = run({"report", "--scenario", path});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--scenario") && bad.err.contains("s.tce.json"), qPrintable(bad.err));
}

void TestCommandLine::listsPresetIds()
{
    const Run models = run({"list", "models"});
    QCOMPARE(models.exitCode, 0);
    QVERIFY(models.out.contains("llama-3.1-8b"));
    QVERIFY(run({"list", "hardware"}).out.contains("h100-sxm"));
    QVERIFY(run({"list", "prices"}).out.contains("gpt-4o-2024-05"));
    const QString engines = run({"list", "engines"}).out;
    for (const char *id : {"generic", "vllm", "tensorrt-llm", "llama.cpp"})
        QVERIFY2(engines.contains(QLatin1String(id)), id);
}

void TestCommandLine::badOptionsExitWithTwoAndNameTheOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("messageParts");
    QTest::newRow("not a number") << QStringList{"report", "--input", "lots"}
                                  << QStringList{"--input", "\"lots\""};
    QTest::newRow("zero output") << QStringList{"report", "--output", "0"}
                                 << QStringList{"--output", "\"0\"",
                                                "expected 1 to 100000000 output tokens"};
    // The window's and the files' limit too (kMaxTokens).
    QTest::newRow("tokens over the limit")
        << QStringList{"report", "--input", "100000001"}
        << QStringList{"--input", "\"100000001\"", "out of range", "100000000"};
    QTest::newRow("not a number (batch)") << QStringList{"report", "--batch", "abc"}
                                          << QStringList{"--batch: \"abc\" is not a number"};
    QTest::newRow("fraction") << QStringList{"report", "--batch", "2.5"}
                              << QStringList{"--batch", "2.5"};
    QTest::newRow("unknown model") << QStringList{"report", "--model", "gpt-9"}
                                   << QStringList{"model", "\"gpt-9\"", "llama-3.1-8b"};
    QTest::newRow("unknown hardware")
        << QStringList{"report", "--hardware", "tpu"} << QStringList{"hardware", "\"tpu\""};
    QTest::newRow("unknown engine")
        << QStringList{"report", "--engine", "magic"} << QStringList{"engine", "\"magic\""};
    QTest::newRow("unknown dtype")
        << QStringList{"report", "--weights", "int3"} << QStringList{"--weights", "\"int3\""};
    QTest::newRow("bits out of range")
        << QStringList{"report", "--kv-bits", "0"} << QStringList{"--kv-bits", "0"};
    QTest::newRow("missing value")
        << QStringList{"report", "--gpus"} << QStringList{"--gpus", "needs a value"};
    QTest::newRow("negative bandwidth")
        << QStringList{"report", "--bandwidth", "-1"} << QStringList{"bandwidth", "-1"};
    QTest::newRow("unknown option") << QStringList{"report", "--turbo"}
                                    << QStringList{"unknown option \"--turbo\" (see --help)"};
    QTest::newRow("stray argument")
        << QStringList{"report", "llama-3.1-8b"} << QStringList{"\"llama-3.1-8b\""};
    QTest::newRow("workload option in report")
        << QStringList{"report", "--mix", "chat"} << QStringList{"unknown option \"--mix\""};
    QTest::newRow("value for a flag")
        << QStringList{"report", "--no-kv-cache=1"} << QStringList{"--no-kv-cache", "\"1\""};
    QTest::newRow("unknown command")
        << QStringList{"reprot"} << QStringList{"\"reprot\"", "report", "workload", "export"};
    QTest::newRow("missing config") << QStringList{"report", "--model", "/nonexistent/config.json"}
                                    << QStringList{"--model", "config.json"};
    QTest::newRow("bad list") << QStringList{"list", "gpus"}
                              << QStringList{"\"gpus\"", "models", "engines"};
    QTest::newRow("workload: no workload")
        << QStringList{"workload"} << QStringList{"--trace FILE or --mix NAME"};
    QTest::newRow("workload: unknown mix")
        << QStringList{"workload", "--mix", "gaming"} << QStringList{"\"gaming\""};
    QTest::newRow("workload: unknown mix lists the mixes")
        << QStringList{"workload", "--mix", "nosuch"}
        << QStringList{
               "--mix: \"nosuch\" is not one of chat, code, long-document, reasoning-heavy"};
    QTest::newRow("workload: mix and trace")
        << QStringList{"workload", "--mix", "chat", "--trace", "t.csv"} << QStringList{"not both"};
    QTest::newRow("workload: missing trace")
        << QStringList{"workload", "--trace", "/nonexistent/trace.csv"} << QStringList{"trace.csv"};
    QTest::newRow("workload: bad margin")
        << QStringList{"workload", "--mix", "chat", "--target-margin", "1.5"}
        << QStringList{"--target-margin"};
    QTest::newRow("workload: entry without file")
        << QStringList{"workload", "--mix", "chat", "--price-entry", "x"}
        << QStringList{"--prices"};
    const QStringList chart{"export", "--chart", "margins", "--format", "csv", "--out", "x.csv"};
    QTest::newRow("export: unknown mix")
        << chart + QStringList{"--mix", "nosuch"}
        << QStringList{"--mix: \"nosuch\" is not one of chat, code"};
    QTest::newRow("export: chart without value")
        << QStringList{"export", "--chart"} << QStringList{"--chart needs a value"};
    QTest::newRow("export: unknown chart") << QStringList{"export", "--chart", "pie"}
                                           << QStringList{"--chart: \"pie\" is not one of all, "};
    QTest::newRow("export: no chart") << QStringList{"export", "--format", "csv", "--out", "x.csv"}
                                      << QStringList{"--chart is missing"};
    QTest::newRow("export: bad format")
        << QStringList{"export", "--format", "bmp"} << QStringList{"--format: \"bmp\""};
    QTest::newRow("export: bad dpi")
        << QStringList{"export", "--dpi", "5"}
        << QStringList{"--dpi: \"5\" is out of range; expected 24 to 2400 DPI"};
    QTest::newRow("export: not a size") << QStringList{"export", "--size", "big"}
                                        << QStringList{"--size: \"big\" is not WIDTHxHEIGHT"};
    QTest::newRow("export: unknown option")
        << QStringList{"export", "--foo"} << QStringList{"unknown option \"--foo\" (see --help)"};
    // Issue 15: prompt cache, speculative decoding and grid intensity.
    QTest::newRow("cached prefix share above 1")
        << QStringList{"report", "--cached-prefix", "1.5"}
        << QStringList{"cached prefix share is 1.5", "0 to 1"};
    QTest::newRow("cached prefix longer than the prompt")
        << QStringList{"report", "--input", "4000", "--cached-prefix", "4001"}
        << QStringList{"cached prefix is 4001 tokens", "4000"};
    QTest::newRow("cached prefix longer than a prompt given after it")
        << QStringList{"report", "--cached-prefix", "3000", "--input", "2000"}
        << QStringList{"cached prefix is 3000 tokens", "2000"};
    QTest::newRow("negative cached prefix")
        << QStringList{"report", "--cached-prefix", "-5"} << QStringList{"cached prefix is -5"};
    QTest::newRow("cached prefix not a number") << QStringList{"report", "--cached-prefix", "half"}
                                                << QStringList{"--cached-prefix: \"half\""};
    QTest::newRow("cached prefix NaN") << QStringList{"report", "--cached-prefix", "nan"}
                                       << QStringList{"--cached-prefix", "\"nan\""};
    QTest::newRow("acceptance 1") << QStringList{"report", "--speculative", "head", "--acceptance",
                                                 "1"}
                                  << QStringList{"acceptance rate is 1;", "not including"};
    QTest::newRow("cache hit rate 1.5")
        << QStringList{"serve", "--cached-prefix", "1000", "--cache-hit-rate", "1.5"}
        << QStringList{"cache hit rate is 1.5"};
    QTest::newRow("cached prefix inf")
        << QStringList{"report", "--cached-prefix", "inf"} << QStringList{"\"inf\""};
    QTest::newRow("acceptance -0.1")
        << QStringList{"report", "--speculative", "head", "--acceptance", "-0.1"}
        << QStringList{"acceptance rate is -0.1"};
    QTest::newRow("acceptance NaN") << QStringList{"report", "--acceptance", "nan"}
                                    << QStringList{"--acceptance: \"nan\" is not a number"};
    QTest::newRow("draft tokens 0")
        << QStringList{"report", "--speculative", "head", "--draft-tokens", "0"}
        << QStringList{"draft tokens is 0", "1 to 64"};
    QTest::newRow("draft tokens 65")
        << QStringList{"report", "--speculative", "head", "--draft-tokens", "65"}
        << QStringList{"draft tokens is 65", "1 to 64"};
    QTest::newRow("unknown draft model")
        << QStringList{"report", "--speculative", "gpt-9"}
        << QStringList{"draft model \"gpt-9\"", "llama-3.2-1b", "head"};
    QTest::newRow("negative grid intensity") << QStringList{"report", "--grid-g-per-kwh", "-1"}
                                             << QStringList{"grid carbon intensity is -1"};
    QTest::newRow("grid intensity NaN") << QStringList{"report", "--grid-g-per-kwh", "nan"}
                                        << QStringList{"--grid-g-per-kwh: \"nan\""};
    QTest::newRow("negative reasoning")
        << QStringList{"report", "--reasoning", "-1"} << QStringList{"--reasoning: \"-1\""};
    QTest::newRow("negative cache-read price") << QStringList{"report", "--price-cache-read", "-1"}
                                               << QStringList{"cache read price is -1"};
    QTest::newRow("cache-write price NaN") << QStringList{"report", "--price-cache-write", "nan"}
                                           << QStringList{"--price-cache-write: \"nan\""};
    QTest::newRow("value for --cache-write")
        << QStringList{"report", "--cache-write=yes"} << QStringList{"--cache-write", "\"yes\""};
}

void TestCommandLine::badOptionsExitWithTwoAndNameTheOption()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, messageParts);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    for (const QString &part : messageParts)
        QVERIFY2(r.err.contains(part), qPrintable(r.err));
}

void TestCommandLine::workloadOverARealTrace()
{
    const QString trace = QStringLiteral(
        TCE_SHARED_DATA_DIR "/azure-llm-inference-2023/AzureLLMInferenceTrace_conv.csv");
    const Run r = run({"workload", "--trace", trace, "--engine", "vllm", "--batch", "16",
                       "--price-in", "0.05", "--price-out", "0.08", "--target-margin", "0.3"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject j = r.json();
    for (const char *key : {"requests", "mean_cost_usd", "mean_revenue_usd", "loss_fraction",
                            "top1pct_cost_share", "breakeven_output_price_per_million"})
        QVERIFY2(j.value(QLatin1String(key)).isDouble(), key);
    QCOMPARE(at(j, "requests"), 19366.0);
    // The same numbers as the model's own evaluation of that scenario and trace.
    ScenarioChanges c;
    c.engineId = QStringLiteral("vllm");
    c.batch = 16;
    c.inputUsdPerMillion = 0.05;
    c.outputUsdPerMillion = 0.08;
    const auto s = applyChanges(Catalog::builtIn(), defaultServingScenario(Catalog::builtIn()), c);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const auto requests = importTraceCsv(trace);
    QVERIFY2(requests.ok(), qPrintable(requests.error()));
    const WorkloadEconomics e = evaluateWorkload(s.value(), requests.value(), nullptr, 0.3);
    QCOMPARE(at(j, "mean_cost_usd"), e.meanCostUsd);
    QCOMPARE(at(j, "loss_fraction"), e.lossFraction);
    QCOMPARE(at(j, "breakeven_output_price_per_million"), e.breakEvenOutputUsdPerMillion);
    QVERIFY(e.lossFraction > 0);
}

void TestCommandLine::workloadWithACatalogPrice()
{
    // Claude Sonnet 4.5 in the LiteLLM snapshot: $3 / $15 per 1M, $6 / $22.50 above 200K input.
    const Run r = run(
        {"workload", "--mix", "chat", "--prices",
         QStringLiteral(TCE_SHARED_DATA_DIR "/litellm-prices/model_prices_and_context_window.json"),
         "--price-entry", "claude-sonnet-4-5"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject j = r.json();
    QCOMPARE(j.value("price_entry").toString(), QStringLiteral("claude-sonnet-4-5"));
    TCE_COMPARE_RELATIVE(at(j, "price_in_per_million"), 3.0, 1e-12);
    TCE_COMPARE_RELATIVE(at(j, "price_out_per_million"), 15.0, 1e-12);
    const double input = at(j, "long_output_request.input_tokens");
    TCE_COMPARE_RELATIVE(at(j, "long_output_request.revenue_usd"), input * 3e-6 + 65536 * 15e-6,
                         1e-12);
}

void TestCommandLine::theRealProgramPrintsJsonWithoutADisplay()
{
    const Run r = runProgram({"report", "--input", "2048", "--output", "512", "--batch", "1"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(at(r.json(), "flops.prefill"), 29'689'492'013'056.0);

    const Run bad = runProgram({"report", "--input", "-5"});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("--input: \"-5\""), qPrintable(bad.err));
}

void TestCommandLine::commandsStartFromTheServingScenario()
{
    // The window's default scenario, not the worked check's batch 1 on the ideal engine.
    const Scenario window = defaultServingScenario(Catalog::builtIn());
    const QJsonObject report = run({"report"}).json();
    QCOMPARE(at(report, "request.batch"), double(window.serving.batch));
    QCOMPARE(report.value("engine").toObject().value("id").toString(), window.serving.engine.id);
    QCOMPARE(window.serving.batch, 16);
    QCOMPARE(window.serving.engine.id, QStringLiteral("vllm"));
    const Run workload = run({"workload", "--mix", "chat"});
    QVERIFY2(workload.exitCode == 0, qPrintable(workload.err));
    QCOMPARE(at(workload.json(), "batch"), 16.0);
    // And the help says so.
    for (const char *command : {"report", "workload", "export"}) {
        const QString usage = run({command, "--help"}).out.simplified();
        QVERIFY2(usage.contains("batch 16") && usage.contains("vLLM") &&
                     usage.contains("--batch 1 --engine roofline"),
                 qPrintable(usage));
    }
}

void TestCommandLine::reportWarnsAsTheWindowDoes()
{
    const Run plain = run({"report"});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.json().value("warnings").isArray());
    QCOMPARE(warningsOf(plain), QStringList());

    // Llama 2 reads 4,096 tokens; 8,192 + 1,024 do not fit its window.
    const Run tooLong =
        run({"report", "--model", "llama-2-7b", "--input", "8192", "--output", "1024"});
    QCOMPARE(tooLong.exitCode, 0);
    const QString context = warningsOf(tooLong).filter("context window").value(0);
    QVERIFY2(context.contains("9,216") && context.contains("4,096"),
             qPrintable(warningsOf(tooLong).join('\n')));

    // 70B parameters in bf16 are 140 GB; one RTX 4090 has 24 GB.
    const Run tooBig =
        run({"report", "--model", "llama-3.1-70b", "--weights", "bf16", "--hardware", "rtx-4090"});
    QCOMPARE(tooBig.exitCode, 0);
    const QStringList big = warningsOf(tooBig);
    QCOMPARE(big.size(), 1);
    QVERIFY2(big.first().contains("weights do not fit") && big.first().contains("GiB"),
             qPrintable(big.first()));
}

void TestCommandLine::helpListsExactlyWhatEachCommandAccepts_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"report", "workload", "serve", "calibrate", "export", "list"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCommandLine::helpListsExactlyWhatEachCommandAccepts()
{
    QFETCH(QString, command);
    const Run help = run({command, "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith("Usage: token-cost-explorer " + command));
    const QStringList options = optionsIn(help.out);
    QVERIFY(options.contains("--help"));
    for (const QString &option : options) {
        QString error;
        QVERIFY2(accepts(command, option, &error), qPrintable(option + ": " + error));
    }
    // The check can fail: an option no command has.
    QString error;
    QVERIFY(!accepts(command, "--no-such-option", &error));
}

void TestCommandLine::readmeOptionsAreAccepted()
{
    QFile readme(QStringLiteral(TCE_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype section = text.indexOf("\n## Command line\n");
    QVERIFY(section >= 0);
    const qsizetype begin = text.indexOf("```sh\n", section);
    const qsizetype end = text.indexOf("```", begin + 6);
    QVERIFY(begin > 0 && end > begin);
    // The synopsis: a command's line and its indented continuation lines.
    QMap<QString, QStringList> optionsByCommand;
    QString command;
    for (const QString &line : text.mid(begin + 6, end - begin - 6).split('\n')) {
        if (line.startsWith("token-cost-explorer "))
            command = line.section(' ', 1, 1);
        if (QStringList{"report", "workload", "serve", "calibrate", "export", "list"}.contains(
                command))
            optionsByCommand[command] << optionsIn(line);
    }
    for (const char *c : {"report", "workload", "serve", "calibrate", "export"})
        QVERIFY2(!optionsByCommand.value(c).isEmpty(), c);
    for (auto it = optionsByCommand.cbegin(); it != optionsByCommand.cend(); ++it) {
        for (const QString &option : it.value()) {
            QString error;
            QVERIFY2(accepts(it.key(), option, &error),
                     qPrintable(it.key() + " " + option + ": " + error));
        }
    }
}

void TestCommandLine::exportMarginsWithAMixOrATrace()
{
    QTemporaryDir dir;
    const QString trace = QStringLiteral(
        TCE_SHARED_DATA_DIR "/azure-llm-inference-2023/AzureLLMInferenceTrace_conv.csv");
    for (const QStringList &workload :
         {QStringList{"--mix", "chat"}, QStringList{"--trace", trace}}) {
        const QString path = dir.filePath("margins.csv");
        QFile::remove(path);
        const Run r = runProgram(
            QStringList{"export", "--chart", "margins", "--format", "csv", "--out", path} +
            workload);
        QVERIFY2(r.exitCode == 0, qPrintable(workload.join(' ') + ": " + r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 2, qPrintable(lines.join('\n')));
    }
    // Without either, the mix the window starts with: the catalog's first.
    QCOMPARE(Catalog::builtIn().mixes.constFirst().id, kDefaultMixId);
}

// --metric: the per-token and cumulative charts plot the metric asked for (their CSV's unit
// says which); a metric a chart does not have, or a chart without metrics, exits 2.
void TestCommandLine::cachedPrefixInScientificNotationIsACount()
{
    // 1e3 is a whole number above 1: 1,000 tokens, as 1000 is; 5e-1 is a share, as 0.5 is.
    const QJsonObject count = run({"report", "--cached-prefix", "1e3"}).json();
    QCOMPARE(at(count, "tokens.cached_prefix"), 1000.0);
    const QJsonObject share = run({"report", "--cached-prefix", "5e-1"}).json();
    QCOMPARE(at(share, "tokens.cached_prefix"), 1024.0); // half the default 2,048
}

// Claude Sonnet 4.5 (catalog prices.json): input $3, cache read $0.30, 5-minute write $3.75,
// 1-hour write $6, output $15 per 1M. 8,000 in with a 7,000-token prefix, 300 out:
// read 1,000 x 3 + 7,000 x 0.30 + 300 x 15 = $0.0096; write 1,000 x 3 + 7,000 x 3.75 + 4,500 =
// $0.03375; 1-hour write 1,000 x 3 + 7,000 x 6 + 4,500 = $0.0495.
void TestCommandLine::cacheWritesForFiveMinutesOrAnHour()
{
    const QStringList base{"report",
                           "--input",
                           "8000",
                           "--output",
                           "300",
                           "--price",
                           "claude-sonnet-4.5-2025-11",
                           "--cached-prefix",
                           "7000"};
    TCE_COMPARE_RELATIVE(at(run(base).json(), "cost_usd.revenue_request"), 0.0096, 1e-12);
    TCE_COMPARE_RELATIVE(
        at(run(base + QStringList{"--cache-write"}).json(), "cost_usd.revenue_request"), 0.03375,
        1e-12);
    const QJsonObject hour = run(base + QStringList{"--cache-write-1h"}).json();
    TCE_COMPARE_RELATIVE(at(hour, "cost_usd.revenue_request"), 0.0495, 1e-12);
    QCOMPARE(at(hour, "cost_usd.list_price_cache_write_1h_per_million"), 6.0);
    QCOMPARE(at(hour, "tokens.cached_prefix"), 0.0); // a write prefills the whole prompt
    // Without a 1-hour price the 1-hour write bills at the 5-minute one.
    const QJsonObject custom =
        run({"report", "--input", "8000", "--output", "300", "--price-in", "3", "--price-out", "15",
             "--price-cache-write", "3.75", "--cached-prefix", "7000", "--cache-write-1h"})
            .json();
    TCE_COMPARE_RELATIVE(at(custom, "cost_usd.revenue_request"), 0.03375, 1e-12);
}

void TestCommandLine::exportMetricPicksWhatAChartPlots()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("chart.csv");
    for (const auto &[chart, metric, unit] :
         {std::tuple{"per-token", "energy", "[J]"}, std::tuple{"per-token", "bytes", "[bytes]"},
          std::tuple{"cumulative", "energy", "[J]"}, std::tuple{"cumulative", "usd", "[USD]"}}) {
        QFile::remove(path);
        const Run r = runProgram(QStringList{"export", "--chart", chart, "--metric", metric,
                                             "--format", "csv", "--out", path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString header = QString::fromUtf8(file.readLine());
        QVERIFY2(header.contains(QLatin1String(unit)), qPrintable(chart + (" " + header)));
    }
    const Run wrong = runProgram(QStringList{"export", "--chart", "cumulative", "--metric", "flops",
                                             "--format", "csv", "--out", path});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains("\"flops\""), qPrintable(wrong.err));
    const Run none = runProgram(QStringList{"export", "--chart", "batch", "--metric", "usd",
                                            "--format", "csv", "--out", path});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("batch"), qPrintable(none.err));
}

void TestCommandLine::exportSizesOutOfRangeAreBadOptions_data()
{
    QTest::addColumn<QString>("size");
    QTest::newRow("too small") << "10x10";
    QTest::newRow("too large") << "100000x100000";
}

void TestCommandLine::exportSizesOutOfRangeAreBadOptions()
{
    // Both are refused while reading the options (exit 2), before anything renders, with the
    // range renderChartFile enforces.
    QFETCH(QString, size);
    QTemporaryDir dir;
    const Run r = runProgram({"export", "--chart", "roofline", "--format", "png", "--size", size,
                              "--out", dir.filePath("x.png")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains("--size: \"" + size + "\" is out of range; expected 16 to 20000 pixels"),
        qPrintable(r.err));
    QVERIFY(!QFile::exists(dir.filePath("x.png")));
}

void TestCommandLine::commandLineExportsEveryChart()
{
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("QT_QPA_PLATFORM"); // the program picks offscreen itself
    env.remove("DISPLAY");
    process.setProcessEnvironment(env);
    process.start(TCE_APP_BINARY, {"export", "--chart", "all", "--format", "png", "--size",
                                   "1280x720", "--out", dir.filePath("charts"), "--batch", "8"});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    for (const QString &id : chartIds()) {
        const QImage image(dir.filePath("charts/" + id + ".png"));
        QCOMPARE(image.size(), QSize(1280, 720));
    }
    process.start(TCE_APP_BINARY, {"list", "charts"});
    QVERIFY(process.waitForFinished(30000));
    const QString listed = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &id : chartIds())
        QVERIFY(listed.contains(id));
}

void TestCommandLine::commandLineNamesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no chart") << QStringList{"export", "--format", "png", "--out", "x.png"}
                              << "--chart";
    QTest::newRow("unknown chart")
        << QStringList{"export", "--chart", "pie", "--format", "png", "--out", "x.png"}
        << "\"pie\"";
    QTest::newRow("unknown format")
        << QStringList{"export", "--chart", "roofline", "--format", "bmp", "--out", "x"}
        << "\"bmp\"";
    QTest::newRow("bad size") << QStringList{"export", "--chart", "roofline", "--format", "png",
                                             "--size", "big",     "--out",    "x.png"}
                              << "--size";
    QTest::newRow("bad report option")
        << QStringList{"export", "--chart", "roofline", "--format", "png",
                       "--out",  "x.png",   "--input",  "-4"}
        << "input tokens";
}

void TestCommandLine::commandLineNamesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess process;
    process.start(TCE_APP_BINARY, args);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(process.readAllStandardError().contains(message.toUtf8()), qPrintable(message));
}

void TestCommandLine::anUnknownCommandIsRefusedWithoutADisplay()
{
    // A typo is not a file to open in the window: no display is needed to say so.
    for (const bool offscreen : {false, true}) {
        const Run r = runProgram({"reprot"}, offscreen);
        QCOMPARE(r.exitCode, 2);
        for (const char *part : {"\"reprot\"", "report", "workload", "export", "list"})
            QVERIFY2(r.err.contains(QLatin1String(part)), qPrintable(r.err));
    }
}

// `serve` prints what simulateServing gives for the same scenario and load: the command adds
// parsing and JSON, no numbers of its own.
void TestCommandLine::serveIsTheModelsSimulation()
{
    const Run r = run({"serve", "--concurrency", "8", "--requests", "200", "--input", "1500",
                       "--output", "300", "--slo-ttft", "0.5", "--slo-itl", "0.03"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject j = r.json();
    for (const char *key : {"duration_s",
                            "throughput.output_tokens_per_s",
                            "throughput.input_tokens_per_s",
                            "throughput.requests_per_s",
                            "ttft_s.mean",
                            "ttft_s.p50",
                            "ttft_s.p90",
                            "ttft_s.p99",
                            "itl_s.mean",
                            "itl_s.p99",
                            "e2e_s.p50",
                            "batch.mean_running",
                            "batch.max_running",
                            "batch.kv_peak_bytes",
                            "batch.preemptions",
                            "goodput.requests_per_s",
                            "goodput.slo_ttft_s",
                            "goodput.slo_itl_s",
                            "cost_usd.per_million_input",
                            "cost_usd.per_million_output",
                            "cost_usd.output_input_ratio",
                            "cost_usd.per_request_mean",
                            "load.concurrency",
                            "load.requests"})
        QVERIFY2(std::isfinite(at(j, QLatin1String(key))), key);
    QCOMPARE(j.value("load").toObject().value("mode").toString(), QStringLiteral("concurrency"));
    QVERIFY(!j.contains("plan")); // a plan needs a rate

    ScenarioChanges c;
    c.inputTokens = 1500;
    c.outputTokens = 300;
    const auto s = applyChanges(Catalog::builtIn(), defaultServingScenario(Catalog::builtIn()), c);
    QVERIFY(s.ok());
    ServingLoad load;
    load.concurrency = 8;
    load.requests = 200;
    load.sloTtftSeconds = 0.5;
    load.sloItlSeconds = 0.03;
    Workload lengths;
    lengths.inputTokens = {1500};
    lengths.outputTokens = {300};
    const auto model = simulateServing(s.value(), load, lengths);
    QVERIFY(model.ok());
    QCOMPARE(at(j, "throughput.output_tokens_per_s"), model->outputTokensPerSecond);
    QCOMPARE(at(j, "ttft_s.p99"), model->ttft.p99);
    QCOMPARE(at(j, "goodput.requests_per_s"), model->goodputRequestsPerSecond);
    QCOMPARE(at(j, "cost_usd.output_input_ratio"), model->cost.outputInputRatio);
}

void TestCommandLine::serveSweepAndPlan()
{
    const Run sweep = run({"serve", "--sweep", "concurrency:1,4,16", "--output", "100"});
    QVERIFY2(sweep.exitCode == 0, qPrintable(sweep.err));
    const QJsonArray points = QJsonDocument::fromJson(sweep.out.toUtf8()).array();
    QCOMPARE(points.size(), 3);
    double last = 0;
    for (const QJsonValue &p : points) {
        const double throughput = at(p.toObject(), "throughput.output_tokens_per_s");
        QVERIFY(throughput > last);
        last = throughput;
    }
    QCOMPARE(at(points[2].toObject(), "load.concurrency"), 16.0);

    // A rate one replica cannot serve within the targets: the plan asks for more replicas,
    // and their GPUs and dollars follow (730 hours a month at the scenario's $/GPU-hour).
    const Run plan = run({"serve", "--rate", "40", "--requests", "400", "--input", "1000",
                          "--output", "200", "--slo-ttft", "1", "--slo-itl", "0.05"});
    QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
    const QJsonObject j = plan.json();
    QVERIFY2(at(j, "plan.replicas") >= 2, qPrintable(plan.out));
    QCOMPARE(at(j, "plan.gpus"), at(j, "plan.replicas"));
    TCE_COMPARE_RELATIVE(at(j, "plan.usd_per_month"),
                         at(j, "plan.replicas") * at(j, "cost_usd.replica_per_hour") * 730, 1e-12);
}

void TestCommandLine::serveBadInputExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("messageParts");
    QTest::newRow("concurrency 0")
        << QStringList{"serve", "--concurrency", "0"} << QStringList{"--concurrency", "\"0\""};
    QTest::newRow("negative rate")
        << QStringList{"serve", "--rate", "-2"} << QStringList{"--rate", "\"-2\""};
    QTest::newRow("both loads") << QStringList{"serve", "--rate", "2", "--concurrency", "4"}
                                << QStringList{"either --concurrency or --rate"};
    QTest::newRow("time scale without a trace")
        << QStringList{"serve", "--time-scale", "2"} << QStringList{"--time-scale"};
    QTest::newRow("bad sweep") << QStringList{"serve", "--sweep", "concurrency:1,x"}
                               << QStringList{"--sweep", "\"x\""};
    QTest::newRow("beyond the context window")
        << QStringList{"serve", "--input", "130000", "--output", "2000"}
        << QStringList{"132000 tokens", "context window"};
    QTest::newRow("model does not fit")
        << QStringList{"serve", "--model", "llama-3.1-405b"} << QStringList{"does not fit"};
    QTest::newRow("trace without timestamps")
        << QStringList{"serve", "--trace",
                       QStringLiteral(TCE_TEST_DATA_DIR "/serving/no_timestamps.csv")}
        << QStringList{"no timestamps"};
    QTest::newRow("trace out of order")
        << QStringList{"serve", "--trace",
                       QStringLiteral(TCE_TEST_DATA_DIR "/serving/out_of_order.csv")}
        << QStringList{"request 3 arrives at 1.500 s, before request 2 (4.000 s)"};
}

void TestCommandLine::serveBadInputExitsWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, messageParts);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    for (const QString &part : messageParts)
        QVERIFY2(r.err.contains(part), qPrintable(r.err));
}

void TestCommandLine::calibrateOnRealBenchmarkFiles_data()
{
    // Real output of each tool (tests/data/calibration/fixtures/SOURCES.md) with the setup the
    // source states, which the files themselves do not name in our terms.
    QTest::addColumn<QStringList>("args");
    const QString fixtures = QStringLiteral(TCE_TEST_DATA_DIR "/calibration/fixtures/");
    QTest::newRow("llama-bench markdown, DeepSeek V3 on 8 MI300X")
        << QStringList{"--measurements", fixtures + "llama-bench-mi300x.md",
                       "--model",        "deepseek-v3",
                       "--hardware",     "mi300x"};
    QTest::newRow("vLLM benchmark_serving result, 405B FP8 on 8 H100")
        << QStringList{"--measurements", fixtures + "vllm-serve-dstack-h100-16qps.json",
                       "--model",        "llama-3.1-405b",
                       "--hardware",     "h100-sxm",
                       "--gpus",         "8",
                       "--weights",      "fp8",
                       "--kv",           "fp8"};
    QTest::newRow("genai-perf export, TensorRT-LLM, 8B on one H100")
        << QStringList{"--measurements", fixtures + "genai-perf-issue298-streaming.json",
                       "--engine",       "tensorrt-llm",
                       "--model",        "llama-3.1-8b",
                       "--hardware",     "h100-sxm"};
}

void TestCommandLine::calibrateOnRealBenchmarkFiles()
{
    // The fit converges on each and the error on the file's own rows falls (or stays).
    QFETCH(QStringList, args);
    const Run r = run(QStringList{"calibrate"} + args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject j = r.json();
    QVERIFY(!j.value("rows").toArray().isEmpty());
    QVERIFY(!j.value("fitted").toObject().isEmpty());
    QVERIFY(j.value("profile_file").isNull());
    int kinds = 0;
    for (const char *kind : {"decode", "prefill", "ttft"}) {
        const QJsonValue before = j.value("error_before").toObject().value(kind);
        const QJsonValue after = j.value("error_after").toObject().value(kind);
        QCOMPARE(before.isNull(), after.isNull());
        if (before.isNull())
            continue;
        ++kinds;
        QVERIFY2(after.toDouble() <= before.toDouble() + 1e-9,
                 qPrintable(QStringLiteral("%1: %2 -> %3")
                                .arg(kind)
                                .arg(before.toDouble())
                                .arg(after.toDouble())));
    }
    QVERIFY(kinds > 0);
    for (const QJsonValue &row : j.value("rows").toArray()) {
        const QJsonObject o = row.toObject();
        QVERIFY(o.value("measured").toDouble() > 0);
        QVERIFY(std::isfinite(o.value("predicted_after").toDouble()));
    }
}

void TestCommandLine::calibrateSavesAProfileEveryCommandUses()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString file =
        QStringLiteral(TCE_TEST_DATA_DIR "/calibration/fixtures/llama-bench-mi300x.md");
    const Run saved = runProgram({"calibrate", "--measurements", file, "--model", "deepseek-v3",
                                  "--hardware", "mi300x", "--save", "my-mi300x"},
                                 false, home.path());
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    const QString path = saved.json().value("profile_file").toString();
    QVERIFY2(path.startsWith(home.path()) && QFileInfo::exists(path), qPrintable(path));
    // The engine list and --engine know it, in a new process.
    const Run list = runProgram({"list", "engines"}, false, home.path());
    QVERIFY(list.out.contains(QLatin1String("my-mi300x")));
    const Run report = runProgram({"report", "--engine", "my-mi300x", "--model", "deepseek-v3",
                                   "--hardware", "mi300x", "--gpus", "8"},
                                  false, home.path());
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    const QJsonObject engine = report.json().value("engine").toObject();
    QCOMPARE(engine.value("id").toString(), QStringLiteral("my-mi300x"));
    const QJsonObject fitted = saved.json()
                                   .value("fitted")
                                   .toObject()
                                   .value("llama.cpp")
                                   .toObject()
                                   .value("datacenter-cdna3")
                                   .toObject();
    QCOMPARE(engine.value("compute_efficiency").toDouble(),
             fitted.value("compute_efficiency").toDouble());
    // A bad file with --save changes nothing already saved.
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    QTemporaryDir bad;
    QFile broken(bad.filePath("broken.csv"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("model,hardware,gpus,batch,input,output,weights,kv,metric,value\n"
                 "llama-3.1-8b,h100-sxm,1,1,128,128,bf16,bf16,decode_tok_s,-3\n");
    broken.close();
    const Run failed =
        runProgram({"calibrate", "--measurements", broken.fileName(), "--save", "my-mi300x"}, false,
                   home.path());
    QCOMPARE(failed.exitCode, 2);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    // A built-in id is not taken over.
    const Run clash = runProgram({"calibrate", "--measurements", file, "--model", "deepseek-v3",
                                  "--hardware", "mi300x", "--save", "vllm"},
                                 false, home.path());
    QCOMPARE(clash.exitCode, 2);
    QVERIFY2(clash.err.contains(QLatin1String("built-in")), qPrintable(clash.err));
}

void TestCommandLine::calibrateBadFilesNameFileLineAndValue_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("says"); // besides the file's name
    const QByteArray header = "model,hardware,gpus,batch,input,output,weights,kv,metric,value\n";
    QTest::newRow("a metric with no unit")
        << header + "llama-3.1-8b,h100-sxm,1,1,128,128,bf16,bf16,decode,120\n"
        << QStringLiteral("line 2");
    QTest::newRow("NaN") << header +
                                "llama-3.1-8b,h100-sxm,1,1,128,128,bf16,bf16,decode_tok_s,nan\n"
                         << QStringLiteral("nan");
    QTest::newRow("negative") << header +
                                     "llama-3.1-8b,h100-sxm,1,1,128,128,bf16,bf16,decode_tok_s,-3\n"
                              << QStringLiteral("-3");
    QTest::newRow("10^300")
        << header + "llama-3.1-8b,h100-sxm,1,1,128,128,bf16,bf16,decode_tok_s,1e300\n"
        << QStringLiteral("1e300");
    QTest::newRow("a model we cannot resolve")
        << header + "no-such-model,h100-sxm,1,1,128,128,bf16,bf16,decode_tok_s,120\n"
        << QStringLiteral("no-such-model");
    QTest::newRow("not a benchmark file")
        << QByteArray("hello, world\nthis is text\n") << QString();
}

void TestCommandLine::calibrateBadFilesNameFileLineAndValue()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QFile file(dir.filePath("runs.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
    file.close();
    const Run r = run({"calibrate", "--measurements", file.fileName()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("runs.csv")), qPrintable(r.err));
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

// cost-model.md section 8: R hidden reasoning tokens before O visible ones decode at positions
// I+1..I+R+O and are billed as output, so 5,000 + 500 is a plain 5,500-token answer.
void TestCommandLine::reasoningTokensDecodeAndBillAsOutput()
{
    const QStringList prices{"--price-in", "5", "--price-out", "15"};
    const Run hidden =
        run(QStringList{"report", "--reasoning", "5000", "--output", "500"} + prices);
    const Run plain = run(QStringList{"report", "--output", "5500"} + prices);
    QVERIFY2(hidden.exitCode == 0, qPrintable(hidden.err));
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    const QJsonObject j = hidden.json();
    const QJsonObject p = plain.json();
    QCOMPARE(at(j, "tokens.input"), 2048.0);
    QCOMPARE(at(j, "tokens.reasoning"), 5000.0);
    QCOMPARE(at(j, "tokens.visible_output"), 500.0);
    QCOMPARE(at(j, "tokens.billed_output"), 5500.0);
    QCOMPARE(at(j, "request.output_tokens"), 500.0);
    QCOMPARE(at(j, "runs"), 5500.0); // 1 prefill + 5,499 decode steps
    QCOMPARE(at(p, "tokens.reasoning"), 0.0);
    QCOMPARE(at(p, "tokens.visible_output"), 5500.0);
    QCOMPARE(at(p, "tokens.billed_output"), 5500.0);
    for (const char *path : {"cost_usd.request", "cost_usd.revenue_request", "time_s.request_total",
                             "flops.decode_total", "energy_j.request", "memory.kv_cache_bytes"})
        TCE_COMPARE_RELATIVE(at(j, QLatin1String(path)), at(p, QLatin1String(path)), 1e-12);
    // Billed: 2,048 input tokens at $5 and 5,500 output tokens at $15 per 1M.
    TCE_COMPARE_RELATIVE(at(j, "cost_usd.revenue_request"), (2048 * 5.0 + 5500 * 15.0) / 1e6,
                         1e-12);
    // The hidden part holds KV: batch 16 x 131,072 B x (2,048 + 5,000 + 500) positions.
    QCOMPARE(at(j, "memory.kv_cache_bytes"), 16 * 131'072.0 * (2048 + 5000 + 500));
    // And without --reasoning it is not there.
    const QJsonObject visible = run(QStringList{"report", "--output", "500"} + prices).json();
    QCOMPARE(at(visible, "tokens.billed_output"), 500.0);
    QVERIFY(at(visible, "cost_usd.request") < at(j, "cost_usd.request"));
}

// A cached prefix of k = 2,000 of I = 4,000 prompt tokens (cost-model.md section 8): the
// prefill runs over positions 2,001..4,000 only, every decode step still reads all the KV,
// and the prefix is billed at the cache-read price.
void TestCommandLine::cachedPrefixSkipsItsPrefillNotItsKv()
{
    const QStringList request =
        kIdealReport +
        QStringList{"--input", "4000", "--output", "500", "--price-in", "5", "--price-out", "15"};
    const QStringList readPrice{"--price-cache-read", "0.5"};
    const Run share = run(request + QStringList{"--cached-prefix", "0.5"} + readPrice);
    const Run tokens = run(request + QStringList{"--cached-prefix", "2000"} + readPrice);
    const Run none = run(request);
    for (const Run *r : {&share, &tokens, &none})
        QVERIFY2(r->exitCode == 0, qPrintable(r->err));
    const QJsonObject j = share.json();
    const QJsonObject u = none.json();
    QCOMPARE(at(j, "tokens.cached_prefix"), 2000.0);
    QCOMPARE(at(j, "request.cached_prefix_tokens"), 2000.0);
    QCOMPARE(j.value("request").toObject().value("writes_cache").toBool(true), false);
    QCOMPARE(at(u, "tokens.cached_prefix"), 0.0);
    // A token count is the same prefix as its share.
    QCOMPARE(at(tokens.json(), "tokens.cached_prefix"), 2000.0);
    QCOMPARE(at(tokens.json(), "cost_usd.request"), at(j, "cost_usd.request"));

    // F = 2 N_body (I - k) + A (S(I) - S(k)) + 2 N_head = 31,065,655,345,152 FLOPs, against
    // 60,033,108,017,152 for the whole prompt.
    const double cachedPrefill =
        kTwiceBody * 2000 + kAttention * (triangle(4000) - triangle(2000)) + kTwiceHead;
    const double fullPrefill = kTwiceBody * 4000 + kAttention * triangle(4000) + kTwiceHead;
    QCOMPARE(cachedPrefill, 31'065'655'345'152.0);
    QCOMPARE(fullPrefill, 60'033'108'017'152.0);
    QCOMPARE(at(j, "flops.prefill"), cachedPrefill);
    QCOMPARE(at(u, "flops.prefill"), fullPrefill);
    // Still compute-bound: TTFT = F / 989.4e12.
    QCOMPARE(j.value("bound").toObject().value("prefill").toString(), QStringLiteral("compute"));
    TCE_COMPARE_RELATIVE(at(j, "time_s.ttft"), cachedPrefill / 989.4e12, 1e-9);
    // The decode does not change: the prefix's KV is read by every step.
    QCOMPARE(at(j, "flops.decode_total"), at(u, "flops.decode_total"));
    QCOMPARE(at(j, "bytes.decode_first_step"), at(u, "bytes.decode_first_step"));
    TCE_COMPARE_RELATIVE(at(j, "time_s.decode_total"), at(u, "time_s.decode_total"), 1e-12);

    // Cost: the GPU-seconds of the prefill saved, at the H100's $/GPU-hour.
    QCOMPARE(at(j, "cost_usd.request_with_cache"), at(j, "cost_usd.request"));
    TCE_COMPARE_RELATIVE(at(j, "cost_usd.request_without_cache"), at(u, "cost_usd.request"), 1e-12);
    QVERIFY(at(j, "cost_usd.request_with_cache") < at(j, "cost_usd.request_without_cache"));
    TCE_COMPARE_RELATIVE(
        at(j, "cost_usd.request_without_cache") - at(j, "cost_usd.request_with_cache"),
        (fullPrefill - cachedPrefill) / 989.4e12 * at(j, "hardware.gpu_hour_usd") / 3600, 1e-9);
    // Revenue: 2,000 tokens at $5, 2,000 at $0.50 and 500 at $15 per 1M = $0.0185; without
    // the cache 4,000 at $5 and 500 at $15 = $0.0275.
    QCOMPARE(at(j, "cost_usd.list_price_cache_read_per_million"), 0.5);
    TCE_COMPARE_RELATIVE(at(j, "cost_usd.revenue_request"),
                         (2000 * 5.0 + 2000 * 0.5 + 500 * 15.0) / 1e6, 1e-12);
    TCE_COMPARE_RELATIVE(at(j, "cost_usd.revenue_request_without_cache"),
                         (4000 * 5.0 + 500 * 15.0) / 1e6, 1e-12);
    TCE_COMPARE_RELATIVE(at(j, "cost_usd.margin_request"),
                         at(j, "cost_usd.revenue_request") - at(j, "cost_usd.request"), 1e-12);
}

// --cache-write: a miss that stores the prefix. The whole prompt is prefilled, and the prefix
// is billed at the cache-write price instead of the input price.
void TestCommandLine::cacheWriteBillsThePrefixAtTheWritePrice()
{
    const QStringList request =
        kIdealReport +
        QStringList{"--input", "4000", "--output", "500", "--price-in", "5", "--price-out", "15"};
    const QStringList write{"--cached-prefix", "2000", "--cache-write"};
    // Anthropic's 5-minute write is 1.25x the input price: $6.25 on a $5 input price.
    const Run priced = run(request + write + QStringList{"--price-cache-write", "6.25"});
    const Run none = run(request);
    QVERIFY2(priced.exitCode == 0, qPrintable(priced.err));
    QVERIFY2(none.exitCode == 0, qPrintable(none.err));
    const QJsonObject j = priced.json();
    const QJsonObject u = none.json();
    QCOMPARE(j.value("request").toObject().value("writes_cache").toBool(), true);
    QCOMPARE(at(j, "request.cached_prefix_tokens"), 2000.0);
    QCOMPARE(at(j, "tokens.cached_prefix"), 0.0); // nothing was read from the cache
    QCOMPARE(at(j, "flops.prefill"), 60'033'108'017'152.0);
    TCE_COMPARE_RELATIVE(at(j, "cost_usd.request_with_cache"), at(u, "cost_usd.request"), 1e-12);
    TCE_COMPARE_RELATIVE(at(j, "cost_usd.request_without_cache"), at(u, "cost_usd.request"), 1e-12);
    QCOMPARE(at(j, "cost_usd.list_price_cache_write_per_million"), 6.25);
    // 2,000 x $5 + 2,000 x $6.25 + 500 x $15 per 1M = $0.03, against $0.0275 without.
    TCE_COMPARE_RELATIVE(at(j, "cost_usd.revenue_request"),
                         (2000 * 5.0 + 2000 * 6.25 + 500 * 15.0) / 1e6, 1e-12);
    TCE_COMPARE_RELATIVE(at(j, "cost_usd.revenue_request_without_cache"),
                         (4000 * 5.0 + 500 * 15.0) / 1e6, 1e-12);

    // A catalog price: Claude Sonnet 4.5 (prices.json claude-sonnet-4.5-2025-11: $3 input,
    // $0.30 cache read, $3.75 cache write, $15 output per 1M).
    const QStringList sonnet =
        kIdealReport + QStringList{"--input",         "4000",
                                   "--output",        "500",
                                   "--price",         "claude-sonnet-4.5-2025-11",
                                   "--cached-prefix", "2000"};
    const Run read = run(sonnet);
    const Run written = run(sonnet + QStringList{"--cache-write"});
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    TCE_COMPARE_RELATIVE(at(read.json(), "cost_usd.revenue_request"),
                         (2000 * 3.0 + 2000 * 0.3 + 500 * 15.0) / 1e6, 1e-12);
    TCE_COMPARE_RELATIVE(at(written.json(), "cost_usd.revenue_request"),
                         (2000 * 3.0 + 2000 * 3.75 + 500 * 15.0) / 1e6, 1e-12);
    // Without a write price (GPT-4o of May 2024 has none), a write bills at the input price.
    const Run unpriced =
        run(kIdealReport +
            QStringList{"--input", "4000", "--output", "500", "--price", "gpt-4o-2024-05"} + write);
    QVERIFY2(unpriced.exitCode == 0, qPrintable(unpriced.err));
    TCE_COMPARE_RELATIVE(at(unpriced.json(), "cost_usd.revenue_request"),
                         (4000 * 5.0 + 500 * 15.0) / 1e6, 1e-12);
}

// Speculative decoding (cost-model.md section 8) at batch 1 on the ideal roofline, where a
// decode step and a verification run are both one read of the weights and the KV.
void TestCommandLine::speculativeDecodingByHand()
{
    const QStringList draft{"--draft-tokens", "4", "--acceptance", "0.8"};
    const Run head = run(kIdealReport + QStringList{"--speculative", "head"} + draft);
    const Run plain = run(kIdealReport);
    QVERIFY2(head.exitCode == 0, qPrintable(head.err));
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    const QJsonObject j = head.json();
    const QJsonObject p = plain.json();
    const QJsonObject spec = j.value("speculative").toObject();
    QCOMPARE(spec.value("enabled").toBool(), true);
    QCOMPARE(spec.value("draft").toString(), QStringLiteral("head"));
    QCOMPARE(at(j, "speculative.draft_tokens"), 4.0);
    QCOMPARE(at(j, "speculative.acceptance"), 0.8);
    // Leviathan, Kalman, Matias 2023, eq. 1: (1 - 0.8^5) / (1 - 0.8) = 0.67232 / 0.2 = 3.3616.
    TCE_COMPARE_RELATIVE(at(j, "speculative.tokens_per_run"), 3.3616, 1e-12);
    // The head (EAGLE: one decoder layer of the target and its LM head) reads a share
    // h = (N_body / 32 + N_head) / (N_body + N_head) = 743,448,704 / 7,504,924,672 = 0.09906
    // of the target's weights. A round, k = 4 head steps and one verification, takes 1 + 4h
    // decode steps and yields 3.3616 tokens: a speed-up of 3.3616 / 1.39625 = 2.4076 (within
    // 0.1%: the verification writes 4 more KV entries, and long spans are summed at samples).
    const double body = at(j, "model.params_body");
    const double lmHead = at(j, "model.params_head");
    const double share = (body / 32 + lmHead) / (body + lmHead);
    TCE_COMPARE_RELATIVE(share, 0.099062, 1e-5);
    const double speedup = at(j, "speculative.speedup");
    TCE_COMPARE_RELATIVE(speedup, 3.3616 / (1 + 4 * share), 1e-3);
    QVERIFY(speedup > 1 && speedup < 3.3616);
    // The decode takes 1 / speed-up of the time, and an output token 1 / speed-up of the cost.
    TCE_COMPARE_RELATIVE(at(j, "time_s.decode_total") * speedup, at(p, "time_s.decode_total"),
                         1e-12);
    TCE_COMPARE_RELATIVE(at(j, "speculative.per_million_output_without"),
                         at(p, "cost_usd.per_million_output"), 1e-12);
    TCE_COMPARE_RELATIVE(at(j, "cost_usd.per_million_output") * speedup,
                         at(p, "cost_usd.per_million_output"), 1e-12);
    QVERIFY(at(j, "cost_usd.output_input_ratio") < at(j, "speculative.output_input_ratio_without"));

    // A draft model: Llama 3.2 1B's own decode steps, 4 per round. Speed-up
    // E t_8B / (t_8B + 4 t_1B) from each model's mean step alone (within 0.1%).
    const Run small = run(kIdealReport + QStringList{"--speculative", "llama-3.2-1b"} + draft);
    const Run oneB = run(kIdealReport + QStringList{"--model", "llama-3.2-1b"});
    QVERIFY2(small.exitCode == 0, qPrintable(small.err));
    QVERIFY2(oneB.exitCode == 0, qPrintable(oneB.err));
    QCOMPARE(small.json().value("speculative").toObject().value("draft").toString(),
             QStringLiteral("llama-3.2-1b"));
    // The ratio without speculation is the plain run's: the draft's prefill, which a
    // speculating request pays on its input, is not in it (exact up to summation order).
    TCE_COMPARE_RELATIVE(at(small.json(), "speculative.output_input_ratio_without"),
                         at(p, "cost_usd.output_input_ratio"), 1e-9);
    const double target = at(p, "time_s.decode_step_mean");
    const double drafted = at(oneB.json(), "time_s.decode_step_mean");
    TCE_COMPARE_RELATIVE(at(small.json(), "speculative.speedup"),
                         3.3616 * target / (target + 4 * drafted), 1e-3);

    // alpha = 0: every draft token is rejected, one token per round, (1 - 0^5) / 1 = 1, and
    // the round costs more than a plain step: a slow-down, 1 / (1 + 4h).
    const QJsonObject never =
        run(kIdealReport + QStringList{"--speculative", "head", "--acceptance", "0"}).json();
    QCOMPARE(at(never, "speculative.tokens_per_run"), 1.0);
    TCE_COMPARE_RELATIVE(at(never, "speculative.speedup"), 1 / (1 + 4 * share), 1e-3);
    // Without --speculative there is none (--draft-tokens and --acceptance alone change nothing).
    const QJsonObject off = run(kIdealReport + draft).json();
    QCOMPARE(off.value("speculative").toObject(), QJsonObject({{"enabled", false}}));
    QCOMPARE(at(off, "time_s.decode_total"), at(p, "time_s.decode_total"));
}

// Energy (cost-model.md section 8): on the ideal roofline every run works at its bound's peak
// (u = 1), so the H100 SXM draws its board power, 700 W (hardware.json board_power_w), and a
// request's joules are 700 W x its seconds; CO2 is its kWh x the grid's g/kWh.
void TestCommandLine::gridIntensityTimesTheEnergy()
{
    const Run r = run(kIdealReport + QStringList{"--grid-g-per-kwh", "400"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject j = r.json();
    QCOMPARE(at(j, "grid_g_co2_per_kwh"), 400.0);
    QCOMPARE(at(j, "power.board_w"), 700.0);
    QCOMPARE(at(j, "power.idle_w"), 85.0);
    TCE_COMPARE_RELATIVE(at(j, "power.prefill_w"), 700, 1e-12);
    TCE_COMPARE_RELATIVE(at(j, "power.decode_w"), 700, 1e-12);
    TCE_COMPARE_RELATIVE(at(j, "energy_j.request"), 700 * at(j, "time_s.request_total"), 1e-9);
    // An input token: 700 W x the worked check's 30.0 ms prefill / 2,048 tokens = 10.26 mJ.
    TCE_COMPARE_RELATIVE(at(j, "energy_j.per_input_token"),
                         700 * 29'689'492'013'056.0 / 989.4e12 / 2048, 1e-9);
    // An output token: 700 W x the 511 decode steps' time / 511.
    TCE_COMPARE_RELATIVE(at(j, "energy_j.per_output_token"),
                         700 * at(j, "time_s.decode_total") / 511, 1e-9);
    TCE_COMPARE_RELATIVE(at(j, "energy_kwh_request"), at(j, "energy_j.request") / 3.6e6, 1e-12);
    TCE_COMPARE_RELATIVE(at(j, "co2_g_request"), at(j, "energy_kwh_request") * 400, 1e-12);

    // The default grid is Ember's 2023 world average, 480 g/kWh; the energy does not change.
    const QJsonObject world = run(kIdealReport).json();
    QCOMPARE(at(world, "grid_g_co2_per_kwh"), 480.0);
    QCOMPARE(at(world, "energy_j.request"), at(j, "energy_j.request"));
    TCE_COMPARE_RELATIVE(at(world, "co2_g_request"), at(j, "energy_kwh_request") * 480, 1e-12);
    QCOMPARE(at(run(kIdealReport + QStringList{"--grid-g-per-kwh", "0"}).json(), "co2_g_request"),
             0.0);
    // Below the peaks (vLLM's efficiencies, batch 16) the GPU draws between idle and board.
    const QJsonObject served = run({"report"}).json();
    QVERIFY(at(served, "power.decode_w") > 85 && at(served, "power.decode_w") < 700);
    QVERIFY(at(served, "power.prefill_w") > 85 && at(served, "power.prefill_w") < 700);
}

TCE_TEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
