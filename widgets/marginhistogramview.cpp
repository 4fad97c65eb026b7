#include "marginhistogramview.h"

#include "charttheme.h"
#include "eigenconvert.h"
#include "evaluation.h"
#include "pricecatalog.h"
#include "translatedtexts.h"
#include "units.h"
#include "workloadcost.h"

#include <qcustomplot.h>

#include <limits>

namespace tce {

MarginHistogramView::MarginHistogramView(QWidget *parent)
    : ChartView(parent)
{
    m_losses = new QCPBars(plot()->xAxis, plot()->yAxis);
    m_profits = new QCPBars(plot()->xAxis, plot()->yAxis);
    m_losses->setPen(QPen(theme::limit()));
    m_profits->setPen(QPen(theme::revenue()));
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Margin of one request: revenue minus cost (USD)"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("Requests"));
    // The mix and its figures in a row of their own above the bars: over them they were
    // unreadable, and ran into the legend and the mean's label in a short window.
    m_note = new QCPTextElement(plot());
    m_note->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
    m_note->setMargins(QMargins(8, 2, 8, 0));
    plot()->plotLayout()->insertRow(0);
    plot()->plotLayout()->addElement(0, 0, m_note);
    plot()->plotLayout()->setRowStretchFactor(0, 0.001);
    applyTickers();
}

QString MarginHistogramView::formatX(double x) const
{
    return tr("margin %1").arg(units::usd(x));
}
QString MarginHistogramView::formatXTick(double x) const
{
    return units::usd(x);
}
QString MarginHistogramView::formatY(const QCPAxis *, double y) const
{
    // English has no translation file: one needs a source text of its own.
    return std::llround(y) == 1 ? tr("1 request")
                                : tr("%Ln requests", nullptr, int(std::llround(y)));
}
QString MarginHistogramView::explain(const QCPAbstractPlottable *plottable, double x,
                                     double y) const
{
    const auto *bars = qobject_cast<const QCPBars *>(plottable);
    const double half = bars ? bars->width() / 2 : 0;
    return tr("%1 requests have a margin between %2 and %3: what they pay (input tokens × input "
              "price + output "
              "tokens × output price) minus their share of GPU time (their prefill and every "
              "decode step). "
              "Long outputs sit to the left: each of their steps reads a longer cache.")
        .arg(units::count(y), units::usd(x - half), units::usd(x + half));
}

QString MarginHistogramView::unitX() const
{
    return QStringLiteral("USD");
}
QString MarginHistogramView::unitY(const QCPAxis *) const
{
    return QStringLiteral("requests");
}
double MarginHistogramView::minimumTickStep(const QCPAxis *axis) const
{
    return axis == plot()->yAxis ? 1 : 0;
}

ChartView::Table MarginHistogramView::table() const
{
    Table t;
    t.headers = {QStringLiteral("series"), columnHeader(plot()->xAxis->label(), unitX()),
                 columnHeader(tr("Bin width"), unitX()),
                 columnHeader(plot()->yAxis->label(), unitY(plot()->yAxis))};
    const Evaluation *e = evaluation();
    const MarginHistogram *h = e ? e->marginHistogram() : nullptr;
    if (!h)
        return t;
    for (Eigen::Index i = 0; i < h->binCenters.size(); ++i)
        t.rows << QList<Table::Cell>{QStringLiteral("bin"), h->binCenters[i], h->binWidth,
                                     h->counts[i]};
    const double none = std::numeric_limits<double>::quiet_NaN();
    t.rows << QList<Table::Cell>{QStringLiteral("mean"), e->economics()->meanMarginUsd, none, none};
    return t;
}

bool MarginHistogramView::drawsDifferently(const Evaluation &drawn, const Evaluation &next) const
{
    return !next.sameWorkloadResults(drawn);
}

ChartView::Drawing MarginHistogramView::drawing(const Evaluation &e) const
{
    Drawing d;
    const WorkloadEconomics *economics = e.economics();
    const MarginHistogram *h = economics ? e.marginHistogram() : nullptr;
    if (!h) {
        d.series.append({m_losses, QString(), {}, {}});
        d.series.append({m_profits, QString(), {}, {}});
        return d;
    }
    QVector<double> lossX, lossY, profitX, profitY;
    for (Eigen::Index i = 0; i < h->binCenters.size(); ++i) {
        (h->binCenters[i] < 0 ? lossX : profitX) << h->binCenters[i];
        (h->binCenters[i] < 0 ? lossY : profitY) << h->counts[i];
    }
    d.series.append(
        {m_losses,
         tr("Requests at a loss: %1%").arg(units::number(100 * economics->lossFraction, 3)), lossX,
         lossY, h->binWidth * 0.92});
    d.series.append({m_profits, tr("Profitable requests"), profitX, profitY, h->binWidth * 0.92});
    return d;
}

void MarginHistogramView::rebuild(const Evaluation &e)
{
    clearAnnotations();
    m_losses->setBrush(fill(theme::limit(), 170));
    m_profits->setBrush(fill(theme::revenue(), 150));
    showDrawing(drawing(e));
    const WorkloadEconomics *economicsOrNull = e.economics();
    if (!economicsOrNull) {
        m_note->setText(QString());
        return;
    }
    const WorkloadEconomics &economics = *economicsOrNull;
    const Scenario &s = e.workloadScenario();
    addMissingPriceNote(s);
    addVerticalMarker(economics.meanMarginUsd, palette().color(QPalette::Text),
                      tr("mean %1 per request").arg(units::usd(economics.meanMarginUsd)),
                      Qt::DashLine);
    const PriceEntry *entry = e.revenuePrices();
    const QString prices = entry ? tr("prices of %1 (its long-context tier applies)").arg(entry->id)
                                 : tr("prices %1 in / %2 out per 1M")
                                       .arg(units::usd(s.price.inputUsdPerMillion),
                                            units::usd(s.price.outputUsdPerMillion));
    const QString note =
        tr("%1: %2 requests at batch %3\n%4\n"
           "most expensive 1% of requests: %5% of the cost\n"
           "output price for a %6% margin: %7 per 1M")
            .arg(translatedDataText("WorkloadMix", e.workload()->name),
                 units::count(double(economics.requests)), units::count(economics.batch), prices,
                 units::number(100 * economics.top1PercentCostShare, 3),
                 units::number(100 * e.workloadSettings().targetMargin, 3),
                 units::usd(economics.breakEvenOutputUsdPerMillion));
    QFont noteFont = font();
    noteFont.setPointSizeF(font().pointSizeF() * 0.92);
    m_note->setFont(noteFont);
    m_note->setTextColor(palette().color(QPalette::Text));
    // Two lines where the plot is wide enough, else four: the row takes height from the bars.
    const QStringList lines = note.split(QLatin1Char('\n'));
    QStringList paired;
    for (qsizetype i = 0; i < lines.size(); i += 2)
        paired << lines.mid(i, 2).join(QStringLiteral("  ·  "));
    int widest = 0;
    for (const QString &line : paired)
        widest = std::max(widest, QFontMetrics(noteFont).horizontalAdvance(line));
    const bool wide = plot()->width() <= 0 || widest + 40 < plot()->width();
    m_note->setText(wide ? paired.join(QLatin1Char('\n')) : note);
    // The legend in the upper corner away from the mean: the bars are tallest around it.
    const QCPRange x = plot()->xAxis->range();
    const bool meanOnTheLeft = economics.meanMarginUsd < x.center();
    plot()->axisRect()->insetLayout()->setInsetAlignment(
        0, Qt::AlignTop | (meanOnTheLeft ? Qt::AlignRight : Qt::AlignLeft));
}

} // namespace tce
