#include "documentcontroller.h"

#include "autosave.h"
#include "configimport.h"
#include "errormessage.h"
#include "scenariobuilder.h"
#include "scenariocontroller.h"
#include "scenariofile.h"
#include "settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QUndoStack>
#include <QUrl>
#include <QWidget>

namespace tce {

DocumentController::DocumentController(const Catalog &catalog, ScenarioController *scenarios,
                                       QWidget *window)
    : QObject(window)
    , m_catalog(catalog)
    , m_scenarios(scenarios)
    , m_window(window)
    , m_autosave(new Autosave(Autosave::defaultFolder(), this))
{
    connect(m_scenarios, &ScenarioController::scenarioChanged, m_autosave,
            &Autosave::scenarioChanged);
    connect(m_autosave, &Autosave::saveFailed, this, [this](const QString &error) {
        emit statusMessage(tr("Autosave failed: %1").arg(error));
    });
    connect(m_scenarios->undoStack(), &QUndoStack::cleanChanged, this,
            &DocumentController::updateTitle);
    updateTitle();
}

DocumentController::~DocumentController() = default;

Scenario DocumentController::startingScenario(const Catalog &catalog)
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
    return defaultServingScenario(catalog);
}

bool DocumentController::isModified() const
{
    return !m_scenarios->undoStack()->isClean();
}

Result<QStringList> DocumentController::open(const QString &path)
{
    const auto loaded = readScenarioFile(path);
    if (!loaded)
        return Result<QStringList>::failure(loaded.error());
    emit modelNeeded(loaded->scenario.model);
    m_scenarios->edit(loaded->scenario, tr("Open %1").arg(QFileInfo(path).fileName()), false);
    m_scenarios->undoStack()->setClean();
    setCurrentFile(path);
    addToRecentFiles(path);
    return loaded->warnings;
}

Status DocumentController::save(const QString &path)
{
    const Status written = writeScenarioFile(path, m_scenarios->scenario());
    if (!written)
        return written;
    m_scenarios->undoStack()->setClean();
    setCurrentFile(path);
    addToRecentFiles(path);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status DocumentController::importConfig(const QString &path)
{
    const auto imported = importHuggingFaceConfigFile(path);
    if (!imported)
        return Status::failure(imported.error());
    emit modelNeeded(imported->spec);
    Scenario next = m_scenarios->scenario();
    next.model = imported->spec;
    m_scenarios->edit(next, tr("Import %1").arg(imported->spec.name), false);
    emit statusMessage(
        imported->warnings.isEmpty()
            ? tr("Imported %1 from %2").arg(imported->spec.name, QFileInfo(path).fileName())
            : tr("Imported %1; note: %2")
                  .arg(imported->spec.name, imported->warnings.join(QStringLiteral("; "))));
    return {};
}

void DocumentController::reset()
{
    m_scenarios->edit(defaultServingScenario(m_catalog), tr("New scenario"), false);
    // Nothing of a new scenario needs saving; undoing it brings the old one back, unsaved.
    m_scenarios->undoStack()->setClean();
    setCurrentFile(QString());
}

void DocumentController::newScenario()
{
    if (maybeSave())
        reset();
}

void DocumentController::chooseScenarioToOpen()
{
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open scenario"), settings::lastFolder(),
                                     tr("Scenarios (*.tce.json);;All files (*)"));
    if (!path.isEmpty())
        openAndReport(path);
}

bool DocumentController::openFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".tce.json")))
        return maybeSave() && openAndReport(path);
    return importConfigAndReport(path);
}

bool DocumentController::saveCurrent()
{
    return m_currentFile.isEmpty() ? saveAs() : saveAndReport(m_currentFile);
}

bool DocumentController::saveAndReport(const QString &path)
{
    return showIfFailed(m_window, tr("Save scenario"), tr("Could not save the scenario."),
                        save(path));
}

bool DocumentController::importConfigAndReport(const QString &path)
{
    return showIfFailed(m_window, tr("Import config.json"), tr("Could not import the model."),
                        importConfig(path));
}

bool DocumentController::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save scenario"), settings::lastFolder(), tr("Scenarios (*.tce.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".tce.json")))
        path += QStringLiteral(".tce.json");
    return saveAndReport(path);
}

void DocumentController::chooseConfigToImport()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import a Hugging Face config.json"), QString(),
                                     tr("Model configuration (*.json);;All files (*)"));
    if (!path.isEmpty())
        importConfigAndReport(path);
}

bool DocumentController::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox ask(
        QMessageBox::Warning, tr("Unsaved changes"),
        m_currentFile.isEmpty()
            ? tr("The scenario has changes that are not saved.")
            : tr("%1 has changes that are not saved.").arg(QFileInfo(m_currentFile).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    ask.setInformativeText(tr("Save them first?"));
    ask.setDefaultButton(QMessageBox::Save);
    switch (ask.exec()) {
    case QMessageBox::Save:
        return saveCurrent();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool DocumentController::offerRestore()
{
    const QList<Autosave::Orphan> orphans = m_autosave->orphans();
    if (orphans.isEmpty())
        return false;
    // The newest left-over session; older ones go with it.
    const QString file = orphans.first().file;
    const auto session = Autosave::read(file);
    if (!session) {
        emit statusMessage(
            tr("An unsaved scenario was found but cannot be read: %1").arg(session.error()));
        Autosave::discard(orphans);
        return false;
    }
    const Scenario &s = session->scenario;
    QMessageBox ask(QMessageBox::Question, tr("Restore unsaved work"),
                    tr("Token Cost Explorer did not close properly last time. Restore the "
                       "scenario it was showing?"),
                    QMessageBox::NoButton, m_window);
    ask.setInformativeText(
        tr("%1 on %2 × %3, %4 input and %5 output tokens, batch %6; saved "
           "%7.")
            .arg(s.model.name)
            .arg(s.serving.gpus)
            .arg(s.hardware.name)
            .arg(QLocale().toString(qlonglong(s.inputTokens)))
            .arg(QLocale().toString(qlonglong(s.outputTokens)))
            .arg(s.serving.batch)
            .arg(QLocale().toString(QFileInfo(file).lastModified(), QLocale::ShortFormat)));
    QPushButton *restore = ask.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    ask.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(restore);
    ask.exec();
    const bool restoring = ask.clickedButton() == restore;
    if (restoring) {
        emit modelNeeded(s.model);
        // An edit, so the window shows it as modified: what was restored is not in the file.
        m_scenarios->edit(s, tr("Restore unsaved scenario"), false);
        setCurrentFile(session->sourceFile);
        emit statusMessage(tr("Restored the unsaved scenario"));
    }
    Autosave::discard(orphans);
    return restoring;
}

bool DocumentController::close()
{
    if (!maybeSave())
        return false;
    m_autosave->finishCleanly();
    settings::setLastScenario(
        QJsonDocument(scenarioToJson(m_scenarios->scenario())).toJson(QJsonDocument::Compact));
    return true;
}

bool DocumentController::canOpen(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    return urls.size() == 1 && urls.first().isLocalFile() &&
           urls.first().toLocalFile().endsWith(QLatin1String(".json"));
}

bool DocumentController::openDropped(const QMimeData *mime)
{
    return canOpen(mime) && openFile(mime->urls().first().toLocalFile());
}

void DocumentController::setRecentMenu(QMenu *menu)
{
    m_recentMenu = menu;
    updateRecentMenu();
}

void DocumentController::retranslate()
{
    updateTitle();
}

void DocumentController::setCurrentFile(const QString &path)
{
    m_currentFile = path;
    m_autosave->setSourceFile(path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath());
    updateTitle();
}

void DocumentController::addToRecentFiles(const QString &path)
{
    settings::addRecentFile(QFileInfo(path).absoluteFilePath());
    settings::setLastFolder(QFileInfo(path).absolutePath());
    updateRecentMenu();
}

void DocumentController::updateTitle()
{
    m_window->setWindowTitle(
        m_currentFile.isEmpty()
            ? tr("Token Cost Explorer") + QStringLiteral("[*]")
            : tr("%1[*] — Token Cost Explorer").arg(QFileInfo(m_currentFile).fileName()));
    m_window->setWindowModified(isModified());
}

void DocumentController::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = settings::recentFiles();
    for (const QString &path : files)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openFile(path); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool DocumentController::openAndReport(const QString &path)
{
    const auto opened = open(path);
    if (!showIfFailed(m_window, tr("Open scenario"),
                      tr("Could not open the scenario; nothing was changed."), opened))
        return false;
    if (!opened->isEmpty())
        QMessageBox::information(
            m_window, tr("Open scenario"),
            tr("Opened with these notes:\n\n%1").arg(opened->join(QLatin1Char('\n'))));
    return true;
}

} // namespace tce
