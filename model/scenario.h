#pragma once

#include "hardwarespec.h"
#include "modelspec.h"
#include "precision.h"
#include "pricespec.h"
#include "servingload.h"
#include "servingspec.h"

#include <cstdint>

namespace tce {

// Everything one evaluation needs; a plain value that views edit and the model reads.
struct Scenario
{
    ModelSpec model;
    HardwareSpec hardware;
    Precision weights;
    Precision kvCache;
    Precision compute; // the precision matmuls run at (selects the hardware peak)
    ServingSpec serving;
    PriceSpec price;
    int64_t inputTokens = 2048; // I
    int64_t outputTokens = 512; // O
    bool useKvCache = true;
    ServingLoad load; // the serving simulation's load and latency targets

    bool operator==(const Scenario &) const = default;
};

} // namespace tce
