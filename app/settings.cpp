#include "settings.h"

#include <QSettings>

namespace tce::settings {

namespace {

const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kLastScenario = QStringLiteral("scenario/last");
const QString kCurrentChart = QStringLiteral("window/currentChart");
const QString kTheme = QStringLiteral("view/theme");

} // namespace

QByteArray windowGeometry()
{
    return QSettings().value(kWindowGeometry).toByteArray();
}
void setWindowGeometry(const QByteArray &value)
{
    QSettings().setValue(kWindowGeometry, value);
}
QByteArray windowState()
{
    return QSettings().value(kWindowState).toByteArray();
}
void setWindowState(const QByteArray &value)
{
    QSettings().setValue(kWindowState, value);
}
QByteArray lastScenario()
{
    return QSettings().value(kLastScenario).toByteArray();
}
void setLastScenario(const QByteArray &json)
{
    QSettings().setValue(kLastScenario, json);
}
QString theme()
{
    return QSettings().value(kTheme, QStringLiteral("system")).toString();
}
void setTheme(const QString &key)
{
    QSettings().setValue(kTheme, key);
}
int currentChart()
{
    return QSettings().value(kCurrentChart, 0).toInt();
}
void setCurrentChart(int index)
{
    QSettings().setValue(kCurrentChart, index);
}

} // namespace tce::settings
