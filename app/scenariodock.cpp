#include "scenariodock.h"

#include "scenariopanel.h"
#include "workloadpanel.h"

#include <QAction>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace tce {

ScenarioDock::ScenarioDock(const Catalog &catalog, QWidget *parent)
    : QDockWidget(parent)
    , m_scenario(new ScenarioPanel(catalog))
    , m_workload(new WorkloadPanel(catalog))
{
    setObjectName(QStringLiteral("scenarioDock"));
    auto *contents = new QWidget;
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scenario);
    layout->addWidget(m_workload);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(contents);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Only vertical scrolling: the panel's controls are never cut off at the side.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_scenario->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width() + 8);
    setWidget(scroll);
    setFeatures(DockWidgetMovable | DockWidgetFloatable | DockWidgetClosable);
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
}

} // namespace tce
