#pragma once

#include "catalog.h"
#include "mainwindow.h"
#include "scenariocontroller.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// Shared set-up of the window tests: settings in a test folder, a fresh window per test.
namespace tce::test {

inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenCostExplorerTests"));
}

// A shown, evaluated main window with default settings; the caller owns it.
inline MainWindow *openWindow()
{
    QSettings().clear();
    auto *window = new MainWindow(Catalog::builtIn());
    window->resize(1600, 1000);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qWarning("the test window was not exposed");
    window->controller()->flush();
    return window;
}

} // namespace tce::test
