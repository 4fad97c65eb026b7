#include "lessonslide.h"

#include "apptheme.h"
#include "catalog.h"
#include "chartregistry.h"
#include "chartview.h"
#include "evaluation.h"
#include "lesson.h"
#include "scenariobuilder.h"
#include "translatedtexts.h"
#include "workload.h"
#include "workloadcommand.h"

#include <QApplication>

namespace tce {

namespace {

QString stepName(const Lesson &lesson, qsizetype index)
{
    return QStringLiteral("lesson \"%1\" step %2").arg(lesson.id).arg(index + 1);
}

QString stepMix(const LessonStep &step)
{
    return step.mix.isEmpty() ? kDefaultMixId : step.mix;
}

// As the window shows a step (LessonController::showStep): the default scenario plus the
// step's changes.
Result<Scenario> stepScenario(const Catalog &catalog, const LessonStep &step)
{
    return lessonScenario(catalog, step.scenario);
}

// The step's chart with the step's options; an error names the option the chart lacks.
Result<std::unique_ptr<ChartView>> makeChart(const LessonStep &step)
{
    using R = Result<std::unique_ptr<ChartView>>;
    std::unique_ptr<ChartView> chart = createChart(step.chart);
    if (!chart)
        return R::failure(QStringLiteral("chart \"%1\" is not one of %2")
                              .arg(step.chart, chartIds().join(QStringLiteral(", "))));
    const QStringList &options = chart->entry()->lessonOptions;
    if (!step.metric.isEmpty() && (!options.contains(QLatin1String("metric")) ||
                                   !chart->setLessonOption(QStringLiteral("metric"), step.metric)))
        return R::failure(QStringLiteral("metric \"%1\" is not a metric of the %2 chart")
                              .arg(step.metric, step.chart));
    // A log setting on a chart without the toggle is left alone, as the window does.
    if (step.logScale >= 0 && options.contains(QLatin1String("log")))
        chart->setLessonOption(QStringLiteral("log"), QString::number(step.logScale));
    return R(std::move(chart));
}

} // namespace

Result<LessonSlide> prepareLessonSlide(const Catalog &catalog, const Lesson &lesson,
                                       qsizetype index, bool handout, MixWorkloads &workloads)
{
    using R = Result<LessonSlide>;
    const QString where = stepName(lesson, index);
    if (index < 0 || index >= lesson.steps.size())
        return R::failure(where + QStringLiteral(": no such step"));
    const LessonStep &step = lesson.steps[index];
    const auto scenario = stepScenario(catalog, step);
    if (!scenario)
        return R::failure(where + QStringLiteral(": ") + scenario.error());
    const QString mixId = stepMix(step);
    if (!workloads.contains(mixId)) {
        const WorkloadMix *mix = Catalog::builtIn().findMix(mixId);
        if (!mix)
            return R::failure(
                QStringLiteral("%1: mix \"%2\" is not a built-in mix").arg(where, mixId));
        workloads.insert(mixId, std::make_shared<const Workload>(sampleMix(*mix)));
    }
    auto chart = makeChart(step);
    if (!chart)
        return R::failure(where + QStringLiteral(": ") + chart.error());

    // On paper the charts keep the window's type; on a slide they have presentation mode's.
    QFont font = QApplication::font();
    if (!handout)
        font.setPointSizeF(font.pointSizeF() * kPresentationFontScale);
    ChartView *view = chart->get();
    // Presentation mode's colours, whatever the window's theme: black on white, which also
    // prints well.
    view->setPalette(highContrastPalette());
    view->setFont(font);
    view->setLineScale(handout ? 1.0 : kPresentationLineScale);
    if (step.annotation)
        view->setNote(shownLessonText(step.annotation->text), step.annotation->x,
                      step.annotation->y);
    WorkloadSettings settings;
    settings.workload = workloads.value(mixId);
    // A step's pinned scenario is its A, dashed beside the step's own, as in the window.
    if (step.pinned) {
        const auto pinned = lessonScenario(catalog, *step.pinned);
        if (!pinned)
            return R::failure(where + QStringLiteral(": pinned: ") + pinned.error());
        view->setReference(Evaluation::build(pinned.value(), settings, catalog));
    }
    view->setEvaluation(Evaluation::build(scenario.value(), settings, catalog));

    LessonSlide prepared;
    prepared.slide.chart = view;
    prepared.slide.caption = shownLessonText(step.caption);
    prepared.slide.scenario = scenarioCaption(*view);
    if (!step.notes.isEmpty()) // the handout prints them; slides and the audience never do
        prepared.slide.notes = shownLessonText(step.notes);
    prepared.slide.position =
        LessonExport::tr("Step %1 of %2").arg(index + 1).arg(lesson.steps.size());
    prepared.chart = std::move(chart.value());
    return R(std::move(prepared));
}

} // namespace tce
