#include "lessoncheck.h"

#include "catalog.h"
#include "chartregistry.h"
#include "chartview.h"
#include "lesson.h"
#include "workload.h"

#include <algorithm>
#include <map>
#include <memory>

namespace tce {

namespace {

QString checkStep(const Catalog &catalog, const LessonStep &step,
                  std::map<QString, std::unique_ptr<ChartView>> &charts)
{
    const ChartEntry *entry = findChart(step.chart);
    if (!entry)
        return QStringLiteral("\"chart\" is \"%1\"; expected one of %2")
            .arg(step.chart.left(80), chartIds().join(QStringLiteral(", ")));
    auto &chart = charts[step.chart];
    if (!chart)
        chart = createChart(step.chart);
    auto option = [&](const QString &key, const QString &value) -> QString {
        if (!entry->lessonOptions.contains(key))
            return QStringLiteral("\"%1\" is set, but the %2 chart takes no %1")
                .arg(key, step.chart);
        if (key != QLatin1String("mix") && !chart->setLessonOption(key, value))
            return QStringLiteral("\"%1\" is \"%2\", which the %3 chart does not take")
                .arg(key, value.left(80), step.chart);
        return {};
    };
    QString error;
    if (!step.metric.isEmpty())
        error = option(QStringLiteral("metric"), step.metric);
    // A log setting on a chart without the toggle is left alone, as the window does.
    if (error.isEmpty() && step.logScale >= 0 &&
        entry->lessonOptions.contains(QLatin1String("log")))
        error = option(QStringLiteral("log"), QString::number(step.logScale));
    if (error.isEmpty() && !step.mix.isEmpty()) {
        error = option(QStringLiteral("mix"), step.mix);
        const bool known = std::any_of(catalog.mixes.begin(), catalog.mixes.end(),
                                       [&](const WorkloadMix &m) { return m.id == step.mix; });
        if (error.isEmpty() && !known) {
            QStringList ids;
            for (const WorkloadMix &m : catalog.mixes)
                ids << m.id;
            error = QStringLiteral("\"mix\" is \"%1\"; expected one of %2")
                        .arg(step.mix.left(80), ids.join(QStringLiteral(", ")));
        }
    }
    if (!error.isEmpty())
        return error;
    if (const auto shown = lessonScenario(catalog, step.scenario); !shown)
        return QStringLiteral("scenario: %1").arg(shown.error());
    if (step.pinned) {
        if (const auto pinned = lessonScenario(catalog, *step.pinned); !pinned)
            return QStringLiteral("pinned: %1").arg(pinned.error());
    }
    return {};
}

} // namespace

Status checkLessons(const Catalog &catalog, const QList<Lesson> &lessons,
                    const QString &displayName)
{
    std::map<QString, std::unique_ptr<ChartView>> charts; // one of each to try options on
    for (const Lesson &lesson : lessons) {
        for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
            const QString error = checkStep(catalog, lesson.steps[i], charts);
            if (!error.isEmpty())
                return Status::failure(QStringLiteral("%1: lesson \"%2\" step %3: %4")
                                           .arg(displayName, lesson.id)
                                           .arg(i + 1)
                                           .arg(error));
        }
    }
    return {};
}

} // namespace tce
