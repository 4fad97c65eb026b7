#include "workloadcost.h"

#include "memorymodel.h"
#include "pricecatalog.h"
#include "scenario.h"
#include "timingmodel.h"

#include <QThread>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

namespace tce {

double requestRevenueUsd(const Scenario &s, const PriceEntry *prices, int64_t I, int64_t O)
{
    const int64_t prefix = s.billedCachePrefixFor(I);
    const bool writes = s.promptCache.writesCache;
    const bool oneHour = s.promptCache.oneHourWrite;
    return prices ? prices->requestUsd(I, O, prefix, writes, oneHour)
                  : s.price.revenueUsd(I, O, prefix, writes, oneHour);
}

int workloadBatch(const Scenario &scenario, const Workload &workload, bool largestThatFits)
{
    if (!largestThatFits || workload.size() == 0)
        return std::max(1, scenario.serving.batch);
    double totalContext = 0;
    for (size_t i = 0; i < workload.size(); ++i)
        totalContext += double(workload.inputTokens[i] + workload.outputTokens[i]);
    const auto meanContext = int64_t(std::ceil(totalContext / double(workload.size())));
    return int(std::clamp<int64_t>(maxBatchAtContext(scenario, std::max<int64_t>(1, meanContext)),
                                   1, 100'000));
}

WorkloadEconomics evaluateWorkload(const Scenario &scenario, const Workload &w,
                                   const PriceEntry *prices, double targetMargin)
{
    WorkloadEconomics e;
    const RequestCostModel model(scenario);
    const size_t n = w.size();
    e.requests = n;
    e.batch = std::max(1, scenario.serving.batch);
    e.targetMargin = targetMargin;
    e.costUsd.resize(Eigen::Index(n));
    e.revenueUsd.resize(Eigen::Index(n));
    double totalInput = 0, totalOutput = 0;
    for (size_t i = 0; i < n; ++i) {
        const int64_t I = w.inputTokens[i];
        const int64_t O = w.outputTokens[i];
        e.costUsd[Eigen::Index(i)] = model.costUsd(I, O);
        e.revenueUsd[Eigen::Index(i)] = requestRevenueUsd(scenario, prices, I, O);
        totalInput += double(I);
        totalOutput += double(O);
    }
    if (n == 0)
        return e;
    e.marginUsd = e.revenueUsd - e.costUsd;
    e.meanCostUsd = e.costUsd.mean();
    e.meanRevenueUsd = e.revenueUsd.mean();
    e.meanMarginUsd = e.marginUsd.mean();
    e.lossFraction = double((e.marginUsd < 0).count()) / double(n);

    std::vector<double> sorted(e.costUsd.data(), e.costUsd.data() + n);
    const size_t top = std::max<size_t>(1, size_t(std::ceil(double(n) / 100.0)));
    std::nth_element(sorted.begin(), sorted.begin() + long(top) - 1, sorted.end(),
                     std::greater<>());
    const double topCost = std::accumulate(sorted.begin(), sorted.begin() + long(top), 0.0);
    const double totalCost = e.costUsd.sum();
    e.top1PercentCostShare = totalCost > 0 ? topCost / totalCost : 0;

    // sum(I)*p_in + sum(O)*p_out = cost / (1 - margin), solved for p_out (flat prices).
    const double inputRevenue =
        totalInput * (prices ? prices->inputUsdPerToken : scenario.price.inputUsdPerMillion / 1e6);
    const double needed = totalCost / std::max(1e-9, 1 - targetMargin);
    e.breakEvenOutputUsdPerMillion =
        totalOutput > 0 ? std::max(0.0, (needed - inputRevenue) / totalOutput) * 1e6 : 0;
    return e;
}

MarginHistogram marginHistogram(const WorkloadEconomics &e, int bins)
{
    MarginHistogram h;
    bins = std::max(bins, 1);
    h.binCenters.setZero(bins);
    h.counts.setZero(bins);
    if (e.marginUsd.size() == 0)
        return h;
    // Robust range: the 0.5th to 99.5th percentile, widened to include zero so the
    // loss/profit boundary falls on a bin edge; the tails go into the end bins.
    std::vector<double> sorted(e.marginUsd.data(), e.marginUsd.data() + e.marginUsd.size());
    std::sort(sorted.begin(), sorted.end());
    auto percentile = [&](double p) {
        return sorted[size_t(p * double(sorted.size() - 1))];
    };
    double lo = std::min(0.0, percentile(0.005));
    double hi = std::max(0.0, percentile(0.995));
    if (hi <= lo)
        hi = lo + 1e-9;
    // Put zero on an edge: choose the width so that -lo is a whole number of bins.
    h.binWidth = (hi - lo) / bins;
    if (lo < 0 && hi > 0) {
        const int negativeBins = std::clamp(int(std::lround(-lo / (hi - lo) * bins)), 1, bins - 1);
        h.binWidth = std::max(-lo / negativeBins, hi / (bins - negativeBins));
        lo = -negativeBins * h.binWidth;
    }
    for (int b = 0; b < bins; ++b)
        h.binCenters[b] = lo + (b + 0.5) * h.binWidth;
    for (double m : sorted) {
        const int b = std::clamp(int(std::floor((m - lo) / h.binWidth)), 0, bins - 1);
        h.counts[b] += 1;
    }
    return h;
}

namespace {

// Row r of the grid (one input length): every cell's cost and margin, and where the loss starts.
void costGridRow(MarginGrid &g, Eigen::Index r, const RequestCostModel &model,
                 const Scenario &scenario, const PriceEntry *prices)
{
    const auto I = int64_t(g.inputTokens[r]);
    const Eigen::Index columns = g.outputTokens.size();
    // costUsd(I, O) split: the prefill share depends on I alone, once per row.
    const double prefillSeconds = model.prefillShareSeconds(I);
    for (Eigen::Index c = 0; c < columns; ++c) {
        const auto O = int64_t(g.outputTokens[c]);
        const double cost =
            model.usdPerSecond() * (prefillSeconds + model.decodeShareSeconds(I, O));
        const double revenue = requestRevenueUsd(scenario, prices, I, O);
        g.costUsd(r, c) = cost;
        g.marginUsd(r, c) = revenue - cost;
    }
    // Margin falls with output beyond its peak; the first sampled column below zero, refined to
    // the exact output length by bisection between the neighbouring samples.
    Eigen::Index c = 0;
    while (c < columns && g.marginUsd(r, c) >= 0)
        ++c;
    if (c == columns)
        return;
    if (c == 0) {
        g.lossFromOutputTokens[r] = 0;
        return;
    }
    int64_t lo = int64_t(g.outputTokens[c - 1]), hi = int64_t(g.outputTokens[c]);
    // hi <= lo: a repeated short length, the sign changed between equal samples.
    while (hi - lo > 1) {
        const int64_t mid = lo + (hi - lo) / 2;
        const double margin = requestRevenueUsd(scenario, prices, I, mid) - model.costUsd(I, mid);
        (margin >= 0 ? lo : hi) = mid;
    }
    g.lossFromOutputTokens[r] = double(hi);
}

} // namespace

MarginGrid marginGrid(const Scenario &scenario, int64_t maxInput, int64_t maxOutput, int size,
                      const PriceEntry *prices)
{
    const RequestCostModel model(scenario);
    MarginGrid g;
    // Evenly spaced in log(length), rounded to whole tokens: cell k of a plot is sample k
    // (short lengths repeat, as 1.3 and 1.6 tokens both round to 1 or 2).
    auto logSpaced = [size](int64_t maximum) {
        Eigen::ArrayXd v(std::max(size, 2));
        const double top = std::log(double(std::max<int64_t>(2, maximum)));
        for (Eigen::Index k = 0; k < v.size(); ++k)
            v[k] = std::round(std::exp(top * double(k) / double(v.size() - 1)));
        return v;
    };
    g.maxInputTokens = maxInput;
    g.maxOutputTokens = maxOutput;
    g.inputTokens = logSpaced(maxInput);
    g.outputTokens = logSpaced(maxOutput);
    const Eigen::Index rows = g.inputTokens.size(), columns = g.outputTokens.size();
    g.marginUsd.resize(rows, columns);
    g.costUsd.resize(rows, columns);
    g.lossFromOutputTokens.setConstant(rows, -1);
    auto costRows = [&](Eigen::Index begin, Eigen::Index end) {
        for (Eigen::Index r = begin; r < end; ++r)
            costGridRow(g, r, model, scenario, prices);
    };
    // Rows are independent: with a second core its half of the rows is costed in a thread of
    // its own (the margin map's batch slider costs all 65,536 cells again at every step).
    const Eigen::Index half = rows / 2;
    if (rows >= 64 && QThread::idealThreadCount() > 1) {
        std::unique_ptr<QThread> second(QThread::create(costRows, half, rows));
        second->start();
        costRows(0, half);
        second->wait();
    } else {
        costRows(0, rows);
    }
    return g;
}

} // namespace tce
