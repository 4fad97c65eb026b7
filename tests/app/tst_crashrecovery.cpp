// Nothing lost: the real program autosaves its scenario; after SIGKILL the next start offers
// the scenario back; a clean exit leaves nothing to restore.
#include "autosave.h"
#include "catalog.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "scenariobuilder.h"
#include "scenariocontroller.h"
#include "scenariofile.h"
#include "testregistry.h"
#include "testwindow.h"

#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <memory>

using namespace tce;

using test::answerNextMessageBox;

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString autosaveFolder() const
    {
        return m_home.filePath(
            QStringLiteral("data/TokenCostExplorer/token-cost-explorer/autosave"));
    }
    QProcessEnvironment childEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        return env;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // This process plays "the next start": the same folders and names as the program.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("TokenCostExplorer"));
        QCoreApplication::setApplicationName(QStringLiteral("token-cost-explorer"));
        QCOMPARE(Autosave::defaultFolder(), autosaveFolder());
    }

    void killedMidSessionRestoresTheScenario()
    {
        // A scenario no default would produce: Mistral-7B, 3,333 in, 777 out, batch 7.
        const Catalog &catalog = Catalog::builtIn();
        ScenarioChanges changes;
        changes.modelId = QStringLiteral("mistral-7b");
        changes.inputTokens = 3333;
        changes.outputTokens = 777;
        changes.batch = 7;
        const auto scenario = applyChanges(catalog, defaultScenario(catalog), changes);
        QVERIFY2(scenario.ok(), qPrintable(scenario.error()));
        const QString file = m_home.filePath(QStringLiteral("work.tce.json"));
        QVERIFY(writeScenarioFile(file, scenario.value()).ok());

        QProcess app;
        app.setProcessEnvironment(childEnvironment());
        app.start(QStringLiteral(TCE_APP_BINARY), {file});
        QVERIFY(app.waitForStarted(10'000));
        const QString autosaved =
            QDir(autosaveFolder())
                .filePath(QStringLiteral("session-%1.tce.json").arg(app.processId()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaved), 20'000);
        // The autosave holds the session's scenario.
        QTRY_COMPARE_WITH_TIMEOUT(readScenarioFile(autosaved).ok(), true, 5'000);
        QCOMPARE(readScenarioFile(autosaved)->scenario.inputTokens, 3333);

        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10'000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(autosaved)); // a killed process cleans nothing up

        // The next start offers it; "Restore" brings the scenario back.
        QSettings().clear();
        MainWindow window(catalog);
        window.show();
        QCOMPARE(window.controller()->scenario().inputTokens, 2048); // the default story
        answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(window.documents()->offerRestore());
        const Scenario &restored = window.controller()->scenario();
        QCOMPARE(restored.model.id, QStringLiteral("mistral-7b"));
        QCOMPARE(restored.inputTokens, 3333);
        QCOMPARE(restored.outputTokens, 777);
        QCOMPARE(restored.serving.batch, 7);
        // The scenario came from work.tce.json: it is that file again, with unsaved changes.
        QCOMPARE(window.documents()->currentFile(), QFileInfo(file).absoluteFilePath());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("work.tce.json")));
        QVERIFY(window.isWindowModified());
        // Restoring is undoable, and the orphan is gone: a third start offers nothing.
        QVERIFY(window.controller()->undoStack()->canUndo());
        QVERIFY(!QFile::exists(autosaved));
        QVERIFY(!window.documents()->offerRestore());
        answerNextMessageBox(QMessageBox::DestructiveRole); // unsaved changes: discard
        QVERIFY(window.close());
    }

    void declinedOffersAreForgotten()
    {
        // An orphan with a lock nobody holds (its PID is not running).
        QDir().mkpath(autosaveFolder());
        const QString orphan =
            QDir(autosaveFolder()).filePath(QStringLiteral("session-999999.tce.json"));
        const Catalog &catalog = Catalog::builtIn();
        QVERIFY(writeScenarioFile(orphan, defaultScenario(catalog)).ok());
        MainWindow window(catalog);
        answerNextMessageBox(QMessageBox::DestructiveRole);
        QVERIFY(!window.documents()->offerRestore());
        QVERIFY(!QFile::exists(orphan));
        window.close();
    }

    void aCleanExitLeavesNothingToRestore()
    {
        const Catalog &catalog = Catalog::builtIn();
        {
            MainWindow window(catalog);
            window.show();
            Scenario s = window.controller()->scenario();
            s.inputTokens = 1234;
            window.controller()->edit(s, QStringLiteral("test"), false);
            Autosave *autosave = window.documents()->autosave();
            autosave->flush();
            QVERIFY(QFile::exists(autosave->sessionFile()));
            answerNextMessageBox(QMessageBox::DestructiveRole); // unsaved changes: discard
            QVERIFY(window.close());
            QVERIFY(!QFile::exists(autosave->sessionFile()));
        }
        MainWindow next(catalog);
        QVERIFY(!next.documents()->offerRestore());
    }

    void theAutosaveNamesTheFileItCameFrom()
    {
        QTemporaryDir folder;
        Autosave autosave(folder.path());
        const Scenario scenario = defaultScenario(Catalog::builtIn());
        autosave.scenarioChanged(scenario);
        autosave.flush();
        QCOMPARE(Autosave::read(autosave.sessionFile())->sourceFile, QString());
        // A new name alone is written too (Save as after the last change).
        autosave.setSourceFile(QStringLiteral("/work/story.tce.json"));
        autosave.flush();
        const auto session = Autosave::read(autosave.sessionFile());
        QVERIFY2(session.ok(), qPrintable(session.error()));
        QCOMPARE(session->sourceFile, QStringLiteral("/work/story.tce.json"));
        QCOMPARE(session->scenario.inputTokens, scenario.inputTokens);
        // It is still a scenario file that any reader opens.
        QVERIFY(readScenarioFile(autosave.sessionFile()).ok());
        autosave.finishCleanly();
    }

    void aLiveInstanceIsNotAnOrphan()
    {
        QProcess app;
        app.setProcessEnvironment(childEnvironment());
        app.start(QStringLiteral(TCE_APP_BINARY), {});
        QVERIFY(app.waitForStarted(10'000));
        const QString lock =
            QDir(autosaveFolder()).filePath(QStringLiteral("session-%1.lock").arg(app.processId()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 20'000);
        // Its session file exists as soon as it autosaves; write one to be sure it is there.
        const QString file =
            QDir(autosaveFolder())
                .filePath(QStringLiteral("session-%1.tce.json").arg(app.processId()));
        QVERIFY(writeScenarioFile(file, defaultScenario(Catalog::builtIn())).ok());
        Autosave mine(autosaveFolder());
        for (const Autosave::Orphan &o : mine.orphans())
            QVERIFY(o.file != file);
        app.kill();
        app.waitForFinished(10'000);
        Autosave::discard(mine.orphans());
    }
};

TCE_TEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
