#pragma once

#include "servingchartview.h"
#include "servingresult.h"

#include <QList>

#include <optional>
#include <vector>

class QCPCurve;

namespace tce {

// Issue 13: one serving replica as load grows. Output tokens per second per GPU (x) against
// the time to first token and the inter-token latency, median and 99th percentile (y, log), one
// point per client count of the sweep; the knee, the latency targets, the sweep point with the
// best goodput, and the scenario's own load, which the user drags along the curves to another
// client count.
class ServingView : public ServingChartView
{
    Q_OBJECT
public:
    explicit ServingView(QWidget *parent = nullptr);

    ServingUse servingUse() const override { return ServingUse::Sweep; }
    // A row per sweep point ("sweep"), then the scenario's load ("this load"): clients,
    // throughput per GPU, TTFT and ITL (p50, p99), requests per second, goodput, and which
    // point is the knee and which has the best goodput.
    Table table() const override;

    // Where the scenario's load is drawn, in the plot's pixels (its TTFT median); none while
    // it has no result.
    std::optional<QPointF> currentLoadPixel() const;
    // The client count of the sweep point nearest to `pixel` on any curve; 0 without points.
    int concurrencyNearest(const QPointF &pixel) const;

signals:
    // The user drags the scenario's load along the curves to a client count of the sweep;
    // `dragging` stays true until the button is released (then dragFinished()).
    void loadDragged(int concurrency, bool dragging);
    void dragFinished();

protected:
    void rebuildServing(const Evaluation &evaluation, const ServingSnapshot &serving) override;
    void clearSeries() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    QString formatX(double x) const override;
    QString formatXTick(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *plottable, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;

private:
    // x of a result: output tokens per second per GPU.
    double throughputPerGpu(const ServingResult &result) const;
    double markerScale() const;
    bool nearCurrentLoad(const QPointF &pixel) const;
    void dragTo(const QPointF &pixel);
    void markCurrentLoad(const ServingResult &result);

    QList<QCPCurve *> m_curves; // TTFT p50, TTFT p99, ITL p50, ITL p99
    QCPGraph *m_current = nullptr;
    QCPGraph *m_goodput = nullptr;
    std::vector<ServingResult> m_sweep; // as drawn
    std::optional<ServingResult> m_currentResult;
    int m_gpus = 1;
    int m_knee = -1;
    int m_bestGoodput = -1;
    bool m_dragging = false;
    int m_dragConcurrency = 0;
};

} // namespace tce
