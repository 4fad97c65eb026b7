#include "mainwindow.h"

#include "apptheme.h"
#include "autosave.h"
#include "catalog.h"
#include "chartexport.h"
#include "chartregistry.h"
#include "chartview.h"
#include "configimport.h"
#include "evaluation.h"
#include "exportdialog.h"
#include "helpwindow.h"
#include "languages.h"
#include "lesson.h"
#include "lessonbar.h"
#include "pertokencostview.h"
#include "presentationmode.h"
#include "pricecatalog.h"
#include "scenariobuilder.h"
#include "scenariocontroller.h"
#include "scenariofile.h"
#include "scenariopanel.h"
#include "settings.h"
#include "speedstreamview.h"
#include "summarystrip.h"
#include "translatedtexts.h"
#include "workload.h"
#include "workloadpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tce {

Scenario MainWindow::startingScenario(const Catalog &catalog)
{
    // The last scenario, if it still reads; else the default story: Llama-3.1-8B in bf16 on
    // one H100 SXM, batch 16, 2,048 in and 512 out, served by vLLM.
    const QByteArray saved = settings::lastScenario();
    if (!saved.isEmpty()) {
        const auto loaded =
            scenarioFromJson(QJsonDocument::fromJson(saved).object(), QStringLiteral("settings"));
        if (loaded)
            return loaded->scenario;
    }
    return defaultServingScenario(catalog);
}

MainWindow::MainWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Token Cost Explorer"));
    setAcceptDrops(true);
    m_controller = new ScenarioController(catalog, startingScenario(catalog), this);
    m_autosave = new Autosave(Autosave::defaultFolder(), this);
    connect(m_controller, &ScenarioController::scenarioChanged, m_autosave,
            &Autosave::scenarioChanged);
    connect(m_autosave, &Autosave::saveFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error));
    });

    // The scenario dock: the scenario, then the workload the margin charts use.
    m_panel = new ScenarioPanel(catalog);
    m_workloadPanel = new WorkloadPanel(catalog);
    auto *dockContents = new QWidget;
    auto *dockLayout = new QVBoxLayout(dockContents);
    dockLayout->setContentsMargins(0, 0, 0, 0);
    dockLayout->setSpacing(0);
    dockLayout->addWidget(m_panel);
    dockLayout->addWidget(m_workloadPanel);
    dockLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(dockContents);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_panel->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width() + 8);
    auto *dock = new QDockWidget(this);
    m_scenarioDock = dock;
    dock->setObjectName(QStringLiteral("scenarioDock"));
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    // Summary above the charts.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new SummaryStrip(central);
    layout->addWidget(m_summary);
    m_lessonBar = new LessonBar(builtInLessons(), central);
    m_lessonBar->setVisible(false);
    layout->addWidget(m_lessonBar);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    for (const QString &id : chartIds()) {
        ChartView *chart = createChart(id).release();
        m_charts << chart;
        m_tabs->addTab(chart, QString());
        connect(chart, &ChartView::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text); });
    }
    m_speed = new SpeedStreamView;
    m_tabs->addTab(m_speed, QString());
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    // "Explain this": the formula behind what the mouse points at.
    m_explain = new QLabel;
    m_explain->setWordWrap(true);
    m_explain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explain->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explain->setMargin(8);
    auto *explainDock = new QDockWidget(this);
    m_explainDock = explainDock;
    explainDock->setObjectName(QStringLiteral("explainDock"));
    explainDock->setWidget(m_explain);
    addDockWidget(Qt::BottomDockWidgetArea, explainDock);
    for (ChartView *chart : m_charts)
        connect(chart, &ChartView::explanationChanged, m_explain, &QLabel::setText);

    m_presentation = new PresentationMode({this, m_summary, m_tabs, m_lessonBar, m_charts}, this);
    connect(m_presentation, &PresentationMode::lessonNeeded, this,
            [this] { showLessonStep(0, 0); });

    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    retranslate();

    connect(m_panel, &ScenarioPanel::scenarioEdited, m_controller, &ScenarioController::edit);
    connect(m_panel, &ScenarioPanel::dragFinished, m_controller, &ScenarioController::endDrag);
    connect(m_panel, &ScenarioPanel::importConfigRequested, this,
            &MainWindow::chooseConfigToImport);
    connect(m_workloadPanel, &WorkloadPanel::mixChosen, this, &MainWindow::chooseMix);
    connect(m_workloadPanel, &WorkloadPanel::importTraceRequested, this,
            &MainWindow::chooseTraceToImport);
    connect(m_workloadPanel, &WorkloadPanel::settingsChanged, this,
            &MainWindow::applyWorkloadSettings);
    connect(m_workloadPanel, &WorkloadPanel::importPricesRequested, this,
            &MainWindow::choosePriceCatalogToImport);
    connect(m_workloadPanel, &WorkloadPanel::revenuePricesChosen, this,
            &MainWindow::chooseRevenuePrices);
    chooseMix(m_workloadPanel->currentMixId());
    connect(m_controller, &ScenarioController::scenarioChanged, m_panel,
            &ScenarioPanel::setScenario);
    connect(m_controller, &ScenarioController::evaluated, this, &MainWindow::showEvaluation);
    connect(m_controller->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_lessonBar, &LessonBar::stepRequested, this, &MainWindow::showLessonStep);
    connect(m_lessonBar, &LessonBar::closeRequested, this, &MainWindow::closeLesson);
    m_panel->setScenario(m_controller->scenario());

    // 1600x1000 where the screen allows; never larger than the screen.
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(QSize(1600, 1000).boundedTo(available * 0.96));
    restoreGeometry(settings::windowGeometry());
    restoreState(settings::windowState());
    m_tabs->setCurrentIndex(std::clamp(settings::currentChart(), 0, int(m_charts.size()) - 1));
}

MainWindow::~MainWindow()
{
    // The children outlive this destructor's body: the undo stack, dying with the
    // controller, announces cleanChanged to a window that is no longer one (UBSan: a call
    // through a MainWindow slot on a QWidget). Nothing of the window listens from here on.
    m_controller->undoStack()->disconnect(this);
    m_controller->disconnect(this);
}

void MainWindow::retranslate()
{
    updateTitle();
    m_scenarioDock->setWindowTitle(tr("Scenario"));
    m_explainDock->setWindowTitle(tr("Explain this"));
    for (int i = 0; i < m_charts.size(); ++i) {
        m_tabs->setTabText(i, m_charts[i]->shortTitle());
        m_tabs->setTabToolTip(i, m_charts[i]->title());
        m_charts[i]->setAccessibleName(m_charts[i]->title());
        m_charts[i]->setAccessibleDescription(
            tr("A chart. The Explain this panel reads out the value under the mouse; File > "
               "Export chart saves its data as CSV."));
    }
    m_tabs->setAccessibleName(tr("Charts"));
    m_scenarioDock->widget()->setAccessibleName(tr("Scenario"));
    const int speed = m_tabs->indexOf(m_speed);
    m_tabs->setTabText(speed, tr("Feel the speed"));
    m_tabs->setTabToolTip(
        speed, tr("The prompt at the prefill rate beside the output at the decode rate"));
    m_explain->setText(tr(
        "Point at a chart: the formula behind the value appears here, with the numbers put in."));
    statusBar()->showMessage(tr("Drag the sliders on the left; hover a chart for exact values."));
    createActions();
    if (m_lessonBar->isVisible())
        showLessonTexts(m_lessonBar->lessonIndex(), m_lessonBar->stepIndex());
}

void MainWindow::showLessonTexts(int lessonIndex, int stepIndex)
{
    // Only the words: the scenario stays as the user may have changed it since.
    const QList<Lesson> &lessons = builtInLessons();
    if (lessonIndex < 0 || lessonIndex >= lessons.size() || stepIndex < 0 ||
        stepIndex >= lessons[lessonIndex].steps.size())
        return;
    const LessonStep &step = lessons[lessonIndex].steps[stepIndex];
    m_lessonBar->showStep(lessonIndex, stepIndex, translatedDataText("Lesson", step.caption),
                          int(lessons[lessonIndex].steps.size()));
    for (ChartView *chart : m_charts) {
        if (chart->chartId() == step.chart && step.annotation)
            chart->setNote(translatedDataText("Lesson", step.annotation->text), step.annotation->x,
                           step.annotation->y);
    }
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
    delete m_actionOwner;
    m_actionOwner = new QObject(this);
    delete m_lessonToolbar;

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open scenario…"), this, &MainWindow::chooseScenarioToOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    QAction *save = file->addAction(tr("&Save scenario"), this, [this] {
        if (m_currentFile.isEmpty())
            saveScenarioAs();
        else
            saveScenarioAndReport(m_currentFile);
    });
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save scenario &as…"), this, &MainWindow::saveScenarioAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *import =
        file->addAction(tr("&Import config.json…"), this, &MainWindow::chooseConfigToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Read a model architecture from a Hugging Face config.json"));
    QAction *exportChartAction =
        file->addAction(tr("&Export chart…"), this, &MainWindow::exportCurrentChart);
    exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChartAction->setStatusTip(
        tr("Save the chart as PNG, JPEG, SVG, PDF or CSV; or every chart at once"));
    QAction *copy = file->addAction(tr("&Copy chart"), this, &MainWindow::copyCurrentChart);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setStatusTip(tr("Copy the chart as an image, as it is on screen"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    updateRecentFiles();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_controller->undoStack()->createUndoAction(m_actionOwner, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_controller->undoStack()->createRedoAction(m_actionOwner, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *pin = edit->addAction(tr("&Pin as A (compare)"), this, &MainWindow::pinComparison);
    pin->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    pin->setStatusTip(
        tr("Keep the current scenario as A, drawn dashed on every chart while you change B"));
    edit->addAction(tr("C&lear A"), this, &MainWindow::clearComparison);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_charts.size(); ++i) {
        QAction *show = m_viewMenu->addAction(m_tabs->tabText(i), this,
                                              [this, i] { m_tabs->setCurrentIndex(i); });
        // Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth chart.
        if (i < 10)
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }
    m_viewMenu->addSeparator();
    QMenu *themes = m_viewMenu->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(m_actionOwner);
    const AppTheme current = themeFromKey(settings::theme());
    for (const auto &[theme, label] :
         {std::pair{AppTheme::System, tr("&System")}, std::pair{AppTheme::Light, tr("&Light")},
          std::pair{AppTheme::Dark, tr("&Dark")}}) {
        QAction *action = themes->addAction(label, this, [theme] {
            applyTheme(theme);
            settings::setTheme(themeKey(theme));
        });
        action->setCheckable(true);
        action->setChecked(theme == current);
        themeGroup->addAction(action);
    }
    QMenu *languages = m_viewMenu->addMenu(tr("L&anguage"));
    auto *languageGroup = new QActionGroup(m_actionOwner);
    const QString chosenLanguage = settings::language();
    QList<std::pair<QString, QString>> languageChoices{{QString(), tr("&System default")}};
    for (const Language &language : availableLanguages())
        languageChoices.append({language.code, language.nativeName});
    for (const auto &[code, label] : languageChoices) {
        QAction *action = languages->addAction(label, this, [code] {
            settings::setLanguage(code);
            applyLanguage(code);
        });
        action->setCheckable(true);
        action->setChecked(code == chosenLanguage);
        languageGroup->addAction(action);
    }
    m_viewMenu->addSeparator();

    QAction *present = m_viewMenu->addAction(tr("&Presentation mode"), this, [this] {
        presenting() ? leavePresentation() : enterPresentation();
    });
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setStatusTip(
        tr("Full screen, large type, only the chart and the lesson (Esc leaves)"));
    QMenu *presentOn = m_viewMenu->addMenu(tr("Present &on"));
    connect(presentOn, &QMenu::aboutToShow, this, [this, presentOn] {
        presentOn->clear();
        const QList<QScreen *> screens = QGuiApplication::screens();
        for (int i = 0; i < screens.size(); ++i) {
            QAction *a =
                presentOn->addAction(tr("%1 (%2×%3)")
                                         .arg(screens[i]->name())
                                         .arg(screens[i]->size().width())
                                         .arg(screens[i]->size().height()),
                                     this, [this, i] { m_presentation->setScreenIndex(i); });
            a->setCheckable(true);
            const int chosen = m_presentation->screenIndex();
            a->setChecked(i == chosen || (chosen < 0 && screens[i] == screen()));
        }
    });
    QToolBar *toolbar = addToolBar(tr("Lessons"));
    m_lessonToolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("lessonToolbar"));
    toolbar->addAction(present);
    toolbar->addAction(tr("Lessons"), this,
                       [this] { showLessonStep(std::max(0, m_lessonBar->lessonIndex()), 0); });
    // A toolbar button shows no mnemonic; Qt drops "&" but not the "(&P)" Chinese and
    // Japanese texts carry.
    for (QAction *action : toolbar->actions())
        action->setIconText(
            action->text().remove(QRegularExpression(QStringLiteral("\\(&\\w\\)|&"))).trimmed());

    QMenu *lessons = menuBar()->addMenu(tr("&Lessons"));
    for (int i = 0; i < builtInLessons().size(); ++i)
        lessons->addAction(translatedDataText("Lesson", builtInLessons()[i].title), this,
                           [this, i] { showLessonStep(i, 0); });

    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_explainDock->toggleViewAction());
    m_viewMenu->addAction(m_scenarioDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *contents = help->addAction(tr("&Contents"), this, &MainWindow::showHelp);
    contents->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About Token Cost Explorer"), this, &MainWindow::showAbout);
}

void MainWindow::showEvaluation()
{
    const auto evaluation = m_controller->evaluation();
    m_summary->setEvaluation(*evaluation);
    // Every view gets the result; only the visible one draws now, the others when shown.
    for (ChartView *chart : m_charts)
        chart->setEvaluation(evaluation);
    m_speed->setEvaluation(evaluation);
}

bool MainWindow::importConfig(const QString &path)
{
    const auto imported = importHuggingFaceConfigFile(path);
    if (!imported) {
        QMessageBox::warning(this, tr("Import config.json"),
                             tr("Could not import the model.\n\n%1").arg(imported.error()));
        return false;
    }
    m_panel->addModel(imported->spec);
    Scenario next = m_controller->scenario();
    next.model = imported->spec;
    m_controller->edit(next, tr("Import %1").arg(imported->spec.name), false);
    statusBar()->showMessage(
        imported->warnings.isEmpty()
            ? tr("Imported %1 from %2").arg(imported->spec.name, QFileInfo(path).fileName())
            : tr("Imported %1; note: %2")
                  .arg(imported->spec.name, imported->warnings.join(QStringLiteral("; "))));
    return true;
}

void MainWindow::chooseMix(const QString &mixId)
{
    // 10,000 requests: stable percentiles, a few milliseconds to evaluate.
    if (const WorkloadMix *mix = m_catalog.findMix(mixId)) {
        WorkloadSettings settings = m_controller->workloadSettings();
        settings.workload = std::make_shared<const Workload>(sampleMix(*mix));
        m_controller->setWorkloadSettings(settings);
        applyWorkloadSettings();
    }
}

void MainWindow::applyWorkloadSettings()
{
    WorkloadSettings settings = m_controller->workloadSettings();
    settings.largestBatchThatFits = m_workloadPanel->largestBatchThatFits();
    settings.targetMargin = m_workloadPanel->targetMargin();
    m_controller->setWorkloadSettings(settings);
}

QString MainWindow::importTrace(const QString &path)
{
    const auto trace = importTraceCsv(path);
    if (!trace)
        return trace.error();
    m_workloadPanel->showTrace(trace->name);
    WorkloadSettings settings = m_controller->workloadSettings();
    settings.workload = std::make_shared<const Workload>(trace.value());
    m_controller->setWorkloadSettings(settings);
    applyWorkloadSettings();
    statusBar()->showMessage(
        tr("Imported %1 requests from %2").arg(trace->size()).arg(QFileInfo(path).fileName()));
    return {};
}

QString MainWindow::importPriceCatalog(const QString &path)
{
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const auto catalog = csv ? importPriceCsv(path) : importLiteLlmPrices(path);
    if (!catalog)
        return catalog.error();
    m_importedPrices = std::make_shared<const PriceCatalog>(catalog.value());
    QStringList ids;
    for (const PriceEntry &entry : m_importedPrices->entries)
        ids << entry.id;
    m_workloadPanel->setPriceEntries(ids, QFileInfo(path).fileName());
    statusBar()->showMessage(
        tr("Imported %1 prices from %2").arg(ids.size()).arg(QFileInfo(path).fileName()));
    return {};
}

void MainWindow::choosePriceCatalogToImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a price catalog"), settings::lastFolder(),
                                     tr("Price catalogs (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = importPriceCatalog(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Import price catalog"),
                             tr("Could not import the price catalog.\n\n%1").arg(error));
}

void MainWindow::chooseRevenuePrices(const QString &entryId)
{
    const PriceEntry *entry = m_importedPrices ? m_importedPrices->find(entryId) : nullptr;
    WorkloadSettings settings = m_controller->workloadSettings();
    settings.revenuePrices = entry ? std::make_shared<const PriceEntry>(*entry) : nullptr;
    m_controller->setWorkloadSettings(settings);
}

void MainWindow::chooseTraceToImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a request trace"), settings::lastFolder(),
                                     tr("Trace CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = importTrace(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Import trace"),
                             tr("Could not import the trace.\n\n%1").arg(error));
}

void MainWindow::showLessonStep(int lessonIndex, int stepIndex)
{
    const QList<Lesson> &lessons = builtInLessons();
    if (lessonIndex < 0 || lessonIndex >= lessons.size())
        return;
    const Lesson &lesson = lessons[lessonIndex];
    if (stepIndex < 0 || stepIndex >= lesson.steps.size())
        return;
    const LessonStep &step = lesson.steps[stepIndex];
    // Every step is the window's default scenario plus the step's changes: steps can be
    // shown in any order and always look the same.
    const auto scenario = applyChanges(m_catalog, defaultServingScenario(m_catalog), step.changes);
    if (!scenario) {
        statusBar()->showMessage(tr("Lesson step %1: %2").arg(stepIndex + 1).arg(scenario.error()));
        return;
    }
    m_panel->addModel(scenario->model);
    const QString title = translatedDataText("Lesson", lesson.title);
    m_controller->edit(scenario.value(), tr("%1, step %2").arg(title).arg(stepIndex + 1), false);
    if (!step.mix.isEmpty()) {
        const int index = m_workloadPanel->mixBox()->findData(step.mix);
        if (index >= 0)
            m_workloadPanel->mixBox()->setCurrentIndex(index);
        chooseMix(step.mix);
    }
    for (ChartView *chart : m_charts) {
        chart->setNote(QString(), 0, 0);
        if (chart->chartId() != step.chart)
            continue;
        if (!step.metric.isEmpty())
            chart->setLessonOption(QStringLiteral("metric"), step.metric);
        if (step.logScale >= 0)
            chart->setLessonOption(QStringLiteral("log"), QString::number(step.logScale));
        m_tabs->setCurrentWidget(chart);
    }
    showLessonTexts(lessonIndex, stepIndex);
    m_lessonBar->setVisible(true);
}

void MainWindow::closeLesson()
{
    for (ChartView *chart : m_charts)
        chart->setNote(QString(), 0, 0);
    m_lessonBar->setVisible(false);
    if (presenting())
        leavePresentation();
}

void MainWindow::pinComparison()
{
    const auto pinned = m_controller->evaluation();
    for (ChartView *chart : m_charts)
        chart->setReference(pinned);
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
    for (ChartView *chart : m_charts)
        chart->setReference(nullptr);
}

QString MainWindow::explanation() const
{
    return m_explain->text();
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

ChartView *MainWindow::currentChart() const
{
    return m_charts.value(m_tabs->currentIndex());
}

QString MainWindow::openScenario(const QString &path, QStringList *warnings)
{
    const auto loaded = readScenarioFile(path);
    if (!loaded)
        return loaded.error();
    if (warnings)
        *warnings = loaded->warnings;
    m_panel->addModel(loaded->scenario.model);
    m_controller->edit(loaded->scenario, tr("Open %1").arg(QFileInfo(path).fileName()), false);
    m_controller->undoStack()->setClean();
    m_currentFile = path;
    settings::addRecentFile(QFileInfo(path).absoluteFilePath());
    settings::setLastFolder(QFileInfo(path).absolutePath());
    updateRecentFiles();
    updateTitle();
    return {};
}

QString MainWindow::saveScenario(const QString &path)
{
    const Status written = writeScenarioFile(path, m_controller->scenario());
    if (!written)
        return written.error();
    m_currentFile = path;
    m_controller->undoStack()->setClean();
    settings::addRecentFile(QFileInfo(path).absoluteFilePath());
    settings::setLastFolder(QFileInfo(path).absolutePath());
    updateRecentFiles();
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

bool MainWindow::openScenarioAndReport(const QString &path)
{
    QStringList warnings;
    const QString error = openScenario(path, &warnings);
    if (!error.isEmpty()) {
        QMessageBox::warning(
            this, tr("Open scenario"),
            tr("Could not open the scenario; nothing was changed.\n\n%1").arg(error));
        return false;
    }
    if (!warnings.isEmpty())
        QMessageBox::information(
            this, tr("Open scenario"),
            tr("Opened with these notes:\n\n%1").arg(warnings.join(QLatin1Char('\n'))));
    return true;
}

bool MainWindow::saveScenarioAndReport(const QString &path)
{
    const QString error = saveScenario(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save scenario"),
                             tr("Could not save the scenario.\n\n%1").arg(error));
    return error.isEmpty();
}

void MainWindow::chooseScenarioToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open scenario"), settings::lastFolder(),
                                     tr("Scenarios (*.tce.json);;All files (*)"));
    if (!path.isEmpty())
        openScenarioAndReport(path);
}

bool MainWindow::saveScenarioAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), settings::lastFolder(),
                                                tr("Scenarios (*.tce.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".tce.json")))
        path += QStringLiteral(".tce.json");
    return saveScenarioAndReport(path);
}

void MainWindow::updateRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles();
    for (const QString &path : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openScenarioAndReport(path); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle()
{
    setWindowTitle(
        m_currentFile.isEmpty()
            ? tr("Token Cost Explorer") + QStringLiteral("[*]")
            : tr("%1[*] — Token Cost Explorer").arg(QFileInfo(m_currentFile).fileName()));
    setWindowModified(!m_controller->undoStack()->isClean());
}

void MainWindow::exportCurrentChart()
{
    ChartView *chart = currentChart();
    if (!chart) {
        statusBar()->showMessage(tr("Choose a chart to export or copy"));
        return;
    }
    const QString folder =
        settings::lastFolder().isEmpty() ? QDir::homePath() : settings::lastFolder();
    ExportDialog dialog(chart->title(), chart->size(),
                        QDir(folder).filePath(chart->chartId() + QStringLiteral(".png")), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportOptions options = dialog.options();
    QStringList written;
    const QList<ChartView *> charts = dialog.allCharts() ? m_charts : QList<ChartView *>{chart};
    if (dialog.allCharts() && !QDir().mkpath(dialog.path())) {
        QMessageBox::warning(this, tr("Export"),
                             tr("Cannot create the folder %1.").arg(dialog.path()));
        return;
    }
    for (ChartView *c : charts) {
        const QString path =
            dialog.allCharts()
                ? QDir(dialog.path())
                      .filePath(c->chartId() + QLatin1Char('.') + exportFormatName(options.format))
                : dialog.path();
        const Status exported = exportChart(*c, options, path);
        if (!exported) {
            QMessageBox::warning(
                this, tr("Export"),
                tr("Could not export “%1”.\n\n%2").arg(c->title(), exported.error()));
            return;
        }
        written << path;
    }
    settings::setLastFolder(QFileInfo(written.first()).absolutePath());
    statusBar()->showMessage(
        tr("Exported %1")
            .arg(QDir::toNativeSeparators(written.size() == 1 ? written.first() : dialog.path())));
}

void MainWindow::copyCurrentChart()
{
    ChartView *chart = currentChart();
    if (!chart) {
        statusBar()->showMessage(tr("Choose a chart to export or copy"));
        return;
    }
    ExportOptions options;
    options.pixelSize = chart->size() * chart->devicePixelRatio();
    options.dpi = 96 * chart->devicePixelRatio();
    options.caption = false;
    QApplication::clipboard()->setImage(renderChartImage(*chart, options));
    statusBar()->showMessage(tr("Copied “%1” to the clipboard").arg(chart->title()));
}

void MainWindow::chooseConfigToImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a Hugging Face config.json"), QString(),
                                     tr("Model configuration (*.json);;All files (*)"));
    if (!path.isEmpty())
        importConfig(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() &&
        urls.first().toLocalFile().endsWith(QLatin1String(".json")))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && openFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

bool MainWindow::openFile(const QString &path)
{
    // A scenario opens; any other JSON is read as a model's config.json.
    return path.endsWith(QLatin1String(".tce.json")) ? openScenarioAndReport(path)
                                                     : importConfig(path);
}

bool MainWindow::offerRestore()
{
    const QList<Autosave::Orphan> orphans = m_autosave->orphans();
    if (orphans.isEmpty())
        return false;
    // The newest left-over session; older ones go with it.
    const QString file = orphans.first().file;
    const auto loaded = readScenarioFile(file);
    if (!loaded) {
        statusBar()->showMessage(
            tr("An unsaved scenario was found but cannot be read: %1").arg(loaded.error()));
        Autosave::discard(orphans);
        return false;
    }
    const Scenario &s = loaded->scenario;
    QMessageBox ask(QMessageBox::Question, tr("Restore unsaved work"),
                    tr("Token Cost Explorer did not close properly last time. Restore the "
                       "scenario it was showing?"),
                    QMessageBox::NoButton, this);
    ask.setInformativeText(
        tr("%1 on %2 × %3, %4 input and %5 output tokens, batch %6; saved "
           "%7.")
            .arg(s.model.name)
            .arg(s.serving.gpus)
            .arg(s.hardware.name)
            .arg(QLocale().toString(qlonglong(s.inputTokens)))
            .arg(QLocale().toString(qlonglong(s.outputTokens)))
            .arg(s.serving.batch)
            .arg(QLocale().toString(QFileInfo(file).lastModified(), QLocale::ShortFormat)));
    QPushButton *restore = ask.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    ask.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(restore);
    ask.exec();
    const bool restoring = ask.clickedButton() == restore;
    if (restoring) {
        m_panel->addModel(s.model);
        m_controller->edit(s, tr("Restore unsaved scenario"), false);
        statusBar()->showMessage(tr("Restored the unsaved scenario"));
    }
    Autosave::discard(orphans);
    return restoring;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_autosave->finishCleanly();
    settings::setWindowGeometry(saveGeometry());
    settings::setWindowState(saveState());
    settings::setCurrentChart(m_tabs->currentIndex());
    settings::setLastScenario(
        QJsonDocument(scenarioToJson(m_controller->scenario())).toJson(QJsonDocument::Compact));
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

void MainWindow::showHelp()
{
    openHelpPage([] {
        return HelpWindow::Page{tr("Token Cost Explorer Help"),
                                HelpWindow::guideHtml(currentLanguage())};
    });
}

void MainWindow::showShortcuts()
{
    openHelpPage([this] {
        QString rows;
        auto row = [&rows](const QString &keys, const QString &what) {
            rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
        };
        // Every menu command with a shortcut, as the menus show it.
        std::function<void(const QList<QAction *> &, const QString &)> walk =
            [&](const QList<QAction *> &actions, const QString &path) {
                for (QAction *action : actions) {
                    const QString text = QString(action->text()).remove(QLatin1Char('&'));
                    if (action->menu())
                        walk(action->menu()->actions(), path + text + QStringLiteral(" › "));
                    else if (!action->shortcut().isEmpty())
                        row(action->shortcut().toString(QKeySequence::NativeText), path + text);
                }
            };
        walk(menuBar()->actions(), QString());
        row(tr("Page Down, →, Space"), tr("Lesson: next step"));
        row(tr("Page Up, ←"), tr("Lesson: previous step"));
        row(tr("Esc"), tr("Leave presentation mode"));
        row(tr("Tab, Shift+Tab"), tr("Move between controls; Alt with an underlined letter "
                                     "jumps to that control"));
        row(tr("Arrows, Page Up/Down, Home, End"), tr("Move the focused slider"));
        row(tr("Mouse wheel, drag, double click"), tr("Chart: zoom, pan, reset the view"));
        return HelpWindow::Page{tr("Keyboard shortcuts"),
                                QStringLiteral("<h3>%1</h3><table cellpadding=\"4\">%2</table>")
                                    .arg(tr("Keyboard shortcuts").toHtmlEscaped(), rows)};
    });
}

void MainWindow::showAbout()
{
    openHelpPage([this] {
        auto list = [](const QString &heading, const auto &items) {
            QString html = QStringLiteral("<h4>%1</h4><ul>").arg(heading.toHtmlEscaped());
            for (const auto &item : items) {
                QStringList links;
                for (const QString &source : item.sources)
                    links << (source.startsWith(QLatin1String("http"))
                                  ? QStringLiteral("<a href=\"%1\">%1</a>")
                                        .arg(source.toHtmlEscaped())
                                  : source.toHtmlEscaped());
                html += QStringLiteral("<li>%1: %2</li>")
                            .arg(item.name.toHtmlEscaped(), links.join(QStringLiteral("; ")));
            }
            return html + QStringLiteral("</ul>");
        };
        const QString html =
            tr("<h3>Token Cost Explorer %1</h3>"
               "<p>Why do output tokens cost more than input tokens? This program computes the "
               "FLOPs, memory traffic, KV cache, time and dollars of every token of a request "
               "for real model architectures on real hardware.</p>"
               "<p>License: GPL-3.0-or-later. Copyright the Token Cost Explorer authors. Built "
               "with Qt %2, QCustomPlot and Eigen.</p>"
               "<h3>Sources of the preset data</h3>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())) +
            list(tr("Models"), m_catalog.models) + list(tr("Hardware"), m_catalog.hardware) +
            list(tr("Engine profiles"), m_catalog.engines) +
            list(tr("API prices"), m_catalog.prices);
        return HelpWindow::Page{tr("About Token Cost Explorer"), html};
    });
}

} // namespace tce
