#pragma once

#include "chartview.h"

namespace tce {

struct KvMemoryCurve;

// Chart 3: GPU memory against context length for the batch: the weights as the base, the
// KV cache on top, the capacity line and the context where the batch stops fitting; on the
// right axis, how many sequences fit at each context.
class KvMemoryView : public ChartView
{
    Q_OBJECT
public:
    explicit KvMemoryView(QWidget *parent = nullptr);

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    QString formatX(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;
    double tickUnit(const QCPAxis *axis, double magnitude) const override;
    double minimumTickStep(const QCPAxis *axis) const override;
    QString explain(const QCPAbstractPlottable *graph, double x, double y) const override;

private:
    Drawing drawingOf(const Evaluation &evaluation, const KvMemoryCurve &curve) const;
    void fitLegend();
};

} // namespace tce
