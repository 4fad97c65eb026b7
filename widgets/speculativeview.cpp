#include "speculativeview.h"

#include "charttheme.h"
#include "eigenconvert.h"
#include "evaluation.h"
#include "featuresweeps.h"
#include "speculative.h"
#include "units.h"

#include <qcustomplot.h>

namespace tce {

namespace {
constexpr int kMaxBatch = 1024;
enum SpeculativeSeries
{
    SpeedupGraph,
    SpeculatingCostGraph,
    OneTokenCostGraph,
};
} // namespace

SpeculativeView::SpeculativeView(QWidget *parent)
    : ChartView(parent)
{
    plot()->addGraph();
    plot()->addGraph(plot()->xAxis, plot()->yAxis2);
    plot()->addGraph(plot()->xAxis, plot()->yAxis2);
    plot()->graph(SpeedupGraph)->setPen(QPen(theme::output(), 2.8));
    plot()->graph(SpeculatingCostGraph)->setPen(QPen(theme::revenue(), 2.2));
    plot()->graph(OneTokenCostGraph)->setPen(QPen(theme::revenue(), 2, Qt::DashLine));
    plot()->yAxis2->setVisible(true);
    plot()->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Batch size (sequences decoded together)"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("Decode speed-up from speculation"));
    m_texts.label(plot()->yAxis2, QT_TR_NOOP("GPU cost per 1M output tokens (USD)"));
    enableLogToggle(true);
    applyTickers();
}

QString SpeculativeView::formatX(double x) const
{
    return tr("batch %1").arg(units::count(x));
}

QString SpeculativeView::formatY(const QCPAxis *axis, double y) const
{
    return axis == plot()->yAxis2 ? units::usd(y) : units::ratio(y);
}

ChartView::Drawing SpeculativeView::drawing(const Evaluation &e) const
{
    return drawingOf(speculativeSweep(e.scenario(), kMaxBatch));
}

ChartView::Drawing SpeculativeView::drawingOf(const SpeculativeSweep &sweep) const
{
    const QVector<double> x = toQVector(sweep.batch);
    Drawing d;
    d.series.append({plot()->graph(SpeedupGraph),
                     tr("Speed-up: %1 tokens per verification run (k = %2, α = %3) (left)")
                         .arg(units::number(sweep.tokensPerRun), units::count(sweep.draftTokens),
                              units::number(sweep.acceptance, 2)),
                     x, toQVector(sweep.speedup)});
    d.series.append({plot()->graph(SpeculatingCostGraph),
                     tr("Cost per 1M output tokens, speculating (right)"), x,
                     toQVector(sweep.usdPerMillionWith)});
    d.series.append({plot()->graph(OneTokenCostGraph),
                     tr("Cost per 1M output tokens, one token per run (right)"), x,
                     toQVector(sweep.usdPerMillionWithout)});
    d.spans.append({plot()->xAxis, 0.8, kMaxBatch * 1.25});
    // Keep 1x in sight: where the speed-up line meets it, speculation stops paying.
    d.spans.append({plot()->yAxis, std::min(0.9, sweep.speedup.minCoeff() * 0.9),
                    std::max(1.2, sweep.speedup.maxCoeff() * 1.15)});
    return d;
}

void SpeculativeView::rebuild(const Evaluation &e)
{
    const Scenario &s = e.scenario();
    const SpeculativeSweep sweep = speculativeSweep(s, kMaxBatch);
    showDrawing(drawingOf(sweep));

    clearAnnotations();
    addHorizontalMarker(1.0, theme::neutral(), tr("no speed-up"));
    if (sweep.breakEvenBatch > 0)
        addVerticalMarker(
            sweep.breakEvenBatch, theme::limit(),
            tr("slower than plain decoding from batch %1").arg(units::count(sweep.breakEvenBatch)),
            Qt::DashLine);
    addVerticalMarker(double(s.serving.batch), palette().color(QPalette::Text),
                      tr("this batch: %1").arg(units::count(s.serving.batch)), Qt::DotLine);
    if (sweep.assumedDraft) {
        auto *note = new QCPItemText(plot());
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.98, 0.02);
        note->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        note->setTextAlignment(Qt::AlignRight);
        note->setText(
            tr("The scenario sets no draft: shown with an EAGLE-style draft head, k = %1, "
               "α = %2\n(set one under Caching, reasoning, speculation, energy)")
                .arg(units::count(sweep.draftTokens), units::number(sweep.acceptance, 2)));
        note->setColor(palette().color(QPalette::Text));
        note->setBrush(theme::withAlpha(palette().color(QPalette::Base), 220));
        note->setPadding(QMargins(4, 2, 4, 2));
    }
}

QString SpeculativeView::explain(const QCPAbstractPlottable *, double x, double) const
{
    const Evaluation *e = evaluation();
    if (!e)
        return {};
    Scenario s = e->scenario();
    if (!s.speculative.enabled())
        s.speculative = assumedDraftHead();
    s.serving.batch = std::max(1, int(std::llround(x)));
    const SpeculativeModel model(s);
    const int64_t p = s.inputTokens + std::max<int64_t>(1, s.decodedTokens() / 2);
    const RunTime step = model.target().decodeStep(p);
    const RunTime verify = model.verifyRun(p);
    const DecodeTotals round = model.round(p);
    return tr("Batch %1 at position %2: one plain decode step takes %3 (%4-bound) and yields one "
              "token per sequence. A speculative round drafts %5 tokens and verifies %6 positions "
              "in one run of %7 (%8-bound), %9 with the draft, and yields %10 tokens on average: "
              "%11 faster.")
        .arg(units::count(s.serving.batch), units::tokens(double(p)), units::seconds(step.seconds),
             step.bound == Bound::Compute ? tr("compute") : tr("memory"),
             units::count(s.speculative.draftTokens), units::count(s.speculative.draftTokens + 1),
             units::seconds(verify.seconds),
             verify.bound == Bound::Compute ? tr("compute") : tr("memory"),
             units::seconds(round.seconds))
        .arg(units::number(model.tokensPerRun()), units::ratio(model.speedupAt(p)));
}

QString SpeculativeView::unitX() const
{
    return QStringLiteral("sequences");
}

QString SpeculativeView::unitY(const QCPAxis *axis) const
{
    return axis == plot()->yAxis2 ? QStringLiteral("USD per 1M output tokens")
                                  : QStringLiteral("speed-up");
}

} // namespace tce
