#pragma once

#include "result.h"
#include "servingresult.h"

#include <functional>
#include <vector>

namespace tce {

struct Scenario;
struct Workload;

// What a load sweep varies.
enum class SweepAxis
{
    Concurrency,
    Rate
};

struct ServingSweep
{
    SweepAxis axis = SweepAxis::Concurrency;
    std::vector<double> values;
    // Concurrency sweeps: simulate ten waves of clients per point (within 200 to 4,000
    // requests) instead of the base load's request count, so one client alone does not replay
    // a thousand requests while 512 clients still reach a steady state.
    bool requestsPerPoint = false;

    int requestsFor(double value, int baseRequests) const;
};

// The sweep the window draws when none is given: concurrency from 1 to 512 in 16 steps, as
// published load sweeps run them, ten waves of clients each.
ServingSweep defaultConcurrencySweep();

// One simulation per value, each with the base load's other settings. `onPoint` sees each
// result as it is ready and returns false to stop (a sweep in a worker thread that the
// window cancels); the results so far are returned.
Result<std::vector<ServingResult>>
sweepServing(const Scenario &scenario, const ServingLoad &base, const Workload &lengths,
             const ServingSweep &sweep,
             const std::function<bool(const ServingResult &)> &onPoint = {});

// The knee of a sweep: the point of greatest power, throughput over mean end-to-end latency
// (Kleinrock, "Power and deterministic rules of thumb for probabilistic problems in computer
// communications", ICC 1979): below it more load buys throughput almost free, past it mostly
// waiting. -1 for an empty sweep.
int kneeIndex(const std::vector<ServingResult> &sweep);

// Replicas (and GPUs, and dollars a month) needed to serve `load` (a rate, or a trace at its
// mean rate) within its latency targets: the largest rate one replica serves with at least
// 90% of requests meeting both targets (DistServe's SLO attainment), found by bisection.
inline constexpr double kPlanAttainment = 0.9;
Result<CapacityPlan> planCapacity(const Scenario &scenario, const ServingLoad &load,
                                  const Workload &lengths);

} // namespace tce
