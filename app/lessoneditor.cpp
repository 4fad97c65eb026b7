#include "lessoneditor.h"

#include "catalog.h"
#include "chartregistry.h"
#include "chartview.h"
#include "errormessage.h"
#include "evaluation.h"
#include "jsonfile.h"
#include "languages.h"
#include "lessoncheck.h"
#include "lessoncontroller.h"
#include "lessoneditordock.h"
#include "lessonlibrary.h"
#include "scenariocontroller.h"
#include "translatedtexts.h"
#include "workload.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QUndoCommand>
#include <QUndoGroup>
#include <QUndoStack>

namespace tce {

// One edit of the lesson: the whole lesson before and after (a lesson is a few KiB), and the
// step selected with each. Typing in one field of one step merges into one undo step.
class LessonEditCommand : public QUndoCommand
{
public:
    LessonEditCommand(LessonEditor *editor, Lesson before, int stepBefore, Lesson after,
                      int stepAfter, const QString &description, QString mergeKey)
        : QUndoCommand(description)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_stepBefore(stepBefore)
        , m_stepAfter(stepAfter)
        , m_mergeKey(std::move(mergeKey))
    {}

    void undo() override { m_editor->apply(m_before, m_stepBefore, m_mergeKey.isEmpty()); }
    void redo() override
    {
        // The first redo is the edit itself, already on screen for typed text.
        m_editor->apply(m_after, m_stepAfter, m_mergeKey.isEmpty());
    }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const LessonEditCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        m_stepAfter = next->m_stepAfter;
        return true;
    }

private:
    LessonEditor *m_editor;
    Lesson m_before;
    Lesson m_after;
    int m_stepBefore;
    int m_stepAfter;
    QString m_mergeKey;
};

namespace {

LessonText withText(LessonText text, const QString &language, const QString &value)
{
    if (language == QLatin1String("en"))
        text.english = value;
    else if (value.isEmpty())
        text.translations.remove(language);
    else
        text.translations.insert(language, value);
    return text;
}

// "My lesson.tce-lesson.json" -> "my-lesson": ids are what --lesson and FILE#ID name.
QString idFromFileName(const QString &path)
{
    QString base = QFileInfo(path).fileName();
    base.chop(qsizetype(qstrlen(kLessonFileSuffix)));
    if (base.endsWith(QLatin1String(".json")))
        base.chop(5);
    base =
        base.toLower().replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return base.isEmpty() ? QStringLiteral("lesson") : base;
}

} // namespace

LessonEditor::LessonEditor(const Catalog &catalog, const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_parts(parts)
{
    m_undo = new QUndoStack(this);
    m_parts.undoGroup->addStack(m_undo);
    m_dock = new LessonEditorDock(m_parts.window);
    m_dock->setVisible(false);
    // The dock's own buttons: short, with what they undo in the tooltip (the Edit menu's
    // actions say it in their text). No shortcut: Ctrl+Z is the Edit menu's.
    auto *undo = new QAction(QStringLiteral("↶"), m_dock);
    auto *redo = new QAction(QStringLiteral("↷"), m_dock);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo,
            [undo](const QString &text) { undo->setToolTip(tr("Undo %1").arg(text)); });
    connect(m_undo, &QUndoStack::redoTextChanged, redo,
            [redo](const QString &text) { redo->setToolTip(tr("Redo %1").arg(text)); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    m_dock->setUndoActions(undo, redo);
    QList<QPair<QString, QString>> languages;
    for (const Language &l : availableLanguages())
        languages.append({l.code, l.nativeName});
    m_dock->setLanguages(languages);

    // Edit > Undo undoes what the user last worked on: the lesson while the editor has the
    // focus, the scenario elsewhere.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        const bool inEditor = now && m_dock->isAncestorOf(now);
        m_parts.undoGroup->setActiveStack(inEditor ? m_undo : m_parts.scenarios->undoStack());
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, &LessonEditor::refreshDock);

    connect(m_dock, &LessonEditorDock::recordRequested, this, &LessonEditor::recordStep);
    connect(m_dock, &LessonEditorDock::rerecordRequested, this, &LessonEditor::rerecordStep);
    connect(m_dock, &LessonEditorDock::duplicateRequested, this, &LessonEditor::duplicateStep);
    connect(m_dock, &LessonEditorDock::deleteRequested, this, &LessonEditor::deleteStep);
    connect(m_dock, &LessonEditorDock::moveRequested, this, &LessonEditor::moveStep);
    connect(m_dock, &LessonEditorDock::titleEdited, this, &LessonEditor::setTitle);
    connect(m_dock, &LessonEditorDock::captionEdited, this, &LessonEditor::setCaption);
    connect(m_dock, &LessonEditorDock::notesEdited, this, &LessonEditor::setNotes);
    connect(m_dock, &LessonEditorDock::annotationEdited, this, &LessonEditor::setAnnotation);
    connect(m_dock, &LessonEditorDock::languageChosen, this, &LessonEditor::refreshDock);
    connect(m_dock, &LessonEditorDock::saveRequested, this, &LessonEditor::saveAndReport);
    connect(m_dock, &LessonEditorDock::stepSelected, this, [this](int step) {
        if (m_index >= 0 && step != m_step)
            m_parts.lessons->showStep(m_index, step);
    });
    // Playing the lesson (the bar, a clicker) selects the step in the editor too.
    connect(m_parts.lessons, &LessonController::stepShown, this, [this](int lesson, int step) {
        if (lesson == m_index) {
            m_step = step;
            refreshDock();
        }
    });
}

const Lesson *LessonEditor::editedLesson() const
{
    return m_parts.library->lesson(m_index);
}

bool LessonEditor::isModified() const
{
    return m_index >= 0 && !m_undo->isClean();
}

bool LessonEditor::isLessonFile(const QString &path)
{
    return path.endsWith(QLatin1String(kLessonFileSuffix));
}

void LessonEditor::addActions(QMenu *menu)
{
    // The library's lessons, as they are titled when the menu opens (opened and edited ones
    // too), then the editor's commands.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        for (QAction *action : menu->actions()) {
            if (action->property("tceLesson").isValid())
                delete action;
        }
        QAction *first = menu->actions().value(0);
        for (int i = 0; i < m_parts.library->size(); ++i) {
            auto *show = new QAction(shownLessonText(m_parts.library->lesson(i)->title), menu);
            show->setProperty("tceLesson", i);
            connect(show, &QAction::triggered, this,
                    [this, i] { m_parts.lessons->showStep(i, 0); });
            menu->insertAction(first, show);
        }
    });
    menu->addSeparator();
    menu->addAction(tr("&New lesson"), this, &LessonEditor::newLesson)
        ->setStatusTip(tr("Start a lesson whose first step is what the window shows now"));
    menu->addAction(tr("&Open lesson…"), this, &LessonEditor::chooseAndOpen);
    menu->addAction(tr("&Edit lesson"), this,
                    [this] { editLesson(std::max(0, m_parts.lessons->lessonIndex())); })
        ->setStatusTip(tr("Record steps, reorder them and write captions and notes"));
    menu->addAction(tr("&Save lesson"), this, &LessonEditor::saveAndReport);
    menu->addAction(tr("Save lesson &as…"), this, &LessonEditor::chooseAndSaveAs);
}

LessonStep LessonEditor::capture() const
{
    LessonStep step;
    step.scenario = recordLessonScenario(m_catalog, m_parts.scenarios->scenario());
    auto *chart = qobject_cast<ChartView *>(m_parts.charts->currentWidget());
    if (!chart)
        return step;
    if (chart->reference())
        step.pinned = recordLessonScenario(m_catalog, chart->reference()->scenario());
    step.chart = chart->chartId();
    step.metric = chart->lessonOption(QStringLiteral("metric"));
    const QString log = chart->lessonOption(QStringLiteral("log"));
    step.logScale = log.isEmpty() ? -1 : log.toInt();
    const auto &workload = m_parts.scenarios->workloadSettings().workload;
    if (chart->entry() && chart->entry()->lessonOptions.contains(QLatin1String("mix")) &&
        workload && m_catalog.findMix(workload->id))
        step.mix = workload->id;
    return step;
}

void LessonEditor::newLesson()
{
    if (!maybeSave())
        return;
    Lesson lesson;
    lesson.title.english = tr("My lesson");
    lesson.steps << capture();
    m_idFromFileName = true;
    m_index = m_parts.library->add(lesson);
    m_step = 0;
    m_undo->clear();
    m_dock->setVisible(true);
    m_parts.lessons->showStep(m_index, 0);
    refreshDock();
    m_dock->captionEdit()->setFocus();
    emit statusMessage(tr("Recorded step 1: type its caption; record more steps as you change "
                          "the scenario and the chart"));
}

void LessonEditor::editLesson(int index)
{
    const Lesson *lesson = m_parts.library->lesson(index);
    if (!lesson || (index == m_index && m_dock->isVisible()))
        return;
    if (index != m_index && !maybeSave())
        return;
    m_idFromFileName = false;
    // The built-in lessons stay as shipped; the editor works on a copy until it is saved.
    m_index = m_parts.library->isBuiltIn(index) ? m_parts.library->add(*lesson) : index;
    m_undo->clear();
    m_dock->setVisible(true);
    const int step =
        index == m_parts.lessons->lessonIndex() ? std::max(0, m_parts.lessons->stepIndex()) : 0;
    m_step = step;
    m_parts.lessons->showStep(m_index, step);
    refreshDock();
}

Status LessonEditor::open(const QString &path)
{
    const auto lessons = loadLessons(path);
    if (!lessons)
        return Status::failure(lessons.error());
    if (const Status checked = checkLessons(m_catalog, lessons.value(), displayNameOf(path));
        !checked)
        return checked;
    const int open = m_parts.library->indexOfFile(path);
    if (open >= 0 && open == m_index && !maybeSave())
        return Status::failure(tr("%1: not opened; the lesson being edited was kept").arg(path));
    int first = -1;
    for (const Lesson &lesson : lessons.value()) {
        // A file of one lesson is where that lesson is saved; one of several is a collection,
        // whose lessons are saved each on their own.
        const int index = m_parts.library->add(lesson, lessons->size() == 1 ? path : QString());
        first = first < 0 ? index : first;
    }
    if (open >= 0 && open == m_index)
        m_undo->clear();
    m_parts.lessons->showStep(first, 0);
    const QString name = QFileInfo(path).fileName();
    emit statusMessage(lessons->size() == 1
                           ? tr("Opened the lesson %1").arg(name)
                           : tr("Opened %1: %2 lessons").arg(name).arg(lessons->size()));
    return {};
}

bool LessonEditor::openAndReport(const QString &path)
{
    return showIfFailed(m_parts.window, tr("Open lesson"), tr("Could not open the lesson."),
                        open(path));
}

void LessonEditor::chooseAndOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(m_parts.window, tr("Open lesson"), QString(),
                                     tr("Lessons (*.tce-lesson.json *.json);;All files (*)"));
    if (!path.isEmpty())
        openAndReport(path);
}

Status LessonEditor::save()
{
    const QString path = m_parts.library->filePath(m_index);
    if (path.isEmpty())
        return Status::failure(tr("The lesson has no file yet: use Save lesson as…"));
    return saveAs(path);
}

Status LessonEditor::saveAs(const QString &path)
{
    const Lesson *edited = editedLesson();
    if (!edited)
        return Status::failure(tr("No lesson is being edited: choose Lessons > Edit lesson"));
    Lesson lesson = *edited;
    if (m_idFromFileName || lesson.id.isEmpty())
        lesson.id = idFromFileName(path);
    if (const Status written = writeLessonFile(path, {lesson}); !written)
        return written;
    m_idFromFileName = false;
    m_parts.library->replace(m_index, lesson, path);
    m_undo->setClean();
    refreshDock();
    emit statusMessage(tr("Saved the lesson to %1").arg(path));
    return {};
}

bool LessonEditor::saveAndReport()
{
    if (m_index >= 0 && m_parts.library->filePath(m_index).isEmpty())
        return chooseAndSaveAs();
    return showIfFailed(m_parts.window, tr("Save lesson"), tr("Could not save the lesson."),
                        save());
}

bool LessonEditor::chooseAndSaveAs()
{
    const Lesson *lesson = editedLesson();
    if (!lesson)
        return showIfFailed(m_parts.window, tr("Save lesson"), tr("Could not save the lesson."),
                            saveAs(QString()));
    QString suggested = m_parts.library->filePath(m_index);
    if (suggested.isEmpty())
        suggested = (lesson->id.isEmpty() ? idFromFileName(lesson->title.english) : lesson->id) +
                    QLatin1String(kLessonFileSuffix);
    QString path = QFileDialog::getSaveFileName(m_parts.window, tr("Save lesson"), suggested,
                                                tr("Lessons (*.tce-lesson.json)"));
    if (path.isEmpty())
        return false;
    if (!isLessonFile(path))
        path += QLatin1String(kLessonFileSuffix);
    return showIfFailed(m_parts.window, tr("Save lesson"), tr("Could not save the lesson."),
                        saveAs(path));
}

bool LessonEditor::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_parts.window, tr("Lesson editor"),
        tr("The lesson \"%1\" has changes that are not saved. Save them?")
            .arg(shownLessonText(editedLesson()->title)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveAndReport();
    if (answer == QMessageBox::Discard)
        m_undo->setClean();
    return answer == QMessageBox::Discard;
}

void LessonEditor::recordStep()
{
    if (!editedLesson()) {
        newLesson();
        return;
    }
    Lesson lesson = *editedLesson();
    const int at = std::clamp(m_step + 1, 0, int(lesson.steps.size()));
    lesson.steps.insert(at, capture());
    push(lesson, at, tr("Record step %1").arg(at + 1));
    m_dock->captionEdit()->setFocus();
}

void LessonEditor::rerecordStep(int step)
{
    if (!editedLesson() || step < 0 || step >= editedLesson()->steps.size())
        return;
    Lesson lesson = *editedLesson();
    LessonStep recorded = capture();
    LessonStep &kept = lesson.steps[step];
    recorded.caption = kept.caption;
    recorded.annotation = kept.annotation;
    recorded.notes = kept.notes;
    kept = recorded;
    push(lesson, step, tr("Re-record step %1").arg(step + 1));
}

void LessonEditor::duplicateStep(int step)
{
    if (!editedLesson() || step < 0 || step >= editedLesson()->steps.size())
        return;
    Lesson lesson = *editedLesson();
    lesson.steps.insert(step + 1, lesson.steps[step]);
    push(lesson, step + 1, tr("Duplicate step %1").arg(step + 1));
}

void LessonEditor::deleteStep(int step)
{
    if (!editedLesson() || step < 0 || step >= editedLesson()->steps.size())
        return;
    if (editedLesson()->steps.size() == 1) {
        emit statusMessage(tr("A lesson keeps at least one step"));
        return;
    }
    Lesson lesson = *editedLesson();
    lesson.steps.removeAt(step);
    push(lesson, std::min(step, int(lesson.steps.size()) - 1), tr("Delete step %1").arg(step + 1));
}

void LessonEditor::moveStep(int from, int to)
{
    const Lesson *edited = editedLesson();
    if (!edited || from == to || from < 0 || to < 0 || from >= edited->steps.size() ||
        to >= edited->steps.size()) {
        refreshDock(); // a drop that changed nothing: the list as it was
        return;
    }
    Lesson lesson = *edited;
    lesson.steps.move(from, to);
    push(lesson, to, tr("Move step %1 to %2").arg(from + 1).arg(to + 1));
}

void LessonEditor::setTitle(const QString &text)
{
    if (!editedLesson())
        return;
    Lesson lesson = *editedLesson();
    lesson.title = withText(lesson.title, language(), text);
    push(lesson, m_step, tr("Title"), QStringLiteral("title/") + language());
}

void LessonEditor::setCaption(int step, const QString &text)
{
    if (!editedLesson() || step < 0 || step >= editedLesson()->steps.size())
        return;
    Lesson lesson = *editedLesson();
    lesson.steps[step].caption = withText(lesson.steps[step].caption, language(), text);
    push(lesson, step, tr("Caption of step %1").arg(step + 1),
         QStringLiteral("caption/%1/%2").arg(step).arg(language()));
}

void LessonEditor::setNotes(int step, const QString &text)
{
    if (!editedLesson() || step < 0 || step >= editedLesson()->steps.size())
        return;
    Lesson lesson = *editedLesson();
    lesson.steps[step].notes = withText(lesson.steps[step].notes, language(), text);
    push(lesson, step, tr("Notes of step %1").arg(step + 1),
         QStringLiteral("notes/%1/%2").arg(step).arg(language()));
}

void LessonEditor::setAnnotation(int step, const QString &text, double x, double y)
{
    if (!editedLesson() || step < 0 || step >= editedLesson()->steps.size())
        return;
    Lesson lesson = *editedLesson();
    std::optional<LessonAnnotation> &note = lesson.steps[step].annotation;
    LessonAnnotation changed = note.value_or(LessonAnnotation{});
    changed.text = withText(changed.text, language(), text);
    changed.x = x;
    changed.y = y;
    // No English text: no note (another language's text alone would have nothing to fall
    // back to).
    note = changed.text.english.isEmpty() && changed.text.translations.isEmpty()
               ? std::nullopt
               : std::optional(changed);
    push(lesson, step, tr("Note on the chart of step %1").arg(step + 1),
         QStringLiteral("annotation/%1/%2").arg(step).arg(language()));
}

void LessonEditor::push(const Lesson &after, int stepAfter, const QString &description,
                        const QString &mergeKey)
{
    m_undo->push(new LessonEditCommand(this, *editedLesson(), m_step, after, stepAfter, description,
                                       mergeKey));
}

void LessonEditor::apply(const Lesson &lesson, int step, bool show)
{
    if (m_index < 0)
        return;
    m_step = step;
    m_parts.library->replace(m_index, lesson, m_parts.library->filePath(m_index));
    if (show)
        m_parts.lessons->showStep(m_index, step);
    refreshDock();
}

void LessonEditor::refreshDock()
{
    if (const Lesson *lesson = editedLesson())
        m_dock->showLesson(*lesson, m_step, !m_undo->isClean());
}

QString LessonEditor::language() const
{
    return m_dock->language();
}

} // namespace tce
