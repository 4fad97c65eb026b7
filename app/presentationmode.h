#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPalette>

#include <optional>

class QMainWindow;
class QTabWidget;
class QWidget;

namespace tce {

class ChartView;
class LessonBar;

// Presentation mode for a classroom: full screen on a chosen screen, large type, thick lines
// and high contrast, only the lesson and the chart; leaving gives the window back as it was.
// It also turns a presentation clicker's keys into lesson steps.
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QMainWindow *window = nullptr;
        QWidget *summary = nullptr;
        QTabWidget *tabs = nullptr;
        LessonBar *lessonBar = nullptr;
        QList<ChartView *> charts;
    };
    PresentationMode(const Parts &parts, QObject *parent = nullptr);

    bool active() const { return m_saved.has_value(); }
    void enter();
    void leave();
    void setScreenIndex(int index) { m_screenIndex = index; }
    int screenIndex() const { return m_screenIndex; } // -1: the window's own screen
    // PageDown/PageUp, arrows and Space step a lesson; Esc leaves. True when the key was used.
    bool handleKey(int key);

signals:
    void lessonNeeded(); // entered with no lesson open

private:
    struct Saved
    {
        QByteArray geometry;
        QByteArray windowState;
        QFont font;
        bool wasFullScreen = false;
        QPalette palette;
    };
    Parts m_parts;
    std::optional<Saved> m_saved;
    int m_screenIndex = -1;
};

} // namespace tce
