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

PerTokenCostView::PerTokenCostView(QWidget *parent)
    : ChartView(parent)
{
    m_metric = new QComboBox(this);
    m_metric->addItem(QString(), int(Metric::Flops));
    m_texts.itemText(m_metric, m_metric->count() - 1, QT_TR_NOOP("FLOPs"));
    m_metric->addItem(QString(), int(Metric::Bytes));
    m_texts.itemText(m_metric, m_metric->count() - 1, QT_TR_NOOP("Bytes moved"));
    m_metric->addItem(QString(), int(Metric::Seconds));
    m_texts.itemText(m_metric, m_metric->count() - 1, QT_TR_NOOP("GPU time"));
    m_metric->addItem(QString(), int(Metric::Usd));
    m_texts.itemText(m_metric, m_metric->count() - 1, QT_TR_NOOP("Dollars"));
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
        setLogScale(metric() == Metric::Seconds || metric() == Metric::Usd);
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

QString PerTokenCostView::title() const
{
    return tr("Cost of each token");
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

double PerTokenCostView::tickUnit(const QCPAxis *axis, double magnitude) const
{
    if (axis == plot()->xAxis)
        return 1;
    switch (metric()) {
    case Metric::Flops:
        return units::flopsScale(magnitude).divisor;
    case Metric::Bytes:
        return units::bytesScale(magnitude).divisor;
    case Metric::Seconds:
        return units::secondsScale(magnitude).divisor;
    case Metric::Usd:
        break;
    }
    return 1;
}

QString PerTokenCostView::formatY(const QCPAxis *, double y) const
{
    switch (metric()) {
    case Metric::Flops:
        return units::flops(y);
    case Metric::Bytes:
        return units::bytes(y);
    case Metric::Seconds:
        return units::seconds(y);
    case Metric::Usd:
        return units::usd(y);
    }
    return {};
}

void PerTokenCostView::rebuild(const Evaluation &e)
{
    const PositionCurves c = positionCurves(e.scenario, 600);
    plot()->graph(0)->setBrush(fill(theme::input(), 45));
    plot()->graph(1)->setBrush(fill(theme::output(), 45));
    const Eigen::ArrayXd *values = &c.flops;
    QString axis = tr("FLOPs per token");
    switch (metric()) {
    case Metric::Flops:
        break;
    case Metric::Bytes:
        values = &c.bytes;
        axis = tr("Bytes moved per token");
        break;
    case Metric::Seconds:
        values = &c.seconds;
        axis = tr("GPU time per token");
        break;
    case Metric::Usd:
        values = &c.usd;
        axis = tr("Cost per token (USD)");
        break;
    }
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
    plot()->graph(1)->setName(e.scenario.useKvCache
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

QString PerTokenCostView::shortTitle() const
{
    return tr("Per token");
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
    const Scenario &s = e->scenario;
    const auto p = int64_t(std::llround(x));
    const bool prompt = p <= s.inputTokens;
    const FlopModel flops(s.model);
    const TimingModel timing(s);
    const int B = std::max(1, s.serving.batch);
    const ModelSpec &m = s.model;
    // The dot products of one query with one key, over all layers and heads (cost-model.md 3).
    const QString attention =
        tr("attention to %1 keys: 2 × %2 layers × %3 heads × (%4 + %5 dims) × %1 = %6")
            .arg(units::tokens(double(p)), units::count(m.numLayers), units::count(m.numHeads),
                 units::count(m.queryKeyHeadDim()), units::count(m.valueHeadDim()),
                 units::flops(flops.attentionFlopsAtPosition(p)));
    switch (metric()) {
    case Metric::Flops:
        if (prompt)
            return tr("Prompt token %1, in the prefill:\nmatmuls 2 × %2 parameters = %3\n+ %4\n= "
                      "%5")
                .arg(units::tokens(double(p)), units::count(flops.matmulFlopsPerToken() / 2),
                     units::flops(flops.matmulFlopsPerToken()), attention,
                     units::flops(flops.matmulFlopsPerToken() + flops.attentionFlopsAtPosition(p)));
        return tr("Output token from the decode step at position %1:\nmatmuls and logits 2 × %2 "
                  "parameters = %3\n+ %4\n= %5")
            .arg(units::tokens(double(p)),
                 units::count((flops.matmulFlopsPerToken() + flops.logitFlopsPerPosition()) / 2),
                 units::flops(flops.matmulFlopsPerToken() + flops.logitFlopsPerPosition()),
                 attention, units::flops(flops.decodeStepFlops(p)));
    case Metric::Bytes:
    case Metric::Seconds:
    case Metric::Usd: {
        if (prompt) {
            const RunTime run =
                timing.prefill(s.inputTokens, std::max(1, s.serving.effectivePrefillBatch()));
            return tr("Prompt token %1: the prefill of %2 tokens × %3 prompts takes %4 (%5-bound: "
                      "%6 at %7 per second), "
                      "shared by all of its %8 tokens: %9 each.")
                .arg(
                    units::tokens(double(p)), units::tokens(double(s.inputTokens)),
                    units::count(s.serving.effectivePrefillBatch()), units::seconds(run.seconds),
                    run.bound == Bound::Compute ? tr("compute") : tr("memory"),
                    units::flops(run.flops),
                    units::flopsPerSecond(timing.peakFlopsPerSecond() *
                                          s.serving.engine.computeEfficiency),
                    units::tokens(double(s.inputTokens) *
                                  std::max(1, s.serving.effectivePrefillBatch())),
                    units::seconds(run.seconds / (double(s.inputTokens) *
                                                  std::max(1, s.serving.effectivePrefillBatch()))));
        }
        const RunTime run = timing.decodeStep(p);
        return tr("Decode step at position %1 for %2 sequences: reads the weights once (%3) and "
                  "every sequence's "
                  "cache of %1 tokens (%4 each): %5 at %6 per second = %7 (%8-bound), plus %9 "
                  "overhead. "
                  "Each sequence's share: %10, %11 at %12 per GPU-hour.")
            .arg(units::tokens(double(p)), units::count(B),
                 units::bytes(timing.memory().weightBytesReadPerStep(B)),
                 units::bytes(timing.memory().kvBytesForContext(p)), units::bytes(run.bytes),
                 units::bytesPerSecond(timing.memoryBandwidthBytesPerSecond() *
                                       s.serving.engine.memoryEfficiency),
                 units::seconds(run.memorySeconds),
                 run.bound == Bound::Compute ? tr("compute") : tr("memory"),
                 units::seconds(run.overheadSeconds + run.communicationSeconds))
            .arg(units::seconds(run.seconds / B),
                 units::usd(run.seconds / B * s.price.usdPerSecond(s.serving.gpus)),
                 units::usd(s.price.gpuHourUsd));
    }
    }
    return {};
}

QString PerTokenCostView::unitY(const QCPAxis *) const
{
    switch (metric()) {
    case Metric::Flops:
        return QStringLiteral("FLOP");
    case Metric::Bytes:
        return QStringLiteral("bytes");
    case Metric::Seconds:
        return QStringLiteral("s");
    case Metric::Usd:
        return QStringLiteral("USD");
    }
    return {};
}

} // namespace tce
