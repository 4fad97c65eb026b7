#pragma once

#include <QStringList>

class QTextStream;

namespace tce {

// True when the arguments ask for a command-line verb rather than the window.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs `token-cost-explorer <verb> ...` (arguments without the program name). Returns the
// exit code: 0 done, 2 bad option or input (the message names it).
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tce
