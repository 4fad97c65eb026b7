#include "modelspec.h"

namespace tce {

bool ModelSpec::sameArchitecture(const ModelSpec &o) const
{
    // MLA replaces the K/V heads and head_dim with its own dimensions, which configs spell
    // inconsistently (DeepSeek writes num_key_value_heads = h and no head_dim).
    const bool sameHeads = mla.enabled() || (numKvHeads == o.numKvHeads && headDim == o.headDim);
    return numLayers == o.numLayers && hiddenSize == o.hiddenSize && numHeads == o.numHeads &&
           sameHeads && ffnSize == o.ffnSize && vocabSize == o.vocabSize &&
           gatedFfn == o.gatedFfn && tiedEmbeddings == o.tiedEmbeddings && norm == o.norm &&
           normsPerLayer == o.normsPerLayer && qkvBias == o.qkvBias && outputBias == o.outputBias &&
           mlpBias == o.mlpBias && learnedPositionEmbeddings == o.learnedPositionEmbeddings &&
           slidingLayerCount() == o.slidingLayerCount() &&
           (slidingLayerCount() == 0 || slidingWindow == o.slidingWindow) && moe == o.moe &&
           mla == o.mla;
}

} // namespace tce
