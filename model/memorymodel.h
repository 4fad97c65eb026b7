#pragma once

#include <cstdint>

namespace tce {

struct ModelSpec;
struct Precision;
struct Scenario;

// Bytes of weights and of the KV cache (cost-model.md section 4).
class MemoryModel
{
public:
    MemoryModel(const ModelSpec &model, const Precision &weights, const Precision &kvCache);

    double weightBytes() const { return m_weightBytes; }
    // K and V of one token in one layer (MLA: the latent and the RoPE key).
    double kvBytesPerTokenPerLayer() const { return m_kvPerTokenPerLayer; }
    // All layers, for a context shorter than any sliding window.
    double kvBytesPerToken() const;
    // What one sequence holds at context c: sliding-window layers keep at most W tokens.
    double kvBytesForContext(int64_t context) const;
    // sum of kvBytesForContext(p) for p = first..last: the cache reads of those decode steps.
    double kvBytesSumBetween(int64_t firstPosition, int64_t lastPosition) const;
    // Weights one decode step of `batch` sequences streams from memory. A dense model reads
    // all of them; an MoE layer reads the experts that at least one token was routed to,
    // E*(1 - (1 - k/E)^B) on average (cost-model.md section 5).
    double weightBytesReadPerStep(int batch) const;

private:
    double m_weightBytes = 0;
    double m_bytesPerWeight = 0;
    double m_kvPerTokenPerLayer = 0;
    double m_routedExpertsTotalParams = 0;
    double m_routedExpertParams = 0;
    int m_globalLayers = 0;
    int m_slidingLayers = 0;
    int64_t m_window = 0;
    int m_moeLayers = 0;
    int m_experts = 0;
    int m_expertsPerToken = 0;
};

// What fits on the GPUs: usable = n*capacity*(1 - reserve) - weights - n*workspace.
struct MemoryBudget
{
    double totalBytes = 0;
    double reservedBytes = 0;
    double workspaceBytes = 0;
    double weightBytes = 0;
    double usableKvBytes = 0; // may be negative: the weights alone do not fit
};

MemoryBudget memoryBudget(const Scenario &scenario);
// floor(usable / kv(c)); 0 when not even one sequence fits.
int64_t maxBatchAtContext(const Scenario &scenario, int64_t context);
// Largest c with batch * kv(c) <= usable; -1 when unbounded (only sliding-window layers).
int64_t maxContextAtBatch(const Scenario &scenario, int batch);

} // namespace tce
