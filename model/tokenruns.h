#pragma once

#include <QList>

#include <cstdint>

namespace tce {

struct Scenario;

// Which query-key dot products each forward run of one request computes (cost-model.md
// section 3): run 0 is the prefill over the I prompt tokens; run r >= 1 is the decode step
// that processes position I + r. Keys are token positions 1..I+O; the last output token is
// produced but never processed, so no run uses its key.
struct TokenRun
{
    int64_t firstQuery = 0; // positions whose queries this run computes
    int64_t lastQuery = 0;
    double dotProducts = 0;  // query-key pairs, per head and layer
    double flops = 0;        // the whole run for one sequence (matmuls, attention, logits)
    double bytesMoved = 0;   // weights once, plus the keys and values it reads and writes
    int64_t cachedAfter = 0; // tokens in the KV cache when the run ends
};

struct TokenRuns
{
    int64_t inputTokens = 0;
    int64_t outputTokens = 0;
    QList<TokenRun> runs;         // O runs: one prefill, O-1 decode steps
    QList<int64_t> participation; // per token position: how many queries used its key

    // How many of run r's queries use the key at `position` (0 if none).
    int64_t uses(int run, int64_t position) const;
    int64_t tokens() const { return inputTokens + outputTokens; }
};

// For small teaching examples (a few dozen tokens): the scenario's model and hardware with
// the given lengths, one sequence.
TokenRuns tokenRuns(const Scenario &scenario, int64_t inputTokens, int64_t outputTokens);

} // namespace tce
