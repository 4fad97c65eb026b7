#pragma once

#include <QMainWindow>

namespace tce {

// The window until the chart views land: the default scenario's summary and one chart.
class PlaceholderWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit PlaceholderWindow(QWidget *parent = nullptr);
};

} // namespace tce
