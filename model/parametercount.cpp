#include "parametercount.h"

#include "modelspec.h"

namespace tce {

namespace {

int64_t ffnParameters(const ModelSpec &m, int64_t innerWidth, bool withBias)
{
    const int64_t d = m.hiddenSize;
    const int64_t matrices = m.gatedFfn ? 3 : 2; // SwiGLU/GeGLU: gate, up, down
    int64_t params = matrices * d * innerWidth;
    if (withBias)
        params += (matrices - 1) * innerWidth + d;
    return params;
}

} // namespace

int64_t normParameters(const ModelSpec &m)
{
    return m.norm == NormKind::LayerNorm ? 2 * int64_t(m.hiddenSize) : int64_t(m.hiddenSize);
}

int64_t attentionParametersPerLayer(const ModelSpec &m)
{
    const int64_t d = m.hiddenSize;
    const int64_t h = m.numHeads;
    if (m.mla.enabled()) {
        // DeepSeek-V2 paper (arXiv:2405.04434) section 2.1.2-2.1.3: W^DQ, W^UQ/W^QR, W^DKV + W^KR,
        // W^UK/W^UV, W^O, and the RMSNorms on the two latents.
        const int64_t qk = m.mla.qkNopeHeadDim + m.mla.qkRopeHeadDim;
        const int64_t qLora = m.mla.qLoraRank;
        const int64_t kvLora = m.mla.kvLoraRank;
        const int64_t query = qLora > 0 ? d * qLora + qLora + qLora * h * qk : d * h * qk;
        const int64_t kvDown = d * (kvLora + m.mla.qkRopeHeadDim) + kvLora;
        const int64_t kvUp = kvLora * h * (m.mla.qkNopeHeadDim + m.mla.vHeadDim);
        const int64_t out = h * m.mla.vHeadDim * d;
        return query + kvDown + kvUp + out + (m.outputBias ? d : 0);
    }
    const int64_t dh = m.headDim;
    const int64_t hkv = m.numKvHeads;
    int64_t params = d * h * dh + 2 * d * hkv * dh + h * dh * d;
    if (m.qkvBias)
        params += (h + 2 * hkv) * dh;
    if (m.outputBias)
        params += d;
    return params;
}

int64_t denseFfnParameters(const ModelSpec &m)
{
    return ffnParameters(m, m.ffnSize, m.mlpBias);
}

ParameterCounts countParameters(const ModelSpec &m)
{
    const int64_t d = m.hiddenSize;
    const int64_t L = m.numLayers;
    const int64_t moeLayers = m.moeLayerCount();
    const int64_t denseLayers = L - moeLayers;

    const int64_t perLayerShared =
        attentionParametersPerLayer(m) + m.normsPerLayer * normParameters(m);
    const int64_t finalNorm = normParameters(m);

    ParameterCounts c;
    c.head = m.vocabSize * d;
    c.embedding = m.vocabSize * d + m.learnedPositionEmbeddings * d;

    int64_t moeAlwaysActive = 0; // router and shared experts of one MoE layer
    if (m.moe.enabled()) {
        c.routedExpert = ffnParameters(m, m.moe.expertFfnSize, false);
        moeAlwaysActive =
            d * m.moe.numExperts + (m.moe.routerBias ? m.moe.numExperts : 0) +
            (m.moe.sharedExpertFfnSize > 0 ? ffnParameters(m, m.moe.sharedExpertFfnSize, false)
                                           : 0);
        c.routedExpertsTotal = moeLayers * m.moe.numExperts * c.routedExpert;
    }

    const int64_t bodyWithoutRouted = L * perLayerShared + denseLayers * denseFfnParameters(m) +
                                      moeLayers * moeAlwaysActive + finalNorm;
    c.body = bodyWithoutRouted + moeLayers * m.moe.expertsPerToken * c.routedExpert;
    const int64_t untiedHead = m.tiedEmbeddings ? 0 : c.head;
    c.active = c.body + c.embedding + untiedHead;
    c.total = bodyWithoutRouted + c.routedExpertsTotal + c.embedding + untiedHead;
    return c;
}

} // namespace tce
