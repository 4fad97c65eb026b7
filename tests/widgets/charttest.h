#pragma once

#include "catalog.h"
#include "chartregistry.h"
#include "chartview.h"
#include "evaluation.h"
#include "scenariobuilder.h"
#include "workload.h"

#include <QSize>
#include <QVector>

#include <memory>

class QCPGraph;

// Shared set-up of the chart tests: views built alone from the registry and fed an Evaluation
// built from a scenario, as the window would feed them, without a window.
namespace tce::test {

// Where the window and every command start (defaultServingScenario of the built-in catalog),
// with `changes` applied.
inline Scenario servingScenario(const ScenarioChanges &changes = {})
{
    const Catalog &catalog = Catalog::builtIn();
    return applyChanges(catalog, defaultServingScenario(catalog), changes).value();
}

// Its evaluation with the built-in catalog's list prices and, when `mixId` names a built-in
// mix, that mix's sampled requests (what the margin charts draw).
inline std::shared_ptr<const Evaluation> servingEvaluation(const ScenarioChanges &changes = {},
                                                           const QString &mixId = QString())
{
    const Catalog &catalog = Catalog::builtIn();
    WorkloadSettings settings;
    if (!mixId.isEmpty())
        settings.workload = std::make_shared<const Workload>(sampleMix(*catalog.findMix(mixId)));
    return Evaluation::build(servingScenario(changes), settings, catalog);
}

// A chart from the registry at `size`, fed `evaluation`, shown and drawn: its pixels are
// where they are on screen.
std::unique_ptr<ChartView> shownChart(const QString &id,
                                      std::shared_ptr<const Evaluation> evaluation,
                                      QSize size = QSize(1000, 420));

// A graph's keys and values, in order.
QVector<double> keys(const QCPGraph *graph);
QVector<double> values(const QCPGraph *graph);

} // namespace tce::test
