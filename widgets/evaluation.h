#pragma once

#include "costreport.h"
#include "scenario.h"

namespace tce {

// One evaluated scenario, shared by every view: the summary's scalars are computed once;
// each visible chart asks the model for its own series.
struct Evaluation
{
    Scenario scenario;
    CostReport report;
};

} // namespace tce
