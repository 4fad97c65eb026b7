// Lessons through the window: a step sets the scenario, brings its chart to the front and
// shows its caption, as one undoable edit; presentation mode and its clicker keys. What the
// lessons hold (charts, mixes, captions' numbers): tests/widgets/tst_lessons.
#include "chartview.h"
#include "lesson.h"
#include "lessonbar.h"
#include "lessoncontroller.h"
#include "logslider.h"
#include "scenariopanel.h"
#include "servingloadgroup.h"
#include "testregistry.h"
#include "testwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QTest>
#include <QUndoStack>

using namespace tce;

class TestLessonWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::useTestSettings(); }
    void init() { m_window = test::openWindow(); }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }
    void steppingShowsScenarioChartAndCaption();
    void servingLessonShowsTheChartAndTheLoad();
    void presentationEntersLeavesAndRestores();
    void clickerKeysStep();

private:
    MainWindow *m_window = nullptr;
};

void TestLessonWindow::steppingShowsScenarioChartAndCaption()
{
    // "Shrinking the cache", step 3: Mistral-7B on the KV memory chart.
    int lesson = -1;
    for (int i = 0; i < builtInLessons().size(); ++i)
        lesson = builtInLessons()[i].id == "shrinking-the-cache" ? i : lesson;
    QVERIFY(lesson >= 0);
    m_window->lessons()->showStep(lesson, 2);
    QCOMPARE(m_window->controller()->scenario().model.id, QStringLiteral("mistral-7b"));
    QCOMPARE(m_window->controller()->scenario().inputTokens, int64_t(3000));
    QCOMPARE(m_window->currentChart()->chartId(), QStringLiteral("kv-memory"));
    QVERIFY(m_window->lessonBar()->isVisible());
    QVERIFY(m_window->lessonBar()->captionText().startsWith("Mistral-7B"));
    QCOMPARE(m_window->lessonBar()->stepIndex(), 2);
    m_window->lessonBar()->next();
    QCOMPARE(m_window->controller()->scenario().model.id, QStringLiteral("gemma-2-9b"));
    // A lesson step is an edit like any other: undo brings the previous step back.
    m_window->controller()->undoStack()->undo();
    QCOMPARE(m_window->controller()->scenario().model.id, QStringLiteral("mistral-7b"));
}

void TestLessonWindow::servingLessonShowsTheChartAndTheLoad()
{
    // "Why your request waits" (its scenarios and charts: tests/widgets/tst_servingload).
    int index = -1;
    for (int i = 0; i < builtInLessons().size(); ++i)
        index = builtInLessons()[i].id == "why-your-request-waits" ? i : index;
    QVERIFY(index >= 0);
    // Shown in the window: the chart in front, the load in the panel.
    m_window->lessons()->showStep(index, 1);
    QCOMPARE(m_window->currentChart()->chartId(), QStringLiteral("serving"));
    QCOMPARE(m_window->controller()->scenario().load.concurrency, 25);
    QCOMPARE(m_window->scenarioPanel()->loadGroup()->clientsSlider()->value(), int64_t(25));
    QVERIFY(m_window->lessonBar()->captionText().startsWith("25 users"));
    m_window->lessons()->showStep(index, 3);
    QCOMPARE(m_window->currentChart()->chartId(), QStringLiteral("serving-timeline"));
}

void TestLessonWindow::presentationEntersLeavesAndRestores()
{
    m_window->resize(1200, 800);
    QCoreApplication::processEvents();
    const QRect before = m_window->geometry();
    const double fontSize = m_window->font().pointSizeF();
    const QPalette palette = QApplication::palette();
    m_window->enterPresentation();
    QCOMPARE(QApplication::palette().color(QPalette::Text), QColor(Qt::black)); // high contrast
    QVERIFY(m_window->presenting());
    QVERIFY(m_window->menuBar()->isHidden());
    QVERIFY(m_window->findChild<QDockWidget *>()->isHidden());
    QVERIFY(m_window->font().pointSizeF() > fontSize * 1.5);
    QVERIFY(m_window->lessonBar()->isVisible()); // a lesson starts if none was open
    // Large type must still fit a 1280x720 projector: nothing may force the window wider.
    QVERIFY2(m_window->minimumSizeHint().width() <= 1280,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!m_window->presenting());
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->findChild<QDockWidget *>()->isVisible());
    QCOMPARE(m_window->font().pointSizeF(), fontSize);
    QCOMPARE(QApplication::palette(), palette);
    QTRY_COMPARE(m_window->geometry().size(), before.size());
}

void TestLessonWindow::clickerKeysStep()
{
    m_window->enterPresentation();
    QCOMPARE(m_window->lessonBar()->stepIndex(), 0);
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QCOMPARE(m_window->lessonBar()->stepIndex(), 1);
    QTest::keyClick(m_window, Qt::Key_Space);
    QCOMPARE(m_window->lessonBar()->stepIndex(), 2);
    QTest::keyClick(m_window, Qt::Key_PageUp);
    QCOMPARE(m_window->lessonBar()->stepIndex(), 1);
    QTest::keyClick(m_window, Qt::Key_Left);
    QCOMPARE(m_window->lessonBar()->stepIndex(), 0);
    m_window->leavePresentation();
}

TCE_TEST_MAIN(TestLessonWindow)
#include "tst_lessonwindow.moc"
