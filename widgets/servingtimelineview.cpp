#include "servingtimelineview.h"

#include "charttheme.h"
#include "evaluation.h"
#include "servingloadtext.h"
#include "servingsnapshot.h"
#include "units.h"

#include <qcustomplot.h>

namespace tce {

ServingTimelineView::ServingTimelineView(QWidget *parent)
    : ServingChartView(parent)
{
    for (const QColor &color : {theme::output(), theme::input()}) {
        QCPGraph *graph = plot()->addGraph();
        graph->setPen(QPen(color, 2));
        // Each point is the mean over the stretch that ends at it.
        graph->setLineStyle(QCPGraph::lsStepRight);
    }
    QCPGraph *kv = plot()->addGraph(plot()->xAxis, plot()->yAxis2);
    kv->setPen(QPen(theme::weights(), 2, Qt::DashLine));
    kv->setLineStyle(QCPGraph::lsStepRight);
    plot()->yAxis2->setVisible(true);
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Time since the first request"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("Sequences running, requests waiting"));
    m_texts.label(plot()->yAxis2, QT_TR_NOOP("KV cache in use (% of capacity)"));
    applyTickers();
}

void ServingTimelineView::clearSeries()
{
    for (int i = 0; i < 3; ++i)
        plot()->graph(i)->data()->clear();
}

void ServingTimelineView::rebuildServing(const Evaluation &, const ServingSnapshot &s)
{
    clearSeries();
    QCPGraph *running = plot()->graph(0);
    QCPGraph *waiting = plot()->graph(1);
    QCPGraph *kv = plot()->graph(2);
    running->setName(tr("Sequences running (left)"));
    waiting->setName(tr("Requests waiting (left)"));
    kv->setName(tr("KV cache in use (right)"));
    if (!s.current) {
        plot()->xAxis->setRange(0, 60);
        plot()->yAxis->setRange(0, 16);
        plot()->yAxis2->setRange(0, 105);
        return;
    }
    const ServingResult &r = *s.current;
    QVector<double> t{0}, run{0}, wait{0}, used{0};
    for (const ServingTimelinePoint &p : r.timeline) {
        t << p.seconds;
        run << p.running;
        wait << p.waiting;
        used << (r.kvCapacityBytes > 0 ? 100 * p.kvBytes / r.kvCapacityBytes : 0);
    }
    running->setData(t, run, true);
    waiting->setData(t, wait, true);
    kv->setData(t, used, true);
    running->setName(tr("Sequences running at %1 (left; mean %2, at most %3)")
                         .arg(servingLoadText(r.load), units::number(r.meanRunning),
                              units::count(r.maxRunning)));
    resetView();
    plot()->xAxis->setRange(0, std::max(r.durationSeconds, t.last()));
    plot()->yAxis2->setRange(0, 105);
    // The steady state the statistics come from.
    if (r.windowEndSeconds > r.windowStartSeconds) {
        auto *window = new QCPItemRect(plot());
        window->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        window->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        window->topLeft->setCoords(r.windowStartSeconds, 0);
        window->bottomRight->setCoords(r.windowEndSeconds, 1);
        window->setPen(Qt::NoPen);
        window->setBrush(fill(theme::neutral(), 28));
        window->setLayer(QStringLiteral("background"));
        auto *label = new QCPItemText(plot());
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords((r.windowStartSeconds + r.windowEndSeconds) / 2, 0.99);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setText(tr("measured: after the warm-up, before the drain"));
        label->setColor(theme::neutral());
    }
}

QString ServingTimelineView::formatX(double x) const
{
    return units::seconds(x);
}

QString ServingTimelineView::formatXTick(double x) const
{
    // Seconds throughout: "1.17 min" beside "60 s" reads worse than "70 s".
    return tr("%1 s").arg(QLocale().toString(x, 'g', 7));
}

QString ServingTimelineView::formatY(const QCPAxis *axis, double y) const
{
    if (axis == plot()->yAxis2)
        return tr("%1 %").arg(units::number(y));
    return units::number(y);
}

QString ServingTimelineView::unitX() const
{
    return QStringLiteral("s");
}

QString ServingTimelineView::unitY(const QCPAxis *axis) const
{
    return axis == plot()->yAxis2 ? QStringLiteral("% of KV capacity") : QStringLiteral("count");
}

double ServingTimelineView::minimumTickStep(const QCPAxis *axis) const
{
    return axis == plot()->yAxis ? 1 : 0; // sequences and requests come whole
}

} // namespace tce
