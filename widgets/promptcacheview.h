#pragma once

#include "chartview.h"

namespace tce {

struct PromptCacheCurve;
struct Scenario;

// What the prompt cache does to a request's bill: the GPU cost and the API price of one
// request against the share of requests that find their prefix in the cache, with and
// without caching, and the hit rate from which writing the cache pays the buyer.
class PromptCacheView : public ChartView
{
    Q_OBJECT
public:
    explicit PromptCacheView(QWidget *parent = nullptr);

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    QString formatX(double x) const override;
    QString formatXTick(double x) const override;
    double minimumTickStep(const QCPAxis *axis) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *graph, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;

private:
    Drawing drawingOf(const Scenario &scenario, const PromptCacheCurve &curve) const;
};

} // namespace tce
