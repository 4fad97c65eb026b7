#pragma once

#include "helpwindow.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QTabWidget;
class QToolBar;
class QMenu;
class QLabel;

namespace tce {

class Catalog;
class Autosave;
class ChartView;
class ScenarioController;
class ScenarioPanel;
class SummaryStrip;
class WorkloadPanel;
class LessonBar;
class PresentationMode;
class SpeedStreamView;
struct PriceCatalog;
struct Scenario;

// Assembles the parts: the scenario dock, the summary strip, the chart tabs, the menus. Each
// part owns its job; the window only wires them (scenario -> model -> results -> views).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    ScenarioController *controller() const { return m_controller; }
    ScenarioPanel *scenarioPanel() const { return m_panel; }
    SummaryStrip *summary() const { return m_summary; }
    QTabWidget *chartTabs() const { return m_tabs; }
    const QList<ChartView *> &charts() const { return m_charts; }
    QString explanation() const;

    WorkloadPanel *workloadPanel() const { return m_workloadPanel; }
    // Reads a trace CSV as the workload; returns the error or "".
    QString importTrace(const QString &path);
    // Reads a price catalog (LiteLLM JSON or our CSV) whose entries can bill the workload;
    // returns the error or "".
    QString importPriceCatalog(const QString &path);
    // Imports a config.json as the current model; errors go to a message box.
    bool importConfig(const QString &path);
    // Opens a scenario file (an undoable edit). A bad file leaves the session untouched:
    // returns the error, or "" and any warnings (a newer version, unknown keys).
    QString openScenario(const QString &path, QStringList *warnings = nullptr);
    // Saves atomically; returns the error or "".
    QString saveScenario(const QString &path);
    ChartView *currentChart() const;
    // Opens a *.tce.json scenario, or imports any other JSON as a config.json; reports errors.
    bool openFile(const QString &path);
    // After a crash: offers to restore the scenario a dead instance autosaved. Returns true
    // when it was restored.
    bool offerRestore();
    Autosave *autosave() const { return m_autosave; }
    // The help window open now (guide, shortcuts or about), or null.
    HelpWindow *helpWindow() const { return m_help; }

    // Lessons: show step `step` of lesson `lesson` (its scenario, chart and caption).
    void showLessonStep(int lesson, int step);
    void closeLesson();
    // A/B: the current scenario becomes A, drawn dashed on every chart.
    void pinComparison();
    void clearComparison();
    LessonBar *lessonBar() const { return m_lessonBar; }
    // Presentation mode: full screen, large type and thick lines, only the chart and the
    // lesson; Esc leaves and restores the window as it was.
    void enterPresentation();
    void leavePresentation();
    bool presenting() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    // Every text the window sets itself, in the current language (menus are rebuilt).
    void retranslate();
    // A lesson step's caption and annotation in the current language.
    void showLessonTexts(int lessonIndex, int stepIndex);
    void showHelp();
    void showShortcuts();
    void openHelpPage(std::function<HelpWindow::Page()> page);
    void showEvaluation();
    void chooseConfigToImport();
    void showAbout();
    void chooseScenarioToOpen();
    bool openScenarioAndReport(const QString &path);
    bool saveScenarioAndReport(const QString &path);
    bool saveScenarioAs();
    void exportCurrentChart();
    void copyCurrentChart();
    void updateRecentFiles();
    void updateTitle();
    void chooseMix(const QString &mixId);
    void chooseTraceToImport();
    void applyWorkloadSettings();
    void choosePriceCatalogToImport();
    void chooseRevenuePrices(const QString &entryId);
    static Scenario startingScenario(const Catalog &catalog);

    const Catalog &m_catalog;
    ScenarioController *m_controller = nullptr;
    ScenarioPanel *m_panel = nullptr;
    SummaryStrip *m_summary = nullptr;
    WorkloadPanel *m_workloadPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_viewMenu = nullptr;
    QObject *m_actionOwner = nullptr; // parent of the actions outside menus (undo, groups)
    QToolBar *m_lessonToolbar = nullptr;
    QDockWidget *m_scenarioDock = nullptr;
    QDockWidget *m_explainDock = nullptr;
    bool m_retranslatePending = false;
    QPointer<HelpWindow> m_help;
    Autosave *m_autosave = nullptr;
    QMenu *m_recentMenu = nullptr;
    QString m_currentFile;
    LessonBar *m_lessonBar = nullptr;
    SpeedStreamView *m_speed = nullptr;
    QLabel *m_explain = nullptr;
    PresentationMode *m_presentation = nullptr;
    std::shared_ptr<const PriceCatalog> m_importedPrices;
    QList<ChartView *> m_charts;
};

} // namespace tce
