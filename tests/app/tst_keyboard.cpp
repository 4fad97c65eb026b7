// Usable from the keyboard alone, and by a screen reader: every control the Tab key reaches
// has an accessible name; the Tab order goes down the scenario panel as it reads; menus have
// mnemonics; the main commands have shortcuts.
#include "chartview.h"
#include "mainwindow.h"
#include "scenariopanel.h"
#include "testregistry.h"
#include "testwindow.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QTabWidget>

#include <memory>

using namespace tce;

namespace {

bool reachableByTab(const QWidget *w)
{
    // The editors inside spin and combo boxes are parts of them: the box is what is named.
    const QWidget *parent = w->parentWidget();
    if (parent &&
        (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return false;
    return w->isVisibleTo(w->window()) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? QLatin1String(w->parentWidget()->metaObject()->className())
                               : QLatin1String("-"));
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::useTestSettings(); }

    void everyTabStopHasAnAccessibleName()
    {
        std::unique_ptr<MainWindow> w(test::openWindow());
        QStringList unnamed;
        int stops = 0;
        for (int tab = 0; tab < w->chartTabs()->count(); ++tab) {
            w->chartTabs()->setCurrentIndex(tab);
            for (QWidget *child : w->findChildren<QWidget *>()) {
                if (!reachableByTab(child) || !child->isVisible())
                    continue;
                ++stops;
                if (accessibleName(child).trimmed().isEmpty())
                    unnamed << describe(child);
            }
        }
        unnamed.removeDuplicates();
        QVERIFY(stops > 30);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void chartsHaveNamesForScreenReaders()
    {
        std::unique_ptr<MainWindow> w(test::openWindow());
        for (ChartView *chart : w->charts()) {
            QCOMPARE(chart->accessibleName(), chart->title());
            QVERIFY(!chart->accessibleDescription().isEmpty());
        }
    }

    void tabGoesDownTheScenarioPanel()
    {
        std::unique_ptr<MainWindow> w(test::openWindow());
        ScenarioPanel *panel = w->scenarioPanel();
        QWidget *first = panel->modelBox();
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        // Walk the focus chain with real Tab presses while it stays in the panel.
        int previousY = -1, steps = 0;
        QWidget *current = first;
        while (current && panel->isAncestorOf(current) && steps < 60) {
            const int y = current->mapTo(panel, QPoint(0, 0)).y();
            QVERIFY2(y >= previousY - 4, // a row's controls share a line (slider, spin box)
                     qPrintable(QStringLiteral("%1 at y=%2 after y=%3")
                                    .arg(describe(current))
                                    .arg(y)
                                    .arg(previousY)));
            previousY = y;
            QTest::keyClick(current, Qt::Key_Tab);
            current = QApplication::focusWidget();
            ++steps;
        }
        QVERIFY2(steps >= 12, qPrintable(QString::number(steps)));
    }

    void menusHaveMnemonicsAndCommandsShortcuts()
    {
        std::unique_ptr<MainWindow> w(test::openWindow());
        QSet<QChar> letters;
        for (QAction *menu : w->menuBar()->actions()) {
            const qsizetype amp = menu->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0, qPrintable(menu->text()));
            const QChar letter = menu->text().at(amp + 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(menu->text()));
            letters.insert(letter);
        }
        // The commands one reaches for: open, save, export, undo, present, help.
        QStringList shortcuts;
        std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &list) {
            for (QAction *a : list) {
                if (a->menu())
                    walk(a->menu()->actions());
                else if (!a->shortcut().isEmpty())
                    shortcuts << a->shortcut().toString();
            }
        };
        walk(w->menuBar()->actions());
        for (const QKeySequence &k :
             {QKeySequence(QKeySequence::Open), QKeySequence(QKeySequence::Save),
              QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(QKeySequence::Undo),
              QKeySequence(Qt::Key_F5), QKeySequence(QKeySequence::HelpContents)})
            QVERIFY2(shortcuts.contains(k.toString()), qPrintable(k.toString()));
    }
};

TCE_TEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
