#pragma once

#include <cstdint>

namespace tce {

// How requests reach the simulated server.
enum class LoadMode
{
    Concurrency, // closed loop: N clients, each sends its next request when the last one ends
    Rate,        // open loop: Poisson arrivals at a rate (seeded)
    Trace        // a trace's own timestamps, optionally sped up
};

// The load on one serving replica and the latency targets it is judged against. Part of the
// scenario (saved in scenario files); the lengths come from the scenario, a mix or a trace.
struct ServingLoad
{
    LoadMode mode = LoadMode::Concurrency;
    int concurrency = 16;
    double requestsPerSecond = 4.0;
    int requests = 1000;
    uint64_t seed = 1;
    double timeScale = 1.0;    // trace: arrival times divided by this
    double sloTtftSeconds = 0; // 0: no target
    double sloItlSeconds = 0;  // per-request mean inter-token latency (TPOT); 0: no target

    bool hasSlo() const { return sloTtftSeconds > 0 || sloItlSeconds > 0; }
    // All requests queued at once: what offline throughput tables measure.
    bool isOffline() const { return mode == LoadMode::Concurrency && concurrency >= requests; }
    bool operator==(const ServingLoad &) const = default;
};

// Bounds the command line, scenario files and the window accept.
inline constexpr int kMaxServingRequests = 1'000'000;
inline constexpr int kMaxServingConcurrency = 1'000'000;
inline constexpr double kMaxRequestsPerSecond = 1e6;
inline constexpr double kMaxSloSeconds = 1e6;
inline constexpr int64_t kMaxSeed = int64_t(1) << 53; // exact in a JSON number

} // namespace tce
