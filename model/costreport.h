#pragma once

#include "energy.h"
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

    // The tokens (cost-model.md section 8): R reasoning tokens before O visible ones, all
    // decoded and billed as output; the prompt's prefix whose prefill the cache skipped.
    int64_t reasoningTokens = 0;
    int64_t visibleOutputTokens = 0;
    int64_t billedOutputTokens = 0;
    int64_t cachedPromptTokens = 0;
    // The same request with nothing from the prompt cache: all I prompt tokens prefilled and
    // billed at the input price.
    double usdPerRequestWithoutCache = 0;
    double revenueWithoutCacheUsd = 0;

    struct Speculation
    {
        bool enabled = false;
        double tokensPerRun = 1; // per verification run and sequence
        double speedup = 1;      // the request's decode time without / with speculation
        double usdPerOutputTokenWithout = 0;
        double outputInputCostRatioWithout = 0;
        double decodeTokensPerSecondPerSequenceWithout = 0;
    };
    Speculation speculative;
    EnergyFigures energy;
};

CostReport evaluate(const Scenario &scenario);

} // namespace tce
