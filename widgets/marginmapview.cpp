#include "marginmapview.h"

#include "charttheme.h"
#include "evaluation.h"
#include "translatedtexts.h"
#include "units.h"
#include "workloadcost.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace tce {

namespace {

constexpr int kMaxScatter = 3000;

// Every step-th request is drawn (and exported).
size_t scatterStep(size_t requests)
{
    return std::max<size_t>(1, requests / kMaxScatter);
}

// The mix's requests as dots. Thousands of antialiased discs took 8 ms of each replot at full
// HD, more than the rest of the chart; yet they stay where they are while the batch, the
// prices or the model recolour the map under them. So the discs are drawn once into an image,
// exactly as QCPGraph draws them, and the image is drawn until a dot moves (new requests, a
// zoom, a resize) or their style changes. Exports draw the discs themselves, as before.
class RequestDots : public QCPGraph
{
public:
    RequestDots(QCPAxis *keyAxis, QCPAxis *valueAxis)
        : QCPGraph(keyAxis, valueAxis)
    {}

protected:
    void drawScatterPlot(QCPPainter *painter, const QVector<QPointF> &scatters,
                         const QCPScatterStyle &style) const override
    {
        applyScattersAntialiasingHint(painter);
        style.applyTo(painter, mPen);
        const bool antialiased = painter->antialiasing();
        painter->setAntialiasing(false); // drops QCPPainter's half-pixel shift
        const bool onScreen = !painter->modes().testFlag(QCPPainter::pmVectorized) &&
                              !painter->modes().testFlag(QCPPainter::pmNoCaching) &&
                              painter->transform().type() == QTransform::TxNone;
        if (!onScreen || scatters.isEmpty()) {
            painter->setAntialiasing(antialiased);
            QCPGraph::drawScatterPlot(painter, scatters, style);
            return;
        }
        const qreal ratio = painter->device()->devicePixelRatioF();
        if (scatters != m_scatters || painter->pen() != m_pen || painter->brush() != m_brush ||
            style.shape() != m_shape || style.size() != m_size || antialiased != m_antialiased ||
            ratio != m_ratio) {
            m_scatters = scatters;
            m_pen = painter->pen();
            m_brush = painter->brush();
            m_shape = style.shape();
            m_size = style.size();
            m_antialiased = antialiased;
            m_ratio = ratio;
            render(style);
        }
        painter->drawImage(QPointF(m_origin), m_image);
    }

private:
    void render(const QCPScatterStyle &style) const
    {
        double left = m_scatters.first().x(), right = left;
        double top = m_scatters.first().y(), bottom = top;
        for (const QPointF &p : m_scatters) {
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
        const double reach = m_size + m_pen.widthF() + 2;
        const QRect area =
            QRectF(QPointF(left - reach, top - reach), QPointF(right + reach, bottom + reach))
                .toAlignedRect();
        m_origin = area.topLeft();
        m_image = QImage(area.size() * m_ratio, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(m_ratio);
        m_image.fill(Qt::transparent);
        QCPPainter painter(&m_image);
        painter.translate(-area.topLeft());
        painter.setAntialiasing(m_antialiased);
        style.applyTo(&painter, mPen);
        for (const QPointF &p : m_scatters)
            style.drawShape(&painter, p);
    }

    mutable QVector<QPointF> m_scatters;
    mutable QPen m_pen;
    mutable QBrush m_brush;
    mutable QCPScatterStyle::ScatterShape m_shape = QCPScatterStyle::ssNone;
    mutable double m_size = 0;
    mutable bool m_antialiased = false;
    mutable qreal m_ratio = 1;
    mutable QImage m_image;
    mutable QPoint m_origin;
};

} // namespace

MarginMapView::MarginMapView(QWidget *parent)
    : ChartView(parent)
{
    // Axes in log10(tokens): the color map's cells are even in what the eye sees.
    m_map = new QCPColorMap(plot()->xAxis, plot()->yAxis);
    m_map->setInterpolate(false);
    m_scale = new QCPColorScale(plot());
    plot()->plotLayout()->addElement(0, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_texts.label(m_scale->axis(), QT_TR_NOOP("Margin per request (USD)"));
    m_map->setColorScale(m_scale);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, theme::limit());
    gradient.setColorStopAt(0.5, QColor(0xF4, 0xF4, 0xF4));
    gradient.setColorStopAt(1.0, theme::revenue());
    m_map->setGradient(gradient);
    auto *group = new QCPMarginGroup(plot());
    plot()->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);

    plot()->addGraph(); // break-even line
    plot()->graph(0)->setPen(QPen(palette().color(QPalette::Text), 2.4));
    new RequestDots(plot()->xAxis, plot()->yAxis); // graph(1)
    plot()->graph(1)->setLineStyle(QCPGraph::lsNone);
    plot()->graph(1)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 3));
    plot()->graph(1)->setPen(QPen(theme::withAlpha(theme::input(), 150)));
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Input tokens"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("Output tokens"));
    applyTickers();
}

QString MarginMapView::explain(const QCPAbstractPlottable *, double x, double y) const
{
    const Evaluation *e = evaluation();
    if (!e)
        return {};
    const auto I = std::llround(std::pow(10.0, x));
    const auto O = std::llround(std::pow(10.0, y));
    const double cost = e->requestCostUsd(I, O);
    const double revenue = e->requestRevenueUsd(I, O);
    return tr("A request of %1 input and %2 output tokens at batch %3 costs %4 of GPU time and "
              "brings in %5: "
              "margin %6.")
        .arg(units::tokens(double(I)), units::tokens(double(O)), units::count(e->workloadBatch()),
             units::usd(cost), units::usd(revenue), units::usd(revenue - cost));
}

QString MarginMapView::formatX(double x) const
{
    return tr("%1 input tokens").arg(units::tokens(std::pow(10.0, x)));
}
QString MarginMapView::formatXTick(double x) const
{
    return units::tokens(std::pow(10.0, x));
}
QString MarginMapView::formatY(const QCPAxis *axis, double y) const
{
    if (axis == plot()->yAxis)
        return tr("%1 output tokens").arg(units::tokens(std::pow(10.0, y)));
    return units::usd(y);
}
QString MarginMapView::unitX() const
{
    return QStringLiteral("tokens");
}
QString MarginMapView::unitY(const QCPAxis *) const
{
    return QStringLiteral("tokens");
}
double MarginMapView::minimumTickStep(const QCPAxis *axis) const
{
    return axis == plot()->xAxis || axis == plot()->yAxis ? 1 : 0; // decades
}

ChartView::Table MarginMapView::table() const
{
    Table t;
    t.headers = {QStringLiteral("series"), columnHeader(plot()->xAxis->label(), unitX()),
                 columnHeader(plot()->yAxis->label(), unitY(plot()->yAxis)),
                 columnHeader(tr("Margin per request"), QStringLiteral("USD")),
                 columnHeader(tr("Cost per request"), QStringLiteral("USD"))};
    const Evaluation *e = evaluation();
    if (!e)
        return t;
    const MarginGrid &g = e->marginGrid();
    const double none = std::numeric_limits<double>::quiet_NaN();
    for (Eigen::Index i = 0; i < g.inputTokens.size(); ++i) {
        for (Eigen::Index j = 0; j < g.outputTokens.size(); ++j)
            t.rows << QList<Table::Cell>{QStringLiteral("cell"), g.inputTokens[i],
                                         g.outputTokens[j], g.marginUsd(i, j), g.costUsd(i, j)};
    }
    for (Eigen::Index i = 0; i < g.inputTokens.size(); ++i) {
        if (g.lossFromOutputTokens[i] > 0)
            t.rows << QList<Table::Cell>{QStringLiteral("break-even"), g.inputTokens[i],
                                         g.lossFromOutputTokens[i], none, none};
    }
    if (const Workload *workload = e->workload()) {
        for (size_t i = 0; i < workload->size(); i += scatterStep(workload->size()))
            t.rows << QList<Table::Cell>{QStringLiteral("request"),
                                         double(workload->inputTokens[i]),
                                         double(workload->outputTokens[i]), none, none};
    }
    return t;
}

bool MarginMapView::drawsDifferently(const Evaluation &drawn, const Evaluation &next) const
{
    return !next.sameWorkloadResults(drawn);
}

ChartView::Drawing MarginMapView::drawing(const Evaluation &e) const
{
    const MarginGrid &g = e.marginGrid();
    QVector<double> lineX, lineY;
    for (Eigen::Index i = 0; i < g.inputTokens.size(); ++i) {
        if (g.lossFromOutputTokens[i] > 0) {
            lineX << std::log10(g.inputTokens[i]);
            lineY << std::log10(g.lossFromOutputTokens[i]);
        }
    }
    Drawing d;
    d.series.append({plot()->graph(0),
                     lineX.isEmpty() ? QString() : tr("Break-even: longer outputs lose money"),
                     lineX, lineY});
    QVector<double> requestX, requestY;
    if (const Workload *workload = e.workload()) {
        const size_t n = workload->size();
        const size_t step = scatterStep(n);
        for (size_t i = 0; i < n; i += step) {
            requestX << std::log10(double(std::max<int64_t>(1, workload->inputTokens[i])));
            requestY << std::log10(double(std::max<int64_t>(1, workload->outputTokens[i])));
        }
    }
    d.series.append(
        {plot()->graph(1),
         e.workload()
             ? tr("Requests of %1").arg(translatedDataText("WorkloadMix", e.workload()->name))
             : QString(),
         requestX, requestY});
    d.spans.append({plot()->xAxis, 0, std::log10(double(g.maxInputTokens))});
    d.spans.append({plot()->yAxis, 0, std::log10(double(g.maxOutputTokens))});
    return d;
}

void MarginMapView::rebuild(const Evaluation &e)
{
    clearAnnotations();
    const Scenario &s = e.workloadScenario();
    const MarginGrid &g = e.marginGrid();
    const auto maxInput = double(g.maxInputTokens);
    const auto maxOutput = double(g.maxOutputTokens);
    const Eigen::Index nx = g.inputTokens.size(), ny = g.outputTokens.size();
    m_map->data()->setSize(int(nx), int(ny));
    m_map->data()->setRange(QCPRange(0, std::log10(maxInput)), QCPRange(0, std::log10(maxOutput)));
    std::vector<double> magnitudes;
    magnitudes.reserve(size_t(nx * ny));
    for (Eigen::Index i = 0; i < nx; ++i) {
        for (Eigen::Index j = 0; j < ny; ++j) {
            m_map->data()->setCell(int(i), int(j), g.marginUsd(i, j));
            magnitudes.push_back(std::fabs(g.marginUsd(i, j)));
        }
    }
    // Symmetric around zero (white is break-even, red loses, green earns), saturated at the
    // 90th percentile of |margin| so that the extremes of the corners do not wash out the rest.
    std::nth_element(magnitudes.begin(), magnitudes.begin() + long(magnitudes.size() * 9 / 10),
                     magnitudes.end());
    const double extreme = std::max(1e-12, magnitudes[magnitudes.size() * 9 / 10]);
    m_map->setDataRange(QCPRange(-extreme, extreme));
    m_map->setName(
        tr("Margin at %1 in / %2 out per 1M")
            .arg(units::usd(s.price.inputUsdPerMillion), units::usd(s.price.outputUsdPerMillion)));

    plot()->graph(0)->setPen(QPen(palette().color(QPalette::Text), 2.4));
    showDrawing(drawing(e));
    m_scale->axis()->setTicker(plot()->yAxis2->ticker());
    addMissingPriceNote(s);
}

} // namespace tce
