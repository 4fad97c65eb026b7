#pragma once

#include "chartexport.h"
#include "result.h"

#include <QList>
#include <QString>

class QWidget;

namespace tce {

struct Lesson;

class ChartView;

// File > Export chart and Copy chart: the export dialog collects the options, these functions
// render and write.

// With `allCharts`, every chart goes into the folder `path` as <chart id>.<format> (the folder
// is made if needed); else the first chart goes to the file `path`. Stops at the first chart
// that fails, naming it.
Status exportCharts(const QList<ChartView *> &charts, const ExportOptions &options,
                    const QString &path, bool allCharts);

// The commands; each returns what the status bar shows, and with no chart in front (null
// `current`) only says so.
// Asks for the options (the current chart or all of them) and exports; errors go to a message
// box over `parent` ("" then, and when cancelled).
QString exportWithDialog(ChartView *current, const QList<ChartView *> &all, QWidget *parent);
// The chart as it is on screen (no caption) on the clipboard.
QString copyToClipboard(ChartView *current);
// File > Export lesson: asks for PDF slides (a page per step), an A4 handout with the notes,
// or PNG or SVG files (one per step, into a folder) and exports `lesson` as the command line's
// export-lesson does; errors go to a message box over `parent` ("" then, and when cancelled).
QString exportLessonWithDialog(const Lesson &lesson, QWidget *parent);

} // namespace tce
