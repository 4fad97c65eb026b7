#pragma once

#include "flops.h"
#include "memorymodel.h"

#include <cstdint>

namespace tce {

struct Scenario;

enum class Bound
{
    Compute,
    Memory
};

// One forward run on the roofline (cost-model.md section 5).
struct RunTime
{
    double flops = 0;
    double bytes = 0;
    // F_matmul / (n P eta_c) + F_attention / (n P eta_a) + dequantSeconds
    double computeSeconds = 0;
    double dequantSeconds = 0;       // unpacking quantized weights on the vector units
    double memorySeconds = 0;        // bytes / (n * BW * eta_m)
    double communicationSeconds = 0; // all-reduces (tensor) or hops between GPUs (layer split)
    double overheadSeconds = 0;      // the engine's cost per run and per sequence in it
    // Attention without flash attention: the scores written to memory and read back, in kernels
    // of their own (scoreBytes / (n * BW * eta_m)), on top of the roofline. 0 when fused.
    double scoreBytes = 0;
    double scoreSeconds = 0;
    double seconds = 0;
    Bound bound = Bound::Memory;

    double arithmeticIntensity() const { return bytes > 0 ? flops / bytes : 0; }
    double attainedFlopsPerSecond() const { return seconds > 0 ? flops / seconds : 0; }
};

// What one forward run of a continuous-batching engine holds: chunks of prompts being
// prefilled and sequences decoding one token each. Built with TimingModel::addPrefillChunk
// and addDecode; timed with TimingModel::mixedRun.
struct RunContents
{
    int64_t prefillTokens = 0;
    int64_t prefillSequences = 0; // chunks: one per prompt in the run
    double prefillFlops = 0;
    double attentionFlops = 0; // of the prefill and decode FLOPs: run at eta_a
    double prefillKvBytes = 0; // cache read and written by the chunks
    int64_t decodeSequences = 0;
    double decodeFlops = 0;
    double decodeKvBytes = 0; // cache read by the decoding sequences
    double scoreBytes = 0;    // attention scores through memory (no flash attention)

    int64_t tokens() const { return prefillTokens + decodeSequences; }
};

// Decoding sequences summed: their count, the sum of their positions and the sum of
// min(position, W) (the positions a sliding-window layer sees). Lets a run of hundreds of
// sequences be added in O(1).
struct DecodeSums
{
    int64_t sequences = 0;
    double positions = 0;
    double windowedPositions = 0;
};

// Times the runs of one scenario: prefills of B_p prompts and decode steps of B sequences
// on n GPUs, tensor parallel or split by layer (then a token sees one GPU at a time: the
// rates are one GPU's, and a prompt's micro-batches are pipelined). Costs O(1) per call
// whatever the lengths, so that a sum over 10M decode steps costs what a sum over 10 does.
class TimingModel
{
public:
    explicit TimingModel(const Scenario &scenario);

    // What one sequence's runs can use, before eta: all GPUs if tensor parallel, one GPU's if
    // split by layer.
    double peakFlopsPerSecond() const { return m_peakFlops; }
    double memoryBandwidthBytesPerSecond() const { return m_bandwidth; }
    const FlopModel &flops() const { return m_flops; }
    const MemoryModel &memory() const { return m_memory; }

    // llama.cpp's default n_ubatch: the micro-batches a prompt is processed in. A layer split
    // pipelines them: u of them on n GPUs take (u + n - 1) / (u n) of the time one GPU would,
    // with at most kPipelineInFlight in flight (ggml's scheduler keeps that many copies of the
    // inputs, GGML_SCHED_MAX_COPIES): on more GPUs than that, a micro-batch enters every
    // n / kPipelineInFlight stages. Without flash attention each one's scores span the context
    // up to its last token.
    static constexpr int64_t kMicroBatchTokens = 512;
    static constexpr int kPipelineInFlight = 4;
    // A prefill of `prompts` prompts of I tokens, of which the first `cachedPrefix` come from a
    // prompt cache: their KV is read, not computed (cost-model.md section 8).
    RunTime prefill(int64_t inputTokens, int prompts, int64_t cachedPrefix = 0) const;
    RunTime decodeStep(int64_t position) const;
    // Sum of decodeStep(p).seconds for p = first..last, in closed form.
    double decodeSecondsBetween(int64_t firstPosition, int64_t lastPosition) const;
    // Speculative decoding's verification run: each of the B sequences processes the k + 1
    // positions p..p+k in one run, with logits at each (cost-model.md section 8).
    RunTime verifyRun(int64_t position, int draftTokens) const;

    // How long the GPUs are busy at their peaks: max(F / P, bytes / BW) of a run, over all
    // GPUs a run uses (the energy model's utilisation: cost-model.md section 8), plus the
    // scores of unfused attention at full bandwidth.
    double busySeconds(const RunTime &run) const;
    // The same summed over decode steps p = first..last, in closed form.
    double decodeBusySecondsBetween(int64_t firstPosition, int64_t lastPosition) const;
    double noCacheBusySecondsBetween(int64_t firstPosition, int64_t lastPosition) const;
    // GPUs one run keeps busy: all of them if tensor parallel, one if split by layer.
    int gpusPerRun() const { return m_layerSplit ? 1 : m_gpus; }
    int gpus() const { return m_gpus; }
    int batch() const { return m_batch; }

    // One run that mixes prefill chunks and decode steps (cost-model.md section 5 applied to
    // the whole run): FLOPs summed, weights read once (an MoE reads the experts routed to by
    // any token in the run), the KV cache read for every sequence, one all-reduce over the
    // run's tokens and one engine overhead. A run holding only the prefill of B_p whole prompts
    // equals prefill(I, B_p); one holding only B decodes at position p equals decodeStep(p).
    RunTime mixedRun(const RunContents &run) const;
    // Adds the prompt positions first..last of one sequence; the chunk that reaches the end
    // of the prompt also computes the logits of the first token.
    void addPrefillChunk(RunContents &run, int64_t firstPosition, int64_t lastPosition,
                         bool completesPrompt) const;
    void addDecode(RunContents &run, int64_t position) const;
    void addDecodeSums(RunContents &run, const DecodeSums &sums) const;
    // Weights one run of `tokens` tokens streams (the MoE routing of
    // memory().weightBytesReadPerStep).
    double weightBytesForRun(int64_t tokens) const;
    // Bytes unfused attention moves for one sequence's positions first..last, processed in
    // micro-batches of kMicroBatchTokens from `first`: each micro-batch's tokens x the context up
    // to its last token, per head and layer, x unfusedScoreBytes. Every layer counts the whole
    // context: without flash attention llama.cpp multiplies the full cache and masks it, also
    // for sliding-window layers. 0 with flash attention. O(1).
    double scoreBytesBetween(int64_t firstPosition, int64_t lastPosition) const;
    int64_t slidingWindow() const { return m_window; }

    // Without a KV cache the step at position p is a prefill of p tokens for each of the B
    // sequences (nothing written, everything recomputed).
    RunTime noCacheStep(int64_t position) const;
    double noCacheSecondsBetween(int64_t firstPosition, int64_t lastPosition) const;

    // Tensor parallel: 2 ring all-reduces per layer of tokens*d activations (cost-model.md
    // section 5). Layer split: n - 1 hops of tokens*d activations between neighbours.
    double allReduceSeconds(double tokens) const;

private:
    // FLOP/s on matmuls, on attention, and bytes/s: attained (with eta) or peak.
    struct Rates
    {
        double compute = 0;
        double attention = 0;
        double memory = 0;
        double dequantSecondsPerWeightByte = 0; // unpacking quantized weights, per byte read
        double dequantSeconds(double weightBytes) const
        {
            return weightBytes * dequantSecondsPerWeightByte;
        }
    };
    Rates attainedRates() const
    {
        return {m_computeRate, m_attentionRate, m_memoryRate, m_dequantSecondsPerWeightByte};
    }
    Rates peakRates() const { return {m_peakFlops, m_peakFlops, m_bandwidth, 0}; }
    // sum_p max(compute, memory) over decode steps first..last, without overheads.
    double decodeRooflineSum(int64_t firstPosition, int64_t lastPosition, const Rates &rates) const;
    // The same without a KV cache; returns the steps' summed compute and memory-bound time.
    double noCacheRooflineSum(int64_t firstPosition, int64_t lastPosition,
                              const Rates &rates) const;
    RunTime makeRun(double flops, double attentionFlops, double weightBytes, double bytes,
                    double scoreBytes, double tokens, double sequences) const;
    // sum_p scoreBytesBetween(p, p) * B over decode steps first..last, in seconds at `rate`.
    double decodeScoreSecondsBetween(int64_t firstPosition, int64_t lastPosition,
                                     double bytesPerSecond) const;
    // sum_p B * scoreBytesBetween(1, p) over no-cache steps first..last, in closed form.
    double noCacheScoreBytesBetween(int64_t firstPosition, int64_t lastPosition) const;
    double computeSeconds(double flops, double attentionFlops, const Rates &rates) const;

    FlopModel m_flops;
    MemoryModel m_memory;
    int m_gpus = 1;
    int m_batch = 1;
    int m_layers = 0;
    int m_hidden = 0;
    int m_globalLayers = 0;
    int m_slidingLayers = 0;
    int64_t m_window = 0;
    double m_peakFlops = 0;
    double m_bandwidth = 0;
    double m_computeRate = 0;                 // n * P * eta_c
    double m_attentionRate = 0;               // n * P * eta_a
    double m_memoryRate = 0;                  // n * BW * eta_m
    double m_dequantSecondsPerWeightByte = 0; // ops per weight / bytes per weight / fp32 rate
    double m_bytesPerScoreAndToken = 0; // heads x layers x unfusedScoreBytes; 0: flash attention
    bool m_layerSplit = false;
    double m_overhead = 0;
    double m_sequenceOverhead = 0;
    double m_linkBandwidth = 0;
    double m_linkLatency = 0;
    double m_activationBytes = 2;
};

} // namespace tce
