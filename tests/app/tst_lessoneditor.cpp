// The lesson editor as a teacher uses it (issue 16, part 1): record steps from what the window
// shows, type captions and notes, reorder with keys and by drag, undo, save, open the file
// again, and present it with a clicker's keys; bad files are refused and change nothing.
#include "chartview.h"
#include "lesson.h"
#include "lessonbar.h"
#include "lessoncontroller.h"
#include "lessoneditor.h"
#include "lessoneditordock.h"
#include "lessonlibrary.h"
#include "scenariobuilder.h"
#include "testregistry.h"
#include "testwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace tce;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The window's scenario with `changes` applied, as a user's slider edits would leave it.
void changeScenario(MainWindow &window, const ScenarioChanges &changes)
{
    const auto next = applyChanges(Catalog::builtIn(), window.controller()->scenario(), changes);
    QVERIFY2(next, qPrintable(next.error()));
    window.controller()->edit(next.value(), QStringLiteral("test"), false);
    window.controller()->flush();
}

QJsonArray savedSteps(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path))
        .object()
        .value(QStringLiteral("lessons"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("steps"))
        .toArray();
}

} // namespace

class TestLessonEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::useTestSettings(); }
    void init() { m_window = test::openWindow(); }
    void cleanup()
    {
        m_window->lessonEditor()->undoStack()->setClean(); // no "save changes?" on close
        delete m_window;
        m_window = nullptr;
    }
    void recordReorderSaveReopenPresent();
    void everyEditIsOneUndoStep();
    void captionsInSeveralLanguages();
    void editingABuiltInLessonKeepsItAndSavesAnEqualLesson();
    void badLessonFilesChangeNothing_data();
    void badLessonFilesChangeNothing();
    void fileMenuExportsTheLessonInTheBar();
    void screenshots();

private:
    MainWindow *m_window = nullptr;
};

void TestLessonEditor::recordReorderSaveReopenPresent()
{
    MainWindow &w = *m_window;
    LessonEditor *editor = w.lessonEditor();
    LessonEditorDock *dock = editor->dock();
    const int builtIn = w.lessonLibrary()->size();

    // Step 1: batch 1, the per-token chart in seconds on a log axis.
    ScenarioChanges one;
    one.batch = 1;
    one.inputTokens = 4000;
    changeScenario(w, one);
    ChartView *perToken = test::showChart(w, QStringLiteral("per-token"));
    QVERIFY(perToken->setLessonOption(QStringLiteral("metric"), QStringLiteral("seconds")));
    QVERIFY(perToken->setLessonOption(QStringLiteral("log"), QStringLiteral("1")));
    editor->newLesson();
    QVERIFY(dock->isVisible());
    QCOMPARE(w.lessonLibrary()->size(), builtIn + 1);
    QTest::keyClicks(dock->captionEdit(), QStringLiteral("Decode is slow at batch 1."));
    QTest::keyClicks(dock->notesEdit(), QStringLiteral("Ask: what does the GPU wait for?"));

    // Step 2: batch 32 on the batching chart, recorded with the editor's key (Ctrl+R).
    ScenarioChanges two;
    two.batch = 32;
    changeScenario(w, two);
    test::showChart(w, QStringLiteral("batch"));
    dock->stepList()->setFocus();
    QTest::keyClick(dock->stepList(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(editor->editedLesson()->steps.size(), 2);
    QCOMPARE(dock->currentStep(), 1);
    QTest::keyClicks(dock->captionEdit(), QStringLiteral("Batching shares the weights."));

    // Step 3: A pinned at batch 32, B with a longer prompt, on the KV memory chart.
    w.pinComparison();
    ScenarioChanges three;
    three.inputTokens = 16000;
    changeScenario(w, three);
    test::showChart(w, QStringLiteral("kv-memory"));
    dock->recordAction()->trigger();
    QTest::keyClicks(dock->captionEdit(), QStringLiteral("Long prompts fill the memory."));
    QTest::keyClicks(dock->annotationEdit(), QStringLiteral("here"));
    QCOMPARE(editor->editedLesson()->steps.size(), 3);

    // Reorder: step 3 up with Alt+Up, then back down by dragging it (a drop moves the row).
    dock->stepList()->setFocus();
    QTest::keyClick(dock->stepList(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(editor->editedLesson()->steps.at(1).chart, QStringLiteral("kv-memory"));
    QVERIFY(dock->stepList()->model()->moveRow(QModelIndex(), 1, QModelIndex(), 3));
    QTRY_COMPARE(editor->editedLesson()->steps.at(2).chart, QStringLiteral("kv-memory"));
    QCOMPARE(dock->stepList()->count(), 3);

    // Save, and compare the file with what was recorded.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Batching 101.tce-lesson.json"));
    QVERIFY(editor->saveAs(path));
    QVERIFY(!editor->isModified());
    const QJsonArray steps = savedSteps(path);
    QCOMPARE(steps.size(), 3);
    const QJsonObject first = steps.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("chart")).toString(), QStringLiteral("per-token"));
    QCOMPARE(first.value(QStringLiteral("metric")).toString(), QStringLiteral("seconds"));
    QCOMPARE(first.value(QStringLiteral("log")), QJsonValue(true));
    // Only what differs from the default serving scenario (batch 16, 2,048 in).
    QCOMPARE(first.value(QStringLiteral("scenario")).toObject(),
             (QJsonObject{{"batch", 1}, {"input", 4000}}));
    QCOMPARE(first.value(QStringLiteral("caption")).toString(),
             QStringLiteral("Decode is slow at batch 1."));
    QCOMPARE(first.value(QStringLiteral("notes")).toString(),
             QStringLiteral("Ask: what does the GPU wait for?"));
    const QJsonObject second = steps.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("chart")).toString(), QStringLiteral("batch"));
    QCOMPARE(second.value(QStringLiteral("scenario")).toObject(),
             (QJsonObject{{"batch", 32}, {"input", 4000}}));
    QVERIFY(!second.contains(QStringLiteral("pinned")));
    const QJsonObject third = steps.at(2).toObject();
    QCOMPARE(third.value(QStringLiteral("scenario")).toObject(),
             (QJsonObject{{"batch", 32}, {"input", 16000}}));
    QCOMPARE(third.value(QStringLiteral("pinned")).toObject(),
             (QJsonObject{{"batch", 32}, {"input", 4000}}));
    QCOMPARE(third.value(QStringLiteral("annotation")).toObject().value(QStringLiteral("text")),
             QJsonValue(QStringLiteral("here")));
    // A new lesson takes its id from the file's name.
    const auto reread = loadLessons(path);
    QVERIFY2(reread, qPrintable(reread.error()));
    QCOMPARE(reread->at(0).id, QStringLiteral("batching-101"));
    QVERIFY(reread->at(0) == *editor->editedLesson());

    // Open it again (as from the menu, the command line or a drop): the same lesson, in place.
    QVERIFY(w.openFile(path));
    QCOMPARE(w.lessonLibrary()->size(), builtIn + 1);
    const int index = w.lessonLibrary()->indexOfFile(path);
    QVERIFY(index >= builtIn);
    QVERIFY(*w.lessonLibrary()->lesson(index) == reread->at(0));

    // Present it: the clicker's PageDown shows step 2 with its scenario and chart.
    w.lessons()->showStep(index, 0);
    w.enterPresentation();
    QVERIFY(w.presenting());
    QCOMPARE(w.lessonBar()->captionText(), QStringLiteral("Decode is slow at batch 1."));
    QTest::keyClick(&w, Qt::Key_PageDown);
    QCOMPARE(w.lessonBar()->stepIndex(), 1);
    QCOMPARE(w.lessonBar()->captionText(), QStringLiteral("Batching shares the weights."));
    QCOMPARE(w.currentChart()->chartId(), QStringLiteral("batch"));
    QCOMPARE(w.controller()->scenario().serving.batch, 32);
    QTest::keyClick(&w, Qt::Key_PageDown);
    QCOMPARE(w.currentChart()->chartId(), QStringLiteral("kv-memory"));
    QVERIFY(w.currentChart()->reference()); // the step's A
    QCOMPARE(w.currentChart()->reference()->scenario().inputTokens, 4000);
    QTest::keyClick(&w, Qt::Key_Escape);
    QVERIFY(!w.presenting());
}

void TestLessonEditor::everyEditIsOneUndoStep()
{
    MainWindow &w = *m_window;
    LessonEditor *editor = w.lessonEditor();
    LessonEditorDock *dock = editor->dock();
    editor->newLesson();
    QUndoStack *undo = editor->undoStack();
    QCOMPARE(undo->count(), 0);
    QTest::keyClicks(dock->captionEdit(), QStringLiteral("Twelve keys."));
    QCOMPARE(undo->count(), 1); // typing a caption is one step, not twelve
    dock->recordAction()->trigger();
    dock->duplicateAction()->trigger();
    QCOMPARE(editor->editedLesson()->steps.size(), 3);
    QCOMPARE(undo->count(), 3);
    // Delete in a text field deletes a character, not the step; in the list it deletes the step.
    QTest::keyClicks(dock->captionEdit(), QStringLiteral("ab"));
    QTest::keyClick(dock->captionEdit(), Qt::Key_Left);
    QTest::keyClick(dock->captionEdit(), Qt::Key_Delete);
    QCOMPARE(dock->captionEdit()->toPlainText(), QStringLiteral("a"));
    QCOMPARE(undo->count(), 4); // "ab" and the deletion: one step
    undo->undo();
    QCOMPARE(editor->editedLesson()->steps.size(), 3);
    dock->stepList()->setFocus();
    QTest::keyClick(dock->stepList(), Qt::Key_Delete);
    QCOMPARE(editor->editedLesson()->steps.size(), 2);
    undo->undo();
    QCOMPARE(editor->editedLesson()->steps.size(), 3);
    dock->deleteAction()->trigger();
    QCOMPARE(editor->editedLesson()->steps.size(), 2);
    // Edit > Undo acts on the lesson while the editor has the focus.
    dock->stepList()->setFocus();
    QApplication::processEvents();
    QTest::keyClick(dock->stepList(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->editedLesson()->steps.size(), 3);
    undo->undo(); // the duplicate
    undo->undo(); // the record
    QCOMPARE(editor->editedLesson()->steps.size(), 1);
    undo->undo(); // the caption
    QVERIFY(editor->editedLesson()->steps.at(0).caption.english.isEmpty());
    QVERIFY(dock->captionEdit()->toPlainText().isEmpty());
    undo->redo();
    QCOMPARE(dock->captionEdit()->toPlainText(), QStringLiteral("Twelve keys."));
    // The last step cannot go: a lesson file needs one.
    while (undo->canUndo())
        undo->undo();
    dock->deleteAction()->trigger();
    QCOMPARE(editor->editedLesson()->steps.size(), 1);
}

void TestLessonEditor::captionsInSeveralLanguages()
{
    MainWindow &w = *m_window;
    LessonEditor *editor = w.lessonEditor();
    LessonEditorDock *dock = editor->dock();
    editor->newLesson();
    QTest::keyClicks(dock->captionEdit(), QStringLiteral("One step."));
    auto *language = dock->findChild<QComboBox *>();
    QVERIFY(language);
    const int german = language->findData(QStringLiteral("de"));
    QVERIFY(german > 0);
    language->setCurrentIndex(german);
    emit language->activated(german);
    QVERIFY(dock->captionEdit()->toPlainText().isEmpty()); // not written in German yet
    QTest::keyClicks(dock->captionEdit(), QStringLiteral("Ein Schritt."));
    const LessonText &caption = editor->editedLesson()->steps.at(0).caption;
    QCOMPARE(caption.english, QStringLiteral("One step."));
    QCOMPARE(caption.translations.value(QStringLiteral("de")), QStringLiteral("Ein Schritt."));
    // The window shows the lesson in its language, else English.
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    w.lessons()->showStep(editor->editedIndex(), 0);
    QCOMPARE(w.lessonBar()->captionText(), QStringLiteral("Ein Schritt."));
    QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
    w.lessons()->showStep(editor->editedIndex(), 0);
    QCOMPARE(w.lessonBar()->captionText(), QStringLiteral("One step."));
    QLocale::setDefault(before);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.tce-lesson.json"));
    QVERIFY(editor->saveAs(path));
    QCOMPARE(savedSteps(path).at(0).toObject().value(QStringLiteral("caption")).toObject(),
             (QJsonObject{{"en", "One step."}, {"de", "Ein Schritt."}}));
}

void TestLessonEditor::editingABuiltInLessonKeepsItAndSavesAnEqualLesson()
{
    MainWindow &w = *m_window;
    LessonEditor *editor = w.lessonEditor();
    const int builtIn = w.lessonLibrary()->size();
    w.lessons()->showStep(2, 0);
    editor->editLesson(2);
    QCOMPARE(editor->editedIndex(), builtIn); // a copy
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.tce-lesson.json"));
    QVERIFY(editor->saveAs(path));
    const auto saved = loadLessons(path);
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(saved->at(0) == builtInLessons().at(2)); // id kept, every step as shipped
    // Editing the copy leaves the built-in lesson alone.
    QTest::keyClicks(editor->dock()->captionEdit(), QStringLiteral(" Changed."));
    QVERIFY(*w.lessonLibrary()->lesson(2) == builtInLessons().at(2));
    QVERIFY(editor->isModified());
}

void TestLessonEditor::badLessonFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("step");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown chart")
        << QByteArray(R"({"chart": "pie", "scenario": {}, "caption": "x"})")
        << QStringLiteral("step 2: \"chart\" is \"pie\"; expected one of");
    QTest::newRow("metric the chart lacks")
        << QByteArray(R"({"chart": "batch", "metric": "flops", "scenario": {}, "caption": "x"})")
        << QStringLiteral("step 2: \"metric\" is set, but the batch chart takes no metric");
    QTest::newRow("unknown metric")
        << QByteArray(R"({"chart": "per-token", "metric": "joy", "scenario": {}, "caption": "x"})")
        << QStringLiteral("step 2: \"metric\" is \"joy\", which the per-token chart does not take");
    QTest::newRow("unknown model")
        << QByteArray(R"({"chart": "batch", "scenario": {"model": "gpt-9"}, "caption": "x"})")
        << QStringLiteral("step 2: scenario: unknown model \"gpt-9\"");
    QTest::newRow("unknown mix")
        << QByteArray(R"({"chart": "margins", "mix": "poetry", "scenario": {}, "caption": "x"})")
        << QStringLiteral("step 2: \"mix\" is \"poetry\"; expected one of");
    QTest::newRow("batch out of range")
        << QByteArray(R"({"chart": "batch", "scenario": {"batch": -3}, "caption": "x"})")
        << QStringLiteral("step 2 scenario: \"batch\" is -3");
}

void TestLessonEditor::badLessonFilesChangeNothing()
{
    QFETCH(QByteArray, step);
    QFETCH(QString, message);
    MainWindow &w = *m_window;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.tce-lesson.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": "token-cost-explorer/lessons", "version": 1, "lessons": [
      {"id": "mine", "title": "Mine", "steps": [
        {"chart": "batch", "scenario": {}, "caption": "fine"}, )" +
               step + "]}]}");
    file.close();
    const int lessons = w.lessonLibrary()->size();
    const Scenario before = w.controller()->scenario();
    const Status opened = w.lessonEditor()->open(path);
    QVERIFY(!opened);
    QVERIFY2(
        opened.error().startsWith(QLatin1String("bad.tce-lesson.json: lesson \"mine\" step 2")),
        qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(message), qPrintable(opened.error()));
    QCOMPARE(w.lessonLibrary()->size(), lessons);
    QVERIFY(w.controller()->scenario() == before);
}

// File > Export lesson writes the lesson the bar shows, a user's lesson too (it once took the
// bar's index into the built-in lessons), here as PNG files into a folder.
void TestLessonEditor::fileMenuExportsTheLessonInTheBar()
{
    MainWindow &w = *m_window;
    LessonEditor *editor = w.lessonEditor();
    editor->newLesson();
    editor->dock()->recordAction()->trigger();
    QCOMPARE(editor->editedLesson()->steps.size(), 2);
    QCOMPARE(w.lessonBar()->lessonIndex(), editor->editedIndex());
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("slides"));
    QAction *exportLesson = nullptr;
    for (QAction *action : w.findChildren<QAction *>())
        exportLesson = action->text() == QStringLiteral("Export &lesson…") ? action : exportLesson;
    QVERIFY(exportLesson);
    bool answered = false;
    QTimer::singleShot(0, [&] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        const QStringList filters = dialog->nameFilters();
        const auto png = std::find_if(filters.begin(), filters.end(), [](const QString &f) {
            return f.startsWith(QLatin1String("PNG"));
        });
        QVERIFY(png != filters.end());
        dialog->selectNameFilter(*png);
        dialog->selectFile(folder + QStringLiteral(".pdf"));
        answered = true;
        QMetaObject::invokeMethod(dialog, "accept");
    });
    exportLesson->trigger();
    QVERIFY(answered);
    const QStringList written = QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files);
    QCOMPARE(written.size(), 2); // the new lesson's two steps, not a built-in lesson's six
}

// The editor as it looks at the two sizes the issue names; saved when TCE_SCREENSHOT_DIR is
// set (CI does not set it), checked for a sane layout always.
void TestLessonEditor::screenshots()
{
    MainWindow &w = *m_window;
    w.lessons()->showStep(0, 2);
    w.lessonEditor()->editLesson(0);
    LessonEditorDock *dock = w.lessonEditor()->dock();
    QTest::keyClicks(dock->notesEdit(), QStringLiteral("Ask: how many bytes per token?"));
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        w.resize(size);
        QApplication::processEvents();
        QTRY_VERIFY(dock->width() > 200);
        QVERIFY(dock->captionEdit()->height() >= dock->captionEdit()->fontMetrics().height());
        const QString folder = qEnvironmentVariable("TCE_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(
                w.grab().save(QStringLiteral("%1/editor-%2.png").arg(folder).arg(size.width())));
    }
}

TCE_TEST_MAIN(TestLessonEditor)
#include "tst_lessoneditor.moc"
