#pragma once

#include "chartexport.h"
#include "result.h"

#include <QSize>
#include <QStringList>

class QTextStream;

namespace tce {

struct Lesson;

// What an export of a lesson makes (export-lesson; File > Export lesson, which makes PDFs).
struct LessonExportOptions
{
    ExportFormat format = ExportFormat::Pdf; // Pdf, Png or Svg
    QSize pixelSize{1920, 1080};             // a slide's pixels; the shape of the PDF's pages
    bool handout = false;                    // A4 portrait, two steps a page (a PDF)
};

// The smallest slide the command line accepts, each way: below it the large type of a slide
// (its shorter side laid out as 720 logical pixels) is no longer legible.
inline constexpr int kMinSlidePixels = 240;

// Renders every step of `lesson` in the current language, as presentation mode shows it
// (large type, thick lines, black on white, whatever the window's theme) with the caption, the
// annotation and a footer naming the scenario and the step: one PDF at `path`, or with PNG and SVG
// one file per step in the folder `path` (01-<chart>.png, ...). Returns the files written; an error
// names the step or the file.
Result<QStringList> exportLesson(const Lesson &lesson, const LessonExportOptions &options,
                                 const QString &path);

// `token-cost-explorer export-lesson ...` (arguments after the command's name); the program
// runs it with the widgets (runChartCommand).
int runExportLessonCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace tce
