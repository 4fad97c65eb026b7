#include "memorymodel.h"

#include "exactsums.h"
#include "parametercount.h"
#include "scenario.h"

#include <algorithm>
#include <cmath>

namespace tce {

MemoryModel::MemoryModel(const ModelSpec &model, const Precision &weights, const Precision &kvCache)
{
    const ParameterCounts params = countParameters(model);
    m_bytesPerWeight = weights.bytesPerValue();
    m_weightBytes = double(params.total) * m_bytesPerWeight;
    m_routedExpertsTotalParams = double(params.routedExpertsTotal);
    m_routedExpertParams = double(params.routedExpert);

    const double valuesPerTokenPerLayer =
        model.mla.enabled() ? double(model.mla.kvLoraRank + model.mla.qkRopeHeadDim)
                            : 2.0 * model.numKvHeads * model.headDim;
    m_kvPerTokenPerLayer = valuesPerTokenPerLayer * kvCache.bytesPerValue();
    m_globalLayers = model.globalAttentionLayers();
    m_slidingLayers = model.slidingLayerCount();
    m_window = m_slidingLayers > 0 ? model.slidingWindow : 0;
    m_moeLayers = model.moeLayerCount();
    m_experts = model.moe.numExperts;
    m_expertsPerToken = model.moe.expertsPerToken;
}

double MemoryModel::kvBytesPerToken() const
{
    return m_kvPerTokenPerLayer * (m_globalLayers + m_slidingLayers);
}

double MemoryModel::kvBytesForContext(int64_t context) const
{
    if (context <= 0)
        return 0;
    const double windowed = m_window > 0 ? double(std::min<int64_t>(context, m_window)) : 0.0;
    return m_kvPerTokenPerLayer *
           (double(m_globalLayers) * double(context) + m_slidingLayers * windowed);
}

double MemoryModel::kvBytesSumBetween(int64_t firstPosition, int64_t lastPosition) const
{
    const double global = exact::toDouble(exact::positionSum(firstPosition, lastPosition));
    const double windowed =
        m_window > 0
            ? exact::toDouble(exact::windowedPositionSum(firstPosition, lastPosition, m_window))
            : 0.0;
    return m_kvPerTokenPerLayer * (m_globalLayers * global + m_slidingLayers * windowed);
}

double MemoryModel::weightBytesReadPerStep(int batch) const
{
    if (m_moeLayers == 0 || m_experts == 0)
        return m_weightBytes;
    const double k = std::min(m_expertsPerToken, m_experts);
    const double untouchedShare = std::pow(1.0 - k / m_experts, std::max(batch, 1));
    const double expertsRead = m_experts * (1.0 - untouchedShare);
    const double routedRead = double(m_moeLayers) * expertsRead * m_routedExpertParams;
    return m_weightBytes - (m_routedExpertsTotalParams - routedRead) * m_bytesPerWeight;
}

MemoryBudget memoryBudget(const Scenario &s)
{
    const MemoryModel memory(s.model, s.weights, s.kvCache);
    const int gpus = std::max(1, s.serving.gpus);
    MemoryBudget b;
    b.totalBytes = gpus * s.hardware.memoryBytes;
    b.reservedBytes = b.totalBytes * s.serving.engine.memoryReserveFraction;
    b.workspaceBytes = gpus * s.serving.engine.workspaceBytes;
    b.weightBytes = memory.weightBytes();
    b.usableKvBytes = b.totalBytes - b.reservedBytes - b.workspaceBytes - b.weightBytes;
    return b;
}

int64_t maxBatchAtContext(const Scenario &s, int64_t context)
{
    const double usable = memoryBudget(s).usableKvBytes;
    const double perSequence =
        MemoryModel(s.model, s.weights, s.kvCache).kvBytesForContext(context);
    if (usable <= 0 || perSequence <= 0)
        return 0;
    return int64_t(std::floor(usable / perSequence));
}

int64_t maxContextAtBatch(const Scenario &s, int batch)
{
    const MemoryModel memory(s.model, s.weights, s.kvCache);
    const double usable = memoryBudget(s).usableKvBytes;
    if (usable <= 0 || batch <= 0)
        return 0;
    const double perSequence = usable / batch;
    const double perLayer = memory.kvBytesPerTokenPerLayer();
    const int global = s.model.globalAttentionLayers();
    const int sliding = s.model.slidingLayerCount();
    const double window = sliding > 0 ? s.model.slidingWindow : 0;
    // Below the window every layer grows by one token per token.
    const double perTokenBelowWindow = perLayer * (global + sliding);
    if (perTokenBelowWindow <= 0)
        return -1;
    if (sliding == 0 || perSequence < perTokenBelowWindow * window)
        return int64_t(std::floor(perSequence / perTokenBelowWindow));
    if (global == 0)
        return -1;
    const double beyondWindow = (perSequence - perTokenBelowWindow * window) / (perLayer * global);
    return int64_t(std::floor(window + beyondWindow));
}

} // namespace tce
