// The serving load in the scenario panel (issue 13): clients or a request rate and the latency
// targets, each an edit that round-trips through the scenario and its file; and the lesson
// "Why your request waits", whose captions state what the simulation computes. Undoing the
// edits and the lesson shown in the window: tests/app (tst_mainwindow, tst_lessonwindow).
#include "catalog.h"
#include "chartregistry.h"
#include "lesson.h"
#include "logslider.h"
#include "scenariofile.h"
#include "scenariopanel.h"
#include "servingloadgroup.h"
#include "servingsnapshot.h"
#include "servingsweep.h"
#include "testregistry.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <cmath>

using namespace tce;

namespace {

const Lesson *waitsLesson()
{
    for (const Lesson &lesson : builtInLessons()) {
        if (lesson.id == QLatin1String("why-your-request-waits"))
            return &lesson;
    }
    return nullptr;
}

Scenario stepScenario(int step)
{
    return lessonScenario(Catalog::builtIn(), waitsLesson()->steps[step].scenario).value();
}

ServingResult atLoad(const Scenario &s)
{
    return *simulateServingSnapshot(s, scenarioLengths(s), false).current;
}

double rounded(double value, double unit)
{
    return std::round(value / unit) * unit;
}

} // namespace

class TestServingLoad : public QObject
{
    Q_OBJECT
private slots:
    void loadControlShowsAndEditsTheLoad();
    void loadRoundTripsThroughTheScenarioFile();
    void lessonStepsNameRegisteredCharts();
    void lessonCaptionsStateWhatTheSimulationComputes();
};

void TestServingLoad::loadControlShowsAndEditsTheLoad()
{
    ScenarioPanel panel(Catalog::builtIn());
    ServingLoadGroup *group = panel.loadGroup();
    QSignalSpy edits(&panel, &ScenarioPanel::scenarioEdited);
    Scenario s = defaultServingScenario(Catalog::builtIn());
    s.load.mode = LoadMode::Rate;
    s.load.requestsPerSecond = 2.5;
    s.load.concurrency = 48;
    s.load.sloTtftSeconds = 1.5;
    s.load.sloItlSeconds = 0.04;
    panel.setScenario(s);
    QCOMPARE(edits.count(), 0); // showing is not editing
    QCOMPARE(LoadMode(group->modeBox()->currentData().toInt()), LoadMode::Rate);
    QCOMPARE(group->rateBox()->value(), 2.5);
    QCOMPARE(group->clientsSlider()->value(), int64_t(48));
    QCOMPARE(group->ttftTargetBox()->value(), 1.5);
    QCOMPARE(group->itlTargetBox()->value(), 40.0);
    auto *form = qobject_cast<QFormLayout *>(group->layout());
    QVERIFY(form->isRowVisible(group->rateBox()));
    QVERIFY(!form->isRowVisible(group->clientsSlider()));

    // Each control edits its field and nothing else.
    auto lastLoad = [&] {
        return edits.last().first().value<Scenario>().load;
    };
    group->ttftTargetBox()->setValue(2);
    QCOMPARE(edits.count(), 1);
    ServingLoad expected = s.load;
    expected.sloTtftSeconds = 2;
    QCOMPARE(lastLoad(), expected);
    group->itlTargetBox()->setValue(25);
    expected.sloItlSeconds = 0.025;
    QCOMPARE(lastLoad(), expected);
    group->rateBox()->setValue(8);
    expected.requestsPerSecond = 8;
    QCOMPARE(lastLoad(), expected);
    emit group->modeBox()->activated(group->modeBox()->findData(int(LoadMode::Concurrency)));
    expected.mode = LoadMode::Concurrency;
    QCOMPARE(lastLoad(), expected);
    QVERIFY(form->isRowVisible(group->clientsSlider()));
    QVERIFY(!form->isRowVisible(group->rateBox()));
    group->clientsSlider()->spinBox()->setValue(96);
    expected.concurrency = 96;
    QCOMPARE(lastLoad(), expected);
    // 0: no target.
    group->ttftTargetBox()->setValue(0);
    QCOMPARE(group->ttftTargetBox()->text(), QStringLiteral("no target"));
    QVERIFY(!lastLoad().hasSlo() || lastLoad().sloItlSeconds > 0);
    // The rest of the scenario is untouched.
    const Scenario edited = edits.last().first().value<Scenario>();
    QCOMPARE(edited.inputTokens, s.inputTokens);
    QCOMPARE(edited.serving, s.serving);
}

void TestServingLoad::loadRoundTripsThroughTheScenarioFile()
{
    ScenarioPanel panel(Catalog::builtIn());
    QSignalSpy edits(&panel, &ScenarioPanel::scenarioEdited);
    panel.setScenario(defaultServingScenario(Catalog::builtIn()));
    ServingLoadGroup *group = panel.loadGroup();
    emit group->modeBox()->activated(group->modeBox()->findData(int(LoadMode::Rate)));
    group->rateBox()->setValue(3.25);
    group->ttftTargetBox()->setValue(0.75);
    group->itlTargetBox()->setValue(30);
    const Scenario edited = edits.last().first().value<Scenario>();
    const auto loaded = scenarioFromJson(scenarioToJson(edited), QStringLiteral("test"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->scenario.load, edited.load);
    // And back into a fresh panel, which shows it as it was.
    ScenarioPanel fresh(Catalog::builtIn());
    fresh.setScenario(loaded->scenario);
    QCOMPARE(fresh.loadGroup()->load(), edited.load);
    QCOMPARE(fresh.loadGroup()->rateBox()->value(), 3.25);
    QCOMPARE(fresh.loadGroup()->ttftTargetBox()->value(), 0.75);
    QCOMPARE(fresh.loadGroup()->itlTargetBox()->value(), 30.0);
}

void TestServingLoad::lessonStepsNameRegisteredCharts()
{
    const Lesson *lesson = waitsLesson();
    QVERIFY(lesson);
    QCOMPARE(lesson->title.english, QStringLiteral("Why your request waits"));
    QCOMPARE(lesson->steps.size(), 5);
    QStringList charts;
    for (const LessonStep &step : lesson->steps) {
        QVERIFY2(findChart(step.chart), qPrintable(step.chart));
        charts << step.chart;
    }
    QCOMPARE(charts,
             QStringList({"serving", "serving", "serving", "serving-timeline", "price-ratios"}));
    const QList<int> clients{1, 25, 32, 256, 32};
    for (int i = 0; i < clients.size(); ++i) {
        QCOMPARE(stepScenario(i).load.mode, LoadMode::Concurrency);
        QCOMPARE(stepScenario(i).load.concurrency, clients[i]);
    }
    // Shown in the window: tests/app/tst_lessonwindow.
}

void TestServingLoad::lessonCaptionsStateWhatTheSimulationComputes()
{
    // Step 1, one user: 56 ms to the first token, a token every 8.8 ms, 113 tokens/s.
    const ServingResult alone = atLoad(stepScenario(0));
    QCOMPARE(rounded(alone.ttft.p50, 1e-3), 0.056);
    QCOMPARE(rounded(alone.itl.p50, 1e-4), 0.0088);
    QCOMPARE(std::round(alone.outputTokensPerSecond), 113.0);
    // Step 2, 25 users: 0.17 s, 14 ms, 1,543 tokens/s, 14 times one user's.
    const ServingResult users = atLoad(stepScenario(1));
    QCOMPARE(rounded(users.ttft.p50, 0.01), 0.17);
    QCOMPARE(rounded(users.itl.p50, 1e-3), 0.014);
    QCOMPARE(std::round(users.outputTokensPerSecond), 1543.0);
    QCOMPARE(std::round(users.outputTokensPerSecond / alone.outputTokensPerSecond), 14.0);
    // Step 3, the knee: 32 clients, 1,745 tokens/s, 9.4 s a request.
    const Scenario kneeScenario = stepScenario(2);
    const ServingSnapshot sweep =
        simulateServingSnapshot(kneeScenario, scenarioLengths(kneeScenario), true);
    const ServingResult &knee = sweep.sweep[size_t(kneeIndex(sweep.sweep))];
    QCOMPARE(knee.load.concurrency, 32);
    QCOMPARE(std::round(knee.outputTokensPerSecond), 1745.0);
    QCOMPARE(rounded(knee.e2e.mean, 0.1), 9.4);
    // Step 4, past it: at most 211 running, about 70 waiting, 2,726 tokens/s, 5.3 s.
    const ServingResult crowded = atLoad(stepScenario(3));
    QCOMPARE(crowded.maxRunning, 211);
    QCOMPARE(rounded(crowded.meanInSystem - crowded.meanRunning, 10), 70.0);
    QCOMPARE(std::round(crowded.outputTokensPerSecond), 2726.0);
    QCOMPARE(rounded(crowded.ttft.p50, 0.1), 5.3);
    QCOMPARE(crowded.kvPeakBytes, crowded.kvCapacityBytes);
    // Step 5, the price: $6.55 and 320 times alone, $0.35 and 17 times at the knee, 6.2 times
    // at 256 clients.
    QCOMPARE(rounded(alone.cost.perMillionOutput, 0.01), 6.55);
    QCOMPARE(std::round(alone.cost.outputInputRatio), 320.0);
    const ServingResult atKnee = atLoad(stepScenario(4));
    QCOMPARE(rounded(atKnee.cost.perMillionOutput, 0.01), 0.35);
    QCOMPARE(std::round(atKnee.cost.outputInputRatio), 17.0);
    QCOMPARE(rounded(crowded.cost.outputInputRatio, 0.1), 6.2);
}

TCE_TEST_MAIN(TestServingLoad)
#include "tst_servingload.moc"
