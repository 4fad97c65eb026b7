#include "calibrationcontroller.h"

#include "calibration.h"
#include "calibrationdialog.h"
#include "catalog.h"
#include "engineresolution.h"
#include "errormessage.h"
#include "mainwindow.h"
#include "scenariocontroller.h"
#include "userprofiles.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace tce {

CalibrationController::CalibrationController(MainWindow *window)
    : QObject(window)
    , m_scenarios(window->controller())
    , m_window(window)
{
    // One fit at a time, and the window stays responsive while it runs.
    m_pool.setMaxThreadCount(1);
}

CalibrationController::~CalibrationController()
{
    // A fit still running posts its result to this object: it must end before this does.
    m_pool.waitForDone();
    if (m_running)
        QApplication::restoreOverrideCursor();
}

CalibrationDialog *CalibrationController::dialog() const
{
    return m_dialog;
}

QAction *CalibrationController::addAction(QMenu *menu, MainWindow *window)
{
    QAction *action = menu->addAction(tr("Calibrate from &measurements…"), window, [window] {
        auto *controller = new CalibrationController(window);
        controller->m_deleteWhenDone = true;
        connect(controller, &CalibrationController::statusMessage, window->statusBar(),
                [window](const QString &text) { window->statusBar()->showMessage(text); });
        controller->chooseFiles();
    });
    action->setStatusTip(tr("Fit the engine's numbers to your own benchmark results (llama-bench, "
                            "vLLM, genai-perf, trtllm-bench or a CSV)"));
    return action;
}

void CalibrationController::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Calibrate from measurements"), QString(),
        tr("Benchmark results (*.json *.jsonl *.csv *.md *.txt);;All files (*)"));
    if (files.isEmpty()) {
        if (m_deleteWhenDone)
            deleteLater();
        return;
    }
    calibrateFiles(files);
}

void CalibrationController::calibrateFiles(const QStringList &files)
{
    if (m_running)
        return;
    m_running = true;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    emit statusMessage(tr("Calibrating…"));
    // What the files do not say (model, GPU, precisions, often the engine) is the scenario's.
    const Scenario base = m_scenarios->scenario();
    // A copy (its lists are shared, not copied): the window's catalog may gain a profile while
    // the fit runs, and this thread must not read it then.
    const Catalog catalog = m_window->catalog();
    m_pool.start([this, catalog, files, base] {
        auto result = std::make_shared<Result<Calibration>>(calibrate(catalog, files, base));
        QMetaObject::invokeMethod(
            this, [this, result] { showCalibration(*result); }, Qt::QueuedConnection);
    });
}

void CalibrationController::showCalibration(const Result<Calibration> &calibration)
{
    m_running = false;
    QApplication::restoreOverrideCursor();
    if (!showIfFailed(m_window, tr("Calibrate from measurements"),
                      tr("The measurements could not be used; nothing was changed."),
                      calibration)) {
        emit statusMessage(tr("Calibration failed"));
        if (m_deleteWhenDone)
            deleteLater();
        return;
    }
    m_calibration = std::make_unique<Calibration>(calibration.value());
    m_dialog = new CalibrationDialog(*m_calibration, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &CalibrationDialog::saveRequested, this,
            &CalibrationController::askNameAndSave);
    connect(m_dialog, &CalibrationDialog::useRequested, this, [this] {
        useFitted();
        m_dialog->accept();
    });
    if (m_deleteWhenDone)
        connect(m_dialog, &QObject::destroyed, this, &QObject::deleteLater);
    m_dialog->show();
    emit statusMessage(
        tr("Calibrated; rows: %1").arg(QLocale().toString(m_calibration->rows.size())));
}

Result<QString> CalibrationController::saveProfile(const QString &name)
{
    using R = Result<QString>;
    if (!m_calibration)
        return R::failure(tr("Nothing has been calibrated yet."));
    if (!isValidProfileId(name))
        return R::failure(tr("\"%1\" cannot be a profile name: use letters, digits, '.', '_' "
                             "and '-' (at most 64), starting with a letter or digit.")
                              .arg(name));
    if (Catalog::builtIn().findEngine(name))
        return R::failure(tr("\"%1\" is a built-in engine; choose another name.").arg(name));
    if (m_calibration->fitted.size() != 1)
        return R::failure(tr("A profile holds one engine's numbers, and the rows were measured "
                             "with %1 engines.")
                              .arg(m_calibration->fitted.size()));
    const EngineProfile profile = calibratedProfile(*m_calibration, name);
    const QString path = userProfilePath(name);
    if (const Status saved = saveUserProfile(profile, path); !saved)
        return R::failure(saved.error());
    m_window->installEngine(profile);
    use(profile, tr("Use engine profile %1").arg(name));
    emit statusMessage(tr("Saved engine profile %1 to %2").arg(name, path));
    return path;
}

void CalibrationController::askNameAndSave()
{
    QString name = QStringLiteral("my-") + m_scenarios->scenario().hardware.id;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_dialog, tr("Save as engine profile"),
                                     tr("Profile name (letters, digits, . _ -):"),
                                     QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        if (QFileInfo::exists(userProfilePath(name)) &&
            QMessageBox::question(m_dialog, tr("Save as engine profile"),
                                  tr("A profile named %1 exists. Replace it?").arg(name)) !=
                QMessageBox::Yes)
            continue;
        // A name refused is asked again, with what was wrong.
        if (showIfFailed(m_dialog, tr("Save as engine profile"), tr("The profile was not saved."),
                         saveProfile(name))) {
            m_dialog->accept();
            return;
        }
    }
}

void CalibrationController::useFitted()
{
    if (!m_calibration || m_calibration->fitted.isEmpty())
        return;
    // Rows of several engines: the scenario's own engine's fit, if it is one of them.
    const QString current = m_scenarios->scenario().serving.engine.id;
    const EngineProfile *fitted = &m_calibration->fitted.first();
    for (const EngineProfile &e : m_calibration->fitted) {
        if (e.id == current)
            fitted = &e;
    }
    use(*fitted, tr("Use calibrated %1").arg(fitted->name));
}

void CalibrationController::use(const EngineProfile &profile, const QString &description)
{
    Scenario next = m_scenarios->scenario();
    next.serving.engine = resolveEngine(profile, next.hardware);
    m_scenarios->edit(next, description, false);
}

} // namespace tce
