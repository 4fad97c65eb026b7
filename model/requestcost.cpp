#include "requestcost.h"

#include "scenario.h"
#include "speculative.h"

#include <algorithm>

namespace tce {

RequestCostModel::RequestCostModel(const Scenario &s)
    : m_timing(s)
    , m_batch(std::max(1, s.serving.batch))
    , m_prefillBatch(std::max(1, s.serving.effectivePrefillBatch()))
    , m_cache(s.useKvCache)
    , m_cachedPrefix(s.useKvCache && !s.promptCache.writesCache ? s.promptCache.prefixTokens : 0)
    , m_usdPerSecond(s.price.usdPerSecond(s.serving.gpus))
{
    if (s.speculative.enabled() && s.useKvCache)
        m_speculative = std::make_shared<const SpeculativeModel>(s);
}

int64_t RequestCostModel::cachedPrefixFor(int64_t inputTokens) const
{
    return std::clamp<int64_t>(m_cachedPrefix, 0, std::max<int64_t>(0, inputTokens - 1));
}

double RequestCostModel::prefillShareSeconds(int64_t inputTokens) const
{
    const int64_t I = std::max<int64_t>(1, inputTokens);
    const int64_t cached = cachedPrefixFor(I);
    double seconds = m_timing.prefill(I, m_prefillBatch, cached).seconds;
    if (m_speculative)
        seconds += m_speculative->draftPrefill(I, m_prefillBatch, cached).seconds;
    return seconds / m_prefillBatch;
}

double RequestCostModel::decodeShareSeconds(int64_t inputTokens, int64_t outputTokens) const
{
    const int64_t I = std::max<int64_t>(1, inputTokens);
    const int64_t O = std::max<int64_t>(1, outputTokens);
    // Output token j >= 2 comes from the step at position I + j - 1.
    double batch = 0;
    if (!m_cache)
        batch = m_timing.noCacheSecondsBetween(I + 1, I + O - 1);
    else if (m_speculative)
        batch = m_speculative->decodeBetween(I + 1, I + O - 1).seconds;
    else
        batch = m_timing.decodeSecondsBetween(I + 1, I + O - 1);
    return batch / m_batch;
}

double RequestCostModel::costUsd(int64_t inputTokens, int64_t outputTokens) const
{
    return m_usdPerSecond *
           (prefillShareSeconds(inputTokens) + decodeShareSeconds(inputTokens, outputTokens));
}

} // namespace tce
