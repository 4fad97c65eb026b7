// Languages: switching at run time retranslates the open window (menus, docks, tabs, the
// summary, chart axes, help) without touching the scenario, the choice is remembered, and
// every translation is complete.
#include "chartview.h"
#include "helpwindow.h"
#include "languages.h"
#include "lesson.h"
#include "lessonbar.h"
#include "lessoncontroller.h"
#include "mainwindow.h"
#include "scenariocontroller.h"
#include "settings.h"
#include "testregistry.h"
#include "testwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <memory>
#include <qcustomplot.h>

using namespace tce;

namespace {

QString firstMenuTitle(const MainWindow &w)
{
    return w.menuBar()->actions().value(0) ? w.menuBar()->actions().value(0)->text() : QString();
}

QString dockTitle(const MainWindow &w, const char *objectName)
{
    const auto *dock = w.findChild<QDockWidget *>(QLatin1String(objectName));
    return dock ? dock->windowTitle() : QString();
}

bool showsLabel(const QWidget &w, const QString &text)
{
    const QList<QLabel *> labels = w.findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(),
                       [&](const QLabel *l) { return l->text() == text; });
}

QAction *findAction(const QList<QAction *> &actions, const QString &text)
{
    for (QAction *a : actions) {
        if (a->text() == text)
            return a;
        if (a->menu())
            if (QAction *found = findAction(a->menu()->actions(), text))
                return found;
    }
    return nullptr;
}

// Placeholders (%1 ... %99) of a text, sorted, with repetitions.
QStringList placeholders(const QString &text)
{
    QStringList out;
    auto it = QRegularExpression(QStringLiteral("%\\d+")).globalMatch(text);
    while (it.hasNext())
        out << it.next().captured();
    out.sort();
    return out;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::useTestSettings(); }
    void cleanup() { applyLanguage(QStringLiteral("en")); }

    void switchingRetranslatesTheOpenWindow()
    {
        applyLanguage(QStringLiteral("en"));
        std::unique_ptr<MainWindow> w(test::openWindow());
        ChartView *kv = test::chartById(*w, QStringLiteral("kv-memory"));
        QVERIFY(kv);
        w->chartTabs()->setCurrentWidget(kv);
        QCOMPARE(firstMenuTitle(*w), QStringLiteral("&File"));
        QCOMPARE(dockTitle(*w, "scenarioDock"), QStringLiteral("Scenario"));
        QCOMPARE(kv->plot()->xAxis->label(),
                 QStringLiteral("Context length (tokens per sequence)"));
        QVERIFY(showsLabel(*w, QStringLiteral("Time to first token")));
        const QString scenarioBefore = w->controller()->scenario().model.id;
        const int undoSteps = w->controller()->undoStack()->count();

        // German (texts from translations/token-cost-explorer_de.ts).
        QCOMPARE(applyLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QTRY_COMPARE(firstMenuTitle(*w), QStringLiteral("&Datei"));
        QCOMPARE(dockTitle(*w, "scenarioDock"), QStringLiteral("Szenario"));
        QCOMPARE(kv->plot()->xAxis->label(), QStringLiteral("Kontextlänge (Token pro Sequenz)"));
        QVERIFY(showsLabel(*w, QStringLiteral("Zeit bis zum ersten Token")));
        QCOMPARE(w->chartTabs()->tabText(w->chartTabs()->indexOf(kv)), kv->shortTitle());
        QVERIFY(kv->shortTitle() != QStringLiteral("KV memory"));
        // Numbers as German writes them: a decimal comma in the summary's values.
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));

        // Simplified Chinese.
        QCOMPARE(applyLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QTRY_COMPARE(firstMenuTitle(*w), QStringLiteral("文件(&F)"));
        QVERIFY(kv->plot()->xAxis->label().contains(QStringLiteral("token")));
        QVERIFY(kv->plot()->xAxis->label().contains(QStringLiteral("上下文")));
        // Toolbar buttons show no mnemonic, not even Chinese style "(&P)".
        for (const QToolBar *bar : w->findChildren<QToolBar *>()) {
            for (const QAction *a : bar->actions())
                QVERIFY2(!a->iconText().contains(QLatin1Char('(')) &&
                             !a->iconText().contains(QLatin1Char('&')),
                         qPrintable(a->iconText()));
        }

        // Back to English: the same texts as before, and nothing of the session lost.
        applyLanguage(QStringLiteral("en"));
        QTRY_COMPARE(firstMenuTitle(*w), QStringLiteral("&File"));
        QCOMPARE(kv->plot()->xAxis->label(),
                 QStringLiteral("Context length (tokens per sequence)"));
        QCOMPARE(w->controller()->scenario().model.id, scenarioBefore);
        QCOMPARE(w->controller()->undoStack()->count(), undoSteps);
        // The menus were rebuilt, not added to.
        QCOMPARE(w->menuBar()->actions().size(), 5);
    }

    void anOpenLessonIsRetranslatedNotReset()
    {
        std::unique_ptr<MainWindow> w(test::openWindow());
        w->lessons()->showStep(0, 1);
        const QString english = w->lessonBar()->captionText();
        // The user moves on from the step's scenario; switching language must not undo that.
        Scenario changed = w->controller()->scenario();
        changed.serving.batch = 77;
        w->controller()->edit(changed, QStringLiteral("test"), false);
        w->controller()->flush();
        applyLanguage(QStringLiteral("es"));
        QTRY_VERIFY(w->lessonBar()->captionText() != english);
        QCOMPARE(w->lessonBar()->captionText(),
                 QCoreApplication::translate(
                     "Lesson", builtInLessons()[0].steps[1].caption.english.toUtf8()));
        QCOMPARE(w->controller()->scenario().serving.batch, 77);
    }

    void theLanguageMenuSwitchesAndRemembers()
    {
        std::unique_ptr<MainWindow> w(test::openWindow());
        QAction *deutsch = findAction(w->menuBar()->actions(), QStringLiteral("Deutsch"));
        QVERIFY(deutsch);
        deutsch->trigger();
        QCOMPARE(settings::language(), QStringLiteral("de"));
        QCOMPARE(currentLanguage(), QStringLiteral("de"));
        QTRY_COMPARE(firstMenuTitle(*w), QStringLiteral("&Datei"));
        // The rebuilt menu shows the choice.
        QAction *again = findAction(w->menuBar()->actions(), QStringLiteral("Deutsch"));
        QVERIFY(again && again != deutsch);
        QVERIFY(again->isChecked());
        settings::setLanguage(QString());
    }

    void openHelpFollowsTheLanguage()
    {
        std::unique_ptr<MainWindow> w(test::openWindow());
        QAction *contents = findAction(w->menuBar()->actions(), QStringLiteral("&Contents"));
        QVERIFY(contents);
        contents->trigger();
        QVERIFY(w->helpWindow());
        QVERIFY(w->helpWindow()->html().contains(QStringLiteral("Prefill")));
        QVERIFY(w->helpWindow()->html().contains(QStringLiteral("a short guide")));
        applyLanguage(QStringLiteral("fr"));
        QTRY_VERIFY(w->helpWindow()->html().contains(QStringLiteral("Préremplissage")));
        QVERIFY(!w->helpWindow()->html().contains(QStringLiteral("a short guide")));
    }

    void aboutNamesLicenseAndSources()
    {
        std::unique_ptr<MainWindow> w(test::openWindow());
        QAction *about =
            findAction(w->menuBar()->actions(), QStringLiteral("&About Token Cost Explorer"));
        QVERIFY(about);
        about->trigger();
        const QString html = w->helpWindow()->html();
        QVERIFY(html.contains(QStringLiteral("GPL-3.0-or-later")));
        // Every preset's first source is listed (a link for a web address).
        for (const ModelSpec &m : Catalog::builtIn().models)
            QVERIFY2(html.contains(m.sources.value(0).toHtmlEscaped()), qPrintable(m.id));
        for (const HardwareSpec &h : Catalog::builtIn().hardware)
            QVERIFY2(html.contains(h.sources.value(0).toHtmlEscaped()), qPrintable(h.id));
    }

    void shortcutsListTheMenusShortcuts()
    {
        std::unique_ptr<MainWindow> w(test::openWindow());
        QAction *shortcuts =
            findAction(w->menuBar()->actions(), QStringLiteral("&Keyboard shortcuts"));
        QVERIFY(shortcuts);
        shortcuts->trigger();
        const QString html = w->helpWindow()->html();
        QVERIFY(html.contains(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
        QVERIFY(html.contains(QStringLiteral("F5")));
        QVERIFY(html.contains(QStringLiteral("Ctrl+Shift+A")));
    }

    void everyTranslationIsFinished_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(TCE_SOURCE_DIR "/translations"));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")});
        QCOMPARE(files.size(), 4);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void everyTranslationIsFinished()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList problems;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                // A plural text (%n) holds one <numerusform> per plural form of the language;
                // each is checked like a plain translation.
                QStringList forms;
                QString text;
                while (!(xml.readNext() == QXmlStreamReader::EndElement &&
                         xml.name() == QLatin1String("translation")) &&
                       !xml.hasError()) {
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                }
                if (forms.isEmpty())
                    forms << text;
                for (const QString &form : std::as_const(forms)) {
                    if (type == QLatin1String("unfinished") || form.isEmpty())
                        problems << QStringLiteral("unfinished: ") + source.left(60);
                    else if (placeholders(form) != placeholders(source))
                        problems << QStringLiteral("placeholders differ: ") + source.left(60);
                    else if (source.count(QLatin1Char('&')) != form.count(QLatin1Char('&')))
                        problems << QStringLiteral("mnemonic differs: ") + source.left(60);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 400, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

TCE_TEST_MAIN(TestLanguage)
#include "tst_language.moc"
