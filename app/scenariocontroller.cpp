#include "scenariocontroller.h"

#include "catalog.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace tce {

namespace {

class ScenarioEditCommand : public QUndoCommand
{
public:
    ScenarioEditCommand(ScenarioController *controller, Scenario before, Scenario after,
                        const QString &text, int mergeId)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {}

    void undo() override { m_controller->setScenario(m_before); }
    void redo() override { m_controller->setScenario(m_after); }
    // Commands of one drag share an id; QUndoStack merges consecutive commands with equal ids.
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ScenarioEditCommand *>(other);
        if (next->m_mergeId != m_mergeId || next->text() != text())
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ScenarioController *m_controller;
    Scenario m_before;
    Scenario m_after;
    int m_mergeId;
};

} // namespace

ScenarioController::ScenarioController(const Catalog &catalog, const Scenario &initial,
                                       QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_scenario(initial)
    , m_undoStack(new QUndoStack(this))
{
    scheduleEvaluation();
}

ScenarioController::~ScenarioController() = default;

void ScenarioController::edit(const Scenario &next, const QString &description, bool dragging)
{
    // An edit that changes nothing is no step to undo (a lesson step shown again).
    if (next == m_scenario)
        return;
    // Non-drag edits get id -1 (never merged); a drag's edits share its session number.
    const int mergeId = dragging ? m_dragSession : -1;
    m_undoStack->push(new ScenarioEditCommand(this, m_scenario, next, description, mergeId));
    if (!dragging)
        ++m_dragSession;
}

void ScenarioController::endDrag()
{
    ++m_dragSession;
}

void ScenarioController::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    emit scenarioChanged(m_scenario);
    scheduleEvaluation();
}

void ScenarioController::setWorkloadSettings(const WorkloadSettings &settings)
{
    m_workloadSettings = settings;
    scheduleEvaluation();
}

void ScenarioController::scheduleEvaluation()
{
    if (m_evaluationPending)
        return;
    m_evaluationPending = true;
    QTimer::singleShot(0, this, &ScenarioController::evaluateNow);
}

void ScenarioController::flush()
{
    if (m_evaluationPending)
        evaluateNow();
}

void ScenarioController::evaluateNow()
{
    if (!m_evaluationPending)
        return;
    m_evaluationPending = false;
    QElapsedTimer timer;
    timer.start();
    // The last evaluation lends what the edit left alone (a length slider leaves the workload
    // charts' results as they were).
    m_evaluation = Evaluation::build(m_scenario, m_workloadSettings, m_catalog, m_evaluation.get());
    m_lastEvaluationMs = double(timer.nsecsElapsed()) / 1e6;
    ++m_evaluationCount;
    emit evaluated(m_evaluation);
}

} // namespace tce
