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
