#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QMenu;
class QMimeData;
class QWidget;

namespace tce {

class Autosave;
class Catalog;
class ScenarioController;
struct ModelSpec;
struct Scenario;

// The scenario as a document: the file it came from, File > New, Open, Save and Save as, the
// recent files, config.json imports, the window's title and modified mark (from the undo
// stack), the question before unsaved changes are replaced, and the autosave that brings a
// crashed session back. The plain operations return a Status; the commands (the menus', drops,
// the command line's file) ask and choose through dialogs and show errors in message boxes
// over the window.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs and carries the title; it owns this controller.
    DocumentController(const Catalog &catalog, ScenarioController *scenarios, QWidget *window);
    ~DocumentController() override;

    // Where a window starts: the scenario it closed with, if that still reads; else the
    // default story.
    static Scenario startingScenario(const Catalog &catalog);

    QString currentFile() const { return m_currentFile; }
    // Changes since the last open or save (the undo stack is not at its clean state).
    bool isModified() const;
    Autosave *autosave() const { return m_autosave; }

    // Opens a scenario file as an undoable edit; a bad file leaves the session untouched.
    // The value: notes about a file that still opened (a newer version, unknown keys).
    Result<QStringList> open(const QString &path);
    // Saves atomically; `path` becomes the current file.
    Status save(const QString &path);
    // A Hugging Face config.json becomes the current model (an undoable edit).
    Status importConfig(const QString &path);
    // The default scenario, as an undoable edit, with no file name and nothing to save.
    void reset();

    // The commands.
    void newScenario();
    void chooseScenarioToOpen();
    // A *.tce.json scenario opens (after asking about unsaved changes); any other file is
    // imported as a config.json. False when it did not open.
    bool openFile(const QString &path);
    bool saveCurrent(); // to the current file, else as Save as
    bool saveAs();
    void chooseConfigToImport();
    // Unsaved changes: Save, Discard or Cancel. True when the caller may go on.
    bool maybeSave();
    // After a crash: offers the scenario a dead instance autosaved, with its file name.
    // True when it was restored.
    bool offerRestore();
    // Closing the window: false when the user cancelled; else the session ends cleanly (its
    // autosave goes, the scenario is remembered for the next start).
    bool close();

    // Drops: one local JSON file (a scenario or a config.json).
    static bool canOpen(const QMimeData *mime);
    bool openDropped(const QMimeData *mime);

    // File > Open recent lives in this menu (rebuilt with the window's menus).
    void setRecentMenu(QMenu *menu);
    // The title in the current language.
    void retranslate();

signals:
    // A scenario whose model the scenario panel must list is about to become current.
    void modelNeeded(const tce::ModelSpec &model);
    void statusMessage(const QString &text);

private:
    void setCurrentFile(const QString &path);
    void addToRecentFiles(const QString &path);
    void updateTitle();
    void updateRecentMenu();
    bool openAndReport(const QString &path);
    bool saveAndReport(const QString &path);
    bool importConfigAndReport(const QString &path);

    const Catalog &m_catalog;
    ScenarioController *m_scenarios;
    QWidget *m_window;
    Autosave *m_autosave = nullptr;
    QString m_currentFile;
    QPointer<QMenu> m_recentMenu;
};

} // namespace tce
