#pragma once

#include "chartview.h"

namespace tce {

struct OutputCostCurve;

// Chart 6: cumulative FLOPs of one request with a KV cache (quadratic in length) and
// without one (cubic: every output token re-runs the whole prefix).
class KvCacheComparisonView : public ChartView
{
    Q_OBJECT
public:
    explicit KvCacheComparisonView(QWidget *parent = nullptr);

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    QString formatX(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *graph, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;

private:
    Drawing drawingOf(const OutputCostCurve &curve) const;
};

} // namespace tce
