#include "flops.h"

#include "exactsums.h"
#include "modelspec.h"
#include "parametercount.h"

namespace tce {

using exact::Int128;

FlopModel::FlopModel(const ModelSpec &model)
{
    const ParameterCounts params = countParameters(model);
    m_matmulPerTokenExact = 2 * params.body;
    m_logitsExact = 2 * params.head;
    // Per query-key pair and head: QK^T over the query-key head dim, the weighted sum of V
    // over the value head dim, 2 FLOPs per multiply-add (cost-model.md section 3; for MLA we
    // count the attention as defined in DeepSeek-V2 section 2.1, before weight absorption).
    const int64_t perLayer =
        2 * int64_t(model.numHeads) * (int64_t(model.queryKeyHeadDim()) + model.valueHeadDim());
    m_attnGlobalExact = perLayer * model.globalAttentionLayers();
    m_attnSlidingExact = perLayer * model.slidingLayerCount();
    m_window = model.slidingLayerCount() > 0 ? model.slidingWindow : 0;

    m_matmulPerToken = double(m_matmulPerTokenExact);
    m_logitsPerPosition = double(m_logitsExact);
    m_attnPerKeyGlobal = double(m_attnGlobalExact);
    m_attnPerKeySliding = double(m_attnSlidingExact);
}

double FlopModel::attentionFlopsAtPosition(int64_t position) const
{
    const Int128 keys = position;
    const Int128 windowed = m_window > 0 ? std::min<Int128>(keys, m_window) : 0;
    return exact::toDouble(m_attnGlobalExact * keys + m_attnSlidingExact * windowed);
}

double FlopModel::prefillFlopsThrough(int64_t position) const
{
    if (position <= 0)
        return 0;
    const Int128 n = position;
    const Int128 flops = Int128(m_matmulPerTokenExact) * n +
                         Int128(m_attnGlobalExact) * exact::triangular(n) +
                         Int128(m_attnSlidingExact) * exact::windowedTriangular(n, m_window);
    return exact::toDouble(flops);
}

double FlopModel::prefillFlops(int64_t inputTokens) const
{
    if (inputTokens <= 0)
        return 0;
    return prefillFlopsThrough(inputTokens) + m_logitsPerPosition;
}

double FlopModel::decodeStepFlops(int64_t position) const
{
    return exact::toDouble(Int128(m_matmulPerTokenExact) + m_logitsExact) +
           attentionFlopsAtPosition(position);
}

double FlopModel::decodeFlopsBetween(int64_t firstPosition, int64_t lastPosition) const
{
    if (lastPosition < firstPosition)
        return 0;
    const Int128 steps = Int128(lastPosition) - firstPosition + 1;
    const Int128 flops =
        steps * (Int128(m_matmulPerTokenExact) + m_logitsExact) +
        Int128(m_attnGlobalExact) * exact::positionSum(firstPosition, lastPosition) +
        Int128(m_attnSlidingExact) *
            exact::windowedPositionSum(firstPosition, lastPosition, m_window);
    return exact::toDouble(flops);
}

double FlopModel::decodeTotalFlops(int64_t inputTokens, int64_t outputTokens) const
{
    // Output token j >= 2 comes from the step at position I + j - 1.
    return decodeFlopsBetween(inputTokens + 1, inputTokens + outputTokens - 1);
}

double FlopModel::noKvCacheTotalFlops(int64_t inputTokens, int64_t outputTokens) const
{
    if (outputTokens <= 0 || inputTokens <= 0)
        return 0;
    // sum over n = I .. I+O-1 of prefillFlops(n)
    const Int128 first = inputTokens;
    const Int128 last = Int128(inputTokens) + outputTokens - 1;
    const Int128 flops =
        Int128(m_matmulPerTokenExact) * exact::positionSum(first, last) +
        Int128(m_attnGlobalExact) * (exact::tetrahedral(last) - exact::tetrahedral(first - 1)) +
        Int128(m_attnSlidingExact) * (exact::windowedTetrahedral(last, m_window) -
                                      exact::windowedTetrahedral(first - 1, m_window)) +
        Int128(outputTokens) * m_logitsExact;
    return exact::toDouble(flops);
}

double FlopModel::prefillDotProducts(int64_t inputTokens)
{
    return exact::toDouble(exact::triangular(inputTokens));
}

double FlopModel::decodeDotProducts(int64_t inputTokens, int64_t outputTokens)
{
    return exact::toDouble(exact::positionSum(inputTokens + 1, inputTokens + outputTokens - 1));
}

int64_t inputTokenParticipation(int64_t position, int64_t inputTokens, int64_t outputTokens)
{
    if (position < 1 || position > inputTokens)
        return 0;
    return (inputTokens - position + 1) + std::max<int64_t>(0, outputTokens - 1);
}

int64_t outputTokenParticipation(int64_t outputIndex, int64_t outputTokens)
{
    if (outputIndex < 1 || outputIndex > outputTokens)
        return 0;
    return outputTokens - outputIndex;
}

} // namespace tce
