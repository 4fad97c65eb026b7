#include "tokenrunsview.h"

#include "charttheme.h"
#include "evaluation.h"
#include "tokenruns.h"
#include "units.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

#include <qcustomplot.h>

#include <algorithm>
#include <limits>

namespace tce {

namespace {

// Rows from the top: the KV cache strip, the runs, then the participation row.
constexpr double kCacheRow = 1.6;
double runRow(int run)
{
    return -double(run);
}

} // namespace

TokenRunsView::TokenRunsView(QWidget *parent)
    : ChartView(parent)
{
    auto *inputLabel = new QLabel(this);
    m_texts.text(inputLabel, QT_TR_NOOP("Prompt"));
    m_input = new QSpinBox(this);
    m_input->setRange(1, 16);
    m_input->setValue(6);
    m_texts.toolTip(m_input, QT_TR_NOOP("Prompt tokens in this small example."));
    auto *outputLabel = new QLabel(this);
    m_texts.text(outputLabel, QT_TR_NOOP("Output"));
    m_output = new QSpinBox(this);
    m_output->setRange(1, 16);
    m_output->setValue(6);
    inputLabel->setBuddy(m_input);
    outputLabel->setBuddy(m_output);
    m_texts.toolTip(m_output,
                    QT_TR_NOOP("Output tokens: one run each (the prefill produces the first)."));
    m_playButton = new QToolButton(this);
    m_texts.text(m_playButton, QT_TR_NOOP("Play"));
    m_texts.toolTip(m_playButton, QT_TR_NOOP("Animate decoding: one more run every second."));
    auto *step = new QToolButton(this);
    m_texts.text(step, QT_TR_NOOP("Step"));
    m_texts.toolTip(step, QT_TR_NOOP("Show the next run."));
    auto *restartButton = new QToolButton(this);
    m_texts.text(restartButton, QT_TR_NOOP("Restart"));
    m_texts.toolTip(restartButton, QT_TR_NOOP("Back to the prefill."));
    for (QWidget *w : {static_cast<QWidget *>(inputLabel), static_cast<QWidget *>(m_input),
                       static_cast<QWidget *>(outputLabel), static_cast<QWidget *>(m_output),
                       static_cast<QWidget *>(m_playButton), static_cast<QWidget *>(step),
                       static_cast<QWidget *>(restartButton)})
        header()->addWidget(w);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &TokenRunsView::stepForward);
    connect(m_playButton, &QToolButton::clicked, this, [this] { playing() ? pause() : play(); });
    connect(step, &QToolButton::clicked, this, &TokenRunsView::stepForward);
    connect(restartButton, &QToolButton::clicked, this, &TokenRunsView::restart);
    auto lengthsChanged = [this] {
        setLengths(m_input->value(), m_output->value());
    };
    connect(m_input, &QSpinBox::valueChanged, this, lengthsChanged);
    connect(m_output, &QSpinBox::valueChanged, this, lengthsChanged);

    plot()->setInteractions({});
    plot()->legend->setVisible(false);
    m_texts.label(plot()->xAxis, QT_TR_NOOP("Tokens: whose key (blue prompt, orange output)"));
    m_texts.label(plot()->yAxis, QT_TR_NOOP("Runs"));
    plot()->xAxis->grid()->setVisible(false);
    plot()->yAxis->grid()->setVisible(false);
}

TokenRunsView::~TokenRunsView() = default;

QString TokenRunsView::formatX(double x) const
{
    return formatXTick(x);
}
QString TokenRunsView::formatXTick(double x) const
{
    const auto k = int64_t(std::llround(x));
    return k <= m_inputTokens ? tr("in %1").arg(k) : tr("out %1").arg(k - m_inputTokens);
}
QString TokenRunsView::formatY(const QCPAxis *, double y) const
{
    return QLocale().toString(y);
}
QString TokenRunsView::unitX() const
{
    return QStringLiteral("token");
}
QString TokenRunsView::unitY(const QCPAxis *) const
{
    return QStringLiteral("run");
}

void TokenRunsView::setLengths(int inputTokens, int outputTokens)
{
    const QSignalBlocker a(m_input), b(m_output);
    m_input->setValue(inputTokens);
    m_output->setValue(outputTokens);
    // New lengths show the whole request, unless decoding is being played.
    m_visibleRuns = playing() ? std::min(m_visibleRuns, outputTokens) : outputTokens;
    invalidate();
}

bool TokenRunsView::playing() const
{
    return m_clock->isActive();
}

void TokenRunsView::stepForward()
{
    m_visibleRuns = m_visibleRuns >= m_output->value() ? 1 : m_visibleRuns + 1;
    invalidate();
}

void TokenRunsView::play()
{
    m_clock->start();
    m_playButton->setText(tr("Pause"));
}

void TokenRunsView::pause()
{
    m_clock->stop();
    m_playButton->setText(tr("Play"));
}

void TokenRunsView::restart()
{
    m_visibleRuns = 1;
    invalidate();
}

ChartView::Table TokenRunsView::table() const
{
    Table t;
    t.headers = {QStringLiteral("series"),
                 columnHeader(tr("Run"), QStringLiteral("0 = prefill, r = decode step r")),
                 columnHeader(tr("Token position"), unitX()),
                 QStringLiteral("role"),
                 columnHeader(tr("Queries using its key"), QStringLiteral("queries")),
                 columnHeader(tr("Query-key dot products per head and layer"),
                              QStringLiteral("dot products")),
                 columnHeader(tr("Compute"), QStringLiteral("FLOP")),
                 columnHeader(tr("Memory moved"), QStringLiteral("bytes")),
                 columnHeader(tr("KV cache after the run"), QStringLiteral("tokens"))};
    const Evaluation *e = evaluation();
    if (!e)
        return t;
    const TokenRuns runs = tokenRuns(e->scenario(), m_input->value(), m_output->value());
    const int shown = std::clamp(m_visibleRuns, 1, int(runs.runs.size()));
    const double none = std::numeric_limits<double>::quiet_NaN();
    auto role = [&](int64_t position) {
        return position <= runs.inputTokens ? QStringLiteral("prompt") : QStringLiteral("output");
    };
    // The run's counters only on its own row.
    auto add = [&](const QString &series, double run, int64_t token, double uses,
                   const TokenRun *counters = nullptr) {
        t.rows << QList<Table::Cell>{series,
                                     run,
                                     token > 0 ? double(token) : none,
                                     token > 0 ? role(token) : QString(),
                                     uses,
                                     counters ? counters->dotProducts : none,
                                     counters ? counters->flops : none,
                                     counters ? counters->bytesMoved : none,
                                     counters ? double(counters->cachedAfter) : none};
    };
    for (int r = 0; r < shown; ++r) {
        add(QStringLiteral("run"), r, 0, none, &runs.runs[r]);
        for (int64_t k = 1; k <= runs.tokens(); ++k) {
            if (const int64_t uses = runs.uses(r, k))
                add(QStringLiteral("cell"), r, k, double(uses));
        }
    }
    for (int64_t k = 1; k <= runs.tokens(); ++k)
        add(QStringLiteral("key"), none, k, double(runs.participation[int(k - 1)]));
    return t;
}

bool TokenRunsView::drawsDifferently(const Evaluation &drawn, const Evaluation &next) const
{
    // The example has lengths of its own (the boxes above it), not the scenario's.
    Scenario s = drawn.scenario();
    s.inputTokens = next.scenario().inputTokens;
    s.outputTokens = next.scenario().outputTokens;
    return !(s == next.scenario());
}

void TokenRunsView::rebuild(const Evaluation &e)
{
    const TokenRuns t = tokenRuns(e.scenario(), m_input->value(), m_output->value());
    m_inputTokens = t.inputTokens;
    const int64_t T = t.tokens();
    const int runs = int(t.runs.size());
    m_visibleRuns = std::clamp(m_visibleRuns, 1, runs);
    clearAnnotations();
    const QColor text = palette().color(QPalette::Text);
    const int64_t maxUses = t.inputTokens; // the prefill's first key is used by every prompt query

    auto cell = [&](double x, double y, const QColor &fillColor, const QString &label,
                    const QColor &labelColor) {
        auto *rect = new QCPItemRect(plot());
        rect->topLeft->setCoords(x - 0.45, y + 0.42);
        rect->bottomRight->setCoords(x + 0.45, y - 0.42);
        rect->setBrush(QBrush(fillColor));
        rect->setPen(QPen(theme::withAlpha(text, 60)));
        if (label.isEmpty())
            return;
        auto *caption = new QCPItemText(plot());
        caption->position->setCoords(x, y);
        caption->setText(label);
        caption->setColor(labelColor);
    };

    // The runs so far: a cell per key a run uses, darker the more of its queries use it.
    for (int r = 0; r < m_visibleRuns; ++r) {
        for (int64_t k = 1; k <= T; ++k) {
            const int64_t uses = t.uses(r, k);
            if (uses == 0)
                continue;
            const QColor accent = k <= t.inputTokens ? theme::input() : theme::output();
            const int alpha = 70 + int(160.0 * double(uses) / double(maxUses));
            cell(double(k), runRow(r), fill(accent, alpha).color(), units::count(double(uses)),
                 alpha > 150 ? Qt::white : text);
        }
    }
    // The KV cache after the latest run.
    const TokenRun &latest = t.runs[m_visibleRuns - 1];
    for (int64_t k = 1; k <= T; ++k) {
        const bool cached = k <= latest.cachedAfter;
        cell(double(k), kCacheRow,
             cached ? fill(theme::weights(), 110).color() : palette().color(QPalette::Base),
             cached ? tr("KV") : QString(), text);
    }
    // How often each key is used over the whole request.
    const double participationRow = runRow(runs) - 0.6;
    for (int64_t k = 1; k <= T; ++k) {
        const int64_t uses = t.participation[int(k - 1)];
        const QColor accent = k <= t.inputTokens ? theme::input() : theme::output();
        cell(double(k), participationRow,
             fill(accent, 40 + int(150.0 * double(uses) /
                                   double(std::max<int64_t>(1, t.participation.first()))))
                 .color(),
             units::count(double(uses)), text);
    }

    // Counters of the latest run and the request so far.
    double dots = 0, flops = 0, bytes = 0;
    for (int r = 0; r < m_visibleRuns; ++r) {
        dots += t.runs[r].dotProducts;
        flops += t.runs[r].flops;
        bytes += t.runs[r].bytesMoved;
    }
    const QString runName =
        m_visibleRuns == 1
            ? tr("Run 1: the prefill of %1 prompt tokens").arg(t.inputTokens)
            : tr("Run %1: decode step at position %2").arg(m_visibleRuns).arg(latest.lastQuery);
    double outputMean = 0;
    for (int64_t j = 1; j <= t.outputTokens; ++j)
        outputMean += double(t.participation[int(t.inputTokens + j - 1)]);
    outputMean /= double(t.outputTokens);
    m_counters = tr("%1\n%2 query-key dot products per head and layer\n%3, %4 moved\n\n"
                    "So far (%5 of %6 runs): %7 dot products, %8, %9 moved\n"
                    "An output token's key is used by %10 runs on average:\n"
                    "about half of the %11 decode steps")
                     .arg(runName, units::count(latest.dotProducts), units::flops(latest.flops),
                          units::bytes(latest.bytesMoved))
                     .arg(m_visibleRuns)
                     .arg(runs)
                     .arg(units::count(dots), units::flops(flops), units::bytes(bytes),
                          units::number(outputMean, 2))
                     .arg(runs - 1);
    // Below the grid, in a row of the plot's layout of its own: it takes the height its lines
    // need (long in German, large in presentation mode) and never covers the cells.
    if (!m_countersElement) {
        m_countersElement = new QCPTextElement(plot());
        m_countersElement->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
        m_countersElement->setMargins(QMargins(8, 4, 8, 4));
        plot()->plotLayout()->addElement(1, 0, m_countersElement);
    }
    m_countersElement->setFont(plot()->xAxis->tickLabelFont());
    m_countersElement->setTextColor(text);
    m_countersElement->setText(m_counters);

    // Axes: one tick per token and per row.
    auto xTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (int64_t k = 1; k <= T; ++k)
        xTicks->addTick(double(k), formatXTick(double(k)));
    plot()->xAxis->setTicker(xTicks);
    auto yTicks = QSharedPointer<QCPAxisTickerText>::create();
    yTicks->addTick(kCacheRow, tr("KV cache"));
    yTicks->addTick(runRow(0), tr("prefill"));
    for (int r = 1; r < runs; ++r)
        yTicks->addTick(runRow(r), tr("step %1").arg(r));
    yTicks->addTick(participationRow, tr("uses of each key"));
    plot()->yAxis->setTicker(yTicks);
    plot()->xAxis->setRange(0.4, double(T) + 0.6);
    plot()->yAxis->setRange(participationRow - 0.6, kCacheRow + 0.6);
}

} // namespace tce
