#pragma once

#include "result.h"
#include "scenario.h"

#include <QJsonObject>
#include <QStringList>

namespace tce {

// *.tce.json: a versioned scenario file. It stores full values (not only preset IDs), so a
// scenario opens the same after the catalog changes.
inline constexpr int kScenarioFileVersion = 1;
inline constexpr auto kScenarioFileFormat = "token-cost-explorer-scenario";

struct LoadedScenario
{
    Scenario scenario;
    QStringList warnings; // unknown keys, a newer version: the rest still loads
};

QJsonObject scenarioToJson(const Scenario &scenario);
// The "serving_load" object (mode, concurrency, rate, requests, seed, time_scale, slo_ttft_s,
// slo_itl_s); missing keys take ServingLoad's defaults.
QJsonObject servingLoadToJson(const ServingLoad &load);
Result<ServingLoad> servingLoadFromJson(const QJsonObject &json, const QString &where);
Result<LoadedScenario> scenarioFromJson(const QJsonObject &json, const QString &where);

Result<LoadedScenario> readScenarioFile(const QString &path);
// Atomic: a failed write leaves the previous file as it was. Returns an error or "".
Status writeScenarioFile(const QString &path, const Scenario &scenario);

} // namespace tce
