#pragma once

#include "chartview.h"

class QCPTextElement;

class QSpinBox;
class QTimer;
class QToolButton;

namespace tce {

struct TokenRuns;

// Issue 5: the runs of a small request, token by token. Each row is one forward run (the
// prefill, then one decode step per output token); each cell says how many of that run's
// queries use the key of that token. The KV cache fills above, and below each token says
// how many queries used its key in all. Play, Pause and Step animate decoding.
class TokenRunsView : public ChartView
{
    Q_OBJECT
public:
    explicit TokenRunsView(QWidget *parent = nullptr);
    ~TokenRunsView() override;

    void setLengths(int inputTokens, int outputTokens);
    int visibleRuns() const { return m_visibleRuns; }
    bool playing() const;
    QTimer *clock() const { return m_clock; } // tests drive it
    // The counters shown for the latest visible run, as text (tests read it).
    QString countersText() const { return m_counters; }
    // Long format over the runs shown: a "run" row per run with its counters, a "cell" row per
    // key a run uses (how many of its queries use it), a "key" row per token with its uses over
    // the whole request.
    Table table() const override;

public slots:
    void stepForward(); // shows one more run; after the last, starts over
    void play();
    void pause();
    void restart();

protected:
    void rebuild(const Evaluation &evaluation) override;
    bool drawsDifferently(const Evaluation &drawn, const Evaluation &next) const override;
    QString formatX(double x) const override;
    QString formatXTick(double x) const override;
    QString formatY(const QCPAxis *axis, double y) const override;
    QString unitX() const override;
    QString unitY(const QCPAxis *axis) const override;

private:
    QSpinBox *m_input = nullptr;
    QSpinBox *m_output = nullptr;
    QToolButton *m_playButton = nullptr;
    QTimer *m_clock = nullptr;
    int m_visibleRuns = 1 << 20; // the whole request until Restart or Play
    int64_t m_inputTokens = 6;
    QString m_counters;
    QCPTextElement *m_countersElement = nullptr; // a row of the plot's layout, below the grid
};

} // namespace tce
