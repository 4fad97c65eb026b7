#include "speculative.h"

#include "parametercount.h"
#include "scenario.h"

#include <algorithm>
#include <cmath>

namespace tce {

namespace {

// Rounds summed by a midpoint rule beyond this many: a round's cost is piecewise affine in its
// position (a max of two lines, plus the draft's), so 32 points are within 0.1% of the direct
// sum (tst_speculative checks it) and a request costs O(1) whatever its length.
constexpr int kRoundSamples = 32;

DecodeTotals &operator+=(DecodeTotals &a, const DecodeTotals &b)
{
    a.seconds += b.seconds;
    a.flops += b.flops;
    a.bytes += b.bytes;
    a.busySeconds += b.busySeconds;
    return a;
}

DecodeTotals scaled(const DecodeTotals &a, double factor)
{
    return {a.seconds * factor, a.flops * factor, a.bytes * factor, a.busySeconds * factor};
}

// EAGLE's draft head is one decoder layer of the target and its LM head: that share of the
// target's matmul weights, read once per head step (Li et al. 2024, "EAGLE: Speculative
// Sampling Requires Rethinking Feature Uncertainty", section 3.1).
double eagleHeadShare(const ModelSpec &model)
{
    const ParameterCounts p = countParameters(model);
    const double layers = std::max(1, model.numLayers);
    const double whole = double(p.body) + double(p.head);
    return whole > 0 ? (double(p.body) / layers + double(p.head)) / whole : 0;
}

} // namespace

double expectedTokensPerRun(int draftTokens, double acceptance)
{
    const int k = std::max(0, draftTokens);
    const double alpha = std::clamp(acceptance, 0.0, 1.0);
    if (alpha >= 1.0)
        return k + 1.0;
    return (1.0 - std::pow(alpha, k + 1)) / (1.0 - alpha);
}

SpeculativeModel::SpeculativeModel(const Scenario &s)
    : m_target(s)
{
    m_enabled = s.speculative.enabled() && s.useKvCache;
    if (!m_enabled)
        return;
    m_draftTokens = s.speculative.draftTokens;
    m_tokensPerRun = expectedTokensPerRun(m_draftTokens, s.speculative.acceptance);
    if (s.speculative.draft == SpeculativeSpec::Draft::Model) {
        Scenario draft = s;
        draft.model = s.speculative.draftModel;
        draft.speculative = {};
        m_draft = std::make_unique<TimingModel>(draft);
    } else {
        m_headShare =
            s.speculative.headCostShare > 0 ? s.speculative.headCostShare : eagleHeadShare(s.model);
    }
}

SpeculativeModel::~SpeculativeModel() = default;

RunTime SpeculativeModel::verifyRun(int64_t position) const
{
    return m_target.verifyRun(position, m_draftTokens);
}

RunTime SpeculativeModel::draftStep(int64_t position) const
{
    if (m_draft)
        return m_draft->decodeStep(position);
    // A head: the target's step scaled to the weights it reads.
    RunTime step = m_target.decodeStep(position);
    for (double *v : {&step.flops, &step.bytes, &step.computeSeconds, &step.memorySeconds,
                      &step.communicationSeconds, &step.overheadSeconds, &step.seconds})
        *v *= m_headShare;
    return step;
}

DecodeTotals SpeculativeModel::round(int64_t position) const
{
    const RunTime verify = verifyRun(position);
    DecodeTotals t{verify.seconds, verify.flops, verify.bytes, m_target.busySeconds(verify)};
    // The draft's k steps run at positions p .. p + k - 1 (it proposes tokens p+1 .. p+k).
    for (int i = 0; i < m_draftTokens; ++i) {
        const RunTime d = draftStep(position + i);
        t += DecodeTotals{d.seconds, d.flops, d.bytes,
                          m_draft ? m_draft->busySeconds(d) : m_target.busySeconds(d)};
    }
    return t;
}

DecodeTotals SpeculativeModel::plainDecodeBetween(int64_t first, int64_t last) const
{
    if (last < first)
        return {};
    const double batch = m_target.batch();
    DecodeTotals t;
    t.seconds = m_target.decodeSecondsBetween(first, last);
    t.flops = batch * m_target.flops().decodeFlopsBetween(first, last);
    t.bytes = double(last - first + 1) * m_target.memory().weightBytesReadPerStep(int(batch)) +
              batch * m_target.memory().kvBytesSumBetween(first, last);
    t.busySeconds = m_target.decodeBusySecondsBetween(first, last);
    return t;
}

DecodeTotals SpeculativeModel::decodeBetween(int64_t first, int64_t last) const
{
    if (last < first)
        return {};
    const double tokens = double(last - first + 1);
    const double rounds = tokens / m_tokensPerRun;
    DecodeTotals sum;
    if (rounds <= kRoundSamples) {
        const auto whole = int64_t(std::floor(rounds));
        for (int64_t i = 0; i < whole; ++i)
            sum += round(first + std::llround(double(i) * m_tokensPerRun));
        const double part = rounds - double(whole);
        if (part > 0)
            sum += scaled(round(first + std::llround(double(whole) * m_tokensPerRun)), part);
        return sum;
    }
    const double width = rounds / kRoundSamples;
    for (int j = 0; j < kRoundSamples; ++j)
        sum += round(first + std::llround((j + 0.5) * width * m_tokensPerRun));
    return scaled(sum, width);
}

RunTime SpeculativeModel::draftPrefill(int64_t inputTokens, int prompts, int64_t cachedPrefix) const
{
    if (m_draft)
        return m_draft->prefill(inputTokens, prompts, cachedPrefix);
    RunTime run = m_target.prefill(inputTokens, prompts, cachedPrefix);
    for (double *v : {&run.flops, &run.bytes, &run.computeSeconds, &run.memorySeconds,
                      &run.communicationSeconds, &run.overheadSeconds, &run.seconds})
        *v *= m_headShare;
    return run;
}

double SpeculativeModel::speedupAt(int64_t position) const
{
    if (!m_enabled)
        return 1;
    const double roundSeconds = round(position).seconds;
    return roundSeconds > 0 ? m_tokensPerRun * m_target.decodeStep(position).seconds / roundSeconds
                            : 1;
}

} // namespace tce
