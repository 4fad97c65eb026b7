// Benchmark files (issue 14): the measurement CSV, llama-bench's four printers, vllm bench serve,
// GenAI-Perf and trtllm-bench results, all through readMeasurements, which picks the reader by
// content as the app does.
#include "fuzzcheck.h"
#include "measurement.h"

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tce;
    const QString name = QStringLiteral("bench.txt");
    const auto file = readMeasurements(fuzz::bytesOf(data, size), name);
    if (!file) {
        fuzz::requireNamesFile(file.error(), name);
        return 0;
    }
    fuzz::require(!file->rows.isEmpty(), "a file that loads has measurements");
    for (const Measurement &m : file->rows) {
        // measurement.h: a value is finite, > 0 and below 1e12, in its metric's unit.
        fuzz::require(std::isfinite(m.value) && m.value > 0 && m.value < 1e12, "a usable value");
        fuzz::require(metricByName(metricName(m.metric)) == m.metric, "a known metric");
        fuzz::require(m.gpus >= 0 && m.gpus <= 4096, "GPUs from 0 (not stated) to 4096");
        fuzz::require(m.batch >= 0 && m.batch <= 1'000'000, "batch from 0 (not stated)");
        fuzz::require(m.inputTokens >= -1 && m.inputTokens <= 100'000'000, "input tokens");
        fuzz::require(m.outputTokens >= -1 && m.outputTokens <= 100'000'000, "output tokens");
        fuzz::require(m.line >= 0 && !m.source.isEmpty(), "a row says where it came from");
    }
    return 0;
}
