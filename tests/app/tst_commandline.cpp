#include "commandline.h"
#include "testsupport.h"
#include "workload.h"
#include "workloadcost.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace tce;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run run(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = runCommandLine(args, out, err);
    out.flush();
    err.flush();
    return r;
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
    void workloadErrors_data();
    void workloadErrors();
    void theRealProgramPrintsJsonWithoutADisplay();
};

void TestCommandLine::reportReproducesTheWorkedCheck()
{
    // Issue 2: this command prints the worked-check values of cost-model.md.
    const Run r = run({"report", "--model", "llama-3.1-8b", "--hardware", "h100-sxm", "--input",
                       "2048", "--output", "512"});
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
        run({"report", "--batch",  "16",   "--gpus",         "2",    "--weight-bits",
             "4.85",   "--kv",     "fp8",  "--peak-flops",   "1e15", "--bandwidth",
             "2e12",   "--memory", "48e9", "--gpu-hour-usd", "1.5",  "--input",
             "1000",   "--output", "10"})
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
                                 << QStringList{"output tokens", "0"};
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
    QTest::newRow("unknown option")
        << QStringList{"report", "--turbo"} << QStringList{"\"--turbo\""};
    QTest::newRow("missing config") << QStringList{"report", "--model", "/nonexistent/config.json"}
                                    << QStringList{"--model", "config.json"};
    QTest::newRow("bad list") << QStringList{"list", "gpus"} << QStringList{"\"gpus\""};
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
    const Scenario s =
        applyChanges(Catalog::builtIn(), defaultScenario(Catalog::builtIn()), c).value();
    const WorkloadEconomics e = evaluateWorkload(s, importTraceCsv(trace).value(), nullptr, 0.3);
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

void TestCommandLine::workloadErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no workload") << QStringList{"workload"} << "--trace FILE or --mix NAME";
    QTest::newRow("unknown mix") << QStringList{"workload", "--mix", "gaming"} << "\"gaming\"";
    QTest::newRow("missing trace")
        << QStringList{"workload", "--trace", "/nonexistent/trace.csv"} << "trace.csv";
    QTest::newRow("bad margin") << QStringList{"workload", "--mix", "chat", "--target-margin",
                                               "1.5"}
                                << "--target-margin";
    QTest::newRow("entry without file")
        << QStringList{"workload", "--mix", "chat", "--price-entry", "x"} << "--prices";
}

void TestCommandLine::workloadErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCommandLine::theRealProgramPrintsJsonWithoutADisplay()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    env.remove("WAYLAND_DISPLAY");
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TCE_APP_BINARY), {"report", "--input", "2048", "--output", "512"});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject j = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(at(j, "flops.prefill"), 29'689'492'013'056.0);

    process.start(QStringLiteral(TCE_APP_BINARY), {"report", "--input", "-5"});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("input tokens"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
