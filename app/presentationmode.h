#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QPointer>

#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QScreen;
class QTabWidget;
class QTimer;
class QWidget;

namespace tce {

class Catalog;
class ChartView;
class LessonBar;
class LessonController;
class LessonLibrary;
class PresenterView;

// Presentation mode for a classroom: full screen on a chosen screen, large type, thick lines
// and high contrast, only the lesson and the chart; leaving gives the window back as it was.
// It also turns a presentation clicker's keys into lesson steps. With the presenter view on,
// a second window shows the presenter the notes, the next step and a clock: full screen on
// another screen, or with one screen in turns with the audience's view (P).
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
        LessonLibrary *library = nullptr;
        LessonController *lessons = nullptr;
        const Catalog *catalog = nullptr; // the window's: the presenter view's next step
    };
    PresentationMode(const Parts &parts, QObject *parent = nullptr);

    bool active() const { return m_saved.has_value(); }
    void enter();
    void leave();
    void setScreenIndex(int index) { m_screenIndex = index; }
    int screenIndex() const { return m_screenIndex; } // -1: the window's own screen
    // PageDown/PageUp, arrows and Space step a lesson; P switches between the audience's and
    // the presenter's view on one screen; Esc leaves. True when the key was used.
    bool handleKey(int key);

    // The presenter view: remembered in the settings unless `remember` is false (--presenter).
    bool presenterEnabled() const { return m_presenterEnabled; }
    void setPresenterEnabled(bool on, bool remember = true);
    // View > Present on: the screens as they are when the menu opens, the chosen one checked.
    void addScreenMenu(QMenu *view);
    // View > Presenter view, checkable, for a menu built in the current language.
    QAction *createPresenterAction(QObject *parent);
    // The presenter's window while presenting with it; null otherwise.
    PresenterView *presenterView() const;
    // One screen for both: P switches between the audience's view and the presenter's.
    bool sharesScreen() const;

signals:
    void presenterEnabledChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Saved
    {
        QByteArray geometry;
        QByteArray windowState;
        QFont font;
        bool wasFullScreen = false;
        QPalette palette;
    };
    QScreen *audienceScreen() const;
    QScreen *presenterScreen(QScreen *audience) const;
    void openPresenter();
    void closePresenter();
    void togglePresenter();
    void showPresenterStep();
    void grabCurrentChart();

    Parts m_parts;
    std::optional<Saved> m_saved;
    int m_screenIndex = -1;
    bool m_presenterEnabled = false;
    QPointer<PresenterView> m_presenter;
    QTimer *m_grabTimer = nullptr; // one grab for a burst of replots
};

} // namespace tce
