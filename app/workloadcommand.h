#pragma once

#include <QStringList>

class QTextStream;

namespace tce {

// `token-cost-explorer workload ...`: cost, revenue and margin over a request mix.
int runWorkloadCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tce
