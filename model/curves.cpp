#include "curves.h"

#include "costreport.h"
#include "energy.h"
#include "scenario.h"
#include "speculative.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tce {

Eigen::ArrayXd samplePositions(int64_t first, int64_t last, int maxPoints, SampleSpacing spacing,
                               std::initializer_list<int64_t> anchors)
{
    return samplePositions(first, last, maxPoints, spacing, std::vector<int64_t>(anchors));
}

Eigen::ArrayXd samplePositions(int64_t first, int64_t last, int maxPoints, SampleSpacing spacing,
                               const std::vector<int64_t> &anchors)
{
    if (last < first)
        return {};
    maxPoints = std::max(maxPoints, 2);
    std::vector<int64_t> points;
    const int64_t span = last - first + 1;
    if (span <= maxPoints) {
        points.resize(size_t(span));
        for (int64_t i = 0; i < span; ++i)
            points[size_t(i)] = first + i;
    } else {
        const int budget = maxPoints - int(anchors.size());
        points.reserve(size_t(maxPoints));
        for (int i = 0; i < budget; ++i) {
            const double t = double(i) / (budget - 1);
            const double value = spacing == SampleSpacing::Logarithmic
                                     ? double(first) * std::pow(double(last) / double(first), t)
                                     : double(first) + t * double(last - first);
            // Distinct integers: near the start of a log range many values round alike.
            const int64_t lowest = points.empty() ? first : points.back() + 1;
            const int64_t highest = last - (budget - 1 - i);
            points.push_back(std::clamp<int64_t>(std::llround(value), lowest, highest));
        }
        for (int64_t a : anchors) {
            if (a >= first && a <= last)
                points.push_back(a);
        }
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
    }
    Eigen::ArrayXd out(Eigen::Index(points.size()));
    for (size_t i = 0; i < points.size(); ++i)
        out[Eigen::Index(i)] = double(points[i]);
    return out;
}

PositionCurves positionCurves(const Scenario &s, int maxPoints, SampleSpacing spacing)
{
    const TimingModel timing(s);
    const FlopModel &flops = timing.flops();
    const MemoryModel &memory = timing.memory();
    const SpeculativeModel speculative(s);
    const EnergyModel energy(s);
    const int64_t I = std::max<int64_t>(1, s.inputTokens);
    const int64_t O = std::max<int64_t>(1, s.decodedTokens());
    const int64_t cached = s.cachedPromptTokens();
    const int B = std::max(1, s.serving.batch);
    const int Bp = std::max(1, s.serving.effectivePrefillBatch());
    const double usdPerSecond = s.price.usdPerSecond(s.serving.gpus);

    PositionCurves c;
    c.inputTokens = I;
    c.lastPosition = std::max(I, I + O - 1);
    c.cachedPromptTokens = cached;
    c.lastReasoningPosition = I + std::max<int64_t>(0, std::min(s.reasoningTokens, O) - 1);
    c.hasEnergy = energy.available();
    // Where the colours change: the last cached token, the last prompt token and the last
    // reasoning step, and the position after each.
    std::vector<int64_t> anchors = {I, I + 1};
    for (int64_t edge : {cached, c.lastReasoningPosition}) {
        if (edge > 0 && edge != I) {
            anchors.push_back(edge);
            anchors.push_back(edge + 1);
        }
    }
    c.position = samplePositions(1, c.lastPosition, maxPoints, spacing, anchors);
    const Eigen::Index n = c.position.size();
    for (Eigen::ArrayXd *a :
         {&c.flops, &c.bytes, &c.seconds, &c.usd, &c.kvBytes, &c.joules, &c.cumulativeFlops,
          &c.cumulativeBytes, &c.cumulativeSeconds, &c.cumulativeUsd, &c.cumulativeJoules})
        a->resize(n);

    // The prefill's time, bytes and energy are shared by the prompt tokens it computed; a
    // cached prefix costs nothing of its own (its KV is read by the run that follows it).
    RunTime prefill = timing.prefill(I, Bp, cached);
    double prefillJoules = energy.runJoules(prefill, timing);
    if (speculative.enabled()) {
        const RunTime draft = speculative.draftPrefill(I, Bp, cached);
        prefill.seconds += draft.seconds;
        prefillJoules += energy.runJoules(draft, timing);
    }
    const double prefillTokens = double(Bp) * double(I - cached);
    const double prefillSecondsPerToken = prefill.seconds / prefillTokens;
    const double prefillBytesPerToken = prefill.bytes / prefillTokens;
    const double prefillJoulesPerToken = prefillJoules / prefillTokens;
    const double prefillFlopsTotal = prefill.flops / Bp;
    const double weightsPerStep = memory.weightBytesReadPerStep(B);
    const double tokensPerRun = speculative.tokensPerRun();

    for (Eigen::Index i = 0; i < n; ++i) {
        const auto p = int64_t(c.position[i]);
        if (p <= cached) {
            c.flops[i] = c.bytes[i] = c.seconds[i] = c.joules[i] = 0;
            c.cumulativeFlops[i] = c.cumulativeBytes[i] = c.cumulativeSeconds[i] =
                c.cumulativeJoules[i] = 0;
        } else if (p <= I) {
            const double computed = double(p - cached);
            c.flops[i] = flops.prefillFlopsThrough(p) - flops.prefillFlopsThrough(p - 1) +
                         (p == I ? flops.logitFlopsPerPosition() : 0.0);
            c.bytes[i] = prefillBytesPerToken;
            c.seconds[i] = prefillSecondsPerToken;
            c.joules[i] = prefillJoulesPerToken;
            c.cumulativeFlops[i] = flops.prefillFlopsThrough(p) -
                                   flops.prefillFlopsThrough(cached) +
                                   (p == I ? flops.logitFlopsPerPosition() : 0.0);
            c.cumulativeBytes[i] = prefillBytesPerToken * computed;
            c.cumulativeSeconds[i] = prefillSecondsPerToken * computed;
            c.cumulativeJoules[i] = prefillJoulesPerToken * computed;
        } else if (speculative.enabled()) {
            // A round at p yields E tokens: each its 1/E share.
            const DecodeTotals round = speculative.round(p);
            c.flops[i] = round.flops / tokensPerRun / B;
            c.bytes[i] = round.bytes / tokensPerRun / B;
            c.seconds[i] = round.seconds / tokensPerRun / B;
            c.joules[i] = energy.joules(round.seconds, round.busySeconds) / tokensPerRun / B;
            const DecodeTotals sum = speculative.decodeBetween(I + 1, p);
            c.cumulativeFlops[i] = prefillFlopsTotal + sum.flops / B;
            c.cumulativeBytes[i] = prefill.bytes / Bp + sum.bytes / B;
            c.cumulativeSeconds[i] = prefill.seconds / Bp + sum.seconds / B;
            c.cumulativeJoules[i] =
                prefillJoules / Bp + energy.joules(sum.seconds, sum.busySeconds) / B;
        } else if (s.useKvCache) {
            const RunTime step = timing.decodeStep(p);
            c.flops[i] = step.flops / B;
            c.bytes[i] = step.bytes / B;
            c.seconds[i] = step.seconds / B;
            c.joules[i] = energy.runJoules(step, timing) / B;
            c.cumulativeFlops[i] = prefillFlopsTotal + flops.decodeFlopsBetween(I + 1, p);
            const double steps = double(p - I);
            c.cumulativeBytes[i] = prefill.bytes / Bp + steps * weightsPerStep / B +
                                   memory.kvBytesSumBetween(I + 1, p);
            const double decodeSeconds = timing.decodeSecondsBetween(I + 1, p);
            c.cumulativeSeconds[i] = prefill.seconds / Bp + decodeSeconds / B;
            c.cumulativeJoules[i] =
                prefillJoules / Bp +
                energy.joules(decodeSeconds, timing.decodeBusySecondsBetween(I + 1, p)) / B;
        } else {
            const RunTime step = timing.noCacheStep(p);
            c.flops[i] = step.flops / B;
            c.bytes[i] = step.bytes / B;
            c.seconds[i] = step.seconds / B;
            c.joules[i] = energy.runJoules(step, timing) / B;
            c.cumulativeFlops[i] = prefillFlopsTotal + flops.noKvCacheTotalFlops(I + 1, p - I);
            c.cumulativeBytes[i] = prefill.bytes / Bp + double(p - I) * memory.weightBytes() / B;
            const double decodeSeconds = timing.noCacheSecondsBetween(I + 1, p);
            c.cumulativeSeconds[i] = prefill.seconds / Bp + decodeSeconds / B;
            c.cumulativeJoules[i] =
                prefillJoules / Bp +
                energy.joules(decodeSeconds, timing.noCacheBusySecondsBetween(I + 1, p)) / B;
        }
        c.kvBytes[i] = s.useKvCache ? memory.kvBytesForContext(p) : 0.0;
    }
    c.usd = c.seconds * usdPerSecond;
    c.cumulativeUsd = c.cumulativeSeconds * usdPerSecond;
    return c;
}

} // namespace tce
