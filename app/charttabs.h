#pragma once

#include <QList>
#include <QTabWidget>

#include <memory>

namespace tce {

class ChartView;
class Evaluation;
class SpeedStreamView;

// Every chart of the chart registry in a tab of its own, then "Feel the speed". The tabs
// carry the charts' names in the current language, for the eye and for screen readers.
class ChartTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit ChartTabs(QWidget *parent = nullptr);

    const QList<ChartView *> &charts() const { return m_charts; }
    // The chart in front; null on a tab that is not a chart.
    ChartView *currentChart() const;
    // Every view gets the result; only the visible one draws now, the others when shown.
    void setEvaluation(const std::shared_ptr<const Evaluation> &evaluation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<ChartView *> m_charts;
    SpeedStreamView *m_speed = nullptr;
};

} // namespace tce
