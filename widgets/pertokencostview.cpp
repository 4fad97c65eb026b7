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
        {PerTokenCostView::Metric::Energy, "energy",
         QT_TRANSLATE_NOOP("tce::PerTokenCostView", "Energy"),
         QT_TRANSLATE_NOOP("tce::PerTokenCostView", "Energy per token (joules)"), "J",
         &PositionCurves::joules, &units::joulesScale, [](double v) { return units::joules(v); },
         true},
    };
    return table;
}

// The token kinds, one series each, in the order the graphs were added (prompt and output
// first, as before the cache and reasoning had series of their own).
enum PerTokenSeries
{
    Prompt,
    Output,
    Cached,
    Reasoning,
    SeriesCount
};

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
                   "traffic it causes, its share of GPU time, its share of the GPU bill, or "
                   "its share of the energy the GPUs draw."));
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

    for (int i = 0; i < SeriesCount; ++i)
        plot()->addGraph();
    plot()->graph(Cached)->setPen(QPen(theme::cached(), 2.2));
    plot()->graph(Prompt)->setPen(QPen(theme::input(), 2.2));
    plot()->graph(Reasoning)->setPen(QPen(theme::reasoning(), 2.2));
    plot()->graph(Output)->setPen(QPen(theme::output(), 2.2));
    // The legend reads in position order: cached prompt, prompt, reasoning, visible output.
    plot()->graph(Cached)->setProperty("tceLegendOrder", -1.0);
    plot()->graph(Reasoning)->setProperty("tceLegendOrder", 0.5);
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

QString PerTokenCostView::lessonOption(const QString &key) const
{
    if (key != QLatin1String("metric"))
        return ChartView::lessonOption(key);
    return QLatin1String(metricInfo(metric()).key);
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

ChartView::Drawing PerTokenCostView::drawing(const Evaluation &e) const
{
    return drawingOf(e, positionCurves(e.scenario(), 600));
}

ChartView::Drawing PerTokenCostView::drawingOf(const Evaluation &e, const PositionCurves &c) const
{
    const Eigen::ArrayXd &values = c.*metricInfo(metric()).values;
    // Each kind of token takes the positions first..last; a series starts at the previous
    // kind's last sample, at its own first value, so that the areas meet in a step.
    struct Kind
    {
        PerTokenSeries series;
        int64_t first;
        int64_t last;
        QString name;
    };
    const int64_t I = c.inputTokens;
    const QList<Kind> kinds{
        {Cached, 1, c.cachedPromptTokens,
         tr("Cached prompt tokens: read from the prompt cache, no prefill")},
        {Prompt, c.cachedPromptTokens + 1, I, tr("Prompt tokens: one parallel prefill run")},
        {Reasoning, I + 1, c.lastReasoningPosition,
         tr("Reasoning tokens: decoded and billed, never shown")},
        {Output, c.lastReasoningPosition + 1, c.lastPosition,
         e.scenario().useKvCache ? tr("Output tokens: one decode run each")
                                 : tr("Output tokens: one full re-run each (no KV cache)")},
    };
    Drawing d;
    for (const Kind &kind : kinds) {
        QVector<double> x, y;
        for (Eigen::Index i = 0; i < c.position.size(); ++i) {
            const double p = c.position[i];
            if (p < double(kind.first) || p > double(kind.last))
                continue;
            if (x.isEmpty() && i > 0) {
                x << c.position[i - 1];
                y << values[i];
            }
            x << p;
            y << values[i];
        }
        d.series.append({plot()->graph(kind.series), x.isEmpty() ? QString() : kind.name, x, y});
    }
    d.spans.append({plot()->xAxis, 0, double(c.lastPosition) * 1.01 + 1});
    return d;
}

void PerTokenCostView::rebuild(const Evaluation &e)
{
    const PositionCurves c = positionCurves(e.scenario(), 600);
    const int64_t I = c.inputTokens;
    plot()->yAxis->setLabel(tr(metricInfo(metric()).axisLabel));
    plot()->graph(Cached)->setBrush(fill(theme::cached(), 45));
    plot()->graph(Prompt)->setBrush(fill(theme::input(), 45));
    plot()->graph(Reasoning)->setBrush(fill(theme::reasoning(), 45));
    plot()->graph(Output)->setBrush(fill(theme::output(), 45));
    showDrawing(drawingOf(e, c));

    clearAnnotations();
    if (c.cachedPromptTokens > 0) {
        // Nothing is computed for a cached token: a band shows where they are, at any scale.
        auto *band = new QCPItemRect(plot());
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(0.5, 0);
        band->bottomRight->setCoords(double(c.cachedPromptTokens) + 0.5, 1);
        band->setPen(Qt::NoPen);
        band->setBrush(fill(theme::cached(), 40));
        band->setLayer(QStringLiteral("background"));
        addVerticalMarker(double(c.cachedPromptTokens) + 0.5, theme::cached(),
                          tr("cached prefix ends"), Qt::DashLine);
    }
    if (c.lastPosition > I)
        addVerticalMarker(double(I) + 0.5, palette().color(QPalette::Text),
                          tr("prompt ends · output begins"), Qt::DashLine);
    if (c.lastReasoningPosition > I && c.lastReasoningPosition < c.lastPosition)
        addVerticalMarker(double(c.lastReasoningPosition) + 0.5, theme::reasoning(),
                          tr("reasoning ends · visible answer begins"), Qt::DashLine);
    if (metric() == Metric::Energy && !c.hasEnergy)
        addMissingEnergyNote(e.scenario().hardware.name);
    if (metric() == Metric::Usd)
        addMissingPriceNote(e.scenario());
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
    if (b.cached)
        return tr("Prompt token %1 came from the prompt cache: this request computes nothing for "
                  "it, and bills it at the cache-read price. Its KV (%2) is still read by every "
                  "decode step and still holds memory.")
            .arg(units::tokens(double(b.position)), units::bytes(e->report().kvBytesPerToken));
    const QString kind =
        b.reasoning ? tr("A hidden reasoning token: decoded and billed like output, never shown. ")
                    : QString();
    if (metric() == Metric::Energy) {
        if (b.runWatts <= 0)
            return tr("The hardware file gives no board and idle power for %1.")
                .arg(s.hardware.name);
        return kind + tr("Position %1: the run takes %2 (%3-bound) while the GPUs draw %4 W "
                         "(between idle %5 W and board %6 W each, by how busy the run keeps "
                         "them): %7, shared by %8 tokens: %9 each.")
                          .arg(units::tokens(double(b.position)), units::seconds(b.run.seconds),
                               bound, units::number(b.runWatts),
                               units::number(s.hardware.idlePowerWatts),
                               units::number(s.hardware.boardPowerWatts),
                               units::joules(b.runWatts * b.run.seconds),
                               units::number(b.tokensInRun), units::joules(b.shareJoules));
    }
    if (metric() == Metric::Flops) {
        if (b.prompt)
            return tr("Prompt token %1, in the prefill:\nmatmuls 2 × %2 parameters = %3\n+ %4\n= "
                      "%5")
                .arg(units::tokens(double(b.position)), units::count(b.matmulFlops / 2),
                     units::flops(b.matmulFlops), attention, units::flops(b.flops));
        return kind +
               tr("Output token from the decode step at position %1:\nmatmuls and logits 2 × %2 "
                  "parameters = %3\n+ %4\n= %5")
                   .arg(units::tokens(double(b.position)), units::count(b.matmulFlops / 2),
                        units::flops(b.matmulFlops), attention, units::flops(b.flops));
    }
    // Without flash attention the scores go through memory, in kernels of their own.
    const QString scores =
        b.run.scoreSeconds > 0
            ? QLatin1Char(' ') + tr("Without flash attention the attention scores also go "
                                    "through memory: %1 at %2, %3 more.")
                                     .arg(units::bytes(b.run.scoreBytes),
                                          units::bytesPerSecond(b.attainedBytesPerSecond),
                                          units::seconds(b.run.scoreSeconds))
            : QString();
    if (b.prompt)
        return tr("Prompt token %1: the prefill of %2 tokens × %3 prompts takes %4 (%5-bound: "
                  "%6 at %7), "
                  "shared by all of its %8 tokens: %9 each.")
                   .arg(units::tokens(double(b.position)), units::tokens(double(s.inputTokens)),
                        units::count(s.serving.effectivePrefillBatch()),
                        units::seconds(b.run.seconds), bound, units::flops(b.run.flops),
                        units::flopsPerSecond(b.attainedComputeFlopsPerSecond),
                        units::tokens(b.tokensInRun), units::seconds(b.shareSeconds)) +
               scores;
    QString text =
        kind + tr("Decode step at position %1 for %2 sequences: reads the weights once (%3) and "
                  "every sequence's "
                  "cache of %1 tokens (%4 each): %5 at %6 = %7 (%8-bound), plus %9 "
                  "overhead. "
                  "Each sequence's share: %10, %11 at %12 per GPU-hour.")
                   .arg(units::tokens(double(b.position)), units::count(b.tokensInRun),
                        units::bytes(b.weightBytesReadPerStep), units::bytes(b.kvBytesForContext),
                        units::bytes(b.run.bytes - b.run.scoreBytes),
                        units::bytesPerSecond(b.attainedBytesPerSecond),
                        units::seconds(b.run.memorySeconds), bound,
                        units::seconds(b.run.overheadSeconds + b.run.communicationSeconds))
                   .arg(units::seconds(b.shareSeconds), units::usd(b.shareUsd),
                        units::usd(s.price.gpuHourUsd));
    // The sentence above reads out the memory side; a compute-bound step says what it costs.
    if (b.run.bound == Bound::Compute)
        text += QLatin1Char(' ') +
                (b.run.dequantSeconds > 0
                     ? tr("Compute takes longer: %1, of which %2 unpacks the quantized weights.")
                           .arg(units::seconds(b.run.computeSeconds),
                                units::seconds(b.run.dequantSeconds))
                     : tr("Compute takes longer: %1.").arg(units::seconds(b.run.computeSeconds)));
    return text + scores;
}

QString PerTokenCostView::unitY(const QCPAxis *) const
{
    return QString::fromLatin1(metricInfo(metric()).siUnit);
}

} // namespace tce
