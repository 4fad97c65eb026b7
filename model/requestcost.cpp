#include "requestcost.h"

#include "scenario.h"

#include <algorithm>

namespace tce {

RequestCostModel::RequestCostModel(const Scenario &s)
    : m_timing(s)
    , m_batch(std::max(1, s.serving.batch))
    , m_prefillBatch(std::max(1, s.serving.effectivePrefillBatch()))
    , m_cache(s.useKvCache)
    , m_usdPerSecond(s.price.usdPerSecond(s.serving.gpus))
{}

double RequestCostModel::prefillShareSeconds(int64_t inputTokens) const
{
    const int64_t I = std::max<int64_t>(1, inputTokens);
    return m_timing.prefill(I, m_prefillBatch).seconds / m_prefillBatch;
}

double RequestCostModel::decodeShareSeconds(int64_t inputTokens, int64_t outputTokens) const
{
    const int64_t I = std::max<int64_t>(1, inputTokens);
    const int64_t O = std::max<int64_t>(1, outputTokens);
    // Output token j >= 2 comes from the step at position I + j - 1.
    const double batch = m_cache ? m_timing.decodeSecondsBetween(I + 1, I + O - 1)
                                 : m_timing.noCacheSecondsBetween(I + 1, I + O - 1);
    return batch / m_batch;
}

double RequestCostModel::costUsd(int64_t inputTokens, int64_t outputTokens) const
{
    return m_usdPerSecond *
           (prefillShareSeconds(inputTokens) + decodeShareSeconds(inputTokens, outputTokens));
}

} // namespace tce
