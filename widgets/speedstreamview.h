#pragma once

#include "translatedtexts.h"
#include <QElapsedTimer>

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace tce {

class Evaluation;

// "Feel the speed": the prompt appears at the predicted prefill rate beside the output at
// the predicted decode rate of one sequence, in real time.
class SpeedStreamView : public QWidget
{
    Q_OBJECT
public:
    explicit SpeedStreamView(QWidget *parent = nullptr);
    void setEvaluation(std::shared_ptr<const Evaluation> evaluation);

    // Shows the streams as they are `seconds` after the start (tests use this clock).
    void showAt(double seconds);
    int promptTokensShown() const { return m_promptShown; }
    int outputTokensShown() const { return m_outputShown; }

public slots:
    void restart();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TranslatedTexts m_texts{this};
    void tick();

    QLabel *m_promptLabel = nullptr;
    QLabel *m_outputLabel = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    QStringList m_words;
    QString m_wordSeparator;
    double m_prefillRate = 0; // tokens per second
    double m_decodeRate = 0;
    double m_ttft = 0;
    int m_promptTokens = 0;
    int m_outputTokens = 0;
    int m_promptShown = -1;
    int m_outputShown = -1;
};

} // namespace tce
