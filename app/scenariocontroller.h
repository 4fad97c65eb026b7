#pragma once

#include "evaluation.h"
#include "scenario.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace tce {

class Catalog;

// Owns the current scenario and its undo history. Every edit becomes an undo command (one
// slider drag is one command); every change schedules one evaluation for the next pass of
// the event loop, however many edits arrive before it.
class ScenarioController : public QObject
{
    Q_OBJECT
public:
    ScenarioController(const Catalog &catalog, const Scenario &initial, QObject *parent = nullptr);
    ~ScenarioController() override;

    const Scenario &scenario() const { return m_scenario; }
    QUndoStack *undoStack() const { return m_undoStack; }
    std::shared_ptr<const Evaluation> evaluation() const { return m_evaluation; }
    int evaluationCount() const { return m_evaluationCount; }
    double lastEvaluationMilliseconds() const { return m_lastEvaluationMs; }

    // A user's edit: undoable; consecutive edits of one drag merge into one step.
    void edit(const Scenario &next, const QString &description, bool dragging);
    void endDrag();
    // Replaces the scenario without an undo step (undo/redo themselves, opening a file).
    void setScenario(const Scenario &scenario);
    // Runs a pending evaluation now (tests, benchmarks, exports).
    void flush();
    // The request mix the workload charts evaluate, and the catalog entry that bills it (not
    // part of the undo history).
    void setWorkloadSettings(const WorkloadSettings &settings);
    const WorkloadSettings &workloadSettings() const { return m_workloadSettings; }

signals:
    void scenarioChanged(const tce::Scenario &scenario);
    void evaluated(std::shared_ptr<const tce::Evaluation> evaluation);

private:
    void scheduleEvaluation();
    void evaluateNow();

    const Catalog &m_catalog;
    Scenario m_scenario;
    WorkloadSettings m_workloadSettings;
    QUndoStack *m_undoStack = nullptr;
    std::shared_ptr<const Evaluation> m_evaluation;
    bool m_evaluationPending = false;
    int m_evaluationCount = 0;
    double m_lastEvaluationMs = 0;
    int m_dragSession = 1;
};

} // namespace tce
