#pragma once

#include "result.h"
#include "workload.h"

#include <QStringList>

class QTextStream;

namespace tce {

class OptionReader;

// Where a command's requests come from: a built-in mix or a trace file (the same options for
// `workload` and `export`).
struct WorkloadSource
{
    QString mix;
    QString trace;
};
void addWorkloadSourceOptions(OptionReader &reader, WorkloadSource &source);
// The mix charts of requests show when a command or a lesson step names none: the one the
// window starts with (the catalog's first).
inline const QString kDefaultMixId = QStringLiteral("chat");
// The requests of the mix (sampleMix's default count) or the trace; `fallbackMix` when
// neither is given, an error when both are or when there is no fallback.
Result<Workload> loadWorkload(const WorkloadSource &source, const QString &fallbackMix = {});

// `token-cost-explorer workload ...`: cost, revenue and margin over a request mix.
int runWorkloadCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tce
