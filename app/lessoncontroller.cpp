#include "lessoncontroller.h"

#include "chartregistry.h"
#include "chartview.h"
#include "evaluation.h"
#include "lesson.h"
#include "lessonbar.h"
#include "lessonlibrary.h"
#include "scenariobuilder.h"
#include "scenariocontroller.h"
#include "translatedtexts.h"
#include "workloadcontroller.h"

#include <QTabWidget>

namespace tce {

LessonController::LessonController(const Catalog &catalog, const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_parts(parts)
{
    connect(m_parts.bar, &LessonBar::stepRequested, this, &LessonController::showStep);
    connect(m_parts.bar, &LessonBar::closeRequested, this, &LessonController::close);
    connect(m_parts.library, &LessonLibrary::changed, this, [this] {
        m_parts.bar->setLessons(m_parts.library->lessons());
        if (isOpen())
            showTexts(m_parts.bar->lessonIndex(), m_parts.bar->stepIndex());
    });
}

void LessonController::showStep(int lesson, int step)
{
    const LessonStep *found = m_parts.library->step(lesson, step);
    if (!found)
        return;
    // Every step is its own scenario (the default plus its changes, or a complete one): steps
    // can be shown in any order and always look the same.
    const auto scenario = lessonScenario(m_catalog, found->scenario);
    if (!scenario) {
        emit statusMessage(tr("Lesson step %1: %2").arg(step + 1).arg(scenario.error()));
        return;
    }
    emit modelNeeded(scenario->model);
    std::shared_ptr<const Evaluation> pinned;
    if (found->pinned) {
        const auto a = lessonScenario(m_catalog, *found->pinned);
        if (!a) {
            emit statusMessage(tr("Lesson step %1: pinned A: %2").arg(step + 1).arg(a.error()));
            return;
        }
        pinned = Evaluation::build(a.value(), m_parts.scenarios->workloadSettings(), m_catalog);
    }
    const QString title = shownLessonText(m_parts.library->lesson(lesson)->title);
    m_parts.scenarios->edit(scenario.value(), tr("%1, step %2").arg(title).arg(step + 1), false);
    if (!found->mix.isEmpty())
        m_parts.workloads->chooseMix(found->mix);
    const ChartEntry *entry = findChart(found->chart);
    for (ChartView *chart : m_parts.charts) {
        chart->setNote(QString(), 0, 0);
        if (!entry || chart->chartId() != entry->id)
            continue;
        if (!found->metric.isEmpty() && entry->lessonOptions.contains(QLatin1String("metric")))
            chart->setLessonOption(QStringLiteral("metric"), found->metric);
        if (found->logScale >= 0 && entry->lessonOptions.contains(QLatin1String("log")))
            chart->setLessonOption(QStringLiteral("log"), QString::number(found->logScale));
        m_parts.tabs->setCurrentWidget(chart);
    }
    // Lessons without an A leave the user's own pin alone; one a step pinned goes with it.
    if (pinned || m_pinnedByStep)
        emit pinRequested(pinned);
    m_pinnedByStep = pinned != nullptr;
    showTexts(lesson, step);
    m_parts.bar->setVisible(true);
    emit stepShown(lesson, step);
}

int LessonController::lessonIndex() const
{
    return isOpen() ? m_parts.bar->lessonIndex() : -1;
}

int LessonController::stepIndex() const
{
    return isOpen() ? m_parts.bar->stepIndex() : -1;
}

void LessonController::start()
{
    showStep(std::max(0, m_parts.bar->lessonIndex()), 0);
}

void LessonController::close()
{
    for (ChartView *chart : m_parts.charts)
        chart->setNote(QString(), 0, 0);
    m_parts.bar->setVisible(false);
    emit closed();
}

bool LessonController::isOpen() const
{
    return !m_parts.bar->isHidden();
}

void LessonController::retranslate()
{
    if (isOpen())
        showTexts(m_parts.bar->lessonIndex(), m_parts.bar->stepIndex());
}

void LessonController::showTexts(int lesson, int step)
{
    const LessonStep *found = m_parts.library->step(lesson, step);
    if (!found)
        return;
    m_parts.bar->showStep(lesson, step, shownLessonText(found->caption),
                          int(m_parts.library->lesson(lesson)->steps.size()));
    // Only the step's chart carries its note (an edited step may have lost its note).
    for (ChartView *chart : m_parts.charts) {
        if (found->annotation && chart->chartId() == found->chart)
            chart->setNote(shownLessonText(found->annotation->text), found->annotation->x,
                           found->annotation->y);
        else
            chart->setNote(QString(), 0, 0);
    }
}

} // namespace tce
