#pragma once

#include "translatedtexts.h"

#include "lesson.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace tce {

// The lesson player: which lesson, the step, the caption, Previous and Next. It only asks
// for steps; the window applies them.
class LessonBar : public QWidget
{
    Q_OBJECT
public:
    explicit LessonBar(const QList<Lesson> &lessons, QWidget *parent = nullptr);

    // The lessons to choose from changed (one opened, recorded or renamed); the current one
    // stays chosen by its index.
    void setLessons(const QList<Lesson> &lessons);

    int lessonIndex() const;
    int stepIndex() const { return m_step; }
    void showStep(int lesson, int step, const QString &caption, int stepCount);
    QString captionText() const;
    void setLarge(bool large); // presentation mode

signals:
    void stepRequested(int lesson, int step);
    void closeRequested();

public slots:
    void next();
    void previous();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTitles();

    TranslatedTexts m_texts{this};
    QList<Lesson> m_lessons;
    QComboBox *m_lesson = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_caption = nullptr;
    int m_step = 0;
    double m_baseFontSize = 0;
};

} // namespace tce
