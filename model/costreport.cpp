#include "costreport.h"

#include "requestcost.h"
#include "scenario.h"

#include <algorithm>

namespace tce {

CostReport evaluate(const Scenario &s)
{
    const TimingModel timing(s);
    const FlopModel &flops = timing.flops();
    const MemoryModel &memory = timing.memory();
    const int64_t I = std::max<int64_t>(1, s.inputTokens);
    const int64_t O = std::max<int64_t>(1, s.outputTokens);
    const int B = std::max(1, s.serving.batch);
    const int Bp = std::max(1, s.serving.effectivePrefillBatch());
    const int64_t firstStep = I + 1;
    const int64_t lastStep = I + O - 1;
    const int64_t steps = O - 1;

    CostReport r;
    r.params = countParameters(s.model);
    r.weightBytes = memory.weightBytes();
    r.kvBytesPerToken = memory.kvBytesPerToken();
    r.peakFlopsPerSecond = timing.peakFlopsPerSecond();
    r.memoryBandwidthBytesPerSecond = timing.memoryBandwidthBytesPerSecond();
    r.batch = B;
    r.prefillBatch = Bp;
    r.runs = O; // one prefill, then O - 1 decode steps

    r.prefillRun = timing.prefill(I, Bp);
    r.prefillFlops = r.prefillRun.flops;
    r.noKvCacheTotalFlops = B * flops.noKvCacheTotalFlops(I, O);
    if (s.useKvCache) {
        if (steps > 0) {
            r.firstDecodeStep = timing.decodeStep(firstStep);
            r.lastDecodeStep = timing.decodeStep(lastStep);
        }
        r.decodeTotalFlops = B * flops.decodeTotalFlops(I, O);
        r.decodeSecondsTotal = timing.decodeSecondsBetween(firstStep, lastStep);
        r.totalFlops = Bp * flops.prefillFlops(I) + r.decodeTotalFlops;
    } else {
        if (steps > 0) {
            r.firstDecodeStep = timing.noCacheStep(firstStep);
            r.lastDecodeStep = timing.noCacheStep(lastStep);
        }
        r.decodeTotalFlops = B * flops.noKvCacheTotalFlops(firstStep, steps);
        r.decodeSecondsTotal = timing.noCacheSecondsBetween(firstStep, lastStep);
        r.totalFlops = Bp * flops.prefillFlops(I) + r.decodeTotalFlops;
    }

    // The engine's per-request cost (tokenising, scheduling) delays the first token but keeps
    // no GPU busy: it is in the latencies, not in the prefill speed or the cost.
    r.ttftSeconds = r.prefillRun.seconds + s.serving.engine.requestOverheadSeconds;
    r.decodeStepMeanSeconds = steps > 0 ? r.decodeSecondsTotal / double(steps) : 0;
    r.requestSeconds = r.ttftSeconds + r.decodeSecondsTotal;
    r.prefillTokensPerSecond =
        r.prefillRun.seconds > 0 ? double(Bp) * double(I) / r.prefillRun.seconds : 0;
    if (r.decodeStepMeanSeconds > 0) {
        r.decodeTokensPerSecond = B / r.decodeStepMeanSeconds;
        r.decodeTokensPerSecondPerSequence = 1.0 / r.decodeStepMeanSeconds;
    }

    // Without a cache nothing is kept between runs but the weights.
    r.kvCacheBytes = s.useKvCache ? B * memory.kvBytesForContext(I + O) : 0;
    const MemoryBudget budget = memoryBudget(s);
    r.fits = budget.usableKvBytes >= r.kvCacheBytes;
    r.maxBatchAtContext = maxBatchAtContext(s, I + O);
    r.maxContextAtBatch = maxContextAtBatch(s, B);

    // cost-model.md section 6: the GPUs bill by the second whatever they do; a token's share
    // is its run's time divided among the tokens that run served.
    r.usdPerSecond = s.price.usdPerSecond(s.serving.gpus);
    r.usdPerInputToken = r.usdPerSecond * r.prefillRun.seconds / (double(Bp) * double(I));
    r.usdPerOutputToken = r.usdPerSecond * r.decodeStepMeanSeconds / B;
    r.usdPerMillionInput = r.usdPerInputToken * 1e6;
    r.usdPerMillionOutput = r.usdPerOutputToken * 1e6;
    r.usdPerRequest = RequestCostModel(s).costUsd(I, O);
    r.outputInputCostRatio = r.usdPerInputToken > 0 ? r.usdPerOutputToken / r.usdPerInputToken : 0;
    if (s.price.inputUsdPerMillion > 0)
        r.listPriceRatio = s.price.outputUsdPerMillion / s.price.inputUsdPerMillion;
    r.revenuePerRequestUsd = s.price.revenueUsd(I, O);
    r.marginPerRequestUsd = r.revenuePerRequestUsd - r.usdPerRequest;
    return r;
}

} // namespace tce
