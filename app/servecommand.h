#pragma once

#include <QStringList>

class QTextStream;

namespace tce {

// `token-cost-explorer serve ...`: one serving replica simulated under load (or a sweep of
// loads), as JSON.
int runServeCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tce
