#pragma once

#include <QStringList>

class QTextStream;

namespace tce {

// `token-cost-explorer calibrate --measurements FILE ... [report options] [--save NAME]`: fits
// the engine profile to a user's own benchmark files (issue 14) and prints the rows, the fitted
// numbers and the error before, after and cross-validated as JSON; --save writes the profile
// where every command and the window find it.
int runCalibrateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tce
