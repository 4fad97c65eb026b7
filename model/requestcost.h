#pragma once

#include "timingmodel.h"

#include <cstdint>
#include <memory>

namespace tce {

struct Scenario;
class SpeculativeModel;

// What one request of a scenario costs, from the closed forms, O(1) per request: its share
// of one prefill (B_p prompts) and of each of its decode steps (B sequences), at the GPUs'
// price (cost-model.md section 6). A cached prompt prefix and speculative decoding apply as
// the scenario sets them (section 8). Used by the cumulative-cost curve, request mixes and
// the margin grid.
class RequestCostModel
{
public:
    explicit RequestCostModel(const Scenario &scenario);

    double prefillShareSeconds(int64_t inputTokens) const;
    // The O-1 decode steps after a prompt of I tokens (recomputations without a KV cache).
    // O counts every decoded token: reasoning and visible.
    double decodeShareSeconds(int64_t inputTokens, int64_t outputTokens) const;
    double costUsd(int64_t inputTokens, int64_t outputTokens) const;
    double usdPerSecond() const { return m_usdPerSecond; }
    const TimingModel &timing() const { return m_timing; }
    // The prefix a prompt of I tokens takes from the cache: the scenario's, but never the
    // last prompt token.
    int64_t cachedPrefixFor(int64_t inputTokens) const;

private:
    TimingModel m_timing;
    std::shared_ptr<const SpeculativeModel> m_speculative; // null: none
    int m_batch = 1;
    int m_prefillBatch = 1;
    bool m_cache = true;
    int64_t m_cachedPrefix = 0;
    double m_usdPerSecond = 0;
};

} // namespace tce
