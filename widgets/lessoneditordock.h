#pragma once

#include "translatedtexts.h"

#include <QDockWidget>
#include <QList>
#include <QPair>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolBar;

namespace tce {

struct Lesson;

// The lesson editor's face: the lesson's title, its steps (drag to reorder), the selected
// step's caption, annotation and presenter notes in the language being written, and the
// commands. It only shows a lesson and asks for changes; the editor (app/lessoneditor.h)
// makes each one an undo step.
class LessonEditorDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit LessonEditorDock(QWidget *parent = nullptr);

    // `step`: the selected step (-1: none). Fields being typed in keep their cursor.
    void showLesson(const Lesson &lesson, int step, bool modified);
    // The languages a text can be written in, English first: (code, name as its speakers
    // write it).
    void setLanguages(const QList<QPair<QString, QString>> &languages);
    QString language() const;
    int currentStep() const;
    // The editor's undo and redo (of the lesson, not of the scenario).
    void setUndoActions(QAction *undo, QAction *redo);

    QListWidget *stepList() const { return m_steps; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *captionEdit() const { return m_caption; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLineEdit *annotationEdit() const { return m_annotation; }
    QAction *recordAction() const { return m_record; }
    QAction *rerecordAction() const { return m_rerecord; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

signals:
    void recordRequested(); // a new step after the selected one, from what the window shows
    void rerecordRequested(int step);
    void duplicateRequested(int step);
    void deleteRequested(int step);
    void moveRequested(int from, int to);
    void stepSelected(int step);
    void titleEdited(const QString &text);
    void captionEdited(int step, const QString &text);
    void notesEdited(int step, const QString &text);
    void annotationEdited(int step, const QString &text, double x, double y);
    void languageChosen(const QString &code);
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addCommand(const char *text, const char *tip, const QKeySequence &shortcut);
    void emitAnnotation();

    TranslatedTexts m_texts{this};
    QToolBar *m_commands = nullptr;
    QToolBar *m_commandRow = nullptr; // where addCommand puts commands now
    QLineEdit *m_title = nullptr;
    QComboBox *m_language = nullptr;
    QListWidget *m_steps = nullptr;
    QPlainTextEdit *m_caption = nullptr;
    QLineEdit *m_annotation = nullptr;
    QDoubleSpinBox *m_annotationX = nullptr;
    QDoubleSpinBox *m_annotationY = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QAction *m_record = nullptr;
    QAction *m_rerecord = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_save = nullptr;
    QString m_titleText; // untranslated: "Lesson editor", with the lesson's title and a star
    int m_stepCount = 0;
};

} // namespace tce
