#pragma once

#include "chartview.h"

class QComboBox;

namespace tce {

struct OutputCostCurve;
struct PositionCurves;

// Chart 2: what one request has cost after j output tokens: its prefill share, the decode
// steps stacked on top, the straight line a flat per-token price assumes, and the revenue
// at the API price with the points where the request turns profitable or loss-making. Or the
// same in joules: the energy the request's share of its runs draws.
class CumulativeCostView : public ChartView
{
    Q_OBJECT
public:
    enum class Metric
    {
        Usd,
        Energy
    };
    explicit CumulativeCostView(QWidget *parent = nullptr);
    Metric metric() const;
    void setMetric(Metric metric);
    bool setLessonOption(const QString &key, const QString &value) override;
    QString lessonOption(const QString &key) const override;

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    QString formatX(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *graph, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;
    double tickUnit(const QCPAxis *axis, double magnitude) const override;

private:
    Drawing energyDrawing(const PositionCurves &curves) const;
    Drawing usdDrawing(const Evaluation &evaluation, const OutputCostCurve &curve) const;
    QComboBox *m_metric = nullptr;
};

} // namespace tce
