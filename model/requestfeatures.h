#pragma once

#include "modelspec.h"

#include <cstdint>

namespace tce {

// Prompt caching (cost-model.md section 8): the first `prefixTokens` prompt tokens are a prefix
// the engine may hold from an earlier request. A request either reads it (a hit: the prefix's
// prefill is skipped, its KV is still read by every decode step and held in memory) or writes
// it (a miss: the whole prompt is prefilled and the prefix is stored, billed at the provider's
// cache-write price).
struct PromptCacheSpec
{
    int64_t prefixTokens = 0;
    bool writesCache = false;
    bool oneHourWrite = false; // the write keeps the prefix an hour (billed at that price)
    // Under load (the serving simulation): the share of requests that find the prefix in the
    // cache; the others prefill it in full. The charts of one request follow writesCache.
    double servingHitRate = 1.0;

    bool operator==(const PromptCacheSpec &) const = default;
};

// Speculative decoding (cost-model.md section 8; Leviathan, Kalman, Matias 2023): a draft
// proposes k tokens, one run of the target verifies all k + 1 positions, and
// (1 - alpha^(k+1)) / (1 - alpha) tokens are kept on average.
struct SpeculativeSpec
{
    enum class Draft
    {
        None,
        Model, // a smaller model run on the same GPUs (draftModel)
        Head,  // a head on the target's hidden states (EAGLE, Medusa)
    };
    Draft draft = Draft::None;
    ModelSpec draftModel;    // Draft::Model
    int draftTokens = 4;     // k
    double acceptance = 0.7; // alpha, in [0, 1)
    // Draft::Head: one head step's time as a share of a target decode step; 0: EAGLE's head,
    // one decoder layer of the target plus its LM head (Li et al. 2024, "EAGLE", section 3.1),
    // priced by the share of the target's weights it reads.
    double headCostShare = 0;

    bool enabled() const { return draft != Draft::None && draftTokens > 0; }
    bool operator==(const SpeculativeSpec &) const = default;
};

} // namespace tce
