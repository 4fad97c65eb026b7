#pragma once

#include <QByteArray>
#include <QString>

namespace tce {

// Every persistent setting, typed, with its key in one place (settings.cpp).
namespace settings {

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &value);
QByteArray windowState();
void setWindowState(const QByteArray &value);
// The scenario as it was when the window closed (a *.tce.json document).
QByteArray lastScenario();
void setLastScenario(const QByteArray &json);
QString theme(); // "system", "light" or "dark"
void setTheme(const QString &key);
int currentChart();
void setCurrentChart(int index);

} // namespace settings
} // namespace tce
