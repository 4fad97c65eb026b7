#include "sweeps.h"

#include "costreport.h"
#include "curves.h"
#include "requestcost.h"
#include "scenario.h"
#include "timingmodel.h"

#include <algorithm>
#include <cmath>

namespace tce {

OutputCostCurve outputCostCurve(const Scenario &s, int maxPoints)
{
    const int64_t I = std::max<int64_t>(1, s.inputTokens);
    const int64_t O = std::max<int64_t>(1, s.decodedTokens());
    const RequestCostModel request(s);
    const FlopModel &flops = request.timing().flops();
    const double rate = request.usdPerSecond();
    const double prefillUsd = rate * request.prefillShareSeconds(I);
    const double firstStepUsd = rate * request.decodeShareSeconds(I, 2);
    auto costAt = [&](int64_t j) {
        return prefillUsd + rate * request.decodeShareSeconds(I, j);
    };
    auto revenueAt = [&](int64_t j) {
        return s.price.revenueUsd(I, j, s.billedCachePrefixTokens(), s.promptCache.writesCache,
                                  s.promptCache.oneHourWrite);
    };

    OutputCostCurve c;
    c.outputTokens = samplePositions(1, O, maxPoints, SampleSpacing::Linear);
    const Eigen::Index n = c.outputTokens.size();
    for (Eigen::ArrayXd *a : {&c.prefillUsd, &c.decodeUsd, &c.totalUsd, &c.flatPriceUsd,
                              &c.revenueUsd, &c.flopsWithCache, &c.flopsWithoutCache})
        a->resize(n);
    const double prefillFlops = request.timing().prefill(I, 1, request.cachedPrefixFor(I)).flops;
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto j = int64_t(c.outputTokens[i]);
        c.prefillUsd[i] = prefillUsd;
        c.decodeUsd[i] = rate * request.decodeShareSeconds(I, j);
        c.flatPriceUsd[i] = prefillUsd + double(j - 1) * firstStepUsd;
        c.revenueUsd[i] = revenueAt(j);
        c.flopsWithCache[i] = prefillFlops + flops.decodeFlopsBetween(I + 1, I + j - 1);
        c.flopsWithoutCache[i] = flops.noKvCacheTotalFlops(I, j);
    }
    c.totalUsd = c.prefillUsd + c.decodeUsd;

    // margin(j) is concave: find its top, then the sign changes on either side by bisection.
    auto margin = [&](int64_t j) {
        return revenueAt(j) - costAt(j);
    };
    int64_t lo = 1, hi = O;
    while (hi - lo > 2) {
        const int64_t m1 = lo + (hi - lo) / 3;
        const int64_t m2 = hi - (hi - lo) / 3;
        if (margin(m1) < margin(m2))
            lo = m1 + 1;
        else
            hi = m2 - 1;
    }
    int64_t top = lo;
    for (int64_t j = lo; j <= hi; ++j)
        top = margin(j) > margin(top) ? j : top;
    auto firstWhere = [&](int64_t a, int64_t b, auto predicate) -> int64_t {
        // The first j in [a, b] where a monotone predicate turns true; -1 if it never does.
        if (b < a || !predicate(b))
            return -1;
        while (a < b) {
            const int64_t mid = a + (b - a) / 2;
            if (predicate(mid))
                b = mid;
            else
                a = mid + 1;
        }
        return a;
    };
    if (margin(top) >= 0) {
        if (margin(1) < 0)
            c.profitStartsAt =
                double(firstWhere(1, top, [&](int64_t j) { return margin(j) >= 0; }));
        c.lossStartsAt = double(firstWhere(top, O, [&](int64_t j) { return margin(j) < 0; }));
    }
    return c;
}

KvMemoryCurve kvMemoryCurve(const Scenario &s, int64_t maxContext, int maxPoints)
{
    const MemoryModel memory(s.model, s.weights, s.kvCache);
    const MemoryBudget budget = memoryBudget(s);
    const int batch = std::max(1, s.serving.batch);
    KvMemoryCurve c;
    c.weightBytes = budget.weightBytes;
    c.fixedBytes = budget.weightBytes + budget.workspaceBytes + budget.reservedBytes;
    c.capacityBytes = budget.totalBytes;
    c.maxContextAtBatch = maxContextAtBatch(s, batch);
    const int64_t window = s.model.slidingLayerCount() > 0 ? s.model.slidingWindow : 0;
    c.context =
        samplePositions(1, std::max<int64_t>(2, maxContext), maxPoints, SampleSpacing::Linear,
                        {s.inputTokens + s.decodedTokens(), window, c.maxContextAtBatch});
    const Eigen::Index n = c.context.size();
    c.kvBytes.resize(n);
    c.maxBatch.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto context = int64_t(c.context[i]);
        const double perSequence = memory.kvBytesForContext(context);
        c.kvBytes[i] = batch * perSequence;
        c.maxBatch[i] =
            budget.usableKvBytes > 0 ? std::floor(budget.usableKvBytes / perSequence) : 0;
    }
    c.totalBytes = c.kvBytes + c.fixedBytes;
    return c;
}

BatchSweep batchSweep(const Scenario &base, int maxBatch)
{
    const int64_t I = std::max<int64_t>(1, base.inputTokens);
    const int64_t O = std::max<int64_t>(1, base.decodedTokens());
    const int64_t meanPosition = I + std::max<int64_t>(1, O / 2);
    const double rate = base.price.usdPerSecond(base.serving.gpus);
    BatchSweep sweep;
    sweep.maxBatchThatFits = maxBatchAtContext(base, I + O);
    sweep.batch = samplePositions(1, std::max(2, maxBatch), 200, SampleSpacing::Logarithmic,
                                  {base.serving.batch});
    const Eigen::Index n = sweep.batch.size();
    for (Eigen::ArrayXd *a :
         {&sweep.decodeStepSeconds, &sweep.decodeTokensPerSecond, &sweep.usdPerMillionInput,
          &sweep.usdPerMillionOutput, &sweep.computeBound})
        a->resize(n);
    auto stepAt = [&](int64_t batch) {
        Scenario s = base;
        s.serving.batch = int(batch);
        return TimingModel(s).decodeStep(meanPosition);
    };
    for (Eigen::Index i = 0; i < n; ++i) {
        Scenario s = base;
        s.serving.batch = int(sweep.batch[i]);
        const TimingModel timing(s);
        const RunTime step = timing.decodeStep(meanPosition);
        const int prefillBatch = std::max(1, s.serving.effectivePrefillBatch());
        const RunTime prefill = timing.prefill(I, prefillBatch, s.cachedPromptTokens());
        sweep.decodeStepSeconds[i] = step.seconds;
        sweep.decodeTokensPerSecond[i] = sweep.batch[i] / step.seconds;
        sweep.usdPerMillionOutput[i] = 1e6 * rate * step.seconds / sweep.batch[i];
        sweep.usdPerMillionInput[i] =
            1e6 * rate * prefill.seconds / (double(prefillBatch) * double(I));
        sweep.computeBound[i] = step.bound == Bound::Compute ? 1 : 0;
    }
    // The knee: the smallest batch whose decode step is compute-bound.
    int64_t lo = 1, hi = 1 << 24;
    if (stepAt(hi).bound == Bound::Compute) {
        while (lo < hi) {
            const int64_t mid = lo + (hi - lo) / 2;
            if (stepAt(mid).bound == Bound::Compute)
                hi = mid;
            else
                lo = mid + 1;
        }
        sweep.kneeBatch = double(lo);
    }
    return sweep;
}

RooflinePoints rooflinePoints(const Scenario &s)
{
    const TimingModel timing(s);
    const int64_t I = std::max<int64_t>(1, s.inputTokens);
    const int64_t O = std::max<int64_t>(1, s.decodedTokens());
    RooflinePoints r;
    r.peakFlopsPerSecond = timing.peakFlopsPerSecond();
    r.bandwidthBytesPerSecond = timing.memoryBandwidthBytesPerSecond();
    r.ridgeIntensity =
        r.bandwidthBytesPerSecond > 0 ? r.peakFlopsPerSecond / r.bandwidthBytesPerSecond : 0;
    r.attainablePeakFlopsPerSecond = r.peakFlopsPerSecond * s.serving.engine.computeEfficiency;
    r.attainableBandwidthBytesPerSecond =
        r.bandwidthBytesPerSecond * s.serving.engine.memoryEfficiency;
    const RunTime prefill =
        timing.prefill(I, std::max(1, s.serving.effectivePrefillBatch()), s.cachedPromptTokens());
    r.prefillIntensity = prefill.arithmeticIntensity();
    r.prefillFlopsPerSecond = prefill.attainedFlopsPerSecond();
    const RunTime decode = s.useKvCache ? timing.decodeStep(I + std::max<int64_t>(1, O / 2))
                                        : timing.noCacheStep(I + std::max<int64_t>(1, O / 2));
    r.decodeIntensity = decode.arithmeticIntensity();
    r.decodeFlopsPerSecond = decode.attainedFlopsPerSecond();
    return r;
}

} // namespace tce
