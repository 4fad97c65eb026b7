#include "servingsnapshot.h"

#include "scenario.h"
#include "servingsimulator.h"
#include "servingsweep.h"
#include "workload.h"

namespace tce {

Workload scenarioLengths(const Scenario &s)
{
    Workload w;
    // Every decoded token, reasoning included.
    w.id = w.name =
        QStringLiteral("--input %1 --output %2").arg(s.inputTokens).arg(s.decodedTokens());
    w.inputTokens = {s.inputTokens};
    w.outputTokens = {s.decodedTokens()};
    return w;
}

Workload servingLengths(const Scenario &scenario, const Workload *workload)
{
    return workload ? *workload : scenarioLengths(scenario);
}

ServingLoad chartedLoad(const ServingLoad &load)
{
    ServingLoad charted = load;
    if (load.mode == LoadMode::Concurrency)
        charted.requests = defaultConcurrencySweep().requestsFor(load.concurrency, load.requests);
    return charted;
}

ServingSnapshot simulateServingSnapshot(const Scenario &scenario, const Workload &lengths,
                                        bool withSweep)
{
    ServingSnapshot snapshot;
    // The load's failure is the message shown; the sweep runs anyway, as in the window (a
    // trace's timestamps may be missing while clients are fine).
    const auto current = simulateServing(scenario, chartedLoad(scenario.load), lengths);
    if (current)
        snapshot.current = current.value();
    else
        snapshot.error = current.error();
    if (!withSweep)
        return snapshot;
    const ServingSweep sweep = defaultConcurrencySweep();
    snapshot.sweepSize = int(sweep.values.size());
    auto points = sweepServing(scenario, scenario.load, lengths, sweep);
    if (points)
        snapshot.sweep = std::move(points.value());
    else if (snapshot.error.isEmpty())
        snapshot.error = points.error();
    return snapshot;
}

} // namespace tce
