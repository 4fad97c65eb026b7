#pragma once

#include "translatedtexts.h"

#include <QList>
#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCustomPlot;
class QCPAxis;
class QCPGraph;
class QCPAbstractPlottable;
class QCPItemTracer;
class QCPItemText;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QMouseEvent;

namespace tce {

class Evaluation;
struct ChartEntry;
struct Scenario;
struct ServingSnapshot;

// Base of the chart views: wraps a QCustomPlot by composition and gives every chart the
// same behaviour: a header with the title and the chart's own controls, a tracer with exact
// values and units on hover, wheel/drag zoom and pan, double-click to reset, an optional
// log/linear toggle and an explained legend. It replots only while visible: an evaluation
// that arrives while hidden is drawn when the chart is shown.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    // From the chart's registry entry (chartregistry.h), in the current language.
    QString title() const;
    // The tab's name: a word or two.
    QString shortTitle() const;
    // The identifier the command line and exports use ("per-token", "roofline", ...).
    QString chartId() const;
    const ChartEntry *entry() const { return m_entry; }
    // Set once by createChart().
    void setEntry(const ChartEntry *entry) { m_entry = entry; }
    // A lesson step's option (see ChartEntry::lessonOptions): "log" takes 0 or 1. Returns
    // false for an option or value the chart does not take.
    virtual bool setLessonOption(const QString &key, const QString &value);
    // The option as it is now, in the form setLessonOption takes ("" for one the chart lacks):
    // what recording a lesson step stores.
    virtual QString lessonOption(const QString &key) const;

    void setEvaluation(std::shared_ptr<const Evaluation> evaluation);
    // The serving simulation's results: in the window they are computed off the GUI thread and
    // arrive after the evaluation (app/servingcontroller.h). Charts that draw them redraw.
    void setServing(std::shared_ptr<const ServingSnapshot> serving);
    const ServingSnapshot *serving() const { return m_serving.get(); }
    // What of the serving simulation a chart draws.
    enum class ServingUse
    {
        None,
        CurrentLoad, // the scenario's own load
        Sweep,       // the load sweep and the scenario's load
    };
    virtual ServingUse servingUse() const { return ServingUse::None; }
    // A/B comparison: the series of a pinned evaluation ("A") drawn dashed under the current
    // ones; null removes them.
    void setReference(std::shared_ptr<const Evaluation> reference);
    const std::shared_ptr<const Evaluation> &reference() const { return m_reference; }
    // A highlighted note that stays over rebuilds (lessons); an empty text removes it.
    void setNote(const QString &text, double xFraction, double yFraction);
    // Line widths x scale (presentation mode: readable from the back of a room).
    void setLineScale(double scale);
    // Builds the plot now even if the chart is hidden (exports, the command line). A chart that
    // draws the serving simulation and was never given its results simulates now, in this
    // thread: standalone, nothing else would.
    void renderNow();

    // The chart's data as a table, in the units on its axes ("name [unit]" headers). By default
    // a column for x and one per named graph; charts that draw bars, a colour map or cells give
    // their own, in long format (a first "series" column) where they show several kinds of
    // thing.
    struct Table
    {
        // A number (NaN: an empty cell) or a text.
        struct Cell
        {
            Cell(double number)
                : number(number)
            {}
            Cell(QString text)
                : text(std::move(text))
                , isText(true)
            {}
            double number = 0;
            QString text;
            bool isText = false;
        };
        QStringList headers;
        QList<QList<Cell>> rows; // a cell per header
    };
    virtual Table table() const;
    // "name [unit]", as every table header reads.
    static QString columnHeader(const QString &name, const QString &unit);
    const Evaluation *evaluation() const { return m_evaluation.get(); }

    QCustomPlot *plot() const { return m_plot; }
    bool logScale() const;
    void setLogScale(bool on);
    int rebuildCount() const { return m_rebuildCount; }
    // How long the last rebuild (model series + plot data) and the last replot took; 0 when
    // the last evaluation changed nothing the chart draws (see drawsDifferently()).
    double lastRebuildMilliseconds() const { return m_lastRebuildMs; }
    double lastReplotMilliseconds() const { return m_lastReplotMs; }
    // The text the tracer shows for a point near `pixel` (empty when none): for tests.
    QString tracerTextAt(const QPointF &pixel);

    // "Explain this": the formula behind a point with the current numbers put in, for
    // students. By default the point's coordinates.
    virtual QString explain(const QCPAbstractPlottable *graph, double x, double y) const;

signals:
    void statusMessage(const QString &text);
    void explanationChanged(const QString &text);
    void replotted();

protected:
    // A new language: the static texts, then the plot (legend, annotations) again.
    void changeEvent(QEvent *event) override;
    // Texts that follow the language: registered in constructors, set again on a change.
    TranslatedTexts m_texts{this};
    // Fills the plot from the evaluation; called only while visible.
    virtual void rebuild(const Evaluation &evaluation) = 0;

    // What a chart draws of one evaluation, as data: each series with the plottable (one of
    // the chart's own) it fills, and the axes the chart frames itself. A chart fills its plot
    // from its drawing (showDrawing), and a pinned evaluation ("A") is drawn dashed from its
    // drawing, beside the current one, without building the plot a second time.
    struct Series
    {
        QCPAbstractPlottable *plottable = nullptr;
        QString name; // in the legend; empty leaves the series out of it
        QVector<double> keys;
        QVector<double> values;
        double barWidth = 0; // bars: their width in key units
    };
    struct AxisSpan
    {
        QCPAxis *axis = nullptr;
        double lower = 0;
        double upper = 0;
    };
    struct Drawing
    {
        QList<Series> series;
        // The axes the chart frames itself; the others span the series (with room above them
        // on the value axes, as resetView()).
        QList<AxisSpan> spans;
    };
    // Nothing by default: charts of the serving simulation (kept for the current scenario
    // only) and of cells draw no A.
    virtual Drawing drawing(const Evaluation &evaluation) const;
    // Puts each series into its plottable (hidden when empty) and frames the axes.
    void showDrawing(const Drawing &drawing);
    // Whether rebuild(next) would draw anything other than rebuild(drawn) did. A chart that
    // draws only what a slider leaves alone says no, and skips the rebuild and replot.
    virtual bool drawsDifferently(const Evaluation &drawn, const Evaluation &next) const;
    // How a value on an axis reads: "2,048 tokens", "16.1 GFLOP".
    virtual QString formatX(double x) const;
    virtual QString formatY(const QCPAxis *axis, double y) const;
    // Tick labels: by default the bare number for x and formatY for y.
    virtual QString formatXTick(double x) const;
    // The unit ticks are counted in (2^30 for an axis in GiB), so that steps are round in
    // the unit the labels show; 1 by default.
    virtual double tickUnit(const QCPAxis *axis, double magnitude) const;
    // The smallest tick step of an axis (1 on axes that count whole things).
    virtual double minimumTickStep(const QCPAxis *axis) const;
    // SI units of the raw values, for data exports: "tokens", "FLOP", "USD", ...
    virtual QString unitX() const = 0;
    virtual QString unitY(const QCPAxis *axis) const = 0;

    QHBoxLayout *header() const { return m_header; }
    void enableLogToggle(bool initiallyOn);
    // Axis ticks written with formatX/formatY (scaled units), linear or logarithmic.
    void applyTickers();
    // Draws now if visible and something changed.
    void refresh();
    void draw();
    // A setting of the chart changed (metric, scale): rebuild from the same evaluation.
    void invalidate();
    void resetView();

    // An opaque area fill of `accent` at `alpha` over the plot's background.
    QBrush fill(const QColor &accent, int alpha) const;
    // Annotations: everything but the tracer goes when the chart is rebuilt.
    void clearAnnotations();
    void addVerticalMarker(double x, const QColor &color, const QString &label,
                           Qt::PenStyle style = Qt::DashLine, QCPAxis *keyAxis = nullptr,
                           QCPAxis *valueAxis = nullptr);
    void addHorizontalMarker(double y, const QColor &color, const QString &label,
                             QCPAxis *valueAxis = nullptr);
    void addPointLabel(double x, double y, const QString &text, const QColor &color,
                       QCPAxis *valueAxis = nullptr);
    // A hardware without board and idle power: a note in place of energy figures.
    void addMissingEnergyNote(const QString &hardwareName);
    // A chart in dollars of a scenario without a GPU-hour price: its costs count as $0.
    void addMissingPriceNote(const Scenario &s);

    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Each axis's range for a drawing: the chart's own span, else what its series cover.
    QList<AxisSpan> framing(const Drawing &drawing) const;
    // A's series, dashed, and the axes widened to A's framing.
    void drawReference(const Drawing &pinned);
    static bool sameData(QCPAbstractPlottable *plottable, const Series &series);
    void fitMarkerLabels();
    void updateTracer(const QPointF &pixel);

    const ChartEntry *m_entry = nullptr;
    QCustomPlot *m_plot = nullptr;
    QHBoxLayout *m_header = nullptr;
    QLabel *m_title = nullptr;
    QCheckBox *m_logToggle = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_tracerLabel = nullptr;
    std::shared_ptr<const Evaluation> m_evaluation;
    std::shared_ptr<const ServingSnapshot> m_serving;
    bool m_servingSimulatedHere = false; // by renderNow(), for the evaluation it had
    // The evaluation the plot shows (while nothing but the evaluation changed since).
    std::shared_ptr<const Evaluation> m_drawn;
    bool m_dirty = false;
    int m_rebuildCount = 0;
    double m_lastRebuildMs = 0;
    double m_lastReplotMs = 0;
    std::shared_ptr<const Evaluation> m_reference;
    std::optional<Drawing> m_referenceDrawing; // drawing(*m_reference) until invalidate()
    QList<AxisSpan> m_framed;                  // the axes as the last draw framed them
    QList<QCPGraph *> m_shadowGraphs;          // appended after the view's own graphs
    QCPGraph *m_referenceKey = nullptr;        // A's one legend entry (no data), appended like them
    QString m_note;
    QPointF m_notePosition;
    double m_lineScale = 1;
};

} // namespace tce
