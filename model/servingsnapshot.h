#pragma once

#include "servingresult.h"

#include <QString>

#include <optional>
#include <vector>

namespace tce {

struct Scenario;
struct Workload;

// What the serving charts draw of one scenario: a concurrency sweep (defaultConcurrencySweep)
// and the scenario's own load. The window fills it from a worker thread, a point at a time;
// exports fill it at once with simulateServingSnapshot().
struct ServingSnapshot
{
    std::vector<ServingResult> sweep;     // in sweep order; while a sweep runs, the points so far
    int sweepSize = 0;                    // the points of the whole sweep (0: no sweep asked for)
    std::optional<ServingResult> current; // the scenario's load
    // More results are on their way: what is here may be of the previous scenario.
    bool pending = false;
    // The last simulation failed with this message; the results above are the previous ones.
    QString error;

    bool sweepComplete() const { return sweepSize > 0 && int(sweep.size()) == sweepSize; }
};

// The requests the serving simulation serves: the scenario's one length pair repeated, or a
// workload (a mix or a trace) when one is given.
Workload scenarioLengths(const Scenario &scenario);
Workload servingLengths(const Scenario &scenario, const Workload *workload);

// The scenario's load as the serving charts simulate it: clients get as many requests as the
// sweep's point of that many clients (ten waves), so that the load lies on the sweep's curves
// and a load that is a sweep point has that point's result.
ServingLoad chartedLoad(const ServingLoad &load);

// The scenario's load (chartedLoad) and, with `withSweep`, the default concurrency sweep,
// simulated now in the calling thread (~5-20 ms a point); a failure leaves its message in
// `error`.
ServingSnapshot simulateServingSnapshot(const Scenario &scenario, const Workload &lengths,
                                        bool withSweep);

} // namespace tce
