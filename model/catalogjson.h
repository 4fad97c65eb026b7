#pragma once

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
// their model, hardware and engine in the same form. Readers set *error to a message that
// names `where`, the field and the value, and leave it empty on success.
ModelSpec readModelJson(const QJsonObject &json, const QString &where, QString *error);
HardwareSpec readHardwareJson(const QJsonObject &json, const QString &where, QString *error);
EngineProfile readEngineJson(const QJsonObject &json, const QString &where,
                             QList<CalibrationPoint> *calibration, QString *error);
ApiPrice readPriceJson(const QJsonObject &json, const QString &where, QString *error);
WorkloadMix readMixJson(const QJsonObject &json, const QString &where, QString *error);

QJsonObject modelToJson(const ModelSpec &model);
QJsonObject hardwareToJson(const HardwareSpec &hardware);
QJsonObject engineToJson(const EngineProfile &engine);

} // namespace tce
