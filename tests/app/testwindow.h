#pragma once

#include "catalog.h"
#include "chartview.h"
#include "mainwindow.h"
#include "scenariocontroller.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Shared set-up of the window tests: settings in a test folder, a fresh window per test.
namespace tce::test {

inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenCostExplorerTests"));
    // Settings in a folder of this process's own: ctest -j runs several window tests of one
    // binary at once, and in one shared file one test's clear() wiped what another had just
    // saved (tst_mainwindow's restored chart tab failed on CI that way).
    static QTemporaryDir folder;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder.path());
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

// The window's chart `id`; null when it has none.
inline ChartView *chartById(const MainWindow &window, const QString &id)
{
    for (ChartView *chart : window.charts()) {
        if (chart->chartId() == id)
            return chart;
    }
    return nullptr;
}

// The same, brought to the front (so that it draws).
inline ChartView *showChart(MainWindow &window, const QString &id)
{
    ChartView *chart = chartById(window, id);
    if (chart)
        window.chartTabs()->setCurrentWidget(chart);
    return chart;
}

// Clicks the button with `role` on the message box that opens next (Save: AcceptRole,
// Discard: DestructiveRole, Cancel: RejectRole).
inline void answerNextMessageBox(QMessageBox::ButtonRole role)
{
    QTimer::singleShot(0, [role] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                b->click();
                return;
            }
        }
        QFAIL("no such button");
    });
}

} // namespace tce::test
