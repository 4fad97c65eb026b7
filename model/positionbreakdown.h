#pragma once

#include "timingmodel.h"

#include <cstdint>

namespace tce {

struct Scenario;

// What token position p costs and why, as the per-token chart explains it: its FLOPs split
// into matmuls and attention, the run that processes it (the one prefill, or the decode step
// at p), and its share of that run's time and dollars. cost-model.md sections 3-6.
struct PositionBreakdown
{
    int64_t position = 0;
    bool prompt = true;     // p <= I: in the prefill; else the decode step at p
    bool cached = false;    // a prompt token from the prompt cache: not computed here
    bool reasoning = false; // the decode step produces a hidden reasoning token
    // Per token: 2 x parameters of the matmuls (with the logits for a decode step), and the
    // dot products of one query with the p keys before it.
    double matmulFlops = 0;
    double attentionFlops = 0;
    double flops = 0;
    RunTime run;             // the prefill of B_p prompts, or the decode step of B sequences
    double tokensInRun = 0;  // B_p x I, or B
    double shareSeconds = 0; // run.seconds / tokensInRun
    double shareUsd = 0;
    // Energy (cost-model.md section 8): all GPUs' power during the run, and this token's share
    // of the run's joules. 0 without the hardware's power figures.
    double runWatts = 0;
    double shareJoules = 0;
    double attainedComputeFlopsPerSecond = 0; // n x P x eta_c
    double attainedBytesPerSecond = 0;        // n x BW x eta_m
    double weightBytesReadPerStep = 0;        // decode: the weights, read once for the batch
    double kvBytesForContext = 0;             // decode: one sequence's cache of p tokens
};

PositionBreakdown positionBreakdown(const Scenario &scenario, int64_t position);

} // namespace tce
