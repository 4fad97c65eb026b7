#pragma once

#include "parametercount.h"
#include "timingmodel.h"

#include <cstdint>

namespace tce {

struct Scenario;

// Every scalar the app shows for one scenario. FLOPs, bytes and run times are for the whole
// batch (one prefill of B_p prompts, one decode step of B sequences); dollars are per
// sequence unless they say batch. cost-model.md sections 3-6.
struct CostReport
{
    ParameterCounts params;
    double weightBytes = 0;
    double kvBytesPerToken = 0;
    double peakFlopsPerSecond = 0;            // all GPUs, dense, at the compute precision
    double memoryBandwidthBytesPerSecond = 0; // all GPUs
    int batch = 1;
    int prefillBatch = 1;

    RunTime prefillRun;
    RunTime firstDecodeStep; // position I + 1 (zero when O = 1)
    RunTime lastDecodeStep;  // position I + O - 1

    double prefillFlops = 0;
    double decodeTotalFlops = 0;
    double totalFlops = 0;
    double noKvCacheTotalFlops = 0;

    double ttftSeconds = 0;
    double decodeSecondsTotal = 0; // the request's O-1 steps after the prefill
    double decodeStepMeanSeconds = 0;
    double requestSeconds = 0;
    double prefillTokensPerSecond = 0;
    double decodeTokensPerSecond = 0;            // the batch: B / mean step
    double decodeTokensPerSecondPerSequence = 0; // 1 / mean step

    double kvCacheBytes = 0; // the batch at context I + O
    bool fits = false;
    int64_t maxBatchAtContext = 0;
    int64_t maxContextAtBatch = 0; // -1: unbounded

    double usdPerSecond = 0; // all GPUs of the replica
    double usdPerInputToken = 0;
    double usdPerOutputToken = 0;
    double usdPerMillionInput = 0;
    double usdPerMillionOutput = 0;
    double usdPerRequest = 0;
    double outputInputCostRatio = 0;
    double listPriceRatio = 0; // API output / input price; 0 without an API price
    double revenuePerRequestUsd = 0;
    double marginPerRequestUsd = 0;

    int64_t runs = 0;
};

CostReport evaluate(const Scenario &scenario);

} // namespace tce
