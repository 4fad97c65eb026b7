#pragma once

#include <Eigen/Core>

#include <cstdint>

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

    Eigen::ArrayXd position;
    Eigen::ArrayXd flops;   // FLOPs spent on that position
    Eigen::ArrayXd bytes;   // bytes moved for it (weights shared by the batch)
    Eigen::ArrayXd seconds; // its share of GPU time
    Eigen::ArrayXd usd;     // its share of the GPU bill
    Eigen::ArrayXd kvBytes; // the sequence's KV cache once that position is processed

    Eigen::ArrayXd cumulativeFlops;
    Eigen::ArrayXd cumulativeBytes;
    Eigen::ArrayXd cumulativeSeconds;
    Eigen::ArrayXd cumulativeUsd;
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

PositionCurves positionCurves(const Scenario &scenario, int maxPoints = 2000,
                              SampleSpacing spacing = SampleSpacing::Linear);

} // namespace tce
