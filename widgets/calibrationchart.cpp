#include "calibrationchart.h"

#include "calibration.h"
#include "charttheme.h"
#include "units.h"

#include <qcustomplot.h>

#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace tce {

namespace {

constexpr MeasuredMetric kMetrics[] = {
    MeasuredMetric::DecodeTokensPerSecond, MeasuredMetric::ItlMilliseconds,
    MeasuredMetric::ThroughputTokensPerSecond, MeasuredMetric::PrefillTokensPerSecond,
    MeasuredMetric::TtftMilliseconds};

// Okabe-Ito colours, as the other charts use: decode's kin in warm colours and green, the
// prompt's in blues, so that the two kinds of error read apart at a glance.
QColor colorOf(MeasuredMetric metric)
{
    switch (metric) {
    case MeasuredMetric::DecodeTokensPerSecond:
        return theme::output();
    case MeasuredMetric::ItlMilliseconds:
        return theme::limit();
    case MeasuredMetric::ThroughputTokensPerSecond:
        return theme::revenue();
    case MeasuredMetric::PrefillTokensPerSecond:
        return theme::input();
    case MeasuredMetric::TtftMilliseconds:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    }
    return theme::weights();
}

QString labelOf(MeasuredMetric metric)
{
    switch (metric) {
    case MeasuredMetric::DecodeTokensPerSecond:
        return CalibrationChart::tr("Decode speed (tok/s)");
    case MeasuredMetric::ItlMilliseconds:
        return CalibrationChart::tr("Inter-token latency (ms)");
    case MeasuredMetric::ThroughputTokensPerSecond:
        return CalibrationChart::tr("Batch throughput (tok/s)");
    case MeasuredMetric::PrefillTokensPerSecond:
        return CalibrationChart::tr("Prompt speed (tok/s)");
    case MeasuredMetric::TtftMilliseconds:
        return CalibrationChart::tr("Time to first token (ms)");
    }
    return {};
}

bool inMilliseconds(MeasuredMetric metric)
{
    return metric == MeasuredMetric::TtftMilliseconds || metric == MeasuredMetric::ItlMilliseconds;
}

QString valueText(MeasuredMetric metric, double value)
{
    return inMilliseconds(metric) ? units::seconds(value / 1e3) : units::tokensPerSecond(value);
}

// Decades labelled as numbers (the unit differs from row to row).
class NumberLogTicker : public QCPAxisTickerLog
{
public:
    NumberLogTicker()
    {
        setLogBase(10);
        setSubTickCount(8);
    }

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        const units::TickStep step(tick);
        return units::number(tick);
    }
};

QCPGraph *addScatter(QCustomPlot *plot, const QString &name, const QCPScatterStyle &style)
{
    QCPGraph *graph = plot->addGraph();
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(style);
    return graph;
}

QCPGraph *addLine(QCustomPlot *plot, const QString &name, const QPen &pen, double from, double to,
                  double factor)
{
    QCPGraph *graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(pen);
    graph->setData({from, to}, {from * factor, to * factor}, true);
    return graph;
}

} // namespace

CalibrationChart::CalibrationChart(QWidget *parent)
    : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(420, 320);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new NumberLogTicker));
    }
    // The legend sits right of the plot, so that it never covers a point however they fall.
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    // At the top of a column of its own, with empty room below it.
    auto *side = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 1, side);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, m_plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(m_plot));
    side->setRowStretchFactor(0, 0.001);
    side->setMargins(QMargins(4, 12, 10, 4));
    m_plot->legend->setMargins(QMargins(6, 4, 6, 4));
    m_plot->legend->setLayer(QStringLiteral("legend"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setAccessibleName(tr("Calibration chart"));
}

CalibrationChart::~CalibrationChart() = default;

void CalibrationChart::setCalibration(const Calibration &calibration)
{
    m_points.clear();
    for (const CalibratedRow &r : calibration.rows) {
        const Measurement &m = r.c.measurement;
        m_points.append(Point{r.file, m.line, r.c.scenario.model.name, r.c.scenario.hardware.name,
                              int(m.metric), m.value, r.before, r.after});
    }
    rebuild();
}

void CalibrationChart::rebuild()
{
    m_plot->clearGraphs();
    m_identity = nullptr;
    const QPalette &p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);

    double lo = std::numeric_limits<double>::infinity();
    double hi = 0;
    for (const Point &point : std::as_const(m_points)) {
        for (double v : {point.measured, point.before, point.after}) {
            if (v > 0 && std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (hi <= 0) {
        lo = 1;
        hi = 1000;
    }
    // Half a decade of room: a point on the edge would sit on the axis.
    lo /= 2;
    hi *= 2;

    // The reference lines first, so that the points are drawn over them.
    m_identity = addLine(m_plot, tr("Predicted = measured"), QPen(text, 1.2), lo, hi, 1);
    const QPen band(theme::neutral(), 1.4, Qt::DashLine);
    addLine(m_plot, tr("±15%"), band, lo, hi, 1.15);
    QCPGraph *under = addLine(m_plot, QString(), band, lo, hi, 0.85);
    under->removeFromLegend();

    for (MeasuredMetric metric : kMetrics) {
        QVector<double> measured, before, after;
        for (const Point &point : std::as_const(m_points)) {
            if (point.metric == int(metric)) {
                measured << point.measured;
                before << point.before;
                after << point.after;
            }
        }
        if (measured.isEmpty())
            continue;
        const QColor color = colorOf(metric);
        QCPGraph *was =
            addScatter(m_plot, QString(),
                       QCPScatterStyle(QCPScatterStyle::ssCircle,
                                       QPen(theme::tint(color, base, 150), 1.3), Qt::NoBrush, 8));
        was->setData(measured, before);
        was->removeFromLegend();
        QCPGraph *fitted =
            addScatter(m_plot, labelOf(metric),
                       QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(color, 1), color, 7));
        fitted->setData(measured, after);
        fitted->setProperty("afterFit", true);
    }
    // A key to the two kinds of point, in the legend only.
    const QColor key = theme::weights();
    addScatter(m_plot, tr("Before the fit"),
               QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(theme::tint(key, base, 150), 1.3),
                               Qt::NoBrush, 8));
    addScatter(m_plot, tr("After the fit"),
               QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(key, 1), key, 7));

    m_plot->xAxis->setRange(lo, hi);
    m_plot->yAxis->setRange(lo, hi);
    m_plot->xAxis->setLabel(tr("Measured (tok/s or ms, each row in its metric's unit)"));
    m_plot->yAxis->setLabel(tr("Predicted (in the same unit)"));

    m_plot->setBackground(base);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis})
        theme::styleAxis(axis, p, font());
    m_plot->legend->setFont(font());
    m_plot->legend->setTextColor(text);
    m_plot->legend->setBrush(base);
    m_plot->legend->setBorderPen(QPen(theme::withAlpha(text, 80)));
    m_plot->replot();
}

int CalibrationChart::pointsAfterFit() const
{
    int points = 0;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        if (m_plot->graph(i)->property("afterFit").toBool())
            points += m_plot->graph(i)->dataCount();
    }
    return points;
}

bool CalibrationChart::hasIdentityLine() const
{
    return m_identity && m_identity->dataCount() == 2;
}

QString CalibrationChart::rowText(const Point &point, bool afterFit) const
{
    const auto metric = MeasuredMetric(point.metric);
    return tr("%1, line %2\n%3 on %4\n%5: measured %6\npredicted %7 after the fit, %8 before\n"
              "(this point: %9)")
        .arg(point.file, QString::number(point.line), point.model, point.hardware,
             metricName(metric), valueText(metric, point.measured), valueText(metric, point.after),
             valueText(metric, point.before),
             afterFit ? tr("after the fit") : tr("before the fit"));
}

QString CalibrationChart::rowTextAt(const QPointF &pixel) const
{
    // The nearest point within reach of the cursor; after-fit points win a tie (drawn on top).
    constexpr double reach = 8;
    double best = reach * reach;
    QString text;
    for (const Point &point : m_points) {
        for (bool afterFit : {true, false}) {
            const QPointF at(m_plot->xAxis->coordToPixel(point.measured),
                             m_plot->yAxis->coordToPixel(afterFit ? point.after : point.before));
            const QPointF d = at - pixel;
            const double distance = d.x() * d.x() + d.y() * d.y();
            if (distance < best) {
                best = distance;
                text = rowText(point, afterFit);
            }
        }
    }
    return text;
}

bool CalibrationChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::MouseMove) {
        auto *move = static_cast<QMouseEvent *>(event);
        const QString text = rowTextAt(move->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(move->globalPosition().toPoint(), text, m_plot);
    }
    return QWidget::eventFilter(watched, event);
}

void CalibrationChart::changeEvent(QEvent *event)
{
    // Colours follow a dark palette, type the font, labels the language.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace tce
