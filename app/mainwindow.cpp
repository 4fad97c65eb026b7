#include "mainwindow.h"

#include "apptheme.h"
#include "batchsweepview.h"
#include "catalog.h"
#include "configimport.h"
#include "cumulativecostview.h"
#include "evaluation.h"
#include "kvcachecomparisonview.h"
#include "kvmemoryview.h"
#include "pertokencostview.h"
#include "rooflineview.h"
#include "scenariobuilder.h"
#include "scenariocontroller.h"
#include "scenariofile.h"
#include "scenariopanel.h"
#include "settings.h"
#include "summarystrip.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
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
    ScenarioChanges c;
    c.batch = 16;
    c.engineId = QStringLiteral("vllm");
    const auto s = applyChanges(catalog, defaultScenario(catalog), c);
    return s ? s.value() : defaultScenario(catalog);
}

MainWindow::MainWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Token Cost Explorer"));
    setAcceptDrops(true);
    m_controller = new ScenarioController(startingScenario(catalog), this);

    // The scenario dock.
    m_panel = new ScenarioPanel(catalog);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_panel->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width() + 8);
    auto *dock = new QDockWidget(tr("Scenario"), this);
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
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_charts = {new PerTokenCostView, new CumulativeCostView, new KvMemoryView,
                new BatchSweepView,   new RooflineView,       new KvCacheComparisonView};
    const QStringList tabNames{tr("Per token"), tr("Cumulative"), tr("KV memory"),
                               tr("Batching"),  tr("Roofline"),   tr("KV cache on/off")};
    for (int i = 0; i < m_charts.size(); ++i) {
        m_tabs->addTab(m_charts[i], tabNames[i]);
        m_tabs->setTabToolTip(i, m_charts[i]->title());
        connect(m_charts[i], &ChartView::statusMessage, this,
                [this](const QString &text) { statusBar()->showMessage(text); });
    }
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->showMessage(tr("Drag the sliders on the left; hover a chart for exact values."));

    createActions();
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_viewMenu->addAction(dock->toggleViewAction());

    connect(m_panel, &ScenarioPanel::scenarioEdited, m_controller, &ScenarioController::edit);
    connect(m_panel, &ScenarioPanel::dragFinished, m_controller, &ScenarioController::endDrag);
    connect(m_panel, &ScenarioPanel::importConfigRequested, this,
            &MainWindow::chooseConfigToImport);
    connect(m_controller, &ScenarioController::scenarioChanged, m_panel,
            &ScenarioPanel::setScenario);
    connect(m_controller, &ScenarioController::evaluated, this, &MainWindow::showEvaluation);
    m_panel->setScenario(m_controller->scenario());

    // 1600x1000 where the screen allows; never larger than the screen.
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(QSize(1600, 1000).boundedTo(available * 0.96));
    restoreGeometry(settings::windowGeometry());
    restoreState(settings::windowState());
    m_tabs->setCurrentIndex(std::clamp(settings::currentChart(), 0, int(m_charts.size()) - 1));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import =
        file->addAction(tr("&Import config.json…"), this, &MainWindow::chooseConfigToImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Read a model architecture from a Hugging Face config.json"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_controller->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_controller->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_charts.size(); ++i) {
        QAction *show = m_viewMenu->addAction(m_tabs->tabText(i), this,
                                              [this, i] { m_tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    m_viewMenu->addSeparator();
    QMenu *themes = m_viewMenu->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
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
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Token Cost Explorer"), this, &MainWindow::showAbout);
}

void MainWindow::showEvaluation()
{
    const auto evaluation = m_controller->evaluation();
    m_summary->setEvaluation(*evaluation);
    // Every view gets the result; only the visible one draws now, the others when shown.
    for (ChartView *chart : m_charts)
        chart->setEvaluation(evaluation);
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
    if (!urls.isEmpty() && importConfig(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::setWindowGeometry(saveGeometry());
    settings::setWindowState(saveState());
    settings::setCurrentChart(m_tabs->currentIndex());
    settings::setLastScenario(
        QJsonDocument(scenarioToJson(m_controller->scenario())).toJson(QJsonDocument::Compact));
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Token Cost Explorer"),
        tr("<h3>Token Cost Explorer %1</h3>"
           "<p>Why do output tokens cost more than input tokens? This program computes the "
           "FLOPs, memory traffic, KV cache, time and dollars of every token of a request for "
           "real model architectures on real hardware.</p>"
           "<p>License: GPL-3.0-or-later. Preset numbers cite their sources in the catalog "
           "files (models, hardware, engine measurements, API prices).</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace tce
