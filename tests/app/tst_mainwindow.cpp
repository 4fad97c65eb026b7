// The main window: the scenario panel, the summary and the visible chart follow each edit,
// every edit is one undo step, hidden charts wait until shown, files open, save and ask
// about unsaved changes. What each chart draws from an evaluation is tests/widgets/tst_charts'.
#include "catalog.h"
#include "chartview.h"
#include "costreport.h"
#include "curves.h"
#include "documentcontroller.h"
#include "evaluation.h"
#include "logslider.h"
#include "mainwindow.h"
#include "scenariobuilder.h"
#include "scenariocontroller.h"
#include "scenariofile.h"
#include "scenariopanel.h"
#include "servingloadgroup.h"
#include "summarystrip.h"
#include "testregistry.h"
#include "testsupport.h"
#include "testwindow.h"
#include "units.h"
#include "widgets/charttest.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <qcustomplot.h>

using namespace tce;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithTheDefaultScenario();
    void keyboardMovesTheInputSliderAndEverythingFollows();
    void mouseClickOnTheOutputSlider();
    void typingAnExactLength();
    void oneDragIsOneUndoStep();
    void servingLoadEditsAreUndoable();
    void editsInOnePassAreEvaluatedOnce();
    void onlyTheVisibleChartRebuilds();
    void presetsAndCheckboxChangeTheScenario();
    void importingAConfig();
    void droppingAConfigOnTheWindow();
    void copyChartToTheClipboard();
    void pinnedScenarioIsDrawnDashed();
    void saveThenOpenScenario();
    void badScenarioLeavesTheSessionUntouched();
    void lastScenarioIsRestored();
    void quitAsksAboutUnsavedChanges();
    void openingAsksAboutUnsavedChanges();
    void newStartsFromTheDefaultScenario();
    void explanationGoesWithTheEvaluationAndTheChart();
    void explanationSaysWhoseNumbersTheEngineUses();

private:
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    test::useTestSettings();
}

void TestMainWindow::init()
{
    m_window = test::openWindow();
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::startsWithTheDefaultScenario()
{
    const Scenario &s = m_window->controller()->scenario();
    QCOMPARE(s.model.id, QStringLiteral("llama-3.1-8b"));
    QCOMPARE(s.hardware.id, QStringLiteral("h100-sxm"));
    QCOMPARE(s.weights.name, QStringLiteral("bf16"));
    QCOMPARE(s.serving.batch, 16);
    QCOMPARE(s.inputTokens, int64_t(2048));
    QCOMPARE(s.outputTokens, int64_t(512));
    QCOMPARE(m_window->scenarioPanel()->inputSlider()->spinBox()->value(), 2048);
}

void TestMainWindow::keyboardMovesTheInputSliderAndEverythingFollows()
{
    QSlider *slider = m_window->scenarioPanel()->inputSlider()->slider();
    slider->setFocus();
    const int64_t before = m_window->controller()->scenario().inputTokens;
    QTest::keyClick(slider, Qt::Key_PageUp); // a quarter decade up: x1.78
    m_window->controller()->flush();
    const Scenario s = m_window->controller()->scenario();
    QVERIFY(s.inputTokens > before * 1.5);
    QCOMPARE(int64_t(m_window->scenarioPanel()->inputSlider()->spinBox()->value()), s.inputTokens);
    QTest::keyClick(slider, Qt::Key_Right);
    m_window->controller()->flush();
    QVERIFY(m_window->controller()->scenario().inputTokens > s.inputTokens);

    // The summary shows what the model computes for the new scenario.
    const CostReport r = evaluate(m_window->controller()->scenario());
    QCOMPARE(m_window->summary()->valueText("ttft"), units::seconds(r.ttftSeconds));
    QCOMPARE(m_window->summary()->valueText("cost-output"), units::usd(r.usdPerMillionOutput));
    QCOMPARE(m_window->summary()->valueText("ratio"), units::ratio(r.outputInputCostRatio));
    // The visible chart (per token) holds the model's curve for it.
    ChartView *chart = m_window->charts().first();
    const PositionCurves c = positionCurves(m_window->controller()->scenario(), 1500);
    const QCPGraph *prompt = chart->plot()->graph(0);
    QCOMPARE(test::keys(prompt).first(), 1.0);
    QCOMPARE(test::keys(prompt).last(), double(m_window->controller()->scenario().inputTokens));
    QCOMPARE(test::values(prompt).first(), c.flops[0]);
}

void TestMainWindow::mouseClickOnTheOutputSlider()
{
    QSlider *slider = m_window->scenarioPanel()->outputSlider()->slider();
    const int64_t before = m_window->controller()->scenario().outputTokens;
    // A click right of the handle pages up (Fusion style).
    QTest::mouseClick(slider, Qt::LeftButton, {},
                      QPoint(slider->width() - 4, slider->height() / 2));
    QTRY_VERIFY(m_window->controller()->scenario().outputTokens > before);
    m_window->controller()->flush();
    const CostReport r = evaluate(m_window->controller()->scenario());
    QCOMPARE(m_window->summary()->valueText("latency"), units::seconds(r.requestSeconds));
}

void TestMainWindow::typingAnExactLength()
{
    QSpinBox *spin = m_window->scenarioPanel()->outputSlider()->spinBox();
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, "65536");
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(m_window->controller()->scenario().outputTokens, int64_t(65536));
    m_window->controller()->flush();
    const CostReport r = evaluate(m_window->controller()->scenario());
    QCOMPARE(m_window->summary()->valueText("request"), units::usd(r.usdPerRequest));
}

void TestMainWindow::oneDragIsOneUndoStep()
{
    QUndoStack *undo = m_window->controller()->undoStack();
    const Scenario before = m_window->controller()->scenario();
    QSlider *slider = m_window->scenarioPanel()->batchSlider()->slider();
    const QPoint handle(slider->width() * slider->value() / std::max(1, slider->maximum()),
                        slider->height() / 2);
    QTest::mousePress(slider, Qt::LeftButton, {}, handle);
    for (int dx = 10; dx <= 120; dx += 10) {
        QMouseEvent move(QEvent::MouseMove, QPointF(handle + QPoint(dx, 0)),
                         slider->mapToGlobal(QPointF(handle + QPoint(dx, 0))), Qt::LeftButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(slider, &move);
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, handle + QPoint(120, 0));
    QVERIFY(m_window->controller()->scenario().serving.batch > before.serving.batch);
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QCOMPARE(m_window->controller()->scenario().serving.batch, before.serving.batch);
    QCOMPARE(m_window->scenarioPanel()->batchSlider()->value(), int64_t(before.serving.batch));
    undo->redo();
    QVERIFY(m_window->controller()->scenario().serving.batch > before.serving.batch);

    // A second, separate edit is a second step.
    QTest::keyClick(m_window->scenarioPanel()->inputSlider()->slider(), Qt::Key_PageUp);
    QCOMPARE(undo->count(), 2);
    undo->undo();
    QCOMPARE(m_window->controller()->scenario().inputTokens, before.inputTokens);
}

void TestMainWindow::servingLoadEditsAreUndoable()
{
    MainWindow *window = m_window;
    ServingLoadGroup *group = window->scenarioPanel()->loadGroup();
    group->ttftTargetBox()->setValue(0.5);
    QCOMPARE(window->controller()->scenario().load.sloTtftSeconds, 0.5);
    group->clientsSlider()->spinBox()->setValue(64);
    QCOMPARE(window->controller()->scenario().load.concurrency, 64);
    QCOMPARE(window->controller()->undoStack()->undoText(), QStringLiteral("Change clients"));
    window->controller()->undoStack()->undo();
    QCOMPARE(window->controller()->scenario().load.concurrency, 16);
    QCOMPARE(group->clientsSlider()->value(), int64_t(16)); // the panel follows
    window->controller()->undoStack()->undo();
    QCOMPARE(window->controller()->scenario().load.sloTtftSeconds, 0.0);
    QCOMPARE(group->ttftTargetBox()->value(), 0.0);
}

void TestMainWindow::editsInOnePassAreEvaluatedOnce()
{
    const int evaluations = m_window->controller()->evaluationCount();
    QSlider *slider = m_window->scenarioPanel()->inputSlider()->slider();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(m_window->controller()->evaluationCount(), evaluations); // nothing yet
    QSignalSpy evaluated(m_window->controller(), &ScenarioController::evaluated);
    QTRY_COMPARE(evaluated.count(), 1);
    QCOMPARE(m_window->controller()->evaluationCount(), evaluations + 1);
}

void TestMainWindow::onlyTheVisibleChartRebuilds()
{
    const QList<ChartView *> &charts = m_window->charts();
    QList<int> before;
    for (ChartView *c : charts)
        before << c->rebuildCount();
    QTest::keyClick(m_window->scenarioPanel()->outputSlider()->slider(), Qt::Key_PageUp);
    m_window->controller()->flush();
    const int visible = m_window->chartTabs()->currentIndex();
    for (int i = 0; i < charts.size(); ++i)
        QCOMPARE(charts[i]->rebuildCount(), before[i] + (i == visible ? 1 : 0));
    // A hidden chart catches up when shown.
    m_window->chartTabs()->setCurrentIndex(2);
    QCOMPARE(charts[2]->rebuildCount(), before[2] + 1);
}

void TestMainWindow::presetsAndCheckboxChangeTheScenario()
{
    ScenarioPanel *panel = m_window->scenarioPanel();
    QComboBox *hardware = panel->hardwareBox();
    const int a100 = hardware->findData(QStringLiteral("a100-80gb-sxm"));
    QVERIFY(a100 >= 0);
    hardware->setCurrentIndex(a100);
    emit hardware->activated(a100);
    QCOMPARE(m_window->controller()->scenario().hardware.id, QStringLiteral("a100-80gb-sxm"));
    QTest::mouseClick(panel->kvCacheBox(), Qt::LeftButton, {},
                      QPoint(8, panel->kvCacheBox()->height() / 2));
    QCOMPARE(m_window->controller()->scenario().useKvCache, false);
    m_window->controller()->flush();
    QCOMPARE(m_window->summary()->valueText("speed"),
             units::tokensPerSecond(
                 evaluate(m_window->controller()->scenario()).decodeTokensPerSecondPerSequence));
    m_window->controller()->undoStack()->undo();
    QCOMPARE(m_window->controller()->scenario().useKvCache, true);
    QCOMPARE(panel->kvCacheBox()->isChecked(), true);
}

void TestMainWindow::importingAConfig()
{
    const Status imported =
        m_window->documents()->importConfig(test::dataPath("configs/mixtral-8x7b.config.json"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    const Scenario &s = m_window->controller()->scenario();
    QCOMPARE(s.model.moe.numExperts, 8);
    QVERIFY(m_window->scenarioPanel()->modelBox()->currentText().contains(s.model.name));
    m_window->controller()->undoStack()->undo();
    QCOMPARE(m_window->controller()->scenario().model.id, QStringLiteral("llama-3.1-8b"));
}

void TestMainWindow::droppingAConfigOnTheWindow()
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(test::dataPath("configs/gemma-2-9b.config.json"))});
    const QPoint at(m_window->width() / 2, m_window->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &drop);
    // Gemma-2-9B: 42 layers, 21 of them with a 4096-token window (tests/data/configs).
    QCOMPARE(m_window->controller()->scenario().model.numLayers, 42);
    QCOMPARE(m_window->controller()->scenario().model.slidingLayerCount(), 21);
}

void TestMainWindow::pinnedScenarioIsDrawnDashed()
{
    ChartView *chart = m_window->charts().first(); // per token, visible
    const QVector<double> before = test::values(chart->plot()->graph(1));
    m_window->pinComparison();
    QTest::keyClick(m_window->scenarioPanel()->inputSlider()->slider(), Qt::Key_PageUp);
    m_window->controller()->flush();
    const QCPGraph *shadow = nullptr;
    for (int i = 0; i < chart->plot()->graphCount(); ++i) {
        if (chart->plot()->graph(i)->name() ==
            QStringLiteral("A: Output tokens: one decode run each"))
            shadow = chart->plot()->graph(i);
    }
    QVERIFY(shadow);
    QCOMPARE(shadow->pen().style(), Qt::DashLine);
    QCOMPARE(test::values(shadow), before); // A keeps the numbers of the pinned scenario
    QVERIFY(test::values(chart->plot()->graph(1)) != before);
    m_window->clearComparison();
    m_window->controller()->flush();
    QVERIFY(!shadow->visible());
}

void TestMainWindow::copyChartToTheClipboard()
{
    QApplication::clipboard()->clear();
    QAction *copy = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
            copy = action;
    }
    QVERIFY(copy);
    copy->trigger();
    const QImage image = QApplication::clipboard()->image();
    ChartView *chart = m_window->charts().at(m_window->chartTabs()->currentIndex());
    QCOMPARE(image.size(), chart->size() * chart->devicePixelRatio());
}

void TestMainWindow::saveThenOpenScenario()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("story.tce.json");
    QTest::keyClick(m_window->scenarioPanel()->outputSlider()->slider(), Qt::Key_PageUp);
    const Scenario saved = m_window->controller()->scenario();
    QVERIFY(m_window->documents()->save(path).ok());
    QVERIFY(m_window->windowTitle().contains("story.tce.json"));
    QVERIFY(!m_window->isWindowModified());
    QTest::keyClick(m_window->scenarioPanel()->inputSlider()->slider(), Qt::Key_PageDown);
    QVERIFY(m_window->controller()->scenario().inputTokens != saved.inputTokens);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->documents()->open(path).ok());
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->controller()->scenario().inputTokens, saved.inputTokens);
    QCOMPARE(m_window->controller()->scenario().outputTokens, saved.outputTokens);
    QCOMPARE(QSettings().value("files/recent").toStringList().first(),
             QFileInfo(path).absoluteFilePath());
    // Opening is undoable like any edit.
    m_window->controller()->undoStack()->undo();
    QVERIFY(m_window->controller()->scenario().inputTokens != saved.inputTokens);
}

void TestMainWindow::badScenarioLeavesTheSessionUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.tce.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\"format\": \"token-cost-explorer-scenario\", \"version\": 1, \"batch\": \"many\"");
    file.close();
    const Scenario before = m_window->controller()->scenario();
    const int steps = m_window->controller()->undoStack()->count();
    const auto opened = m_window->documents()->open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains("broken.tce.json"), qPrintable(opened.error()));
    QCOMPARE(m_window->controller()->scenario().inputTokens, before.inputTokens);
    QCOMPARE(m_window->controller()->scenario().model.id, before.model.id);
    QCOMPARE(m_window->controller()->undoStack()->count(), steps);
}

void TestMainWindow::lastScenarioIsRestored()
{
    QTest::keyClick(m_window->scenarioPanel()->outputSlider()->slider(), Qt::Key_PageUp);
    const int64_t output = m_window->controller()->scenario().outputTokens;
    m_window->chartTabs()->setCurrentIndex(3);
    test::answerNextMessageBox(QMessageBox::DestructiveRole); // unsaved changes: discard
    QVERIFY(m_window->close());
    delete m_window;
    m_window = new MainWindow(Catalog::builtIn());
    QCOMPARE(m_window->controller()->scenario().outputTokens, output);
    QCOMPARE(m_window->chartTabs()->currentIndex(), 3);
}

void TestMainWindow::quitAsksAboutUnsavedChanges()
{
    // Nothing changed: no question.
    QVERIFY(m_window->close());
    m_window->show();
    QTest::keyClick(m_window->scenarioPanel()->outputSlider()->slider(), Qt::Key_PageUp);
    const Scenario changed = m_window->controller()->scenario();
    test::answerNextMessageBox(QMessageBox::RejectRole); // Cancel
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->controller()->scenario().outputTokens, changed.outputTokens);
    test::answerNextMessageBox(QMessageBox::DestructiveRole); // Discard
    QVERIFY(m_window->close());
}

void TestMainWindow::openingAsksAboutUnsavedChanges()
{
    QTemporaryDir dir;
    const QString first = dir.filePath("first.tce.json");
    const QString second = dir.filePath("second.tce.json");
    Scenario other = m_window->controller()->scenario();
    other.inputTokens = 777;
    QVERIFY(writeScenarioFile(second, other).ok());
    QVERIFY(m_window->documents()->save(first).ok());
    QTest::keyClick(m_window->scenarioPanel()->outputSlider()->slider(), Qt::Key_PageUp);
    const Scenario changed = m_window->controller()->scenario();

    // Cancel: nothing opens, the changes stay.
    test::answerNextMessageBox(QMessageBox::RejectRole);
    QVERIFY(!m_window->openFile(second));
    QCOMPARE(m_window->controller()->scenario().outputTokens, changed.outputTokens);
    QCOMPARE(m_window->documents()->currentFile(), first);
    // Save: the changes go to first.tce.json, then second.tce.json opens.
    test::answerNextMessageBox(QMessageBox::AcceptRole);
    QVERIFY(m_window->openFile(second));
    QCOMPARE(readScenarioFile(first)->scenario.outputTokens, changed.outputTokens);
    QCOMPARE(m_window->controller()->scenario().inputTokens, int64_t(777));
    QCOMPARE(m_window->documents()->currentFile(), second);
    // Discard: first.tce.json opens, this change is gone.
    QTest::keyClick(m_window->scenarioPanel()->inputSlider()->slider(), Qt::Key_PageUp);
    test::answerNextMessageBox(QMessageBox::DestructiveRole);
    QVERIFY(m_window->openFile(first));
    QCOMPARE(readScenarioFile(second)->scenario.inputTokens, int64_t(777));
    QCOMPARE(m_window->controller()->scenario().outputTokens, changed.outputTokens);
}

void TestMainWindow::newStartsFromTheDefaultScenario()
{
    QAction *fresh = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::New))
            fresh = action;
    }
    QVERIFY(fresh);
    QTemporaryDir dir;
    QVERIFY(m_window->documents()->save(dir.filePath("story.tce.json")).ok());
    Scenario changed = m_window->controller()->scenario();
    changed.inputTokens = 5000;
    changed.serving.batch = 3;
    m_window->controller()->edit(changed, QStringLiteral("test"), false);

    test::answerNextMessageBox(QMessageBox::DestructiveRole); // unsaved changes: discard
    fresh->trigger();
    const Scenario expected = defaultServingScenario(Catalog::builtIn());
    const Scenario &s = m_window->controller()->scenario();
    QCOMPARE(s.model.id, expected.model.id);
    QCOMPARE(s.hardware.id, expected.hardware.id);
    QCOMPARE(s.inputTokens, expected.inputTokens);
    QCOMPARE(s.serving.batch, expected.serving.batch);
    // No file, and nothing to save yet.
    QVERIFY(m_window->documents()->currentFile().isEmpty());
    QVERIFY(!m_window->windowTitle().contains("story.tce.json"));
    QVERIFY(!m_window->isWindowModified());
    // Undoable like any edit.
    m_window->controller()->undoStack()->undo();
    QCOMPARE(m_window->controller()->scenario().inputTokens, int64_t(5000));
    QVERIFY(m_window->isWindowModified());
}

void TestMainWindow::explanationGoesWithTheEvaluationAndTheChart()
{
    const QString hint = m_window->explanation();
    auto pointAtTheMiddle = [this, &hint] {
        ChartView *chart = m_window->charts().first(); // per token
        const QCPGraph *output = chart->plot()->graph(1);
        const auto point = output->data()->at(output->dataCount() / 2);
        chart->tracerTextAt(output->coordsToPixels(point->key, point->value));
        QVERIFY(m_window->explanation() != hint);
    };
    pointAtTheMiddle();
    // Another model: the numbers of the last one are not shown any more.
    Scenario s = m_window->controller()->scenario();
    s.serving.batch = 64;
    m_window->controller()->edit(s, QStringLiteral("test"), false);
    m_window->controller()->flush();
    QCOMPARE(m_window->explanation(), hint);
    // Nor are they after undo and a tab switch (another chart's numbers).
    pointAtTheMiddle();
    m_window->chartTabs()->setCurrentIndex(1);
    QCOMPARE(m_window->explanation(), hint);
    m_window->chartTabs()->setCurrentIndex(0);
    pointAtTheMiddle();
    m_window->controller()->undoStack()->undo();
    m_window->controller()->flush();
    QCOMPARE(m_window->explanation(), hint);
}

void TestMainWindow::explanationSaysWhoseNumbersTheEngineUses()
{
    // llama.cpp has numbers for the RTX 4090's class, none for the B200's: there the hint
    // says whose numbers it uses and that they were carried to the B200.
    auto pick = [this](const char *engine, const char *hardware) {
        ScenarioChanges c;
        c.engineId = QLatin1String(engine);
        c.hardwareId = QLatin1String(hardware);
        const auto s = applyChanges(Catalog::builtIn(), m_window->controller()->scenario(), c);
        QVERIFY2(s, qPrintable(s.error()));
        m_window->controller()->edit(s.value(), QStringLiteral("test"), false);
        m_window->controller()->flush();
    };
    pick("llama.cpp", "rtx-4090");
    QVERIFY2(m_window->explanation().contains(QStringLiteral("llama.cpp profile's numbers for "
                                                             "consumer-ada hardware")),
             qPrintable(m_window->explanation()));
    QVERIFY(!m_window->explanation().contains(QStringLiteral("no measurements")));
    pick("llama.cpp", "b200");
    const QString text = m_window->explanation();
    QVERIFY2(text.contains(QStringLiteral("llama.cpp has no measurements on datacenter-blackwell "
                                          "hardware such as the NVIDIA B200 (HGX B200, 180GB): "
                                          "these are its datacenter-hopper numbers, carried to "
                                          "this GPU's peak FLOP/s and memory bandwidth.")),
             qPrintable(text));
}

TCE_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
