#pragma once

#include <QJsonObject>

namespace tce {

class Evaluation;

// The `report` command's JSON: a contract scripts rely on (README, "Command line").
QJsonObject reportJson(const Evaluation &evaluation);

} // namespace tce
