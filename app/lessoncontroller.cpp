#include "lessoncontroller.h"

#include "chartregistry.h"
#include "chartview.h"
#include "lesson.h"
#include "lessonbar.h"
#include "scenariobuilder.h"
#include "scenariocontroller.h"
#include "translatedtexts.h"
#include "workloadcontroller.h"

#include <QTabWidget>

namespace tce {

namespace {

const LessonStep *findStep(int lesson, int step)
{
    const QList<Lesson> &lessons = builtInLessons();
    if (lesson < 0 || lesson >= lessons.size() || step < 0 || step >= lessons[lesson].steps.size())
        return nullptr;
    return &lessons[lesson].steps[step];
}

} // namespace

LessonController::LessonController(const Catalog &catalog, const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_parts(parts)
{
    connect(m_parts.bar, &LessonBar::stepRequested, this, &LessonController::showStep);
    connect(m_parts.bar, &LessonBar::closeRequested, this, &LessonController::close);
}

void LessonController::showStep(int lesson, int step)
{
    const LessonStep *found = findStep(lesson, step);
    if (!found)
        return;
    // Every step is the default scenario plus the step's changes: steps can be shown in any
    // order and always look the same.
    const auto scenario = lessonScenario(m_catalog, found->scenario);
    if (!scenario) {
        emit statusMessage(tr("Lesson step %1: %2").arg(step + 1).arg(scenario.error()));
        return;
    }
    emit modelNeeded(scenario->model);
    const QString title = shownLessonText(builtInLessons()[lesson].title);
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
    showTexts(lesson, step);
    m_parts.bar->setVisible(true);
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
    const LessonStep *found = findStep(lesson, step);
    if (!found)
        return;
    m_parts.bar->showStep(lesson, step, shownLessonText(found->caption),
                          int(builtInLessons()[lesson].steps.size()));
    if (!found->annotation)
        return;
    for (ChartView *chart : m_parts.charts) {
        if (chart->chartId() == found->chart)
            chart->setNote(shownLessonText(found->annotation->text), found->annotation->x,
                           found->annotation->y);
    }
}

} // namespace tce
