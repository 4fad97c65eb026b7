#pragma once

#include "helpwindow.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QTabWidget;
class QToolBar;
class QUndoGroup;

namespace tce {

class Catalog;
struct EngineProfile;
class ChartTabs;
class ChartView;
class DocumentController;
class ExplainDock;
class LessonBar;
class LessonController;
class LessonLibrary;
class LessonEditor;
class Evaluation;
class PresentationMode;
class ScenarioController;
class ScenarioDock;
class ScenarioPanel;
class ServingController;
class SummaryStrip;
class WorkloadController;
class WorkloadPanel;

// Assembles the parts: the scenario dock, the summary strip, the chart tabs, the menus, and
// the controllers that own the jobs (the scenario and its undo history, the document, the
// workload, the lessons). The window only wires them (scenario -> model -> results -> views).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The window keeps its own copy of `presets`: profiles saved in the session join it.
    explicit MainWindow(const Catalog &presets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The presets every part of the window reads, this session's saved profiles included.
    const Catalog &catalog() const { return *m_catalog; }
    // A profile saved in this session (one of the same id is replaced): every part of the
    // window finds it from now on (lessons, scenario files, another calibration), and the
    // engine list shows it.
    void installEngine(const EngineProfile &profile);

    ScenarioController *controller() const { return m_controller; }
    DocumentController *documents() const { return m_documents; }
    WorkloadController *workloads() const { return m_workloads; }
    LessonController *lessons() const { return m_lessons; }
    LessonLibrary *lessonLibrary() const { return m_library; }
    LessonEditor *lessonEditor() const { return m_editor; }
    ServingController *serving() const { return m_serving; }

    ScenarioPanel *scenarioPanel() const { return m_panel; }
    WorkloadPanel *workloadPanel() const { return m_workloadPanel; }
    SummaryStrip *summary() const { return m_summary; }
    QTabWidget *chartTabs() const;
    const QList<ChartView *> &charts() const;
    ChartView *currentChart() const;
    LessonBar *lessonBar() const { return m_lessonBar; }
    // What the Explain dock shows: the formula behind the value pointed at, or a hint.
    QString explanation() const;
    // The help window open now (guide, shortcuts or about), or null.
    HelpWindow *helpWindow() const { return m_help; }

    // A scenario, a config.json or a lesson file: from the command line or a drop.
    bool openFile(const QString &path);

    // A/B: the current scenario becomes A, drawn dashed on every chart.
    void pinComparison();
    void clearComparison();
    void setComparison(std::shared_ptr<const tce::Evaluation> pinned); // null: none
    // Presentation mode: full screen, large type and thick lines, only the chart and the
    // lesson; Esc leaves and restores the window as it was.
    void enterPresentation();
    void leavePresentation();
    bool presenting() const;
    PresentationMode *presentation() const { return m_presentation; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createViewMenu();
    // Every text the window sets itself, in the current language (menus are rebuilt).
    void retranslate();
    void openHelpPage(std::function<HelpWindow::Page()> page);
    void showEvaluation();

    // The parts made in the constructor hold references to it (none reads it as it goes).
    const std::unique_ptr<Catalog> m_catalog;
    ScenarioController *m_controller = nullptr;
    DocumentController *m_documents = nullptr;
    WorkloadController *m_workloads = nullptr;
    LessonController *m_lessons = nullptr;
    LessonLibrary *m_library = nullptr;
    LessonEditor *m_editor = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    ServingController *m_serving = nullptr;
    ScenarioPanel *m_panel = nullptr;
    SummaryStrip *m_summary = nullptr;
    WorkloadPanel *m_workloadPanel = nullptr;
    ChartTabs *m_tabs = nullptr;
    QToolBar *m_lessonToolbar = nullptr;
    ScenarioDock *m_scenarioDock = nullptr;
    ExplainDock *m_explainDock = nullptr;
    bool m_retranslatePending = false;
    QPointer<HelpWindow> m_help;
    LessonBar *m_lessonBar = nullptr;
    PresentationMode *m_presentation = nullptr;
};

} // namespace tce
