#pragma once

#include <QString>
#include <QStringList>

namespace tce {

// Bounds on the scheduler's limits that files and the command line may set.
inline constexpr int kMaxSchedulerLimit = 1'000'000;
inline constexpr int kMaxKvBlockTokens = 4096;

// How a serving engine falls short of the roofline; defaults per engine come from published
// measurements cited in resources/catalog/engines.json, and every field stays editable.
struct EngineProfile
{
    QString id;
    QString name;
    double computeEfficiency = 1.0;   // eta_c: attained / peak FLOP/s
    double memoryEfficiency = 1.0;    // eta_m: attained / peak memory bandwidth
    double stepOverheadSeconds = 0;   // per forward run: scheduling, kernel launches, sampling
    double memoryReserveFraction = 0; // share of GPU memory the engine leaves unused
    double workspaceBytes = 0;        // per GPU: activations, CUDA graphs, allocator slack
    // The continuous-batching scheduler (max_num_seqs, max_num_batched_tokens and the KV block
    // size in vLLM's terms); engines.json says which engine does what, with the source.
    int maxRunningSequences = 256;
    int maxBatchedTokens = 8192;
    int kvBlockTokens = 16;
    QStringList sources;

    bool operator==(const EngineProfile &) const = default;
};

// One model replica served with tensor parallelism over `gpus` GPUs.
struct ServingSpec
{
    int gpus = 1;
    int batch = 1;        // B: sequences decoded together
    int prefillBatch = 0; // B_p: prompts prefilled together; 0 = the same as batch
    EngineProfile engine;

    int effectivePrefillBatch() const { return prefillBatch > 0 ? prefillBatch : batch; }
    bool operator==(const ServingSpec &) const = default;
};

} // namespace tce
