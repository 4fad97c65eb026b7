#include "servingsweep.h"

#include "scenario.h"
#include "servingsimulator.h"
#include "workload.h"

#include <algorithm>
#include <cmath>

namespace tce {

namespace {

constexpr int kBisections = 12;
constexpr double kHoursPerMonth = 730;

} // namespace

ServingSweep defaultConcurrencySweep()
{
    return {SweepAxis::Concurrency,
            {1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512},
            true};
}

int ServingSweep::requestsFor(double value, int baseRequests) const
{
    if (!requestsPerPoint || axis != SweepAxis::Concurrency)
        return baseRequests;
    return int(std::clamp(10.0 * value, 200.0, 4000.0));
}

Result<std::vector<ServingResult>>
sweepServing(const Scenario &scenario, const ServingLoad &base, const Workload &lengths,
             const ServingSweep &sweep, const std::function<bool(const ServingResult &)> &onPoint)
{
    using R = Result<std::vector<ServingResult>>;
    std::vector<ServingResult> results;
    results.reserve(sweep.values.size());
    for (const double value : sweep.values) {
        ServingLoad load = base;
        load.requests = sweep.requestsFor(value, base.requests);
        if (sweep.axis == SweepAxis::Concurrency) {
            if (!(value >= 1) || value > kMaxServingConcurrency || value != std::floor(value))
                return R::failure(QStringLiteral("--sweep concurrency:%1: expected whole numbers "
                                                 "from 1 to %2")
                                      .arg(value)
                                      .arg(kMaxServingConcurrency));
            load.mode = LoadMode::Concurrency;
            load.concurrency = int(value);
        } else {
            load.mode = LoadMode::Rate;
            load.requestsPerSecond = value;
        }
        auto result = simulateServing(scenario, load, lengths);
        if (!result)
            return R::failure(result.error());
        results.push_back(std::move(result.value()));
        if (onPoint && !onPoint(results.back()))
            break;
    }
    return results;
}

int kneeIndex(const std::vector<ServingResult> &sweep)
{
    int best = -1;
    double bestPower = -1;
    for (size_t i = 0; i < sweep.size(); ++i) {
        const ServingResult &r = sweep[i];
        const double power = r.e2e.mean > 0 ? r.outputTokensPerSecond / r.e2e.mean : 0;
        if (power > bestPower) {
            bestPower = power;
            best = int(i);
        }
    }
    return best;
}

Result<CapacityPlan> planCapacity(const Scenario &scenario, const ServingLoad &load,
                                  const Workload &lengths)
{
    using R = Result<CapacityPlan>;
    if (!load.hasSlo())
        return R::failure(QStringLiteral("a capacity plan needs --slo-ttft or --slo-itl"));
    double target = load.requestsPerSecond;
    Workload poissonLengths = lengths;
    if (load.mode == LoadMode::Trace) {
        const size_t n = std::min<size_t>(size_t(load.requests), lengths.arrivalSeconds.size());
        const double span =
            n > 1
                ? (lengths.arrivalSeconds[n - 1] - lengths.arrivalSeconds.front()) / load.timeScale
                : 0;
        if (!(span > 0))
            return R::failure(QStringLiteral("%1: the trace spans no time; no rate to plan for")
                                  .arg(lengths.name));
        target = double(n - 1) / span;
        poissonLengths.arrivalSeconds.clear();
    } else if (load.mode != LoadMode::Rate) {
        return R::failure(QStringLiteral("a capacity plan needs a rate (--rate) or a trace"));
    }

    // Attainment at a rate per replica: Poisson arrivals with the load's lengths and seed.
    ServingLoad probe = load;
    probe.mode = LoadMode::Rate;
    auto attainmentAt = [&](double rate) -> Result<double> {
        probe.requestsPerSecond = rate;
        const auto r = simulateServing(scenario, probe, poissonLengths);
        if (!r)
            return Result<double>::failure(r.error());
        return r->sloAttainment;
    };

    CapacityPlan plan;
    const double usdPerReplicaHour = scenario.price.usdPerSecond(scenario.serving.gpus) * 3600.0;
    auto finish = [&](double sustainable) {
        plan.feasible = true;
        plan.sustainableRate = sustainable;
        plan.replicas = std::max(1, int(std::ceil(target / sustainable - 1e-9)));
        plan.gpus = plan.replicas * std::max(1, scenario.serving.gpus);
        plan.usdPerMonth = plan.replicas * usdPerReplicaHour * kHoursPerMonth;
        return plan;
    };
    const auto atTarget = attainmentAt(target);
    if (!atTarget)
        return R::failure(atTarget.error());
    if (atTarget.value() >= kPlanAttainment)
        return finish(target);
    // Almost idle: if requests miss the targets alone, no number of replicas helps.
    double low = target / 1000.0;
    const auto alone = attainmentAt(low);
    if (!alone)
        return R::failure(alone.error());
    if (alone.value() < kPlanAttainment)
        return plan;
    double high = target;
    for (int i = 0; i < kBisections; ++i) {
        const double middle = std::sqrt(low * high);
        const auto a = attainmentAt(middle);
        if (!a)
            return R::failure(a.error());
        (a.value() >= kPlanAttainment ? low : high) = middle;
    }
    return finish(low);
}

} // namespace tce
