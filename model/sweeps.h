#pragma once

#include <Eigen/Core>

#include <cstdint>

namespace tce {

struct Scenario;

// Series for the charts other than the per-position one. Each is computed from the closed
// forms at a bounded number of points, whatever the lengths.

// Cost of one request as its output grows (chart "cumulative cost"): x = output tokens
// generated so far, 1..O.
struct OutputCostCurve
{
    Eigen::ArrayXd outputTokens;
    Eigen::ArrayXd prefillUsd; // the request's share of its prefill (flat)
    Eigen::ArrayXd decodeUsd;  // its share of the decode steps so far
    Eigen::ArrayXd totalUsd;   // prefill + decode
    Eigen::ArrayXd
        flatPriceUsd; // prefill + j * (cost of the first decode step): a flat per-token price
    Eigen::ArrayXd revenueUsd;        // I * p_in + j * p_out at the API price
    Eigen::ArrayXd flopsWithCache;    // cumulative FLOPs of the sequence with a KV cache
    Eigen::ArrayXd flopsWithoutCache; // ... and recomputing everything per output token
    // Revenue minus cost is concave in j (each output token costs more than the last), so
    // the request can turn profitable once and unprofitable once: the first j of each, or -1.
    double profitStartsAt = -1;
    double lossStartsAt = -1;
};

OutputCostCurve outputCostCurve(const Scenario &scenario, int maxPoints = 1000);

// KV memory of the batch against context length (chart "KV cache memory").
struct KvMemoryCurve
{
    Eigen::ArrayXd context;
    Eigen::ArrayXd kvBytes;    // the batch's cache at that context
    Eigen::ArrayXd totalBytes; // weights + workspace + reserve + cache
    Eigen::ArrayXd maxBatch;   // sequences that fit at that context
    double weightBytes = 0;
    double fixedBytes = 0;         // weights + workspace + reserve
    double capacityBytes = 0;      // n * memory of the GPUs
    int64_t maxContextAtBatch = 0; // where the batch stops fitting; -1: never
};

KvMemoryCurve kvMemoryCurve(const Scenario &scenario, int64_t maxContext, int maxPoints = 600);

// Decode and prefill economics against batch size (chart "batch sweep"), at the request's
// mean decode position.
struct BatchSweep
{
    Eigen::ArrayXd batch;
    Eigen::ArrayXd decodeStepSeconds;
    Eigen::ArrayXd decodeTokensPerSecond; // the batch
    Eigen::ArrayXd usdPerMillionInput;
    Eigen::ArrayXd usdPerMillionOutput;
    Eigen::ArrayXd computeBound;  // 1 where the decode step is compute-bound
    double kneeBatch = -1;        // where compute time overtakes memory time; -1: never
    int64_t maxBatchThatFits = 0; // KV capacity limit at context I + O
};

BatchSweep batchSweep(const Scenario &scenario, int maxBatch = 4096);

// Operating points on the roofline (chart "roofline"): arithmetic intensity in FLOP/byte
// against attained FLOP/s, for all GPUs of the replica.
struct RooflinePoints
{
    double peakFlopsPerSecond = 0; // the hardware's, all GPUs
    double bandwidthBytesPerSecond = 0;
    double ridgeIntensity = 0;               // peak / bandwidth
    double attainablePeakFlopsPerSecond = 0; // after the engine's efficiencies
    double attainableBandwidthBytesPerSecond = 0;
    double prefillIntensity = 0;
    double prefillFlopsPerSecond = 0;
    double decodeIntensity = 0; // the mean decode step
    double decodeFlopsPerSecond = 0;
};

RooflinePoints rooflinePoints(const Scenario &scenario);

} // namespace tce
