#pragma once

#include "translatedtexts.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;

namespace tce {

class Evaluation;
struct ServingSnapshot;

// The numbers across the top: time to first token, decode speed, latency, what a request
// and a million tokens cost, the implied output/input cost ratio beside the list price's,
// and whether the batch fits. With a pinned evaluation (A), each tile also shows A's value
// and how the current one (B) differs.
class SummaryStrip : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryStrip(QWidget *parent = nullptr);
    void setEvaluation(const Evaluation &evaluation);
    // A/B comparison: the pinned evaluation; null removes the comparison lines.
    void setReference(std::shared_ptr<const Evaluation> reference);
    // Sentences saying why the numbers need a caveat (app/scenariowarnings.h), shown in a line
    // under the tiles; an empty list hides it.
    void setWarningTexts(const QStringList &texts);
    // The serving simulation: the cost of an input and an output token at the scenario's load
    // (and their ratio) under the static figures.
    void setServing(std::shared_ptr<const ServingSnapshot> serving);

    // What a tile shows, by its key ("ttft", "cost-output", ...): for tests.
    QString valueText(const QString &key) const;
    QString detailText(const QString &key) const;
    QString comparisonText(const QString &key) const; // empty while nothing is pinned
    QString atLoadText(const QString &key) const;     // "at 16 clients: $0.21"; empty if none
    // True when the tile's number is of a run that cannot happen (marked "does not run").
    bool markedNotRunnable(const QString &key) const;
    QString warningText() const; // empty while hidden

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    TranslatedTexts m_texts{this};
    struct Tile
    {
        QString key;
        // Time and money of the request: marked when the scenario cannot run.
        bool describesRun = false;
        bool marked = false; // shown as a run that cannot happen
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
        QLabel *comparison = nullptr;
        QLabel *atLoad = nullptr; // the cost tiles' figure at the serving load
    };
    // A tile's reading of one evaluation: the texts, and the number behind them with its
    // format, so that A and B can be subtracted (no number: only the texts are compared).
    struct Reading
    {
        QString value;
        QString detail;
        double number = 0;
        std::function<QString(double)> format;
    };
    // caption and tooltip: English sources (QT_TR_NOOP), translated now and on a change.
    Tile &addTile(const QString &key, const char *caption, const char *tooltip,
                  const QColor &accent, bool describesRun);
    QHash<QString, Reading> readings(const Evaluation &evaluation) const;
    QString notRunnableText(const Evaluation &evaluation) const;
    QString comparison(const Reading &a, const Reading &b) const;
    void showReadings();
    void showServing();
    const Tile *tile(const QString &key) const;

    // What the enclosing layout was last told; see event().
    struct Hints
    {
        QSize minimumSize;
        int heightForWidth = -1;
        bool operator==(const Hints &) const = default;
    };
    Hints hints() const;

    QWidget *m_content = nullptr; // the tiles and the warnings, laid out by a grid
    Hints m_hints;
    QList<Tile> m_tiles;
    QLabel *m_warnings = nullptr;
    QHash<QString, Reading> m_current;
    QString m_notRunnable;   // why the current evaluation cannot run; empty when it can
    bool m_unpriced = false; // the current scenario has no GPU-hour price
    QString m_notRunnableDetails;
    std::shared_ptr<const Evaluation> m_reference;
    std::shared_ptr<const ServingSnapshot> m_serving;
};

} // namespace tce
