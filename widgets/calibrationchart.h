#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QMouseEvent;

namespace tce {

struct Calibration;

// Issue 14's calibration chart: each measured row against what the model predicted for it,
// before the fit (hollow, light) and after (filled), one colour per metric, on log-log axes
// with the y = x line and a ±15% band. Rows of different units share the axes: a good
// prediction lies near y = x whatever its unit. Hovering a point names its row.
class CalibrationChart : public QWidget
{
    Q_OBJECT
public:
    explicit CalibrationChart(QWidget *parent = nullptr);
    ~CalibrationChart() override;

    void setCalibration(const Calibration &calibration);

    QCustomPlot *plot() const { return m_plot; }
    // Points drawn after the fit (one per row), and whether the y = x line is drawn: for tests.
    int pointsAfterFit() const;
    bool hasIdentityLine() const;
    // The row a point near `pixel` (in the plot's coordinates) stands for; empty when none.
    QString rowTextAt(const QPointF &pixel) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A row as the chart needs it; texts are made when shown, in the language of the moment.
    struct Point
    {
        QString file;
        int line = 0;
        QString model;
        QString hardware;
        int metric = 0; // MeasuredMetric
        double measured = 0;
        double before = 0;
        double after = 0;
    };
    void rebuild();
    QString rowText(const Point &point, bool afterFit) const;

    QCustomPlot *m_plot = nullptr;
    QList<Point> m_points;
    QCPGraph *m_identity = nullptr;
};

} // namespace tce
