#pragma once

#include <QStringList>

#include <memory>

class QWidget;

namespace tce {

class ChartView;

// The charts the app has, by the identifiers the command line and exports use.
QStringList chartIds();
std::unique_ptr<ChartView> createChart(const QString &id, QWidget *parent = nullptr);

} // namespace tce
