#include "lessoneditordock.h"

#include "chartregistry.h"
#include "lesson.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QToolBar>
#include <QVBoxLayout>

namespace tce {

namespace {

QString textIn(const LessonText &text, const QString &language)
{
    return language == QLatin1String("en") ? text.english : text.translations.value(language);
}

// Sets a field's text only when it differs, so that the field being typed in keeps its
// cursor and its own undo.
void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text) {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(text);
    }
}

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

QDoubleSpinBox *fractionBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 1);
    box->setSingleStep(0.05);
    box->setDecimals(2);
    box->setValue(0.5);
    return box;
}

} // namespace

LessonEditorDock::LessonEditorDock(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("lessonEditorDock"));
    auto *body = new QWidget(this);
    // Two rows of commands: the dock is narrow beside the charts, and a toolbar that hides
    // commands behind its overflow arrow hides the one a teacher looks for.
    m_commands = new QToolBar(body);
    m_commands->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *moreCommands = new QToolBar(body);
    moreCommands->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A longer translation goes behind the overflow arrow rather than widening the window
    // past a 1366-pixel screen.
    for (QToolBar *row : {m_commands, moreCommands})
        row->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_record = addCommand(QT_TR_NOOP("● Record"),
                          QT_TR_NOOP("Add a step after the selected one: the scenario, the chart "
                                     "with its options and the pinned A, as the window shows "
                                     "them now (Ctrl+R)"),
                          QKeySequence(Qt::CTRL | Qt::Key_R));
    m_rerecord = addCommand(QT_TR_NOOP("Re-record"),
                            QT_TR_NOOP("Replace the selected step's scenario and chart with what "
                                       "the window shows now; its texts stay"),
                            QKeySequence());
    m_duplicate = addCommand(QT_TR_NOOP("Duplicate"), QT_TR_NOOP("Copy the selected step (Ctrl+D)"),
                             QKeySequence(Qt::CTRL | Qt::Key_D));
    m_commandRow = moreCommands;
    m_delete = addCommand(QT_TR_NOOP("Delete"), QT_TR_NOOP("Delete the selected step (Delete)"),
                          QKeySequence(Qt::Key_Delete));
    m_moveUp = addCommand(QT_TR_NOOP("▲"), QT_TR_NOOP("Move the step up (Alt+Up); or drag it"),
                          QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown =
        addCommand(QT_TR_NOOP("▼"), QT_TR_NOOP("Move the step down (Alt+Down); or drag it"),
                   QKeySequence(Qt::ALT | Qt::Key_Down));
    moreCommands->addSeparator();
    m_save = addCommand(QT_TR_NOOP("Save"),
                        QT_TR_NOOP("Save the lesson as a .tce-lesson.json file"), QKeySequence());

    m_title = new QLineEdit(body);
    m_language = new QComboBox(body);
    m_texts.toolTip(m_language, QT_TR_NOOP("The language the texts below are written in; the "
                                           "window shows a lesson in its own language and falls "
                                           "back to English"));
    m_steps = new QListWidget(body);
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setDefaultDropAction(Qt::MoveAction);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setTextElideMode(Qt::ElideRight);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setMinimumHeight(m_steps->fontMetrics().lineSpacing() * 6);
    m_texts.accessibleName(m_steps, QT_TR_NOOP("Steps"));
    m_caption = new QPlainTextEdit(body);
    m_caption->setTabChangesFocus(true);
    m_caption->setMaximumHeight(m_caption->fontMetrics().lineSpacing() * 6);
    m_texts.add([this](const auto &tr) {
        m_caption->setPlaceholderText(tr("One to three sentences the audience reads"));
    });
    m_annotation = new QLineEdit(body);
    m_texts.add([this](const auto &tr) {
        m_annotation->setPlaceholderText(tr("A note on the chart (optional)"));
    });
    m_annotationX = fractionBox(body);
    m_annotationY = fractionBox(body);
    m_texts.toolTip(m_annotationX, QT_TR_NOOP("Where the note sits: 0 is the plot's left edge, "
                                              "1 its right edge"));
    m_texts.toolTip(m_annotationY, QT_TR_NOOP("Where the note sits: 0 is the plot's top, 1 its "
                                              "bottom"));
    m_notes = new QPlainTextEdit(body);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 8);
    m_texts.add([this](const auto &tr) {
        m_notes->setPlaceholderText(tr("What to say, what to ask: only the presenter sees it"));
    });

    auto *placeRow = new QWidget(body);
    auto *place = new QHBoxLayout(placeRow);
    place->setContentsMargins(0, 0, 0, 0);
    auto *across = new QLabel(placeRow);
    m_texts.text(across, QT_TR_NOOP("across"));
    auto *down = new QLabel(placeRow);
    m_texts.text(down, QT_TR_NOOP("down"));
    place->addWidget(across);
    place->addWidget(m_annotationX);
    place->addWidget(down);
    place->addWidget(m_annotationY);
    place->addStretch(1);
    auto *form = new QFormLayout;
    m_texts.addRow(form, QT_TR_NOOP("&Title:"), m_title);
    m_texts.addRow(form, QT_TR_NOOP("&Writing in:"), m_language);
    auto *stepTexts = new QFormLayout;
    // Labels above their fields: the dock is narrow, and the texts want its whole width.
    stepTexts->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_texts.addRow(stepTexts, QT_TR_NOOP("&Caption:"), m_caption);
    m_texts.addRow(stepTexts, QT_TR_NOOP("&Note on chart:"), m_annotation);
    m_texts.addRow(stepTexts, QT_TR_NOOP("P&laced:"), placeRow)->setBuddy(m_annotationX);
    m_texts.addRow(stepTexts, QT_TR_NOOP("&Presenter notes:"), m_notes);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_commands);
    layout->addWidget(moreCommands);
    layout->addLayout(form);
    layout->addWidget(m_steps, 1);
    layout->addLayout(stepTexts);
    setWidget(body);
    m_texts.add([this](const auto &tr) { setWindowTitle(tr("Lesson editor") + m_titleText); });

    connect(m_record, &QAction::triggered, this, &LessonEditorDock::recordRequested);
    connect(m_save, &QAction::triggered, this, &LessonEditorDock::saveRequested);
    auto withStep = [this](QAction *action, void (LessonEditorDock::*signal)(int)) {
        connect(action, &QAction::triggered, this, [this, signal] {
            if (currentStep() >= 0)
                emit(this->*signal)(currentStep());
        });
    };
    withStep(m_rerecord, &LessonEditorDock::rerecordRequested);
    withStep(m_duplicate, &LessonEditorDock::duplicateRequested);
    withStep(m_delete, &LessonEditorDock::deleteRequested);
    connect(m_moveUp, &QAction::triggered, this, [this] {
        if (currentStep() > 0)
            emit moveRequested(currentStep(), currentStep() - 1);
    });
    connect(m_moveDown, &QAction::triggered, this, [this] {
        if (currentStep() >= 0 && currentStep() + 1 < m_stepCount)
            emit moveRequested(currentStep(), currentStep() + 1);
    });
    // A drop moved the row already; the editor rebuilds the list after the drop is over.
    connect(
        m_steps->model(), &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
            emit moveRequested(start, row > start ? row - 1 : row);
        },
        Qt::QueuedConnection);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            emit stepSelected(row);
    });
    connect(m_title, &QLineEdit::textEdited, this, &LessonEditorDock::titleEdited);
    connect(m_language, &QComboBox::activated, this, [this] { emit languageChosen(language()); });
    connect(m_caption, &QPlainTextEdit::textChanged, this, [this] {
        if (currentStep() >= 0)
            emit captionEdited(currentStep(), m_caption->toPlainText());
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (currentStep() >= 0)
            emit notesEdited(currentStep(), m_notes->toPlainText());
    });
    connect(m_annotation, &QLineEdit::textEdited, this, &LessonEditorDock::emitAnnotation);
    for (QDoubleSpinBox *box : {m_annotationX, m_annotationY})
        connect(box, &QDoubleSpinBox::valueChanged, this, &LessonEditorDock::emitAnnotation);
}

QAction *LessonEditorDock::addCommand(const char *text, const char *tip,
                                      const QKeySequence &shortcut)
{
    QAction *action = (m_commandRow ? m_commandRow : m_commands)->addAction(QString());
    m_texts.text(action, text);
    m_texts.toolTip(action, tip);
    action->setShortcut(shortcut);
    // Only while the editor has the focus: Delete and Ctrl+D mean other things elsewhere.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void LessonEditorDock::emitAnnotation()
{
    if (currentStep() >= 0)
        emit annotationEdited(currentStep(), m_annotation->text(), m_annotationX->value(),
                              m_annotationY->value());
}

void LessonEditorDock::setLanguages(const QList<QPair<QString, QString>> &languages)
{
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    for (const auto &[code, name] : languages)
        m_language->addItem(name, code);
}

QString LessonEditorDock::language() const
{
    const QString code = m_language->currentData().toString();
    return code.isEmpty() ? QStringLiteral("en") : code;
}

int LessonEditorDock::currentStep() const
{
    return m_steps->currentRow();
}

void LessonEditorDock::setUndoActions(QAction *undo, QAction *redo)
{
    m_commandRow->insertActions(m_save, {undo, redo});
}

void LessonEditorDock::showLesson(const Lesson &lesson, int step, bool modified)
{
    const QString language = this->language();
    m_titleText = QStringLiteral(": %1%2").arg(textIn(lesson.title, language).isEmpty()
                                                   ? lesson.title.english
                                                   : textIn(lesson.title, language),
                                               modified ? QStringLiteral(" *") : QString());
    m_texts.retranslate();
    setLineText(m_title, textIn(lesson.title, language));
    m_title->setPlaceholderText(lesson.title.english);
    {
        const QSignalBlocker blocker(m_steps);
        m_stepCount = int(lesson.steps.size());
        while (m_steps->count() > m_stepCount)
            delete m_steps->takeItem(m_steps->count() - 1);
        while (m_steps->count() < m_stepCount)
            m_steps->addItem(QString());
        for (int i = 0; i < m_stepCount; ++i) {
            const LessonStep &s = lesson.steps[i];
            const ChartEntry *entry = findChart(s.chart);
            QString caption = textIn(s.caption, language);
            if (caption.isEmpty())
                caption = s.caption.english;
            m_steps->item(i)->setText(QStringLiteral("%1. %2: %3")
                                          .arg(i + 1)
                                          .arg(entry ? entry->translatedShortTitle() : s.chart,
                                               caption.simplified().left(90)));
        }
        m_steps->setCurrentRow(step);
    }
    const LessonStep *shown = step >= 0 && step < m_stepCount ? &lesson.steps[step] : nullptr;
    for (QWidget *field : std::initializer_list<QWidget *>{m_caption, m_annotation, m_annotationX,
                                                           m_annotationY, m_notes})
        field->setEnabled(shown);
    for (QAction *action : {m_rerecord, m_duplicate, m_delete})
        action->setEnabled(shown);
    m_moveUp->setEnabled(shown && step > 0);
    m_moveDown->setEnabled(shown && step + 1 < m_stepCount);
    setPlainText(m_caption, shown ? textIn(shown->caption, language) : QString());
    setPlainText(m_notes, shown ? textIn(shown->notes, language) : QString());
    setLineText(m_annotation,
                shown && shown->annotation ? textIn(shown->annotation->text, language) : QString());
    for (auto [box, value] :
         {std::pair{m_annotationX, shown && shown->annotation ? shown->annotation->x : 0.5},
          std::pair{m_annotationY, shown && shown->annotation ? shown->annotation->y : 0.5}}) {
        const QSignalBlocker blocker(box);
        box->setValue(value);
    }
    // Another language: the English text shows through as the placeholder to translate.
    if (shown && language != QLatin1String("en")) {
        m_caption->setPlaceholderText(shown->caption.english);
        m_notes->setPlaceholderText(shown->notes.english);
    } else {
        m_texts.retranslate();
    }
}

void LessonEditorDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace tce
