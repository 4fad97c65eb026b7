#include "settings.h"

#include <QSettings>

namespace tce::settings {

namespace {

const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kLastScenario = QStringLiteral("scenario/last");
const QString kCurrentChart = QStringLiteral("window/currentChart");
const QString kTheme = QStringLiteral("view/theme");
const QString kLanguage = QStringLiteral("view/language");
const QString kPresenterView = QStringLiteral("view/presenter");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastFolder = QStringLiteral("files/lastFolder");
constexpr int kMaxRecentFiles = 8;

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
QString language()
{
    return QSettings().value(kLanguage).toString();
}
void setLanguage(const QString &code)
{
    QSettings().setValue(kLanguage, code);
}
QStringList recentFiles()
{
    return QSettings().value(kRecentFiles).toStringList();
}

void addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    QSettings().setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
}

QString lastFolder()
{
    return QSettings().value(kLastFolder).toString();
}
void setLastFolder(const QString &path)
{
    QSettings().setValue(kLastFolder, path);
}

int currentChart()
{
    return QSettings().value(kCurrentChart, 0).toInt();
}
void setCurrentChart(int index)
{
    QSettings().setValue(kCurrentChart, index);
}

bool presenterView()
{
    return QSettings().value(kPresenterView, false).toBool();
}
void setPresenterView(bool on)
{
    QSettings().setValue(kPresenterView, on);
}

} // namespace tce::settings
