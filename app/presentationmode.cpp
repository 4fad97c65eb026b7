#include "presentationmode.h"

#include "apptheme.h"
#include "chartview.h"
#include "lessonbar.h"

#include <QApplication>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QWindow>

namespace tce {

PresentationMode::PresentationMode(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{}

void PresentationMode::enter()
{
    if (active())
        return;
    QMainWindow *w = m_parts.window;
    // Remember the window as it was, to give it back on Esc.
    m_saved = Saved{w->saveGeometry(), w->saveState(), w->font(), w->isFullScreen(),
                    QApplication::palette()};
    applyTheme(AppTheme::HighContrast);
    // The chosen screen (View > Present on), e.g. the projector.
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (w->windowHandle() && m_screenIndex >= 0 && m_screenIndex < screens.size())
        w->windowHandle()->setScreen(screens[m_screenIndex]);
    for (QDockWidget *dock : w->findChildren<QDockWidget *>())
        dock->hide();
    for (QToolBar *bar : w->findChildren<QToolBar *>())
        bar->hide();
    w->menuBar()->hide();
    w->statusBar()->hide();
    m_parts.summary->hide();
    QFont large = w->font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    w->setFont(large);
    for (ChartView *chart : m_parts.charts)
        chart->setLineScale(2.0);
    m_parts.lessonBar->setLarge(true);
    m_parts.tabs->tabBar()->hide();
    if (m_parts.lessonBar->isHidden())
        emit lessonNeeded();
    w->showFullScreen();
    // Without a window manager (a bare X server, a projector PC) full screen is not applied
    // for us: take the screen ourselves.
    if (w->screen())
        w->setGeometry(w->screen()->geometry());
    w->setFocus();
}

void PresentationMode::leave()
{
    if (!active())
        return;
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
    case Qt::Key_Escape:
        if (!active())
            return false;
        leave();
        return true;
    default:
        return false;
    }
}

} // namespace tce
