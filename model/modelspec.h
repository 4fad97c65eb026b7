#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace tce {

enum class NormKind
{
    RmsNorm,
    LayerNorm
};

// Mixture of experts (Mixtral, DeepSeek, Qwen-MoE): the FFN of every layer after the
// leading dense ones is a router plus experts; only k routed experts (and the shared ones)
// run for a token. cost-model.md section 1-2.
struct MoeSpec
{
    int numExperts = 0;              // E, routed experts per MoE layer
    int expertsPerToken = 0;         // k
    int64_t expertFfnSize = 0;       // d_moe, inner width of one routed expert
    int64_t sharedExpertFfnSize = 0; // total inner width of the always-active shared expert(s)
    int firstDenseLayers = 0;        // leading layers with a dense FFN of ModelSpec::ffnSize
    bool routerBias = false;         // DeepSeek-V3's per-expert score correction bias

    bool enabled() const { return numExperts > 0; }
    bool operator==(const MoeSpec &) const = default;
};

// Multi-head latent attention (DeepSeek-V2/V3): K and V are compressed into a latent of rank
// r_kv plus a decoupled RoPE key of d_rope, which is all the cache keeps.
struct MlaSpec
{
    int qLoraRank = 0;  // 0: queries are projected directly from the hidden state
    int kvLoraRank = 0; // r_kv
    int qkNopeHeadDim = 0;
    int qkRopeHeadDim = 0; // d_rope
    int vHeadDim = 0;

    bool enabled() const { return kvLoraRank > 0; }
    bool operator==(const MlaSpec &) const = default;
};

// A decoder-only transformer, with the fields of cost-model.md section 1.
struct ModelSpec
{
    QString id;
    QString name;

    int numLayers = 0;   // L
    int hiddenSize = 0;  // d
    int numHeads = 0;    // h
    int numKvHeads = 0;  // h_kv (GQA; = h for MHA, 1 for MQA)
    int headDim = 0;     // d_h
    int64_t ffnSize = 0; // d_ff (dense layers)
    int64_t vocabSize = 0;
    bool gatedFfn = true;
    bool tiedEmbeddings = false;
    NormKind norm = NormKind::RmsNorm;
    int normsPerLayer = 2;
    bool qkvBias = false;
    bool outputBias = false;
    bool mlpBias = false;
    int64_t learnedPositionEmbeddings = 0; // rows of a learned position table (GPT-2/3)

    int slidingWindow = 0;       // W in tokens; 0 = full attention everywhere
    int slidingWindowLayers = 0; // how many of the L layers attend over at most W keys

    MoeSpec moe;
    MlaSpec mla;

    // Catalog metadata; not used by any formula.
    int64_t contextLength = 0;
    double publishedParamsTotal = 0;
    double publishedParamsActive = 0;
    QString publishedParamsSource;
    // Conventions of the published figures (catalog README): compare like with like.
    bool publishedCountsTiedHeadTwice = false;
    bool publishedActiveExcludesEmbedding = false;
    QStringList sources;

    int globalAttentionLayers() const { return numLayers - slidingLayerCount(); }
    int slidingLayerCount() const { return slidingWindow > 0 ? slidingWindowLayers : 0; }
    int moeLayerCount() const { return moe.enabled() ? numLayers - moe.firstDenseLayers : 0; }
    // Head dimensions of a query-key dot product and of the value sum (MLA differs from d_h).
    int queryKeyHeadDim() const
    {
        return mla.enabled() ? mla.qkNopeHeadDim + mla.qkRopeHeadDim : headDim;
    }
    int valueHeadDim() const { return mla.enabled() ? mla.vHeadDim : headDim; }

    // The architecture only, so that a re-imported config compares equal to its preset.
    bool sameArchitecture(const ModelSpec &o) const;
    bool operator==(const ModelSpec &) const = default;
};

} // namespace tce
