#pragma once

#include "timingmodel.h"

#include <cstdint>

namespace tce {

struct Scenario;

// What one request of a scenario costs, from the closed forms, O(1) per request: its share
// of one prefill (B_p prompts) and of each of its decode steps (B sequences), at the GPUs'
// price (cost-model.md section 6). Used by the cumulative-cost curve, request mixes and the
// margin grid.
class RequestCostModel
{
public:
    explicit RequestCostModel(const Scenario &scenario);

    double prefillShareSeconds(int64_t inputTokens) const;
    // The O-1 decode steps after a prompt of I tokens (recomputations without a KV cache).
    double decodeShareSeconds(int64_t inputTokens, int64_t outputTokens) const;
    double costUsd(int64_t inputTokens, int64_t outputTokens) const;
    double usdPerSecond() const { return m_usdPerSecond; }
    const TimingModel &timing() const { return m_timing; }

private:
    TimingModel m_timing;
    int m_batch = 1;
    int m_prefillBatch = 1;
    bool m_cache = true;
    double m_usdPerSecond = 0;
};

} // namespace tce
