#pragma once

#include "scenario.h"
#include "specs.h"

// Scenarios written out by hand, independent of the catalog files.
namespace tce::test {

// cost-model.md section 5: one H100 SXM, 989.4 TFLOP/s dense bf16, 3.35 TB/s, eta = 1, no
// overhead; 80 GiB of memory.
inline HardwareSpec h100Sxm()
{
    HardwareSpec h;
    h.id = QStringLiteral("h100-hand");
    h.name = h.id;
    h.memoryBytes = 80.0 * 1024 * 1024 * 1024;
    h.memoryBandwidthBytesPerSecond = 3.35e12;
    h.peakFlopsPerSecond.insert(QStringLiteral("bf16"), 989.4e12);
    h.peakFlopsPerSecond.insert(QStringLiteral("fp8"), 1978.9e12);
    h.interconnectBytesPerSecond = 450e9;
    h.interconnectLatencySeconds = 10e-6;
    h.maxGpus = 8;
    h.gpuHourUsd = 3.0;
    return h;
}

inline Scenario idealScenario(const ModelSpec &model, int64_t input, int64_t output, int batch = 1)
{
    Scenario s;
    s.model = model;
    s.hardware = h100Sxm();
    s.weights = Precision{QStringLiteral("bf16"), 16, QStringLiteral("bf16")};
    s.kvCache = s.weights;
    s.compute = s.weights;
    s.serving.batch = batch;
    s.serving.engine.id = QStringLiteral("ideal");
    s.price.gpuHourUsd = 3.0;
    s.price.inputUsdPerMillion = 5;
    s.price.outputUsdPerMillion = 15;
    s.inputTokens = input;
    s.outputTokens = output;
    return s;
}

} // namespace tce::test
