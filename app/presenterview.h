#pragma once

#include "lessonslide.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

class QLabel;
class QTimer;

namespace tce {

class Catalog;
class LessonLibrary;
class SlidePicture;

// The presenter's screen in presentation mode (LabPlot has one; PowerPoint calls it presenter
// view): what the audience sees now, the next step drawn from its own scenario, the presenter's
// notes, the step count and a clock, all in large type. It only shows: its keys go to
// presentation mode, which steps the lesson and leaves.
class PresenterView : public QWidget
{
    Q_OBJECT
public:
    // `catalog` (the window's) builds the next step's scenario; it outlives the view.
    PresenterView(const LessonLibrary &library, const Catalog &catalog, QWidget *parent = nullptr);
    ~PresenterView() override;

    // Step `step` of lesson `lesson` (indexes into the library) is on the audience's screen.
    // The next step's preview follows once events are processed: rapid clicks draw it once.
    void showStep(int lesson, int step);
    // The audience's chart as it is drawn now.
    void setCurrentPicture(const QImage &picture);
    // Time spent presenting counts from now.
    void restartClock();

    // What the view shows, as the presenter reads it.
    QString positionText() const;  // "Step 2 of 6"
    QString captionText() const;   // the step's caption
    QString notesText() const;     // the step's notes; "" for none (a placeholder shows)
    QString nextText() const;      // the next step's caption, or that the lesson ends
    QImage currentPicture() const; // the audience's chart
    QImage nextPicture() const;    // the next step; null after the last step or on an error
    QString clockText() const;     // the time of day and the time spent presenting

signals:
    void keyPressed(int key);
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showTexts();
    void drawNext();
    void updateClock();
    void setFonts();

    const LessonLibrary &m_library;
    const Catalog &m_catalog;
    int m_lesson = -1;
    int m_step = -1;
    MixWorkloads m_workloads; // sampled once per mix for every preview
    QElapsedTimer m_presenting;
    QTimer *m_clockTimer = nullptr;
    QTimer *m_nextTimer = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_nowHeading = nullptr;
    SlidePicture *m_current = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_nextHeading = nullptr;
    SlidePicture *m_next = nullptr;
    QLabel *m_nextCaption = nullptr;
    QLabel *m_notesHeading = nullptr;
    QLabel *m_notes = nullptr;
    QString m_notesSource; // the notes in the current language; "" for none
};

} // namespace tce
