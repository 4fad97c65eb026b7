// The benchmark-file readers of issue 14 (model/measurement.h), against real files of each
// format: tests/data/calibration/fixtures/ (sources in its SOURCES.md) and the project's
// published measurement CSVs. Every expected number below is read off the fixture's text by
// hand (or derived from it as the comment beside it says); the bad inputs are edits of the
// fixtures or small files written here, and each failure must name the file, the line (or the
// JSON key) and the value.
#include "jsonfile.h"
#include "measurement.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tce;

namespace {

QString fixturePath(const QString &name)
{
    return test::dataPath(QStringLiteral("calibration/fixtures/") + name);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray fixture(const QString &name)
{
    return fileBytes(fixturePath(name));
}

// Reads a fixture under its own name and fails the test with the reader's message.
MeasurementFile readFixture(const QString &name)
{
    const auto file = readMeasurements(fixture(name), name);
    if (!file)
        qFatal("%s", qPrintable(file.error()));
    return file.value();
}

// The header of the project's measurement CSVs, and one valid row to edit.
const QByteArray kCsvHeader =
    "engine,model,hardware,gpus,split,batch,input,output,weights,kv,metric,value,source,notes\n";
QByteArray csvWithRow(const QByteArray &row)
{
    return kCsvHeader + row + '\n';
}
const QByteArray kCsvRow = "llama.cpp,llama-3.1-8b,rtx-4090,1,,1,512,0,q4_k_m,fp16,prefill_tok_s,"
                           "5947.64,,";

// The README's first -o jsonl test object with fields edited or added: llama-bench's own shape.
QByteArray llamaBenchLine(const QList<std::pair<QByteArray, QByteArray>> &edits)
{
    QByteArray line = fixture(QStringLiteral("llama-bench-readme.jsonl")).split('\n').first();
    for (const auto &[key, value] : edits) {
        const QRegularExpression field(
            QStringLiteral("\"%1\": (\"[^\"]*\"|[^,}]*)").arg(QString::fromLatin1(key)));
        QString text = QString::fromUtf8(line);
        const QString edited =
            QStringLiteral("\"%1\": %2").arg(QString::fromLatin1(key), QString::fromLatin1(value));
        if (field.match(text).hasMatch())
            text.replace(field, edited);
        else // a field this build of llama-bench did not write (devices, ...)
            text.insert(1, edited + QStringLiteral(", "));
        line = text.toUtf8();
    }
    return line + '\n';
}

} // namespace

class TestMeasurementReaders : public QObject
{
    Q_OBJECT
private slots:
    void metricNamesRoundTrip();
    void formatNamesAreDistinct();
    void publishedCsvSetsRead();
    void csvQuotingCrlfAndEmptyCells();
    void flashAttentionIsReadFromEveryFormat();
    void llamaBenchJson();
    void llamaBenchJsonLines();
    void llamaBenchCsv();
    void llamaBenchMarkdownWithOtherTables();
    void llamaBenchMarkdownWithDeviceLog();
    void llamaBenchCombinedTest();
    void llamaBenchGpusKvAndWeights_data();
    void llamaBenchGpusKvAndWeights();
    void vllmServeResult();
    void vllm2024ResultWithoutConcurrency();
    void vllmAppendedResults();
    void genAiPerfStreaming();
    void genAiPerfWithoutStreaming();
    void genAiPerfUnits_data();
    void genAiPerfUnits();
    void trtllmBenchReport();
    void contentDecidesTheFormat_data();
    void contentDecidesTheFormat();
    void everyFixtureRowIsUsable();
    void badInputNamesFileLineAndValue_data();
    void badInputNamesFileLineAndValue();
    void hugeFileIsRefusedBeforeParsing();
    void tooManyRowsAreRefused();
    void readsFilesFromDisk();
};

void TestMeasurementReaders::metricNamesRoundTrip()
{
    for (const MeasuredMetric metric :
         {MeasuredMetric::DecodeTokensPerSecond, MeasuredMetric::PrefillTokensPerSecond,
          MeasuredMetric::TtftMilliseconds, MeasuredMetric::ItlMilliseconds,
          MeasuredMetric::ThroughputTokensPerSecond}) {
        QVERIFY(!metricName(metric).isEmpty());
        QCOMPARE(metricByName(metricName(metric)), metric);
        QCOMPARE(metricByName(metricName(metric).toUpper()), metric);
    }
    QCOMPARE(metricName(MeasuredMetric::DecodeTokensPerSecond), QStringLiteral("decode_tok_s"));
    QCOMPARE(metricName(MeasuredMetric::PrefillTokensPerSecond), QStringLiteral("prefill_tok_s"));
    QCOMPARE(metricName(MeasuredMetric::TtftMilliseconds), QStringLiteral("ttft_ms"));
    QCOMPARE(metricName(MeasuredMetric::ItlMilliseconds), QStringLiteral("itl_ms"));
    QCOMPARE(metricName(MeasuredMetric::ThroughputTokensPerSecond),
             QStringLiteral("throughput_tok_s"));
    // A name without its unit is ambiguous, so it is not a metric.
    QVERIFY(!metricByName(QStringLiteral("decode")));
    QVERIFY(!metricByName(QStringLiteral("ttft")));
    QVERIFY(!metricByName(QString()));
}

void TestMeasurementReaders::formatNamesAreDistinct()
{
    QStringList names;
    for (const MeasurementFormat format :
         {MeasurementFormat::PlainCsv, MeasurementFormat::LlamaBenchJson,
          MeasurementFormat::LlamaBenchCsv, MeasurementFormat::LlamaBenchMarkdown,
          MeasurementFormat::VllmBenchJson, MeasurementFormat::GenAiPerfJson,
          MeasurementFormat::TrtllmBenchJson}) {
        QVERIFY(!formatName(format).isEmpty());
        QVERIFY(!names.contains(formatName(format)));
        names << formatName(format);
    }
}

void TestMeasurementReaders::publishedCsvSetsRead()
{
    // tests/data/calibration/README.md: 161 and 659 rows.
    const auto datacenter =
        readMeasurementsFile(test::dataPath(QStringLiteral("calibration/datacenter.csv")));
    QVERIFY2(datacenter.ok(), qPrintable(datacenter.error()));
    QCOMPARE(datacenter->format, MeasurementFormat::PlainCsv);
    QCOMPARE(datacenter->rows.size(), 161);
    const auto llamacpp =
        readMeasurementsFile(test::dataPath(QStringLiteral("calibration/llamacpp.csv")));
    QVERIFY2(llamacpp.ok(), qPrintable(llamacpp.error()));
    QCOMPARE(llamacpp->rows.size(), 659);

    // datacenter.csv line 2, field by field.
    const Measurement &m = datacenter->rows.first();
    QCOMPARE(m.engine, QStringLiteral("vllm"));
    QCOMPARE(m.model, QStringLiteral("llama-3.1-8b"));
    QCOMPARE(m.hardware, QStringLiteral("h100-sxm"));
    QCOMPARE(m.hardwareName, QString());
    QCOMPARE(m.gpus, 1);
    QCOMPARE(m.split, QString());
    QCOMPARE(m.batch, 1);
    QCOMPARE(m.inputTokens, int64_t(128));
    QCOMPARE(m.outputTokens, int64_t(128));
    QCOMPARE(m.weights, QStringLiteral("fp16"));
    QCOMPARE(m.kv, QStringLiteral("fp16"));
    QCOMPARE(m.metric, MeasuredMetric::ThroughputTokensPerSecond);
    QCOMPARE(m.value, 128.78);
    QCOMPARE(m.line, 2);
    // A quoted source with commas inside, read whole.
    QVERIFY(
        m.source.startsWith(QStringLiteral("https://github.com/argonne-lcf/LLM-Inference-Bench/"
                                           "blob/4de4e8723b661851bf01bd2ec16c0a0d1216fa3d/Plots/"
                                           "All_results.csv (row: Nvidia H100 GPU,1,vLLM,")));
    QVERIFY(m.notes.startsWith(QStringLiteral("vLLM (pip release current in mid-2024")));

    // llamacpp.csv line 2, an unquoted source.
    const Measurement &l = llamacpp->rows.first();
    QCOMPARE(l.engine, QStringLiteral("llama.cpp"));
    QCOMPARE(l.hardware, QStringLiteral("a100-80gb-sxm"));
    QCOMPARE(l.inputTokens, int64_t(512));
    QCOMPARE(l.outputTokens, int64_t(0));
    QCOMPARE(l.weights, QStringLiteral("q4_k_m"));
    QCOMPARE(l.metric, MeasuredMetric::PrefillTokensPerSecond);
    QCOMPARE(l.value, 5947.64);
    // Multi-GPU rows keep their split.
    int layerRows = 0;
    for (const Measurement &row : llamacpp->rows)
        layerRows += row.gpus > 1 && row.split == QLatin1String("layer");
    QCOMPARE(layerRows, 321); // 248 x 4 GPUs, 29 x 6, 28 x 2, 16 x 8 (counted in the file)
}

void TestMeasurementReaders::csvQuotingCrlfAndEmptyCells()
{
    // RFC 4180: CRLF line ends, quoted commas, doubled quotes, a line break inside a quoted
    // field (the next row starts two lines later), any column order, header in any case.
    const QByteArray csv =
        "Metric,VALUE,model,hardware,gpus,batch,input,output,weights,kv,notes\r\n"
        "decode_tok_s,135.04,llama-3.1-8b,,,,,,,,\"a, b and \"\"c\"\"\r\n"
        "second line\"\r\n"
        "ttft_ms,1.5e3,,h100-sxm,8,64,2048,1,fp8,fp8,plain\r\n";
    const auto file = readMeasurements(csv, QStringLiteral("mine.csv"));
    QVERIFY2(file.ok(), qPrintable(file.error()));
    QCOMPARE(file->rows.size(), 2);
    const Measurement &a = file->rows[0];
    QCOMPARE(a.metric, MeasuredMetric::DecodeTokensPerSecond);
    QCOMPARE(a.value, 135.04);
    QCOMPARE(a.model, QStringLiteral("llama-3.1-8b"));
    // Empty cells are "not stated", with measurement.h's sentinels.
    QCOMPARE(a.hardware, QString());
    QCOMPARE(a.engine, QString());
    QCOMPARE(a.gpus, 0);
    QCOMPARE(a.batch, 0);
    QCOMPARE(a.inputTokens, int64_t(-1));
    QCOMPARE(a.outputTokens, int64_t(-1));
    QCOMPARE(a.weights, QString());
    QCOMPARE(a.kv, QString());
    QCOMPARE(a.notes, QStringLiteral("a, b and \"c\"\r\nsecond line"));
    QCOMPARE(a.line, 2);
    QCOMPARE(a.source, QStringLiteral("mine.csv:2")); // no source column: the file and line
    const Measurement &b = file->rows[1];
    QCOMPARE(b.line, 4);
    QCOMPARE(b.metric, MeasuredMetric::TtftMilliseconds);
    QCOMPARE(b.value, 1500.0);
    QCOMPARE(b.gpus, 8);
    QCOMPARE(b.batch, 64);
    QCOMPARE(b.inputTokens, int64_t(2048));
    QCOMPARE(b.outputTokens, int64_t(1));
    QCOMPARE(b.weights, QStringLiteral("fp8"));
}

void TestMeasurementReaders::flashAttentionIsReadFromEveryFormat()
{
    // The plain CSV's optional flash_attention column: on/off in any spelling, empty for the
    // engine's default.
    const QByteArray csv = "model,hardware,gpus,batch,input,output,weights,kv,metric,value,"
                           "flash_attention\n"
                           "llama-3.1-8b,rtx-4090,1,1,4096,0,q4_k_m,fp16,prefill_tok_s,5000,on\n"
                           "llama-3.1-8b,rtx-4090,1,1,4096,0,q4_k_m,fp16,prefill_tok_s,4000,0\n"
                           "llama-3.1-8b,rtx-4090,1,1,4096,0,q4_k_m,fp16,prefill_tok_s,4500,\n";
    const auto file = readMeasurements(csv, QStringLiteral("fa.csv"));
    QVERIFY2(file.ok(), qPrintable(file.error()));
    QCOMPARE(file->rows[0].flashAttention, std::optional<bool>(true));
    QCOMPARE(file->rows[1].flashAttention, std::optional<bool>(false));
    QCOMPARE(file->rows[2].flashAttention, std::optional<bool>());
    // llama-bench: its JSON and CSV say flash_attn false; the DGX Spark table has an fa column
    // of 1; the MI300X table has none, which is llama-bench's default, -fa 0.
    QCOMPARE(readFixture(QStringLiteral("llama-bench-readme.json")).rows[0].flashAttention,
             std::optional<bool>(false));
    QCOMPARE(readFixture(QStringLiteral("llama-bench-readme.csv")).rows[0].flashAttention,
             std::optional<bool>(false));
    QCOMPARE(readFixture(QStringLiteral("llama-bench-dgx-spark.md")).rows[0].flashAttention,
             std::optional<bool>(true));
    QCOMPARE(readFixture(QStringLiteral("llama-bench-mi300x.md")).rows[0].flashAttention,
             std::optional<bool>(false));
}

void TestMeasurementReaders::llamaBenchJson()
{
    const MeasurementFile file = readFixture(QStringLiteral("llama-bench-readme.json"));
    QCOMPARE(file.format, MeasurementFormat::LlamaBenchJson);
    QCOMPARE(file.rows.size(), 2);
    const Measurement &pp = file.rows[0];
    QCOMPARE(pp.engine, QStringLiteral("llama.cpp"));
    QCOMPARE(pp.model, QString()); // the command line names the model
    QCOMPARE(pp.hardware, QString());
    QCOMPARE(pp.hardwareName, QStringLiteral("NVIDIA GeForce RTX 4080"));
    QCOMPARE(pp.gpus, 1);
    QCOMPARE(pp.split, QString()); // split_mode layer, but one GPU
    QCOMPARE(pp.batch, 1);
    QCOMPARE(pp.metric, MeasuredMetric::PrefillTokensPerSecond);
    QCOMPARE(pp.value, 7100.002165);
    QCOMPARE(pp.inputTokens, int64_t(512));
    QCOMPARE(pp.outputTokens, int64_t(0));
    QCOMPARE(pp.weights, QStringLiteral("q4_k_m")); // "qwen2 7B Q4_K - Medium"
    QCOMPARE(pp.kv, QStringLiteral("fp16"));        // type_k f16
    QCOMPARE(pp.line, 2);                           // the line of the object's "{"
    QCOMPARE(pp.source, QStringLiteral("llama-bench-readme.json:2"));
    QVERIFY(pp.notes.contains(QStringLiteral("model_type \"qwen2 7B Q4_K - Medium\"")));
    QVERIFY(pp.notes.contains(
        QStringLiteral("model_filename \"models/Qwen2.5-7B-Instruct-Q4_K_M.gguf\"")));
    QVERIFY(pp.notes.contains(QStringLiteral("build 8cf427ff (5163)")));
    QVERIFY(pp.notes.contains(QStringLiteral("llama-bench pp512")));
    const Measurement &tg = file.rows[1];
    QCOMPARE(tg.metric, MeasuredMetric::DecodeTokensPerSecond);
    QCOMPARE(tg.value, 118.881588);
    QCOMPARE(tg.inputTokens, int64_t(0)); // n_depth 0
    QCOMPARE(tg.outputTokens, int64_t(128));
    QCOMPARE(tg.line, 39);
}

void TestMeasurementReaders::llamaBenchJsonLines()
{
    const MeasurementFile file = readFixture(QStringLiteral("llama-bench-readme.jsonl"));
    QCOMPARE(file.format, MeasurementFormat::LlamaBenchJson);
    QCOMPARE(file.rows.size(), 2);
    QCOMPARE(file.rows[0].metric, MeasuredMetric::PrefillTokensPerSecond);
    QCOMPARE(file.rows[0].value, 7263.609157);
    QCOMPARE(file.rows[0].line, 1);
    QCOMPARE(file.rows[1].metric, MeasuredMetric::DecodeTokensPerSecond);
    QCOMPARE(file.rows[1].value, 119.844681);
    QCOMPARE(file.rows[1].outputTokens, int64_t(128));
    QCOMPARE(file.rows[1].line, 2);
    QCOMPARE(file.rows[1].hardwareName, QStringLiteral("NVIDIA GeForce RTX 4080"));
}

void TestMeasurementReaders::llamaBenchCsv()
{
    const MeasurementFile file = readFixture(QStringLiteral("llama-bench-readme.csv"));
    QCOMPARE(file.format, MeasurementFormat::LlamaBenchCsv);
    QCOMPARE(file.rows.size(), 2);
    const Measurement &pp = file.rows[0];
    QCOMPARE(pp.metric, MeasuredMetric::PrefillTokensPerSecond);
    QCOMPARE(pp.value, 7285.676949);
    QCOMPARE(pp.inputTokens, int64_t(512));
    QCOMPARE(pp.line, 2);
    QCOMPARE(pp.gpus, 1);
    QCOMPARE(pp.weights, QStringLiteral("q4_k_m"));
    QCOMPARE(pp.kv, QStringLiteral("fp16"));
    QCOMPARE(pp.hardwareName, QStringLiteral("NVIDIA GeForce RTX 4080"));
    const Measurement &tg = file.rows[1];
    QCOMPARE(tg.metric, MeasuredMetric::DecodeTokensPerSecond);
    QCOMPARE(tg.value, 119.915244);
    QCOMPARE(tg.outputTokens, int64_t(128));
    QCOMPARE(tg.line, 3);
    QVERIFY(tg.notes.contains(QStringLiteral("stddev 0.430617 t/s")));
}

void TestMeasurementReaders::llamaBenchMarkdownWithOtherTables()
{
    // benches/dgx-spark.md: a llama-batched-bench table first (skipped), then llama-bench.
    const MeasurementFile file = readFixture(QStringLiteral("llama-bench-dgx-spark.md"));
    QCOMPARE(file.format, MeasurementFormat::LlamaBenchMarkdown);
    QCOMPARE(file.rows.size(), 10);
    const Measurement &pp = file.rows[0];
    QCOMPARE(pp.metric, MeasuredMetric::PrefillTokensPerSecond);
    QCOMPARE(pp.value, 3782.76);
    QCOMPARE(pp.inputTokens, int64_t(2048));
    QCOMPARE(pp.outputTokens, int64_t(0));
    QCOMPARE(pp.line, 62);
    QCOMPARE(pp.batch, 1);
    QCOMPARE(pp.engine, QStringLiteral("llama.cpp"));
    // MXFP4 has no precision name: 11.27 GiB x 8 / 20.91 B params = 4.6298 bits per weight.
    QCOMPARE(pp.weights, QStringLiteral("4.63"));
    QCOMPARE(pp.kv, QStringLiteral("fp16")); // no type_k column: llama-bench's default f16
    QCOMPARE(pp.gpus, 0);                    // the table does not say
    QCOMPARE(pp.hardwareName, QString());
    QCOMPARE(pp.split, QString());
    QVERIFY(pp.notes.contains(QStringLiteral("model_type \"gpt-oss 20B MXFP4 MoE\"")));
    QVERIFY(pp.notes.contains(QStringLiteral("stddev 11.95 t/s")));
    const Measurement &tg = file.rows[1];
    QCOMPARE(tg.metric, MeasuredMetric::DecodeTokensPerSecond);
    QCOMPARE(tg.value, 84.10);
    QCOMPARE(tg.inputTokens, int64_t(0));
    QCOMPARE(tg.outputTokens, int64_t(32));
    // "pp2048 @ d4096": the prompt's own 2048 tokens, the depth in the notes.
    const Measurement &deepPp = file.rows[2];
    QCOMPARE(deepPp.metric, MeasuredMetric::PrefillTokensPerSecond);
    QCOMPARE(deepPp.value, 3030.29);
    QCOMPARE(deepPp.inputTokens, int64_t(2048));
    QVERIFY(deepPp.notes.contains(QStringLiteral("4096 tokens already in the KV cache")));
    // "tg32 @ d32768": generated after 32768 tokens of context.
    const Measurement &deepTg = file.rows[9];
    QCOMPARE(deepTg.metric, MeasuredMetric::DecodeTokensPerSecond);
    QCOMPARE(deepTg.value, 59.85);
    QCOMPARE(deepTg.inputTokens, int64_t(32768));
    QCOMPARE(deepTg.outputTokens, int64_t(32));
    QCOMPARE(deepTg.line, 71);
}

void TestMeasurementReaders::llamaBenchMarkdownWithDeviceLog()
{
    // The ROCm blog's output: eight "Device N: AMD Instinct MI300X, ..." lines, then the table.
    const MeasurementFile file = readFixture(QStringLiteral("llama-bench-mi300x.md"));
    QCOMPARE(file.format, MeasurementFormat::LlamaBenchMarkdown);
    QCOMPARE(file.rows.size(), 13);
    const Measurement &first = file.rows.first();
    QCOMPARE(first.metric, MeasuredMetric::PrefillTokensPerSecond);
    QCOMPARE(first.value, 120.87);
    QCOMPARE(first.inputTokens, int64_t(16));
    QCOMPARE(first.line, 16);
    QCOMPARE(first.gpus, 8);
    QCOMPARE(first.hardwareName, QStringLiteral("AMD Instinct MI300X"));
    QCOMPARE(first.split, QStringLiteral("layer"));    // no sm column: llama-bench's default
    QCOMPARE(first.weights, QStringLiteral("q4_k_m")); // "deepseek2 671B Q4_K - Medium"
    const Measurement &last = file.rows.last();
    QCOMPARE(last.metric, MeasuredMetric::DecodeTokensPerSecond);
    QCOMPARE(last.value, 41.97);
    QCOMPARE(last.outputTokens, int64_t(256));
    QCOMPARE(last.line, 28);
}

void TestMeasurementReaders::llamaBenchCombinedTest()
{
    // -pg 512,128: avg_ts counts 640 tokens; the generated ones per second are 128/640 of it.
    const auto json = readMeasurements(
        llamaBenchLine({{"n_prompt", "512"}, {"n_gen", "128"}, {"avg_ts", "500.0"}}),
        QStringLiteral("pg.jsonl"));
    QVERIFY2(json.ok(), qPrintable(json.error()));
    QCOMPARE(json->rows.size(), 1);
    const Measurement &m = json->rows.first();
    QCOMPARE(m.metric, MeasuredMetric::ThroughputTokensPerSecond);
    QCOMPARE(m.value, 100.0);
    QCOMPARE(m.inputTokens, int64_t(512));
    QCOMPARE(m.outputTokens, int64_t(128));
    QCOMPARE(m.batch, 1);
    QVERIFY(m.notes.contains(QStringLiteral("llama-bench pp512+tg128")));

    // The same in the Markdown table: the README's layout with a pp+tg test.
    const QByteArray md = "| model                          |       size |     params | backend    "
                          "| ngl |            test |                  t/s |\n"
                          "| ------------------------------ | ---------: | ---------: | ---------- "
                          "| --: | --------------: | -------------------: |\n"
                          "| qwen2 7B Q4_K - Medium         |   4.36 GiB |     7.62 B | CUDA       "
                          "|  99 |     pp512+tg128 |        500.00 ± 1.00 |\n";
    const auto table = readMeasurements(md, QStringLiteral("pg.md"));
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->rows.first().metric, MeasuredMetric::ThroughputTokensPerSecond);
    QCOMPARE(table->rows.first().value, 100.0);
    QCOMPARE(table->rows.first().line, 3);
}

void TestMeasurementReaders::llamaBenchGpusKvAndWeights_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<QString>("hardwareName");
    QTest::addColumn<QString>("split");
    QTest::addColumn<QString>("weights");
    QTest::addColumn<QString>("kv");
    const QString rtx4080 = QStringLiteral("NVIDIA GeForce RTX 4080");
    const QString q4km = QStringLiteral("q4_k_m");
    const QString fp16 = QStringLiteral("fp16");
    QTest::newRow("README as it is")
        << llamaBenchLine({}) << 1 << rtx4080 << QString() << q4km << fp16;
    QTest::newRow("two GPUs, -sm layer")
        << llamaBenchLine({{"gpu_info", "\"NVIDIA GeForce RTX 4090, NVIDIA GeForce RTX 4090\""}})
        << 2 << QStringLiteral("NVIDIA GeForce RTX 4090") << QStringLiteral("layer") << q4km
        << fp16;
    QTest::newRow("older builds join GPUs with /")
        << llamaBenchLine({{"gpu_info", "\"NVIDIA A100-SXM4-80GB/NVIDIA A100-SXM4-80GB/NVIDIA "
                                        "A100-SXM4-80GB/NVIDIA A100-SXM4-80GB\""},
                           {"split_mode", "\"row\""}})
        << 4 << QStringLiteral("NVIDIA A100-SXM4-80GB") << QStringLiteral("row") << q4km << fp16;
    QTest::newRow("-sm none uses one GPU")
        << llamaBenchLine({{"gpu_info", "\"NVIDIA GeForce RTX 4090, NVIDIA GeForce RTX 4090\""},
                           {"split_mode", "\"none\""}})
        << 1 << QStringLiteral("NVIDIA GeForce RTX 4090") << QString() << q4km << fp16;
    QTest::newRow("-dev names the devices")
        << llamaBenchLine({{"gpu_info", "\"NVIDIA H100, NVIDIA H100, NVIDIA H100, NVIDIA H100\""},
                           {"devices", "\"CUDA0/CUDA1\""}})
        << 2 << QStringLiteral("NVIDIA H100") << QStringLiteral("layer") << q4km << fp16;
    QTest::newRow("CPU backend") << llamaBenchLine({{"backends", "\"CPU\""}, {"gpu_info", "\"\""}})
                                 << 0 << QStringLiteral("AMD Ryzen 7 7800X3D 8-Core Processor")
                                 << QString() << q4km << fp16;
    QTest::newRow("F16 model, q8_0 cache")
        << llamaBenchLine(
               {{"model_type", "\"llama 8B F16\""}, {"type_k", "\"q8_0\""}, {"type_v", "\"q8_0\""}})
        << 1 << rtx4080 << QString() << fp16 << QStringLiteral("q8_0");
    QTest::newRow("BF16 model, K q8_0 and V q4_0: (8.5 + 4.5) / 2 bits")
        << llamaBenchLine({{"model_type", "\"llama 8B BF16\""},
                           {"type_k", "\"q8_0\""},
                           {"type_v", "\"q4_0\""}})
        << 1 << rtx4080 << QString() << QStringLiteral("bf16") << QStringLiteral("6.5");
    QTest::newRow("older builds: mostly Q4_0")
        << llamaBenchLine({{"model_type", "\"llama 7B mostly Q4_0\""}}) << 1 << rtx4080 << QString()
        << QStringLiteral("q4_0") << fp16;
    QTest::newRow("Q8_0 and F32") << llamaBenchLine({{"model_type", "\"qwen2 7B Q8_0\""},
                                                     {"type_k", "\"f32\""},
                                                     {"type_v", "\"f32\""}})
                                  << 1 << rtx4080 << QString() << QStringLiteral("q8_0")
                                  << QStringLiteral("fp32");
    // Q5_K - Medium has no name here: 4677120000 x 8 / 7615616512 = 4.913 bits per weight.
    QTest::newRow("another quantization: bits per weight")
        << llamaBenchLine({{"model_type", "\"qwen2 7B Q5_K - Medium\""}}) << 1 << rtx4080
        << QString() << QStringLiteral("4.91") << fp16;
}

void TestMeasurementReaders::llamaBenchGpusKvAndWeights()
{
    QFETCH(QByteArray, line);
    const auto file = readMeasurements(line, QStringLiteral("edited.jsonl"));
    QVERIFY2(file.ok(), qPrintable(file.error()));
    const Measurement &m = file->rows.first();
    QTEST(m.gpus, "gpus");
    QTEST(m.hardwareName, "hardwareName");
    QTEST(m.split, "split");
    QTEST(m.weights, "weights");
    QTEST(m.kv, "kv");
}

void TestMeasurementReaders::vllmServeResult()
{
    const MeasurementFile file =
        readFixture(QStringLiteral("vllm-serve-dstack-gpt-oss-conc32.json"));
    QCOMPARE(file.format, MeasurementFormat::VllmBenchJson);
    QCOMPARE(file.rows.size(), 3);
    for (const Measurement &m : file.rows) {
        QCOMPARE(m.engine, QString()); // endpoint_type "openai" names an API, not an engine
        QCOMPARE(m.model, QString());
        QCOMPARE(m.batch, 32);                  // max_concurrency
        QCOMPARE(m.inputTokens, int64_t(2046)); // 1023101 / 500 = 2046.2
        QCOMPARE(m.outputTokens, int64_t(62));  // 31091 / 500 = 62.18
        QCOMPARE(m.gpus, 0);
        QCOMPARE(m.line, 0); // a whole-file result
        QCOMPARE(m.source, QStringLiteral("vllm-serve-dstack-gpt-oss-conc32.json"));
        QVERIFY(m.notes.contains(QStringLiteral("model_id \"openai/gpt-oss-120b\"")));
        QVERIFY(m.notes.contains(QStringLiteral("request_rate inf")));
    }
    QCOMPARE(file.rows[0].metric, MeasuredMetric::TtftMilliseconds);
    QCOMPARE(file.rows[0].value, 211.54864649997762); // median_ttft_ms
    QVERIFY(file.rows[0].notes.endsWith(QStringLiteral("value: median_ttft_ms")));
    QCOMPARE(file.rows[1].metric, MeasuredMetric::ItlMilliseconds);
    QCOMPARE(file.rows[1].value, 7.3118000000249594); // median_itl_ms
    QCOMPARE(file.rows[2].metric, MeasuredMetric::ThroughputTokensPerSecond);
    QCOMPARE(file.rows[2].value, 2810.071918899746); // output_throughput
}

void TestMeasurementReaders::vllm2024ResultWithoutConcurrency()
{
    const MeasurementFile file = readFixture(QStringLiteral("vllm-serve-dstack-h100-16qps.json"));
    QCOMPARE(file.rows.size(), 3);
    for (const Measurement &m : file.rows) {
        QCOMPARE(m.engine, QStringLiteral("vllm")); // "backend": "vllm"
        QCOMPARE(m.batch, 0);                       // Poisson arrivals at 16 req/s: not stated
        QCOMPARE(m.inputTokens, int64_t(215));      // 215196 / 1000
        QCOMPARE(m.outputTokens, int64_t(121));     // 120689 / 1000
        QVERIFY(m.notes.contains(QStringLiteral("request_rate 16")));
        QVERIFY(m.notes.contains(QStringLiteral("model_id \"meta-llama/Llama-3.1-405B-FP8\"")));
    }
    QCOMPARE(file.rows[0].value, 403.31627649993607);
    QCOMPARE(file.rows[1].value, 113.79986699921574);
    QCOMPARE(file.rows[2].value, 1198.8884495761356);
}

void TestMeasurementReaders::vllmAppendedResults()
{
    // --append-result writes one result per line.
    const QByteArray first = fixture(QStringLiteral("vllm-serve-dstack-gpt-oss-conc32.json"));
    QByteArray second = first;
    second.replace("\"max_concurrency\": 32", "\"max_concurrency\": 64");
    const auto file = readMeasurements(first + '\n' + second + '\n', QStringLiteral("sweep.json"));
    QVERIFY2(file.ok(), qPrintable(file.error()));
    QCOMPARE(file->format, MeasurementFormat::VllmBenchJson);
    QCOMPARE(file->rows.size(), 6);
    QCOMPARE(file->rows[0].line, 1);
    QCOMPARE(file->rows[0].batch, 32);
    QCOMPARE(file->rows[3].line, 2);
    QCOMPARE(file->rows[3].batch, 64);
    QCOMPARE(file->rows[3].source, QStringLiteral("sweep.json:2"));
}

void TestMeasurementReaders::genAiPerfStreaming()
{
    const MeasurementFile file = readFixture(QStringLiteral("genai-perf-issue298-streaming.json"));
    QCOMPARE(file.format, MeasurementFormat::GenAiPerfJson);
    QCOMPARE(file.rows.size(), 3);
    for (const Measurement &m : file.rows) {
        QCOMPARE(m.engine, QStringLiteral("tensorrt-llm")); // backend tensorrtllm
        QCOMPARE(m.batch, 100);                             // concurrency
        QCOMPARE(m.inputTokens, int64_t(201));              // input_sequence_length avg 200.85
        QCOMPARE(m.outputTokens, int64_t(2566));            // output_sequence_length avg 2565.855
        QCOMPARE(m.line, 0);
        QVERIFY(m.notes.contains(QStringLiteral("model \"ensemble\"")));
    }
    QCOMPARE(file.rows[0].metric, MeasuredMetric::TtftMilliseconds);
    QCOMPARE(file.rows[0].value, 172.8093975); // time_to_first_token p50, ms
    QCOMPARE(file.rows[1].metric, MeasuredMetric::ItlMilliseconds);
    QCOMPARE(file.rows[1].value, 2.1787205); // inter_token_latency p50
    QCOMPARE(file.rows[2].metric, MeasuredMetric::ThroughputTokensPerSecond);
    QCOMPARE(file.rows[2].value, 44190.56002502682); // output_token_throughput avg
}

void TestMeasurementReaders::genAiPerfWithoutStreaming()
{
    // Without --streaming its "time to first token" is the request latency: left out.
    const MeasurementFile file =
        readFixture(QStringLiteral("genai-perf-issue298-not-streamed.json"));
    QCOMPARE(file.rows.size(), 1);
    QCOMPARE(file.rows[0].metric, MeasuredMetric::ThroughputTokensPerSecond);
    QCOMPARE(file.rows[0].value, 12277.70340876071);
    QCOMPARE(file.rows[0].outputTokens, int64_t(568)); // 567.84
    QVERIFY(file.rows[0].notes.contains(QStringLiteral("not streamed")));
}

void TestMeasurementReaders::genAiPerfUnits_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<double>("scale"); // the fixture's 172.8093975 in this unit, times scale = ms
    QTest::newRow("ms") << QByteArray("ms") << 1.0;
    QTest::newRow("s") << QByteArray("s") << 1e3;
    QTest::newRow("sec") << QByteArray("sec") << 1e3;
    QTest::newRow("us") << QByteArray("us") << 1e-3;
    QTest::newRow("ns") << QByteArray("ns") << 1e-6;
}

void TestMeasurementReaders::genAiPerfUnits()
{
    QFETCH(QByteArray, unit);
    QFETCH(double, scale);
    QByteArray json = fixture(QStringLiteral("genai-perf-issue298-streaming.json"));
    const QByteArray ttft = "\"time_to_first_token\": {\n    \"unit\": \"ms\"";
    QVERIFY(json.contains(ttft));
    json.replace(ttft, "\"time_to_first_token\": {\n    \"unit\": \"" + unit + '"');
    const auto file = readMeasurements(json, QStringLiteral("profile_export_genai_perf.json"));
    QVERIFY2(file.ok(), qPrintable(file.error()));
    TCE_COMPARE_RELATIVE(file->rows[0].value, 172.8093975 * scale, 1e-12);
}

void TestMeasurementReaders::trtllmBenchReport()
{
    const MeasurementFile file = readFixture(QStringLiteral("trtllm-bench-blog-llama-3.1-8b.json"));
    QCOMPARE(file.format, MeasurementFormat::TrtllmBenchJson);
    QCOMPARE(file.rows.size(), 3);
    for (const Measurement &m : file.rows) {
        QCOMPARE(m.engine, QStringLiteral("tensorrt-llm"));
        QCOMPARE(m.model, QString());
        QCOMPARE(m.gpus, 1); // world_size
        QCOMPARE(m.split, QString());
        QCOMPARE(m.batch, 95); // avg_num_concurrent_requests 94.605
        QCOMPARE(m.inputTokens, int64_t(128));
        QCOMPARE(m.outputTokens, int64_t(128));
        QCOMPARE(m.weights, QStringLiteral("bf16")); // quantization null, dtype bfloat16
        QCOMPARE(m.kv, QStringLiteral("bf16"));      // kv_cache_dtype null: the model's dtype
        QVERIFY(m.notes.contains(QStringLiteral("model meta-llama/Llama-3.1-8B-Instruct")));
        QVERIFY(m.notes.contains(QStringLiteral("max_batch_size 3840")));
    }
    QCOMPARE(file.rows[0].metric, MeasuredMetric::TtftMilliseconds);
    QCOMPARE(file.rows[0].value, 159.7857); // ttft_percentiles p50
    QCOMPARE(file.rows[1].metric, MeasuredMetric::ItlMilliseconds);
    QCOMPARE(file.rows[1].value, 7.6079); // tpot_percentiles p50
    QCOMPARE(file.rows[2].metric, MeasuredMetric::ThroughputTokensPerSecond);
    QCOMPARE(file.rows[2].value, 11076.77); // system_output_throughput_tok_s

    // FP8 on 2 x 4 GPUs: tensor parallel first.
    QByteArray json = fixture(QStringLiteral("trtllm-bench-blog-llama-3.1-8b.json"));
    json.replace("\"quantization\": null", "\"quantization\": \"FP8\"");
    json.replace("\"kv_cache_dtype\": null", "\"kv_cache_dtype\": \"FP8\"");
    json.replace("\"tp_size\": 1", "\"tp_size\": 4");
    json.replace("\"pp_size\": 1", "\"pp_size\": 2");
    json.replace("\"world_size\": 1", "\"world_size\": 8");
    const auto fp8 = readMeasurements(json, QStringLiteral("report.json"));
    QVERIFY2(fp8.ok(), qPrintable(fp8.error()));
    QCOMPARE(fp8->rows[0].weights, QStringLiteral("fp8"));
    QCOMPARE(fp8->rows[0].kv, QStringLiteral("fp8"));
    QCOMPARE(fp8->rows[0].gpus, 8);
    QCOMPARE(fp8->rows[0].split, QStringLiteral("tensor"));
}

void TestMeasurementReaders::contentDecidesTheFormat_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<MeasurementFormat>("format");
    const auto fixtureRow = [](const char *name, MeasurementFormat format) {
        QTest::newRow(name) << fixturePath(QLatin1String(name)) << format;
    };
    fixtureRow("llama-bench-readme.json", MeasurementFormat::LlamaBenchJson);
    fixtureRow("llama-bench-readme.jsonl", MeasurementFormat::LlamaBenchJson);
    fixtureRow("llama-bench-readme.csv", MeasurementFormat::LlamaBenchCsv);
    fixtureRow("llama-bench-dgx-spark.md", MeasurementFormat::LlamaBenchMarkdown);
    fixtureRow("llama-bench-mi300x.md", MeasurementFormat::LlamaBenchMarkdown);
    fixtureRow("vllm-serve-dstack-gpt-oss-conc32.json", MeasurementFormat::VllmBenchJson);
    fixtureRow("vllm-serve-dstack-h100-16qps.json", MeasurementFormat::VllmBenchJson);
    fixtureRow("genai-perf-issue298-streaming.json", MeasurementFormat::GenAiPerfJson);
    fixtureRow("genai-perf-issue298-not-streamed.json", MeasurementFormat::GenAiPerfJson);
    fixtureRow("trtllm-bench-blog-llama-3.1-8b.json", MeasurementFormat::TrtllmBenchJson);
    QTest::newRow("datacenter.csv") << test::dataPath(QStringLiteral("calibration/datacenter.csv"))
                                    << MeasurementFormat::PlainCsv;
}

void TestMeasurementReaders::contentDecidesTheFormat()
{
    QFETCH(QString, path);
    QFETCH(MeasurementFormat, format);
    const QByteArray bytes = fileBytes(path);
    // The name says nothing: the same bytes under a misleading name, and with a byte order mark.
    for (const QString &name : {QStringLiteral("results.txt"), QStringLiteral("results.csv"),
                                QStringLiteral("results.json")}) {
        const auto plain = readMeasurements(bytes, name);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        QCOMPARE(plain->format, format);
        const auto withBom = readMeasurements("\xEF\xBB\xBF" + bytes, name);
        QVERIFY2(withBom.ok(), qPrintable(withBom.error()));
        QCOMPARE(withBom->rows, plain->rows);
    }
}

void TestMeasurementReaders::everyFixtureRowIsUsable()
{
    const QStringList names{QStringLiteral("llama-bench-readme.json"),
                            QStringLiteral("llama-bench-readme.jsonl"),
                            QStringLiteral("llama-bench-readme.csv"),
                            QStringLiteral("llama-bench-dgx-spark.md"),
                            QStringLiteral("llama-bench-mi300x.md"),
                            QStringLiteral("vllm-serve-dstack-gpt-oss-conc32.json"),
                            QStringLiteral("vllm-serve-dstack-h100-16qps.json"),
                            QStringLiteral("genai-perf-issue298-streaming.json"),
                            QStringLiteral("genai-perf-issue298-not-streamed.json"),
                            QStringLiteral("trtllm-bench-blog-llama-3.1-8b.json")};
    for (const QString &name : names) {
        for (const Measurement &m : readFixture(name).rows) {
            QVERIFY2(std::isfinite(m.value) && m.value > 0 && m.value < 1e12, qPrintable(name));
            QVERIFY(metricByName(metricName(m.metric)));
            QVERIFY(m.source.startsWith(name));
            QVERIFY(m.inputTokens >= -1 && m.outputTokens >= -1);
        }
    }
}

void TestMeasurementReaders::badInputNamesFileLineAndValue_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("mentions"); // each must appear in the error

    const QString runs = QStringLiteral("runs.csv");
    auto row = [&](const char *name, const QByteArray &csvRow, const QStringList &mentions) {
        QTest::newRow(name) << csvWithRow(csvRow) << runs << mentions;
    };
    QByteArray metric = kCsvRow;
    metric.replace("prefill_tok_s", "decode");
    row("a metric without its unit", metric,
        {QStringLiteral("runs.csv line 2: metric \"decode\" is not a known metric"),
         QStringLiteral("decode_tok_s (tokens/s)"), QStringLiteral("ttft_ms (milliseconds)"),
         QStringLiteral("throughput_tok_s")});
    QByteArray value = kCsvRow;
    for (const auto &[text, problem] :
         {std::pair{"nan", "is not a finite number"}, std::pair{"inf", "is not a finite number"},
          std::pair{"-3", "is not a positive number"}, std::pair{"0", "is not a positive number"},
          std::pair{"1e300", "is too large"}, std::pair{"1e12", "is too large"},
          std::pair{"fast", "is not a number"}}) {
        QByteArray bad = kCsvRow;
        bad.replace("5947.64", text);
        QTest::newRow(qPrintable(QStringLiteral("value %1").arg(QLatin1String(text))))
            << csvWithRow(bad) << runs
            << QStringList{QStringLiteral("runs.csv line 2: value \"%1\" %2")
                               .arg(QLatin1String(text), QLatin1String(problem))};
    }
    QByteArray gpus = kCsvRow;
    gpus.replace("rtx-4090,1,", "rtx-4090,1.5,");
    row("gpus not whole", gpus,
        {QStringLiteral("runs.csv line 2: gpus \"1.5\" is not a whole number")});
    gpus = kCsvRow;
    gpus.replace("rtx-4090,1,", "rtx-4090,0,");
    row("gpus 0", gpus,
        {QStringLiteral("gpus \"0\" is out of range; expected a whole number from 1 to 4096")});
    gpus.replace("rtx-4090,0,", "rtx-4090,5000,");
    row("gpus 5000", gpus, {QStringLiteral("gpus \"5000\" is out of range")});
    QByteArray batch = kCsvRow;
    batch.replace(",,1,512,", ",,1000001,512,");
    row("batch too large", batch,
        {QStringLiteral(
            "batch \"1000001\" is out of range; expected a whole number from 1 to 1000000")});
    QByteArray input = kCsvRow;
    input.replace(",512,0,", ",100000001,0,");
    row("input too long", input, {QStringLiteral("input \"100000001\" is out of range")});
    QByteArray output = kCsvRow;
    output.replace(",512,0,", ",512,-2,");
    row("negative output", output, {QStringLiteral("output \"-2\" is not a whole number")});
    QTest::newRow("flash attention neither on nor off")
        << QByteArray("model,hardware,gpus,batch,input,output,weights,kv,metric,value,"
                      "flash_attention\nllama-3.1-8b,rtx-4090,1,1,512,0,q4_k_m,fp16,"
                      "prefill_tok_s,5000,maybe\n")
        << runs
        << QStringList{
               QStringLiteral("runs.csv line 2: flash_attention \"maybe\" is not on or off"),
               QStringLiteral("expected on, off")};
    row("too few cells", "llama.cpp,llama-3.1-8b,rtx-4090",
        {QStringLiteral("runs.csv line 2: 3 cells; expected 14")});
    row("unclosed quote", kCsvRow + "\"a note that never ends",
        {QStringLiteral("runs.csv line 2: a quoted field opened on this line is never closed")});
    row("text after a closing quote", kCsvRow + "\"note\"x",
        {QStringLiteral("runs.csv line 2:"), QStringLiteral("follows its closing quote")});
    QTest::newRow("an unknown column")
        << QByteArray("modle,hardware,gpus,batch,input,output,weights,kv,metric,value\n") << runs
        << QStringList{QStringLiteral("runs.csv line 1: column \"modle\" is not a known column"),
                       QStringLiteral("expected model, hardware")};
    QTest::newRow("two unknown columns")
        << QByteArray("model,hardware,gpus,batch,input,output,weights,kv,metric,value,date,gpu\n")
        << runs
        << QStringList{
               QStringLiteral("runs.csv line 1: columns \"date\", \"gpu\" are not known columns")};
    QTest::newRow("a missing column")
        << QByteArray("model,hardware,gpus,batch,input,output,weights,kv,metric\nm,h,1,1,1,1,fp16,"
                      "fp16,ttft_ms\n")
        << runs
        << QStringList{QStringLiteral("runs.csv line 1: the header lacks the column value")};
    QTest::newRow("a header alone")
        << kCsvHeader << runs
        << QStringList{QStringLiteral("runs.csv: a header but no measurements")};

    QTest::newRow("not a benchmark file")
        << QByteArray("hello world\nthis is not a benchmark\n") << QStringLiteral("notes.txt")
        << QStringList{QStringLiteral("notes.txt: not a benchmark file this app reads"),
                       QStringLiteral("llama-bench output")};
    QTest::newRow("empty") << QByteArray(" \n\t\n") << QStringLiteral("empty.csv")
                           << QStringList{QStringLiteral("empty.csv: the file is empty")};
    QTest::newRow("not UTF-8") << csvWithRow("llama.cpp,\xff\xfe,h,1,,1,1,1,fp16,fp16,ttft_ms,1,,")
                               << runs
                               << QStringList{QStringLiteral("runs.csv: line 2: not valid UTF-8")};

    const QByteArray vllm = fixture(QStringLiteral("vllm-serve-dstack-gpt-oss-conc32.json"));
    QTest::newRow("truncated JSON")
        << vllm.left(vllm.size() / 2) << QStringLiteral("result.json")
        << QStringList{QStringLiteral("result.json line 1: not valid JSON")};
    const QByteArray array = fixture(QStringLiteral("llama-bench-readme.json"));
    QTest::newRow("truncated JSON array")
        << array.left(array.indexOf("\"n_gen\": 128")) << QStringLiteral("bench.json")
        << QStringList{QStringLiteral("bench.json line 66: not valid JSON")};
    QTest::newRow("deep nesting") << QByteArray(200, '[') << QStringLiteral("deep.json")
                                  << QStringList{QStringLiteral(
                                         "deep.json line 1: JSON nested more than 64 levels deep")};
    QTest::newRow("deep nesting on line 3")
        << QByteArray("{\n\"a\":\n" + QByteArray(70, '{')) << QStringLiteral("deep.json")
        << QStringList{QStringLiteral("deep.json line 3: JSON nested more than 64 levels deep")};
    QTest::newRow("unknown JSON object")
        << QByteArray("{\"hello\": 1}") << QStringLiteral("x.json")
        << QStringList{QStringLiteral("x.json: a JSON object this app does not know")};
    QTest::newRow("an array of something else")
        << QByteArray("[1, 2, 3]") << QStringLiteral("x.json")
        << QStringList{QStringLiteral("x.json line 1: a JSON array that is not llama-bench")};

    QByteArray vllmNegative = vllm;
    vllmNegative.replace("\"median_ttft_ms\": 211.54864649997762", "\"median_ttft_ms\": -3");
    QTest::newRow("vLLM negative TTFT")
        << vllmNegative << QStringLiteral("result.json")
        << QStringList{
               QStringLiteral("result.json: median_ttft_ms \"-3\" is not a positive number")};
    QByteArray vllmNone = vllm;
    vllmNone.replace("\"completed\": 500", "\"completed\": 0");
    QTest::newRow("vLLM nothing completed")
        << vllmNone << QStringLiteral("result.json")
        << QStringList{QStringLiteral("result.json: completed \"0\" means no request completed")};
    QByteArray vllmText = vllm;
    vllmText.replace("\"output_throughput\": 2810.071918899746", "\"output_throughput\": \"fast\"");
    QTest::newRow("vLLM throughput as text")
        << vllmText << QStringLiteral("result.json")
        << QStringList{QStringLiteral("result.json: output_throughput \"fast\" is not a number")};
    // Found by fuzz_measurements: a total far beyond any run once rounded to a negative count.
    QByteArray vllmHuge = vllm;
    vllmHuge.replace("\"total_input_tokens\": 1023101", "\"total_input_tokens\": 1e26");
    QTest::newRow("vLLM total tokens beyond any run")
        << vllmHuge << QStringLiteral("result.json")
        << QStringList{QStringLiteral("result.json: total_input_tokens \"1e+26\" makes 2"),
                       QStringLiteral("tokens per request; expected 0 to 100000000")};
    QTest::newRow("vLLM appended, line 2 broken")
        << QByteArray(vllm + "\n{\"completed\": 3, \"mean_ttft_ms\": \n")
        << QStringLiteral("sweep.json")
        << QStringList{QStringLiteral("sweep.json line 2: not valid JSON")};

    QByteArray llamaNegative = llamaBenchLine({{"avg_ts", "-5"}});
    QTest::newRow("llama-bench negative t/s")
        << llamaNegative << QStringLiteral("bench.jsonl")
        << QStringList{
               QStringLiteral("bench.jsonl line 1: avg_ts \"-5\" is not a positive number")};
    QByteArray llamaSecond = fixture(QStringLiteral("llama-bench-readme.jsonl"));
    llamaSecond.replace("\"n_gen\": 128", "\"n_gen\": 12.5");
    QTest::newRow("llama-bench fractional n_gen")
        << llamaSecond << QStringLiteral("bench.jsonl")
        << QStringList{QStringLiteral("bench.jsonl line 2: n_gen \"12.5\" is not a token count")};
    QByteArray llamaArray = array;
    llamaArray.replace("\"avg_ts\": 118.881588", "\"avg_ts\": 1e300");
    QTest::newRow("llama-bench JSON 1e300")
        << llamaArray << QStringLiteral("bench.json")
        << QStringList{QStringLiteral("bench.json line 39: avg_ts \"1e+300\" is too large")};
    QByteArray csv = fixture(QStringLiteral("llama-bench-readme.csv"));
    csv.replace("\"7285.676949\"", "\"abc\"");
    QTest::newRow("llama-bench CSV t/s not a number")
        << csv << QStringLiteral("bench.csv")
        << QStringList{QStringLiteral("bench.csv line 2: avg_ts \"abc\" is not a number")};
    QByteArray md = fixture(QStringLiteral("llama-bench-mi300x.md"));
    md.replace("tg128 |", "xx128 |");
    QTest::newRow("llama-bench md unknown test")
        << md << QStringLiteral("bench.md")
        << QStringList{
               QStringLiteral("bench.md line 27: test \"xx128\" is not a llama-bench test")};
    QByteArray mdCells = fixture(QStringLiteral("llama-bench-mi300x.md"));
    mdCells.replace("| 999 |           pp256 |", "| 999 |");
    QTest::newRow("llama-bench md missing cell")
        << mdCells << QStringLiteral("bench.md")
        << QStringList{QStringLiteral(
               "bench.md line 21: 6 cells; expected 7, as in the table's header on line 14")};

    QByteArray genai = fixture(QStringLiteral("genai-perf-issue298-streaming.json"));
    genai.replace("\"time_to_first_token\": {\n    \"unit\": \"ms\",",
                  "\"time_to_first_token\": {\n    \"unit\": \"minutes\",");
    QTest::newRow("GenAI-Perf unknown unit")
        << genai << QStringLiteral("profile_export_genai_perf.json")
        << QStringList{QStringLiteral("profile_export_genai_perf.json: time_to_first_token.unit "
                                      "\"minutes\" is not a unit of time")};
    QByteArray genaiNoUnit = fixture(QStringLiteral("genai-perf-issue298-streaming.json"));
    genaiNoUnit.replace("\"inter_token_latency\": {\n    \"unit\": \"ms\",",
                        "\"inter_token_latency\": {");
    QTest::newRow("GenAI-Perf missing unit")
        << genaiNoUnit << QStringLiteral("profile_export_genai_perf.json")
        << QStringList{QStringLiteral("profile_export_genai_perf.json: inter_token_latency has no "
                                      "\"unit\" (its p50 is 2.1787205)")};
    QByteArray genaiLong = fixture(QStringLiteral("genai-perf-issue298-streaming.json"));
    genaiLong.replace("\"avg\": 200.85", "\"avg\": 1e300");
    QTest::newRow("GenAI-Perf input length beyond any run")
        << genaiLong << QStringLiteral("profile_export_genai_perf.json")
        << QStringList{QStringLiteral("profile_export_genai_perf.json: input_sequence_length.avg "
                                      "\"1e+300\" makes 1e+300 tokens per request")};
    QByteArray trtGpus = fixture(QStringLiteral("trtllm-bench-blog-llama-3.1-8b.json"));
    trtGpus.replace("\"tp_size\": 1", "\"tp_size\": 4096");
    trtGpus.replace("\"pp_size\": 1", "\"pp_size\": 2");
    trtGpus.replace("\"world_size\": 1,", "");
    QTest::newRow("trtllm-bench tp x pp beyond 4096 GPUs")
        << trtGpus << QStringLiteral("report.json")
        << QStringList{QStringLiteral("report.json: world_info.tp_size x pp_size \"8192\" is more "
                                      "GPUs than one measurement runs on")};
    QByteArray trtConcurrency = fixture(QStringLiteral("trtllm-bench-blog-llama-3.1-8b.json"));
    trtConcurrency.replace("\"avg_num_concurrent_requests\": 94.605",
                           "\"avg_num_concurrent_requests\": 1e30");
    QTest::newRow("trtllm-bench concurrency beyond any run")
        << trtConcurrency << QStringLiteral("report.json")
        << QStringList{QStringLiteral("report.json: request_info.avg_num_concurrent_requests "
                                      "\"1e+30\" is out of range")};
    QByteArray trt = fixture(QStringLiteral("trtllm-bench-blog-llama-3.1-8b.json"));
    trt.replace("\"system_output_throughput_tok_s\": 11076.77",
                "\"system_output_throughput_tok_s\": -1");
    QTest::newRow("trtllm-bench negative throughput")
        << trt << QStringLiteral("report.json")
        << QStringList{QStringLiteral("report.json: performance.system_output_throughput_tok_s "
                                      "\"-1\" is not a positive number")};
}

void TestMeasurementReaders::badInputNamesFileLineAndValue()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QStringList, mentions);
    const auto file = readMeasurements(bytes, fileName);
    QVERIFY(!file.ok());
    QVERIFY2(file.error().startsWith(fileName), qPrintable(file.error()));
    for (const QString &mention : mentions)
        QVERIFY2(file.error().contains(mention), qPrintable(file.error()));
}

void TestMeasurementReaders::hugeFileIsRefusedBeforeParsing()
{
    // One byte past 64 MiB, made in memory: refused before a byte is parsed.
    const QByteArray huge(kMaxInputFileBytes + 1, ' ');
    const auto file = readMeasurements(huge, QStringLiteral("huge.json"));
    QVERIFY(!file.ok());
    QCOMPARE(file.error(),
             QStringLiteral("huge.json: 67108865 bytes is larger than the 64 MiB limit"));
}

void TestMeasurementReaders::tooManyRowsAreRefused()
{
    QByteArray csv = kCsvHeader;
    csv.reserve(csv.size() + 100'001 * (kCsvRow.size() + 1));
    for (int i = 0; i < 100'001; ++i)
        csv += kCsvRow + '\n';
    const auto tooMany = readMeasurements(csv, QStringLiteral("many.csv"));
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error().startsWith(
                 QStringLiteral("many.csv line 100002: more than 100000 rows after the header")),
             qPrintable(tooMany.error()));
    csv.chop(kCsvRow.size() + 1);
    const auto limit = readMeasurements(csv, QStringLiteral("many.csv"));
    QVERIFY2(limit.ok(), qPrintable(limit.error()));
    QCOMPARE(limit->rows.size(), 100'000);
}

void TestMeasurementReaders::readsFilesFromDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bench.md"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(fixture(QStringLiteral("llama-bench-mi300x.md")));
    out.close();
    const auto file = readMeasurementsFile(path);
    QVERIFY2(file.ok(), qPrintable(file.error()));
    QCOMPARE(file->rows.size(), 13);
    QCOMPARE(file->rows.first().source, QStringLiteral("bench.md:16"));

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    const auto absent = readMeasurementsFile(missing);
    QVERIFY(!absent.ok());
    QVERIFY2(absent.error().startsWith(missing), qPrintable(absent.error()));
}

TCE_TEST_GUILESS_MAIN(TestMeasurementReaders)
#include "tst_measurementreaders.moc"
