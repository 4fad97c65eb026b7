#pragma once

#include "chartview.h"

class QComboBox;

namespace tce {

struct BatchSweep;

// Chart 4: what batching buys. Decode step time and tokens/s against batch size, or the
// price of an input and an output token; the memory- to compute-bound knee and the batch
// at which the KV cache no longer fits are marked.
class BatchSweepView : public ChartView
{
    Q_OBJECT
public:
    enum class Mode
    {
        Speed,
        Price
    };
    explicit BatchSweepView(QWidget *parent = nullptr);
    Mode mode() const;
    void setMode(Mode mode);

protected:
    void rebuild(const Evaluation &evaluation) override;
    Drawing drawing(const Evaluation &evaluation) const override;
    QString formatX(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString explain(const QCPAbstractPlottable *graph, double x, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;

private:
    Drawing drawingOf(const BatchSweep &sweep) const;
    // Moves the "memory-bound" note under the legend where the two would meet.
    void placeNote();

    QComboBox *m_mode = nullptr;
};

} // namespace tce
