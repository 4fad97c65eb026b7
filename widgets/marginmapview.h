#pragma once

#include "chartview.h"

class QCPColorMap;
class QCPColorScale;

namespace tce {

// Issue 6: margin per request over input x output lengths (log axes, 256x256), the
// break-even line where requests turn loss-making, and the mix's requests on top.
class MarginMapView : public ChartView
{
    Q_OBJECT
public:
    explicit MarginMapView(QWidget *parent = nullptr);

    // In tokens, not the axes' log10: a row per grid cell ("cell": input and output tokens,
    // margin and cost), then the break-even line and the requests drawn.
    Table table() const override;

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    bool drawsDifferently(const Evaluation &drawn, const Evaluation &next) const override;
    QString formatX(double x) const override;
    QString formatXTick(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *graph, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;
    double minimumTickStep(const QCPAxis *axis) const override;

private:
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
};

} // namespace tce
