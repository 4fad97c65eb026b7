#pragma once

#include "chartview.h"

class QComboBox;

namespace tce {

struct PositionCurves;

// Chart 1: what each token position costs, prompt and output shaded apart, the boundary
// marked; cached prompt tokens and hidden reasoning tokens in colours of their own; FLOPs,
// bytes moved, time, dollars or energy.
class PerTokenCostView : public ChartView
{
    Q_OBJECT
public:
    enum class Metric
    {
        Flops,
        Bytes,
        Seconds,
        Usd,
        Energy
    };
    explicit PerTokenCostView(QWidget *parent = nullptr);

    Metric metric() const;
    void setMetric(Metric metric);
    bool setLessonOption(const QString &key, const QString &value) override;
    QString lessonOption(const QString &key) const override;

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    QString formatX(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;
    double tickUnit(const QCPAxis *axis, double magnitude) const override;
    QString explain(const QCPAbstractPlottable *graph, double x, double y) const override;

private:
    Drawing drawingOf(const Evaluation &evaluation, const PositionCurves &curves) const;
    QComboBox *m_metric = nullptr;
};

} // namespace tce
