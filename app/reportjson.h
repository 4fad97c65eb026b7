#pragma once

#include <QJsonObject>

namespace tce {

struct Scenario;
struct CostReport;

// The `report` command's JSON: a contract scripts rely on (README, "Command line").
QJsonObject reportJson(const Scenario &scenario, const CostReport &report);

} // namespace tce
