#pragma once

#include "chartview.h"

namespace tce {

struct SpeculativeSweep;

// Speculative decoding against batch size: the decode speed-up (left) and the GPU cost of a
// million output tokens with and without it (right). Large at batch 1, where one verification
// run checks k + 1 positions for the price of one weight read; gone where the step turns
// compute-bound.
class SpeculativeView : public ChartView
{
    Q_OBJECT
public:
    explicit SpeculativeView(QWidget *parent = nullptr);

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    QString formatX(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *graph, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;

private:
    Drawing drawingOf(const SpeculativeSweep &sweep) const;
};

} // namespace tce
