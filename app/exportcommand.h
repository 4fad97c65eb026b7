#pragma once

#include <QStringList>

class QTextStream;

namespace tce {

// Verbs that need the chart widgets (and so a QApplication, offscreen when headless):
// `export ...`, `export-lesson ...` and `list charts`.
bool isChartCommand(const QStringList &arguments);
int runChartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tce
