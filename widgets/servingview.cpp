#include "servingview.h"

#include "charttheme.h"
#include "evaluation.h"
#include "servingloadtext.h"
#include "servingsnapshot.h"
#include "servingsweep.h"
#include "units.h"

#include <QApplication>
#include <QMouseEvent>

#include <qcustomplot.h>

#include <array>
#include <cmath>
#include <limits>

namespace tce {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// How close (pixels) a press must be to the scenario's load to pick it up.
constexpr double kGrabPixels = 14;

// The four latencies of a result, in the order of the curves.
std::array<double, 4> latencies(const ServingResult &r)
{
    return {r.ttft.p50, r.ttft.p99, r.itl.p50, r.itl.p99};
}

} // namespace

ServingView::ServingView(QWidget *parent)
    : ServingChartView(parent)
{
    struct Style
    {
        QColor color;
        Qt::PenStyle pen;
        QCPScatterStyle::ScatterShape shape;
    };
    const Style styles[] = {{theme::input(), Qt::SolidLine, QCPScatterStyle::ssCircle},
                            {theme::input(), Qt::DashLine, QCPScatterStyle::ssTriangle},
                            {theme::output(), Qt::SolidLine, QCPScatterStyle::ssCircle},
                            {theme::output(), Qt::DashLine, QCPScatterStyle::ssTriangle}};
    for (const Style &style : styles) {
        auto *curve = new QCPCurve(plot()->xAxis, plot()->yAxis);
        curve->setPen(QPen(style.color, 2.2, style.pen));
        curve->setScatterStyle(QCPScatterStyle(style.shape, style.color, 7));
        m_curves << curve;
    }
    m_goodput = plot()->addGraph();
    m_goodput->setLineStyle(QCPGraph::lsNone);
    m_goodput->setPen(QPen(theme::revenue(), 2.5));
    m_current = plot()->addGraph();
    m_current->setLineStyle(QCPGraph::lsNone);
    m_current->setPen(QPen(palette().color(QPalette::Text), 2.5));
    plot()->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Output tokens per second per GPU (more load →)"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("Latency"));
    enableLogToggle(true);
    applyTickers();
}

double ServingView::markerScale() const
{
    // The chart's font grows in presentation mode; the markers one drags grow with it.
    return font().pointSizeF() / QApplication::font().pointSizeF();
}

double ServingView::throughputPerGpu(const ServingResult &r) const
{
    return r.outputTokensPerSecond / std::max(1, m_gpus);
}

void ServingView::clearSeries()
{
    for (QCPCurve *curve : m_curves)
        curve->data()->clear();
    m_goodput->data()->clear();
    m_current->data()->clear();
}

void ServingView::rebuildServing(const Evaluation &e, const ServingSnapshot &s)
{
    m_gpus = e.scenario().serving.gpus;
    m_sweep = s.sweep;
    m_currentResult = s.current;
    // The knee only of a whole sweep: of the first points it would be the last one.
    m_knee = s.sweepComplete() ? kneeIndex(m_sweep) : -1;
    m_bestGoodput = -1;
    for (int i = 0; i < int(m_sweep.size()); ++i) {
        const double goodput = m_sweep[size_t(i)].goodputRequestsPerSecond;
        if (goodput > 0 && (m_bestGoodput < 0 ||
                            goodput > m_sweep[size_t(m_bestGoodput)].goodputRequestsPerSecond))
            m_bestGoodput = i;
    }
    const bool log = logScale();
    const QStringList names{tr("Time to first token, median"), tr("Time to first token, p99"),
                            tr("Inter-token latency, median"), tr("Inter-token latency, p99")};
    for (int c = 0; c < m_curves.size(); ++c) {
        QVector<double> t, x, y;
        for (size_t i = 0; i < m_sweep.size(); ++i) {
            const double latency = latencies(m_sweep[i])[size_t(c)];
            if (log && !(latency > 0))
                continue; // a single output token has no inter-token latency
            t << double(i);
            x << throughputPerGpu(m_sweep[i]);
            y << latency;
        }
        m_curves[c]->setName(names[c]);
        m_curves[c]->setData(t, x, y, true);
    }
    // Each point named by its clients, over the highest curve. Past the knee the points pile
    // up at one throughput, each higher than the last: there the name goes to the right.
    double previousX = 0;
    for (size_t i = 0; i < m_sweep.size(); ++i) {
        const double x = throughputPerGpu(m_sweep[i]);
        const bool crowded = previousX > 0 && x < previousX * 1.12;
        previousX = x;
        auto *label = new QCPItemText(plot());
        label->position->setCoords(x, m_sweep[i].ttft.p99);
        label->setPositionAlignment(crowded ? Qt::AlignLeft | Qt::AlignVCenter
                                            : Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(crowded ? QMargins(9, 0, 0, 0) : QMargins(0, 0, 0, 7));
        label->setText(units::count(m_sweep[i].load.concurrency));
        label->setColor(theme::neutral());
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        label->setFont(font);
    }

    m_goodput->data()->clear();
    m_goodput->setName(QString());
    if (m_bestGoodput >= 0) {
        m_goodput->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond,
                                                   QPen(theme::revenue(), 2.5), Qt::NoBrush,
                                                   17 * markerScale()));
        const ServingResult &best = m_sweep[size_t(m_bestGoodput)];
        m_goodput->setName(
            tr("Best goodput: %1 requests/s within the targets (%2)")
                .arg(units::number(best.goodputRequestsPerSecond), servingLoadText(best.load)));
        m_goodput->addData(throughputPerGpu(best), best.ttft.p99);
        m_goodput->addData(throughputPerGpu(best), best.itl.p99);
    }
    // Legend icons as tall as the markers, or they are cut in presentation mode.
    plot()->legend->setIconSize(32, int(std::ceil(18 * markerScale())));
    m_current->data()->clear();
    m_current->setName(QString());
    if (m_currentResult)
        markCurrentLoad(*m_currentResult);

    resetView();
    if (m_sweep.empty() && !m_currentResult) {
        plot()->xAxis->setRange(10, 1e5);
        plot()->yAxis->setRange(1e-3, 10);
    } else {
        QCPRange x = plot()->xAxis->range();
        plot()->xAxis->setRange(x.lower / 1.6, x.upper * 1.6);
    }
    const ServingLoad &load = e.scenario().load;
    QCPRange y = plot()->yAxis->range();
    for (double target : {load.sloTtftSeconds, load.sloItlSeconds}) {
        if (target > 0) {
            y.lower = std::min(y.lower, target / (log ? 2 : 1));
            y.upper = std::max(y.upper, target * (log ? 2 : 1.1));
        }
    }
    plot()->yAxis->setRange(y);
    if (load.sloTtftSeconds > 0)
        addHorizontalMarker(load.sloTtftSeconds, theme::limit(),
                            tr("TTFT target: %1").arg(units::seconds(load.sloTtftSeconds)));
    if (load.sloItlSeconds > 0)
        addHorizontalMarker(load.sloItlSeconds, theme::limit(),
                            tr("target between tokens (a request's mean): %1")
                                .arg(units::seconds(load.sloItlSeconds)));
    if (m_knee >= 0)
        addVerticalMarker(throughputPerGpu(m_sweep[size_t(m_knee)]), theme::neutral(),
                          tr("knee: %1").arg(servingLoadText(m_sweep[size_t(m_knee)].load)),
                          Qt::DashLine);
}

void ServingView::markCurrentLoad(const ServingResult &r)
{
    m_current->data()->clear();
    const QColor text = palette().color(QPalette::Text);
    m_current->setPen(QPen(text, 2.5));
    m_current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(text, 2.5),
                                               QBrush(palette().color(QPalette::Base)),
                                               15 * markerScale()));
    m_current->setName(tr("This load: %1 (drag it along the curves)").arg(servingLoadText(r.load)));
    for (double latency : latencies(r)) {
        if (latency > 0 || !logScale())
            m_current->addData(throughputPerGpu(r), latency);
    }
}

std::optional<QPointF> ServingView::currentLoadPixel() const
{
    if (!m_currentResult || m_current->data()->isEmpty())
        return std::nullopt;
    return m_current->coordsToPixels(throughputPerGpu(*m_currentResult), m_currentResult->ttft.p50);
}

int ServingView::concurrencyNearest(const QPointF &pixel) const
{
    int best = 0;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const ServingResult &r : m_sweep) {
        for (double latency : latencies(r)) {
            if (!(latency > 0) && logScale())
                continue;
            const QPointF at = m_curves.first()->coordsToPixels(throughputPerGpu(r), latency);
            const double distance = std::hypot(at.x() - pixel.x(), at.y() - pixel.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = r.load.concurrency;
            }
        }
    }
    return best;
}

bool ServingView::nearCurrentLoad(const QPointF &pixel) const
{
    for (auto it = m_current->data()->constBegin(); it != m_current->data()->constEnd(); ++it) {
        const QPointF at = m_current->coordsToPixels(it->key, it->value);
        if (std::hypot(at.x() - pixel.x(), at.y() - pixel.y()) <= kGrabPixels * markerScale())
            return true;
    }
    return false;
}

void ServingView::dragTo(const QPointF &pixel)
{
    const int concurrency = concurrencyNearest(pixel);
    if (concurrency <= 0 || concurrency == m_dragConcurrency)
        return;
    m_dragConcurrency = concurrency;
    // The point follows the mouse at once; the scenario's own result follows.
    for (const ServingResult &r : m_sweep) {
        if (r.load.concurrency == concurrency)
            markCurrentLoad(r);
    }
    plot()->replot(QCustomPlot::rpQueuedReplot);
    emit loadDragged(concurrency, true);
}

bool ServingView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == plot()) {
        // Not a static_cast: downcasting an event of another type is undefined (UBSan's vptr).
        const auto *mouse = dynamic_cast<const QMouseEvent *>(event);
        switch (mouse ? event->type() : QEvent::None) {
        case QEvent::MouseButtonPress:
            if (mouse->button() == Qt::LeftButton && nearCurrentLoad(mouse->position())) {
                // The press picks the point up instead of panning the plot.
                m_dragging = true;
                m_dragConcurrency = m_currentResult ? m_currentResult->load.concurrency : 0;
                plot()->setCursor(Qt::ClosedHandCursor);
                return true;
            }
            break;
        case QEvent::MouseMove:
            if (m_dragging) {
                dragTo(mouse->position());
                return true;
            }
            if (nearCurrentLoad(mouse->position()))
                plot()->setCursor(Qt::OpenHandCursor);
            else
                plot()->unsetCursor();
            break;
        case QEvent::MouseButtonRelease:
            if (m_dragging && mouse->button() == Qt::LeftButton) {
                m_dragging = false;
                plot()->unsetCursor();
                emit dragFinished();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return ServingChartView::eventFilter(watched, event);
}

QString ServingView::formatX(double x) const
{
    return tr("%1 per GPU").arg(units::tokensPerSecond(x));
}

QString ServingView::formatXTick(double x) const
{
    return units::number(x);
}

QString ServingView::formatY(const QCPAxis *, double y) const
{
    return units::seconds(y);
}

QString ServingView::explain(const QCPAbstractPlottable *plottable, double x, double y) const
{
    // The sweep point drawn at x.
    const ServingResult *at = nullptr;
    for (const ServingResult &r : m_sweep) {
        if (throughputPerGpu(r) == x)
            at = &r;
    }
    if (m_currentResult && throughputPerGpu(*m_currentResult) == x)
        at = &*m_currentResult;
    if (!at)
        return ChartView::explain(plottable, x, y);
    const QString load = servingLoadText(at->load);
    return tr("%1 at %2: %3. The replica runs %4 sequences at once on average (at most %5; the KV "
              "cache peaks at %6 of %7), emits %8 output tokens per second (%9 per GPU) and "
              "finishes %10 requests per second.")
               .arg(plottable->name(), load, formatY(plottable->valueAxis(), y),
                    units::number(at->meanRunning), units::count(at->maxRunning),
                    units::bytes(at->kvPeakBytes), units::bytes(at->kvCapacityBytes),
                    units::number(at->outputTokensPerSecond))
               .arg(units::number(throughputPerGpu(*at)), units::number(at->requestsPerSecond)) +
           QLatin1Char(' ') +
           tr("Time to first token %1 (median) to %2 (p99); between tokens %3 to %4; a whole "
              "request %5 (median).")
               .arg(units::seconds(at->ttft.p50), units::seconds(at->ttft.p99),
                    units::seconds(at->itl.p50), units::seconds(at->itl.p99),
                    units::seconds(at->e2e.p50));
}

QString ServingView::unitX() const
{
    return QStringLiteral("tokens/s per GPU");
}

QString ServingView::unitY(const QCPAxis *) const
{
    return QStringLiteral("s");
}

ChartView::Table ServingView::table() const
{
    Table t;
    const QString perSecond = QStringLiteral("requests/s");
    t.headers = {QStringLiteral("series"),
                 columnHeader(tr("Clients"), QStringLiteral("clients")),
                 columnHeader(tr("Output tokens per second per GPU"), unitX()),
                 columnHeader(tr("Time to first token, median"), QStringLiteral("s")),
                 columnHeader(tr("Time to first token, p99"), QStringLiteral("s")),
                 columnHeader(tr("Inter-token latency, median"), QStringLiteral("s")),
                 columnHeader(tr("Inter-token latency, p99"), QStringLiteral("s")),
                 columnHeader(tr("Requests per second"), perSecond),
                 columnHeader(tr("Goodput"), perSecond),
                 QStringLiteral("mark")};
    auto row = [&](const QString &series, const ServingResult &r, double clients,
                   const QString &mark) {
        t.rows << QList<Table::Cell>{series,
                                     clients,
                                     throughputPerGpu(r),
                                     r.ttft.p50,
                                     r.ttft.p99,
                                     r.itl.p50,
                                     r.itl.p99,
                                     r.requestsPerSecond,
                                     r.goodputRequestsPerSecond,
                                     mark};
    };
    for (int i = 0; i < int(m_sweep.size()); ++i) {
        QStringList marks;
        if (i == m_knee)
            marks << QStringLiteral("knee");
        if (i == m_bestGoodput)
            marks << QStringLiteral("best goodput");
        const ServingResult &r = m_sweep[size_t(i)];
        row(QStringLiteral("sweep"), r, r.load.concurrency, marks.join(QLatin1Char(' ')));
    }
    if (m_currentResult)
        row(QStringLiteral("this load"), *m_currentResult,
            m_currentResult->load.mode == LoadMode::Concurrency
                ? double(m_currentResult->load.concurrency)
                : kNaN,
            QString());
    return t;
}

} // namespace tce
