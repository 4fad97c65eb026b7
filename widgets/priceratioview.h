#pragma once

#include "chartview.h"

class QCPBars;

namespace tce {

// Issue 6: the output/input list-price ratio of every API price in the catalog, beside the
// ratio of what an output and an input token cost in the current scenario; and (issue 13) a bar
// of the ratio at the serving load, from the serving simulation.
class PriceRatioView : public ChartView
{
    Q_OBJECT
public:
    explicit PriceRatioView(QWidget *parent = nullptr);

    // A row per API ("list price": its name, prices and ratio), then the scenario's own ("cost":
    // what an input and an output token cost per 1M, and their ratio), then the same at the
    // serving load ("cost at load") once simulated.
    Table table() const override;
    ServingUse servingUse() const override { return ServingUse::CurrentLoad; }

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    QString formatX(double x) const override;
    QString formatXTick(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *plottable, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;

private:
    QCPBars *m_bars = nullptr;
    QCPBars *m_atLoad = nullptr; // one bar after the list prices'
    QStringList m_names;
};

} // namespace tce
