#pragma once

#include "result.h"
#include "scenario.h"

#include <QStringList>

class QTextStream;

namespace tce {

// The scenario that report options describe (`--scenario FILE` first, then every other
// option on top of it). Warnings (a newer file version, unknown keys) go to `warnings`.
Result<Scenario> scenarioFromOptions(const QStringList &options, QStringList *warnings);

// The command line's help text.
QString commandLineUsage();

// True when the arguments ask for a command-line verb rather than the window.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs `token-cost-explorer <verb> ...` (arguments without the program name). Returns the
// exit code: 0 done, 2 bad option or input (the message names it).
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tce
