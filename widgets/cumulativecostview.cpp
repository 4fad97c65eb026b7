#include "cumulativecostview.h"

#include "charttheme.h"
#include "curves.h"
#include "eigenconvert.h"
#include "evaluation.h"
#include "requestcost.h"
#include "sweeps.h"
#include "units.h"

#include <QComboBox>
#include <QHBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace tce {

namespace {
// How far above the cost curve a linear axis reaches when revenue runs far higher.
constexpr double kRevenueHeadroom = 2.0;
} // namespace

CumulativeCostView::CumulativeCostView(QWidget *parent)
    : ChartView(parent)
{
    for (int i = 0; i < 4; ++i)
        plot()->addGraph();
    // The total is filled first and the prefill drawn over it: the same stack as a channel
    // fill, at a fraction of its drawing cost.
    plot()->graph(0)->setPen(QPen(theme::output(), 2.4));
    plot()->graph(1)->setPen(QPen(theme::input(), 2));
    plot()->graph(2)->setPen(QPen(theme::neutral(), 2, Qt::DashLine));
    plot()->graph(3)->setPen(QPen(theme::revenue(), 2.4));
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Output tokens generated"));
    m_metric = new QComboBox(this);
    m_metric->addItem(QString(), int(Metric::Usd));
    m_texts.itemText(m_metric, 0, QT_TR_NOOP("Dollars"));
    m_metric->addItem(QString(), int(Metric::Energy));
    m_texts.itemText(m_metric, 1, QT_TR_NOOP("Energy"));
    m_texts.toolTip(m_metric, QT_TR_NOOP("What the request has used so far: its share of the GPU "
                                         "bill, or of the energy the GPUs draw."));
    m_texts.accessibleName(m_metric, QT_TR_NOOP("Cumulative metric"));
    header()->addWidget(m_metric);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        applyTickers();
        invalidate();
    });
    // Revenue at a frontier model's price can be 50x a small model's cost: log shows both.
    enableLogToggle(true);
    applyTickers();
}

CumulativeCostView::Metric CumulativeCostView::metric() const
{
    return Metric(m_metric->currentData().toInt());
}

void CumulativeCostView::setMetric(Metric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

bool CumulativeCostView::setLessonOption(const QString &key, const QString &value)
{
    if (key != QLatin1String("metric"))
        return ChartView::setLessonOption(key, value);
    if (value != QLatin1String("usd") && value != QLatin1String("energy"))
        return false;
    setMetric(value == QLatin1String("usd") ? Metric::Usd : Metric::Energy);
    return true;
}

QString CumulativeCostView::lessonOption(const QString &key) const
{
    if (key != QLatin1String("metric"))
        return ChartView::lessonOption(key);
    return metric() == Metric::Energy ? QStringLiteral("energy") : QStringLiteral("usd");
}

double CumulativeCostView::tickUnit(const QCPAxis *axis, double magnitude) const
{
    return metric() == Metric::Energy && axis != plot()->xAxis
               ? units::joulesScale(magnitude).divisor
               : 1;
}

QString CumulativeCostView::explain(const QCPAbstractPlottable *, double x, double) const
{
    const Evaluation *e = evaluation();
    if (!e)
        return {};
    if (metric() == Metric::Energy) {
        const PositionCurves c = positionCurves(e->scenario(), 600);
        if (!c.hasEnergy)
            return tr("The hardware file gives no board and idle power for %1.")
                .arg(e->scenario().hardware.name);
        const auto j = std::clamp<int64_t>(std::llround(x), 1, c.lastPosition - c.inputTokens + 1);
        Eigen::Index i = 0;
        while (i + 1 < c.position.size() && c.position[i] < double(c.inputTokens + j - 1))
            ++i;
        return tr("After %1 output tokens the request has drawn %2: its share of the prefill and "
                  "of "
                  "the decode steps so far, each run's time at a power between the GPUs' idle "
                  "and board power by how busy the run keeps them.")
            .arg(units::tokens(double(j)), units::joules(c.cumulativeJoules[i]));
    }
    const Scenario &s = e->scenario();
    const auto j = int64_t(std::llround(x));
    const RequestCostModel model(s);
    const double cost = model.costUsd(s.inputTokens, j);
    const double revenue =
        s.price.revenueUsd(s.inputTokens, j, s.billedCachePrefixTokens(), s.promptCache.writesCache,
                           s.promptCache.oneHourWrite);
    return tr("After %1 output tokens: this request's share of the prefill plus its share of %2 "
              "decode steps, at "
              "%3 per GPU-hour, = %4. At the API price it brings in %5 × %6 + %1 × %7 per 1M = %8: "
              "margin %9.")
        .arg(units::tokens(double(j)), units::count(double(j - 1)), units::usd(s.price.gpuHourUsd),
             units::usd(cost), units::tokens(double(s.inputTokens)),
             units::usd(s.price.inputUsdPerMillion), units::usd(s.price.outputUsdPerMillion),
             units::usd(revenue), units::usd(revenue - cost));
}

QString CumulativeCostView::formatX(double x) const
{
    return tr("%1 output tokens").arg(units::tokens(x));
}

QString CumulativeCostView::formatY(const QCPAxis *, double y) const
{
    return metric() == Metric::Energy ? units::joules(y) : units::usd(y);
}

ChartView::Drawing CumulativeCostView::drawing(const Evaluation &e) const
{
    if (metric() == Metric::Energy)
        return energyDrawing(positionCurves(e.scenario(), 600));
    return usdDrawing(e, outputCostCurve(e.scenario(), 600));
}

ChartView::Drawing CumulativeCostView::energyDrawing(const PositionCurves &c) const
{
    // Position I + j - 1 is the run that produces output token j (the prefill for j = 1).
    const int64_t I = c.inputTokens;
    QVector<double> x, total, prefill, flat;
    Eigen::Index first = 0;
    while (first < c.position.size() && c.position[first] < double(I))
        ++first;
    const double prefillJoules = first < c.position.size() ? c.cumulativeJoules[first] : 0;
    const double firstStep = first + 1 < c.position.size() ? c.joules[first + 1] : 0;
    for (Eigen::Index i = first; c.hasEnergy && i < c.position.size(); ++i) {
        const double j = c.position[i] - double(I) + 1;
        x << j;
        total << c.cumulativeJoules[i];
        prefill << prefillJoules;
        flat << prefillJoules + (j - 1) * firstStep;
    }
    Drawing d;
    d.series.append(
        {plot()->graph(0), tr("Prefill + decode: one more run per output token"), x, total});
    d.series.append({plot()->graph(1), tr("Prefill: the prompt, one run"), x, prefill});
    d.series.append(
        {plot()->graph(2), tr("If every output token took what the first ones do"), x, flat});
    d.series.append({plot()->graph(3), QString(), {}, {}});
    return d;
}

ChartView::Drawing CumulativeCostView::usdDrawing(const Evaluation &e,
                                                  const OutputCostCurve &c) const
{
    const Scenario &s = e.scenario();
    const QVector<double> x = toQVector(c.outputTokens);
    const bool priced = s.price.outputUsdPerMillion > 0 || s.price.inputUsdPerMillion > 0;
    const QString priceName =
        s.price.apiPriceName.isEmpty() ? tr("the API price") : s.price.apiPriceName;
    Drawing d;
    d.series.append({plot()->graph(0), tr("Prefill + decode: one more run per output token"), x,
                     toQVector(c.totalUsd)});
    d.series.append(
        {plot()->graph(1), tr("Prefill: the prompt, one run"), x, toQVector(c.prefillUsd)});
    d.series.append({plot()->graph(2), tr("If every output token cost what the first ones do"), x,
                     toQVector(c.flatPriceUsd)});
    Series revenue{plot()->graph(3), QString(), {}, {}};
    if (priced)
        revenue = {plot()->graph(3), tr("Revenue at %1").arg(priceName), x,
                   toQVector(c.revenueUsd)};
    // On a linear axis, revenue at a frontier price can be fifty times the cost and flatten
    // the cost curve to the floor, yet the curve against the flat line is the point of the
    // chart: the axis stops at twice the cost, and revenue's legend entry gives its end value
    // (a note beside the legend collided with it in large type).
    const double costTop = std::max(c.totalUsd.maxCoeff(), c.flatPriceUsd.maxCoeff());
    const double revenueTop = priced ? c.revenueUsd.maxCoeff() : 0;
    if (!logScale() && costTop > 0 && revenueTop > kRevenueHeadroom * costTop) {
        d.spans.append({plot()->yAxis, 0, kRevenueHeadroom * costTop});
        revenue.name =
            tr("Revenue at %1: reaches %2 at %3 tokens, above the chart (the log scale shows it)")
                .arg(priceName, units::usd(revenueTop), units::tokens(c.outputTokens.maxCoeff()));
    }
    d.series.append(revenue);
    return d;
}

void CumulativeCostView::rebuild(const Evaluation &e)
{
    clearAnnotations();
    // Hidden reasoning comes first: the visible answer starts where it ends.
    auto markReasoning = [this, &e] {
        if (e.scenario().reasoningTokens > 0 && e.scenario().outputTokens > 0)
            addVerticalMarker(double(e.scenario().reasoningTokens) + 0.5, theme::reasoning(),
                              tr("reasoning ends · visible answer begins"), Qt::DashLine);
    };
    if (metric() == Metric::Energy) {
        const PositionCurves c = positionCurves(e.scenario(), 600);
        plot()->yAxis->setLabel(tr("Energy of one request (J)"));
        showDrawing(energyDrawing(c));
        if (!c.hasEnergy)
            addMissingEnergyNote(e.scenario().hardware.name);
        markReasoning();
        return;
    }
    plot()->yAxis->setLabel(tr("Cost of one request (USD)"));
    const OutputCostCurve c = outputCostCurve(e.scenario(), 600);
    plot()->graph(0)->setBrush(fill(theme::output(), 70));
    plot()->graph(1)->setBrush(fill(theme::input(), 70));
    showDrawing(usdDrawing(e, c));
    if (c.profitStartsAt > 0)
        addVerticalMarker(c.profitStartsAt, theme::revenue(),
                          tr("break-even at %1 tokens").arg(units::tokens(c.profitStartsAt)),
                          Qt::DashLine);
    if (c.lossStartsAt > 0)
        addVerticalMarker(c.lossStartsAt, theme::limit(),
                          tr("loss beyond %1 tokens").arg(units::tokens(c.lossStartsAt)),
                          Qt::DashLine);
    addMissingPriceNote(e.scenario());
    markReasoning();
}

QString CumulativeCostView::unitX() const
{
    return QStringLiteral("output tokens");
}

QString CumulativeCostView::unitY(const QCPAxis *axis) const
{
    Q_UNUSED(axis);
    return metric() == Metric::Energy ? QStringLiteral("J") : QStringLiteral("USD");
}

} // namespace tce
