#include "costreport.h"

#include "requestcost.h"
#include "scenario.h"
#include "speculative.h"

#include <algorithm>

namespace tce {

namespace {

// Energy of one request and per token (cost-model.md section 8).
EnergyFigures energyFigures(const Scenario &s, const TimingModel &timing, const CostReport &r,
                            double prefillSeconds, double prefillJoules, double decodeJoules)
{
    const EnergyModel energy(s);
    EnergyFigures e;
    e.available = energy.available();
    if (!e.available)
        return e;
    const int64_t I = std::max<int64_t>(1, s.inputTokens);
    const double steps = double(r.billedOutputTokens - 1);
    e.joulesPerInputToken = prefillJoules / (double(r.prefillBatch) * double(I));
    // With one output token there are no decode steps: what the next one would cost.
    e.joulesPerOutputToken = steps > 0
                                 ? decodeJoules / (double(r.batch) * steps)
                                 : energy.runJoules(r.firstDecodeStep, timing) / double(r.batch);
    e.joulesPerRequest = prefillJoules / r.prefillBatch + decodeJoules / r.batch;
    e.kwhPerRequest = e.joulesPerRequest / kJoulesPerKwh;
    e.gramsCo2PerRequest = energy.gramsCo2(e.joulesPerRequest);
    if (prefillSeconds > 0)
        e.prefillWatts = prefillJoules / prefillSeconds;
    if (r.decodeSecondsTotal > 0)
        e.decodeWatts = decodeJoules / r.decodeSecondsTotal;
    return e;
}

} // namespace

CostReport evaluate(const Scenario &s)
{
    const TimingModel timing(s);
    const FlopModel &flops = timing.flops();
    const MemoryModel &memory = timing.memory();
    const SpeculativeModel speculative(s);
    const EnergyModel energy(s);
    const int64_t I = std::max<int64_t>(1, s.inputTokens);
    // Every decoded token, reasoning and visible: O below is R + O of cost-model.md s. 8.
    const int64_t O = std::max<int64_t>(1, s.decodedTokens());
    const int64_t cached = s.cachedPromptTokens();
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
    r.reasoningTokens = std::max<int64_t>(0, s.reasoningTokens);
    r.visibleOutputTokens = std::max<int64_t>(1, s.outputTokens);
    r.billedOutputTokens = O;
    r.cachedPromptTokens = cached;

    r.prefillRun = timing.prefill(I, Bp, cached);
    r.prefillFlops = r.prefillRun.flops;
    r.noKvCacheTotalFlops = B * flops.noKvCacheTotalFlops(I, O);
    double prefillSeconds = r.prefillRun.seconds;
    double targetPrefillSeconds = 0; // set when a draft adds its own prefill
    double prefillJoules = energy.runJoules(r.prefillRun, timing);
    double decodeJoules = 0;
    if (s.useKvCache) {
        if (steps > 0) {
            r.firstDecodeStep = timing.decodeStep(firstStep);
            r.lastDecodeStep = timing.decodeStep(lastStep);
        }
        const DecodeTotals plain = speculative.plainDecodeBetween(firstStep, lastStep);
        const DecodeTotals decode =
            speculative.enabled() ? speculative.decodeBetween(firstStep, lastStep) : plain;
        r.decodeTotalFlops = decode.flops;
        r.decodeSecondsTotal = decode.seconds;
        decodeJoules = energy.joules(decode.seconds, decode.busySeconds);
        r.speculative.enabled = speculative.enabled();
        r.speculative.tokensPerRun = speculative.tokensPerRun();
        if (speculative.enabled()) {
            r.speculative.speedup = decode.seconds > 0 ? plain.seconds / decode.seconds : 1;
            if (steps > 0) {
                r.speculative.usdPerOutputTokenWithout =
                    s.price.usdPerSecond(s.serving.gpus) * plain.seconds / double(steps) / B;
                r.speculative.decodeTokensPerSecondPerSequenceWithout =
                    plain.seconds > 0 ? double(steps) / plain.seconds : 0;
            }
            // The draft prefills the prompt too, before the first token. Without speculation
            // the input costs what the target's prefill alone does.
            const RunTime draftPrefill = speculative.draftPrefill(I, Bp, cached);
            targetPrefillSeconds = prefillSeconds;
            prefillSeconds += draftPrefill.seconds;
            prefillJoules += energy.runJoules(draftPrefill, timing);
        }
    } else {
        if (steps > 0) {
            r.firstDecodeStep = timing.noCacheStep(firstStep);
            r.lastDecodeStep = timing.noCacheStep(lastStep);
        }
        r.decodeTotalFlops = B * flops.noKvCacheTotalFlops(firstStep, steps);
        r.decodeSecondsTotal = timing.noCacheSecondsBetween(firstStep, lastStep);
        decodeJoules = energy.joules(r.decodeSecondsTotal,
                                     timing.noCacheBusySecondsBetween(firstStep, lastStep));
    }
    r.totalFlops = r.prefillRun.flops + r.decodeTotalFlops;

    // The engine's per-request cost (tokenising, scheduling) delays the first token but keeps
    // no GPU busy: it is in the latencies, not in the prefill speed or the cost.
    r.ttftSeconds = prefillSeconds + s.serving.engine.requestOverheadSeconds;
    r.decodeStepMeanSeconds = steps > 0 ? r.decodeSecondsTotal / double(steps) : 0;
    r.requestSeconds = r.ttftSeconds + r.decodeSecondsTotal;
    // Tokens the prefill computed: a cached prefix is read, not processed.
    r.prefillTokensPerSecond =
        prefillSeconds > 0 ? double(Bp) * double(I - cached) / prefillSeconds : 0;
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
    r.usdPerInputToken = r.usdPerSecond * prefillSeconds / (double(Bp) * double(I));
    r.usdPerOutputToken = r.usdPerSecond * r.decodeStepMeanSeconds / B;
    r.usdPerMillionInput = r.usdPerInputToken * 1e6;
    r.usdPerMillionOutput = r.usdPerOutputToken * 1e6;
    r.usdPerRequest = RequestCostModel(s).costUsd(I, O);
    // In GPU-seconds, so that it holds without a GPU-hour price (the price divides out).
    const double inputSecondsPerToken = prefillSeconds / (double(Bp) * double(I));
    r.outputInputCostRatio =
        inputSecondsPerToken > 0 ? r.decodeStepMeanSeconds / B / inputSecondsPerToken : 0;
    if (r.speculative.enabled && targetPrefillSeconds > 0)
        r.speculative.outputInputCostRatioWithout =
            r.speculative.usdPerOutputTokenWithout /
            (r.usdPerSecond * targetPrefillSeconds / (double(Bp) * double(I)));
    if (s.price.inputUsdPerMillion > 0)
        r.listPriceRatio = s.price.outputUsdPerMillion / s.price.inputUsdPerMillion;
    r.revenuePerRequestUsd = s.price.revenueUsd(
        I, O, s.billedCachePrefixTokens(), s.promptCache.writesCache, s.promptCache.oneHourWrite);
    r.marginPerRequestUsd = r.revenuePerRequestUsd - r.usdPerRequest;
    Scenario uncached = s;
    uncached.promptCache = {};
    r.usdPerRequestWithoutCache =
        s.promptCache.prefixTokens > 0 ? RequestCostModel(uncached).costUsd(I, O) : r.usdPerRequest;
    r.revenueWithoutCacheUsd = s.price.revenueUsd(I, O);
    r.energy = energyFigures(s, timing, r, prefillSeconds, prefillJoules, decodeJoules);
    return r;
}

} // namespace tce
