#include "priceratioview.h"

#include "charttheme.h"
#include "evaluation.h"
#include "servingloadtext.h"
#include "servingsnapshot.h"
#include "units.h"

#include <qcustomplot.h>

#include <cmath>

namespace tce {

namespace {

// "Llama 3.1 70B Instruct Turbo (Together AI)" as "Llama 3.1 70B\nInstruct Turbo\n(Together AI)":
// the bracket on a line of its own, no line much longer than `width` characters.
QString wrappedName(const QString &name, qsizetype width = 19)
{
    QStringList lines;
    const qsizetype bracket = name.indexOf(QLatin1String(" ("));
    const QStringList parts =
        bracket > 0 ? QStringList{name.left(bracket), name.mid(bracket + 1)} : QStringList{name};
    for (const QString &part : parts) {
        QString line;
        for (const QString &word : part.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PriceRatioView::PriceRatioView(QWidget *parent)
    : ChartView(parent)
{
    m_bars = new QCPBars(plot()->xAxis, plot()->yAxis);
    m_bars->setPen(QPen(theme::output()));
    plot()->addGraph()->setPen(QPen(theme::limit(), 2.4));
    m_atLoad = new QCPBars(plot()->xAxis, plot()->yAxis);
    m_atLoad->setPen(QPen(theme::limit(), 1.5));
    m_texts.label(plot()->xAxis, QT_TR_NOOP("API list prices (catalog)"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("Output / input price ratio"));
    // Labels end at their bar and lean left: a label leaning right off the last bars runs
    // past the plot's edge, and QCustomPlot then leaves it out. Steep, so that the wrapped
    // names of neighbouring bars stay apart.
    plot()->xAxis->setTickLabelRotation(-60);
    enableLogToggle(true);
    applyTickers();
}

QString PriceRatioView::formatX(double x) const
{
    const int i = int(std::lround(x));
    return i == m_names.size() ? tr("Cost at the serving load") : m_names.value(i);
}
QString PriceRatioView::formatXTick(double x) const
{
    const int i = int(std::lround(x));
    return std::fabs(x - i) < 1e-6 ? m_names.value(i) : QString();
}
QString PriceRatioView::formatY(const QCPAxis *, double y) const
{
    return units::ratio(y);
}
QString PriceRatioView::explain(const QCPAbstractPlottable *, double x, double y) const
{
    const int index = int(std::lround(x));
    const Evaluation *e = evaluation();
    if (index == m_names.size() && serving() && serving()->current) {
        const ServingResult &r = *serving()->current;
        return tr("At the serving load the replica's GPU time, spread over the tokens it served, "
                  "comes to %1 per 1M output and %2 per 1M input tokens: %3. Each run's time is "
                  "split between its prompt and its output tokens by what bounds the run (FLOPs "
                  "or bytes). The static figure, one batch of one request shape, is %4.")
            .arg(units::usd(r.cost.perMillionOutput), units::usd(r.cost.perMillionInput),
                 units::ratio(y), e ? units::ratio(e->report().outputInputCostRatio) : QString());
    }
    QString prices;
    if (e && index >= 0 && index < e->listPriceRatios().size()) {
        const ListPriceRatio &p = e->listPriceRatios()[index];
        prices = tr("%1 output / %2 input per 1M")
                     .arg(units::usd(p.outputUsdPerMillion), units::usd(p.inputUsdPerMillion));
    }
    return tr("%1: %2 = %3. In the scenario an output token costs %4 an input token: %5 per 1M "
              "output / %6 per 1M input.")
        .arg(m_names.value(index), prices, units::ratio(y),
             e ? units::ratio(e->report().outputInputCostRatio) : QString(),
             e ? units::usd(e->report().usdPerMillionOutput) : QString(),
             e ? units::usd(e->report().usdPerMillionInput) : QString());
}

QString PriceRatioView::unitX() const
{
    return QStringLiteral("catalog entry");
}
QString PriceRatioView::unitY(const QCPAxis *) const
{
    return QStringLiteral("ratio");
}

ChartView::Table PriceRatioView::table() const
{
    Table t;
    const QString perMillion = QStringLiteral("USD per 1M tokens");
    t.headers = {QStringLiteral("series"), plot()->xAxis->label(),
                 columnHeader(tr("Input"), perMillion), columnHeader(tr("Output"), perMillion),
                 columnHeader(plot()->yAxis->label(), unitY(plot()->yAxis))};
    const Evaluation *e = evaluation();
    if (!e)
        return t;
    for (const ListPriceRatio &p : e->listPriceRatios())
        t.rows << QList<Table::Cell>{QStringLiteral("list price"), p.name, p.inputUsdPerMillion,
                                     p.outputUsdPerMillion, p.ratio};
    const CostReport &r = e->report();
    if (r.outputInputCostRatio > 0)
        t.rows << QList<Table::Cell>{QStringLiteral("cost"), e->scenario().model.name,
                                     r.usdPerMillionInput, r.usdPerMillionOutput,
                                     r.outputInputCostRatio};
    if (!m_atLoad->data()->isEmpty() && serving() && serving()->current) {
        const ServingCost &c = serving()->current->cost;
        t.rows << QList<Table::Cell>{QStringLiteral("cost at load"), e->scenario().model.name,
                                     c.perMillionInput, c.perMillionOutput, c.outputInputRatio};
    }
    return t;
}

ChartView::Drawing PriceRatioView::drawing(const Evaluation &e) const
{
    QVector<double> x, y;
    for (const ListPriceRatio &p : e.listPriceRatios()) {
        x << double(x.size());
        y << p.ratio;
    }
    const auto count = double(x.size());
    Drawing d;
    d.series.append({m_bars,
                     tr("Output price / input price, per API (%1 to %2)")
                         .arg(e.listPriceFirstYear(), e.listPriceLastYear()),
                     x, y, 0.7});
    // The scenario's cost ratio as a series (so a pinned scenario A is drawn beside it).
    const double implied = e.report().outputInputCostRatio;
    d.series.append({plot()->graph(0),
                     implied > 0 ? tr("Output / input cost here: %1 (%2, batch %3)")
                                       .arg(units::ratio(implied), e.scenario().model.name,
                                            units::count(e.scenario().serving.batch))
                                 : QString(),
                     {-0.7, count - 0.3},
                     {implied, implied}});
    d.spans.append({plot()->xAxis, -0.7, count - 0.3});
    // Room above the tallest bar or the cost line, whichever is higher, for the value on it.
    double top = implied;
    for (double ratio : y)
        top = std::max(top, ratio);
    d.spans.append(logScale() ? AxisSpan{plot()->yAxis, 0.5, top * 3}
                              : AxisSpan{plot()->yAxis, 0, std::max(top * 1.08, implied * 1.15)});
    return d;
}

void PriceRatioView::rebuild(const Evaluation &e)
{
    clearAnnotations();
    m_atLoad->data()->clear(); // drawn again below, after the axes fit the list prices
    m_names.clear();
    for (const ListPriceRatio &p : e.listPriceRatios())
        m_names << p.name;
    m_bars->setBrush(fill(theme::output(), 150));
    const Drawing d = drawing(e);
    showDrawing(d);
    // One labelled tick per bar, the name in short lines so that the labels stay compact,
    // and the ratio written on the bar.
    const QVector<double> &y = d.series.first().values;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < m_names.size(); ++i) {
        ticker->addTick(i, wrappedName(m_names[i]));
        auto *value = new QCPItemText(plot());
        value->position->setCoords(i, y[i]);
        value->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        value->setPadding(QMargins(1, 0, 1, 2));
        value->setText(units::ratio(y[i]));
        value->setColor(palette().color(QPalette::Text));
        QFont font = value->font();
        font.setBold(true);
        value->setFont(font);
    }
    // The ratio at the serving load (issue 13), as its own bar after the list prices; the
    // current scenario's only (a pinned A keeps no serving results).
    m_atLoad->setName(QString());
    const ServingResult *atLoad = serving() && serving()->current ? &*serving()->current : nullptr;
    if (atLoad && atLoad->cost.outputInputRatio > 0) {
        const double at = double(m_names.size());
        const double ratio = atLoad->cost.outputInputRatio;
        const QString load = servingLoadText(atLoad->load);
        m_atLoad->setWidth(0.7);
        m_atLoad->setBrush(fill(theme::limit(), 150));
        m_atLoad->setName(tr("Output / input cost at the serving load: %1 (%2, simulated)")
                              .arg(units::ratio(ratio), load));
        m_atLoad->addData(at, ratio);
        ticker->addTick(at, tr("Cost here\nat %1").arg(load));
        auto *value = new QCPItemText(plot());
        value->position->setCoords(at, ratio);
        value->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        value->setPadding(QMargins(1, 0, 1, 2));
        value->setText(units::ratio(ratio));
        value->setColor(palette().color(QPalette::Text));
        QFont font = value->font();
        font.setBold(true);
        value->setFont(font);
        plot()->xAxis->setRange(-0.7, at + 0.7);
        QCPRange r = plot()->yAxis->range();
        r.upper = std::max(r.upper, ratio * (logScale() ? 3 : 1.15));
        plot()->yAxis->setRange(r);
    }
    plot()->xAxis->setTicker(ticker);
}

} // namespace tce
