#pragma once

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace tce {

struct Scenario;

// Per-token and cumulative series over token positions, sampled for plotting from the
// closed forms: evaluating 10M tokens costs what 1K costs. The samples always include the
// first position, the last prompt token, the first decode step and the last position.
//
// Position p <= I is prompt token p, processed in the one prefill run; position p > I is the
// decode step that processes the token at p and produces output token p - I + 1. Values are
// per sequence: a batched run's time, bytes and dollars are shared among its sequences.
struct PositionCurves
{
    int64_t inputTokens = 0;
    int64_t lastPosition = 0;
    // Positions 1..cachedPromptTokens came from the prompt cache: nothing computed for them.
    int64_t cachedPromptTokens = 0;
    // Decode steps at positions I+1 .. lastReasoningPosition produce hidden reasoning tokens
    // (the prefill, at I, produces the first output token: reasoning when R > 0); the rest,
    // visible ones. I when there is no reasoning past the first token.
    int64_t lastReasoningPosition = 0;
    bool hasEnergy = false; // the hardware gives its power figures

    Eigen::ArrayXd position;
    Eigen::ArrayXd flops;   // FLOPs spent on that position
    Eigen::ArrayXd bytes;   // bytes moved for it (weights shared by the batch)
    Eigen::ArrayXd seconds; // its share of GPU time
    Eigen::ArrayXd usd;     // its share of the GPU bill
    Eigen::ArrayXd kvBytes; // the sequence's KV cache once that position is processed
    Eigen::ArrayXd joules;  // its share of the GPUs' energy (cost-model.md section 8)

    Eigen::ArrayXd cumulativeFlops;
    Eigen::ArrayXd cumulativeBytes;
    Eigen::ArrayXd cumulativeSeconds;
    Eigen::ArrayXd cumulativeUsd;
    Eigen::ArrayXd cumulativeJoules;
};

enum class SampleSpacing
{
    Linear,
    Logarithmic
};

// Integer positions in [first, last], at most maxPoints of them, spread linearly or
// geometrically, always including first, last and every listed anchor inside the range.
Eigen::ArrayXd samplePositions(int64_t first, int64_t last, int maxPoints, SampleSpacing spacing,
                               std::initializer_list<int64_t> anchors = {});
Eigen::ArrayXd samplePositions(int64_t first, int64_t last, int maxPoints, SampleSpacing spacing,
                               const std::vector<int64_t> &anchors);

PositionCurves positionCurves(const Scenario &scenario, int maxPoints = 2000,
                              SampleSpacing spacing = SampleSpacing::Linear);

} // namespace tce
