#pragma once

#include "timingmodel.h"

#include <cstdint>
#include <memory>

namespace tce {

struct Scenario;

// Expected tokens one verification run yields with draft length k and acceptance rate alpha
// (each draft token accepted independently with probability alpha, the first rejection ends
// the run, the target always adds one token of its own): (1 - alpha^(k+1)) / (1 - alpha).
// Leviathan, Kalman, Matias 2023, "Fast Inference from Transformers via Speculative
// Decoding", equation 1. alpha = 1 gives k + 1.
double expectedTokensPerRun(int draftTokens, double acceptance);

// What runs in a decode span, summed: time, FLOPs, bytes, and the time at peak
// (TimingModel::busySeconds) the energy model needs. For the whole batch.
struct DecodeTotals
{
    double seconds = 0;
    double flops = 0;
    double bytes = 0;
    double busySeconds = 0;
};

// Speculative decoding on a scenario (cost-model.md section 8): each round the draft runs k
// times (a draft model's decode steps, or a head costing a share of the target's step), then
// the target verifies the k + 1 positions in one run; a round yields E tokens per sequence.
class SpeculativeModel
{
public:
    explicit SpeculativeModel(const Scenario &scenario);
    ~SpeculativeModel();

    bool enabled() const { return m_enabled; }
    int draftTokens() const { return m_draftTokens; }
    double tokensPerRun() const { return m_tokensPerRun; }

    // One round that starts at position p, for the batch.
    RunTime verifyRun(int64_t position) const;
    RunTime draftStep(int64_t position) const;
    DecodeTotals round(int64_t position) const;
    // Decoding the tokens at positions first..last (what TimingModel::decodeSecondsBetween
    // times one step per token): (last - first + 1) / E rounds, each at the position it
    // starts from.
    DecodeTotals decodeBetween(int64_t firstPosition, int64_t lastPosition) const;
    // Without speculation, for comparison: the same span one token per step.
    DecodeTotals plainDecodeBetween(int64_t firstPosition, int64_t lastPosition) const;
    // The draft model's own prefill of the prompt (a head needs none of its own beyond its
    // share), which delays the first token.
    RunTime draftPrefill(int64_t inputTokens, int prompts, int64_t cachedPrefix) const;
    // Time per token without / with speculation at position p: E t_step / t_round.
    double speedupAt(int64_t position) const;

    const TimingModel &target() const { return m_target; }

private:
    TimingModel m_target;
    std::unique_ptr<TimingModel> m_draft; // Draft::Model
    bool m_enabled = false;
    int m_draftTokens = 0;
    double m_tokensPerRun = 1;
    double m_headShare = 0; // Draft::Head
};

} // namespace tce
