#pragma once

#include "result.h"
#include "scenario.h"
#include "scenariobuilder.h"

#include <QList>
#include <QStringList>

class QTextStream;

namespace tce {

class OptionReader;

// A command of the program and the line the overall --help gives it.
struct CommandInfo
{
    QString name;
    QString summary;
};
// report, workload, serve, export, list, help: what a first argument may name besides a file.
QList<CommandInfo> commands();
QString commandSummary(const QString &name);

// What the report options describe: a scenario file to start from (else the window's default
// serving scenario) and the changes on top of it.
struct ScenarioOptions
{
    QString scenarioFile;
    ScenarioChanges changes;
};

// Adds the report options to a command's reader; every command that evaluates a scenario
// (report, workload, export) accepts them.
void addScenarioOptions(OptionReader &reader, ScenarioOptions &options);
// The scenario the options describe; warnings about the scenario file (a newer version,
// unknown keys) are printed as the reader's command.
Result<Scenario> scenarioFromOptions(const ScenarioOptions &options, const OptionReader &reader,
                                     QTextStream &err);

// The program's help text: its commands and the report options.
QString commandLineUsage();

// True when the arguments ask for a command rather than the window: a command's name, or a
// first argument that names neither an option nor an existing file (an unknown command,
// refused without a display).
bool isCommandLineInvocation(const QStringList &arguments);

// Runs `token-cost-explorer <command> ...` (arguments without the program name). Returns the
// exit code: 0 done, 2 bad option or input (the message names it).
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tce
