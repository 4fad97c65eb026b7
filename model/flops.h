#pragma once

#include <cstdint>

namespace tce {

struct ModelSpec;

// FLOPs of cost-model.md section 3, per sequence, in closed form. Positions are 1-based; a
// prompt has I tokens, the request generates O tokens. Exact to the last FLOP up to ~1e15
// (doubles hold integers to 2^53); beyond that relative error < 1e-16.
class FlopModel
{
public:
    explicit FlopModel(const ModelSpec &model);

    // 2*N_body: the weight matmuls for one token.
    double matmulFlopsPerToken() const { return m_matmulPerToken; }
    // 2*N_head: the logits for one position.
    double logitFlopsPerPosition() const { return m_logitsPerPosition; }
    // A for full-attention layers: FLOPs per query-key pair summed over those layers
    // (QK^T and the weighted sum of V; 4*L*h*d_h for standard attention).
    double attentionFlopsPerKeyGlobal() const { return m_attnPerKeyGlobal; }
    // The same for the sliding-window layers, which attend to at most W keys.
    double attentionFlopsPerKeySliding() const { return m_attnPerKeySliding; }

    // Attention FLOPs of the query at position p (it attends to p keys, itself included).
    double attentionFlopsAtPosition(int64_t position) const;

    // One prefill run over I tokens: every position's matmuls and causal attention, logits
    // only at the last position (serving engines skip the others).
    double prefillFlops(int64_t inputTokens) const;
    // The share of that run spent on the first `position` prompt tokens (no logits).
    double prefillFlopsThrough(int64_t position) const;
    // One decode step that processes the token at position p.
    double decodeStepFlops(int64_t position) const;
    // Decode steps at positions a..b.
    double decodeFlopsBetween(int64_t firstPosition, int64_t lastPosition) const;
    // The O-1 decode steps that follow a prefill of I tokens.
    double decodeTotalFlops(int64_t inputTokens, int64_t outputTokens) const;
    // Without a KV cache every output token re-runs a prefill over all tokens so far.
    double noKvCacheTotalFlops(int64_t inputTokens, int64_t outputTokens) const;

    // Query-key dot products per head and layer in the prefill, in all decode steps, and
    // without a cache (full-attention layers; the "n dot products for token n+1").
    static double prefillDotProducts(int64_t inputTokens);
    static double decodeDotProducts(int64_t inputTokens, int64_t outputTokens);

private:
    double m_matmulPerToken = 0;
    double m_logitsPerPosition = 0;
    double m_attnPerKeyGlobal = 0;
    double m_attnPerKeySliding = 0;
    int64_t m_window = 0;
    // Integer coefficients for the exact sums.
    int64_t m_matmulPerTokenExact = 0;
    int64_t m_logitsExact = 0;
    int64_t m_attnGlobalExact = 0;
    int64_t m_attnSlidingExact = 0;
};

// How often a token's key is used (cost-model.md section 3, "Participation"): by the queries
// of the prefill and of each decode step, counting the run in which the token itself is new.
int64_t inputTokenParticipation(int64_t position, int64_t inputTokens, int64_t outputTokens);
int64_t outputTokenParticipation(int64_t outputIndex, int64_t outputTokens);

} // namespace tce
