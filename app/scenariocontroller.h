#pragma once

#include "scenario.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace tce {

struct Evaluation;
struct PriceEntry;
struct Workload;

// Owns the current scenario and its undo history. Every edit becomes an undo command (one
// slider drag is one command); every change schedules one evaluation for the next pass of
// the event loop, however many edits arrive before it.
class ScenarioController : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioController(const Scenario &initial, QObject *parent = nullptr);
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
    // The request mix the workload charts evaluate (not part of the undo history).
    void setWorkload(std::shared_ptr<const Workload> workload, bool largestBatchThatFits,
                     double targetMargin);
    // The catalog entry that bills the workload (null: the scenario's API prices).
    void setRevenuePrices(std::shared_ptr<const PriceEntry> prices);
    std::shared_ptr<const Workload> workload() const { return m_workload; }

signals:
    void scenarioChanged(const tce::Scenario &scenario);
    void evaluated(std::shared_ptr<const tce::Evaluation> evaluation);

private:
    void scheduleEvaluation();
    void evaluateNow();

    Scenario m_scenario;
    std::shared_ptr<const Workload> m_workload;
    bool m_largestBatch = false;
    double m_targetMargin = 0.3;
    std::shared_ptr<const PriceEntry> m_revenuePrices;
    QUndoStack *m_undoStack = nullptr;
    std::shared_ptr<const Evaluation> m_evaluation;
    bool m_evaluationPending = false;
    int m_evaluationCount = 0;
    double m_lastEvaluationMs = 0;
    int m_dragSession = 1;
};

} // namespace tce
