#pragma once

#include "result.h"
#include "servingresult.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace tce {

struct Scenario;
struct Workload;

// What the serving simulation recorded, before any statistics: per request its times, per run
// its contents and cumulative counters. servingStatistics turns it into a ServingResult.
struct ServedRequest
{
    double arrival = 0;
    double firstToken = 0;
    double finish = 0;
    int64_t input = 0;
    int64_t output = 0;
};

struct RunRecord
{
    double start = 0;
    double end = 0;
    int32_t running = 0;  // admitted sequences (prefilling or decoding) during the run
    int32_t waiting = 0;  // arrived, not admitted
    int32_t decoding = 0; // sequences that emit a token at the end of the run after one before
    int64_t usedBlocks = 0;
    // Cumulative at the end of the run:
    int64_t outputTokens = 0;
    int64_t inputTokens = 0; // prompt tokens prefilled for the first time
    double prefillSeconds = 0;
    double decodeSeconds = 0;
};

// An inter-token gap that is not one run long: the first token after a preemption.
struct TokenGap
{
    double at = 0;
    double seconds = 0;
};

struct ServingRecord
{
    std::vector<ServedRequest> requests; // in arrival order
    std::deque<RunRecord> runs;          // a deque: a trace's 300,000 runs grow without copies
    std::vector<TokenGap> longGaps;
    int64_t preemptions = 0;
    int64_t totalBlocks = 0;
    double blockBytes = 0;
    double usdPerSecond = 0; // the replica
};

ServingResult servingStatistics(const ServingRecord &record, const ServingLoad &load);

// simulateServing without the statistics: for tests that check the raw event record.
Result<ServingRecord> simulateServingRecord(const Scenario &scenario, const ServingLoad &load,
                                            const Workload &lengths);

} // namespace tce
