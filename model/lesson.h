#pragma once

#include "result.h"
#include "scenariobuilder.h"

#include <QList>
#include <QString>

namespace tce {

// A highlighted note on the chart, placed in fractions of the plot area (0,0 top left).
struct LessonAnnotation
{
    QString text;
    double x = 0.5;
    double y = 0.5;
};

// One step: a scenario change (on top of the lesson's start), the chart to show with its
// options, and a caption of one to three sentences.
struct LessonStep
{
    ScenarioChanges changes;
    QString chart;     // a chart id ("per-token", "token-runs", ...)
    QString metric;    // per-token chart: "flops", "bytes", "seconds" or "usd"; else empty
    int logScale = -1; // -1: leave as is, 0: linear, 1: logarithmic
    QString mix;       // workload charts: a built-in mix id
    QString caption;
    std::optional<LessonAnnotation> annotation;
};

struct Lesson
{
    QString id;
    QString title;
    QList<LessonStep> steps;
};

// resources/lessons/lessons.json (":/lessons/lessons.json" when built in); errors name the
// lesson, the step and the field.
Result<QList<Lesson>> loadLessons(const QString &path);
Result<QList<Lesson>> parseLessons(const QByteArray &bytes, const QString &displayName);
const QList<Lesson> &builtInLessons();

} // namespace tce
