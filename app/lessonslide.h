#pragma once

#include "chartexport.h"
#include "result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <memory>

namespace tce {

class Catalog;
class ChartView;
struct Lesson;
struct Workload;

// The texts' translation context of a lesson's slides and their export (free functions).
class LessonExport
{
    Q_DECLARE_TR_FUNCTIONS(tce::LessonExport)
};

// Presentation mode's large type and thick lines: a slide looks like the projector's screen.
inline constexpr double kPresentationFontScale = 1.8;
inline constexpr double kPresentationLineScale = 2.0;

// One step of a lesson made ready for the slide renderer (chartexport.h) without the window:
// the step's chart with the step's scenario, mix, options and annotation, and the slide's texts.
// export-lesson makes one for every step; the presenter view one for the step after the shown.
struct LessonSlide
{
    std::unique_ptr<ChartView> chart;
    Slide slide; // slide.chart is chart.get()
};

// The workloads of the built-in mixes the steps name, each sampled once for every step that
// shows it.
using MixWorkloads = QMap<QString, std::shared_ptr<const Workload>>;

// Step `index` of `lesson` in the current language, its scenario built from `catalog`'s presets. On
// a slide the chart has presentation mode's type and lines; in a handout (`handout`) the window's
// type and lines. Colours are presentation mode's black on white whatever the window's theme. An
// error names the lesson, the step and the value.
Result<LessonSlide> prepareLessonSlide(const Catalog &catalog, const Lesson &lesson,
                                       qsizetype index, bool handout, MixWorkloads &workloads);

} // namespace tce
