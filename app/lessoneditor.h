#pragma once

#include "lesson.h"
#include "result.h"

#include <QObject>
#include <QString>

class QMenu;
class QTabWidget;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace tce {

class Catalog;
class ChartView;
class LessonController;
class LessonEditorDock;
class LessonLibrary;
class ScenarioController;

// Writes lessons without JSON: records what the window shows as steps, edits their texts in
// any language, reorders them, and opens and saves *.tce-lesson.json files. Every change is
// one step of the lesson's own undo history (Edit > Undo acts on it while the editor has the
// focus); the lesson in the library changes with it, so the lesson bar, presentation mode and
// the presenter view show the edit at once.
class LessonEditor : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QWidget *window = nullptr; // parents the dock, dialogs and message boxes
        LessonLibrary *library = nullptr;
        LessonController *lessons = nullptr;
        ScenarioController *scenarios = nullptr;
        QUndoGroup *undoGroup = nullptr; // the Edit menu's undo
        QTabWidget *charts = nullptr;    // the current tab is the chart a step records
    };
    LessonEditor(const Catalog &catalog, const Parts &parts, QObject *parent = nullptr);

    LessonEditorDock *dock() const { return m_dock; }
    QUndoStack *undoStack() const { return m_undo; }
    // The library index of the lesson being edited; -1 when none is.
    int editedIndex() const { return m_index; }
    const Lesson *editedLesson() const;
    bool isModified() const;
    static bool isLessonFile(const QString &path);

    // New lesson, Open lesson..., Edit lesson, Save lesson, Save lesson as...
    void addActions(QMenu *lessons);

    // A new lesson whose first step is what the window shows now.
    void newLesson();
    // The library's lesson `index`; a built-in one is copied first (it stays as it is).
    void editLesson(int index);
    // Reads a lesson file, checks it and adds its lessons to the library, showing the first;
    // an error names the file, the step and the field, and nothing open changes.
    Status open(const QString &path);
    bool openAndReport(const QString &path);
    Status save();
    Status saveAs(const QString &path);
    // Before the window closes or another lesson is edited: Save, Discard or Cancel.
    bool maybeSave();

    // The editing commands (the dock's), each one undo step.
    void recordStep();
    void rerecordStep(int step);
    void duplicateStep(int step);
    void deleteStep(int step);
    void moveStep(int from, int to);
    void setTitle(const QString &text);
    void setCaption(int step, const QString &text);
    void setNotes(int step, const QString &text);
    void setAnnotation(int step, const QString &text, double x, double y);

signals:
    void statusMessage(const QString &text);

private:
    friend class LessonEditCommand;
    // What the window shows now, as a step (texts empty).
    LessonStep capture() const;
    void push(const Lesson &after, int stepAfter, const QString &description,
              const QString &mergeKey = QString());
    // Puts `lesson` in the library; `show`: the window shows `step` (structural edits).
    void apply(const Lesson &lesson, int step, bool show);
    void refreshDock();
    void chooseAndOpen();
    bool chooseAndSaveAs();
    bool saveAndReport();
    QString language() const;

    const Catalog &m_catalog;
    Parts m_parts;
    LessonEditorDock *m_dock = nullptr;
    QUndoStack *m_undo = nullptr;
    int m_index = -1;
    int m_step = -1;
    bool m_idFromFileName = false; // a new lesson takes its id from the file it is saved as
};

} // namespace tce
