#include "catalog.h"
#include "costreport.h"
#include "evaluation.h"
#include "scenariobuilder.h"
#include "speedstreamview.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTest>

using namespace tce;

class TestSpeedStream : public QObject
{
    Q_OBJECT
private slots:
    void streamsFollowThePredictedRates();
};

void TestSpeedStream::streamsFollowThePredictedRates()
{
    ScenarioChanges c;
    c.engineId = QStringLiteral("vllm");
    c.batch = 16;
    const auto e = Evaluation::build(
        applyChanges(Catalog::builtIn(), defaultScenario(Catalog::builtIn()), c).value());
    SpeedStreamView view;
    view.setEvaluation(e);
    // A controlled clock: the state 0.5 s and 2 s after the start.
    view.showAt(0.5);
    const double prefillRate = e->report().prefillTokensPerSecond;
    const double decodeRate = e->report().decodeTokensPerSecondPerSequence;
    QCOMPARE(view.promptTokensShown(), std::min(2000, int(std::floor(0.5 * prefillRate))));
    const int expectedAtHalf =
        0.5 < e->report().ttftSeconds
            ? 0
            : 1 + int(std::floor((0.5 - e->report().ttftSeconds) * decodeRate));
    QCOMPARE(view.outputTokensShown(), expectedAtHalf);
    view.showAt(2.0);
    QCOMPARE(view.outputTokensShown(),
             std::min(512, 1 + int(std::floor((2.0 - e->report().ttftSeconds) * decodeRate))));
    QVERIFY(view.outputTokensShown() > expectedAtHalf);
}

TCE_TEST_MAIN(TestSpeedStream)
#include "tst_speedstream.moc"
