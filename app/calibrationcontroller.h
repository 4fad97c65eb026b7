#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace tce {

class CalibrationDialog;
class MainWindow;
class ScenarioController;
struct Calibration;
struct EngineProfile;

// File > Calibrate from measurements (issue 14): the user's benchmark files, fitted as the
// `calibrate` command fits them, with what the files do not say taken from the current
// scenario; the result in a CalibrationDialog, whose fitted profile can be saved as a user
// profile and used, or used without saving, each as one undo step. One controller per
// calibration; it goes when its dialog closes or the calibration failed.
class CalibrationController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs and owns this controller; the files are read against its
    // catalog, and a profile it saves joins it (MainWindow::installEngine).
    explicit CalibrationController(MainWindow *window);
    ~CalibrationController() override;

    // The File menu's command: `menu` gets it, and each use makes a controller.
    static QAction *addAction(QMenu *menu, MainWindow *window);

    // Asks for the files, then calibrates.
    void chooseFiles();
    // Fits off the GUI thread; then the dialog opens, or a message box names the file, the
    // line and the value that failed (and nothing changes).
    void calibrateFiles(const QStringList &files);
    bool running() const { return m_running; }
    CalibrationDialog *dialog() const;
    // The last calibration that succeeded, or null.
    const Calibration *calibration() const { return m_calibration.get(); }

    // The fitted profile saved as user profile `name` (refused: not a file name, a built-in
    // engine, more than one engine), then used. Returns the file written.
    Result<QString> saveProfile(const QString &name);
    // The fitted numbers, resolved for the scenario's hardware, in the scenario: one undo step.
    void useFitted();

signals:
    void statusMessage(const QString &text);

private:
    void showCalibration(const Result<Calibration> &calibration);
    void askNameAndSave();
    void use(const EngineProfile &profile, const QString &description);

    ScenarioController *m_scenarios = nullptr;
    MainWindow *m_window = nullptr;
    QThreadPool m_pool;
    bool m_running = false;
    bool m_deleteWhenDone = false; // made by the menu's command, for one calibration
    std::unique_ptr<Calibration> m_calibration;
    QPointer<CalibrationDialog> m_dialog;
};

} // namespace tce
