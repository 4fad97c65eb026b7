#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>

namespace tce {

struct LessonScenario;

// A lesson step's "scenario" (and "pinned") object: the keys of the report command's options
// on top of the default serving scenario ({"batch": 1, "input": 8000}), or {"complete":
// {a scenario file's object}}. Unknown keys are errors: a typo must not silently show another
// scenario than the author meant.
Result<LessonScenario> lessonScenarioFromJson(const QJsonObject &json, const QString &where);
QJsonObject lessonScenarioToJson(const LessonScenario &scenario);

} // namespace tce
