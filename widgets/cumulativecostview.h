#pragma once

#include "chartview.h"

namespace tce {

// Chart 2: what one request has cost after j output tokens: its prefill share, the decode
// steps stacked on top, the straight line a flat per-token price assumes, and the revenue
// at the API price with the points where the request turns profitable or loss-making.
class CumulativeCostView : public ChartView
{
    Q_OBJECT
public:
    explicit CumulativeCostView(QWidget *parent = nullptr);

protected:
    void rebuild(const Evaluation &evaluation) override;
    QString formatX(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *graph, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;
};

} // namespace tce
