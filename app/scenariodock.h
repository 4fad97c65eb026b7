#pragma once

#include <QDockWidget>

namespace tce {

class Catalog;
class ScenarioPanel;
class WorkloadPanel;

// The dock on the left: the scenario, then the workload the margin charts use, scrolling
// together when the window is short. Ctrl+D shows and hides it.
class ScenarioDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ScenarioDock(const Catalog &catalog, QWidget *parent = nullptr);

    ScenarioPanel *scenarioPanel() const { return m_scenario; }
    WorkloadPanel *workloadPanel() const { return m_workload; }

private:
    ScenarioPanel *m_scenario = nullptr;
    WorkloadPanel *m_workload = nullptr;
};

} // namespace tce
