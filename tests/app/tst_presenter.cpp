// The presenter view of presentation mode, driven with real key presses: the presenter's window
// (the step's notes, the next step's preview, "Step N of M", a clock) beside the audience's
// window; with one screen P switches between them, with two each has its own screen; the
// clicker's keys step both and Esc leaves from either. The two-screen cases run in
// tst_presenter_two_screens, on Qt's offscreen platform with a list of two screens
// (tests/data/screens/two-screens.json); in the one-screen run they are skipped, and the other
// way round.
#include "lesson.h"
#include "lessonbar.h"
#include "lessoncontroller.h"
#include "lessonlibrary.h"
#include "presentationmode.h"
#include "presenterview.h"
#include "settings.h"
#include "testregistry.h"
#include "testwindow.h"
#include "translatedtexts.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QTest>

using namespace tce;

class TestPresenter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void enteringShowsNotesAndNextStep();
    void clickerKeysStepBothWindows();
    void lastStepEndsTheLesson();
    void clockCountsTimePresenting();
    void keyPSwitchesViewsOnOneScreen();
    void escapeLeavesFromEitherWindow_data();
    void escapeLeavesFromEitherWindow();
    void withoutPresenterNothingChanges();
    void viewMenuActionIsRemembered();
    void twoScreensGiveEachWindowItsOwn();
    void twoScreensFollowPresentOn();

private:
    // The lesson with notes this test adds to the library, shown at its first step and
    // presented with the presenter view; false if it could not be.
    bool present();
    PresenterView *presenter() const { return m_window->presentation()->presenterView(); }
    int stepCount() const { return int(m_lesson.steps.size()); }

    MainWindow *m_window = nullptr;
    Lesson m_lesson;
    int m_lessonIndex = -1;
};

void TestPresenter::init()
{
    m_window = test::openWindow();
    // "Why output tokens cost more" with notes on its first step only.
    m_lesson = builtInLessons().first();
    m_lesson.id = QStringLiteral("with-notes");
    for (LessonStep &step : m_lesson.steps)
        step.notes = {};
    m_lesson.steps[0].notes.english = QStringLiteral("Ask the room first: which costs more?");
    m_lessonIndex = m_window->lessonLibrary()->add(m_lesson);
}

void TestPresenter::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

bool TestPresenter::present()
{
    m_window->presentation()->setPresenterEnabled(true, false);
    m_window->lessons()->showStep(m_lessonIndex, 0);
    m_window->enterPresentation();
    return m_window->presenting() && presenter() && QTest::qWaitForWindowExposed(presenter());
}

void TestPresenter::enteringShowsNotesAndNextStep()
{
    QVERIFY(present());
    QVERIFY(presenter()->isVisible());
    QVERIFY(presenter()->isWindow());
    QCOMPARE(presenter()->positionText(), QStringLiteral("Step 1 of %1").arg(stepCount()));
    QCOMPARE(presenter()->notesText(), m_lesson.steps[0].notes.english);
    QCOMPARE(presenter()->captionText(), shownLessonText(m_lesson.steps[0].caption));
    QCOMPARE(presenter()->nextText(), shownLessonText(m_lesson.steps[1].caption));
    // The next step is drawn from its own scenario while the audience still sees the first;
    // the audience's chart is the chart in front of the main window.
    QTRY_VERIFY(!presenter()->nextPicture().isNull());
    QCOMPARE(presenter()->nextPicture().size(), QSize(1280, 720));
    // (Grabbed again once the window has become full screen.)
    QTRY_COMPARE(presenter()->currentPicture().size(),
                 m_window->currentChart()->grab().toImage().size());
    QCOMPARE(m_window->currentChart()->chartId(), m_lesson.steps[0].chart);
    QCOMPARE(m_window->lessonBar()->stepIndex(), 0);
}

void TestPresenter::clickerKeysStepBothWindows()
{
    QVERIFY(present());
    QTRY_VERIFY(!presenter()->nextPicture().isNull());
    const QImage firstPreview = presenter()->nextPicture();

    // PageDown in the presenter's window steps the audience's.
    QTest::keyClick(presenter(), Qt::Key_PageDown);
    QCOMPARE(m_window->lessonBar()->stepIndex(), 1);
    QCOMPARE(m_window->currentChart()->chartId(), m_lesson.steps[1].chart);
    QCOMPARE(presenter()->positionText(), QStringLiteral("Step 2 of %1").arg(stepCount()));
    QCOMPARE(presenter()->captionText(), shownLessonText(m_lesson.steps[1].caption));
    QCOMPARE(presenter()->notesText(), QString()); // a placeholder says there are none
    QCOMPARE(presenter()->nextText(), shownLessonText(m_lesson.steps[2].caption));
    QTRY_VERIFY(!presenter()->nextPicture().isNull());
    QVERIFY(presenter()->nextPicture() != firstPreview);

    // The audience's window and the clicker's other keys step the presenter's.
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QCOMPARE(m_window->lessonBar()->stepIndex(), 2);
    QCOMPARE(presenter()->positionText(), QStringLiteral("Step 3 of %1").arg(stepCount()));
    QTest::keyClick(presenter(), Qt::Key_PageUp);
    QTest::keyClick(presenter(), Qt::Key_Left);
    QCOMPARE(m_window->lessonBar()->stepIndex(), 0);
    QCOMPARE(presenter()->positionText(), QStringLiteral("Step 1 of %1").arg(stepCount()));
    QCOMPARE(presenter()->notesText(), m_lesson.steps[0].notes.english);
    QTest::keyClick(presenter(), Qt::Key_Space);
    QCOMPARE(m_window->lessonBar()->stepIndex(), 1);
}

void TestPresenter::lastStepEndsTheLesson()
{
    QVERIFY(present());
    for (int i = 1; i < stepCount(); ++i)
        QTest::keyClick(presenter(), Qt::Key_PageDown);
    QCOMPARE(presenter()->positionText(), QStringLiteral("Step %1 of %1").arg(stepCount()));
    QCOMPARE(presenter()->nextText(), QStringLiteral("End of lesson"));
    QTest::qWait(50); // the preview would be drawn by now
    QVERIFY(presenter()->nextPicture().isNull());
}

void TestPresenter::clockCountsTimePresenting()
{
    QVERIFY(present());
    QVERIFY2(presenter()->clockText().contains(QStringLiteral("0:00:00")),
             qPrintable(presenter()->clockText()));
    // The clock moves on within a few seconds; on a loaded machine (ctest -j2 beside a build)
    // its first tick may come late, so any of the first few seconds is right.
    QTRY_VERIFY_WITH_TIMEOUT(!presenter()->clockText().contains(QStringLiteral("0:00:00")), 6000);
    QVERIFY2(presenter()->clockText().contains(QRegularExpression(QStringLiteral("0:00:0[1-6]"))),
             qPrintable(presenter()->clockText()));
}

void TestPresenter::keyPSwitchesViewsOnOneScreen()
{
    if (QGuiApplication::screens().size() > 1)
        QSKIP("one screen only (the two-screen run checks that P leaves both windows shown)");
    QVERIFY(present());
    QVERIFY(m_window->presentation()->sharesScreen());
    // The presenter's view comes first, over the audience's, on the same screen.
    QCOMPARE(presenter()->screen(), m_window->screen());
    QCOMPARE(presenter()->geometry(), m_window->screen()->geometry());
    QTRY_COMPARE(QApplication::activeWindow(), presenter());
    QTest::keyClick(presenter(), Qt::Key_P);
    QVERIFY(presenter()->isHidden());
    QTRY_COMPARE(QApplication::activeWindow(), m_window);
    QVERIFY(m_window->isVisible());
    // The clicker still steps, and the presenter's view has followed when it comes back.
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QTest::keyClick(m_window, Qt::Key_P);
    QVERIFY(presenter()->isVisible());
    QTRY_COMPARE(QApplication::activeWindow(), presenter());
    QCOMPARE(presenter()->positionText(), QStringLiteral("Step 2 of %1").arg(stepCount()));
    QVERIFY(m_window->presenting());
}

void TestPresenter::escapeLeavesFromEitherWindow_data()
{
    QTest::addColumn<bool>("fromPresenter");
    QTest::newRow("presenter's window") << true;
    QTest::newRow("audience's window") << false;
}

void TestPresenter::escapeLeavesFromEitherWindow()
{
    QFETCH(bool, fromPresenter);
    m_window->resize(1200, 800);
    QCoreApplication::processEvents();
    const QSize before = m_window->size();
    const double fontSize = m_window->font().pointSizeF();
    QVERIFY(present());
    QTest::keyClick(fromPresenter ? static_cast<QWidget *>(presenter()) : m_window, Qt::Key_Escape);
    QVERIFY(!m_window->presenting());
    QVERIFY(!presenter());
    for (QWidget *window : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<PresenterView *>(window) || window->isHidden(),
                 "a presenter window is still shown");
    // The window is given back as presentation mode gives it back without the presenter.
    QVERIFY(m_window->menuBar()->isVisible());
    QCOMPARE(m_window->font().pointSizeF(), fontSize);
    QTRY_COMPARE(m_window->size(), before);
    // Presenting again opens a new presenter window.
    m_window->enterPresentation();
    QVERIFY(presenter());
    QVERIFY(presenter()->isVisible());
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!presenter());
}

void TestPresenter::withoutPresenterNothingChanges()
{
    m_window->presentation()->setPresenterEnabled(false, false);
    m_window->enterPresentation();
    QVERIFY(m_window->presenting());
    QVERIFY(!presenter());
    QTest::keyClick(m_window, Qt::Key_P); // not a key of presentation mode then
    QVERIFY(!presenter());
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!m_window->presenting());
}

void TestPresenter::viewMenuActionIsRemembered()
{
    // The menus are built again when the language or the theme changes: the action shown now.
    const auto action = [this] {
        QAction *found = nullptr;
        for (QAction *a :
             m_window->menuBar()->findChildren<QAction *>(QStringLiteral("presenterView")))
            found = a->associatedObjects().isEmpty() ? found : a;
        return found;
    };
    QVERIFY(action());
    QVERIFY(action()->isCheckable());
    QVERIFY(!action()->isChecked()); // off by default
    action()->trigger();
    QVERIFY(m_window->presentation()->presenterEnabled());
    QVERIFY(settings::presenterView());
    m_window->enterPresentation();
    QVERIFY(presenter());
    QTest::keyClick(presenter(), Qt::Key_Escape);
    QVERIFY(action()->isChecked());
    action()->trigger();
    QVERIFY(!m_window->presentation()->presenterEnabled());
    QVERIFY(!settings::presenterView());
    // --presenter turns it on for one run only; the menu shows it on.
    m_window->presentation()->setPresenterEnabled(true, false);
    QVERIFY(!settings::presenterView());
    QVERIFY(action()->isChecked());
}

void TestPresenter::twoScreensGiveEachWindowItsOwn()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        QSKIP("needs two screens: run as tst_presenter_two_screens");
    // The window is on the laptop's screen; no screen chosen: the audience gets the other.
    m_window->move(screens[0]->geometry().topLeft() + QPoint(20, 20));
    QTRY_COMPARE(m_window->screen(), screens[0]);
    QVERIFY(present());
    QCOMPARE(m_window->screen(), screens[1]);
    QCOMPARE(m_window->geometry(), screens[1]->geometry());
    QCOMPARE(presenter()->screen(), screens[0]);
    QCOMPARE(presenter()->geometry(), screens[0]->geometry());
    QVERIFY(!m_window->presentation()->sharesScreen());
    // Both stay shown: P switches nothing with two screens.
    QTest::keyClick(presenter(), Qt::Key_P);
    QVERIFY(presenter()->isVisible());
    QVERIFY(m_window->isVisible());
    QTest::keyClick(presenter(), Qt::Key_PageDown);
    QCOMPARE(m_window->lessonBar()->stepIndex(), 1);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!presenter());
    QTRY_COMPARE(m_window->screen(), screens[0]); // back where it was
}

void TestPresenter::twoScreensFollowPresentOn()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2)
        QSKIP("needs two screens: run as tst_presenter_two_screens");
    // The window is on the projector, and View > Present on chose it: the presenter gets the
    // laptop's screen.
    m_window->move(screens[1]->geometry().topLeft() + QPoint(20, 20));
    QTRY_COMPARE(m_window->screen(), screens[1]);
    m_window->presentation()->setScreenIndex(1);
    QVERIFY(present());
    QCOMPARE(m_window->screen(), screens[1]);
    QCOMPARE(presenter()->screen(), screens[0]);
    QCOMPARE(presenter()->geometry(), screens[0]->geometry());
    QTest::keyClick(presenter(), Qt::Key_Escape);
    QVERIFY(!m_window->presenting());
}

TCE_TEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
