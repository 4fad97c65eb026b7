// File > Calibrate from measurements (issue 14): the controller fits the user's files with the
// current scenario filling in what they do not say and opens the dialog on the fit, whose
// fitted profile is used (one undo step) or saved as a user profile and used. What the dialog
// shows of a calibration: tests/widgets/tst_calibrationdialog.
#include "calibration.h"
#include "calibrationchart.h"
#include "calibrationcontroller.h"
#include "calibrationdialog.h"
#include "engineresolution.h"
#include "helpwindow.h"
#include "measurement.h"
#include "scenariobuilder.h"
#include "scenariopanel.h"
#include "testregistry.h"
#include "testsupport.h"
#include "testwindow.h"
#include "userprofiles.h"

#include <QComboBox>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

using namespace tce;

namespace {

QString fixture()
{
    return test::dataPath(QStringLiteral("calibration/fixtures/llama-bench-mi300x.md"));
}

// The text of the message box that opens next, which is then closed. Polled, not waited for:
// the box's own event loop runs above whatever waits here.
void answerNextWarning(QString *text)
{
    QTimer::singleShot(20, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextWarning(text);
        *text = box->text();
        box->accept();
    });
}

// `text` written to `name` in `dir`; the file's path, or empty when it could not be written.
QString writtenFile(const QTemporaryDir &dir, const char *name, const QByteArray &text)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() ? path : QString();
}

} // namespace

class TestCalibrationController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;

    ScenarioController *scenarios() const { return m_window->controller(); }

    // A window on DeepSeek-V3 and an MI300X (what the llama-bench file does not say), with
    // that scenario set as it opens, not as an edit.
    void openWindow()
    {
        m_window.reset(test::openWindow());
        ScenarioChanges changes;
        changes.modelId = QStringLiteral("deepseek-v3");
        changes.hardwareId = QStringLiteral("mi300x");
        const auto s = applyChanges(Catalog::builtIn(), scenarios()->scenario(), changes);
        QVERIFY2(s, qPrintable(s.error()));
        scenarios()->setScenario(s.value());
        scenarios()->undoStack()->clear();
        scenarios()->flush();
    }

    CalibrationController *calibrated(const QStringList &files)
    {
        auto *controller = new CalibrationController(m_window.get());
        controller->calibrateFiles(files);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(controller->dialog(), 30000);
        }();
        return controller;
    }

private slots:
    void initTestCase()
    {
        test::useTestSettings();
        // Test mode keeps data under $HOME/.qttest: a temporary home keeps saved profiles out
        // of the real one and gone after the run.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    }
    void init() { openWindow(); }
    void cleanup() { m_window.reset(); }

    void theFileMenuHasTheCommand()
    {
        QStringList texts;
        for (QAction *a : m_window->menuBar()->actions().first()->menu()->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("Calibrate from &measurements…")),
                 qPrintable(texts.join(QLatin1Char('|'))));
    }

    void calibratingOpensTheDialogOnTheFit()
    {
        const auto file = readMeasurementsFile(fixture());
        QVERIFY(file);
        CalibrationController *controller = calibrated({fixture()});
        CalibrationDialog *dialog = controller->dialog();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->chart()->pointsAfterFit(), int(file->rows.size()));
        const QString summary = dialog->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("Rows: 13, from llama-bench-mi300x.md")),
                 qPrintable(summary));
        QVERIFY(dialog->saveButton()->isEnabled());
    }

    void usingTheFitIsOneUndoStep()
    {
        const EngineProfile before = scenarios()->scenario().serving.engine;
        CalibrationController *controller = calibrated({fixture()});
        QCOMPARE(scenarios()->scenario().serving.engine, before); // nothing yet
        const EngineProfile expected = resolveEngine(controller->calibration()->fitted.first(),
                                                     scenarios()->scenario().hardware);
        QVERIFY(expected != before);

        controller->dialog()->useButton()->click();
        QCOMPARE(scenarios()->scenario().serving.engine, expected);
        QCOMPARE(scenarios()->undoStack()->count(), 1);
        QTRY_VERIFY(!controller->dialog()); // used: the dialog closed

        scenarios()->undoStack()->undo();
        QCOMPARE(scenarios()->scenario().serving.engine, before);
    }

    void savingWritesTheProfileAndUsesIt()
    {
        const EngineProfile before = scenarios()->scenario().serving.engine;
        CalibrationController *controller = calibrated({fixture()});

        QVERIFY(!controller->saveProfile(QStringLiteral("my mi300x"))); // not a file name
        QVERIFY(!controller->saveProfile(QStringLiteral("llama.cpp"))); // built in
        QCOMPARE(scenarios()->undoStack()->count(), 0);

        const auto path = controller->saveProfile(QStringLiteral("my-mi300x"));
        QVERIFY2(path, qPrintable(path.error()));
        QCOMPARE(path.value(), userProfilePath(QStringLiteral("my-mi300x")));
        QVERIFY2(path->startsWith(m_home.path()), qPrintable(path.value()));
        const auto saved = readUserProfile(path.value());
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->id, QStringLiteral("my-mi300x"));

        const Scenario &s = scenarios()->scenario();
        QCOMPARE(s.serving.engine.id, QStringLiteral("my-mi300x"));
        QCOMPARE(s.serving.engine, resolveEngine(saved.value(), s.hardware));
        QCOMPARE(scenarios()->undoStack()->count(), 1);
        scenarios()->undoStack()->undo();
        QCOMPARE(scenarios()->scenario().serving.engine, before);
    }

    // Saved, the profile is in the engine list at once (not only after a restart): it shows as
    // the current engine, and choosing another engine and then it again brings its numbers
    // back, resolved for the GPU.
    void aSavedProfileJoinsTheEngineList()
    {
        CalibrationController *controller = calibrated({fixture()});
        QComboBox *engines = m_window->scenarioPanel()->engineBox();
        const int builtIn = engines->count();
        QVERIFY(controller->saveProfile(QStringLiteral("my-mi300x")));
        QCOMPARE(engines->count(), builtIn + 1);
        QCOMPARE(engines->currentData().toString(), QStringLiteral("my-mi300x"));
        const auto saved = readUserProfile(userProfilePath(QStringLiteral("my-mi300x")));
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(engines->currentText(), saved->name);

        engines->setCurrentIndex(engines->findData(QStringLiteral("vllm")));
        emit engines->activated(engines->currentIndex());
        QCOMPARE(scenarios()->scenario().serving.engine.id, QStringLiteral("vllm"));
        engines->setCurrentIndex(engines->findData(QStringLiteral("my-mi300x")));
        emit engines->activated(engines->currentIndex());
        const Scenario &s = scenarios()->scenario();
        QCOMPARE(s.serving.engine, resolveEngine(saved.value(), s.hardware));

        // Saved again under the same name: still one entry.
        QVERIFY(controller->saveProfile(QStringLiteral("my-mi300x")));
        QCOMPARE(engines->count(), builtIn + 1);
    }

    // Saved, the profile is the window's from then on, not only the engine list's: rows that
    // name no engine are read as the current engine's, and the current engine is the profile
    // (before, the fit read the catalog as it was at start and refused the rows: "unknown
    // engine" until a restart). The About page lists it too.
    void aSavedProfileIsTheWindowsAtOnce()
    {
        CalibrationController *first = calibrated({fixture()});
        QVERIFY(first->saveProfile(QStringLiteral("my-mi300x")));
        const EngineProfile *saved = m_window->catalog().findEngine(QStringLiteral("my-mi300x"));
        QVERIFY(saved);
        QCOMPARE(scenarios()->scenario().serving.engine.id, QStringLiteral("my-mi300x"));

        QTemporaryDir dir;
        const QString plain =
            writtenFile(dir, "more-runs.csv",
                        "model,hardware,gpus,batch,input,output,weights,kv,metric,value\n"
                        "deepseek-v3,mi300x,8,1,512,128,q4_k_m,fp16,decode_tok_s,20\n");
        QVERIFY(!plain.isEmpty());
        CalibrationController *second = calibrated({plain});
        QVERIFY(second->calibration());
        QCOMPARE(second->calibration()->fitted.first().id, QStringLiteral("my-mi300x"));
        QVERIFY(HelpWindow::aboutPage(m_window->catalog()).html.contains(saved->name));
    }

    void aBadFileShowsTheErrorAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString bad =
            writtenFile(dir, "runs.csv",
                        "model,hardware,gpus,batch,input,output,weights,kv,metric,value\n"
                        "deepseek-v3,mi300x,8,1,512,128,q4_k_m,fp16,decode_tok_s,-3\n");
        QVERIFY(!bad.isEmpty());
        const Scenario before = scenarios()->scenario();

        auto *controller = new CalibrationController(m_window.get());
        QString message;
        answerNextWarning(&message);
        controller->calibrateFiles({bad});
        QTRY_VERIFY_WITH_TIMEOUT(!controller->running(), 30000);
        QTRY_VERIFY(!message.isEmpty());
        QVERIFY2(message.contains(QStringLiteral("runs.csv")) &&
                     message.contains(QStringLiteral("line 2")) &&
                     message.contains(QStringLiteral("-3")),
                 qPrintable(message));
        QVERIFY(!controller->dialog());
        QVERIFY(!controller->calibration());
        QCOMPARE(scenarios()->scenario(), before);
        QCOMPARE(scenarios()->undoStack()->count(), 0);
    }

    void rowsOfTwoEnginesCannotBeSaved()
    {
        QTemporaryDir dir;
        const QString two =
            writtenFile(dir, "two-engines.csv",
                        "engine,model,hardware,gpus,batch,input,output,weights,kv,metric,value\n"
                        "vllm,llama-3.1-8b,h100-sxm,1,1,128,128,fp16,fp16,decode_tok_s,120\n"
                        "llama.cpp,llama-3.1-8b,h100-sxm,1,1,128,128,fp16,fp16,decode_tok_s,110\n");
        QVERIFY(!two.isEmpty());
        CalibrationController *controller = calibrated({two});
        // The dialog's Save button is disabled (tests/widgets/tst_calibrationdialog); the
        // controller refuses too.
        QVERIFY(!controller->dialog()->saveButton()->isEnabled());
        QVERIFY(!controller->saveProfile(QStringLiteral("both")));
    }
};

TCE_TEST_MAIN(TestCalibrationController)
#include "tst_calibrationcontroller.moc"
