#pragma once

#include "result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QTransform>

#include <optional>

namespace tce {

class ChartView;
struct Scenario;

enum class ExportFormat
{
    Png,
    Jpeg,
    Svg,
    Pdf,
    Csv
};

std::optional<ExportFormat> exportFormatFromName(const QString &name); // "png", "jpg", "svg", ...
QString exportFormatName(ExportFormat format);                         // file suffix, lower case
QStringList exportFormatNames();

// What an export should look like. Every format is rendered by one function at a pixel
// size and a DPI: the DPI scales the chart (96 = as on a standard screen), so a 1920x1080
// slide at 144 DPI looks like a 1280x720 chart with large type. PDF pages measure
// size / DPI inches; SVG declares the same physical size.
// What renderChartFile() accepts; the command line checks options against the same limits.
inline constexpr int kMinExportPixels = 16;
inline constexpr int kMaxExportPixels = 20000;
inline constexpr double kMinExportDpi = 24;
inline constexpr double kMaxExportDpi = 2400;

struct ExportOptions
{
    ExportFormat format = ExportFormat::Png;
    QSize pixelSize{1920, 1080};
    double dpi = 144;
    bool caption = true; // the scenario, the program and the date under the chart
};

// Size presets of the export dialog and the command line: slides, reports, the screen.
struct SizePreset
{
    QString name;    // "1920x1080", "A4", ...
    QSize pixelSize; // at the preset's DPI; empty for "as on screen"
    double dpi = 96;
};
QList<SizePreset> sizePresets(); // the page presets are landscape at 300 DPI
// A DPI that keeps text readable: 96 up to 720 pixels high, proportionally more above.
double defaultDpiFor(const QSize &pixelSize);

// "Llama 3.1 8B · H100 SXM ×1 · bf16 weights, bf16 KV · I 2,048 · O 512 · batch 16 · ..."
// With `load` (the serving charts, which simulate it): also "25 clients" or "2 requests/s".
QString scenarioCaption(const Scenario &scenario, bool load = false);
// The caption for what `chart` draws: with the load when it draws the serving simulation.
QString scenarioCaption(const ChartView &chart);

// The chart with its title (and the caption) as an image of exactly options.pixelSize.
QImage renderChartImage(ChartView &chart, const ExportOptions &options);
// Lays the plot out as in an export of these options and returns what maps the plot's
// coordinates (its axis rect, its legend) to the export's pixels.
QTransform exportedPlotTransform(ChartView &chart, const ExportOptions &options);
// The chart's data (ChartView::table(): what the chart shows, in the units on its axes) as CSV
// text (RFC 4180 quoting; numbers in the C locale, the shortest text that reads back exactly).
QString chartCsv(ChartView &chart);

// The file's bytes for one chart in the format of `options`; an error for options out of
// range.
Result<QByteArray> renderChartFile(ChartView &chart, const ExportOptions &options);
// Writes atomically: fails with an error naming the file and the cause; a failed write
// leaves any previous file intact.
Status writeExportFile(const QString &path, const QByteArray &bytes);
// Both of the above.
Status exportChart(ChartView &chart, const ExportOptions &options, const QString &path);

// Lesson slides (export-lesson, File > Export lesson): a step's chart, drawn as it is set (the
// caller gives it presentation mode's large type and its annotation), with the step's texts.
struct Slide
{
    ChartView *chart = nullptr;
    QString caption;  // the step's caption, under the chart
    QString scenario; // what the step evaluates (scenarioCaption), in the footer
    QString position; // "Step 2 of 6": the footer's right end; the handout's heading
    QString notes;    // for the presenter: only the handout prints them; empty for none
};

// Slides are laid out on a screen whose shorter side is 900 logical pixels (a 1920x1080 slide
// at 115.2 DPI), whatever their pixel size: every size looks the same.
double slideDpiFor(const QSize &pixelSize);
// One slide as an image of exactly `pixelSize`, laid out as renderSlideFile() lays it out (the
// presenter view's preview of the next step).
QImage renderSlideImage(const Slide &slide, const QSize &pixelSize);
// One slide of exactly options.pixelSize: PNG, JPEG, SVG or a PDF of one page (options.caption
// is not used: the slide has its own texts).
Result<QByteArray> renderSlideFile(const Slide &slide, const ExportOptions &options);
// A PDF of one page per slide, each options.pixelSize / 144 inches (13.33 x 7.5 for 1920x1080,
// a widescreen slide's page).
Result<QByteArray> renderSlidesPdf(const QList<Slide> &slides, const ExportOptions &options,
                                   const QString &title);
// A handout: A4 portrait pages, two slides each (chart, caption, scenario, and the notes when a
// slide has them), in the charts' own type size.
Result<QByteArray> renderHandoutPdf(const QList<Slide> &slides, const QString &title);

} // namespace tce
