#include "placeholderwindow.h"

#include "catalog.h"
#include "costreport.h"
#include "curves.h"
#include "scenariobuilder.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace tce {

PlaceholderWindow::PlaceholderWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Token Cost Explorer"));
    const Scenario scenario = defaultScenario(Catalog::builtIn());
    const CostReport report = evaluate(scenario);
    const PositionCurves curves = positionCurves(scenario, 1000);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QLabel(tr("%1 on %2: prefill %3 ms, decode step %4 ms")
                                     .arg(scenario.model.name, scenario.hardware.name)
                                     .arg(report.ttftSeconds * 1e3, 0, 'f', 1)
                                     .arg(report.decodeStepMeanSeconds * 1e3, 0, 'f', 2),
                                 central));
    auto *plot = new QCustomPlot(central);
    plot->addGraph();
    plot->graph(0)->setData(QVector<double>(curves.position.begin(), curves.position.end()),
                            QVector<double>(curves.flops.begin(), curves.flops.end()), true);
    plot->xAxis->setLabel(tr("Token position"));
    plot->yAxis->setLabel(tr("FLOPs per token"));
    plot->rescaleAxes();
    layout->addWidget(plot, 1);
    setCentralWidget(central);
    resize(1000, 700);
}

} // namespace tce
