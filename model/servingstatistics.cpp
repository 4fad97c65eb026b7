#include "servingrecord.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>

namespace tce {

namespace {

constexpr int kTimelinePoints = 400;

// Linear interpolation between order statistics (numpy's default), as benchmark tools report.
double percentileOfSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double at = p * double(sorted.size() - 1);
    const size_t below = size_t(std::floor(at));
    const size_t above = std::min(sorted.size() - 1, below + 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (at - double(below));
}

LatencyStats statsOf(std::vector<double> values)
{
    LatencyStats s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / double(values.size());
    s.p50 = percentileOfSorted(values, 0.50);
    s.p90 = percentileOfSorted(values, 0.90);
    s.p99 = percentileOfSorted(values, 0.99);
    return s;
}

// The smallest value whose cumulative weight, in ascending order, reaches `target`: a
// weighted quickselect, O(n) on average (a full sort of a trace's 300,000 runs costs more than
// simulating them).
double weightedQuantile(std::vector<std::pair<double, double>> &samples, double target)
{
    size_t lo = 0;
    size_t hi = samples.size();
    double before = 0;
    while (hi - lo > 1) {
        const size_t middle = lo + (hi - lo) / 2;
        std::nth_element(samples.begin() + std::ptrdiff_t(lo),
                         samples.begin() + std::ptrdiff_t(middle),
                         samples.begin() + std::ptrdiff_t(hi));
        double left = 0;
        for (size_t i = lo; i < middle; ++i)
            left += samples[i].second;
        if (before + left >= target) {
            hi = middle;
        } else {
            before += left;
            lo = middle;
        }
    }
    return samples[lo].first;
}

// Percentiles of values that occur `weight` times each (every decoding sequence of a run
// sees the same gap): the smallest value whose cumulative weight reaches p of the total.
LatencyStats weightedStatsOf(std::vector<std::pair<double, double>> samples)
{
    LatencyStats s;
    double total = 0;
    double sum = 0;
    for (const auto &[value, weight] : samples) {
        total += weight;
        sum += value * weight;
    }
    if (total <= 0)
        return s;
    s.mean = sum / total;
    s.p50 = weightedQuantile(samples, 0.50 * total);
    s.p90 = weightedQuantile(samples, 0.90 * total);
    s.p99 = weightedQuantile(samples, 0.99 * total);
    return s;
}

// The last run that ended by time t (runs are in time order); -1 before the first.
std::ptrdiff_t runEndedBy(const std::deque<RunRecord> &runs, double t)
{
    const auto it = std::upper_bound(runs.begin(), runs.end(), t,
                                     [](double time, const RunRecord &r) { return time < r.end; });
    return std::ptrdiff_t(it - runs.begin()) - 1;
}

template<class Field> auto cumulativeAt(const std::deque<RunRecord> &runs, double t, Field field)
{
    const std::ptrdiff_t i = runEndedBy(runs, t);
    return i < 0 ? decltype(runs.front().*field){} : runs[size_t(i)].*field;
}

std::vector<ServingTimelinePoint> timelineOf(const ServingRecord &record, double end)
{
    std::vector<ServingTimelinePoint> points;
    if (record.runs.empty() || !(end > 0))
        return points;
    const int count = int(std::min<size_t>(kTimelinePoints, record.runs.size()));
    const double width = end / count;
    points.resize(size_t(count));
    for (int i = 0; i < count; ++i)
        points[size_t(i)].seconds = width * (i + 1);
    // Each run spreads its counts over the bins it overlaps, weighted by the overlap; time
    // between runs (idle) counts as zero.
    for (const RunRecord &r : record.runs) {
        int bin = std::clamp(int(r.start / width), 0, count - 1);
        while (bin < count) {
            const double lo = std::max(r.start, width * bin);
            const double hi = std::min(r.end, width * (bin + 1));
            if (hi > lo) {
                const double share = (hi - lo) / width;
                ServingTimelinePoint &p = points[size_t(bin)];
                p.running += share * r.running;
                p.waiting += share * r.waiting;
                p.kvBytes += share * double(r.usedBlocks) * record.blockBytes;
            }
            if (r.end <= width * (bin + 1))
                break;
            ++bin;
        }
    }
    return points;
}

} // namespace

ServingResult servingStatistics(const ServingRecord &record, const ServingLoad &load)
{
    ServingResult out;
    out.load = load;
    const std::vector<ServedRequest> &requests = record.requests;
    const int count = int(requests.size());
    out.requests = count;
    out.preemptions = record.preemptions;
    out.runs = int64_t(record.runs.size());
    out.kvCapacityBytes = double(record.totalBlocks) * record.blockBytes;
    if (count == 0)
        return out;

    double lastFinish = 0;
    for (const ServedRequest &r : requests)
        lastFinish = std::max(lastFinish, r.finish);
    const double firstArrival = requests.front().arrival;
    out.durationSeconds = lastFinish - firstArrival;

    // The steady state: leave out the first and the last 10% of requests by arrival, and in
    // a closed loop at least one wave of clients each side (they all start at once, and the
    // last ones finish with fewer beside them).
    int drop = count / 10;
    if (load.mode == LoadMode::Concurrency)
        drop = std::max(drop, load.concurrency);
    int first = drop;
    int last = count - drop; // one past
    double start = first < count ? requests[size_t(first)].arrival : 0;
    double end = last < count && last > first ? requests[size_t(last)].arrival : lastFinish;
    if (load.isOffline() || last <= first || !(end > start)) {
        first = 0;
        last = count;
        start = firstArrival;
        end = lastFinish;
    }
    out.measuredRequests = last - first;
    out.windowStartSeconds = start;
    out.windowEndSeconds = end;
    const double span = end - start;
    if (!(span > 0))
        return out;

    const std::deque<RunRecord> &runs = record.runs;
    const double outputTokens = double(cumulativeAt(runs, end, &RunRecord::outputTokens) -
                                       cumulativeAt(runs, start, &RunRecord::outputTokens));
    const double inputTokens = double(cumulativeAt(runs, end, &RunRecord::inputTokens) -
                                      cumulativeAt(runs, start, &RunRecord::inputTokens));
    out.outputTokensPerSecond = outputTokens / span;
    out.inputTokensPerSecond = inputTokens / span;

    int completions = 0;
    double timeInSystem = 0;
    for (const ServedRequest &r : requests) {
        if (r.finish > start && r.finish <= end)
            ++completions;
        timeInSystem += std::max(0.0, std::min(r.finish, end) - std::max(r.arrival, start));
    }
    // An offline run's window starts with the first arrival: count that instant's completions.
    if (load.isOffline())
        completions = count;
    out.requestsPerSecond = completions / span;
    const double arrivalRate = double(last - first) / span;
    out.saturated =
        load.mode != LoadMode::Concurrency && arrivalRate > 1.05 * out.requestsPerSecond;
    out.meanInSystem = timeInSystem / span;

    std::vector<double> ttft, tpot, e2e;
    ttft.reserve(size_t(last - first));
    e2e.reserve(size_t(last - first));
    int meeting = 0;
    for (int i = first; i < last; ++i) {
        const ServedRequest &r = requests[size_t(i)];
        const double firstToken = r.firstToken - r.arrival;
        ttft.push_back(firstToken);
        e2e.push_back(r.finish - r.arrival);
        const double perToken =
            r.output > 1 ? (r.finish - r.firstToken) / double(r.output - 1) : 0.0;
        if (r.output > 1)
            tpot.push_back(perToken);
        const bool ttftMet = load.sloTtftSeconds <= 0 || firstToken <= load.sloTtftSeconds;
        const bool itlMet = load.sloItlSeconds <= 0 || perToken <= load.sloItlSeconds;
        meeting += ttftMet && itlMet ? 1 : 0;
    }
    out.ttft = statsOf(std::move(ttft));
    out.tpot = statsOf(std::move(tpot));
    out.e2e = statsOf(std::move(e2e));
    if (load.hasSlo()) {
        out.sloAttainment = double(meeting) / double(last - first);
        out.goodputRequestsPerSecond = out.requestsPerSecond * out.sloAttainment;
    }

    // Inter-token gaps in the window: each run's length once per sequence that emitted its
    // next token in it, plus the long gaps after preemptions.
    std::vector<std::pair<double, double>> gaps;
    double busy = 0;
    double runningArea = 0;
    for (const RunRecord &r : runs) {
        out.maxRunning = std::max(out.maxRunning, int(r.running));
        out.kvPeakBytes = std::max(out.kvPeakBytes, double(r.usedBlocks) * record.blockBytes);
        if (r.end <= start || r.start >= end)
            continue;
        const double overlap = std::min(r.end, end) - std::max(r.start, start);
        runningArea += overlap * r.running;
        busy += overlap;
        if (r.decoding > 0 && r.end <= end && r.end > start)
            gaps.emplace_back(r.end - r.start, double(r.decoding));
    }
    for (const TokenGap &g : record.longGaps) {
        if (g.at > start && g.at <= end)
            gaps.emplace_back(g.seconds, 1.0);
    }
    out.itl = weightedStatsOf(std::move(gaps));
    out.meanRunning = runningArea / span;

    // Cost at this load: the replica's time in the window (idle included), split between
    // input and output in the proportion of the busy seconds attributed to each.
    ServingCost &cost = out.cost;
    cost.usdPerHour = record.usdPerSecond * 3600.0;
    const double usd = record.usdPerSecond * span;
    const double prefill = cumulativeAt(runs, end, &RunRecord::prefillSeconds) -
                           cumulativeAt(runs, start, &RunRecord::prefillSeconds);
    const double decode = cumulativeAt(runs, end, &RunRecord::decodeSeconds) -
                          cumulativeAt(runs, start, &RunRecord::decodeSeconds);
    if (prefill + decode > 0) {
        const double inputUsd = usd * prefill / (prefill + decode);
        const double outputUsd = usd - inputUsd;
        cost.perMillionInput = inputTokens > 0 ? inputUsd / inputTokens * 1e6 : 0;
        cost.perMillionOutput = outputTokens > 0 ? outputUsd / outputTokens * 1e6 : 0;
        // In busy seconds per token, so that it holds without a GPU-hour price.
        cost.outputInputRatio = inputTokens > 0 && outputTokens > 0 && prefill > 0
                                    ? (decode / outputTokens) / (prefill / inputTokens)
                                    : 0;
    }
    cost.perRequestMean = completions > 0 ? usd / completions : 0;
    (void)busy;

    out.timeline = timelineOf(record, lastFinish);
    return out;
}

} // namespace tce
