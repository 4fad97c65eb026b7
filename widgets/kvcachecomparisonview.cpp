#include "kvcachecomparisonview.h"

#include "charttheme.h"
#include "eigenconvert.h"
#include "evaluation.h"
#include "flops.h"
#include "sweeps.h"
#include "units.h"

#include <qcustomplot.h>

namespace tce {

KvCacheComparisonView::KvCacheComparisonView(QWidget *parent)
    : ChartView(parent)
{
    for (int i = 0; i < 2; ++i)
        plot()->addGraph();
    plot()->graph(0)->setPen(QPen(theme::input(), 2.6));
    plot()->graph(1)->setPen(QPen(theme::limit(), 2.6, Qt::DashLine));
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Output tokens generated"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("Cumulative FLOPs of one request"));
    enableLogToggle(true);
    applyTickers();
}

QString KvCacheComparisonView::explain(const QCPAbstractPlottable *, double x, double) const
{
    const Evaluation *e = evaluation();
    if (!e)
        return {};
    const Scenario &s = e->scenario();
    const auto j = int64_t(std::llround(x));
    const FlopModel flops(s.model);
    const double with = flops.prefillFlops(s.inputTokens) +
                        flops.decodeFlopsBetween(s.inputTokens + 1, s.inputTokens + j - 1);
    const double without = flops.noKvCacheTotalFlops(s.inputTokens, j);
    return tr("%1 output tokens. With a cache: one prefill of %2 tokens, then %3 steps of one "
              "token each, "
              "= %4. Without: a full run over %2, %5, … %6 tokens, one per output token, = %7: %8 "
              "times as much.")
        .arg(units::tokens(double(j)), units::tokens(double(s.inputTokens)),
             units::count(double(j - 1)), units::flops(with),
             units::tokens(double(s.inputTokens + 1)), units::tokens(double(s.inputTokens + j - 1)),
             units::flops(without), units::number(without / with, 3));
}

QString KvCacheComparisonView::formatX(double x) const
{
    return tr("%1 output tokens").arg(units::tokens(x));
}

QString KvCacheComparisonView::formatY(const QCPAxis *, double y) const
{
    return units::flops(y);
}

ChartView::Drawing KvCacheComparisonView::drawing(const Evaluation &e) const
{
    return drawingOf(outputCostCurve(e.scenario(), 800));
}

ChartView::Drawing KvCacheComparisonView::drawingOf(const OutputCostCurve &c) const
{
    const QVector<double> x = toQVector(c.outputTokens);
    Drawing d;
    d.series.append({plot()->graph(0), tr("With KV cache: each step attends to the cached keys"), x,
                     toQVector(c.flopsWithCache)});
    d.series.append({plot()->graph(1), tr("Without: each output token recomputes the whole prefix"),
                     x, toQVector(c.flopsWithoutCache)});
    return d;
}

void KvCacheComparisonView::rebuild(const Evaluation &e)
{
    const OutputCostCurve c = outputCostCurve(e.scenario(), 800);
    clearAnnotations();
    showDrawing(drawingOf(c)); // before the label, which picks its side from the axis range
    const Eigen::Index last = c.outputTokens.size() - 1;
    if (last >= 0 && c.flopsWithCache[last] > 0)
        addPointLabel(
            c.outputTokens[last], c.flopsWithoutCache[last],
            tr("%1× the FLOPs")
                .arg(units::number(c.flopsWithoutCache[last] / c.flopsWithCache[last], 3)),
            theme::limit());
}

QString KvCacheComparisonView::unitX() const
{
    return QStringLiteral("output tokens");
}

QString KvCacheComparisonView::unitY(const QCPAxis *axis) const
{
    Q_UNUSED(axis);
    return QStringLiteral("FLOP");
}

} // namespace tce
