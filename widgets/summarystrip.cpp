#include "summarystrip.h"

#include "charttheme.h"
#include "evaluation.h"
#include "units.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tce {

SummaryStrip::SummaryStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    const QColor plain = palette().color(QPalette::WindowText);
    addTile(
        QStringLiteral("ttft"), QT_TR_NOOP("Time to first token"),
        QT_TR_NOOP("The prefill: one run over the whole prompt (all prompts of the prefill batch "
                   "together)."),
        theme::input());
    addTile(
        QStringLiteral("speed"), QT_TR_NOOP("Decode speed"),
        QT_TR_NOOP(
            "Output tokens per second for one sequence, and for the whole batch. Each output token "
            "needs its own run over the model."),
        theme::output());
    addTile(QStringLiteral("latency"), QT_TR_NOOP("Request latency"),
            QT_TR_NOOP("Time to first token plus every decode step of this request."), plain);
    addTile(QStringLiteral("kv"), QT_TR_NOOP("KV cache per token"),
            QT_TR_NOOP("Keys and values one token leaves in GPU memory, summed over the layers."),
            plain);
    addTile(QStringLiteral("fits"), QT_TR_NOOP("Memory"),
            QT_TR_NOOP("Whether the weights and the batch's KV cache fit in GPU memory, and how "
                       "many sequences "
                       "of this length would fit."),
            theme::limit());
    addTile(QStringLiteral("cost-input"), QT_TR_NOOP("Input, per 1M tokens"),
            QT_TR_NOOP(
                "What a prompt token costs the provider: its share of the prefill run's GPU time."),
            theme::input());
    addTile(
        QStringLiteral("cost-output"), QT_TR_NOOP("Output, per 1M tokens"),
        QT_TR_NOOP(
            "What an output token costs the provider: its share of one decode step's GPU time."),
        theme::output());
    addTile(
        QStringLiteral("ratio"), QT_TR_NOOP("Output / input cost"),
        QT_TR_NOOP("How many times more an output token costs than an input token here, beside the "
                   "ratio of "
                   "the API's list prices."),
        theme::neutral());
    addTile(QStringLiteral("request"), QT_TR_NOOP("Cost of one request"),
            QT_TR_NOOP("This request's share of the GPU bill: its share of the prefill plus its "
                       "share of every "
                       "decode step. Below it, the margin at the API price."),
            plain);
    for (int i = 0; i < m_tiles.size(); ++i) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(8, 4, 8, 4);
        box->setSpacing(0);
        box->addWidget(m_tiles[i].caption);
        box->addWidget(m_tiles[i].value);
        box->addWidget(m_tiles[i].detail);
        frame->setToolTip(m_tiles[i].caption->toolTip());
        // Time and memory on the first row, money on the second.
        grid->addWidget(frame, i < 5 ? 0 : 1, i < 5 ? i : i - 5);
    }
    for (int column = 0; column < 5; ++column)
        grid->setColumnStretch(column, 1);
}

SummaryStrip::Tile &SummaryStrip::addTile(const QString &key, const char *caption,
                                          const char *tooltip, const QColor &accent)
{
    Tile tile;
    tile.key = key;
    tile.caption = new QLabel(this);
    QFont small = tile.caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    tile.caption->setFont(small);
    tile.caption->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(accent.name()));
    tile.value = new QLabel(QStringLiteral("–"), this);
    QFont big = tile.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    tile.value->setFont(big);
    tile.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_texts.add([label = tile.caption, value = tile.value, caption, tooltip](const auto &tr) {
        label->setText(tr(caption));
        label->setToolTip(tr(tooltip));
        value->setAccessibleName(tr(caption));
    });
    tile.detail = new QLabel(this);
    tile.detail->setFont(small);
    tile.detail->setWordWrap(true);
    m_tiles.append(tile);
    return m_tiles.last();
}

void SummaryStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.retranslate(); // the values follow with the next evaluation
    QWidget::changeEvent(event);
}

void SummaryStrip::set(const QString &key, const QString &value, const QString &detail)
{
    for (Tile &tile : m_tiles) {
        if (tile.key == key) {
            tile.value->setText(value);
            tile.detail->setText(detail);
            return;
        }
    }
}

QString SummaryStrip::valueText(const QString &key) const
{
    for (const Tile &tile : m_tiles) {
        if (tile.key == key)
            return tile.value->text();
    }
    return {};
}

void SummaryStrip::setEvaluation(const Evaluation &e)
{
    const CostReport &r = e.report();
    const Scenario &s = e.scenario();
    set(QStringLiteral("ttft"), units::seconds(r.ttftSeconds),
        tr("prefill of %1 prompts: %2, %3")
            .arg(units::count(r.prefillBatch), units::flops(r.prefillFlops),
                 r.prefillRun.bound == Bound::Compute ? tr("compute-bound") : tr("memory-bound")));
    set(QStringLiteral("speed"), units::tokensPerSecond(r.decodeTokensPerSecondPerSequence),
        tr("%1 for the batch of %2")
            .arg(units::tokensPerSecond(r.decodeTokensPerSecond), units::count(r.batch)));
    set(QStringLiteral("latency"), units::seconds(r.requestSeconds),
        tr("%1 runs: 1 prefill + %2 decode steps")
            .arg(units::count(double(r.runs)), units::count(double(r.runs - 1))));
    const QString margin =
        s.price.outputUsdPerMillion > 0 || s.price.inputUsdPerMillion > 0
            ? tr("revenue %1 · margin %2")
                  .arg(units::usd(r.revenuePerRequestUsd), units::usd(r.marginPerRequestUsd))
            : tr("no API price set");
    set(QStringLiteral("request"), units::usd(r.usdPerRequest), margin);
    set(QStringLiteral("cost-input"), units::usd(r.usdPerMillionInput),
        tr("list price %1").arg(units::usd(s.price.inputUsdPerMillion)));
    set(QStringLiteral("cost-output"), units::usd(r.usdPerMillionOutput),
        tr("list price %1").arg(units::usd(s.price.outputUsdPerMillion)));
    set(QStringLiteral("ratio"), units::ratio(r.outputInputCostRatio),
        r.listPriceRatio > 0 ? tr("list prices: %1").arg(units::ratio(r.listPriceRatio))
                             : tr("no list price"));
    set(QStringLiteral("kv"), units::bytes(r.kvBytesPerToken),
        tr("%1 for the batch at %2 tokens")
            .arg(units::bytes(r.kvCacheBytes),
                 units::tokens(double(s.inputTokens + s.outputTokens))));
    const QString fitsText = r.fits ? tr("Fits") : tr("Does not fit");
    set(QStringLiteral("fits"), fitsText,
        r.maxBatchAtContext > 0
            ? tr("up to %1 sequences at this length").arg(units::count(double(r.maxBatchAtContext)))
            : tr("the weights alone exceed the memory"));
}

} // namespace tce
