#pragma once

#include "result.h"
#include "scenario.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace tce {

class Catalog;

// Limits every entry point (command line, scenario files, sliders) checks lengths against.
inline constexpr int64_t kMaxTokens = 100'000'000;
inline constexpr int kMaxBatch = 1'000'000;
inline constexpr int kMaxGpus = 4096;

// What a user changed relative to a base scenario; unset fields keep the base's value.
struct ScenarioChanges
{
    std::optional<QString> modelId;
    std::optional<ModelSpec> model; // an imported config.json
    std::optional<QString> hardwareId;
    std::optional<QString> engineId;
    std::optional<QString> priceId;
    std::optional<Precision> weights;
    std::optional<Precision> kvCache;
    std::optional<int> gpus;
    std::optional<int> batch;
    std::optional<int> prefillBatch;
    std::optional<int64_t> inputTokens;
    std::optional<int64_t> outputTokens;
    std::optional<bool> useKvCache;
    std::optional<bool> flashAttention;       // the engine's attention kernel (EngineProfile)
    std::optional<double> peakFlopsPerSecond; // per GPU, at the compute precision
    std::optional<double> memoryBandwidthBytesPerSecond; // per GPU
    std::optional<double> memoryBytes;                   // per GPU
    std::optional<double> gpuHourUsd;
    std::optional<double> inputUsdPerMillion;
    std::optional<double> outputUsdPerMillion;
    // The serving simulation's load: clients (closed loop) or requests per second (open
    // loop), each of which also sets the mode, and the latency targets (0: none).
    std::optional<int> concurrency;
    std::optional<double> requestsPerSecond;
    std::optional<double> sloTtftSeconds;
    std::optional<double> sloItlSeconds;
    // Prompt caching: the cached prefix in tokens, or as a share of the prompt (one of them),
    // whether this request writes it, and the cache's prices (USD per 1M prompt tokens).
    std::optional<int64_t> cachedPrefixTokens;
    std::optional<double> cachedPrefixShare;
    std::optional<bool> writesCache;
    std::optional<double> cacheHitRate; // the serving simulation's share of hits
    std::optional<double> cacheReadUsdPerMillion;
    std::optional<double> cacheWriteUsdPerMillion;
    std::optional<double> cacheWrite1hUsdPerMillion;
    std::optional<bool> oneHourWrite; // implies writesCache
    std::optional<int64_t> reasoningTokens;
    // Speculative decoding: a draft model's preset ID, or "head" (EAGLE-like), or "none".
    std::optional<QString> speculativeDraft;
    std::optional<int> draftTokens;
    std::optional<double> acceptance;
    std::optional<double> gridGramsCo2PerKwh;

    bool operator==(const ScenarioChanges &) const = default;
};

// Llama-3.1-8B in bf16 on one H100 SXM, batch 1, I = 2048, O = 512, the ideal roofline
// engine and GPT-4o's 2024 list price: the worked check of cost-model.md.
Scenario defaultScenario(const Catalog &catalog);

// Where the window and every command start: defaultScenario at batch 16, served by vLLM.
Scenario defaultServingScenario(const Catalog &catalog);

// The precision matmuls run at for given weights: W8A8 formats compute at 8 bits,
// weight-only formats are dequantised to bf16.
Precision computePrecisionFor(const Precision &weights);

// Applies changes; an unknown preset ID or a value out of range is an error that names it.
Result<Scenario> applyChanges(const Catalog &catalog, Scenario base,
                              const ScenarioChanges &changes);

} // namespace tce
