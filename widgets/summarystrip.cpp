#include "summarystrip.h"

#include "charttheme.h"
#include "evaluation.h"
#include "servingloadtext.h"
#include "servingsnapshot.h"
#include "units.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <climits>
#include <cmath>

namespace tce {

namespace {

// Makes a label's text selectable while the mouse is over it (and while a selection lasts).
// A selectable QLabel lays its text out in a QTextDocument, several times for each new text,
// and the strip's texts change at every step of a slider drag; a plain label draws the same
// pixels at the same size.
class SelectableUnderMouse : public QObject
{
public:
    explicit SelectableUnderMouse(QLabel *label)
        : QObject(label)
        , m_label(label)
    {
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label) {
            if (event->type() == QEvent::Enter)
                m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            else if (event->type() == QEvent::Leave && !m_label->hasSelectedText())
                m_label->setTextInteractionFlags(Qt::NoTextInteraction);
        }
        return false;
    }

private:
    QLabel *m_label;
};

void selectableUnderMouse(QLabel *label)
{
    new SelectableUnderMouse(label);
}

} // namespace

SummaryStrip::SummaryStrip(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
{
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    const QColor plain = palette().color(QPalette::WindowText);
    addTile(
        QStringLiteral("ttft"), QT_TR_NOOP("Time to first token"),
        QT_TR_NOOP("The prefill: one run over the whole prompt (all prompts of the prefill batch "
                   "together)."),
        theme::input(), true);
    addTile(
        QStringLiteral("speed"), QT_TR_NOOP("Decode speed"),
        QT_TR_NOOP(
            "Output tokens per second for one sequence, and for the whole batch. Each output token "
            "needs its own run over the model."),
        theme::output(), true);
    addTile(QStringLiteral("latency"), QT_TR_NOOP("Request latency"),
            QT_TR_NOOP("Time to first token plus every decode step of this request."), plain, true);
    addTile(QStringLiteral("kv"), QT_TR_NOOP("KV cache per token"),
            QT_TR_NOOP("Keys and values one token leaves in GPU memory, summed over the layers."),
            plain, false);
    addTile(QStringLiteral("fits"), QT_TR_NOOP("Memory"),
            QT_TR_NOOP("Whether the weights and the batch's KV cache fit in GPU memory, and how "
                       "many sequences "
                       "of this length would fit."),
            theme::limit(), false);
    addTile(QStringLiteral("cost-input"), QT_TR_NOOP("Input, per 1M tokens"),
            QT_TR_NOOP(
                "What a prompt token costs the provider: its share of the prefill run's GPU time."),
            theme::input(), true);
    addTile(
        QStringLiteral("cost-output"), QT_TR_NOOP("Output, per 1M tokens"),
        QT_TR_NOOP(
            "What an output token costs the provider: its share of one decode step's GPU time."),
        theme::output(), true);
    addTile(
        QStringLiteral("ratio"), QT_TR_NOOP("Output / input cost"),
        QT_TR_NOOP("How many times more an output token costs than an input token here, beside the "
                   "ratio of "
                   "the API's list prices."),
        theme::neutral(), true);
    addTile(QStringLiteral("request"), QT_TR_NOOP("Cost of one request"),
            QT_TR_NOOP("This request's share of the GPU bill: its share of the prefill plus its "
                       "share of every "
                       "decode step. Below it, the margin at the API price."),
            plain, true);
    addTile(QStringLiteral("energy"), QT_TR_NOOP("Energy of one request"),
            QT_TR_NOOP("What the GPUs draw for this request's share of its runs, between idle and "
                       "board power by how busy each run keeps them; below it, per output token "
                       "and the CO₂ at the grid intensity set under Caching, reasoning, "
                       "speculation, energy."),
            theme::revenue(), true);
    for (int i = 0; i < m_tiles.size(); ++i) {
        auto *frame = new QFrame(m_content);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(8, 4, 8, 4);
        box->setSpacing(0);
        box->addWidget(m_tiles[i].caption);
        box->addWidget(m_tiles[i].value);
        box->addWidget(m_tiles[i].detail);
        box->addWidget(m_tiles[i].comparison);
        box->addWidget(m_tiles[i].atLoad);
        box->addStretch(1);
        m_texts.add([frame, caption = m_tiles[i].caption](const auto &) {
            frame->setToolTip(caption->toolTip());
        });
        // Time and memory on the first row, money on the second.
        grid->addWidget(frame, i < 5 ? 0 : 1, i < 5 ? i : i - 5);
    }
    for (int column = 0; column < 5; ++column)
        grid->setColumnStretch(column, 1);
    m_warnings = new QLabel(m_content);
    m_warnings->setWordWrap(true);
    selectableUnderMouse(m_warnings);
    m_warnings->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(theme::limit().name()));
    m_warnings->hide();
    grid->addWidget(m_warnings, 2, 0, 1, 5);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(m_content->hasHeightForWidth());
    setSizePolicy(policy);
    m_hints = hints();
}

// The tiles lay themselves out in m_content; the window is asked to lay out again only when
// what its layout takes from the strip changes: the least size, and the height at the strip's
// width (a column takes the height of a height-for-width widget from that, not from its
// size hint). New values in the tiles change their texts at every step of a slider drag but
// seldom the strip's height, and a layout of the whole window (every chart's wrapped title,
// the docks) cost more than drawing the chart.
SummaryStrip::Hints SummaryStrip::hints() const
{
    return {m_content->minimumSizeHint(),
            m_content->hasHeightForWidth() ? m_content->heightForWidth(width()) : -1};
}

QSize SummaryStrip::sizeHint() const
{
    return m_content->sizeHint();
}

QSize SummaryStrip::minimumSizeHint() const
{
    return m_content->minimumSizeHint();
}

bool SummaryStrip::hasHeightForWidth() const
{
    return m_content->hasHeightForWidth();
}

int SummaryStrip::heightForWidth(int width) const
{
    return m_content->heightForWidth(width);
}

bool SummaryStrip::event(QEvent *event)
{
    // Posted when m_content's layout has changed (it has no parent layout to tell).
    if (event->type() == QEvent::LayoutRequest) {
        const Hints now = hints();
        if (now != m_hints) {
            m_hints = now;
            updateGeometry();
        }
    }
    return QWidget::event(event);
}

void SummaryStrip::resizeEvent(QResizeEvent *event)
{
    m_content->setGeometry(rect());
    m_hints = hints();
    QWidget::resizeEvent(event);
}

SummaryStrip::Tile &SummaryStrip::addTile(const QString &key, const char *caption,
                                          const char *tooltip, const QColor &accent,
                                          bool describesRun)
{
    Tile tile;
    tile.key = key;
    tile.describesRun = describesRun;
    tile.caption = new QLabel(this);
    QFont small = tile.caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    tile.caption->setFont(small);
    tile.caption->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(accent.name()));
    // Long captions (German) wrap instead of widening the tile past a 1366-pixel screen.
    tile.caption->setWordWrap(true);
    tile.value = new QLabel(QStringLiteral("–"), this);
    QFont big = tile.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    tile.value->setFont(big);
    selectableUnderMouse(tile.value);
    m_texts.add([label = tile.caption, value = tile.value, caption, tooltip](const auto &tr) {
        label->setText(tr(caption));
        label->setToolTip(tr(tooltip));
        value->setAccessibleName(tr(caption));
    });
    tile.detail = new QLabel(this);
    tile.detail->setFont(small);
    tile.detail->setWordWrap(true);
    tile.comparison = new QLabel(this);
    tile.comparison->setFont(small);
    tile.comparison->setWordWrap(true);
    selectableUnderMouse(tile.comparison);
    tile.comparison->hide();
    tile.atLoad = new QLabel(this);
    tile.atLoad->setFont(small);
    tile.atLoad->setWordWrap(true);
    selectableUnderMouse(tile.atLoad);
    tile.atLoad->setStyleSheet(QStringLiteral("font-weight: 600;"));
    tile.atLoad->hide();
    m_tiles.append(tile);
    return m_tiles.last();
}

void SummaryStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate(); // B's values follow with the next evaluation
        showReadings();
        showServing();
    }
    QWidget::changeEvent(event);
}

const SummaryStrip::Tile *SummaryStrip::tile(const QString &key) const
{
    for (const Tile &t : m_tiles) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

QString SummaryStrip::valueText(const QString &key) const
{
    const Tile *t = tile(key);
    return t ? t->value->text() : QString();
}

QString SummaryStrip::detailText(const QString &key) const
{
    const Tile *t = tile(key);
    return t ? t->detail->text() : QString();
}

QString SummaryStrip::comparisonText(const QString &key) const
{
    const Tile *t = tile(key);
    return t && m_reference ? t->comparison->text() : QString();
}

bool SummaryStrip::markedNotRunnable(const QString &key) const
{
    const Tile *t = tile(key);
    return t && t->describesRun && !m_notRunnable.isEmpty();
}

QString SummaryStrip::atLoadText(const QString &key) const
{
    const Tile *t = tile(key);
    return t && !t->atLoad->isHidden() ? t->atLoad->text() : QString();
}

void SummaryStrip::setServing(std::shared_ptr<const ServingSnapshot> serving)
{
    m_serving = std::move(serving);
    showServing();
}

void SummaryStrip::showServing()
{
    const ServingSnapshot *s = m_serving.get();
    const ServingResult *current = s && s->current ? &*s->current : nullptr;
    QString load = tr("at this load");
    if (current)
        load = tr("at %1").arg(servingLoadText(current->load));
    // The previous figures stay while new ones are on their way (no flicker during a drag).
    const QString tooltip =
        s && !s->error.isEmpty()
            ? tr("The serving simulation failed: %1").arg(s->error)
            : tr("The cost of the replica's GPU time at the load set under 'Load on the server', "
                 "spread over the tokens it served (the Serving and Timeline charts).");
    for (Tile &t : m_tiles) {
        const bool ratio = t.key == QLatin1String("ratio");
        const double ServingCost::*field =
            t.key == QLatin1String("cost-input")    ? &ServingCost::perMillionInput
            : t.key == QLatin1String("cost-output") ? &ServingCost::perMillionOutput
            : ratio                                 ? &ServingCost::outputInputRatio
                                                    : nullptr;
        if (!field)
            continue;
        QString value = tr("not simulated");
        if (current && ratio)
            value = units::ratio(current->cost.*field);
        else if (current)
            value = m_unpriced ? tr("–") : units::usd(current->cost.*field);
        else if (!s || s->pending)
            value = tr("simulating…");
        t.atLoad->setText(tr("%1: %2").arg(load, value));
        t.atLoad->setToolTip(tooltip);
        t.atLoad->setVisible(true);
    }
}

QString SummaryStrip::warningText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

void SummaryStrip::setEvaluation(const Evaluation &e)
{
    m_current = readings(e);
    m_notRunnable = notRunnableText(e);
    m_unpriced = e.scenario().price.gpuHourUsd <= 0;
    showReadings();
}

void SummaryStrip::setReference(std::shared_ptr<const Evaluation> reference)
{
    m_reference = std::move(reference);
    showReadings();
}

void SummaryStrip::setWarningTexts(const QStringList &texts)
{
    m_warnings->setText(texts.join(QLatin1Char('\n')));
    m_warnings->setVisible(!texts.isEmpty());
    showReadings(); // the marked tiles' tooltips quote them
}

QString SummaryStrip::notRunnableText(const Evaluation &e) const
{
    if (e.warnings().isEmpty())
        return {};
    switch (e.warnings().first().kind) {
    case ScenarioWarning::Kind::ExceedsContextWindow:
        return tr("does not run: too long for the model");
    case ScenarioWarning::Kind::WeightsDoNotFit:
        return tr("does not run: the weights do not fit");
    case ScenarioWarning::Kind::SequenceDoesNotFit:
        return tr("does not run: a sequence does not fit");
    case ScenarioWarning::Kind::BatchDoesNotFit:
        return tr("does not run: the batch does not fit");
    }
    return {};
}

QHash<QString, SummaryStrip::Reading> SummaryStrip::readings(const Evaluation &e) const
{
    const CostReport &r = e.report();
    const Scenario &s = e.scenario();
    const auto seconds = [](double v) {
        return units::seconds(v);
    };
    const auto usd = [](double v) {
        return units::usd(v);
    };
    QHash<QString, Reading> out;
    // English has no translation file: a count of one needs a source text of its own, while
    // translations give the counted texts their plural forms.
    const QString prefillDetail =
        r.prefillBatch == 1 ? tr("prefill of 1 prompt: %1, %2")
                            : tr("prefill of %Ln prompts: %1, %2", nullptr, r.prefillBatch);
    out.insert(QStringLiteral("ttft"),
               {units::seconds(r.ttftSeconds),
                prefillDetail.arg(units::flops(r.prefillFlops), r.prefillRun.bound == Bound::Compute
                                                                    ? tr("compute-bound")
                                                                    : tr("memory-bound")),
                r.ttftSeconds, seconds});
    out.insert(QStringLiteral("speed"),
               {units::tokensPerSecond(r.decodeTokensPerSecondPerSequence),
                tr("%1 for the batch of %2")
                    .arg(units::tokensPerSecond(r.decodeTokensPerSecond), units::count(r.batch)),
                r.decodeTokensPerSecondPerSequence, [](double v) {
                    return units::tokensPerSecond(v);
                }});
    const int64_t steps = r.runs - 1;
    const QString runs = steps == 0   ? tr("1 run: the prefill, no decode step")
                         : steps == 1 ? tr("2 runs: 1 prefill + 1 decode step")
                                      : tr("%1 runs: 1 prefill + %Ln decode steps", nullptr,
                                           int(std::min<int64_t>(steps, INT_MAX)))
                                            .arg(units::count(double(r.runs)));
    QString latency = runs;
    if (r.reasoningTokens > 0)
        latency += QStringLiteral(" · ") + tr("%1 hidden reasoning + %2 visible tokens")
                                               .arg(units::tokens(double(r.reasoningTokens)),
                                                    units::tokens(double(r.visibleOutputTokens)));
    out.insert(QStringLiteral("latency"),
               {units::seconds(r.requestSeconds), latency, r.requestSeconds, seconds});
    if (r.speculative.enabled)
        out[QStringLiteral("speed")].detail +=
            QStringLiteral(" · ") + tr("%1 faster by speculation (%2 tokens per run)")
                                        .arg(units::ratio(r.speculative.speedup),
                                             units::number(r.speculative.tokensPerRun));
    // Issue 14: each time figure with how far the engine's numbers for this class of hardware
    // were off on GPUs their fit did not see.
    const ProfileAccuracy &accuracy = s.serving.engine.accuracy;
    const auto band = [this](double error) {
        return error > 0
                   ? tr("±%1% on GPUs not in the fit").arg(QLocale().toString(100 * error, 'f', 0))
                   : QString();
    };
    for (const auto &[key, error] :
         {std::pair{QStringLiteral("ttft"), accuracy.prefill},
          std::pair{QStringLiteral("speed"), accuracy.decode},
          std::pair{QStringLiteral("latency"), std::max(accuracy.decode, accuracy.prefill)}}) {
        const QString text = band(error);
        if (!text.isEmpty())
            out[key].detail += QStringLiteral(" · ") + text;
    }
    const QString margin =
        s.price.outputUsdPerMillion > 0 || s.price.inputUsdPerMillion > 0
            ? tr("revenue %1 · margin %2")
                  .arg(units::usd(r.revenuePerRequestUsd), units::usd(r.marginPerRequestUsd))
            : tr("no API price set");
    QString requestDetail = margin;
    if (r.reasoningTokens > 0)
        requestDetail +=
            QStringLiteral(" · ") + tr("billed for %1 output tokens, %2 shown")
                                        .arg(units::tokens(double(r.billedOutputTokens)),
                                             units::tokens(double(r.visibleOutputTokens)));
    if (r.cachedPromptTokens > 0)
        requestDetail +=
            QStringLiteral(" · ") + tr("%1 prompt tokens from the cache; without it %2")
                                        .arg(units::tokens(double(r.cachedPromptTokens)),
                                             units::usd(r.usdPerRequestWithoutCache));
    out.insert(QStringLiteral("request"),
               {units::usd(r.usdPerRequest), requestDetail, r.usdPerRequest, usd});
    if (r.energy.available)
        out.insert(QStringLiteral("energy"),
                   {units::joules(r.energy.joulesPerRequest),
                    tr("%1 per output token · %2 CO₂ at %3 g/kWh")
                        .arg(units::joules(r.energy.joulesPerOutputToken),
                             tr("%1 g").arg(units::number(r.energy.gramsCo2PerRequest)),
                             units::number(s.gridGramsCo2PerKwh)),
                    r.energy.joulesPerRequest, [](double v) {
                        return units::joules(v);
                    }});
    else
        out.insert(QStringLiteral("energy"),
                   {tr("–"), tr("no power figures for %1").arg(s.hardware.name), 0, {}});
    out.insert(QStringLiteral("cost-input"),
               {units::usd(r.usdPerMillionInput),
                tr("list price %1").arg(units::usd(s.price.inputUsdPerMillion)),
                r.usdPerMillionInput, usd});
    out.insert(QStringLiteral("cost-output"),
               {units::usd(r.usdPerMillionOutput),
                tr("list price %1").arg(units::usd(s.price.outputUsdPerMillion)),
                r.usdPerMillionOutput, usd});
    // A preset without a rental price (a card no cloud rents) costs nothing only in appearance.
    if (s.price.gpuHourUsd <= 0) {
        const QString unpriced =
            tr("no GPU-hour price for %1: set one under Prices").arg(s.hardware.name);
        for (const QString &key : {QStringLiteral("cost-input"), QStringLiteral("cost-output"),
                                   QStringLiteral("request")})
            out.insert(key, {tr("–"), unpriced, 0, {}});
    }
    out.insert(QStringLiteral("ratio"),
               {units::ratio(r.outputInputCostRatio),
                r.listPriceRatio > 0 ? tr("list prices: %1").arg(units::ratio(r.listPriceRatio))
                                     : tr("no list price"),
                r.outputInputCostRatio, [](double v) {
                    return units::ratio(v);
                }});
    out.insert(QStringLiteral("kv"),
               {units::bytes(r.kvBytesPerToken),
                tr("%1 for the batch at %2 tokens")
                    .arg(units::bytes(r.kvCacheBytes),
                         units::tokens(double(s.inputTokens + s.decodedTokens()))),
                r.kvBytesPerToken, [](double v) {
                    return units::bytes(v);
                }});
    // Which part does not fit: the weights, one sequence's cache, or only the whole batch.
    const auto upTo = [](int64_t n) {
        return n == 1 ? tr("up to 1 sequence at this length")
                      : tr("up to %1 sequences at this length").arg(units::count(double(n)));
    };
    QString fitsDetail = upTo(r.maxBatchAtContext);
    for (const ScenarioWarning &w : e.warnings()) {
        switch (w.kind) {
        case ScenarioWarning::Kind::WeightsDoNotFit:
            fitsDetail = tr("the weights alone (%1) exceed the %2 of usable memory")
                             .arg(units::bytes(w.value), units::bytes(w.limit));
            break;
        case ScenarioWarning::Kind::SequenceDoesNotFit:
            fitsDetail = tr("the weights fit; one sequence's KV cache (%1) does not fit in the %2 "
                            "left")
                             .arg(units::bytes(w.value), units::bytes(w.limit));
            break;
        case ScenarioWarning::Kind::BatchDoesNotFit:
            fitsDetail = tr("the batch of %1 does not fit: %2")
                             .arg(units::count(r.batch), upTo(r.maxBatchAtContext));
            break;
        case ScenarioWarning::Kind::ExceedsContextWindow:
            break; // a matter of the model, not of memory: the time and cost tiles say it
        }
    }
    out.insert(QStringLiteral("fits"),
               {r.fits ? tr("Fits") : tr("Does not fit"), fitsDetail, 0, nullptr});
    return out;
}

QString SummaryStrip::comparison(const Reading &a, const Reading &b) const
{
    const QString both = tr("A: %1 · B: %2").arg(a.value, b.value);
    if (!a.format || !b.format)
        return both;
    const double difference = b.number - a.number;
    if (difference == 0 || !std::isfinite(difference))
        return tr("%1 · the same").arg(both);
    // The sign joined to its number, so that a line never breaks between them.
    QString signedDifference =
        (difference > 0 ? QStringLiteral("+\u2060") : QStringLiteral("−\u2060")) +
        a.format(std::fabs(difference));
    if (a.number != 0 && std::isfinite(a.number))
        signedDifference += QStringLiteral("\u00A0(%1%2%)")
                                .arg(difference > 0 ? QStringLiteral("+") : QStringLiteral("−"),
                                     units::number(std::fabs(100 * difference / a.number), 2));
    return tr("%1\nB − A: %2").arg(both, signedDifference);
}

void SummaryStrip::showReadings()
{
    const QHash<QString, Reading> pinned =
        m_reference ? readings(*m_reference) : QHash<QString, Reading>();
    const QString pinnedNotRunnable = m_reference ? notRunnableText(*m_reference) : QString();
    const QString why = m_warnings->text().isEmpty()
                            ? m_notRunnable
                            : m_notRunnable + QLatin1Char('\n') + m_warnings->text();
    for (Tile &t : m_tiles) {
        if (!m_current.contains(t.key))
            continue;
        const Reading &b = m_current[t.key];
        t.value->setText(b.value);
        // A run that cannot happen keeps its numbers (what it would take), struck through and
        // greyed, with the reason in place of the detail.
        const bool marked = t.describesRun && !m_notRunnable.isEmpty();
        if (marked != t.marked) {
            // Only when the mark comes or goes: a style sheet set again repolishes the label
            // and lays the window out again, at every step of a slider drag.
            t.marked = marked;
            QFont valueFont = t.value->font();
            valueFont.setStrikeOut(marked);
            t.value->setFont(valueFont);
            t.value->setForegroundRole(marked ? QPalette::PlaceholderText : QPalette::WindowText);
            t.detail->setStyleSheet(
                marked ? QStringLiteral("color: %1; font-weight: 600;").arg(theme::limit().name())
                       : QString());
        }
        t.value->setToolTip(marked ? why : QString());
        t.detail->setText(marked ? m_notRunnable : b.detail);
        t.comparison->setVisible(m_reference != nullptr);
        if (m_reference) {
            Reading a = pinned.value(t.key);
            if (t.describesRun && !pinnedNotRunnable.isEmpty())
                a.value = tr("%1 (does not run)").arg(a.value);
            t.comparison->setText(comparison(a, b));
        }
    }
}

} // namespace tce
