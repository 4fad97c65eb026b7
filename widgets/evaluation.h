#pragma once

#include "costreport.h"
#include "pricecatalog.h"
#include "scenario.h"
#include "workload.h"

#include <memory>

namespace tce {

// One evaluated scenario, shared by every view: the summary's scalars are computed once;
// each visible chart asks the model for its own series.
struct Evaluation
{
    Scenario scenario;
    CostReport report;
    // The request mix the workload charts evaluate, and how.
    std::shared_ptr<const Workload> workload;
    bool largestBatchThatFits = false; // else the scenario's batch
    double targetMargin = 0.3;
    // Revenue from a price catalog entry (its long-context tiers apply); null: the scenario's
    // flat API prices.
    std::shared_ptr<const PriceEntry> revenuePrices;
};

} // namespace tce
