#pragma once

#include "servingload.h"

#include <cstdint>
#include <vector>

namespace tce {

struct LatencyStats
{
    double mean = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
};

// Running sequences, waiting requests and KV cache in use over one stretch of time.
struct ServingTimelinePoint
{
    double seconds = 0; // end of the stretch
    double running = 0; // time-weighted means over the stretch
    double waiting = 0;
    double kvBytes = 0;
};

// Dollars of the replica's GPU time at this load, spread over the tokens it served in the
// measurement window (idle time included). Each run's seconds are split between its prefill
// and its decode tokens by the resource that bounds the run: FLOPs when compute-bound, bytes
// when memory-bound (the weights shared per token); overhead and all-reduce per token.
struct ServingCost
{
    double perMillionInput = 0;
    double perMillionOutput = 0;
    double outputInputRatio = 0;
    double perRequestMean = 0;
    double usdPerHour = 0; // the replica: GPUs x $/GPU-hour
};

// Replicas needed for a request rate under latency targets.
struct CapacityPlan
{
    bool feasible = false;      // false: one request alone misses a target
    double sustainableRate = 0; // requests/s one replica serves with >= 90% meeting targets
    int replicas = 0;
    int gpus = 0;
    double usdPerMonth = 0; // 730 hours
};

// What one simulated load gives. Statistics cover the steady state: the first and the last
// 10% of requests (by arrival; in a closed loop at least `concurrency` each side) are left
// out, and throughput counts what the server emitted between the arrival of the first kept
// request and that of the first one left out at the end. An offline run (all requests queued
// at once), or one too short to have a steady state, keeps everything, as offline benchmarks
// do.
struct ServingResult
{
    ServingLoad load;
    int requests = 0;           // simulated
    int measuredRequests = 0;   // inside the steady state
    double durationSeconds = 0; // first arrival to last completion
    double windowStartSeconds = 0;
    double windowEndSeconds = 0;

    double outputTokensPerSecond = 0;
    double inputTokensPerSecond = 0;
    double requestsPerSecond = 0;
    LatencyStats ttft;
    LatencyStats itl;  // over all inter-token gaps in the window
    LatencyStats tpot; // per request: (end - first token) / (output - 1)
    LatencyStats e2e;

    double meanRunning = 0;
    int maxRunning = 0;
    double kvPeakBytes = 0;
    double kvCapacityBytes = 0;
    int64_t preemptions = 0;
    int64_t runs = 0;
    double meanInSystem = 0; // time average of requests arrived and not finished (Little's L)
    // Open loop past capacity: requests arrive faster than they finish (by more than 5%), the
    // queue grows for as long as the load lasts and the latencies depend on how long that is.
    bool saturated = false;

    double goodputRequestsPerSecond = 0; // meeting both targets (0 without targets)
    double sloAttainment = 0;            // share of measured requests meeting them
    ServingCost cost;
    std::vector<ServingTimelinePoint> timeline;
};

} // namespace tce
