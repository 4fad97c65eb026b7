#include "pertokencostview.h"

#include "charttheme.h"
#include "curves.h"
#include "eigenconvert.h"
#include "evaluation.h"
#include "flops.h"
#include "timingmodel.h"
#include "units.h"

#include <QComboBox>
#include <QHBoxLayout>

#include <qcustomplot.h>

namespace tce {

namespace {

// What each metric is: its lesson key, its names, the series it plots, its unit and how its
// values read. The one place that knows the metrics.
struct MetricInfo
{
    PerTokenCostView::Metric metric;
    const char *key;       // lesson steps: "metric": "flops"
    const char *name;      // the selector's item (tce::PerTokenCostView context)
    const char *axisLabel; // the vertical axis
    const char *siUnit;    // CSV headers
    Eigen::ArrayXd PositionCurves::*values;
    units::Scale (*scale)(double magnitude); // null: ticks in plain units
    QString (*format)(double value);
    bool logByDefault; // time and dollars differ by orders of magnitude between prompt and output
};

const QList<MetricInfo> &metricTable()
{
    static const QList<MetricInfo> table{
        {PerTokenCostView::Metric::Flops, "flops",
         QT_TRANSLATE_NOOP("tce::PerTokenCostView", "FLOPs"),
         QT_TRANSLATE_NOOP("tce::PerTokenCostView", "FLOPs per token"), "FLOP",
         &PositionCurves::flops, &units::flopsScale, [](double v) { return units::flops(v); },
         false},
        {PerTokenCostView::Metric::Bytes, "bytes",
         QT_TRANSLATE_NOOP("tce::PerTokenCostView", "Bytes moved"),
         QT_TRANSLATE_NOOP("tce::PerTokenCostView", "Bytes moved per token"), "bytes",
         &PositionCurves::bytes, &units::bytesScale, [](double v) { return units::bytes(v); },
         false},
        {PerTokenCostView::Metric::Seconds, "seconds",
         QT_TRANSLATE_NOOP("tce::PerTokenCostView", "GPU time"),
         QT_TRANSLATE_NOOP("tce::PerTokenCostView", "GPU time per token"), "s",
         &PositionCurves::seconds, &units::secondsScale, [](double v) { return units::seconds(v); },
         true},
        {PerTokenCostView::Metric::Usd, "usd",
         QT_TRANSLATE_NOOP("tce::PerTokenCostView", "Dollars"),
         QT_TRANSLATE_NOOP("tce::PerTokenCostView", "Cost per token (USD)"), "USD",
         &PositionCurves::usd, nullptr, [](double v) { return units::usd(v); }, true},
    };
    return table;
}

const MetricInfo &metricInfo(PerTokenCostView::Metric metric)
{
    for (const MetricInfo &info : metricTable()) {
        if (info.metric == metric)
            return info;
    }
    return metricTable().first();
}

} // namespace

PerTokenCostView::PerTokenCostView(QWidget *parent)
    : ChartView(parent)
{
    m_metric = new QComboBox(this);
    for (const MetricInfo &info : metricTable()) {
        m_metric->addItem(QString(), int(info.metric));
        m_texts.itemText(m_metric, m_metric->count() - 1, info.name);
    }
    m_texts.toolTip(
        m_metric,
        QT_TR_NOOP("What to plot per token: the arithmetic it needs (FLOPs), the memory "
                   "traffic it causes, its share of GPU time, or its share of the GPU bill."));
    m_texts.accessibleName(m_metric, QT_TR_NOOP("Per-token metric"));
    header()->addWidget(m_metric);
    enableLogToggle(false);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        // FLOPs per token are alike for prompt and output (linear shows it); time and
        // dollars differ by orders of magnitude (log shows both).
        setLogScale(metricInfo(metric()).logByDefault);
        applyTickers();
        invalidate();
    });

    for (int i = 0; i < 2; ++i)
        plot()->addGraph();
    plot()->graph(0)->setPen(QPen(theme::input(), 2.2));
    plot()->graph(1)->setPen(QPen(theme::output(), 2.2));
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Token position (prompt, then output)"));
    applyTickers();
}

PerTokenCostView::Metric PerTokenCostView::metric() const
{
    return Metric(m_metric->currentData().toInt());
}

void PerTokenCostView::setMetric(Metric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

QString PerTokenCostView::formatX(double x) const
{
    return tr("position %1").arg(units::tokens(x));
}

bool PerTokenCostView::setLessonOption(const QString &key, const QString &value)
{
    if (key != QLatin1String("metric"))
        return ChartView::setLessonOption(key, value);
    for (const MetricInfo &info : metricTable()) {
        if (value == QLatin1String(info.key)) {
            setMetric(info.metric);
            return true;
        }
    }
    return false;
}

double PerTokenCostView::tickUnit(const QCPAxis *axis, double magnitude) const
{
    const MetricInfo &info = metricInfo(metric());
    return axis == plot()->xAxis || !info.scale ? 1 : info.scale(magnitude).divisor;
}

QString PerTokenCostView::formatY(const QCPAxis *, double y) const
{
    return metricInfo(metric()).format(y);
}

void PerTokenCostView::rebuild(const Evaluation &e)
{
    const PositionCurves c = positionCurves(e.scenario(), 600);
    plot()->graph(0)->setBrush(fill(theme::input(), 45));
    plot()->graph(1)->setBrush(fill(theme::output(), 45));
    const MetricInfo &info = metricInfo(metric());
    const Eigen::ArrayXd *values = &(c.*info.values);
    const QString axis = tr(info.axisLabel);
    plot()->yAxis->setLabel(axis);

    // Split at the prompt/output boundary; the output series starts at the last prompt
    // position so the two areas meet.
    Eigen::Index boundary = 0;
    while (boundary < c.position.size() && c.position[boundary] <= double(c.inputTokens))
        ++boundary;
    const Eigen::Index outputStart = std::max<Eigen::Index>(0, boundary - 1);
    const Eigen::ArrayXd inputX = c.position.head(boundary);
    const Eigen::ArrayXd inputY = values->head(boundary);
    const Eigen::ArrayXd outputX = c.position.segment(outputStart, c.position.size() - outputStart);
    Eigen::ArrayXd outputY = values->segment(outputStart, c.position.size() - outputStart);
    if (boundary < c.position.size() && outputY.size() > 1)
        outputY[0] = outputY[1]; // draw the step at the boundary, not a ramp

    const bool decodes = c.lastPosition > c.inputTokens;
    plot()->graph(0)->setName(tr("Prompt tokens: one parallel prefill run"));
    plot()->graph(0)->setData(toQVector(inputX), toQVector(inputY), true);
    plot()->graph(1)->setName(e.scenario().useKvCache
                                  ? tr("Output tokens: one decode run each")
                                  : tr("Output tokens: one full re-run each (no KV cache)"));
    plot()->graph(1)->setData(decodes ? toQVector(outputX) : QVector<double>(),
                              decodes ? toQVector(outputY) : QVector<double>(), true);
    plot()->graph(1)->setVisible(decodes);

    clearAnnotations();
    if (decodes)
        addVerticalMarker(double(c.inputTokens) + 0.5, palette().color(QPalette::Text),
                          tr("prompt ends · output begins"), Qt::DashLine);
    resetView();
    plot()->xAxis->setRange(0, double(c.lastPosition) * 1.01 + 1);
}

QString PerTokenCostView::unitX() const
{
    return QStringLiteral("token position");
}

QString PerTokenCostView::explain(const QCPAbstractPlottable *, double x, double) const
{
    const Evaluation *e = evaluation();
    if (!e)
        return {};
    const Scenario &s = e->scenario();
    const ModelSpec &m = s.model;
    const PositionBreakdown b = e->position(std::llround(x));
    // The dot products of one query with one key, over all layers and heads (cost-model.md 3).
    const QString attention =
        tr("attention to %1 keys: 2 × %2 layers × %3 heads × (%4 + %5 dims) × %1 = %6")
            .arg(units::tokens(double(b.position)), units::count(m.numLayers),
                 units::count(m.numHeads), units::count(m.queryKeyHeadDim()),
                 units::count(m.valueHeadDim()), units::flops(b.attentionFlops));
    const QString bound = b.run.bound == Bound::Compute ? tr("compute") : tr("memory");
    if (metric() == Metric::Flops) {
        if (b.prompt)
            return tr("Prompt token %1, in the prefill:\nmatmuls 2 × %2 parameters = %3\n+ %4\n= "
                      "%5")
                .arg(units::tokens(double(b.position)), units::count(b.matmulFlops / 2),
                     units::flops(b.matmulFlops), attention, units::flops(b.flops));
        return tr("Output token from the decode step at position %1:\nmatmuls and logits 2 × %2 "
                  "parameters = %3\n+ %4\n= %5")
            .arg(units::tokens(double(b.position)), units::count(b.matmulFlops / 2),
                 units::flops(b.matmulFlops), attention, units::flops(b.flops));
    }
    if (b.prompt)
        return tr("Prompt token %1: the prefill of %2 tokens × %3 prompts takes %4 (%5-bound: "
                  "%6 at %7), "
                  "shared by all of its %8 tokens: %9 each.")
            .arg(units::tokens(double(b.position)), units::tokens(double(s.inputTokens)),
                 units::count(s.serving.effectivePrefillBatch()), units::seconds(b.run.seconds),
                 bound, units::flops(b.run.flops),
                 units::flopsPerSecond(b.attainedComputeFlopsPerSecond),
                 units::tokens(b.tokensInRun), units::seconds(b.shareSeconds));
    return tr("Decode step at position %1 for %2 sequences: reads the weights once (%3) and "
              "every sequence's "
              "cache of %1 tokens (%4 each): %5 at %6 = %7 (%8-bound), plus %9 "
              "overhead. "
              "Each sequence's share: %10, %11 at %12 per GPU-hour.")
        .arg(units::tokens(double(b.position)), units::count(b.tokensInRun),
             units::bytes(b.weightBytesReadPerStep), units::bytes(b.kvBytesForContext),
             units::bytes(b.run.bytes), units::bytesPerSecond(b.attainedBytesPerSecond),
             units::seconds(b.run.memorySeconds), bound,
             units::seconds(b.run.overheadSeconds + b.run.communicationSeconds))
        .arg(units::seconds(b.shareSeconds), units::usd(b.shareUsd),
             units::usd(s.price.gpuHourUsd));
}

QString PerTokenCostView::unitY(const QCPAxis *) const
{
    return QString::fromLatin1(metricInfo(metric()).siUnit);
}

} // namespace tce
