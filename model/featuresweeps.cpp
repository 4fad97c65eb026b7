#include "featuresweeps.h"

#include "costreport.h"
#include "curves.h"
#include "scenario.h"
#include "speculative.h"

#include <algorithm>
#include <cmath>

namespace tce {

namespace {
// With no prefix in the scenario the chart shows a long shared system prompt, the case
// providers' caches are built for.
constexpr double kAssumedPrefixShare = 0.9;
// With no draft in the scenario: EAGLE's head drafting four tokens at a typical acceptance
// (Li et al. 2024 report 0.6-0.8 per token on chat).
constexpr int kAssumedDraftTokens = 4;
constexpr double kAssumedAcceptance = 0.7;
} // namespace

PromptCacheCurve promptCacheCurve(const Scenario &base, int points)
{
    PromptCacheCurve c;
    const int64_t I = std::max<int64_t>(1, base.inputTokens);
    const int64_t maxPrefix = I - 1; // the last prompt token is always prefilled
    c.prefixAssumed = base.promptCache.prefixTokens <= 0;
    c.prefixTokens =
        std::min(maxPrefix, c.prefixAssumed ? int64_t(std::llround(kAssumedPrefixShare * double(I)))
                                            : base.promptCache.prefixTokens);

    auto withCache = [&](int64_t prefix, bool writes) {
        Scenario s = base;
        s.promptCache.prefixTokens = prefix;
        s.promptCache.writesCache = writes;
        return evaluate(s);
    };
    const CostReport hit = withCache(c.prefixTokens, false);
    const CostReport write = withCache(c.prefixTokens, true);
    const CostReport none = withCache(0, false);
    c.costHitUsd = hit.usdPerRequest;
    c.costWriteUsd = write.usdPerRequest;
    c.costWithoutCacheUsd = none.usdPerRequest;
    c.priceHitUsd = hit.revenuePerRequestUsd;
    c.priceWriteUsd = write.revenuePerRequestUsd;
    c.priceWithoutCacheUsd = none.revenuePerRequestUsd;

    const int n = std::max(2, points);
    c.hitRate = Eigen::ArrayXd::LinSpaced(n, 0.0, 1.0);
    c.costWithCacheUsd = c.hitRate * c.costHitUsd + (1 - c.hitRate) * c.costWriteUsd;
    c.priceWithCacheUsd = c.hitRate * c.priceHitUsd + (1 - c.hitRate) * c.priceWriteUsd;

    const double input = base.price.inputUsdPerMillion;
    const double read = base.price.cacheReadUsdPerMillion();
    const double written = base.price.cacheWritePriceUsdPerMillion(base.promptCache.oneHourWrite);
    if (written <= input && read < input)
        c.breakEvenHitRate = 0;
    else if (written > read)
        c.breakEvenHitRate = std::clamp((written - input) / (written - read), 0.0, 1.0);
    return c;
}

SpeculativeSpec assumedDraftHead()
{
    SpeculativeSpec head;
    head.draft = SpeculativeSpec::Draft::Head;
    head.draftTokens = kAssumedDraftTokens;
    head.acceptance = kAssumedAcceptance;
    return head;
}

SpeculativeSweep speculativeSweep(const Scenario &base, int maxBatch)
{
    SpeculativeSweep sweep;
    Scenario s = base;
    sweep.assumedDraft = !s.speculative.enabled();
    if (sweep.assumedDraft)
        s.speculative = assumedDraftHead();
    sweep.draftTokens = s.speculative.draftTokens;
    sweep.acceptance = s.speculative.acceptance;
    sweep.tokensPerRun = expectedTokensPerRun(sweep.draftTokens, sweep.acceptance);

    const int64_t I = std::max<int64_t>(1, s.inputTokens);
    const int64_t O = std::max<int64_t>(1, s.decodedTokens());
    const int64_t meanPosition = I + std::max<int64_t>(1, O / 2);
    const double rate = s.price.usdPerSecond(s.serving.gpus);
    sweep.batch = samplePositions(1, std::max(2, maxBatch), 160, SampleSpacing::Logarithmic,
                                  {s.serving.batch});
    const Eigen::Index n = sweep.batch.size();
    sweep.speedup.resize(n);
    sweep.usdPerMillionWith.resize(n);
    sweep.usdPerMillionWithout.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        Scenario at = s;
        at.serving.batch = int(sweep.batch[i]);
        const SpeculativeModel model(at);
        const double plain = model.target().decodeStep(meanPosition).seconds;
        const double round = model.round(meanPosition).seconds;
        sweep.speedup[i] = round > 0 ? sweep.tokensPerRun * plain / round : 1;
        sweep.usdPerMillionWithout[i] = 1e6 * rate * plain / sweep.batch[i];
        sweep.usdPerMillionWith[i] = 1e6 * rate * round / (sweep.tokensPerRun * sweep.batch[i]);
    }
    // Between the last sample that pays and the first that does not, the exact batch.
    for (Eigen::Index i = 1; i < n; ++i) {
        if (sweep.speedup[i] >= 1 || sweep.speedup[i - 1] < 1)
            continue;
        auto speedupAt = [&](int64_t batch) {
            Scenario at = s;
            at.serving.batch = int(batch);
            return SpeculativeModel(at).speedupAt(meanPosition);
        };
        auto lo = int64_t(sweep.batch[i - 1]), hi = int64_t(sweep.batch[i]);
        while (hi - lo > 1) {
            const int64_t mid = lo + (hi - lo) / 2;
            (speedupAt(mid) < 1 ? hi : lo) = mid;
        }
        sweep.breakEvenBatch = double(hi);
        break;
    }
    return sweep;
}

} // namespace tce
