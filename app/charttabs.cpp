#include "charttabs.h"

#include "chartregistry.h"
#include "chartview.h"
#include "speedstreamview.h"

#include <QEvent>

namespace tce {

ChartTabs::ChartTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    // Eleven tabs at 1366 px: names elide rather than hiding tabs behind scroll arrows.
    setUsesScrollButtons(false);
    setElideMode(Qt::ElideRight);
    for (const QString &id : chartIds()) {
        ChartView *chart = createChart(id).release();
        m_charts << chart;
        addTab(chart, QString());
    }
    m_speed = new SpeedStreamView;
    addTab(m_speed, QString());
    retranslate();
}

ChartView *ChartTabs::currentChart() const
{
    return m_charts.value(currentIndex());
}

void ChartTabs::setEvaluation(const std::shared_ptr<const Evaluation> &evaluation)
{
    for (ChartView *chart : m_charts)
        chart->setEvaluation(evaluation);
    m_speed->setEvaluation(evaluation);
}

void ChartTabs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void ChartTabs::retranslate()
{
    for (int i = 0; i < m_charts.size(); ++i) {
        setTabText(i, m_charts[i]->shortTitle());
        setTabToolTip(i, m_charts[i]->title());
        m_charts[i]->setAccessibleName(m_charts[i]->title());
        m_charts[i]->setAccessibleDescription(
            tr("A chart. The Explain this panel reads out the value under the mouse; File > "
               "Export chart saves its data as CSV."));
    }
    setAccessibleName(tr("Charts"));
    const int speed = indexOf(m_speed);
    setTabText(speed, tr("Feel the speed"));
    setTabToolTip(speed, tr("The prompt at the prefill rate beside the output at the decode rate"));
}

} // namespace tce
