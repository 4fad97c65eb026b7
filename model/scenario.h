#pragma once

#include "hardwarespec.h"
#include "modelspec.h"
#include "precision.h"
#include "pricespec.h"
#include "requestfeatures.h"
#include "servingload.h"
#include "servingspec.h"

#include <algorithm>
#include <cstdint>

namespace tce {

// Everything one evaluation needs; a plain value that views edit and the model reads.
struct Scenario
{
    ModelSpec model;
    HardwareSpec hardware;
    Precision weights;
    Precision kvCache;
    Precision compute; // the precision matmuls run at (selects the hardware peak)
    ServingSpec serving;
    PriceSpec price;
    int64_t inputTokens = 2048; // I
    int64_t outputTokens = 512; // O
    bool useKvCache = true;
    ServingLoad load; // the serving simulation's load and latency targets
    PromptCacheSpec promptCache;
    // Hidden reasoning tokens decoded before the O visible ones: billed as output, never shown.
    int64_t reasoningTokens = 0; // R
    SpeculativeSpec speculative;
    // The grid's carbon intensity: Ember, "Global Electricity Review 2024": the world's power
    // generation in 2023, 480 gCO2/kWh (lifecycle),
    // https://ember-climate.org/insights/research/global-electricity-review-2024/
    double gridGramsCo2PerKwh = 480;

    // The tokens the request decodes and is billed for as output: R + O.
    int64_t decodedTokens() const { return reasoningTokens + outputTokens; }
    // The prompt tokens whose prefill a cache hit skips: the prefix, but never the last prompt
    // token, which an engine recomputes to get the first output token's logits (vLLM's
    // KVCacheManager.get_computed_blocks caps a full hit at I - 1 tokens). 0 on a miss.
    int64_t cachedPromptTokens() const
    {
        if (promptCache.writesCache || !useKvCache)
            return 0;
        return std::clamp<int64_t>(promptCache.prefixTokens, 0,
                                   std::max<int64_t>(0, inputTokens - 1));
    }

    // The prompt tokens billed at a cache price: written (at most the whole prompt), or read
    // (those a hit skipped, so that the bill and the compute agree).
    int64_t billedCachePrefixTokens() const { return billedCachePrefixFor(inputTokens); }
    // The same for a prompt of I tokens with the scenario's prefix (a request of a workload).
    int64_t billedCachePrefixFor(int64_t I) const
    {
        if (promptCache.writesCache)
            return std::clamp<int64_t>(promptCache.prefixTokens, 0, I);
        if (!useKvCache)
            return 0;
        return std::clamp<int64_t>(promptCache.prefixTokens, 0, std::max<int64_t>(0, I - 1));
    }
    // What the request pays at the API prices, R + O billed as output.
    double revenueUsd() const
    {
        return price.revenueUsd(inputTokens, decodedTokens(), billedCachePrefixTokens(),
                                promptCache.writesCache, promptCache.oneHourWrite);
    }

    bool operator==(const Scenario &) const = default;
};

} // namespace tce
