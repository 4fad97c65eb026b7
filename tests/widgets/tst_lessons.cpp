#include "chartregistry.h"
#include "chartview.h"
#include "lesson.h"
#include "lessonbar.h"
#include "memorymodel.h"
#include "testsupport.h"
#include "testwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace tce;

class TestLessons : public QObject
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
    void builtInLessonsAreComplete();
    void everyStepApplies();
    void steppingShowsScenarioChartAndCaption();
    void captionsStateWhatTheModelComputes();
    void presentationEntersLeavesAndRestores();
    void clickerKeysStep();

private:
    MainWindow *m_window = nullptr;
};

void TestLessons::builtInLessonsAreComplete()
{
    const QList<Lesson> &lessons = builtInLessons();
    QVERIFY(lessons.size() >= 5);
    for (const Lesson &lesson : lessons) {
        QVERIFY(!lesson.title.isEmpty());
        for (const LessonStep &step : lesson.steps) {
            QVERIFY2(chartIds().contains(step.chart), qPrintable(lesson.id + ": " + step.chart));
            QVERIFY2(step.mix.isEmpty() || Catalog::builtIn().findMix(step.mix),
                     qPrintable(step.mix));
            // One to three sentences.
            const int sentences =
                int(step.caption.count(QRegularExpression(QStringLiteral("[.!?](\\s|$)"))));
            QVERIFY2(sentences >= 1 && sentences <= 3, qPrintable(step.caption));
        }
    }
}

void TestLessons::everyStepApplies()
{
    for (int l = 0; l < builtInLessons().size(); ++l) {
        for (int s = 0; s < builtInLessons()[l].steps.size(); ++s) {
            const auto scenario =
                applyChanges(Catalog::builtIn(), defaultServingScenario(Catalog::builtIn()),
                             builtInLessons()[l].steps[s].changes);
            QVERIFY2(scenario.ok(), qPrintable(scenario.error()));
        }
    }
}

void TestLessons::steppingShowsScenarioChartAndCaption()
{
    // "Shrinking the cache", step 3: Mistral-7B on the KV memory chart.
    int lesson = -1;
    for (int i = 0; i < builtInLessons().size(); ++i)
        lesson = builtInLessons()[i].id == "shrinking-the-cache" ? i : lesson;
    QVERIFY(lesson >= 0);
    m_window->showLessonStep(lesson, 2);
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

void TestLessons::captionsStateWhatTheModelComputes()
{
    // Lesson 5's numbers: KV bytes per token in bf16 (cost-model.md section 4).
    auto kvPerToken = [](const char *id) {
        const ModelSpec *m = Catalog::builtIn().findModel(QLatin1String(id));
        const Precision bf16 = *precisionByName("bf16");
        return MemoryModel(*m, bf16, bf16).kvBytesPerToken();
    };
    QCOMPARE(kvPerToken("llama-2-7b"), 512.0 * 1024);
    QCOMPARE(kvPerToken("llama-3.1-8b"), 128.0 * 1024);
    QCOMPARE(std::round(kvPerToken("deepseek-v3") / 1024), 69.0);
}

void TestLessons::presentationEntersLeavesAndRestores()
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

void TestLessons::clickerKeysStep()
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

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
