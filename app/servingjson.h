#pragma once

#include <QJsonObject>

namespace tce {

struct CapacityPlan;
struct ServingResult;

// `serve`'s JSON for one simulated load (the keys the README lists; seconds, tokens/s, USD).
QJsonObject servingResultJson(const ServingResult &result);
QJsonObject capacityPlanJson(const CapacityPlan &plan);

} // namespace tce
