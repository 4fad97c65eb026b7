#pragma once

#include "requestcost.h"
#include "workload.h"

#include <Eigen/Core>

#include <cstdint>

namespace tce {

struct Scenario;
struct PriceEntry;

// What a provider sees over a request mix at one price per input and per output token.
struct WorkloadEconomics
{
    size_t requests = 0;
    Eigen::ArrayXd costUsd;    // per request
    Eigen::ArrayXd revenueUsd; // per request
    Eigen::ArrayXd marginUsd;  // revenue - cost
    double meanCostUsd = 0;
    double meanRevenueUsd = 0;
    double meanMarginUsd = 0;
    double lossFraction = 0;         // share of requests that cost more than they bring in
    double top1PercentCostShare = 0; // share of all cost from the most expensive 1% of requests
    double breakEvenOutputUsdPerMillion =
        0; // the output price at which the mix earns the target margin
    double targetMargin = 0;
    int batch = 1;
};

// Revenue per request comes from `prices` (tiers included) when given, else from the
// scenario's API prices. The break-even output price keeps the input price and solves
// revenue = cost / (1 - targetMargin) over the whole mix.
WorkloadEconomics evaluateWorkload(const Scenario &scenario, const Workload &workload,
                                   const PriceEntry *prices = nullptr, double targetMargin = 0);

// What one request of I prompt and O output tokens pays: at `prices` (tiers included) when
// given, else at the scenario's API prices; the scenario's cached prefix at the cache's prices.
double requestRevenueUsd(const Scenario &scenario, const PriceEntry *prices, int64_t inputTokens,
                         int64_t outputTokens);

// The batch to evaluate a mix at: the scenario's, or (largestThatFits) the most sequences of
// the mix's mean length that fit in memory, at least 1.
int workloadBatch(const Scenario &scenario, const Workload &workload, bool largestThatFits);

// Margin per request in equal-width bins (for the histogram chart).
struct MarginHistogram
{
    Eigen::ArrayXd binCenters; // USD
    Eigen::ArrayXd counts;
    double binWidth = 0;
};

MarginHistogram marginHistogram(const WorkloadEconomics &economics, int bins = 60);

// Margin (revenue - cost, USD) over a logarithmic grid of input x output lengths.
struct MarginGrid
{
    Eigen::ArrayXd inputTokens;  // rows
    Eigen::ArrayXd outputTokens; // columns
    Eigen::ArrayXXd marginUsd;
    Eigen::ArrayXXd costUsd;
    // For each input length, the output length where the margin turns negative (-1: never
    // within the range; 0: already at one output token).
    Eigen::ArrayXd lossFromOutputTokens;
    int64_t maxInputTokens = 0; // the grid's extent
    int64_t maxOutputTokens = 0;
};

MarginGrid marginGrid(const Scenario &scenario, int64_t maxInput, int64_t maxOutput, int size = 256,
                      const PriceEntry *prices = nullptr);

} // namespace tce
