#include "charttest.h"

#include <QTest>

#include <qcustomplot.h>

namespace tce::test {

std::unique_ptr<ChartView> shownChart(const QString &id,
                                      std::shared_ptr<const Evaluation> evaluation, QSize size)
{
    auto chart = createChart(id);
    chart->resize(size);
    chart->setEvaluation(std::move(evaluation));
    chart->show();
    if (!QTest::qWaitForWindowExposed(chart.get()))
        qWarning("the chart was not exposed");
    chart->renderNow();
    chart->plot()->replot();
    return chart;
}

QVector<double> keys(const QCPGraph *graph)
{
    QVector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out << it->key;
    return out;
}

QVector<double> values(const QCPGraph *graph)
{
    QVector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out << it->value;
    return out;
}

} // namespace tce::test
