#include "servingsnapshot.h"

#include "scenario.h"
#include "servingsimulator.h"
#include "servingsweep.h"
#include "workload.h"

namespace tce {

Workload scenarioLengths(const Scenario &s)
{
    Workload w;
    w.id = w.name = QStringLiteral("--input %1 --output %2").arg(s.inputTokens).arg(s.outputTokens);
    w.inputTokens = {s.inputTokens};
    w.outputTokens = {s.outputTokens};
    return w;
}

Workload servingLengths(const Scenario &scenario, const Workload *workload)
{
    return workload ? *workload : scenarioLengths(scenario);
}

ServingSnapshot simulateServingSnapshot(const Scenario &scenario, const Workload &lengths,
                                        bool withSweep)
{
    ServingSnapshot snapshot;
    const auto current = simulateServing(scenario, scenario.load, lengths);
    if (!current) {
        snapshot.error = current.error();
        return snapshot;
    }
    snapshot.current = current.value();
    if (!withSweep)
        return snapshot;
    const ServingSweep sweep = defaultConcurrencySweep();
    snapshot.sweepSize = int(sweep.values.size());
    auto points = sweepServing(scenario, scenario.load, lengths, sweep);
    if (points)
        snapshot.sweep = std::move(points.value());
    else
        snapshot.error = points.error();
    return snapshot;
}

} // namespace tce
