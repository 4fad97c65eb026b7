#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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
// "" follows the system; else a language code ("de", "zh_CN", "en").
QString language();
void setLanguage(const QString &code);
QStringList recentFiles(); // newest first
void addRecentFile(const QString &path);
QString lastFolder();
void setLastFolder(const QString &path);
int currentChart();
void setCurrentChart(int index);
// Presentation mode with the presenter view (View > Presenter view).
bool presenterView();
void setPresenterView(bool on);

} // namespace settings
} // namespace tce
