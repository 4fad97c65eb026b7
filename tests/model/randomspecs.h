#pragma once

#include "modelspec.h"

#include <QRandomGenerator>

// Random but valid architectures covering every branch of the formulas: GQA, MoE with
// shared experts and leading dense layers, MLA, sliding windows on some layers.
namespace tce::test {

inline ModelSpec randomModel(QRandomGenerator &rng)
{
    auto pick = [&](int lo, int hi) {
        return int(rng.bounded(lo, hi + 1));
    };
    ModelSpec m;
    m.id = m.name = QStringLiteral("random");
    m.numLayers = pick(1, 12);
    m.numHeads = 1 << pick(0, 5);
    m.numKvHeads = m.numHeads >> pick(0, 2);
    if (m.numKvHeads == 0)
        m.numKvHeads = 1;
    m.headDim = 8 * pick(1, 16);
    m.hiddenSize = 8 * pick(4, 64);
    m.ffnSize = 8 * pick(4, 256);
    m.vocabSize = pick(100, 50000);
    m.gatedFfn = rng.bounded(2) == 1;
    m.tiedEmbeddings = rng.bounded(2) == 1;
    m.norm = rng.bounded(2) == 1 ? NormKind::LayerNorm : NormKind::RmsNorm;
    m.qkvBias = rng.bounded(2) == 1;
    if (rng.bounded(3) == 0) {
        m.slidingWindow = pick(1, 3000);
        m.slidingWindowLayers = pick(1, m.numLayers);
    }
    if (rng.bounded(3) == 0) {
        m.moe.numExperts = pick(2, 64);
        m.moe.expertsPerToken = pick(1, m.moe.numExperts);
        m.moe.expertFfnSize = 8 * pick(1, 64);
        m.moe.sharedExpertFfnSize = rng.bounded(2) == 1 ? 8 * pick(1, 64) : 0;
        m.moe.firstDenseLayers = pick(0, m.numLayers - 1);
        m.moe.routerBias = rng.bounded(2) == 1;
    }
    if (rng.bounded(4) == 0) {
        m.mla.kvLoraRank = 16 * pick(1, 32);
        m.mla.qLoraRank = rng.bounded(2) == 1 ? 16 * pick(1, 32) : 0;
        m.mla.qkNopeHeadDim = 8 * pick(1, 16);
        m.mla.qkRopeHeadDim = 8 * pick(0, 8);
        m.mla.vHeadDim = 8 * pick(1, 16);
    }
    return m;
}

} // namespace tce::test
