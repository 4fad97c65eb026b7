#pragma once

#include "servingchartview.h"

namespace tce {

// Issue 13: the scenario's load over time on one serving replica. Sequences running and
// requests waiting (left) and the KV cache in use as a share of its capacity (right); the
// stretch the statistics are taken over (after the warm-up, before the drain) is shaded.
class ServingTimelineView : public ServingChartView
{
    Q_OBJECT
public:
    explicit ServingTimelineView(QWidget *parent = nullptr);

    ServingUse servingUse() const override { return ServingUse::CurrentLoad; }

protected:
    void rebuildServing(const Evaluation &evaluation, const ServingSnapshot &serving) override;
    void clearSeries() override;
    QString formatX(double x) const override;
    QString formatXTick(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;
    double minimumTickStep(const QCPAxis *axis) const override;
};

} // namespace tce
