#pragma once

#include "chartview.h"

namespace tce {

// Base of the charts of the serving simulation. They draw what setServing() brought, say
// "Simulating…" while more is on its way and the model's message when a simulation failed
// (the previous results stay drawn). A pinned scenario A gets no serving results of its own, so
// these charts draw nothing for it rather than B's curves under another name.
class ServingChartView : public ChartView
{
    Q_OBJECT
public:
    using ChartView::ChartView;
    // The note the chart shows over the plot ("Simulating…", an error); empty when none.
    QString statusText() const { return m_status; }

protected:
    void rebuild(const Evaluation &evaluation) final;
    // Draws the results (possibly none yet, or a sweep still arriving).
    virtual void rebuildServing(const Evaluation &evaluation, const ServingSnapshot &serving) = 0;
    // Empties every series (the pinned scenario's turn).
    virtual void clearSeries() = 0;

private:
    void addStatusNote(const ServingSnapshot &serving);

    QString m_status;
};

} // namespace tce
