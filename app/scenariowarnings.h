#pragma once

#include <QString>
#include <QStringList>

namespace tce {

class Evaluation;
struct ScenarioWarning;

// One sentence per warning: what is wrong, with the numbers in the current locale, and what
// to change. The window shows these and `report` prints them, so both say the same thing.
QString scenarioWarningText(const ScenarioWarning &warning);
QStringList scenarioWarningTexts(const Evaluation &evaluation);

} // namespace tce
