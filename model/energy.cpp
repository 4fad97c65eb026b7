#include "energy.h"

#include "scenario.h"
#include "timingmodel.h"

#include <algorithm>

namespace tce {

EnergyModel::EnergyModel(const Scenario &s)
    : m_gpus(std::max(1, s.serving.gpus))
    , m_idleWatts(s.hardware.idlePowerWatts)
    , m_boardWatts(s.hardware.boardPowerWatts)
    , m_gramsPerKwh(s.gridGramsCo2PerKwh)
{
    // A layer split keeps one GPU busy at a time (TimingModel's rates are that GPU's).
    const bool layerSplit = s.serving.engine.multiGpu == MultiGpuMode::Layer && m_gpus > 1;
    m_gpusPerRun = layerSplit ? 1 : m_gpus;
}

double EnergyModel::joules(double seconds, double busySeconds) const
{
    if (!available())
        return 0;
    const double dynamicWatts = std::max(0.0, m_boardWatts - m_idleWatts);
    return m_gpus * m_idleWatts * seconds + dynamicWatts * m_gpusPerRun * busySeconds;
}

double EnergyModel::runJoules(const RunTime &run, const TimingModel &timing) const
{
    return joules(run.seconds, timing.busySeconds(run));
}

double EnergyModel::gramsCo2(double joules) const
{
    return joules / kJoulesPerKwh * m_gramsPerKwh;
}

} // namespace tce
