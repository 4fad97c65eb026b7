#include "presentationmode.h"

#include "apptheme.h"
#include "chartview.h"
#include "lessonbar.h"
#include "lessoncontroller.h"
#include "lessonlibrary.h"
#include "lessonslide.h"
#include "presenterview.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QWindow>

namespace tce {

namespace {

// Full screen on `screen`. A window goes full screen on the screen it is on, so it moves there
// first; without a window manager (a bare X server, a projector PC) full screen is not applied
// for us: the window takes the screen's geometry itself.
void showFullScreenOn(QWidget *window, QScreen *screen)
{
    if (screen) {
        window->setScreen(screen);
        window->setGeometry(screen->geometry());
    }
    window->showFullScreen();
    if (screen)
        window->setGeometry(screen->geometry());
}

} // namespace

PresentationMode::PresentationMode(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_presenterEnabled(settings::presenterView())
{
    // The presenter sees the audience's chart as drawn: again after every replot (a step, a
    // new evaluation, the serving simulation's results arriving), once for a burst of them.
    m_grabTimer = new QTimer(this);
    m_grabTimer->setSingleShot(true);
    connect(m_grabTimer, &QTimer::timeout, this, &PresentationMode::grabCurrentChart);
    const auto grabSoon = [this] {
        if (m_presenter)
            m_grabTimer->start(0);
    };
    for (ChartView *chart : m_parts.charts)
        connect(chart, &ChartView::replotted, this, grabSoon);
    connect(m_parts.tabs, &QTabWidget::currentChanged, this, grabSoon);
    m_parts.tabs->installEventFilter(this); // and after a resize (full screen, another screen)
    connect(m_parts.lessons, &LessonController::stepShown, this,
            &PresentationMode::showPresenterStep);
    // Closing the lesson ends the presentation.
    connect(m_parts.lessons, &LessonController::closed, this, &PresentationMode::leave);
    connect(m_parts.library, &LessonLibrary::changed, this, &PresentationMode::showPresenterStep);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parts.tabs && event->type() == QEvent::Resize && m_presenter)
        m_grabTimer->start(0);
    return QObject::eventFilter(watched, event);
}

QScreen *PresentationMode::audienceScreen() const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    // The screen chosen under View > Present on, e.g. the projector.
    if (m_screenIndex >= 0 && m_screenIndex < screens.size())
        return screens[m_screenIndex];
    QScreen *own = m_parts.window->screen();
    // None chosen: with the presenter view the presenter keeps the screen the window is on
    // (the laptop's) and the audience gets another.
    if (m_presenterEnabled) {
        for (QScreen *screen : screens) {
            if (screen != own)
                return screen;
        }
    }
    return own;
}

QScreen *PresentationMode::presenterScreen(QScreen *audience) const
{
    QScreen *own = m_parts.window->screen();
    if (own && own != audience)
        return own;
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != audience)
            return screen;
    }
    return audience; // one screen for both
}

void PresentationMode::enter()
{
    if (active())
        return;
    QMainWindow *w = m_parts.window;
    // Remember the window as it was, to give it back on Esc.
    m_saved = Saved{w->saveGeometry(), w->saveState(), w->font(), w->isFullScreen(),
                    QApplication::palette()};
    QScreen *audience = audienceScreen();
    applyTheme(AppTheme::HighContrast);
    for (QDockWidget *dock : w->findChildren<QDockWidget *>())
        dock->hide();
    for (QToolBar *bar : w->findChildren<QToolBar *>())
        bar->hide();
    w->menuBar()->hide();
    w->statusBar()->hide();
    m_parts.summary->hide();
    QFont large = w->font();
    large.setPointSizeF(large.pointSizeF() * kPresentationFontScale);
    w->setFont(large);
    for (ChartView *chart : m_parts.charts)
        chart->setLineScale(kPresentationLineScale);
    m_parts.lessonBar->setLarge(true);
    m_parts.tabs->tabBar()->hide();
    if (m_parts.lessonBar->isHidden()) // entered with no lesson open: the first one
        m_parts.lessons->showStep(0, 0);
    showFullScreenOn(w, audience);
    w->setFocus();
    if (m_presenterEnabled)
        openPresenter();
}

void PresentationMode::leave()
{
    if (!active())
        return;
    closePresenter();
    const Saved saved = *m_saved;
    m_saved.reset();
    QMainWindow *w = m_parts.window;
    QApplication::setPalette(saved.palette);
    w->setFont(saved.font);
    for (ChartView *chart : m_parts.charts)
        chart->setLineScale(1.0);
    m_parts.lessonBar->setLarge(false);
    m_parts.tabs->tabBar()->show();
    w->menuBar()->show();
    w->statusBar()->show();
    m_parts.summary->show();
    if (!saved.wasFullScreen)
        w->showNormal();
    w->restoreGeometry(saved.geometry);
    w->restoreState(saved.windowState);
    w->activateWindow();
}

bool PresentationMode::handleKey(int key)
{
    // A presentation clicker sends PageDown/PageUp (sometimes arrows or space).
    if (!active() && !m_parts.lessonBar->isVisible())
        return false;
    switch (key) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        m_parts.lessonBar->next();
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_parts.lessonBar->previous();
        return true;
    case Qt::Key_P:
        if (!m_presenter || !sharesScreen())
            return false;
        togglePresenter();
        return true;
    case Qt::Key_Escape:
        if (!active())
            return false;
        leave();
        return true;
    default:
        return false;
    }
}

void PresentationMode::setPresenterEnabled(bool on, bool remember)
{
    if (remember)
        settings::setPresenterView(on);
    if (on == m_presenterEnabled)
        return;
    m_presenterEnabled = on;
    emit presenterEnabledChanged(on);
    if (!active())
        return;
    if (on)
        openPresenter();
    else
        closePresenter();
}

void PresentationMode::addScreenMenu(QMenu *view)
{
    QMenu *presentOn = view->addMenu(tr("Present &on"));
    connect(presentOn, &QMenu::aboutToShow, this, [this, presentOn] {
        presentOn->clear();
        const QList<QScreen *> screens = QGuiApplication::screens();
        for (int i = 0; i < screens.size(); ++i) {
            QAction *a = presentOn->addAction(tr("%1 (%2×%3)")
                                                  .arg(screens[i]->name())
                                                  .arg(screens[i]->size().width())
                                                  .arg(screens[i]->size().height()),
                                              this, [this, i] { setScreenIndex(i); });
            a->setCheckable(true);
            a->setChecked(i == m_screenIndex ||
                          (m_screenIndex < 0 && screens[i] == m_parts.window->screen()));
        }
    });
}

QAction *PresentationMode::createPresenterAction(QObject *parent)
{
    auto *action = new QAction(tr("P&resenter view"), parent);
    action->setObjectName(QStringLiteral("presenterView"));
    action->setCheckable(true);
    action->setChecked(m_presenterEnabled);
    // --presenter turns it on after the menus are built.
    connect(this, &PresentationMode::presenterEnabledChanged, action, &QAction::setChecked);
    action->setStatusTip(tr("When presenting, show your notes, the next step and a clock on "
                            "another screen; with one screen, P switches views"));
    // Only the user's choice is remembered, not one that came from the command line.
    connect(action, &QAction::toggled, this, [this](bool on) {
        if (on != m_presenterEnabled)
            setPresenterEnabled(on);
    });
    return action;
}

PresenterView *PresentationMode::presenterView() const
{
    return m_presenter;
}

bool PresentationMode::sharesScreen() const
{
    return m_presenter && m_presenter->screen() == m_parts.window->screen();
}

void PresentationMode::openPresenter()
{
    if (m_presenter)
        return;
    m_presenter = new PresenterView(*m_parts.library, *m_parts.catalog, m_parts.window);
    connect(m_presenter, &PresenterView::keyPressed, this, &PresentationMode::handleKey);
    connect(m_presenter, &PresenterView::closeRequested, this, &PresentationMode::leave);
    showPresenterStep();
    showFullScreenOn(m_presenter, presenterScreen(m_parts.window->screen()));
    // With one screen the presenter's view comes first: it was asked for; P shows the audience's.
    m_presenter->raise();
    m_presenter->activateWindow();
    m_presenter->setFocus();
    m_grabTimer->start(0);
}

void PresentationMode::closePresenter()
{
    if (!m_presenter)
        return;
    PresenterView *presenter = m_presenter;
    m_presenter = nullptr;
    presenter->hide();
    // Later: Esc pressed in the presenter's window arrives here from its key handler.
    presenter->deleteLater();
    m_parts.window->activateWindow();
}

void PresentationMode::togglePresenter()
{
    if (m_presenter->isVisible()) {
        m_presenter->hide();
        m_parts.window->activateWindow();
        m_parts.window->setFocus();
        return;
    }
    showFullScreenOn(m_presenter, m_parts.window->screen());
    m_presenter->raise();
    m_presenter->activateWindow();
    m_presenter->setFocus();
    m_grabTimer->start(0);
}

void PresentationMode::showPresenterStep()
{
    if (m_presenter)
        m_presenter->showStep(m_parts.lessons->lessonIndex(), m_parts.lessons->stepIndex());
}

void PresentationMode::grabCurrentChart()
{
    auto *chart = qobject_cast<ChartView *>(m_parts.tabs->currentWidget());
    if (m_presenter && chart && chart->isVisible())
        m_presenter->setCurrentPicture(chart->grab().toImage());
}

} // namespace tce
