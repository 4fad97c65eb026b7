#include "servingjson.h"

#include "servingresult.h"

namespace tce {

namespace {

QJsonObject statsJson(const LatencyStats &s)
{
    return QJsonObject{{"mean", s.mean}, {"p50", s.p50}, {"p90", s.p90}, {"p99", s.p99}};
}

QJsonObject loadJson(const ServingLoad &load)
{
    switch (load.mode) {
    case LoadMode::Concurrency:
        return QJsonObject{{"mode", load.isOffline() ? "offline" : "concurrency"},
                           {"concurrency", load.concurrency}};
    case LoadMode::Rate:
        return QJsonObject{
            {"mode", "rate"}, {"rate", load.requestsPerSecond}, {"seed", double(load.seed)}};
    case LoadMode::Trace:
        break;
    }
    return QJsonObject{{"mode", "trace"}, {"time_scale", load.timeScale}};
}

} // namespace

QJsonObject servingResultJson(const ServingResult &r)
{
    QJsonObject load = loadJson(r.load);
    load.insert(QStringLiteral("requests"), r.requests); // simulated: a trace's rows at most
    QJsonObject json{
        {"load", load},
        {"duration_s", r.durationSeconds},
        {"measured_requests", r.measuredRequests},
        {"window_s", QJsonObject{{"start", r.windowStartSeconds}, {"end", r.windowEndSeconds}}},
        {"saturated", r.saturated},
        {"throughput", QJsonObject{{"output_tokens_per_s", r.outputTokensPerSecond},
                                   {"input_tokens_per_s", r.inputTokensPerSecond},
                                   {"requests_per_s", r.requestsPerSecond}}},
        {"ttft_s", statsJson(r.ttft)},
        {"itl_s", statsJson(r.itl)},
        {"tpot_s", statsJson(r.tpot)},
        {"e2e_s", statsJson(r.e2e)},
        {"batch", QJsonObject{{"mean_running", r.meanRunning},
                              {"max_running", r.maxRunning},
                              {"kv_peak_bytes", r.kvPeakBytes},
                              {"kv_capacity_bytes", r.kvCapacityBytes},
                              {"preemptions", double(r.preemptions)},
                              {"runs", double(r.runs)},
                              {"mean_in_system", r.meanInSystem}}},
        {"cost_usd", QJsonObject{{"per_million_input", r.cost.perMillionInput},
                                 {"per_million_output", r.cost.perMillionOutput},
                                 {"output_input_ratio", r.cost.outputInputRatio},
                                 {"per_request_mean", r.cost.perRequestMean},
                                 {"replica_per_hour", r.cost.usdPerHour}}},
    };
    if (r.load.hasSlo())
        json.insert(QStringLiteral("goodput"),
                    QJsonObject{{"requests_per_s", r.goodputRequestsPerSecond},
                                {"attainment", r.sloAttainment},
                                {"slo_ttft_s", r.load.sloTtftSeconds},
                                {"slo_itl_s", r.load.sloItlSeconds}});
    return json;
}

QJsonObject capacityPlanJson(const CapacityPlan &plan)
{
    if (!plan.feasible)
        return QJsonObject{{"feasible", false},
                           {"reason", "a request alone misses a latency target"}};
    return QJsonObject{{"feasible", true},
                       {"replicas", plan.replicas},
                       {"gpus", plan.gpus},
                       {"usd_per_month", plan.usdPerMonth},
                       {"sustainable_rate_per_replica", plan.sustainableRate}};
}

} // namespace tce
