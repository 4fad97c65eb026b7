#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace tce {

class ChartView;

// Everything that makes a chart a chart, in one table: the identifier the command line,
// exports and lessons use, its title and tab name, how to make one, and which options a
// lesson step may set on it.
struct ChartEntry
{
    QString id;
    const char *title;      // English source, translated in the "tce::ChartRegistry" context
    const char *shortTitle; // the tab's name: a word or two
    std::function<ChartView *(QWidget *parent)> create;
    // Lesson options the chart takes: "log" (0/1), "metric" (per-token: flops, bytes,
    // seconds, usd, energy; cumulative: usd, energy), "mix" (the workload charts: a request
    // mix id).
    QStringList lessonOptions;

    QString translatedTitle() const;
    QString translatedShortTitle() const;
};

const QList<ChartEntry> &chartRegistry();
const ChartEntry *findChart(const QString &id);
// The charts the app has, by the identifiers the command line and exports use.
QStringList chartIds();
// A chart of that id (null for an unknown id), knowing its entry.
std::unique_ptr<ChartView> createChart(const QString &id, QWidget *parent = nullptr);

} // namespace tce
