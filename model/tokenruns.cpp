#include "tokenruns.h"

#include "flops.h"
#include "scenario.h"
#include "timingmodel.h"

#include <algorithm>

namespace tce {

int64_t TokenRuns::uses(int run, int64_t position) const
{
    if (run < 0 || run >= runs.size() || position < 1)
        return 0;
    const TokenRun &r = runs[run];
    // Each query at q attends to keys 1..q (causal): key k is used by queries max(k, first)..last.
    if (position > r.lastQuery)
        return 0;
    return r.lastQuery - std::max(position, r.firstQuery) + 1;
}

TokenRuns tokenRuns(const Scenario &base, int64_t inputTokens, int64_t outputTokens)
{
    Scenario s = base;
    s.serving.batch = 1;
    s.serving.prefillBatch = 1;
    const TimingModel timing(s);
    const FlopModel &flops = timing.flops();
    TokenRuns t;
    t.inputTokens = std::max<int64_t>(1, inputTokens);
    t.outputTokens = std::max<int64_t>(1, outputTokens);
    const int64_t I = t.inputTokens;

    // The prefill writes the prompt's K and V; it reads only the weights.
    t.runs.append(TokenRun{1, I, FlopModel::prefillDotProducts(I), flops.prefillFlops(I),
                           timing.prefill(I, 1).bytes, I});
    for (int64_t r = 1; r < t.outputTokens; ++r) {
        const int64_t p = I + r;
        const RunTime step = timing.decodeStep(p);
        t.runs.append(TokenRun{p, p, double(p), flops.decodeStepFlops(p), step.bytes, p});
    }
    for (int64_t k = 1; k <= t.tokens(); ++k) {
        t.participation.append(k <= I ? inputTokenParticipation(k, I, t.outputTokens)
                                      : outputTokenParticipation(k - I, t.outputTokens));
    }
    return t;
}

} // namespace tce
