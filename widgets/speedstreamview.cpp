#include "speedstreamview.h"

#include "evaluation.h"
#include "units.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace tce {

namespace {

// Shown tokens are capped: the point is the pace, not reading 100K tokens.
constexpr int kMaxShownTokens = 2000;

} // namespace

SpeedStreamView::SpeedStreamView(QWidget *parent)
    : QWidget(parent)
{
    m_texts.add([this](const auto &tr) {
        const QString text = tr(QT_TR_NOOP(
            "Each output token needs one more run of the whole model over one token while the "
            "prompt is read in a single parallel run so prompt tokens arrive in a flash and "
            "output tokens one by one at the pace the memory bandwidth allows"));
        // A token a word; in a language written without spaces, a token a character.
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        m_wordSeparator = QStringLiteral(" ");
        if (m_words.size() < 8) {
            m_wordSeparator.clear();
            m_words.clear();
            for (const QChar c : text)
                m_words << QString(c);
        }
    });
    m_promptLabel = new QLabel(this);
    m_outputLabel = new QLabel(this);
    // Wrapped, so that long numbers never widen the window (presentation mode's large type).
    m_promptLabel->setWordWrap(true);
    m_outputLabel->setWordWrap(true);
    m_prompt = new QPlainTextEdit(this);
    m_output = new QPlainTextEdit(this);
    for (QPlainTextEdit *e : {m_prompt, m_output}) {
        e->setReadOnly(true);
        e->setFocusPolicy(Qt::NoFocus);
        QFont f = e->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        e->setFont(f);
    }
    auto *again = new QPushButton(this);
    m_texts.text(again, QT_TR_NOOP("Again"));
    m_texts.toolTip(again, QT_TR_NOOP("Start both streams again."));
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_promptLabel, 0, 0);
    layout->addWidget(m_outputLabel, 0, 1);
    layout->addWidget(m_prompt, 1, 0);
    layout->addWidget(m_output, 1, 1);
    layout->addWidget(again, 2, 1, Qt::AlignRight);
    m_timer = new QTimer(this);
    m_timer->setInterval(30);
    connect(m_timer, &QTimer::timeout, this, &SpeedStreamView::tick);
    connect(again, &QPushButton::clicked, this, &SpeedStreamView::restart);
}

void SpeedStreamView::setEvaluation(std::shared_ptr<const Evaluation> e)
{
    if (!e)
        return;
    m_prefillRate = e->report().prefillTokensPerSecond;
    m_decodeRate = e->report().decodeTokensPerSecondPerSequence;
    m_ttft = e->report().ttftSeconds;
    m_promptTokens = int(std::min<int64_t>(e->scenario().inputTokens, kMaxShownTokens));
    m_outputTokens = int(std::min<int64_t>(e->scenario().outputTokens, kMaxShownTokens));
    m_promptLabel->setText(tr("Prompt: %1 tokens in one prefill, %2 (%3)")
                               .arg(units::tokens(double(e->scenario().inputTokens)),
                                    units::seconds(m_ttft), units::tokensPerSecond(m_prefillRate)));
    m_outputLabel->setText(tr("Output: one token per decode step, %1 for this sequence")
                               .arg(units::tokensPerSecond(m_decodeRate)));
    // Hidden (another tab is open): the streams start when the tab is shown, not on every
    // slider step.
    if (isVisible())
        restart();
}

void SpeedStreamView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    restart(); // each time the tab is opened, both streams start together
}

void SpeedStreamView::restart()
{
    m_promptShown = m_outputShown = -1;
    m_clock.start();
    showAt(0);
    if (isVisible())
        m_timer->start();
}

void SpeedStreamView::tick()
{
    showAt(double(m_clock.nsecsElapsed()) / 1e9);
    if (m_promptShown >= m_promptTokens && m_outputShown >= m_outputTokens)
        m_timer->stop();
}

void SpeedStreamView::showAt(double seconds)
{
    // The prompt streams at the prefill rate; the first output token comes with the
    // prefill's end (time to first token), the others at the decode rate.
    const int prompt = std::min(m_promptTokens, int(std::floor(seconds * m_prefillRate)));
    const int output =
        seconds < m_ttft
            ? 0
            : std::min(m_outputTokens, 1 + int(std::floor((seconds - m_ttft) * m_decodeRate)));
    auto words = [this](int from, int to) {
        QStringList out;
        for (int i = from; i < to; ++i)
            out << m_words[i % m_words.size()];
        return out.join(m_wordSeparator);
    };
    if (prompt != m_promptShown) {
        m_prompt->setPlainText(words(0, prompt));
        m_promptShown = prompt;
    }
    if (output != m_outputShown) {
        if (output < m_outputShown || m_outputShown < 0)
            m_output->setPlainText(words(0, output));
        else
            m_output->insertPlainText(QLatin1Char(' ') + words(m_outputShown, output));
        m_outputShown = output;
    }
}

void SpeedStreamView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        restart();
    }
    QWidget::changeEvent(event);
}

} // namespace tce
