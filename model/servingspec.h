#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tce {

// Bounds on the scheduler's limits that files and the command line may set.
inline constexpr int kMaxSchedulerLimit = 1'000'000;
inline constexpr int kMaxKvBlockTokens = 4096;

// How a model spreads over several GPUs.
enum class MultiGpuMode
{
    // Tensor parallel: every GPU holds a slice of every layer and works on every token
    // (vLLM, TensorRT-LLM, SGLang; llama.cpp's -sm row comes close).
    Tensor,
    // Layer split (llama.cpp's default -sm layer): each GPU holds whole layers and a token
    // passes through them one GPU after another, so one sequence decodes at one GPU's speed;
    // a long prompt's micro-batches are pipelined across the GPUs.
    Layer,
};

// How well a profile's times held on measurements it was not fitted to (issue 14): median
// absolute relative error with one GPU or one source left out. 0: not known.
struct ProfileAccuracy
{
    double decode = 0;
    double prefill = 0; // prefill speed and time to first token
    int rows = 0;       // measurements the profile was fitted to
    bool operator==(const ProfileAccuracy &) const = default;
};

// An engine's numbers fitted for one class of hardware (engines.json "classes"; issue 14).
struct EngineClassProfile
{
    QString hardwareClass;
    double computeEfficiency = 1.0;
    double memoryEfficiency = 1.0;
    double attentionEfficiency = 0;
    double stepOverheadSeconds = 0;
    double requestOverheadSeconds = 0;
    double sequenceOverheadSeconds = 0;
    double dequantOpsPerWeight = 0; // EngineProfile::dequantOpsPerWeight
    // The chips the numbers were fitted on: geometric means over the rows of their fp16 peak
    // FLOP/s and memory bandwidth. A GPU of a class without numbers of its own gets these
    // shares carried to its peak and bandwidth (EngineProfile's transfer exponents). 0: not
    // known (a class set by hand), the shares are used as they are.
    double referencePeakFlops = 0;
    double referenceBandwidth = 0;
    ProfileAccuracy accuracy;
    bool operator==(const EngineClassProfile &) const = default;
};

// How a serving engine falls short of the roofline; defaults per engine and hardware class
// are fitted to published measurements cited in resources/catalog/engines.json, and every
// field stays editable.
struct EngineProfile
{
    QString id;
    QString name;
    double computeEfficiency = 1.0; // eta_c: attained / peak FLOP/s on the weight matmuls
    double memoryEfficiency = 1.0;  // eta_m: attained / peak memory bandwidth
    // eta_a: attained / peak FLOP/s on attention (QK^T and the weighted sum of V). Without a
    // fused kernel it is far below eta_c, and a prompt's speed falls as it grows. 0: eta_c.
    double attentionEfficiency = 0;
    double stepOverheadSeconds = 0; // per forward run: scheduling, kernel launches, sampling
    // Per request, once: tokenising, scheduling, the HTTP round trip. Adds to the time to first
    // token, not to any GPU's busy time.
    double requestOverheadSeconds = 0;
    // Per sequence in a run: sampling, detokenising, the scheduler's bookkeeping (CPU work that
    // grows with the batch; vLLM's Python loop is known for it).
    double sequenceOverheadSeconds = 0;
    // Vector-unit operations per weight and run to unpack weights stored in a quantized format
    // that is computed in 16 bits (q4_k_m, q8_0, GPTQ int4): at the chip's fp32 rate, beside
    // the matmuls. On a GPU with few FLOP/s per byte (an M1 Max) it, not the memory, sets the
    // pace of decoding a 4-bit model. Fitted per class; 0: free.
    double dequantOpsPerWeight = 0;
    // Flash attention: QK^T, the softmax and the weighted sum of V in one kernel, the scores
    // kept on chip. Without it (llama.cpp -fa off, its default before build b6327) every
    // micro-batch writes its scores (heads x tokens x context) to memory and reads them back,
    // unfusedScoreBytes per score, in kernels of their own: time on top of the roofline that
    // grows with the context, so a long prompt is slower per token than a short one.
    bool flashAttention = true;
    double unfusedScoreBytes = 0;
    // Per hardware vendor whose backend moves another number of bytes per score (llama.cpp's
    // Metal kernels write f32 scores directly, its cuBLAS path round-trips them through f16).
    // resolveEngine picks the hardware's; a resolved engine holds none.
    QMap<QString, double> unfusedScoreBytesByVendor;
    MultiGpuMode multiGpu = MultiGpuMode::Tensor;
    // Its 16-bit matmuls accumulate in fp16 (llama.cpp's cuBLAS path on NVIDIA), so they run at
    // the chip's fp16-accumulate peak: twice the usual one on GeForce cards.
    bool fp16Accumulate = false;
    // Its prompt matmuls run in the chip vendor's GEMM library (cuBLAS(Lt) on NVIDIA, hipBLASLt
    // on AMD), not kernels of its own: engines that do so reach the library's share of peak on
    // a chip, so one can stand in for another whose rows did not measure it (fitEngines).
    bool vendorGemm = false;
    // The hardware class these numbers are for ("datacenter-hopper", ...; empty: any), and
    // why, when the hardware's own class had no fitted numbers (resolveEngine says so).
    QString hardwareClass;
    QString classNote;
    bool classCarried = false; // another class's shares carried to this chip (resolveEngine)
    ProfileAccuracy accuracy;
    // A catalog's or a user's profile: its numbers per hardware class. A scenario holds the
    // numbers resolved for its hardware (resolveEngine) and no classes.
    QList<EngineClassProfile> classes;
    // How a class's shares carry to a chip of a class the engine has no measurements on:
    // share x (chip / reference)^(exponent - 1), for compute (and attention) against fp16 peak
    // FLOP/s and for memory against bandwidth. 1: the same share of peak; 0: the same FLOP/s or
    // bytes/s whatever the chip. Fitted across the classes (issue 14: llama.cpp's kernels reach
    // a third of an A100's peak and a fifth of an H100's, about the same FLOP/s).
    double computeTransferExponent = 1;
    double memoryTransferExponent = 1;
    double memoryReserveFraction = 0; // share of GPU memory the engine leaves unused
    double workspaceBytes = 0;        // per GPU: activations, CUDA graphs, allocator slack
    // The continuous-batching scheduler (max_num_seqs, max_num_batched_tokens and the KV block
    // size in vLLM's terms); engines.json says which engine does what, with the source.
    int maxRunningSequences = 256;
    int maxBatchedTokens = 8192;
    int kvBlockTokens = 16;
    QStringList sources;

    double attentionEfficiencyOrCompute() const
    {
        return attentionEfficiency > 0 ? attentionEfficiency : computeEfficiency;
    }
    bool operator==(const EngineProfile &) const = default;
};

// One model replica over `gpus` GPUs, split as the engine's multiGpu says.
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
