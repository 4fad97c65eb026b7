#include "lessonbar.h"

#include "lesson.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace tce {

LessonBar::LessonBar(const QList<Lesson> &lessons, QWidget *parent)
    : QWidget(parent)
    , m_lessons(lessons)
{
    m_lesson = new QComboBox(this);
    for (const Lesson &lesson : lessons)
        m_lesson->addItem(QString(), lesson.id);
    m_texts.add([this](const auto &) { showTitles(); });
    m_texts.toolTip(
        m_lesson,
        QT_TR_NOOP("Lessons: a story told in steps, each a scenario, a chart and a caption."));
    m_lesson->setFocusPolicy(Qt::NoFocus); // arrow keys belong to the steps
    m_previous = new QToolButton(this);
    m_texts.text(m_previous, QT_TR_NOOP("◀ Previous"));
    m_texts.toolTip(m_previous, QT_TR_NOOP("The previous step (PageUp, Left)"));
    m_next = new QToolButton(this);
    m_texts.text(m_next, QT_TR_NOOP("Next ▶"));
    m_texts.toolTip(m_next, QT_TR_NOOP("The next step (PageDown, Right, Space)"));
    for (QToolButton *b : {m_previous, m_next})
        b->setFocusPolicy(Qt::NoFocus);
    auto *close = new QToolButton(this);
    m_texts.text(close, QT_TR_NOOP("✕"));
    m_texts.toolTip(close, QT_TR_NOOP("Close the lesson"));
    close->setFocusPolicy(Qt::NoFocus);
    m_position = new QLabel(this);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    QFont captionFont = m_caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 1.25);
    m_caption->setFont(captionFont);
    m_baseFontSize = captionFont.pointSizeF();

    auto *row = new QHBoxLayout;
    row->addWidget(m_lesson, 1);
    row->addWidget(m_previous);
    row->addWidget(m_position);
    row->addWidget(m_next);
    row->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(row);
    layout->addWidget(m_caption);

    connect(m_lesson, &QComboBox::activated, this,
            [this](int index) { emit stepRequested(index, 0); });
    connect(m_next, &QToolButton::clicked, this, &LessonBar::next);
    connect(m_previous, &QToolButton::clicked, this, &LessonBar::previous);
    connect(close, &QToolButton::clicked, this, &LessonBar::closeRequested);
}

void LessonBar::setLessons(const QList<Lesson> &lessons)
{
    const QSignalBlocker blocker(m_lesson);
    const int current = m_lesson->currentIndex();
    m_lessons = lessons;
    m_lesson->clear();
    for (const Lesson &lesson : lessons)
        m_lesson->addItem(QString(), lesson.id);
    showTitles();
    m_lesson->setCurrentIndex(std::min(current, int(lessons.size()) - 1));
}

void LessonBar::showTitles()
{
    for (int i = 0; i < m_lessons.size() && i < m_lesson->count(); ++i)
        m_lesson->setItemText(i, shownLessonText(m_lessons[i].title));
}

int LessonBar::lessonIndex() const
{
    return m_lesson->currentIndex();
}

QString LessonBar::captionText() const
{
    return m_caption->text();
}

void LessonBar::showStep(int lesson, int step, const QString &caption, int stepCount)
{
    const QSignalBlocker blocker(m_lesson);
    m_lesson->setCurrentIndex(lesson);
    m_step = step;
    m_position->setText(tr("%1 / %2").arg(step + 1).arg(stepCount));
    m_caption->setText(caption);
    m_previous->setEnabled(step > 0);
    m_next->setEnabled(step + 1 < stepCount);
}

void LessonBar::next()
{
    const int lesson = lessonIndex();
    if (lesson >= 0 && m_step + 1 < m_lessons[lesson].steps.size())
        emit stepRequested(lesson, m_step + 1);
}

void LessonBar::previous()
{
    if (m_step > 0)
        emit stepRequested(lessonIndex(), m_step - 1);
}

void LessonBar::setLarge(bool large)
{
    QFont font = m_caption->font();
    font.setPointSizeF(m_baseFontSize * (large ? 1.6 : 1.0));
    m_caption->setFont(font);
}

void LessonBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate();
    QWidget::changeEvent(event);
}

} // namespace tce
