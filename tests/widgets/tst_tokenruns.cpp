#include "catalog.h"
#include "evaluation.h"
#include "flops.h"
#include "scenariobuilder.h"
#include "testregistry.h"
#include "testsupport.h"
#include "tokenruns.h"
#include "tokenrunsview.h"

#include <QTest>
#include <QTimer>

using namespace tce;

namespace {

std::shared_ptr<const Evaluation> defaultEvaluation()
{
    return Evaluation::build(defaultScenario(Catalog::builtIn()));
}

} // namespace

class TestTokenRuns : public QObject
{
    Q_OBJECT
private slots:
    void runsMatchTheModel_data();
    void runsMatchTheModel();
    void viewCountersAreTheModels();
    void animationStepsWithTheClock();
};

void TestTokenRuns::runsMatchTheModel_data()
{
    QTest::addColumn<int>("input");
    QTest::addColumn<int>("output");
    QTest::newRow("6 and 6") << 6 << 6;
    QTest::newRow("1 and 1") << 1 << 1;
    QTest::newRow("3 and 9") << 3 << 9;
    QTest::newRow("16 and 2") << 16 << 2;
}

void TestTokenRuns::runsMatchTheModel()
{
    QFETCH(int, input);
    QFETCH(int, output);
    const Scenario s = defaultScenario(Catalog::builtIn());
    const TokenRuns t = tokenRuns(s, input, output);
    QCOMPARE(t.runs.size(), output); // one prefill + O-1 decode steps
    const FlopModel flops(s.model);
    double dots = 0;
    for (int r = 0; r < t.runs.size(); ++r) {
        dots += t.runs[r].dotProducts;
        const int64_t p = input + r;
        QCOMPARE(t.runs[r].flops, r == 0 ? flops.prefillFlops(input) : flops.decodeStepFlops(p));
        QCOMPARE(t.runs[r].cachedAfter, int64_t(p));
    }
    // All dot products of the request: S(I + O - 1) per head and layer.
    QCOMPARE(dots, double(input + output - 1) * double(input + output) / 2);
    // A column of the grid sums to the token's participation.
    for (int64_t k = 1; k <= t.tokens(); ++k) {
        int64_t column = 0;
        for (int r = 0; r < t.runs.size(); ++r)
            column += t.uses(r, k);
        QCOMPARE(column, t.participation[int(k - 1)]);
    }
}

void TestTokenRuns::viewCountersAreTheModels()
{
    TokenRunsView view;
    view.resize(1280, 720);
    view.setEvaluation(defaultEvaluation());
    // Several lengths: the last run is the step at position I + O - 1, the request holds
    // S(I + O - 1) dot products.
    for (const auto &[I, O] : {std::pair{3, 5}, std::pair{10, 2}, std::pair{16, 16}}) {
        view.setLengths(I, O);
        view.renderNow();
        const QString counters = view.countersText();
        const int last = I + O - 1;
        QVERIFY2(counters.contains(QStringLiteral("decode step at position %1").arg(last)),
                 qPrintable(counters));
        QVERIFY2(
            counters.contains(
                QStringLiteral("%1 dot products").arg(QLocale().toString(last * (last + 1) / 2))),
            qPrintable(counters));
    }
    view.setLengths(6, 6);
    view.renderNow();
    QCOMPARE(view.visibleRuns(), 6); // the whole request at first
    const QString text = view.countersText();
    // Run 6 is the decode step at position 11: 11 dot products; the request 66 = S(11).
    QVERIFY2(text.contains("Run 6: decode step at position 11"), qPrintable(text));
    QVERIFY2(text.contains("11 query-key dot products"), qPrintable(text));
    QVERIFY2(text.contains("66 dot products"), qPrintable(text));
    // An output token's key is used by (0+1+...+5)/6 = 2.5 runs on average.
    QVERIFY2(text.contains("2.5 runs"), qPrintable(text));
}

void TestTokenRuns::animationStepsWithTheClock()
{
    TokenRunsView view;
    view.setEvaluation(defaultEvaluation());
    view.setLengths(4, 3);
    view.restart();
    view.renderNow();
    QCOMPARE(view.visibleRuns(), 1);
    view.stepForward();
    QCOMPARE(view.visibleRuns(), 2);
    view.stepForward();
    QCOMPARE(view.visibleRuns(), 3);
    view.stepForward(); // after the last run it starts over
    QCOMPARE(view.visibleRuns(), 1);
    // Played, the clock steps it: a 1 ms clock, so the test does not wait on wall time.
    view.clock()->setInterval(1);
    view.play();
    QVERIFY(view.playing());
    QTRY_COMPARE(view.visibleRuns(), 3);
    view.pause();
    QVERIFY(!view.playing());
}

TCE_TEST_MAIN(TestTokenRuns)
#include "tst_tokenruns.moc"
