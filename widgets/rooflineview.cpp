#include "rooflineview.h"

#include "charttheme.h"
#include "evaluation.h"
#include "sweeps.h"
#include "units.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace tce {

RooflineView::RooflineView(QWidget *parent)
    : ChartView(parent)
{
    for (int i = 0; i < 4; ++i)
        plot()->addGraph();
    plot()->graph(0)->setPen(QPen(theme::neutral(), 2.6));
    plot()->graph(1)->setPen(QPen(theme::neutral(), 1.6, Qt::DashLine));
    for (int i : {2, 3}) {
        plot()->graph(i)->setLineStyle(QCPGraph::lsNone);
        const QColor color = i == 2 ? theme::input() : theme::output();
        plot()->graph(i)->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 14));
        plot()->graph(i)->setPen(QPen(color));
    }
    plot()->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Arithmetic intensity (FLOPs per byte moved)"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("Attained FLOP/s"));
    enableLogToggle(true);
    applyTickers();
}

QString RooflineView::formatX(double x) const
{
    return tr("%1 FLOP/byte").arg(units::number(x, 3));
}

QString RooflineView::explain(const QCPAbstractPlottable *, double x, double y) const
{
    const Evaluation *e = evaluation();
    if (!e)
        return {};
    const RooflinePoints r = rooflinePoints(e->scenario());
    return tr("Arithmetic intensity %1 FLOP per byte moved. The GPU's ridge is at peak / bandwidth "
              "= %2 / %3 = %4 "
              "FLOP/byte: below it a run waits on memory, above it on arithmetic. Here: %5.\n"
              "Prefill: %6 FLOP/byte, decode: %7 FLOP/byte.")
        .arg(units::number(x, 3), units::flopsPerSecond(r.peakFlopsPerSecond),
             units::bytesPerSecond(r.bandwidthBytesPerSecond), units::number(r.ridgeIntensity, 3),
             units::flopsPerSecond(y), units::number(r.prefillIntensity, 3),
             units::number(r.decodeIntensity, 3));
}

QString RooflineView::formatY(const QCPAxis *, double y) const
{
    return units::flopsPerSecond(y);
}

namespace {

// The intensities the chart spans: from 0.1 FLOP/byte to well past the ridge and the prefill.
constexpr double kLowestIntensity = 0.1;
double highestIntensity(const RooflinePoints &r)
{
    return std::max({1e5, r.prefillIntensity * 10, r.ridgeIntensity * 100});
}

} // namespace

ChartView::Drawing RooflineView::drawing(const Evaluation &e) const
{
    return drawingOf(e, rooflinePoints(e.scenario()));
}

ChartView::Drawing RooflineView::drawingOf(const Evaluation &e, const RooflinePoints &r) const
{
    const double lo = kLowestIntensity;
    const double hi = highestIntensity(r);
    auto roof = [lo, hi](double peak, double bandwidth) {
        const double ridge = peak / bandwidth;
        return std::pair<QVector<double>, QVector<double>>{{lo, ridge, hi},
                                                           {lo * bandwidth, peak, peak}};
    };
    const auto hardware = roof(r.peakFlopsPerSecond, r.bandwidthBytesPerSecond);
    const auto attainable =
        roof(r.attainablePeakFlopsPerSecond, r.attainableBandwidthBytesPerSecond);
    Drawing d;
    d.series.append({plot()->graph(0),
                     tr("Hardware roofline: %1, %2")
                         .arg(units::flopsPerSecond(r.peakFlopsPerSecond),
                              units::bytesPerSecond(r.bandwidthBytesPerSecond)),
                     hardware.first, hardware.second});
    d.series.append({plot()->graph(1),
                     tr("Engine efficiency: %1").arg(e.scenario().serving.engine.name),
                     attainable.first, attainable.second});
    d.series.append({plot()->graph(2),
                     tr("Prefill (%1 prompts of %2 tokens)")
                         .arg(units::count(e.report().prefillBatch),
                              units::tokens(double(e.scenario().inputTokens))),
                     {r.prefillIntensity},
                     {r.prefillFlopsPerSecond}});
    d.series.append({plot()->graph(3),
                     tr("Decode step (batch of %1)").arg(units::count(e.report().batch)),
                     {r.decodeIntensity},
                     {r.decodeFlopsPerSecond}});
    d.spans.append({plot()->xAxis, lo, hi});
    const double top = r.peakFlopsPerSecond * 3;
    const double bottom = std::min(
        {lo * r.bandwidthBytesPerSecond, r.decodeFlopsPerSecond / 3, r.prefillFlopsPerSecond / 3});
    d.spans.append({plot()->yAxis, logScale() ? std::max(bottom, top * 1e-6) : 0,
                    logScale() ? top : r.peakFlopsPerSecond * 1.15});
    return d;
}

void RooflineView::rebuild(const Evaluation &e)
{
    const RooflinePoints r = rooflinePoints(e.scenario());
    showDrawing(drawingOf(e, r));
    clearAnnotations();
    addVerticalMarker(r.ridgeIntensity, theme::neutral(),
                      tr("ridge %1 FLOP/byte").arg(units::number(r.ridgeIntensity, 3)),
                      Qt::DotLine);
    addPointLabel(r.prefillIntensity, r.prefillFlopsPerSecond, tr("prefill"), theme::input());
    addPointLabel(r.decodeIntensity, r.decodeFlopsPerSecond, tr("decode"), theme::output());
}

QString RooflineView::unitX() const
{
    return QStringLiteral("FLOP/byte");
}

QString RooflineView::unitY(const QCPAxis *axis) const
{
    Q_UNUSED(axis);
    return QStringLiteral("FLOP/s");
}

} // namespace tce
