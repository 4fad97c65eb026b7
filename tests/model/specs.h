#pragma once

#include "modelspec.h"

// Architectures written out by hand from cost-model.md section 2 (and the cited configs), so
// that the formula tests do not depend on the catalog files.
namespace tce::test {

inline ModelSpec llamaSpec(int layers, int hidden, int heads, int kvHeads, int64_t ffn,
                           int64_t vocab)
{
    ModelSpec m;
    m.id = QStringLiteral("hand-written");
    m.name = m.id;
    m.numLayers = layers;
    m.hiddenSize = hidden;
    m.numHeads = heads;
    m.numKvHeads = kvHeads;
    m.headDim = hidden / heads;
    m.ffnSize = ffn;
    m.vocabSize = vocab;
    m.gatedFfn = true;
    m.tiedEmbeddings = false;
    m.norm = NormKind::RmsNorm;
    m.normsPerLayer = 2;
    return m;
}

// cost-model.md section 2: L=32, d=4096, h=h_kv=32, d_ff=11008, V=32000.
inline ModelSpec llama2_7b()
{
    return llamaSpec(32, 4096, 32, 32, 11008, 32000);
}
// h_kv=8, d_ff=14336, V=128256.
inline ModelSpec llama3_8b()
{
    return llamaSpec(32, 4096, 32, 8, 14336, 128256);
}
// L=80, d=8192, h=64, h_kv=8, d_ff=28672.
inline ModelSpec llama3_70b()
{
    return llamaSpec(80, 8192, 64, 8, 28672, 128256);
}

} // namespace tce::test
