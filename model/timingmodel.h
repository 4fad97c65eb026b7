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
    double computeSeconds = 0;       // F / (n * P * eta_c)
    double memorySeconds = 0;        // bytes / (n * BW * eta_m)
    double communicationSeconds = 0; // tensor-parallel all-reduces
    double overheadSeconds = 0;      // the engine's fixed cost per run
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
    double prefillFlops = 0;
    double prefillKvBytes = 0; // cache read and written by the chunks
    int64_t decodeSequences = 0;
    double decodeFlops = 0;
    double decodeKvBytes = 0; // cache read by the decoding sequences

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
// on n GPUs with tensor parallelism. Costs O(1) per call whatever the lengths, so that a
// sum over 10M decode steps costs what a sum over 10 does.
class TimingModel
{
public:
    explicit TimingModel(const Scenario &scenario);

    double peakFlopsPerSecond() const { return m_peakFlops; }            // all GPUs, before eta
    double memoryBandwidthBytesPerSecond() const { return m_bandwidth; } // all GPUs, before eta
    const FlopModel &flops() const { return m_flops; }
    const MemoryModel &memory() const { return m_memory; }

    RunTime prefill(int64_t inputTokens, int prompts) const;
    RunTime decodeStep(int64_t position) const;
    // Sum of decodeStep(p).seconds for p = first..last, in closed form.
    double decodeSecondsBetween(int64_t firstPosition, int64_t lastPosition) const;

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
    int64_t slidingWindow() const { return m_window; }

    // Without a KV cache the step at position p is a prefill of p tokens for each of the B
    // sequences (nothing written, everything recomputed).
    RunTime noCacheStep(int64_t position) const;
    double noCacheSecondsBetween(int64_t firstPosition, int64_t lastPosition) const;

    // 2 ring all-reduces per layer of tokens*d activations (cost-model.md section 5).
    double allReduceSeconds(double tokens) const;

private:
    RunTime makeRun(double flops, double bytes, double tokens) const;

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
    double m_computeRate = 0; // n * P * eta_c
    double m_memoryRate = 0;  // n * BW * eta_m
    double m_overhead = 0;
    double m_linkBandwidth = 0;
    double m_linkLatency = 0;
    double m_activationBytes = 2;
};

} // namespace tce
