#pragma once

#include <cstdint>

namespace tce {

struct RunTime;
struct Scenario;
class TimingModel;

// A request's energy (cost-model.md section 8). Zero and !available when the hardware file
// gives no board power.
struct EnergyFigures
{
    bool available = false;
    double joulesPerInputToken = 0;  // the prefill's energy over the prompt tokens it served
    double joulesPerOutputToken = 0; // the decode's energy over the billed output tokens
    double joulesPerRequest = 0;     // its share of the prefill and of each decode step
    double kwhPerRequest = 0;
    double gramsCo2PerRequest = 0; // at the scenario's grid intensity
    double prefillWatts = 0;       // all GPUs of the replica, while prefilling
    double decodeWatts = 0;        // and while decoding
};

// Power between idle and board power with the run's utilisation u, the larger of its compute
// and memory shares of peak: E = t * (P_idle + (P_board - P_idle) * u) per GPU. u * t is the
// time the run would take at the peaks (TimingModel::busySeconds), so that a sum of runs
// needs only their summed time and summed busy time: closed forms stay closed.
class EnergyModel
{
public:
    explicit EnergyModel(const Scenario &scenario);

    bool available() const { return m_boardWatts > 0; }
    // All GPUs of the replica: the ones a run does not use idle meanwhile.
    double joules(double seconds, double busySeconds) const;
    double runJoules(const RunTime &run, const TimingModel &timing) const;
    double gramsCo2(double joules) const;

private:
    int m_gpus = 1;
    int m_gpusPerRun = 1;
    double m_idleWatts = 0;
    double m_boardWatts = 0;
    double m_gramsPerKwh = 0;
};

inline constexpr double kJoulesPerKwh = 3.6e6;

} // namespace tce
