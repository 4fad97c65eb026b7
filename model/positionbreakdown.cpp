#include "positionbreakdown.h"

#include "energy.h"
#include "scenario.h"

#include <algorithm>

namespace tce {

PositionBreakdown positionBreakdown(const Scenario &s, int64_t position)
{
    const TimingModel timing(s);
    const FlopModel &flops = timing.flops();
    PositionBreakdown b;
    b.position = std::max<int64_t>(1, position);
    b.prompt = b.position <= s.inputTokens;
    b.cached = b.position <= s.cachedPromptTokens();
    b.reasoning = !b.prompt && b.position - s.inputTokens + 1 <= s.reasoningTokens;
    b.attentionFlops = flops.attentionFlopsAtPosition(b.position);
    b.attainedComputeFlopsPerSecond =
        timing.peakFlopsPerSecond() * s.serving.engine.computeEfficiency;
    b.attainedBytesPerSecond =
        timing.memoryBandwidthBytesPerSecond() * s.serving.engine.memoryEfficiency;
    const int batch = std::max(1, s.serving.batch);
    if (b.prompt) {
        const int prompts = std::max(1, s.serving.effectivePrefillBatch());
        b.matmulFlops = flops.matmulFlopsPerToken();
        b.flops = b.matmulFlops + b.attentionFlops;
        const int64_t cached = s.cachedPromptTokens();
        b.run = timing.prefill(s.inputTokens, prompts, cached);
        b.tokensInRun = double(prompts) * double(std::max<int64_t>(1, s.inputTokens - cached));
        if (b.cached) {
            // Read from the cache: no matmuls, no attention of its own in this request.
            b.matmulFlops = b.attentionFlops = b.flops = 0;
        }
    } else {
        b.matmulFlops = flops.matmulFlopsPerToken() + flops.logitFlopsPerPosition();
        b.flops = flops.decodeStepFlops(b.position);
        b.run = timing.decodeStep(b.position);
        b.tokensInRun = batch;
        b.weightBytesReadPerStep = timing.memory().weightBytesReadPerStep(batch);
        b.kvBytesForContext = timing.memory().kvBytesForContext(b.position);
    }
    b.shareSeconds = b.cached ? 0 : b.run.seconds / b.tokensInRun;
    b.shareUsd = b.shareSeconds * s.price.usdPerSecond(s.serving.gpus);
    const EnergyModel energy(s);
    if (energy.available() && b.run.seconds > 0) {
        const double joules = energy.runJoules(b.run, timing);
        b.runWatts = joules / b.run.seconds;
        b.shareJoules = b.cached ? 0 : joules / b.tokensInRun;
    }
    return b;
}

} // namespace tce
