#pragma once

#include "requestfeatures.h"

#include <Eigen/Core>

#include <cstdint>

namespace tce {

struct Scenario;

// Series for the charts of cost-model.md section 8, from the closed forms.

// A request's cost and price against the prompt cache's hit rate (chart "prompt-cache"): with
// hit rate h, a share h of the requests read the prefix from the cache and the rest write it.
// Both sides are linear in h; the list prices decide where caching starts to pay the buyer.
struct PromptCacheCurve
{
    int64_t prefixTokens = 0; // the cached prefix the curve assumes
    bool prefixAssumed =
        false;              // the scenario has none: 90% of the prompt, as in a long system prompt
    Eigen::ArrayXd hitRate; // 0..1
    Eigen::ArrayXd costWithCacheUsd;  // h * cost of a hit + (1 - h) * cost of a write
    Eigen::ArrayXd priceWithCacheUsd; // h * price of a hit + (1 - h) * price of a write
    double costWithoutCacheUsd = 0;   // every prompt token prefilled
    double priceWithoutCacheUsd = 0;  // every prompt token at the input price
    double costHitUsd = 0;
    double costWriteUsd = 0;
    double priceHitUsd = 0;
    double priceWriteUsd = 0;
    // Where the price with the cache falls to the price without: (p_write - p_in) /
    // (p_write - p_read); 0 when a write costs no more than input; -1 when a read saves nothing.
    double breakEvenHitRate = -1;
};

PromptCacheCurve promptCacheCurve(const Scenario &scenario, int points = 101);

// Speculative decoding against batch size (chart "speculative"): the speed-up of the decode and
// the GPU cost of a million output tokens with and without it, at the request's mean decode
// position. Large while the verification run is memory-bound (k + 1 positions for the price of
// one weight read), shrinking as the batch makes the step compute-bound.
struct SpeculativeSweep
{
    bool assumedDraft = false; // the scenario has none: an EAGLE-style head, k = 4, alpha = 0.7
    int draftTokens = 0;
    double acceptance = 0;
    double tokensPerRun = 1;
    Eigen::ArrayXd batch;
    Eigen::ArrayXd speedup;           // time per token without / with
    Eigen::ArrayXd usdPerMillionWith; // GPU cost of 1M output tokens, speculating
    Eigen::ArrayXd usdPerMillionWithout;
    double breakEvenBatch = -1; // the first batch where speculation stops paying; -1: never
};

// What the chart shows for a scenario with no draft: an EAGLE-style head, k = 4, alpha = 0.7.
SpeculativeSpec assumedDraftHead();

SpeculativeSweep speculativeSweep(const Scenario &scenario, int maxBatch = 1024);

} // namespace tce
