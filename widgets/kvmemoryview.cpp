#include "kvmemoryview.h"

#include "charttheme.h"
#include "eigenconvert.h"
#include "evaluation.h"
#include "memorymodel.h"
#include "sweeps.h"
#include "units.h"

#include <qcustomplot.h>

#include <algorithm>

namespace tce {

KvMemoryView::KvMemoryView(QWidget *parent)
    : ChartView(parent)
{
    for (int i = 0; i < 2; ++i)
        plot()->addGraph();
    plot()->addGraph(plot()->xAxis, plot()->yAxis2);
    // Total first, the fixed part drawn over it: a stacked look without a channel fill.
    plot()->graph(0)->setPen(QPen(theme::output(), 2.4));
    plot()->graph(1)->setPen(QPen(theme::weights(), 1.5));
    plot()->graph(2)->setPen(QPen(theme::input(), 2, Qt::DashDotLine));
    plot()->yAxis2->setVisible(true);
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Context length (tokens per sequence)"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("GPU memory"));
    m_texts.label(plot()->yAxis2, QT_TR_NOOP("Sequences that fit"));
    // The legend in a row of its own above the plot: inside, every corner is crossed by a
    // curve (the sequences that fit fall from the top left, the memory rises to the top right).
    plot()->plotLayout()->insertRow(0);
    plot()->plotLayout()->addElement(0, 0, plot()->legend);
    plot()->plotLayout()->setRowStretchFactor(0, 0.001);
    plot()->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot()->legend->setBorderPen(Qt::NoPen);
    applyTickers();
}

void KvMemoryView::fitLegend()
{
    // As many entries side by side as the plot is wide enough for (a narrow window, or the
    // large type of presentation mode, takes them one under the other).
    const QFontMetrics metrics(plot()->legend->font());
    const int available = plot()->width() > 0 ? plot()->width() - 40 : 1600;
    int columns = plot()->graphCount();
    for (; columns > 1; --columns) {
        int widest = 0;
        for (int first = 0; first < plot()->graphCount(); first += columns) {
            int row = 0;
            for (int i = first; i < std::min(first + columns, plot()->graphCount()); ++i)
                row += metrics.horizontalAdvance(plot()->graph(i)->name()) + 60;
            widest = std::max(widest, row);
        }
        if (widest <= available)
            break;
    }
    plot()->legend->setWrap(columns);
    plot()->legend->setFillOrder(QCPLegend::foColumnsFirst, true); // rearranges the entries
}

QString KvMemoryView::formatX(double x) const
{
    return tr("%1 tokens").arg(units::tokens(x));
}

double KvMemoryView::tickUnit(const QCPAxis *axis, double magnitude) const
{
    return axis == plot()->yAxis ? units::bytesScale(magnitude).divisor : 1;
}

QString KvMemoryView::explain(const QCPAbstractPlottable *, double x, double) const
{
    const Evaluation *e = evaluation();
    if (!e)
        return {};
    const Scenario &s = e->scenario();
    const MemoryModel memory(s.model, s.weights, s.kvCache);
    const auto c = int64_t(std::llround(x));
    const ModelSpec &m = s.model;
    const QString perToken =
        m.mla.enabled()
            ? tr("%1 layers × (%2 latent + %3 RoPE dims) × %4 bytes = %5 per token")
                  .arg(units::count(m.numLayers), units::count(m.mla.kvLoraRank),
                       units::count(m.mla.qkRopeHeadDim),
                       units::number(s.kvCache.bytesPerValue(), 3),
                       units::bytes(memory.kvBytesPerToken()))
            : tr("2 (K and V) × %1 layers × %2 KV heads × %3 dims × %4 bytes = %5 per token")
                  .arg(units::count(m.numLayers), units::count(m.numKvHeads),
                       units::count(m.headDim), units::number(s.kvCache.bytesPerValue(), 3),
                       units::bytes(memory.kvBytesPerToken()));
    return tr("%1.\nAt %2 tokens one sequence holds %3%4; %5 sequences hold %6, beside %7 of "
              "weights.")
        .arg(perToken, units::tokens(double(c)), units::bytes(memory.kvBytesForContext(c)),
             s.model.slidingLayerCount() > 0 ? tr(" (sliding-window layers keep at most %1 tokens)")
                                                   .arg(units::tokens(s.model.slidingWindow))
                                             : QString(),
             units::count(s.serving.batch),
             units::bytes(s.serving.batch * memory.kvBytesForContext(c)),
             units::bytes(memory.weightBytes()));
}

double KvMemoryView::minimumTickStep(const QCPAxis *axis) const
{
    return axis == plot()->yAxis ? 0 : 1; // tokens and sequences come whole
}

QString KvMemoryView::formatY(const QCPAxis *axis, double y) const
{
    // English has no translation file: one needs a source text of its own.
    if (axis == plot()->yAxis2)
        return std::llround(y) == 1 ? tr("1 sequence")
                                    : tr("%Ln sequences", nullptr, int(std::llround(y)));
    return units::bytes(y);
}

namespace {

// How far along the context the chart looks: twice the request's, or past the context where
// the batch stops fitting.
int64_t shownContext(const Evaluation &e)
{
    const Scenario &s = e.scenario();
    const int64_t context = s.inputTokens + s.outputTokens;
    const int64_t limit = e.report().maxContextAtBatch;
    return std::clamp<int64_t>(std::max<int64_t>(2 * context, limit > 0 ? limit + limit / 4 : 0),
                               64, 100'000'000);
}

} // namespace

ChartView::Drawing KvMemoryView::drawing(const Evaluation &e) const
{
    return drawingOf(e, kvMemoryCurve(e.scenario(), shownContext(e), 600));
}

ChartView::Drawing KvMemoryView::drawingOf(const Evaluation &e, const KvMemoryCurve &c) const
{
    const Scenario &s = e.scenario();
    const QVector<double> x = toQVector(c.context);
    Drawing d;
    d.series.append({plot()->graph(0),
                     s.serving.batch == 1
                         ? tr("+ KV cache of the batch (1 sequence)")
                         : tr("+ KV cache of the batch (%Ln sequences)", nullptr, s.serving.batch),
                     x, toQVector(c.totalBytes)});
    d.series.append({plot()->graph(1), tr("Weights, workspace and reserve (fixed)"), x,
                     constantLike(c.context, c.fixedBytes)});
    // Short contexts fit millions of sequences: leave out what lies far above the right
    // axis (it shows up to 4x the batch); the last point above it is drawn just past the
    // top edge, so the curve enters from the top. Dashed lines to points a million pixels
    // away took Qt's stroker seconds to draw.
    const double rightTop = std::max(1.0, 4.0 * std::max(1, s.serving.batch)) * 1.1;
    QVector<double> fitX, fitY;
    for (Eigen::Index i = 0; i < c.context.size(); ++i) {
        const bool entersNext = i + 1 < c.context.size() && c.maxBatch[i + 1] <= rightTop;
        if (c.maxBatch[i] <= rightTop || entersNext) {
            fitX << c.context[i];
            fitY << std::min(c.maxBatch[i], 2 * rightTop);
        }
    }
    d.series.append(
        {plot()->graph(2), tr("Sequences that fit at this context (right axis)"), fitX, fitY});
    d.spans.append({plot()->yAxis, 0, std::max(c.capacityBytes, c.totalBytes.maxCoeff()) * 1.12});
    d.spans.append(
        {plot()->yAxis2, 0, std::min(rightTop, std::max(1.0, c.maxBatch.maxCoeff()) * 1.1)});
    return d;
}

void KvMemoryView::rebuild(const Evaluation &e)
{
    const Scenario &s = e.scenario();
    const int64_t context = s.inputTokens + s.outputTokens;
    const int64_t limit = e.report().maxContextAtBatch;
    const int64_t shown = shownContext(e);
    const KvMemoryCurve c = kvMemoryCurve(s, shown, 600);
    plot()->graph(0)->setBrush(fill(theme::output(), 80));
    plot()->graph(1)->setBrush(fill(theme::weights(), 90));
    showDrawing(drawingOf(e, c));

    clearAnnotations();
    addHorizontalMarker(c.capacityBytes, theme::limit(),
                        tr("GPU memory: %1").arg(units::bytes(c.capacityBytes)));
    addVerticalMarker(double(context), palette().color(QPalette::Text),
                      tr("this request: %1 tokens").arg(units::tokens(double(context))),
                      Qt::DotLine);
    if (limit > 0 && limit <= shown)
        addVerticalMarker(double(limit), theme::limit(),
                          tr("batch stops fitting at %1 tokens").arg(units::tokens(double(limit))),
                          Qt::DashLine);
    fitLegend();
}

QString KvMemoryView::unitX() const
{
    return QStringLiteral("tokens");
}

QString KvMemoryView::unitY(const QCPAxis *axis) const
{
    return axis == plot()->yAxis2 ? QStringLiteral("sequences") : QStringLiteral("bytes");
}

} // namespace tce
