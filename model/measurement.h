#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace tce {

// What a benchmark measured (issue 14). Each has one unit, so a row's number is never
// ambiguous: tokens per second or milliseconds.
enum class MeasuredMetric
{
    DecodeTokensPerSecond,     // decode_tok_s: generated tokens/s of ONE sequence (1 / ITL)
    PrefillTokensPerSecond,    // prefill_tok_s: prompt tokens/s of a prefill of batch x input
    TtftMilliseconds,          // ttft_ms: time to first token of a static batch of prompts
    ItlMilliseconds,           // itl_ms: time between two tokens of one sequence
    ThroughputTokensPerSecond, // throughput_tok_s: generated tokens/s of the whole batch,
                               // prefill included (a static batch from start to end)
};

// The CSV name of a metric (decode_tok_s, ...), and back.
QString metricName(MeasuredMetric metric);
std::optional<MeasuredMetric> metricByName(const QString &name);

// One measured number and the setup it was measured with. A benchmark file rarely says
// everything (llama-bench names the GPU as the driver does, vLLM's result JSON not at all):
// what a file does not say stays empty (0 for numbers) and the command line fills it in.
struct Measurement
{
    QString engine;           // engine profile id (llama.cpp, vllm, ...); empty: not stated
    QString model;            // a preset id or a config.json path; empty: not stated
    QString hardware;         // a preset id; empty: not stated
    QString hardwareName;     // the file's own name for the GPU ("NVIDIA GeForce RTX 4090"), if any
    int gpus = 0;             // 0: not stated
    QString split;            // multi-GPU mode: tensor, layer, row; empty: the engine's default
    int batch = 0;            // concurrent sequences; 0: not stated
    int64_t inputTokens = -1; // prompt tokens (context before decode); -1: not stated
    int64_t outputTokens = -1; // generated tokens; -1: not stated
    QString weights; // precision name (fp16, q4_k_m, ...) or bits per weight; empty: not stated
    QString kv;      // the same for the KV cache
    // Whether attention ran as one fused kernel (flash attention); empty: the engine's default.
    std::optional<bool> flashAttention;
    MeasuredMetric metric = MeasuredMetric::DecodeTokensPerSecond;
    double value = 0; // in the metric's unit, finite and > 0
    int line = 0;     // 1-based line of the file the row came from (0: a whole-file result)
    QString source;   // citation (published sets) or "file:line"
    QString notes;

    bool operator==(const Measurement &) const = default;
};

enum class MeasurementFormat
{
    PlainCsv,       // model,hardware,gpus,batch,input,output,weights,kv,metric,value (+ optional
                    // engine,split,flash_attention,source,notes)
    LlamaBenchJson, // llama-bench -o json / jsonl
    LlamaBenchCsv,  // llama-bench -o csv
    LlamaBenchMarkdown, // llama-bench -o md (its default)
    VllmBenchJson,      // vllm bench serve / benchmark_serving.py --save-result
    GenAiPerfJson,      // genai-perf profile_export_genai_perf.json
    TrtllmBenchJson,    // trtllm-bench throughput/latency --report_json
};
QString formatName(MeasurementFormat format);

struct MeasurementFile
{
    MeasurementFormat format = MeasurementFormat::PlainCsv;
    QList<Measurement> rows;
};

// Reads any of the formats above, recognised by content (not by file name). A failure names
// the file, the line (or JSON key) and the value: "runs.csv line 7: value \"-3\" is not a
// positive number". Limits: 64 MiB, 100,000 rows, JSON nesting 64 deep.
Result<MeasurementFile> readMeasurements(const QByteArray &data, const QString &fileName);
Result<MeasurementFile> readMeasurementsFile(const QString &path);

} // namespace tce
