#include "batchsweepview.h"

#include "charttheme.h"
#include "eigenconvert.h"
#include "evaluation.h"
#include "sweeps.h"
#include "timingmodel.h"
#include "units.h"

#include <QComboBox>
#include <QHBoxLayout>

#include <qcustomplot.h>

namespace tce {

namespace {
// Marks the note placeNote() moves (items are made anew at every rebuild).
constexpr char kMemoryBoundNote[] = "tceMemoryBoundNote";
} // namespace

BatchSweepView::BatchSweepView(QWidget *parent)
    : ChartView(parent)
{
    connect(plot(), &QCustomPlot::afterLayout, this, &BatchSweepView::placeNote);
    m_mode = new QComboBox(this);
    m_mode->addItem(QString(), int(Mode::Speed));
    m_texts.itemText(m_mode, m_mode->count() - 1, QT_TR_NOOP("Speed"));
    m_mode->addItem(QString(), int(Mode::Price));
    m_texts.itemText(m_mode, m_mode->count() - 1, QT_TR_NOOP("Price per token"));
    m_texts.toolTip(
        m_mode,
        QT_TR_NOOP(
            "Speed: how long one decode step takes and how many tokens per second the "
            "batch produces. Price: what an input and an output token cost at each batch size."));
    m_texts.accessibleName(m_mode, QT_TR_NOOP("Batch chart mode"));
    header()->addWidget(m_mode);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        applyTickers();
        invalidate();
    });
    plot()->addGraph();
    plot()->addGraph(plot()->xAxis, plot()->yAxis2);
    plot()->yAxis2->setVisible(true);
    plot()->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Batch size (sequences decoded together)"));
    enableLogToggle(true);
    applyTickers();
}

BatchSweepView::Mode BatchSweepView::mode() const
{
    return Mode(m_mode->currentData().toInt());
}

void BatchSweepView::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

QString BatchSweepView::explain(const QCPAbstractPlottable *, double x, double) const
{
    const Evaluation *e = evaluation();
    if (!e)
        return {};
    Scenario s = e->scenario();
    s.serving.batch = int(std::llround(x));
    const int64_t p = s.inputTokens + std::max<int64_t>(1, s.outputTokens / 2);
    const TimingModel timing(s);
    const RunTime step = timing.decodeStep(p);
    // Unpacking quantized weights (llama.cpp) is compute time the FLOPs do not count.
    const QString compute =
        step.dequantSeconds > 0
            ? tr("%1 + %2 unpacking the weights")
                  .arg(units::seconds(step.computeSeconds - step.dequantSeconds),
                       units::seconds(step.dequantSeconds))
            : units::seconds(step.computeSeconds);
    return tr("A decode step for %1 sequences at position %2: compute %3 / (%4) = %5; memory "
              "(weights + %1 caches) "
              "%6 / (%7) = %8. The step takes the larger, %9, plus %10 overhead: %11 per sequence, "
              "so %12 tokens/s "
              "for the batch.")
        .arg(
            units::count(s.serving.batch), units::tokens(double(p)), units::flops(step.flops),
            units::flopsPerSecond(timing.peakFlopsPerSecond() * s.serving.engine.computeEfficiency),
            compute, units::bytes(step.bytes),
            units::bytesPerSecond(timing.memoryBandwidthBytesPerSecond() *
                                  s.serving.engine.memoryEfficiency),
            units::seconds(step.memorySeconds),
            step.bound == Bound::Compute ? tr("compute") : tr("memory"))
        .arg(units::seconds(step.overheadSeconds + step.communicationSeconds),
             units::seconds(step.seconds / s.serving.batch),
             units::count(s.serving.batch / step.seconds));
}

QString BatchSweepView::formatX(double x) const
{
    return tr("batch %1").arg(units::count(x));
}

QString BatchSweepView::formatY(const QCPAxis *axis, double y) const
{
    if (mode() == Mode::Price)
        return tr("%1 per 1M").arg(units::usd(y));
    return axis == plot()->yAxis2 ? units::tokensPerSecond(y) : units::seconds(y);
}

void BatchSweepView::placeNote()
{
    // Top right, beside the legend (top left); under the legend where the two would meet (a
    // portrait slide, large type). Placed once the replot has laid the legend out.
    QCPItemText *note = nullptr;
    for (int i = 0; i < plot()->itemCount() && !note; ++i) {
        auto *text = qobject_cast<QCPItemText *>(plot()->item(i));
        if (text && text->property(kMemoryBoundNote).toBool())
            note = text;
    }
    if (!note)
        return;
    const QRect rect = plot()->axisRect()->rect();
    note->position->setCoords(0.98, 0.02);
    if (!plot()->legend->visible() || rect.height() <= 0)
        return;
    const QFontMetricsF metrics(note->font());
    const QSizeF size = metrics.boundingRect(QRectF(), Qt::AlignRight, note->text()).size() +
                        QSizeF(note->padding().left() + note->padding().right(),
                               note->padding().top() + note->padding().bottom());
    const QRectF box(rect.right() - 0.02 * rect.width() - size.width(),
                     rect.top() + 0.02 * rect.height(), size.width(), size.height());
    const QRectF legend = plot()->legend->outerRect();
    if (box.intersects(legend))
        note->position->setCoords(0.98, (legend.bottom() - rect.top() + 6) / rect.height());
}

ChartView::Drawing BatchSweepView::drawing(const Evaluation &e) const
{
    return drawingOf(batchSweep(e.scenario(), 4096));
}

ChartView::Drawing BatchSweepView::drawingOf(const BatchSweep &sweep) const
{
    const QVector<double> x = toQVector(sweep.batch);
    Drawing d;
    if (mode() == Mode::Speed) {
        d.series.append({plot()->graph(0), tr("Decode step time (left)"), x,
                         toQVector(sweep.decodeStepSeconds)});
        d.series.append({plot()->graph(1), tr("Output tokens per second, whole batch (right)"), x,
                         toQVector(sweep.decodeTokensPerSecond)});
    } else {
        d.series.append({plot()->graph(0), tr("Output token, per 1M"), x,
                         toQVector(sweep.usdPerMillionOutput)});
        d.series.append(
            {plot()->graph(1), tr("Input token, per 1M"), x, toQVector(sweep.usdPerMillionInput)});
    }
    d.spans.append({plot()->xAxis, 0.8, 5000});
    return d;
}

void BatchSweepView::rebuild(const Evaluation &e)
{
    const BatchSweep sweep = batchSweep(e.scenario(), 4096);
    QCPGraph *left = plot()->graph(0);
    QCPGraph *right = plot()->graph(1);
    if (mode() == Mode::Speed) {
        left->setPen(QPen(theme::output(), 2.4));
        right->setPen(QPen(theme::revenue(), 2.4, Qt::DashLine));
        right->setValueAxis(plot()->yAxis2);
        plot()->yAxis->setLabel(tr("Time of one decode step"));
        plot()->yAxis2->setLabel(tr("Output tokens per second"));
        plot()->yAxis2->setVisible(true);
    } else {
        left->setPen(QPen(theme::output(), 2.4));
        right->setPen(QPen(theme::input(), 2.4));
        right->setValueAxis(plot()->yAxis);
        plot()->yAxis->setLabel(tr("Cost per 1M tokens (USD)"));
        plot()->yAxis2->setVisible(false);
    }
    showDrawing(drawingOf(sweep));

    clearAnnotations();
    // A marker at (or within a quarter of) this batch's line gives its words to this batch's
    // label, a line each: two rotated labels at one x print over each other.
    const double batch = e.scenario().serving.batch;
    QStringList atThisBatch{tr("this batch: %1").arg(units::count(batch))};
    const auto marker = [&](double x, const QColor &color, const QString &label,
                            Qt::PenStyle style) {
        const bool beside = std::max(x, batch) / std::min(x, batch) < 1.25;
        addVerticalMarker(x, color, beside ? QString() : label, style);
        if (beside)
            atThisBatch << label;
    };
    if (sweep.kneeBatch > 0 && sweep.kneeBatch <= 4096) {
        marker(sweep.kneeBatch, theme::neutral(),
               tr("compute-bound from batch %1").arg(units::count(sweep.kneeBatch)), Qt::DashLine);
    } else {
        // Each sequence's KV reads grow with the batch as fast as its FLOPs: no knee.
        auto *note = new QCPItemText(plot());
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        note->setText(
            tr("Memory-bound at every batch size:\nreading the KV cache grows with the batch"));
        note->setColor(theme::neutral());
        note->setTextAlignment(Qt::AlignRight);
        note->setProperty(kMemoryBoundNote, true);
    }
    if (sweep.maxBatchThatFits >= 1 && sweep.maxBatchThatFits <= 4096)
        marker(double(sweep.maxBatchThatFits), theme::limit(),
               tr("KV cache full beyond %1").arg(units::count(double(sweep.maxBatchThatFits))),
               Qt::SolidLine);
    addVerticalMarker(batch, palette().color(QPalette::Text), atThisBatch.join(QLatin1Char('\n')),
                      Qt::DotLine);
    if (mode() == Mode::Price)
        addMissingPriceNote(e.scenario());
}

QString BatchSweepView::unitX() const
{
    return QStringLiteral("sequences");
}

QString BatchSweepView::unitY(const QCPAxis *axis) const
{
    if (mode() == Mode::Price)
        return QStringLiteral("USD per 1M tokens");
    return axis == plot()->yAxis2 ? QStringLiteral("tokens/s") : QStringLiteral("s");
}

} // namespace tce
