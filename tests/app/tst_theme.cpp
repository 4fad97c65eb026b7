// Themes: Dark and Light set their palettes; System gives the platform's palette back (and
// leaves it to the platform, so that a desktop switching to dark is followed).
#include "apptheme.h"
#include "testregistry.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

using namespace tce;

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void systemGivesThePlatformPaletteBack()
    {
        const QColor platformWindow = QApplication::palette().color(QPalette::Window);
        applyTheme(AppTheme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        applyTheme(AppTheme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);
        // No role is pinned by us: all come from the platform.
        QCOMPARE(QApplication::palette().resolveMask(), QPalette::ResolveMask(0));
        applyTheme(AppTheme::Dark);
        applyTheme(AppTheme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        applyTheme(AppTheme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);
    }
};

TCE_TEST_MAIN(TestTheme)
#include "tst_theme.moc"
