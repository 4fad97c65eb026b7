#pragma once

#include <cstdint>

namespace tce {

struct ModelSpec;

// Parameter counts of cost-model.md section 2.
struct ParameterCounts
{
    int64_t total = 0;              // N_total: everything that sits in memory
    int64_t active = 0;             // used for one token (k routed experts + shared)
    int64_t body = 0;               // N_body: active minus embedding table(s) and LM head
    int64_t head = 0;               // N_head = V*d (the LM-head matmul, tied or not)
    int64_t embedding = 0;          // token (and learned position) tables
    int64_t routedExpert = 0;       // one routed expert of one layer (0 for dense models)
    int64_t routedExpertsTotal = 0; // all routed experts of all MoE layers
};

ParameterCounts countParameters(const ModelSpec &model);

// Per layer, so the importer and tests can name what they check.
int64_t attentionParametersPerLayer(const ModelSpec &model);
int64_t denseFfnParameters(const ModelSpec &model);
int64_t normParameters(const ModelSpec &model); // one norm of width d

} // namespace tce
