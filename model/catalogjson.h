#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tce {

struct ApiPrice;
struct CalibrationPoint;
struct EngineProfile;
struct HardwareSpec;
struct ModelSpec;
struct WorkloadMix;

// One catalog entry <-> JSON (schemas in resources/catalog/README.md). Scenario files store
// their model, hardware and engine in the same form. A reader's error names `where`, the
// field and the value.
Result<ModelSpec> readModelJson(const QJsonObject &json, const QString &where);
Result<HardwareSpec> readHardwareJson(const QJsonObject &json, const QString &where);
Result<EngineProfile> readEngineJson(const QJsonObject &json, const QString &where,
                                     QList<CalibrationPoint> *calibration);
Result<ApiPrice> readPriceJson(const QJsonObject &json, const QString &where);
Result<WorkloadMix> readMixJson(const QJsonObject &json, const QString &where);

QJsonObject modelToJson(const ModelSpec &model);
QJsonObject hardwareToJson(const HardwareSpec &hardware);
QJsonObject engineToJson(const EngineProfile &engine);

} // namespace tce
