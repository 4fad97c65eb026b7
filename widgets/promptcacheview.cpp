#include "promptcacheview.h"

#include "charttheme.h"
#include "eigenconvert.h"
#include "evaluation.h"
#include "featuresweeps.h"
#include "units.h"

#include <qcustomplot.h>

namespace tce {

namespace {
enum PromptCacheSeries
{
    PriceWith,
    PriceWithout,
    CostWith,
    CostWithout,
    PromptCacheSeriesCount
};
} // namespace

PromptCacheView::PromptCacheView(QWidget *parent)
    : ChartView(parent)
{
    for (int i = 0; i < PromptCacheSeriesCount; ++i)
        plot()->addGraph();
    plot()->graph(PriceWith)->setPen(QPen(theme::revenue(), 2.6));
    plot()->graph(PriceWithout)->setPen(QPen(theme::revenue(), 2, Qt::DashLine));
    plot()->graph(CostWith)->setPen(QPen(theme::cached(), 2.6));
    plot()->graph(CostWithout)->setPen(QPen(theme::input(), 2, Qt::DashLine));
    m_texts.label(plot()->xAxis,
                  QT_TR_NOOP("Cache hit rate (share of requests that read the prefix)"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("One request (USD)"));
    // The price can be a hundred times the GPU cost: log shows both lines' slopes.
    enableLogToggle(true);
    applyTickers();
}

QString PromptCacheView::formatX(double x) const
{
    return tr("hit rate %1").arg(units::percent(x));
}

QString PromptCacheView::formatXTick(double x) const
{
    return units::percent(x);
}

double PromptCacheView::minimumTickStep(const QCPAxis *) const
{
    return 0; // x is a share, 0..1: ticks at 20% steps, not whole numbers
}

QString PromptCacheView::formatY(const QCPAxis *, double y) const
{
    return units::usd(y);
}

ChartView::Drawing PromptCacheView::drawing(const Evaluation &e) const
{
    return drawingOf(e.scenario(), promptCacheCurve(e.scenario()));
}

ChartView::Drawing PromptCacheView::drawingOf(const Scenario &s, const PromptCacheCurve &c) const
{
    const QVector<double> x = toQVector(c.hitRate);
    auto flat = [&](double value) {
        return QVector<double>(x.size(), value);
    };
    Drawing d;
    if (s.price.inputUsdPerMillion > 0 || s.price.outputUsdPerMillion > 0) {
        d.series.append({plot()->graph(PriceWith),
                         tr("Price with the cache: reads at %1, writes at %2 per 1M")
                             .arg(units::usd(s.price.cacheReadUsdPerMillion()),
                                  units::usd(s.price.cacheWritePriceUsdPerMillion())),
                         x, toQVector(c.priceWithCacheUsd)});
        d.series.append({plot()->graph(PriceWithout),
                         tr("Price without: every prompt token at %1 per 1M")
                             .arg(units::usd(s.price.inputUsdPerMillion)),
                         x, flat(c.priceWithoutCacheUsd)});
    } else {
        d.series.append({plot()->graph(PriceWith), QString(), {}, {}});
        d.series.append({plot()->graph(PriceWithout), QString(), {}, {}});
    }
    d.series.append({plot()->graph(CostWith),
                     tr("GPU cost with the cache: a hit skips the prefix's prefill"), x,
                     toQVector(c.costWithCacheUsd)});
    d.series.append({plot()->graph(CostWithout), tr("GPU cost without: the whole prompt prefilled"),
                     x, flat(c.costWithoutCacheUsd)});
    d.spans.append({plot()->xAxis, -0.02, 1.02});
    return d;
}

void PromptCacheView::rebuild(const Evaluation &e)
{
    const Scenario &s = e.scenario();
    const PromptCacheCurve c = promptCacheCurve(s);
    const bool priced = s.price.inputUsdPerMillion > 0 || s.price.outputUsdPerMillion > 0;
    showDrawing(drawingOf(s, c));

    clearAnnotations();
    if (priced && c.breakEvenHitRate > 0 && c.breakEvenHitRate < 1)
        addVerticalMarker(c.breakEvenHitRate, theme::revenue(),
                          tr("caching pays the buyer above a hit rate of %1")
                              .arg(units::percent(c.breakEvenHitRate)),
                          Qt::DashLine);
    if (s.promptCache.prefixTokens > 0)
        addVerticalMarker(s.promptCache.writesCache ? 0.0 : 1.0, palette().color(QPalette::Text),
                          s.promptCache.writesCache ? tr("this request: writes the cache")
                                                    : tr("this request: a hit"),
                          Qt::DotLine);
    const QString prefix =
        c.prefixAssumed
            ? tr("Prefix: %1 of %2 prompt tokens (90%, assumed: the scenario sets none)")
            : tr("Prefix: %1 of %2 prompt tokens");
    QString text =
        prefix.arg(units::tokens(double(c.prefixTokens)), units::tokens(double(s.inputTokens)));
    if (priced && c.breakEvenHitRate == 0)
        text += QLatin1Char('\n') + tr("A write costs no more than input: every hit saves");
    else if (priced && c.breakEvenHitRate < 0)
        text += QLatin1Char('\n') + tr("A cache read costs as much as input: caching never pays");
    auto *note = new QCPItemText(plot());
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.98, 0.5);
    note->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
    note->setTextAlignment(Qt::AlignRight);
    note->setText(text);
    note->setColor(palette().color(QPalette::Text));
    note->setBrush(theme::withAlpha(palette().color(QPalette::Base), 220));
    note->setPadding(QMargins(4, 2, 4, 2));
}

QString PromptCacheView::explain(const QCPAbstractPlottable *, double x, double) const
{
    const Evaluation *e = evaluation();
    if (!e)
        return {};
    const PromptCacheCurve c = promptCacheCurve(e->scenario(), 2);
    const double h = std::clamp(x, 0.0, 1.0);
    return tr("At a hit rate of %1: price %1 × %2 (a hit) + %3 × %4 (a write) = %5, against %6 "
              "without the cache. GPU cost %1 × %7 + %3 × %8 = %9, against %8 without: a hit "
              "skips the prefill of %10 prefix tokens, while their KV is still read by every "
              "decode step.")
        .arg(units::percent(h), units::usd(c.priceHitUsd), units::percent(1 - h),
             units::usd(c.priceWriteUsd), units::usd(h * c.priceHitUsd + (1 - h) * c.priceWriteUsd),
             units::usd(c.priceWithoutCacheUsd), units::usd(c.costHitUsd),
             units::usd(c.costWriteUsd), units::usd(h * c.costHitUsd + (1 - h) * c.costWriteUsd))
        .arg(units::tokens(double(c.prefixTokens)));
}

QString PromptCacheView::unitX() const
{
    return QStringLiteral("share of requests");
}

QString PromptCacheView::unitY(const QCPAxis *) const
{
    return QStringLiteral("USD");
}

} // namespace tce
