#pragma once

#include "chartview.h"

class QCPBars;
class QCPTextElement;

namespace tce {

// Issue 6: the margin of every request of the mix at one price per token: losses in their
// own colour, the mean marked.
class MarginHistogramView : public ChartView
{
    Q_OBJECT
public:
    explicit MarginHistogramView(QWidget *parent = nullptr);

    // A row per bin (its centre, width and count), losses and profits alike, then the mean.
    Table table() const override;

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    bool drawsDifferently(const Evaluation &drawn, const Evaluation &next) const override;
    QString formatX(double x) const override;
    QString formatXTick(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *plottable, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;
    double minimumTickStep(const QCPAxis *axis) const override;

private:
    QCPBars *m_losses = nullptr;
    QCPBars *m_profits = nullptr;
    QCPTextElement *m_note = nullptr; // the mix and its figures, above the bars
};

} // namespace tce
