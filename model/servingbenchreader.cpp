// The result files of serving benchmarks, which measure a running server under load: vLLM's
// `vllm bench serve` (benchmark_serving.py), NVIDIA GenAI-Perf, and trtllm-bench. Each file is
// one run, so its rows are whole-file results (line 0), except vLLM's --append-result files,
// one run per line.
//
// Fields relied on:
// - vllm bench serve --save-result
// (https://github.com/vllm-project/vllm/blob/009e6d4a1cd6ba3fb2a9fc00f4ec06f5297232a1/vllm/benchmarks/serve.py,
//   benchmark() and main(); the same keys in benchmarks/benchmark_serving.py before it moved):
//   completed, total_input_tokens, total_output_tokens, output_throughput (generated tokens/s
//   of the run), median_ttft_ms / mean_ttft_ms, median_itl_ms / mean_itl_ms, median_tpot_ms /
//   mean_tpot_ms, max_concurrency (null when unlimited), request_rate (a number, or "inf"),
//   backend (older files: endpoint_type), model_id, num_prompts, failed, date.
// - GenAI-Perf profile_export_genai_perf.json
// (https://github.com/triton-inference-server/perf_analyzer/blob/09628cd6d6e31409c5f9adee3bbefdd2d58ef16a/genai-perf/genai_perf/export_data/json_exporter.py:
//   the statistics, then "input_config" with the command line): time_to_first_token,
//   inter_token_latency, output_token_throughput, input_sequence_length, output_sequence_length,
//   each {"unit": ..., "avg": ..., "p50": ..., ...}; input_config.concurrency, .streaming,
//   .backend, .model, .synthetic_input_tokens_mean, .output_tokens_mean. AIPerf, its successor,
//   writes the same statistics objects.
// - trtllm-bench throughput --report_json
// (https://github.com/NVIDIA/TensorRT-LLM/blob/2787769cae353023784dce105d648bcd4d04f4d4/tensorrt_llm/bench/dataclasses/reporting.py,
//   ReportUtility.get_statistics_dict()): engine {model, version, backend, dtype,
//   kv_cache_dtype, quantization}, world_info {tp_size, pp_size, world_size, max_batch_size},
//   request_info {num_requests, avg_num_concurrent_requests, avg_input_length,
//   avg_output_length}, performance {system_output_throughput_tok_s (older releases:
//   output_throughput_tok_s), ...}, streaming_metrics (with --streaming) {avg_ttft_ms,
//   avg_tpot_ms, ttft_percentiles {p50, ...}, tpot_percentiles {p50, ...}}.
#include "measurementreaders.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

namespace tce {

using namespace measurementreaders;

namespace {

// Reads values of one result object and remembers the first problem, naming the key path.
class ResultFields
{
public:
    ResultFields(QString file, int line)
        : m_file(std::move(file))
        , m_line(line)
    {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void failWith(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = fileError(m_file, m_line, message);
    }
    void fail(const QString &path, const QJsonValue &value, const QString &problem,
              const QString &expected)
    {
        if (m_error.isEmpty())
            m_error = fieldError(m_file, m_line, path, jsonText(value), problem, expected);
    }

    // A number, or nullopt when absent or null; anything else is an error.
    std::optional<double> number(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(path, value, QStringLiteral("is not a number"), QStringLiteral("a number"));
            return std::nullopt;
        }
        return value.toDouble();
    }
    std::optional<int64_t> whole(const QJsonObject &object, const QString &key, const QString &path,
                                 int64_t minimum, int64_t maximum)
    {
        const auto value = number(object, key, path);
        if (!value)
            return std::nullopt;
        if (*value != std::floor(*value) || *value < double(minimum) || *value > double(maximum)) {
            fail(path, object.value(key), QStringLiteral("is not a whole number in range"),
                 QStringLiteral("a whole number from %1 to %2").arg(minimum).arg(maximum));
            return std::nullopt;
        }
        return int64_t(*value);
    }
    // A measured value: finite, positive, below kMaxValue.
    std::optional<double> measured(const QJsonObject &object, const QString &key,
                                   const QString &path, double scale = 1.0)
    {
        const auto value = number(object, key, path);
        if (!value)
            return std::nullopt;
        const QString problem = valueProblem(*value * scale);
        if (!problem.isEmpty()) {
            fail(path, object.value(key), problem, valueExpectation());
            return std::nullopt;
        }
        return *value * scale;
    }

    // A mean token count per request, rounded; -1 when not stated. `path` and `shown` name the
    // value the mean comes from (for vLLM, a total over the completed requests).
    int64_t tokensPerRequest(std::optional<double> mean, const QString &path,
                             const QJsonValue &shown)
    {
        if (!mean)
            return -1;
        if (!(*mean >= 0 && *mean <= double(kMaxTokens))) {
            fail(path, shown, QStringLiteral("makes %1 tokens per request").arg(numberText(*mean)),
                 QStringLiteral("0 to %1 tokens per request").arg(kMaxTokens));
            return -1;
        }
        return std::llround(*mean);
    }

private:
    QString m_file;
    int m_line = 0;
    QString m_error;
};

QString stringOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

// vllm bench serve --backend: the engine it names, if it names one (openai, openai-chat, ...
// name only the API).
QString engineOfBackend(const QString &backend)
{
    const QString key = backend.toLower();
    if (key.startsWith(QLatin1String("vllm")))
        return QStringLiteral("vllm");
    if (key.startsWith(QLatin1String("sglang")))
        return QStringLiteral("sglang");
    if (key == QLatin1String("tensorrt-llm"))
        return QStringLiteral("tensorrt-llm");
    return {};
}

Measurement rowOf(const Measurement &base, MeasuredMetric metric, double value, const QString &key)
{
    Measurement m = base;
    m.metric = metric;
    m.value = value;
    m.notes = base.notes.isEmpty() ? QStringLiteral("value: %1").arg(key)
                                   : base.notes + QStringLiteral("; value: ") + key;
    return m;
}

// The first of `keys` that is present, as a measured value, with the key it came from.
struct Found
{
    double value = 0;
    QString key;
};
std::optional<Found> firstMeasured(ResultFields &fields, const QJsonObject &object,
                                   const QStringList &keys, const QString &prefix = QString())
{
    for (const QString &key : keys) {
        if (!object.contains(key) || object.value(key).isNull())
            continue;
        const auto value = fields.measured(object, key, prefix + key);
        if (!value)
            return std::nullopt;
        return Found{*value, prefix + key};
    }
    return std::nullopt;
}

// GenAI-Perf statistics: {"unit": "ms", "avg": ..., "p50": ...}; times become milliseconds.
std::optional<double> millisecondsPerUnit(const QString &unit)
{
    const QString key = unit.trimmed().toLower();
    if (key == QLatin1String("ns"))
        return 1e-6;
    if (key == QLatin1String("us") || key == QStringLiteral("µs"))
        return 1e-3;
    if (key == QLatin1String("ms"))
        return 1.0;
    if (key == QLatin1String("s") || key == QLatin1String("sec"))
        return 1e3;
    return std::nullopt;
}

std::optional<Found> genAiPerfStatistic(ResultFields &fields, const QJsonObject &root,
                                        const QString &name, bool isTime)
{
    const QJsonValue value = root.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        fields.fail(name, value, QStringLiteral("is not a statistics object"),
                    QStringLiteral("{\"unit\": ..., \"avg\": ..., \"p50\": ...}"));
        return std::nullopt;
    }
    const QJsonObject statistic = value.toObject();
    // A time is its median when given (as vLLM's is); a throughput the run's average.
    const QString key = isTime && statistic.contains(QStringLiteral("p50")) ? QStringLiteral("p50")
                                                                            : QStringLiteral("avg");
    const QString path = name + u'.' + key;
    const QJsonValue unitValue = statistic.value(QStringLiteral("unit"));
    const QString unit = stringOf(unitValue).trimmed();
    const QString expectedUnits =
        isTime ? QStringLiteral("\"unit\" ns, us, ms or s") : QStringLiteral("\"unit\" tokens/sec");
    double scale = 1.0;
    if (unit.isEmpty()) {
        fields.failWith(QStringLiteral("%1 has no \"unit\" (its %2 is %3); expected %4")
                            .arg(name, key, jsonText(statistic.value(key)), expectedUnits));
        return std::nullopt;
    }
    if (isTime) {
        const auto perUnit = millisecondsPerUnit(unit);
        if (!perUnit) {
            fields.fail(name + QStringLiteral(".unit"), unitValue,
                        QStringLiteral("is not a unit of time"), expectedUnits);
            return std::nullopt;
        }
        scale = *perUnit;
    } else if (unit != QLatin1String("tokens/sec") && unit != QLatin1String("tokens/s") &&
               unit != QLatin1String("tok/s")) {
        fields.fail(name + QStringLiteral(".unit"), unitValue,
                    QStringLiteral("is not a unit of tokens per second"), expectedUnits);
        return std::nullopt;
    }
    if (!statistic.contains(key))
        return std::nullopt;
    const auto measured = fields.measured(statistic, key, path, scale);
    if (!measured)
        return std::nullopt;
    return Found{*measured, path};
}

// trtllm-bench quantization names (tensorrt_llm/quantization/mode.py QuantAlgo) as precisions.
QString precisionOfQuantization(const QString &algorithm)
{
    const QString key = algorithm.toUpper();
    if (key.startsWith(QLatin1String("FP8")))
        return QStringLiteral("fp8");
    if (key == QLatin1String("NVFP4"))
        return QStringLiteral("nvfp4");
    if (key.startsWith(QLatin1String("W4A")))
        return QStringLiteral("int4");
    if (key.startsWith(QLatin1String("W8A")) || key == QLatin1String("INT8"))
        return QStringLiteral("int8");
    return {};
}
QString precisionOfDtype(const QString &dtype)
{
    const QString key = dtype.toLower();
    if (key == QLatin1String("bfloat16"))
        return QStringLiteral("bf16");
    if (key == QLatin1String("float16"))
        return QStringLiteral("fp16");
    if (key == QLatin1String("float32"))
        return QStringLiteral("fp32");
    return {};
}
bool notQuantized(const QJsonValue &value)
{
    const QString text = stringOf(value);
    return value.isNull() || value.isUndefined() || text.isEmpty() ||
           text.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0 ||
           text.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
}

} // namespace

namespace measurementreaders {

bool isVllmResult(const QJsonObject &object)
{
    return object.contains(QStringLiteral("completed")) &&
           (object.contains(QStringLiteral("output_throughput")) ||
            object.contains(QStringLiteral("mean_ttft_ms")) ||
            object.contains(QStringLiteral("total_output_tokens")));
}

bool isGenAiPerfExport(const QJsonObject &object)
{
    for (const char *key : {"time_to_first_token", "inter_token_latency", "output_token_throughput",
                            "request_latency"}) {
        if (object.value(QLatin1String(key)).isObject())
            return true;
    }
    return object.value(QStringLiteral("input_config")).isObject() &&
           !object.contains(QStringLiteral("completed"));
}

bool isTrtllmReport(const QJsonObject &object)
{
    return object.value(QStringLiteral("performance")).isObject() &&
           (object.value(QStringLiteral("request_info")).isObject() ||
            object.value(QStringLiteral("world_info")).isObject() ||
            object.value(QStringLiteral("engine")).isObject());
}

Result<MeasurementFile> readVllmBenchJson(const QList<JsonObjectAt> &objects, const QString &file)
{
    using R = Result<MeasurementFile>;
    MeasurementFile out;
    out.format = MeasurementFormat::VllmBenchJson;
    for (const JsonObjectAt &at : objects) {
        const QJsonObject &o = at.object;
        ResultFields fields(file, at.line);
        const auto completed = fields.whole(o, QStringLiteral("completed"),
                                            QStringLiteral("completed"), 0, kMaxTokens);
        if (completed && *completed == 0)
            fields.fail(QStringLiteral("completed"), o.value(QStringLiteral("completed")),
                        QStringLiteral("means no request completed"), QStringLiteral("at least 1"));
        const auto totalInput = fields.number(o, QStringLiteral("total_input_tokens"),
                                              QStringLiteral("total_input_tokens"));
        const auto totalOutput = fields.number(o, QStringLiteral("total_output_tokens"),
                                               QStringLiteral("total_output_tokens"));
        const auto concurrency = fields.whole(o, QStringLiteral("max_concurrency"),
                                              QStringLiteral("max_concurrency"), 1, 1'000'000);
        if (fields.failed())
            return R::failure(fields.error());

        Measurement base;
        base.engine = engineOfBackend(stringOf(o.value(QStringLiteral("backend"))));
        if (!o.contains(QStringLiteral("backend")))
            base.engine = engineOfBackend(stringOf(o.value(QStringLiteral("endpoint_type"))));
        base.batch = int(concurrency.value_or(0));
        if (completed && *completed > 0) {
            auto perRequest = [&](std::optional<double> total) {
                return total ? std::optional<double>(*total / double(*completed)) : std::nullopt;
            };
            base.inputTokens = fields.tokensPerRequest(
                perRequest(totalInput), QStringLiteral("total_input_tokens"),
                o.value(QStringLiteral("total_input_tokens")));
            base.outputTokens = fields.tokensPerRequest(
                perRequest(totalOutput), QStringLiteral("total_output_tokens"),
                o.value(QStringLiteral("total_output_tokens")));
            if (fields.failed())
                return R::failure(fields.error());
        }
        base.line = at.line;
        base.source = sourceOf(file, at.line);
        QStringList notes{QStringLiteral("vllm bench serve")};
        for (const char *key : {"model_id", "backend", "endpoint_type", "date"}) {
            if (const QString text = stringOf(o.value(QLatin1String(key))); !text.isEmpty())
                notes << QStringLiteral("%1 \"%2\"").arg(QLatin1String(key), text);
        }
        if (o.contains(QStringLiteral("num_prompts")))
            notes << QStringLiteral("num_prompts %1")
                         .arg(jsonText(o.value(QStringLiteral("num_prompts"))));
        if (completed)
            notes << QStringLiteral("completed %1").arg(*completed);
        if (o.value(QStringLiteral("failed")).toDouble() > 0)
            notes << QStringLiteral("failed %1").arg(jsonText(o.value(QStringLiteral("failed"))));
        if (o.contains(QStringLiteral("request_rate")))
            notes << QStringLiteral("request_rate %1")
                         .arg(jsonText(o.value(QStringLiteral("request_rate"))));
        notes << (concurrency ? QStringLiteral("max_concurrency %1").arg(*concurrency)
                              : QStringLiteral("no max_concurrency (batch not stated)"));
        notes << QStringLiteral("input/output: total tokens / completed requests");
        base.notes = notes.join(QStringLiteral("; "));

        const auto ttft = firstMeasured(
            fields, o, {QStringLiteral("median_ttft_ms"), QStringLiteral("mean_ttft_ms")});
        const auto itl =
            firstMeasured(fields, o,
                          {QStringLiteral("median_itl_ms"), QStringLiteral("mean_itl_ms"),
                           QStringLiteral("median_tpot_ms"), QStringLiteral("mean_tpot_ms")});
        const auto throughput = firstMeasured(fields, o, {QStringLiteral("output_throughput")});
        if (fields.failed())
            return R::failure(fields.error());
        if (!ttft && !itl && !throughput)
            return R::failure(fileError(file, at.line,
                                        QStringLiteral("no median_ttft_ms, mean_ttft_ms, "
                                                       "median_itl_ms, mean_tpot_ms or "
                                                       "output_throughput; expected the result "
                                                       "of vllm bench serve --save-result")));
        if (ttft)
            out.rows << rowOf(base, MeasuredMetric::TtftMilliseconds, ttft->value, ttft->key);
        if (itl)
            out.rows << rowOf(base, MeasuredMetric::ItlMilliseconds, itl->value, itl->key);
        if (throughput)
            out.rows << rowOf(base, MeasuredMetric::ThroughputTokensPerSecond, throughput->value,
                              throughput->key);
    }
    return out;
}

Result<MeasurementFile> readGenAiPerfJson(const QJsonObject &object, const QString &file)
{
    using R = Result<MeasurementFile>;
    ResultFields fields(file, 0);
    const QJsonObject config = object.value(QStringLiteral("input_config")).toObject();
    // Without --streaming a request's first token arrives with its last: GenAI-Perf then
    // reports the request latency as time to first token, and no inter-token latency.
    const bool streaming = config.value(QStringLiteral("streaming")).toBool(true);
    const auto ttft =
        streaming ? genAiPerfStatistic(fields, object, QStringLiteral("time_to_first_token"), true)
                  : std::nullopt;
    const auto itl =
        streaming ? genAiPerfStatistic(fields, object, QStringLiteral("inter_token_latency"), true)
                  : std::nullopt;
    const auto throughput =
        genAiPerfStatistic(fields, object, QStringLiteral("output_token_throughput"), false);
    // Mean request lengths: the measured ones, else the ones asked for on the command line.
    auto lengthOf = [&](const char *statistic, const char *flatKey) -> int64_t {
        const QJsonObject s = object.value(QLatin1String(statistic)).toObject();
        if (s.contains(QStringLiteral("avg"))) {
            const QString path = QLatin1String(statistic) + QStringLiteral(".avg");
            return fields.tokensPerRequest(fields.number(s, QStringLiteral("avg"), path), path,
                                           s.value(QStringLiteral("avg")));
        }
        const QString path = QStringLiteral("input_config.") + QLatin1String(flatKey);
        const auto mean = fields.number(config, QLatin1String(flatKey), path);
        if (!mean || *mean <= 0) // output_tokens_mean -1: not set
            return -1;
        return fields.tokensPerRequest(mean, path, config.value(QLatin1String(flatKey)));
    };
    const int64_t input = lengthOf("input_sequence_length", "synthetic_input_tokens_mean");
    const int64_t output = lengthOf("output_sequence_length", "output_tokens_mean");
    // --concurrency N (flat in genai-perf's args; nested in later configs and AIPerf's).
    std::optional<int64_t> concurrency;
    for (const QStringList &path :
         {QStringList{QStringLiteral("concurrency")},
          QStringList{QStringLiteral("perf_analyzer"), QStringLiteral("stimulus"),
                      QStringLiteral("concurrency")},
          QStringList{QStringLiteral("loadgen"), QStringLiteral("concurrency")}}) {
        QJsonObject parent = config;
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            parent = parent.value(path[i]).toObject();
        if (parent.contains(path.last()) && !parent.value(path.last()).isNull()) {
            concurrency =
                fields.whole(parent, path.last(), QStringLiteral("input_config.") + path.join(u'.'),
                             1, 1'000'000);
            break;
        }
    }
    if (fields.failed())
        return R::failure(fields.error());
    if (!ttft && !itl && !throughput)
        return R::failure(fileError(file, 0,
                                    QStringLiteral("no time_to_first_token, inter_token_latency "
                                                   "or output_token_throughput; expected a "
                                                   "GenAI-Perf profile_export_genai_perf.json")));

    Measurement base;
    const QString backend = stringOf(config.value(QStringLiteral("backend"))).toLower();
    base.engine = backend == QLatin1String("tensorrtllm") ? QStringLiteral("tensorrt-llm")
                  : backend == QLatin1String("vllm")      ? QStringLiteral("vllm")
                                                          : QString();
    base.batch = int(concurrency.value_or(0));
    base.inputTokens = input;
    base.outputTokens = output;
    base.source = sourceOf(file, 0);
    QStringList notes{QStringLiteral("GenAI-Perf")};
    QStringList models;
    const QJsonValue model = config.value(QStringLiteral("model"));
    for (const QJsonValue &name : model.isArray() ? model.toArray() : QJsonArray{model}) {
        if (name.isString())
            models << name.toString();
    }
    if (!models.isEmpty())
        notes << QStringLiteral("model \"%1\"").arg(models.join(QStringLiteral(", ")));
    for (const char *key : {"backend", "service_kind", "endpoint_type"}) {
        if (const QString text = stringOf(config.value(QLatin1String(key))); !text.isEmpty())
            notes << QStringLiteral("%1 %2").arg(QLatin1String(key), text);
    }
    if (!streaming)
        notes << QStringLiteral("not streamed: no time to first token or inter-token latency");
    if (config.contains(QStringLiteral("request_rate")) &&
        !config.value(QStringLiteral("request_rate")).isNull())
        notes << QStringLiteral("request_rate %1")
                     .arg(jsonText(config.value(QStringLiteral("request_rate"))));
    notes << QStringLiteral("input/output: the mean sequence lengths");
    base.notes = notes.join(QStringLiteral("; "));

    MeasurementFile out;
    out.format = MeasurementFormat::GenAiPerfJson;
    if (ttft)
        out.rows << rowOf(base, MeasuredMetric::TtftMilliseconds, ttft->value, ttft->key);
    if (itl)
        out.rows << rowOf(base, MeasuredMetric::ItlMilliseconds, itl->value, itl->key);
    if (throughput)
        out.rows << rowOf(base, MeasuredMetric::ThroughputTokensPerSecond, throughput->value,
                          throughput->key);
    return out;
}

Result<MeasurementFile> readTrtllmBenchJson(const QJsonObject &object, const QString &file)
{
    using R = Result<MeasurementFile>;
    ResultFields fields(file, 0);
    const QJsonObject engine = object.value(QStringLiteral("engine")).toObject();
    const QJsonObject world = object.value(QStringLiteral("world_info")).toObject();
    const QJsonObject requests = object.value(QStringLiteral("request_info")).toObject();
    const QJsonObject performance = object.value(QStringLiteral("performance")).toObject();
    const QJsonObject streaming = object.value(QStringLiteral("streaming_metrics")).toObject();

    const auto tp = fields.whole(world, QStringLiteral("tp_size"),
                                 QStringLiteral("world_info.tp_size"), 1, 4096);
    const auto pp = fields.whole(world, QStringLiteral("pp_size"),
                                 QStringLiteral("world_info.pp_size"), 1, 4096);
    const auto worldSize = fields.whole(world, QStringLiteral("world_size"),
                                        QStringLiteral("world_info.world_size"), 1, 4096);
    const auto maxBatch = fields.whole(world, QStringLiteral("max_batch_size"),
                                       QStringLiteral("world_info.max_batch_size"), 1, 10'000'000);
    const auto concurrent =
        fields.number(requests, QStringLiteral("avg_num_concurrent_requests"),
                      QStringLiteral("request_info.avg_num_concurrent_requests"));
    const auto input = fields.number(requests, QStringLiteral("avg_input_length"),
                                     QStringLiteral("request_info.avg_input_length"));
    const auto output = fields.number(requests, QStringLiteral("avg_output_length"),
                                      QStringLiteral("request_info.avg_output_length"));
    const auto throughput = firstMeasured(fields, performance,
                                          {QStringLiteral("system_output_throughput_tok_s"),
                                           QStringLiteral("output_throughput_tok_s")},
                                          QStringLiteral("performance."));
    // Percentile objects hold milliseconds (reporting.py converts them); the median first.
    auto percentile = [&](const char *name, const char *averageKey) -> std::optional<Found> {
        const QJsonObject percentiles = streaming.value(QLatin1String(name)).toObject();
        if (percentiles.contains(QStringLiteral("p50")))
            return firstMeasured(fields, percentiles, {QStringLiteral("p50")},
                                 QStringLiteral("streaming_metrics.") + QLatin1String(name) + u'.');
        return firstMeasured(fields, streaming, {QLatin1String(averageKey)},
                             QStringLiteral("streaming_metrics."));
    };
    const auto ttft = percentile("ttft_percentiles", "avg_ttft_ms");
    const auto itl = percentile("tpot_percentiles", "avg_tpot_ms");
    const int64_t inputTokens =
        fields.tokensPerRequest(input, QStringLiteral("request_info.avg_input_length"),
                                requests.value(QStringLiteral("avg_input_length")));
    const int64_t outputTokens =
        fields.tokensPerRequest(output, QStringLiteral("request_info.avg_output_length"),
                                requests.value(QStringLiteral("avg_output_length")));
    const int64_t gpus = worldSize.value_or(tp.value_or(1) * pp.value_or(1));
    if (gpus > 4096)
        fields.fail(QStringLiteral("world_info.tp_size x pp_size"), QJsonValue(double(gpus)),
                    QStringLiteral("is more GPUs than one measurement runs on"),
                    QStringLiteral("at most 4096"));
    if (concurrent && !(*concurrent >= 0 && *concurrent <= 1e6))
        fields.fail(QStringLiteral("request_info.avg_num_concurrent_requests"),
                    requests.value(QStringLiteral("avg_num_concurrent_requests")),
                    QStringLiteral("is out of range"), QStringLiteral("0 to 1000000 requests"));
    if (fields.failed())
        return R::failure(fields.error());
    if (!ttft && !itl && !throughput)
        return R::failure(fileError(file, 0,
                                    QStringLiteral("no performance.system_output_throughput_tok_s "
                                                   "or streaming_metrics; expected a trtllm-bench "
                                                   "--report_json file")));

    Measurement base;
    base.engine = QStringLiteral("tensorrt-llm");
    base.gpus = int(gpus);
    if (tp.value_or(1) > 1)
        base.split = QStringLiteral("tensor");
    else if (pp.value_or(1) > 1)
        base.split = QStringLiteral("pipeline");
    // The concurrency the run reached: max_batch_size only caps the engine's batches.
    if (concurrent && *concurrent >= 0.5)
        base.batch = int(std::llround(*concurrent));
    base.inputTokens = inputTokens;
    base.outputTokens = outputTokens;
    const QJsonValue quantization = engine.value(QStringLiteral("quantization"));
    const QString dtype = precisionOfDtype(stringOf(engine.value(QStringLiteral("dtype"))));
    base.weights =
        notQuantized(quantization) ? dtype : precisionOfQuantization(stringOf(quantization));
    const QJsonValue kvDtype = engine.value(QStringLiteral("kv_cache_dtype"));
    base.kv = notQuantized(kvDtype) ? dtype : precisionOfQuantization(stringOf(kvDtype));
    base.source = sourceOf(file, 0);
    QStringList notes{QStringLiteral("trtllm-bench")};
    for (const char *key :
         {"model", "version", "backend", "dtype", "quantization", "kv_cache_dtype"}) {
        const QJsonValue value = engine.value(QLatin1String(key));
        if (!value.isUndefined())
            notes << QStringLiteral("%1 %2").arg(QLatin1String(key), jsonText(value));
    }
    if (tp || pp)
        notes << QStringLiteral("tp %1, pp %2").arg(tp.value_or(1)).arg(pp.value_or(1));
    if (maxBatch)
        notes << QStringLiteral("max_batch_size %1").arg(*maxBatch);
    if (concurrent)
        notes
            << QStringLiteral("batch: avg_num_concurrent_requests %1").arg(numberText(*concurrent));
    if (requests.contains(QStringLiteral("num_requests")))
        notes << QStringLiteral("num_requests %1")
                     .arg(jsonText(requests.value(QStringLiteral("num_requests"))));
    notes << QStringLiteral("input/output: the mean request lengths");
    base.notes = notes.join(QStringLiteral("; "));

    MeasurementFile out;
    out.format = MeasurementFormat::TrtllmBenchJson;
    if (ttft)
        out.rows << rowOf(base, MeasuredMetric::TtftMilliseconds, ttft->value, ttft->key);
    if (itl)
        out.rows << rowOf(base, MeasuredMetric::ItlMilliseconds, itl->value, itl->key);
    if (throughput)
        out.rows << rowOf(base, MeasuredMetric::ThroughputTokensPerSecond, throughput->value,
                          throughput->key);
    return out;
}

} // namespace measurementreaders

} // namespace tce
