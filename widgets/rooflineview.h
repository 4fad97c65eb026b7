#pragma once

#include "chartview.h"

namespace tce {

struct RooflinePoints;

// Chart 5: the hardware roofline (attainable FLOP/s against arithmetic intensity) with the
// prefill and the decode step as points: prefill sits under the flat compute roof, decode
// on the slanted memory roof far to the left.
class RooflineView : public ChartView
{
    Q_OBJECT
public:
    explicit RooflineView(QWidget *parent = nullptr);

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    QString formatX(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *graph, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;

private:
    Drawing drawingOf(const Evaluation &evaluation, const RooflinePoints &points) const;
};

} // namespace tce
