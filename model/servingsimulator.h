#pragma once

#include "result.h"
#include "servingresult.h"

namespace tce {

struct Scenario;
struct Workload;

// A discrete-event simulation of one serving replica (tensor-parallel over the scenario's
// GPUs) under load: continuous batching with chunked prefill, first-come first-served
// admission, a paged KV cache whose blocks come from the capacity the memory model computes,
// preemption by recomputation when blocks run out (as vLLM does), every run timed by
// TimingModel::mixedRun. The scheduler's limits come from the scenario's engine profile.
//
// `lengths` gives the requests' (input, output) lengths: one pair repeated, a mix (taken in
// an order shuffled with the load's seed) or a trace (in its order; with LoadMode::Trace its
// arrivalSeconds are the arrival times). Deterministic: the same inputs give the same result.
// Costs O(1) per run plus O(log n) per request, whatever the number of running sequences.
// Fails with a message naming the value on bad load settings, lengths beyond the context
// window, a model that does not fit, or a request whose KV cache alone exceeds the capacity.
Result<ServingResult> simulateServing(const Scenario &scenario, const ServingLoad &load,
                                      const Workload &lengths);

} // namespace tce
