#include "modelspec.h"

namespace tce {

bool ModelSpec::sameArchitecture(const ModelSpec &o) const
{
    return numLayers == o.numLayers && hiddenSize == o.hiddenSize && numHeads == o.numHeads
           && numKvHeads == o.numKvHeads && headDim == o.headDim && ffnSize == o.ffnSize
           && vocabSize == o.vocabSize && gatedFfn == o.gatedFfn
           && tiedEmbeddings == o.tiedEmbeddings && norm == o.norm
           && normsPerLayer == o.normsPerLayer && qkvBias == o.qkvBias
           && outputBias == o.outputBias && mlpBias == o.mlpBias
           && learnedPositionEmbeddings == o.learnedPositionEmbeddings
           && slidingLayerCount() == o.slidingLayerCount()
           && (slidingLayerCount() == 0 || slidingWindow == o.slidingWindow) && moe == o.moe
           && mla == o.mla;
}

} // namespace tce
