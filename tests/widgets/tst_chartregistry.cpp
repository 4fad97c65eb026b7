// The chart registry is the one place a chart's identity lives: every entry makes a view that
// knows its entry, ids are unique, and every built-in lesson step names a registered chart
// and only options that chart takes, for a request within the model's context window.
#include "catalog.h"
#include "chartregistry.h"
#include "chartview.h"
#include "evaluation.h"
#include "lesson.h"
#include "pertokencostview.h"
#include "testregistry.h"

#include <QSet>
#include <QTest>

using namespace tce;

class TestChartRegistry : public QObject
{
    Q_OBJECT
private slots:
    void everyEntryMakesItsView();
    void unknownIdsMakeNothing();
    void lessonStepsNameRegisteredChartsAndOptions();
    void perTokenMetricsByLessonKey();
};

void TestChartRegistry::everyEntryMakesItsView()
{
    QSet<QString> ids;
    for (const ChartEntry &entry : chartRegistry()) {
        QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
        ids.insert(entry.id);
        const std::unique_ptr<ChartView> chart = createChart(entry.id);
        QVERIFY(chart);
        QCOMPARE(chart->chartId(), entry.id);
        QCOMPARE(chart->entry(), &entry);
        QVERIFY(!chart->title().isEmpty());
        QVERIFY(!chart->shortTitle().isEmpty());
        QVERIFY(chart->shortTitle().size() < chart->title().size());
    }
    QCOMPARE(chartIds().size(), chartRegistry().size());
    QCOMPARE(ids.size(), 14);
}

void TestChartRegistry::unknownIdsMakeNothing()
{
    QVERIFY(!createChart(QStringLiteral("nosuch")));
    QVERIFY(!findChart(QStringLiteral("")));
}

void TestChartRegistry::lessonStepsNameRegisteredChartsAndOptions()
{
    const QList<Lesson> &lessons = builtInLessons();
    QVERIFY(!lessons.isEmpty());
    for (const Lesson &lesson : lessons) {
        for (int i = 0; i < lesson.steps.size(); ++i) {
            const LessonStep &step = lesson.steps[i];
            const QString where = QStringLiteral("%1 step %2").arg(lesson.id).arg(i + 1);
            const ChartEntry *entry = findChart(step.chart);
            QVERIFY2(entry, qPrintable(where + QStringLiteral(": ") + step.chart));
            // A lesson never shows a request the model cannot take.
            const auto scenario = lessonScenario(Catalog::builtIn(), step.scenario);
            QVERIFY2(scenario.ok(), qPrintable(where + QStringLiteral(": ") + scenario.error()));
            const auto evaluation = Evaluation::build(scenario.value());
            for (const ScenarioWarning &w : evaluation->warnings())
                QVERIFY2(w.kind != ScenarioWarning::Kind::ExceedsContextWindow,
                         qPrintable(where + QStringLiteral(": beyond the context window")));
            const std::unique_ptr<ChartView> chart = createChart(step.chart);
            if (!step.metric.isEmpty()) {
                QVERIFY2(entry->lessonOptions.contains(QStringLiteral("metric")),
                         qPrintable(where));
                QVERIFY2(chart->setLessonOption(QStringLiteral("metric"), step.metric),
                         qPrintable(where));
            }
            if (step.logScale >= 0) {
                QVERIFY2(entry->lessonOptions.contains(QStringLiteral("log")), qPrintable(where));
                QVERIFY2(
                    chart->setLessonOption(QStringLiteral("log"), QString::number(step.logScale)),
                    qPrintable(where));
                QCOMPARE(chart->logScale(), step.logScale == 1);
            }
        }
    }
}

void TestChartRegistry::perTokenMetricsByLessonKey()
{
    const std::unique_ptr<ChartView> chart = createChart(QStringLiteral("per-token"));
    auto *perToken = qobject_cast<PerTokenCostView *>(chart.get());
    QVERIFY(perToken);
    const QList<std::pair<QString, PerTokenCostView::Metric>> keys{
        {QStringLiteral("flops"), PerTokenCostView::Metric::Flops},
        {QStringLiteral("bytes"), PerTokenCostView::Metric::Bytes},
        {QStringLiteral("seconds"), PerTokenCostView::Metric::Seconds},
        {QStringLiteral("usd"), PerTokenCostView::Metric::Usd}};
    for (const auto &[key, metric] : keys) {
        QVERIFY(perToken->setLessonOption(QStringLiteral("metric"), key));
        QCOMPARE(perToken->metric(), metric);
    }
    // A value or an option the chart does not take is refused and changes nothing.
    QVERIFY(!perToken->setLessonOption(QStringLiteral("metric"), QStringLiteral("joules")));
    QCOMPARE(perToken->metric(), PerTokenCostView::Metric::Usd);
    QVERIFY(!perToken->setLessonOption(QStringLiteral("colour"), QStringLiteral("red")));
    QVERIFY(!createChart(QStringLiteral("kv-memory"))
                 ->setLessonOption(QStringLiteral("log"), QStringLiteral("1")));
}

TCE_TEST_MAIN(TestChartRegistry)
#include "tst_chartregistry.moc"
