#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tce {

struct ApiPrice;
struct EngineProfile;
struct HardwareSpec;
struct ModelSpec;
struct WorkloadMix;
enum class MultiGpuMode;

// One catalog entry <-> JSON (schemas in resources/catalog/README.md). Scenario files store
// their model, hardware and engine in the same form. A reader's error names `where`, the
// field and the value.
Result<ModelSpec> readModelJson(const QJsonObject &json, const QString &where);
Result<HardwareSpec> readHardwareJson(const QJsonObject &json, const QString &where);
// An engine profile: the catalog's (with its fitted classes), a user's calibrated one, or the
// numbers a scenario file saved.
Result<EngineProfile> readEngineJson(const QJsonObject &json, const QString &where);
std::optional<MultiGpuMode> multiGpuModeByName(const QString &name); // tensor, row, layer
QString multiGpuModeName(MultiGpuMode mode);
Result<ApiPrice> readPriceJson(const QJsonObject &json, const QString &where);
Result<WorkloadMix> readMixJson(const QJsonObject &json, const QString &where);

QJsonObject modelToJson(const ModelSpec &model);
QJsonObject hardwareToJson(const HardwareSpec &hardware);
QJsonObject engineToJson(const EngineProfile &engine);

} // namespace tce
