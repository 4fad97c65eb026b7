#include "mainwindow.h"

#include "calibrationcontroller.h"
#include "catalog.h"
#include "charttabs.h"
#include "chartview.h"
#include "documentcontroller.h"
#include "evaluation.h"
#include "explaindock.h"
#include "exportactions.h"
#include "lesson.h"
#include "lessonbar.h"
#include "lessoncontroller.h"
#include "lessoneditor.h"
#include "lessoneditordock.h"
#include "lessonlibrary.h"
#include "presentationmode.h"
#include "scenariocontroller.h"
#include "scenariodock.h"
#include "scenariopanel.h"
#include "scenariowarnings.h"
#include "servingcontroller.h"
#include "settings.h"
#include "settingsmenus.h"
#include "summarystrip.h"
#include "workloadcontroller.h"
#include "workloadpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMenuBar>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tce {

MainWindow::MainWindow(const Catalog &presets, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(std::make_unique<Catalog>(presets))
{
    const Catalog &catalog = *m_catalog;
    setAcceptDrops(true);
    m_controller =
        new ScenarioController(catalog, DocumentController::startingScenario(catalog), this);
    m_documents = new DocumentController(catalog, m_controller, this);

    m_scenarioDock = new ScenarioDock(catalog, this);
    m_panel = m_scenarioDock->scenarioPanel();
    m_workloadPanel = m_scenarioDock->workloadPanel();
    addDockWidget(Qt::LeftDockWidgetArea, m_scenarioDock);

    // Summary above the charts.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new SummaryStrip(central);
    layout->addWidget(m_summary);
    m_library = new LessonLibrary(this);
    m_lessonBar = new LessonBar(m_library->lessons(), central);
    m_lessonBar->setVisible(false);
    layout->addWidget(m_lessonBar);
    m_tabs = new ChartTabs(central);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_explainDock = new ExplainDock(m_tabs->charts(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_explainDock);

    m_workloads = new WorkloadController(catalog, m_controller, m_workloadPanel, this);
    m_lessons = new LessonController(
        catalog, {m_library, m_controller, m_workloads, m_lessonBar, m_tabs, m_tabs->charts()},
        this);
    m_presentation = new PresentationMode(
        {this, m_summary, m_tabs, m_lessonBar, m_tabs->charts(), m_library, m_lessons, &catalog},
        this);
    m_serving = new ServingController({m_controller, m_tabs->charts(), m_summary}, this);
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_controller->undoStack());
    m_undoGroup->setActiveStack(m_controller->undoStack());
    m_editor = new LessonEditor(
        catalog, {this, m_library, m_lessons, m_controller, m_undoGroup, m_tabs}, this);
    addDockWidget(Qt::RightDockWidgetArea, m_editor->dock());
    retranslate();

    QStatusBar *status = statusBar();
    const auto showStatus = [status](const QString &text) {
        status->showMessage(text);
    };
    for (ChartView *chart : m_tabs->charts())
        connect(chart, &ChartView::statusMessage, status, showStatus);
    connect(m_documents, &DocumentController::statusMessage, status, showStatus);
    connect(m_workloads, &WorkloadController::statusMessage, status, showStatus);
    connect(m_lessons, &LessonController::statusMessage, status, showStatus);
    connect(m_editor, &LessonEditor::statusMessage, status, showStatus);
    connect(m_documents, &DocumentController::modelNeeded, m_panel, &ScenarioPanel::addModel);
    connect(m_lessons, &LessonController::modelNeeded, m_panel, &ScenarioPanel::addModel);
    connect(m_lessons, &LessonController::pinRequested, this, &MainWindow::setComparison);
    connect(m_panel, &ScenarioPanel::scenarioEdited, m_controller, &ScenarioController::edit);
    connect(m_panel, &ScenarioPanel::dragFinished, m_controller, &ScenarioController::endDrag);
    connect(m_panel, &ScenarioPanel::importConfigRequested, m_documents,
            &DocumentController::chooseConfigToImport);
    connect(m_controller, &ScenarioController::scenarioChanged, m_panel,
            &ScenarioPanel::setScenario);
    connect(m_controller, &ScenarioController::evaluated, this, &MainWindow::showEvaluation);
    // An explanation holds the numbers of one chart and one evaluation: it goes with either.
    connect(m_tabs, &QTabWidget::currentChanged, m_explainDock, &ExplainDock::showHint);
    m_panel->setScenario(m_controller->scenario());

    // 1600x1000 where the screen allows; never larger than the screen.
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(QSize(1600, 1000).boundedTo(available * 0.96));
    // The Explain dock starts as tall as a typical explanation (four lines: the per-token
    // FLOPs), not at half the free height; a size the user chose comes back with the state.
    resizeDocks({m_explainDock}, {m_explainDock->fontMetrics().lineSpacing() * 4 + 24},
                Qt::Vertical);
    restoreGeometry(settings::windowGeometry());
    restoreState(settings::windowState());
    m_tabs->setCurrentIndex(
        std::clamp(settings::currentChart(), 0, int(m_tabs->charts().size()) - 1));
}

MainWindow::~MainWindow()
{
    // The children outlive this destructor's body: the undo stack, dying with the
    // controller, announces cleanChanged to listeners whose window is no longer one (UBSan:
    // the document's title set on a half-destroyed QMainWindow). Nothing listens from here on.
    m_controller->undoStack()->disconnect();
    m_controller->disconnect();
}

void MainWindow::installEngine(const EngineProfile &profile)
{
    m_catalog->engines.removeIf([&](const EngineProfile &e) { return e.id == profile.id; });
    m_catalog->engines.append(profile);
    m_panel->addEngine(profile);
}

void MainWindow::retranslate()
{
    m_documents->retranslate();
    m_scenarioDock->setWindowTitle(tr("Scenario"));
    m_scenarioDock->widget()->setAccessibleName(tr("Scenario"));
    statusBar()->showMessage(tr("Drag the sliders on the left; hover a chart for exact values."));
    createActions();
    m_lessons->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Menus are rebuilt after the event: the language may have been chosen from one of them.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_retranslatePending = false;
                retranslate();
                showEvaluation(); // values and units in the new language's number format
            },
            Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::createActions()
{
    // Built again when the language changes: the old menus and actions go first.
    for (QAction *action : menuBar()->actions()) {
        if (QMenu *menu = action->menu())
            menu->deleteLater();
    }
    menuBar()->clear();
    delete m_lessonToolbar;

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New scenario"), QKeySequence::New, m_documents,
                    &DocumentController::newScenario)
        ->setStatusTip(tr("Start again from the default scenario"));
    file->addAction(tr("&Open scenario…"), QKeySequence::Open, m_documents,
                    &DocumentController::chooseScenarioToOpen);
    m_documents->setRecentMenu(file->addMenu(tr("Open &recent")));
    file->addAction(tr("&Save scenario"), QKeySequence::Save, m_documents,
                    &DocumentController::saveCurrent);
    file->addAction(tr("Save scenario &as…"), QKeySequence::SaveAs, m_documents,
                    &DocumentController::saveAs);
    file->addSeparator();
    file->addAction(tr("&Import config.json…"), QKeySequence(Qt::CTRL | Qt::Key_I), m_documents,
                    &DocumentController::chooseConfigToImport)
        ->setStatusTip(tr("Read a model architecture from a Hugging Face config.json"));
    CalibrationController::addAction(file, this);
    file->addAction(tr("&Export chart…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    [this] {
                        statusBar()->showMessage(
                            exportWithDialog(currentChart(), m_tabs->charts(), this));
                    })
        ->setStatusTip(tr("Save the chart as PNG, JPEG, SVG, PDF or CSV; or every chart at once"));
    file->addAction(tr("&Copy chart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                    [this] { statusBar()->showMessage(copyToClipboard(currentChart())); })
        ->setStatusTip(tr("Copy the chart as an image, as it is on screen"));
    // The lesson in the bar (an opened or edited one too), else the first.
    file->addAction(tr("Export &lesson…"), this,
                    [this] {
                        const Lesson *lesson = m_library->lesson(m_lessonBar->lessonIndex());
                        statusBar()->showMessage(
                            exportLessonWithDialog(lesson ? *lesson : *m_library->lesson(0), this));
                    })
        ->setStatusTip(tr("Save the lesson as PDF slides, a handout, or PNG or SVG files"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addAction(tr("&Pin as A (compare)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                    &MainWindow::pinComparison)
        ->setStatusTip(
            tr("Keep the current scenario as A, drawn dashed on every chart while you change B"));
    edit->addAction(tr("C&lear A"), this, &MainWindow::clearComparison);

    createViewMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Contents"), QKeySequence::HelpContents, this,
                    [this] { openHelpPage(&HelpWindow::guidePage); });
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        openHelpPage([this] { return HelpWindow::shortcutsPage(menuBar()->actions()); });
    });
    help->addSeparator();
    help->addAction(tr("&About Token Cost Explorer"), this,
                    [this] { openHelpPage([this] { return HelpWindow::aboutPage(*m_catalog); }); });
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->charts().size(); ++i) {
        QAction *show =
            view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        // Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth chart.
        if (i < 10)
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
    view->addSeparator();
    addThemeMenu(view);
    addLanguageMenu(view);
    view->addSeparator();

    QAction *present = view->addAction(tr("&Presentation mode"), Qt::Key_F5, this, [this] {
        presenting() ? leavePresentation() : enterPresentation();
    });
    present->setStatusTip(
        tr("Full screen, large type, only the chart and the lesson (Esc leaves)"));
    view->addAction(m_presentation->createPresenterAction(view));
    m_presentation->addScreenMenu(view);
    m_lessonToolbar = addToolBar(tr("Lessons"));
    m_lessonToolbar->setObjectName(QStringLiteral("lessonToolbar"));
    m_lessonToolbar->addAction(present);
    m_lessonToolbar->addAction(tr("Lessons"), m_lessons, &LessonController::start);
    // A toolbar button shows no mnemonic; Qt drops "&" but not the "(&P)" Chinese and
    // Japanese texts carry.
    for (QAction *action : m_lessonToolbar->actions())
        action->setIconText(
            action->text().remove(QRegularExpression(QStringLiteral("\\(&\\w\\)|&"))).trimmed());

    m_editor->addActions(menuBar()->addMenu(tr("&Lessons")));

    view->addSeparator();
    view->addAction(m_explainDock->toggleViewAction());
    view->addAction(m_scenarioDock->toggleViewAction());
}

void MainWindow::showEvaluation()
{
    const auto evaluation = m_controller->evaluation();
    m_summary->setEvaluation(*evaluation);
    m_summary->setWarningTexts(scenarioWarningTexts(*evaluation));
    m_tabs->setEvaluation(evaluation);
    m_explainDock->setEngine(evaluation->scenario().serving.engine,
                             evaluation->scenario().hardware);
}

QString MainWindow::explanation() const
{
    return m_explainDock->text();
}

QTabWidget *MainWindow::chartTabs() const
{
    return m_tabs;
}

const QList<ChartView *> &MainWindow::charts() const
{
    return m_tabs->charts();
}

ChartView *MainWindow::currentChart() const
{
    return m_tabs->currentChart();
}

bool MainWindow::openFile(const QString &path)
{
    if (LessonEditor::isLessonFile(path))
        return m_editor->openAndReport(path);
    return m_documents->openFile(path);
}

void MainWindow::setComparison(std::shared_ptr<const Evaluation> pinned)
{
    for (ChartView *chart : m_tabs->charts())
        chart->setReference(pinned);
    m_summary->setReference(pinned);
}

void MainWindow::pinComparison()
{
    const auto pinned = m_controller->evaluation();
    setComparison(pinned);
    if (pinned)
        statusBar()->showMessage(
            tr("Pinned A: %1 on %2, %3 in / %4 out, batch %5: change the scenario to compare")
                .arg(pinned->scenario().model.name, pinned->scenario().hardware.name)
                .arg(pinned->scenario().inputTokens)
                .arg(pinned->scenario().outputTokens)
                .arg(pinned->scenario().serving.batch));
}

void MainWindow::clearComparison()
{
    setComparison(nullptr);
}

bool MainWindow::presenting() const
{
    return m_presentation->active();
}

void MainWindow::enterPresentation()
{
    m_presentation->enter();
}

void MainWindow::leavePresentation()
{
    m_presentation->leave();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (!m_presentation->handleKey(event->key()))
        QMainWindow::keyPressEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (DocumentController::canOpen(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (DocumentController::canOpen(event->mimeData()) &&
        openFile(event->mimeData()->urls().first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->maybeSave() || !m_documents->close()) {
        event->ignore();
        return;
    }
    settings::setWindowGeometry(saveGeometry());
    settings::setWindowState(saveState());
    settings::setCurrentChart(m_tabs->currentIndex());
    event->accept();
}

void MainWindow::openHelpPage(std::function<HelpWindow::Page()> page)
{
    if (m_help)
        m_help->close();
    m_help = new HelpWindow(std::move(page), this);
    m_help->setAttribute(Qt::WA_DeleteOnClose);
    m_help->show();
}

} // namespace tce
