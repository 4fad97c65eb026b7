#include "chartview.h"

#include "chartregistry.h"

#include "charttheme.h"
#include "evaluation.h"
#include "servingsnapshot.h"
#include "units.h"

#include <QApplication>
#include <QVariant>

#include <QCheckBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <algorithm>

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace tce {

namespace {
// The whole text of a rotated marker label, before fitMarkerLabels() shortens it.
constexpr char kFullLabel[] = "tceFullLabel";
} // namespace

namespace {

// Tick labels written by the chart (scaled units, the locale's separators), at steps that
// are round in the unit shown.
class FormattedTicker : public QCPAxisTicker
{
public:
    FormattedTicker(std::function<QString(double)> format, std::function<double(double)> unit,
                    double minimumStep)
        : m_format(std::move(format))
        , m_unit(std::move(unit))
        , m_minimumStep(minimumStep)
    {
        setTickCount(6);
    }

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        const units::TickStep step(m_step);
        return m_format(tick);
    }
    double getTickStep(const QCPRange &range) override
    {
        const double unit = m_unit(std::max(std::fabs(range.lower), std::fabs(range.upper)));
        const double step =
            QCPAxisTicker::getTickStep(QCPRange(range.lower / unit, range.upper / unit)) * unit;
        m_step = std::max(step, m_minimumStep); // the labels that follow are written at it
        return m_step;
    }

private:
    std::function<QString(double)> m_format;
    std::function<double(double)> m_unit;
    double m_minimumStep = 0;
    double m_step = 0;
};

class FormattedLogTicker : public QCPAxisTickerLog
{
public:
    explicit FormattedLogTicker(std::function<QString(double)> format)
        : m_format(std::move(format))
    {
        setLogBase(10);
        setSubTickCount(8);
    }

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        // Each decade's tick with the digits it needs: $0.000001, $1, $10.
        const units::TickStep step(tick);
        return m_format(tick);
    }

private:
    std::function<QString(double)> m_format;
};

// The value `object` had when first seen, kept in a property, so that scaling from it never
// compounds over draws.
double firstSeen(QObject *object, const char *property, double current)
{
    QVariant base = object->property(property);
    if (!base.isValid()) {
        base = current;
        object->setProperty(property, base);
    }
    return base.toDouble();
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this); // its font is set in draw(), after the chart's
    // In presentation mode's large type a long title wraps instead of widening the window
    // past a 1280-pixel projector.
    m_title->setWordWrap(true);

    m_header = new QHBoxLayout;
    m_header->setContentsMargins(6, 4, 6, 0);
    m_header->addWidget(m_title, 1); // all the room the chart's own controls leave

    m_plot = new QCustomPlot(this);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->setNoAntialiasingOnDrag(true);
    // Interactive speed at full HD (tests/benchmarks/bench_mainwindow): fast polylines, and
    // no antialiasing of the filled areas, whose edges the antialiased lines already draw.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setNotAntialiasedElements(QCP::aeFills);
    // QCustomPlot keeps its "overlay" layer in a paint buffer of its own; composing that
    // second full-size transparent pixmap cost ~1.5 ms a replot. Nothing here uses it.
    if (QCPLayer *overlay = m_plot->layer(QStringLiteral("overlay")))
        overlay->setMode(QCPLayer::lmLogical);
    // The plot fills all of itself with its background brush (always solid here, see draw()):
    // Qt need not paint the chart's background under it first, a full-size fill per replot.
    m_plot->setAttribute(Qt::WA_OpaquePaintEvent);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setMinimumSize(320, 240);

    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(9);
    m_tracer->setVisible(false);
    m_tracer->setClipToAxisRect(true);
    m_tracerLabel = new QCPItemText(m_plot);
    m_tracerLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_tracerLabel->setTextAlignment(Qt::AlignLeft);
    m_tracerLabel->setPadding(QMargins(6, 4, 6, 4));
    m_tracerLabel->setVisible(false);
    m_tracerLabel->setClipToAxisRect(false);
    m_tracerLabel->setLayer(QStringLiteral("legend"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_header);
    layout->addWidget(m_plot, 1);

    connect(m_plot, &QCustomPlot::afterReplot, this, &ChartView::replotted);
    // Once the plot's size is known (on screen or in an export), a marker's label that is
    // longer than the plot is tall is shortened with an ellipsis instead of running off it.
    connect(m_plot, &QCustomPlot::afterLayout, this, &ChartView::fitMarkerLabels);
}

ChartView::~ChartView() = default;

void ChartView::enableLogToggle(bool initiallyOn)
{
    m_logToggle = new QCheckBox(this);
    // Called from a chart's constructor: the texts are ChartView's, not the chart's.
    m_texts.add([this](const auto &) {
        m_logToggle->setText(ChartView::tr("Log scale"));
        m_logToggle->setToolTip(ChartView::tr("Show the vertical axis on a logarithmic scale, so "
                                              "that small and large values are both readable."));
    });
    m_logToggle->setChecked(initiallyOn);
    m_header->addWidget(m_logToggle);
    connect(m_logToggle, &QCheckBox::toggled, this, [this] {
        applyTickers();
        invalidate();
    });
}

bool ChartView::logScale() const
{
    return m_logToggle && m_logToggle->isChecked();
}

void ChartView::setLogScale(bool on)
{
    if (m_logToggle)
        m_logToggle->setChecked(on);
}

void ChartView::applyTickers()
{
    const bool log = logScale();
    for (QCPAxis *axis : {m_plot->yAxis, m_plot->yAxis2}) {
        auto format = [this, axis](double v) {
            return formatY(axis, v);
        };
        axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (log)
            axis->setTicker(QSharedPointer<FormattedLogTicker>::create(format));
        else
            axis->setTicker(QSharedPointer<FormattedTicker>::create(
                format, [this, axis](double magnitude) { return tickUnit(axis, magnitude); },
                minimumTickStep(axis)));
    }
    QCPAxis *x = m_plot->xAxis;
    auto formatTick = [this](double v) {
        return formatXTick(v);
    };
    if (x->scaleType() == QCPAxis::stLogarithmic)
        x->setTicker(QSharedPointer<FormattedLogTicker>::create(formatTick));
    else
        x->setTicker(QSharedPointer<FormattedTicker>::create(
            formatTick, [this, x](double magnitude) { return tickUnit(x, magnitude); },
            minimumTickStep(x)));
}

QString ChartView::formatX(double x) const
{
    return QLocale().toString(x, 'g', 6);
}

QString ChartView::formatY(const QCPAxis *, double y) const
{
    return QLocale().toString(y, 'g', 4);
}

QString ChartView::explain(const QCPAbstractPlottable *graph, double x, double y) const
{
    return QStringLiteral("%1: %2, %3")
        .arg(graph->name(), formatX(x), formatY(graph->valueAxis(), y));
}

QString ChartView::formatXTick(double x) const
{
    // Token counts and batch sizes: 500, 1,500, 2.5M.
    if (std::fabs(x) >= 1e6)
        return tr("%1M").arg(QLocale().toString(x / 1e6, 'g', 3));
    return QLocale().toString(x, 'g', 7);
}

double ChartView::minimumTickStep(const QCPAxis *axis) const
{
    return axis == m_plot->xAxis ? 1 : 0; // every chart counts tokens or sequences along x
}

double ChartView::tickUnit(const QCPAxis *, double) const
{
    return 1;
}

void ChartView::setEvaluation(std::shared_ptr<const Evaluation> evaluation)
{
    m_evaluation = std::move(evaluation);
    if (m_servingSimulatedHere) // of the previous evaluation
        m_serving.reset();
    if (!m_dirty && m_drawn && m_evaluation && servingUse() == ServingUse::None &&
        !drawsDifferently(*m_drawn, *m_evaluation)) {
        m_drawn = m_evaluation;
        m_lastRebuildMs = 0;
        m_lastReplotMs = 0;
        return;
    }
    m_dirty = true;
    refresh();
}

void ChartView::setServing(std::shared_ptr<const ServingSnapshot> serving)
{
    m_serving = std::move(serving);
    m_servingSimulatedHere = false;
    if (servingUse() != ServingUse::None)
        invalidate();
}

bool ChartView::drawsDifferently(const Evaluation &, const Evaluation &) const
{
    return true;
}

void ChartView::refresh()
{
    if (!m_dirty || !m_evaluation || !isVisible())
        return;
    draw();
}

void ChartView::setNote(const QString &text, double xFraction, double yFraction)
{
    m_note = text;
    m_notePosition = QPointF(xFraction, yFraction);
    invalidate();
}

void ChartView::setReference(std::shared_ptr<const Evaluation> reference)
{
    m_reference = std::move(reference);
    invalidate();
}

void ChartView::setLineScale(double scale)
{
    m_lineScale = scale;
    invalidate();
}

QString ChartView::title() const
{
    return m_entry ? m_entry->translatedTitle() : QString();
}

QString ChartView::shortTitle() const
{
    return m_entry ? m_entry->translatedShortTitle() : QString();
}

QString ChartView::chartId() const
{
    return m_entry ? m_entry->id : QString();
}

bool ChartView::setLessonOption(const QString &key, const QString &value)
{
    if (key != QLatin1String("log") || !m_logToggle ||
        (value != QLatin1String("0") && value != QLatin1String("1")))
        return false;
    setLogScale(value == QLatin1String("1"));
    return true;
}

QString ChartView::lessonOption(const QString &key) const
{
    if (key != QLatin1String("log") || !m_logToggle)
        return {};
    return logScale() ? QStringLiteral("1") : QStringLiteral("0");
}

void ChartView::renderNow()
{
    if (m_evaluation && !m_serving && servingUse() != ServingUse::None) {
        const Evaluation &e = *m_evaluation;
        const bool serveWorkload = e.workloadSettings().serveWorkload && e.workload();
        m_serving = std::make_shared<const ServingSnapshot>(simulateServingSnapshot(
            e.scenario(), servingLengths(e.scenario(), serveWorkload ? e.workload() : nullptr),
            servingUse() == ServingUse::Sweep));
        m_servingSimulatedHere = true;
        m_dirty = true;
    }
    if (m_dirty && m_evaluation)
        draw();
}

void ChartView::draw()
{
    m_dirty = false;
    m_title->setText(title());
    // The title is set larger than the chart's font, so it does not follow it by itself.
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    for (QCPAxis *axis : m_plot->axisRect()->axes())
        theme::styleAxis(axis, palette(), font());
    // Colour scales (the margin map's) have an axis of their own, outside the axis rect.
    for (QCPLayoutElement *element : m_plot->plotLayout()->elements(true)) {
        if (auto *scale = qobject_cast<QCPColorScale *>(element))
            theme::styleAxis(scale->axis(), palette(), font());
    }
    m_plot->legend->setFont(font());
    m_plot->setBackground(palette().color(QPalette::Base));
    m_plot->legend->setBrush(theme::withAlpha(palette().color(QPalette::Base), 220));
    m_plot->legend->setTextColor(palette().color(QPalette::Text));
    m_plot->legend->setBorderPen(QPen(theme::withAlpha(palette().color(QPalette::Text), 80)));
    m_tracerLabel->setColor(palette().color(QPalette::ToolTipText));
    m_tracerLabel->setBrush(theme::withAlpha(palette().color(QPalette::ToolTipBase), 235));
    m_tracerLabel->setPen(QPen(theme::withAlpha(palette().color(QPalette::ToolTipText), 120)));
    m_tracer->setPen(QPen(palette().color(QPalette::Text), 1.5));
    m_tracer->setVisible(false);
    m_tracerLabel->setVisible(false);
    QElapsedTimer timer;
    timer.start();
    for (QCPGraph *shadow : m_shadowGraphs)
        shadow->setVisible(false); // A's series, drawn again below if A is still pinned
    if (m_referenceKey)
        m_referenceKey->setVisible(false);
    rebuild(*m_evaluation);
    m_drawn = m_evaluation;
    if (m_reference) {
        // A does not change while B is dragged: its drawing is made once per pin and setting.
        if (!m_referenceDrawing)
            m_referenceDrawing = drawing(*m_reference);
        drawReference(*m_referenceDrawing);
    }
    // What a double click goes back to: the chart's framing, not the data's bounds.
    m_framed.clear();
    for (QCPAxis *axis : m_plot->axisRect()->axes())
        m_framed.append({axis, axis->range().lower, axis->range().upper});
    if (!m_note.isEmpty()) {
        auto *note = new QCPItemText(m_plot);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(m_notePosition.x(), m_notePosition.y());
        note->setText(m_note);
        note->setColor(theme::limit());
        QFont font = note->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.2);
        note->setFont(font);
        note->setPen(QPen(theme::limit(), 2));
        note->setBrush(theme::withAlpha(palette().color(QPalette::Base), 235));
        note->setPadding(QMargins(10, 6, 10, 6));
    }
    // Texts on the chart were made in the application's font size; follow the chart's
    // (larger in presentation mode). Marker labels too: fitMarkerLabels() shortens one that
    // would outgrow the plot's height.
    const double textScale = font().pointSizeF() / QApplication::font().pointSizeF();
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(m_plot->item(i))) {
            // From each text's own size: texts that outlive a rebuild (the tracer's) must not
            // grow at every draw.
            QFont f = text->font();
            f.setPointSizeF(firstSeen(text, "tceBasePointSize", f.pointSizeF()) * textScale);
            text->setFont(f);
        }
    }
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        // Scale each series' own width.
        QCPAbstractPlottable *p = m_plot->plottable(i);
        QPen pen = p->pen();
        pen.setWidthF(firstSeen(p, "tceBaseWidth", pen.widthF()) * m_lineScale);
        p->setPen(pen);
    }
    // The legend lists what is drawn: series without a name or without data leave it. Rebuilt
    // only when that list changes (new legend items cost a replot's worth of layout).
    // A's series share one entry: each is dashed in its B series' colour, and eight entries
    // where four would do cover the plot.
    QList<QCPAbstractPlottable *> listed;
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = m_plot->plottable(i);
        const QCPPlottableInterface1D *data = p->interface1D();
        const bool shadow = m_shadowGraphs.contains(qobject_cast<QCPGraph *>(p));
        if (p == m_referenceKey ? p->visible()
                                : p->visible() && !shadow && !p->name().isEmpty() &&
                                      (!data || data->dataCount() > 0))
            listed << p;
    }
    // A series may say where it belongs in the legend ("tceLegendOrder"); the rest keep their
    // place: a chart can list its series in reading order while their indices stay put.
    auto legendKey = [this](QCPAbstractPlottable *p) {
        const QVariant order = p->property("tceLegendOrder");
        int index = 0;
        while (index < m_plot->plottableCount() && m_plot->plottable(index) != p)
            ++index;
        return order.isValid() ? order.toDouble() : double(index);
    };
    std::stable_sort(listed.begin(), listed.end(),
                     [&](QCPAbstractPlottable *a, QCPAbstractPlottable *b) {
                         return legendKey(a) < legendKey(b);
                     });
    bool same = listed.size() == m_plot->legend->itemCount();
    for (int i = 0; same && i < listed.size(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(m_plot->legend->item(i));
        same = item && item->plottable() == listed[i];
    }
    if (!same) {
        m_plot->legend->clearItems();
        for (QCPAbstractPlottable *p : listed)
            p->addToLegend();
    }
    m_lastRebuildMs = double(timer.nsecsElapsed()) / 1e6;
    ++m_rebuildCount;
    timer.restart();
    m_plot->replot();
    m_lastReplotMs = double(timer.nsecsElapsed()) / 1e6;
}

ChartView::Table ChartView::table() const
{
    // One x column over the union of the series' keys, one column per named series. A key a
    // series holds twice (a step, a vertical segment) takes as many rows, so no point is lost.
    QList<const QCPGraph *> series;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        const QCPGraph *g = m_plot->graph(i);
        if (g->visible() && !g->name().isEmpty() && !g->data()->isEmpty())
            series << g;
    }
    QList<double> keys;
    for (const QCPGraph *g : series) {
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            keys << it->key;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    Table t;
    t.headers << columnHeader(m_plot->xAxis->label(), unitX());
    for (const QCPGraph *g : series)
        t.headers << columnHeader(g->name(), unitY(g->valueAxis()));
    QList<QCPGraphDataContainer::const_iterator> next;
    for (const QCPGraph *g : series)
        next << g->data()->constBegin();
    for (double key : keys) {
        QList<QList<double>> values; // per series, its values at this key
        qsizetype rows = 1;
        for (int s = 0; s < series.size(); ++s) {
            auto &it = next[s];
            const auto end = series[s]->data()->constEnd();
            while (it != end && it->key < key)
                ++it;
            QList<double> here;
            for (; it != end && it->key == key; ++it)
                here << it->value;
            rows = std::max(rows, here.size());
            values << here;
        }
        for (qsizetype r = 0; r < rows; ++r) {
            QList<Table::Cell> row{key};
            for (const QList<double> &here : values)
                row << (r < here.size() ? here[r] : std::numeric_limits<double>::quiet_NaN());
            t.rows << row;
        }
    }
    return t;
}

QString ChartView::columnHeader(const QString &name, const QString &unit)
{
    return QStringLiteral("%1 [%2]").arg(name, unit);
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        applyTickers(); // number formats follow the language
        invalidate();
    } else if (event->type() == QEvent::FontChange) {
        invalidate(); // axes, title and texts on the chart follow the chart's font
    }
    QWidget::changeEvent(event);
}

void ChartView::invalidate()
{
    m_referenceDrawing.reset(); // a setting (metric, scale, language) changes A's drawing too
    m_dirty = true;
    refresh();
}

ChartView::Drawing ChartView::drawing(const Evaluation &) const
{
    return {};
}

void ChartView::showDrawing(const Drawing &drawing)
{
    for (const Series &series : drawing.series) {
        QCPAbstractPlottable *p = series.plottable;
        p->setName(series.name);
        if (auto *graph = qobject_cast<QCPGraph *>(p)) {
            graph->setData(series.keys, series.values);
        } else if (auto *bars = qobject_cast<QCPBars *>(p)) {
            if (series.barWidth > 0)
                bars->setWidth(series.barWidth);
            bars->setData(series.keys, series.values);
        }
        p->setVisible(!series.keys.isEmpty());
    }
    for (const AxisSpan &span : framing(drawing))
        span.axis->setRange(span.lower, span.upper);
}

QList<ChartView::AxisSpan> ChartView::framing(const Drawing &drawing) const
{
    // What rescaleAxes() and resetView() make of the plot's data, computed from the drawing
    // alone: the pinned evaluation's ranges without building its plot.
    QList<AxisSpan> spans;
    auto spanOf = [&spans](QCPAxis *axis) -> AxisSpan & {
        for (AxisSpan &span : spans) {
            if (span.axis == axis)
                return span;
        }
        spans.append({axis, std::numeric_limits<double>::infinity(),
                      -std::numeric_limits<double>::infinity()});
        return spans.last();
    };
    auto include = [&spanOf](QCPAxis *axis, double value) {
        if (!std::isfinite(value) || (axis->scaleType() == QCPAxis::stLogarithmic && value <= 0))
            return;
        AxisSpan &span = spanOf(axis);
        span.lower = std::min(span.lower, value);
        span.upper = std::max(span.upper, value);
    };
    for (const Series &series : drawing.series) {
        if (series.keys.isEmpty())
            continue;
        QCPAxis *keyAxis = series.plottable->keyAxis();
        QCPAxis *valueAxis = series.plottable->valueAxis();
        for (qsizetype i = 0; i < series.keys.size(); ++i) {
            include(keyAxis, series.keys[i] - series.barWidth / 2);
            include(keyAxis, series.keys[i] + series.barWidth / 2);
            include(valueAxis, series.values[i]);
        }
        if (series.barWidth > 0)
            include(valueAxis, 0); // bars rise from zero
    }
    QList<AxisSpan> framed;
    for (AxisSpan span : spans) {
        if (span.lower > span.upper)
            continue; // nothing drawable on this axis
        const bool log = span.axis->scaleType() == QCPAxis::stLogarithmic;
        if (span.lower == span.upper) {
            // One value: a range around it, as QCustomPlot gives a single point.
            span.lower = log ? span.lower / 2 : span.lower - 0.5;
            span.upper = log ? span.upper * 2 : span.upper + 0.5;
        }
        if (span.axis == m_plot->yAxis || span.axis == m_plot->yAxis2) {
            if (log) {
                span.lower /= 1.5;
                span.upper *= 3;
            } else {
                span.lower = std::min(0.0, span.lower);
                span.upper += 0.08 * (span.upper - span.lower);
            }
        }
        framed.append(span);
    }
    for (const AxisSpan &own : drawing.spans) {
        auto it = std::find_if(framed.begin(), framed.end(),
                               [&own](const AxisSpan &s) { return s.axis == own.axis; });
        if (it != framed.end())
            *it = own;
        else
            framed.append(own);
    }
    return framed;
}

void ChartView::drawReference(const Drawing &pinned)
{
    // Each axis spans what the chart frames for A and for B (a cap, a margin, a log floor:
    // each chart's own framing, from its drawing).
    for (const AxisSpan &span : framing(pinned)) {
        QCPRange united = span.axis->range();
        united.expand(QCPRange(span.lower, span.upper));
        span.axis->setRange(united);
    }
    int used = 0;
    for (const Series &series : pinned.series) {
        QCPAbstractPlottable *own = series.plottable;
        // A series A shares with B (the same list prices, the same requests) is drawn once;
        // one only A has (B's prices leave no loss, say) is drawn all the same.
        if (series.keys.isEmpty() || series.name.isEmpty() || sameData(own, series))
            continue;
        if (used >= m_shadowGraphs.size())
            m_shadowGraphs.append(m_plot->addGraph());
        QCPGraph *shadow = m_shadowGraphs[used++];
        shadow->setKeyAxis(own->keyAxis());
        shadow->setValueAxis(own->valueAxis());
        QPen pen = own->pen();
        if (const QVariant base = own->property("tceBaseWidth"); base.isValid())
            pen.setWidthF(base.toDouble()); // the unscaled width; scaled below like any series
        pen.setStyle(Qt::DashLine);
        pen.setColor(theme::withAlpha(pen.color(), 170));
        shadow->setPen(pen);
        shadow->setProperty("tceBaseWidth", QVariant()); // its width follows the pen it copies
        shadow->setBrush(Qt::NoBrush);
        if (const auto *graph = qobject_cast<const QCPGraph *>(own)) {
            shadow->setLineStyle(graph->lineStyle());
            shadow->setScatterStyle(graph->scatterStyle());
        } else {
            // Bars (histograms, ratios) come back as a dashed outline of A's bars.
            shadow->setLineStyle(QCPGraph::lsStepCenter);
            shadow->setScatterStyle(QCPScatterStyle());
        }
        shadow->setName(tr("A: %1").arg(series.name));
        shadow->setData(series.keys, series.values);
        shadow->setVisible(true);
    }
    if (used == 0)
        return;
    if (!m_referenceKey) {
        m_referenceKey = m_plot->addGraph();
        m_referenceKey->setProperty("tceLegendOrder", 1e9); // last
        m_referenceKey->setBrush(Qt::NoBrush);
    }
    m_referenceKey->setPen(
        QPen(theme::withAlpha(palette().color(QPalette::Text), 170), 2, Qt::DashLine));
    m_referenceKey->setName(tr("Dashed: A, the pinned scenario"));
    m_referenceKey->setVisible(true);
}

bool ChartView::sameData(QCPAbstractPlottable *plottable, const Series &series)
{
    const QCPPlottableInterface1D *data = plottable->interface1D();
    if (!data || data->dataCount() != series.keys.size())
        return false;
    // As sets of points: the plot keeps its data sorted by key, a series may not be.
    QList<std::pair<double, double>> drawn, pinned;
    for (int i = 0; i < data->dataCount(); ++i) {
        drawn.append({data->dataMainKey(i), data->dataMainValue(i)});
        pinned.append({series.keys[i], series.values[i]});
    }
    std::sort(drawn.begin(), drawn.end());
    std::sort(pinned.begin(), pinned.end());
    return drawn == pinned;
}

void ChartView::resetView()
{
    m_plot->rescaleAxes(true);
    for (QCPAxis *axis : {m_plot->yAxis, m_plot->yAxis2}) {
        if (!axis->visible())
            continue;
        QCPRange r = axis->range();
        if (axis->scaleType() == QCPAxis::stLinear) {
            r.lower = std::min(0.0, r.lower);
            r.upper += 0.08 * (r.upper - r.lower);
        } else {
            r.lower /= 1.5;
            r.upper *= 3;
        }
        axis->setRange(r);
    }
}

QBrush ChartView::fill(const QColor &accent, int alpha) const
{
    return QBrush(theme::tint(accent, palette().color(QPalette::Base), alpha));
}

void ChartView::clearAnnotations()
{
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
        QCPAbstractItem *item = m_plot->item(i);
        if (item != m_tracer && item != m_tracerLabel)
            m_plot->removeItem(item);
    }
}

void ChartView::addMissingEnergyNote(const QString &hardwareName)
{
    auto *note = new QCPItemText(m_plot);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.5, 0.4);
    note->setText(tr("The hardware file gives no board and idle power for %1:\nno energy figures")
                      .arg(hardwareName));
    note->setColor(palette().color(QPalette::Text));
}

void ChartView::addMissingPriceNote(const Scenario &s)
{
    if (s.price.gpuHourUsd > 0)
        return;
    auto *note = new QCPItemText(m_plot);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setCoords(0.5, 0.4);
    note->setText(tr("No GPU-hour price for %1: its GPU time counts as $0 here.\nSet one under "
                     "Prices.")
                      .arg(s.hardware.name));
    note->setColor(theme::limit());
    note->setBrush(theme::withAlpha(palette().color(QPalette::Base), 230));
    note->setPen(QPen(theme::limit(), 1));
    note->setPadding(QMargins(8, 4, 8, 4));
    note->setLayer(QStringLiteral("legend")); // above the bars and the marker labels
}

void ChartView::addVerticalMarker(double x, const QColor &color, const QString &label,
                                  Qt::PenStyle style, QCPAxis *keyAxis, QCPAxis *valueAxis)
{
    keyAxis = keyAxis ? keyAxis : m_plot->xAxis;
    valueAxis = valueAxis ? valueAxis : m_plot->yAxis;
    auto *line = new QCPItemStraightLine(m_plot);
    line->setPen(QPen(color, 1.6, style));
    line->point1->setAxes(keyAxis, valueAxis);
    line->point2->setAxes(keyAxis, valueAxis);
    line->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    if (label.isEmpty())
        return;
    auto *text = new QCPItemText(m_plot);
    text->position->setAxes(keyAxis, valueAxis);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // Rotated to read upwards from the bottom, just right of the line: clear of the legend.
    text->position->setCoords(x, 0.985);
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setRotation(-90);
    text->setBrush(theme::withAlpha(palette().color(QPalette::Base), 200));
    text->setText(label);
    text->setProperty(kFullLabel, label);
    text->setColor(color);
    text->setPadding(QMargins(2, 2, 4, 2));
    QFont font = text->font();
    font.setBold(true);
    text->setFont(font);
}

void ChartView::fitMarkerLabels()
{
    const QRect plotArea = m_plot->axisRect()->rect();
    const double full = plotArea.height() * 0.97 - 8;
    // A label that runs up into the legend (in an upper corner) stops below it.
    QRect legend;
    if (m_plot->legend->visible() && m_plot->legend->itemCount() > 0 &&
        m_plot->legend->outerRect().top() < plotArea.center().y())
        legend = m_plot->legend->outerRect();
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        auto *text = qobject_cast<QCPItemText *>(m_plot->item(i));
        if (!text || text->rotation() == 0 || !text->property(kFullLabel).isValid())
            continue;
        const QStringList lines = text->property(kFullLabel).toString().split(QLatin1Char('\n'));
        const QFontMetricsF metrics(text->font());
        const double left = text->position->pixelPosition().x();
        const double right = left + lines.size() * metrics.lineSpacing() + 8;
        const bool underLegend =
            !legend.isEmpty() && right >= legend.left() && left <= legend.right();
        const double available =
            underLegend ? std::min(full, double(plotArea.bottom() - legend.bottom()) - 8) : full;
        QStringList fitted;
        for (const QString &line : lines)
            fitted << metrics.elidedText(line, Qt::ElideRight, std::max(0.0, available));
        text->setText(fitted.join(QLatin1Char('\n')));
    }
}

void ChartView::addHorizontalMarker(double y, const QColor &color, const QString &label,
                                    QCPAxis *valueAxis)
{
    valueAxis = valueAxis ? valueAxis : m_plot->yAxis;
    auto *line = new QCPItemStraightLine(m_plot);
    line->setPen(QPen(color, 1.8, Qt::SolidLine));
    line->point1->setAxes(m_plot->xAxis, valueAxis);
    line->point2->setAxes(m_plot->xAxis, valueAxis);
    line->point1->setTypeX(QCPItemPosition::ptAxisRectRatio);
    line->point2->setTypeX(QCPItemPosition::ptAxisRectRatio);
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    if (label.isEmpty())
        return;
    auto *text = new QCPItemText(m_plot);
    text->position->setAxes(m_plot->xAxis, valueAxis);
    text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(0.99, y);
    text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    text->setText(label);
    text->setColor(color);
    text->setBrush(theme::withAlpha(palette().color(QPalette::Base), 200));
    text->setPadding(QMargins(3, 1, 3, 1));
    QFont font = text->font();
    font.setBold(true);
    text->setFont(font);
}

void ChartView::addPointLabel(double x, double y, const QString &label, const QColor &color,
                              QCPAxis *valueAxis)
{
    valueAxis = valueAxis ? valueAxis : m_plot->yAxis;
    auto *text = new QCPItemText(m_plot);
    text->position->setAxes(m_plot->xAxis, valueAxis);
    text->position->setCoords(x, y);
    // Left of points in the right third of the plot, so that the label stays inside. From
    // the axis range, not pixels: a chart that was never shown has no geometry yet.
    const QCPRange range = m_plot->xAxis->range();
    const bool log =
        m_plot->xAxis->scaleType() == QCPAxis::stLogarithmic && range.lower > 0 && x > 0;
    const double fraction = log ? std::log(x / range.lower) / std::log(range.upper / range.lower)
                                : (x - range.lower) / std::max(range.size(), 1e-300);
    const bool left = fraction > 0.66;
    text->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
    // Padding offsets the text from the marker; no background, which would cover it.
    text->setPadding(left ? QMargins(0, 0, 12, 8) : QMargins(12, 0, 0, 8));
    text->setText(label);
    text->setColor(color);
    QFont font = text->font();
    font.setBold(true);
    text->setFont(font);
}

void ChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

bool ChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        switch (event->type()) {
        case QEvent::MouseMove:
            updateTracer(static_cast<QMouseEvent *>(event)->position());
            break;
        case QEvent::Leave:
            m_tracer->setVisible(false);
            m_tracerLabel->setVisible(false);
            m_plot->replot(QCustomPlot::rpQueuedReplot);
            emit statusMessage(QString());
            break;
        case QEvent::MouseButtonDblClick:
            for (const AxisSpan &span : std::as_const(m_framed))
                span.axis->setRange(span.lower, span.upper);
            m_plot->replot();
            return true;
        case QEvent::PaletteChange:
            invalidate();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ChartView::tracerTextAt(const QPointF &pixel)
{
    updateTracer(pixel);
    return m_tracerLabel->visible() ? m_tracerLabel->text() : QString();
}

void ChartView::updateTracer(const QPointF &pixel)
{
    // The data point nearest to the mouse, in pixels, over every named series (lines, bars).
    QCPAbstractPlottable *best = nullptr;
    double bestKey = 0, bestValue = 0;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = m_plot->plottable(i);
        QCPPlottableInterface1D *data = plottable->interface1D();
        if (!data || !plottable->visible() || data->dataCount() == 0 || plottable->name().isEmpty())
            continue;
        // A curve (a load sweep) is ordered by its parameter, not by x: all its few points.
        const bool byKey = !qobject_cast<QCPCurve *>(plottable);
        const double key = plottable->keyAxis()->pixelToCoord(pixel.x());
        int index = byKey ? data->findBegin(key, true) : 0;
        const int steps = byKey ? 3 : data->dataCount();
        for (int step = 0; step < steps && index < data->dataCount(); ++step, ++index) {
            const double k = data->dataMainKey(index);
            const double v = data->dataMainValue(index);
            const QPointF at = plottable->coordsToPixels(k, v);
            const double distance = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = plottable;
                bestKey = k;
                bestValue = v;
            }
        }
    }
    if (!best || bestDistance > 60) {
        m_tracer->setVisible(false);
        m_tracerLabel->setVisible(false);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const QString text =
        QStringLiteral("%1\n%2\n%3")
            .arg(best->name(), formatX(bestKey), formatY(best->valueAxis(), bestValue));
    m_tracer->position->setAxes(best->keyAxis(), best->valueAxis());
    m_tracer->position->setCoords(bestKey, bestValue);
    m_tracer->setVisible(true);
    m_tracerLabel->position->setType(QCPItemPosition::ptAbsolute);
    const QPointF at = best->coordsToPixels(bestKey, bestValue);
    // Keep the label inside the plot: flip it to the left of the point near the right edge.
    const bool flip = at.x() > m_plot->axisRect()->right() - 220;
    m_tracerLabel->setPositionAlignment((flip ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
    m_tracerLabel->position->setCoords(at.x() + (flip ? -10 : 10), std::max(at.y() - 10, 70.0));
    m_tracerLabel->setText(text);
    m_tracerLabel->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit statusMessage(QString(text).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    emit explanationChanged(explain(best, bestKey, bestValue));
}

} // namespace tce
